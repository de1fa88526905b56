// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports read back as text with pdftotext: names in Russian and Kazakh, the statistics' totals,
// the page count the rows need, and each language's headings.
#include "core/model/parcelstore.h"
#include "core/model/statistics.h"
#include "core/query/parcelquery.h"
#include "core/render/rendercontext.h"
#include "core/report/printscale.h"
#include "core/report/report.h"
#include "core/report/reportpage.h"
#include "core/report/reporttable.h"
#include "tests/core/samplecache.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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

// The text in reading order (no layout), whitespace made single spaces: wrapped legend labels read whole.
QString pdfWords(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(120'000);
    // NFKC: the font's ligatures ("ﬁ") read as their letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QRectF boundsOf(const ParcelStore &store, const std::vector<qint64> &rows)
{
    QRectF bounds;
    for (qint64 row : rows)
        bounds = bounds.isNull() ? store.bounds(row) : bounds.united(store.bounds(row));
    return bounds;
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

    test::SampleCache mSample;

    std::vector<qint64> select(const QString &where)
    {
        std::vector<qint64> rows;
        QString error;
        if (!selectParcels(mSample.store(), mSample.cache().textSearch(), where, &rows, &error))
            qWarning("%s", qPrintable(error));
        return rows;
    }

    QString write(const std::vector<qint64> &rows, ReportKind kind, const QString &language, const QString &name,
                  ReportOptions options = {})
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
        options.kind = kind;
        if (options.where.isEmpty())
            options.where = QStringLiteral("test");
        const QString path = mSample.filePath(name);
        QString error;
        const bool ok = writeReport(*mSample.store(), rows, options, path, &error);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        return ok ? path : QString();
    }

    // An English parcels report of \a rows, named \a name; its path and its one map, or an empty path.
    QString writeWithMap(const std::vector<qint64> &rows, const QString &name, ReportMap *map)
    {
        std::vector<ReportMap> maps;
        ReportOptions options;
        options.maps = &maps;
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("en"), name, options);
        if (maps.size() != 1)
            return {};
        *map = maps.front();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
    }

    void namesAndTotals()
    {
        const auto rows = select(QStringLiteral("status in ('under_construction', 'operating')"));
        QVERIFY(rows.size() > 50);
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("kk"), QStringLiteral("kk.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        // A Kazakh project name (with Kazakh letters) and a Russian investor name, as the store has them.
        const ParcelStore &store = *mSample.store();
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
        QVERIFY(text.contains(QStringLiteral("Бет %1 / %1").arg(pdfPages(path))));
    }

    void pageCountFitsTheRows()
    {
        const auto rows = select(QStringLiteral("zone = 'industrial'"));
        QVERIFY(rows.size() > 1000);
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("en"), QStringLiteral("big.pdf"));
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QVERIFY(pages > qint64(rows.size()) / 80);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The header is repeated on every table page.
        QCOMPARE(text.count(QStringLiteral("Cadastral")), pages - 1);
        // Every row is there, once: each cadastral number printed whole.
        static const QRegularExpression number(QStringLiteral("\\b03-\\d{3}-\\d{3}-\\d{3}\\b"));
        QCOMPARE(qint64(text.count(number)), qint64(rows.size()));
    }

    // The map is zoomed to the parcels at the largest round scale that holds them: one step larger
    // would not hold them. A small part of the SEZ gets an inset showing where it lies.
    void mapIsZoomedToTheSelection()
    {
        const ParcelStore &store = *mSample.store();
        for (const QString &where : {QStringLiteral("investor ilike '%Дала%'"), QStringLiteral("district = 'Gate'"), QStringLiteral("zone = 'industrial'")}) {
            const auto rows = select(where);
            QVERIFY(!rows.empty());
            ReportMap map;
            const QString path = writeWithMap(rows, QStringLiteral("zoom.pdf"), &map);
            QVERIFY(!path.isEmpty());
            const QRectF bounds = boundsOf(store, rows);
            QCOMPARE(map.selectionBounds, bounds);
            QVERIFY2(map.extent.contains(bounds), qPrintable(where));
            // The frame shows exactly its size at the scale (a point is 1/72 inch).
            QVERIFY(std::abs(map.extent.width() - map.frame.width() * PrintScale::metresPerPoint(map.scale)) < 1.0);
            const int larger = PrintScale::larger(map.scale);
            QVERIFY(larger > 0);
            const double metresPerPoint = PrintScale::metresPerPoint(larger);
            const double margins = 12;   // a few points kept clear of the frame on each side
            QVERIFY2(bounds.width() > (map.frame.width() - margins) * metresPerPoint
                         || bounds.height() > (map.frame.height() - margins) * metresPerPoint,
                     qPrintable(QStringLiteral("%1 at 1:%2").arg(where).arg(map.scale)));
            const QString text = pdfWords(path);
            QVERIFY2(text.contains(QStringLiteral("Scale 1:%1").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(map.scale))), qPrintable(text.left(400)));
            // An inset where the map shows less than a third of the SEZ's width and height.
            const QRectF whole = store.extent();
            QCOMPARE(map.overview, map.extent.width() * map.extent.height() * 9 < whole.width() * whole.height());
        }
    }

    // At an overview scale the query's parcels are a few points wide: their outlines are thinner
    // than the parcels, which keep their colour, instead of black blobs (the PDF read back as pixels).
    void queryOutlinesKeepTheParcelsColours()
    {
        const ParcelStore &store = *mSample.store();
        const auto rows = select(QStringLiteral("status = 'operating' and zone = 'industrial'"));
        QVERIFY(rows.size() > 40);
        ReportMap map;
        const QString path = writeWithMap(rows, QStringLiteral("overview.pdf"), &map);
        QVERIFY(!path.isEmpty());
        QCOMPARE(map.scale, 200000);
        constexpr int kDpi = 100;
        const double pxPerPoint = kDpi / 72.0;
        const QString png = mSample.filePath(QStringLiteral("overview-map"));
        QProcess p;
        p.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(kDpi),
                 QStringLiteral("-f"), QString::number(map.page), QStringLiteral("-l"), QString::number(map.page),
                 QStringLiteral("-x"), QString::number(qRound(map.frame.left() * pxPerPoint)),
                 QStringLiteral("-y"), QString::number(qRound(map.frame.top() * pxPerPoint)),
                 QStringLiteral("-W"), QString::number(qRound(map.frame.width() * pxPerPoint)),
                 QStringLiteral("-H"), QString::number(qRound(map.frame.height() * pxPerPoint)), path, png});
        QVERIFY2(p.waitForFinished(120'000) && p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(png + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        auto black = [](QRgb c) { return std::max({qRed(c), qGreen(c), qBlue(c)}) < 50; };
        auto pixelOf = [&](const QPointF &at) {
            return QPoint(int((at.x() - map.extent.left()) / map.extent.width() * image.width()),
                          int((map.extent.bottom() - at.y()) / map.extent.height() * image.height()));
        };
        // The share of black over the parcels' bounds (each pixel counted once).
        std::vector<bool> mask(std::size_t(image.width()) * std::size_t(image.height()), false);
        int blackInside = 0;
        for (qint64 row : rows) {
            const QRectF b = store.bounds(row);
            const QRect r = QRect(pixelOf(b.topLeft()), pixelOf(b.bottomRight())).normalized() & image.rect();
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    mask[std::size_t(y) * std::size_t(image.width()) + std::size_t(x)] = true;
            // At its label point, a parcel shows its own colour.
            const QPoint at = pixelOf(store.labelPoint(row));
            blackInside += image.rect().contains(at) && black(image.pixel(at));
        }
        qint64 covered = 0, blackPixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (mask[std::size_t(y) * std::size_t(image.width()) + std::size_t(x)]) {
                    ++covered;
                    blackPixels += black(image.pixel(x, y));
                }
        QVERIFY(covered > 100);
        const double share = double(blackPixels) / covered;
        qInfo("%.1f %% of the parcels' bounds black, %d of %d black at their label point", share * 100, blackInside, int(rows.size()));
        // Before: 88 % and 53 of 59, outlines 1.5 points wide on parcels 2 to 4 points wide. At
        // 100 dpi pdftoppm draws a thinner line a pixel wide, so the narrowest still look dark.
        QVERIFY2(share < 0.25, qPrintable(QStringLiteral("%1 % of the parcels is black").arg(share * 100, 0, 'f', 1)));
        QVERIFY2(blackInside * 5 <= int(rows.size()),
                 qPrintable(QStringLiteral("%1 of %2 parcels black inside").arg(blackInside).arg(rows.size())));
    }

    // Every report's tables are one ReportTable: a row that continues another (a change's next field)
    // shares its stripe, and where it opens a page it names again what it continues, measured so.
    void continuedRowsNameWhatTheyContinue()
    {
        ReportTable table({{QStringLiteral("No."), Qt::AlignRight, false},
                           {QStringLiteral("Field"), Qt::AlignLeft, false},
                           {QStringLiteral("Reason"), Qt::AlignLeft, true}});
        const QString reason = QStringLiteral("Akimat decision No. 117 of 2025-03-14 on the lease of the land parcel for forty-nine years");
        table.addRow({QStringLiteral("7"), QStringLiteral("status"), reason});
        table.addContinuation({QString(), QStringLiteral("lessee"), QString()}, {QStringLiteral("7"), QStringLiteral("lessee"), reason});
        QCOMPARE(table.rowCount(), 2);
        const QString path = mSample.filePath(QStringLiteral("table.pdf"));
        QPdfWriter writer(path);
        ReportPage::setUp(writer, QStringLiteral("table"));
        table.layout(200, &writer);
        // Under the first row, one line; opening a page, the reason's lines too.
        QVERIFY(table.height(1, 2) > table.headerHeight() + table.rowHeight(1));
        QCOMPARE(table.height(0, 2), table.headerHeight() + table.rowHeight(0) + table.rowHeight(1));
        QCOMPARE(table.rowsFitting(0, table.height(0, 2)), 2);
        QPainter p;
        QVERIFY(p.begin(&writer));
        table.paint(p, QPointF(40, 40), 0, 2);
        writer.newPage();
        table.paint(p, QPointF(40, 40), 1, 2);
        QVERIFY(p.end());
        const QString text = pdfWords(path);
        QCOMPARE(text.count(QStringLiteral("Akimat decision No. 117")), 2);
        QCOMPARE(text.count(QStringLiteral("lessee")), 2);
    }

    // The legend has the entries of every layer the map draws, and only what is in the view.
    void legendListsEveryLayerDrawn()
    {
        const ParcelStore &store = *mSample.store();
        for (const QString &where : {QString(), QStringLiteral("investor ilike '%молочная%'")}) {
            const auto rows = select(where);
            std::vector<ReportMap> maps;
            ReportOptions options;
            options.maps = &maps;
            options.where = where;
            const QString path = write(rows, ReportKind::Parcels, QStringLiteral("en"), QStringLiteral("legend.pdf"), options);
            QVERIFY(!path.isEmpty());
            const ReportMap &map = maps.front();
            const QString text = pdfWords(path);
            QSet<QString> sections;
            for (const LegendSection &section : map.legend) {
                sections.insert(section.layerId);
                for (const LegendEntry &e : section.entries)
                    QVERIFY2(text.contains(e.label.simplified()), qPrintable(e.label));
            }
            // What the view shows, found from the store: each kind of infrastructure in it, the
            // city limits, the SEZ's parts, and the parcels (with the emphasis of a subset).
            auto meets = [&](const ContextFeature &f) {
                const QRectF b = f.geometry.bounds();
                return b.left() <= map.extent.right() && b.right() >= map.extent.left() && b.top() <= map.extent.bottom() && b.bottom() >= map.extent.top();
            };
            QSet<QString> expected = {QString(kParcelsLayer)};
            for (const ContextFeature &f : store.infrastructure())
                if (meets(f))
                    expected.insert(kInfrastructureLayerPrefix + f.kind);
            for (const ContextFeature &f : store.cityLimits())
                if (meets(f))
                    expected.insert(kCityLimitsLayer);
            for (const ContextFeature &f : store.sezParts())
                if (meets(f))
                    expected.insert(kSezPartsLayer);
            if (!where.isEmpty())
                expected.insert(kEmphasisLayer);
            QSet<QString> drawn = sections;
            drawn.remove(kDistrictsLayer);   // district boundaries: in view or not, a matter of the sample
            drawn.remove(kZonesLayer);       // zones share the parcels' entries
            QCOMPARE(drawn, expected);
            if (where.isEmpty()) {
                QCOMPARE(qsizetype(expected.size()), qsizetype(3 + 5));   // parcels, city limits, SEZ, five kinds
                // Every zone is listed once, under the parcels coloured by zone.
                for (const char *zone : {"Industrial", "Logistics", "Agro-processing", "Tourism"})
                    QCOMPARE(text.count(QLatin1String(zone)) >= 1, true);
            } else {
                QVERIFY(expected.size() < 3 + 5);   // a small view shows fewer kinds
                QVERIFY(text.contains(QStringLiteral("Query result")));
            }
        }
        // A landscape page's map is short: the legend takes more columns, never drops an entry.
        for (const ReportPaper::Size size : {ReportPaper::Size::A4, ReportPaper::Size::A3}) {
            std::vector<ReportMap> maps;
            ReportOptions options;
            options.maps = &maps;
            options.paper.size = size;
            options.paper.landscape = true;
            const QString path = write(select(QStringLiteral("zone = 'tourism'")), ReportKind::Parcels, QStringLiteral("ru"),
                                       QStringLiteral("landscape.pdf"), options);
            QVERIFY(!path.isEmpty());
            const QString text = pdfWords(path);
            QVERIFY(!text.contains(QStringLiteral("…")));
            int entries = 0;
            for (const LegendSection &section : maps.front().legend)
                for (const LegendEntry &e : section.entries) {
                    QVERIFY2(text.contains(e.label.simplified()), qPrintable(e.label));
                    ++entries;
                }
            QVERIFY(entries >= 15);
        }
    }

    // The query is kept and the parcels picked by hand are listed under it, in every language.
    void queryAndHandPickedArePrinted()
    {
        const ParcelStore &store = *mSample.store();
        const QString query = QStringLiteral("zone = 'logistics' and status = 'reserved'");
        const auto result = select(query);
        QVERIFY(result.size() > 10);
        std::vector<qint64> selection(result.begin() + 1, result.end());   // one taken out
        const auto others = select(QStringLiteral("zone = 'tourism'"));
        selection.push_back(others.at(0));                                 // two added
        selection.push_back(others.at(1));
        const ReportSelection chosen = ReportSelection::compare(query, result, selection);
        QCOMPARE(chosen.query, query);
        QCOMPARE(chosen.added.size(), std::size_t(2));
        QCOMPARE(chosen.removed, std::vector<qint64>{result.front()});
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")}) {
            ReportOptions options;
            options.where = chosen.query;
            options.addedByHand = chosen.added;
            options.removedByHand = chosen.removed;
            const QString path = write(selection, ReportKind::Parcels, language, QStringLiteral("picked-%1.pdf").arg(language), options);
            QVERIFY(!path.isEmpty());
            const QString text = pdfWords(path);
            QVERIFY2(text.contains(query), qPrintable(language));
            for (qint64 row : chosen.added)
                QVERIFY(text.contains(store.value(row, ParcelField::CadastralNumber).toString()));
            QVERIFY(text.contains(store.value(result.front(), ParcelField::CadastralNumber).toString()));
            if (language == QLatin1String("ru"))
                QVERIFY2(text.contains(QStringLiteral("Запрос: ") + query), qPrintable(text.left(300)));
        }
        // A selection that shares nothing with the query's result was picked by hand alone.
        const ReportSelection apart = ReportSelection::compare(query, result, {others.at(0)});
        QVERIFY(apart.query.isEmpty());
        QCOMPARE(apart.added, std::vector<qint64>{others.at(0)});
    }

    // Columns of any field, on any paper; headers wrap at words and never run together.
    void chosenColumnsOnA3Landscape()
    {
        const auto rows = select(QStringLiteral("investor is not null"));
        ReportOptions options;
        options.columns = {QStringLiteral("district"), QStringLiteral("address"), QStringLiteral("distance_substation_m"),
                           QStringLiteral("distance_highway_m"), QStringLiteral("investor"), QStringLiteral("area_ha")};
        options.paper.size = ReportPaper::Size::A3;
        options.paper.landscape = true;
        const QString path = write(rows, ReportKind::Parcels, QStringLiteral("kk"), QStringLiteral("a3.pdf"), options);
        QVERIFY(!path.isEmpty());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished(60'000);
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("1191 x 842 pts (A3)")));
        const QString text = pdfWords(path);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/sezview_kk.qm")));
        for (const char *label : {"Nearest substation", "Address", "Official area"}) {
            const QString kk = translator.translate("sez::FieldTable", label);
            QVERIFY2(!kk.isEmpty() && text.contains(kk.split(QLatin1Char(' ')).first()), label);
        }
        // Every investor name whole, never cut off.
        const ParcelStore &store = *mSample.store();
        for (qint64 row : rows)
            QVERIFY2(text.contains(store.value(row, ParcelField::Investor).toString().simplified()), qPrintable(store.value(row, ParcelField::Investor).toString()));
        // An unknown column fails with a suggestion.
        options.columns = {QStringLiteral("adress")};
        QString error;
        QVERIFY(!writeReport(store, rows, options, mSample.filePath(QStringLiteral("bad.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("address")), qPrintable(error));
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
            // The investor table's lease ends, with four-digit years in every language (Kazakh's
            // short date format has two).
            if (kind == ReportKind::Investor) {
                const QDate end = mSample.store()->value(rows.front(), ParcelField::LeaseEnd).toDate();
                QVERIFY(end.isValid());
                QVERIFY2(text.contains(end.toString(QStringLiteral("dd.MM.yyyy"))) || text.contains(end.toString(QStringLiteral("dd/MM/yyyy"))),
                         qPrintable(end.toString(Qt::ISODate)));
            }
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
