// SPDX-License-Identifier: GPL-3.0-or-later
// The Russian and Kazakh translations are complete: no unfinished or empty entry, placeholders kept;
// and the code finds them, under the contexts lupdate wrote, in the compiled .qm.
#include "core/io/layerreader.h"
#include "core/model/humanlabels.h"
#include "core/query/parcelquery.h"
#include "shapefixture.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <limits>

using namespace sez;

namespace {


// A shapefile of \a nan features with a NaN coordinate and \a unclosed features with an open
// ring, among fine ones: the reader warns about each kind with its count.
QString damagedShapefile(const QTemporaryDir &dir, int nan, int unclosed)
{
    const double bad = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::vector<QPointF>> rings;
    QList<QList<QByteArray>> rows;
    for (int i = 0; i < nan + unclosed + 2; ++i) {
        const double x = 660000 + 200 * i;
        if (i < nan)
            rings.push_back({{x, 4840000}, {bad, 4840100}, {x + 100, 4840100}, {x, 4840000}});
        else if (i < nan + unclosed)
            rings.push_back({{x, 4840000}, {x, 4840100}, {x + 100, 4840100}, {x + 100, 4840000}});
        else
            rings.push_back({{x, 4840000}, {x, 4840100}, {x + 100, 4840100}, {x + 100, 4840000}, {x, 4840000}});
        rows.append({QByteArray::number(i)});
    }
    const QString base = dir.filePath(QStringLiteral("damaged"));
    test::makePolygonShp(base, rings);
    test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"ID", 4}}, rows));
    test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
    return base + QStringLiteral(".shp");
}

QString warningWith(const QStringList &warnings, const QString &needle)
{
    for (const QString &w : warnings)
        if (w.contains(needle))
            return w;
    return QStringLiteral("(none with '%1' in: %2)").arg(needle, warnings.join(QStringLiteral(" | ")));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ru") << QStringLiteral(SEZ_TRANSLATIONS_DIR "/sezview_ru.ts");
        QTest::newRow("kk") << QStringLiteral(SEZ_TRANSLATIONS_DIR "/sezview_kk.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
        auto placeholders = [](const QString &text) {
            QSet<QString> set;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                set.insert(it.next().captured());
            return set;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const bool numerus = xml.attributes().hasAttribute(QStringLiteral("numerus")) ;
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    problems << QStringLiteral("%1: '%2'").arg(type, source);
                else if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: '%1'").arg(source);
                else if (!numerus && placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: '%1' -> '%2'").arg(source, text);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    // Each context the code translates in is the one the .ts files hold: a scan that lost a class's
    // namespace (HumanLabels instead of sez::HumanLabels) would leave these in English.
    void theCodeFindsItsTranslations()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/sezview_ru.qm")));
        QCoreApplication::installTranslator(&ru);
        QCOMPARE(HumanLabels::field(ParcelField::CadastralNumber), QStringLiteral("Кадастровый номер"));

        ParcelQueryContext context(nullptr, nullptr);
        QString error;
        QVERIFY(!Query::parse(QString(), context, &error));
        QCOMPARE(error, QStringLiteral("пустой запрос"));
        QVERIFY(!Query::parse(QStringLiteral("status = 'free"), context, &error));
        QCOMPARE(error, QStringLiteral("незакрытая строка (позиция 10)"));

        LayerSpec missing;
        missing.path = QStringLiteral("/no/such/parcels.shp");
        QVERIFY(!readLayer(missing, kDefaultMapEpsg, &error));
        QCOMPARE(error, QStringLiteral("/no/such/parcels.shp: файл не найден; проверьте путь в манифесте набора данных"));
        QCoreApplication::removeTranslator(&ru);
    }

    // Dates and times in every language's short format keep a four-digit year: Kazakh's own short
    // format has two, so a lease to 2074 or a register change would read "74" or "26".
    void datesHaveFourDigitYears_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("kk") << "kk";
        QTest::newRow("ru") << "ru";
        QTest::newRow("en") << "en";
    }
    void datesHaveFourDigitYears()
    {
        QFETCH(QString, language);
        const QLocale locale(language == QLatin1String("kk") ? QLocale::Kazakh
                             : language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                             language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::AnyTerritory);
        const QDate lease(2074, 3, 9);
        QVERIFY2(HumanLabels::date(lease, locale).contains(QLatin1String("2074")), qPrintable(HumanLabels::date(lease, locale)));
        const QString moment = HumanLabels::dateTime(QDateTime(QDate(2026, 11, 29), QTime(13, 8)), locale);
        QVERIFY2(moment.contains(QLatin1String("2026")) && moment.contains(QLatin1String(":08")), qPrintable(moment));
        QVERIFY(HumanLabels::dateFormat(locale).contains(QLatin1String("yyyy")));
    }

    // The reader's counts in the plural form each count needs: Russian has three.
    void readerWarningsAgreeWithTheirCounts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("nan");
        QTest::addColumn<int>("unclosed");
        QTest::addColumn<QString>("nanWarning");
        QTest::addColumn<QString>("unclosedWarning");
        QTest::newRow("ru 1 and 3") << "ru" << 1 << 3 << "1 геометрия из 6 содержит нечисловые координаты и отброшена"
                                    << "3 геометрии из 6 имели незамкнутые кольца; они замкнуты";
        QTest::newRow("ru 5 and 21") << "ru" << 5 << 21 << "5 геометрий из 28 содержат нечисловые координаты и отброшены"
                                     << "21 геометрия из 28 имела незамкнутые кольца; они замкнуты";
        QTest::newRow("kk 1 and 3") << "kk" << 1 << 3 << "6 геометрияның 1 геометриясында сан емес координаттар бар"
                                    << "6 геометрияның 3 геометриясында тұйықталмаған сақиналар болды";
        QTest::newRow("en 1 and 3") << "en" << 1 << 3 << "1 of 6 geometries have coordinates that are not numbers"
                                    << "3 of 6 geometries had unclosed rings, which were closed";
    }
    void readerWarningsAgreeWithTheirCounts()
    {
        QFETCH(QString, language);
        QFETCH(int, nan);
        QFETCH(int, unclosed);
        QFETCH(QString, nanWarning);
        QFETCH(QString, unclosedWarning);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir dir;
        LayerSpec spec;
        spec.path = damagedShapefile(dir, nan, unclosed);
        QString error;
        auto layer = readLayer(spec, kDefaultMapEpsg, &error);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->damage.nanGeometries, qint64(nan));
        QCOMPARE(layer->damage.unclosedRings, qint64(unclosed));
        QVERIFY2(warningWith(layer->warnings, nanWarning).startsWith(spec.path), qPrintable(warningWith(layer->warnings, nanWarning)));
        QVERIFY2(warningWith(layer->warnings, unclosedWarning).startsWith(spec.path), qPrintable(warningWith(layer->warnings, unclosedWarning)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
