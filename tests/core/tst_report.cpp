// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports read back as text with pdftotext: names in Russian and Kazakh, the statistics' totals,
// the page count the rows need, and each language's headings.
#include "core/cache/parcelcache.h"
#include "core/query/parcelquery.h"
#include "core/model/parcelstore.h"
#include "core/report/report.h"
#include "core/model/statistics.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sez;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(120'000);
    // Group separators are no-break spaces in Russian and Kazakh; text extraction gives plain ones.
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

QString plainSpaces(QString s)
{
    return s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60'000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<ParcelCache> mCache;

    std::vector<qint64> select(const QString &where)
    {
        std::vector<qint64> rows;
        QString error;
        if (!selectParcels(mCache->store(), mCache->textSearch(), where, &rows, &error))
            qWarning("%s", qPrintable(error));
        return rows;
    }

    QString write(const std::vector<qint64> &rows, ReportKind kind, const QString &language, const QString &name)
    {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            if (!translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(language)))
                return {};
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(language == QLatin1String("ru")   ? QLocale(QLocale::Russian, QLocale::Kazakhstan)
                            : language == QLatin1String("kk") ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
                                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
        ReportOptions options;
        options.kind = kind;
        options.where = QStringLiteral("test");
        const QString path = mDir.filePath(name);
        QString error;
        const bool ok = writeReport(*mCache->store(), rows, options, path, &error);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ParcelCache::Options options;
        options.cachePath = mDir.filePath(QStringLiteral("cache.gpkg"));
        QString error;
        mCache = ParcelCache::open(QStringLiteral(SEZ_SAMPLE_DIR), options, &error);
        QVERIFY2(mCache, qPrintable(error));
    }

    void namesAndTotals()
    {
        const auto rows = select(QStringLiteral("status in ('under_construction', 'operating')"));
        QVERIFY(rows.size() > 50);
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("kk"), QStringLiteral("kk.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        // A Kazakh project name (with Kazakh letters) and a Russian investor name, as the store has them.
        const ParcelStore &store = *mCache->store();
        const QString kazakh = store.value(rows.front(), ParcelField::ProjectKk).toString();
        const QString investor = store.value(rows.front(), ParcelField::Investor).toString();
        QVERIFY(kazakh.contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))));
        QVERIFY2(text.contains(kazakh.left(20)), qPrintable(kazakh));
        // Long names are cut to their column: the start of the name is what a reader sees.
        QVERIFY2(text.contains(investor.left(12)), qPrintable(investor));
        // The totals of the statistics, formatted as a Kazakh reader sees them.
        const ParcelStatistics stats = computeStatistics(store, rows);
        const QLocale kk(QLocale::Kazakh, QLocale::Kazakhstan);
        QVERIFY(text.contains(plainSpaces(kk.toString(stats.total.officialHa, 'f', 2))));
        QVERIFY(text.contains(plainSpaces(kk.toString(stats.total.jobs))));
        QVERIFY(text.contains(plainSpaces(kk.toString(stats.total.investmentKzt, 'f', 0))));
        QCOMPARE(pdfPages(path), reportPageCount(ReportKind::Parcels, qint64(rows.size())));
    }

    void pageCountFitsTheRows()
    {
        const auto rows = select(QStringLiteral("zone = 'industrial'"));
        QVERIFY(rows.size() > 1000);
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("en"), QStringLiteral("big.pdf"));
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QCOMPARE(pages, reportPageCount(ReportKind::Parcels, qint64(rows.size())));
        QVERIFY(pages > qint64(rows.size()) / 80);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The header is repeated on every table page.
        QCOMPARE(text.count(QStringLiteral("Cadastral")), pages - 1);
        // Every row is there, once: each cadastral number printed whole.
        static const QRegularExpression number(QStringLiteral("\\b03-\\d{3}-\\d{3}-\\d{3}\\b"));
        QCOMPARE(qint64(text.count(number)), qint64(rows.size()));
    }

    void eachLanguageHasItsHeadings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("kk") << QStringLiteral("kk");
    }
    void eachLanguageHasItsHeadings()
    {
        QFETCH(QString, language);
        const auto rows = select(QStringLiteral("investor ilike '%молочная%'"));
        QVERIFY(!rows.empty());
        for (ReportKind kind : {ReportKind::Parcels, ReportKind::Investor, ReportKind::Summary}) {
            const QString path = write(rows, kind, language, QStringLiteral("%1-%2.pdf").arg(language).arg(int(kind)));
            QVERIFY(!path.isEmpty());
            const QString text = pdfText(path);
            QTranslator translator;
            if (language != QLatin1String("en"))
                QVERIFY(translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(language)));
            auto heading = [&](const char *source) {
                const QString t = translator.translate("sez::Report", source);
                return t.isEmpty() ? QString::fromUtf8(source) : t;
            };
            const char *title = kind == ReportKind::Parcels ? "Parcel report" : kind == ReportKind::Investor ? "Investor report" : "The SEZ at a glance";
            if (language != QLatin1String("en"))
                QVERIFY2(heading(title) != QString::fromUtf8(title), title);
            QVERIFY2(text.contains(heading(title)), qPrintable(heading(title)));
            QVERIFY(text.contains(heading("By status")));
            if (kind == ReportKind::Summary)
                QVERIFY(text.contains(heading("First-priority infrastructure objects")));
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
