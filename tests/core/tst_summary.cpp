// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample against the public figures in shared/context: what users will be shown.
#include "core/io/dataset.h"
#include "core/model/parcelstore.h"
#include "core/model/summary.h"
#include "tests/core/samplecache.h"
#include "tools/generator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sez;

class TestSummary : public QObject
{
    Q_OBJECT

    std::unique_ptr<Dataset> mDataset;
    test::SampleCache mSample;
    DatasetSummary mSummary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        mDataset = Dataset::open(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mDataset, qPrintable(error));
        QVERIFY2(mDataset->warnings().isEmpty(), qPrintable(mDataset->warnings().join(QLatin1Char('\n'))));
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mSummary = summarize(*mSample.store());
    }

    void areasAgreeWithTheContext()
    {
        QVERIFY2(std::abs(mSummary.sezAreaHa - 97'900) <= 0.005 * 97'900, qPrintable(QString::number(mSummary.sezAreaHa)));
        QVERIFY2(mSummary.outsideCityHa >= 24'000 && mSummary.outsideCityHa <= 25'000, qPrintable(QString::number(mSummary.outsideCityHa)));
        QVERIFY(std::abs(mSummary.insideCityHa + mSummary.outsideCityHa - mSummary.sezAreaHa) < 1e-6);
        QVERIFY2(std::abs(mSummary.cityAreaHa - 88'000) <= 0.01 * 88'000, qPrintable(QString::number(mSummary.cityAreaHa)));
        QCOMPARE(mSummary.byDistrictHa.size(), 4);
        for (const char *name : {"Gate", "Golden", "Growing", "Green"})
            QVERIFY2(mSummary.byDistrictHa.contains(QString::fromLatin1(name)), name);
        QVERIFY(std::abs(mSummary.byDistrictHa.value(QStringLiteral("Gate")) - 4'000) <= 400);
    }

    // Each part's side is decided from its geometry at import; it agrees with the side the data's own
    // attribute names, and the areas by side with GEOS's cut of the SEZ by the city limits.
    void sezPartsBySide()
    {
        const auto &parts = mSample.store()->sezParts();
        QCOMPARE(parts.size(), std::size_t(4));
        for (const ContextFeature &part : parts) {
            QVERIFY2(part.name == QLatin1String("inside_city") || part.name == QLatin1String("outside_city"), qPrintable(part.name));
            QCOMPARE(part.citySide, part.name == QLatin1String("inside_city") ? CitySide::Inside : CitySide::Outside);
        }
        DatasetCheck check;
        QString error;
        QVERIFY2(checkGeneratedDataset(QStringLiteral(SEZ_SAMPLE_DIR), &check, &error), qPrintable(error));
        QVERIFY2(std::abs(mSummary.insideCityHa - check.sezInsideCityHa) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mSummary.insideCityHa, 0, 'f', 4).arg(check.sezInsideCityHa, 0, 'f', 4)));
        QVERIFY(std::abs(mSummary.sezAreaHa - check.sezAreaHa) < 0.01);
    }

    void parcelsAndProjects()
    {
        const ParcelStatistics &parcels = mSummary.parcels;
        QVERIFY(parcels.total.count >= 15'000 && parcels.total.count <= 40'000);
        QCOMPARE(parcels.projects, qint64(41));
        QCOMPARE(parcels.projectsUnderImplementation, qint64(18));
        QVERIFY(parcels.investmentUnderImplementationKzt >= 1e12);
        QVERIFY(parcels.total.jobs > 21'000);
        const QMap<QString, GroupFigures> byZone = parcels.byZone.byValue();
        QCOMPARE(byZone.size(), 9);
        QCOMPARE(parcels.byStatus.byValue().keys(), (QStringList{QStringLiteral("allocated"), QStringLiteral("free"),
                                                                QStringLiteral("operating"), QStringLiteral("reserved"),
                                                                QStringLiteral("under_construction")}));
        qint64 count = 0;
        double computed = 0;
        for (const GroupFigures &g : byZone) {
            count += g.count;
            computed += g.computedHa;
        }
        QCOMPARE(count, parcels.total.count);
        QVERIFY(std::abs(computed - parcels.total.computedHa) < 1e-3);
        // Official areas are the registry's: most agree with the geometry, a few per cent do not.
        QVERIFY(std::abs(parcels.total.officialHa - parcels.total.computedHa) < 0.01 * parcels.total.computedHa);
        QCOMPARE(parcels.areaMismatches, qint64(713));   // the figure before the summary moved onto the store
        // Roads between blocks take a share of the SEZ; parcels cover the rest.
        QVERIFY(parcels.total.computedHa > 0.8 * mSummary.sezAreaHa && parcels.total.computedHa < mSummary.sezAreaHa);
    }

    void infrastructure()
    {
        qint64 total = 0;
        for (qint64 n : mSummary.infrastructure)
            total += n;
        QCOMPARE(total, qint64(30));
        QCOMPARE(mSummary.infrastructure.value(QStringLiteral("water_intake")), qint64(1));
        for (const char *kind : {"substation", "gas_pipeline", "wastewater_treatment", "highway"})
            QVERIFY2(mSummary.infrastructure.value(QString::fromLatin1(kind)) >= 1, kind);
    }

    void fileLevelVariety()
    {
        QSet<int> crs;
        bool cp1251 = false;
        for (const auto &layer : mDataset->layers()) {
            crs.insert(layer->sourceCrs.epsg);
            QCOMPARE(layer->crsSource, QStringLiteral("prj"));
            QCOMPARE(layer->encoding.source, EncodingSource::Cpg);
            cp1251 |= layer->encoding.encoding == "CP1251";
        }
        QVERIFY(crs.contains(32643) && crs.contains(2542) && crs.contains(4326));
        QVERIFY(cp1251);
    }

    void cadastreAttributes()
    {
        const auto parcels = mDataset->layersWithRole(QStringLiteral("parcels"));
        QCOMPARE(parcels.size(), std::size_t(1));
        const LayerData &layer = *parcels.front();
        QCOMPARE(layer.fields.front().sourceName, QStringLiteral("KAD_NOMER"));
        static const QRegularExpression pattern(QStringLiteral("^\\d{2}-\\d{3}-\\d{3}-\\d{3}$"));
        static const QRegularExpression kazakhLetters(QStringLiteral("[әғқңөұүһі]"), QRegularExpression::CaseInsensitiveOption);
        QSet<QString> numbers;
        bool kazakh = false;
        bool leadingZero = false;
        for (const Feature &f : layer.features) {
            const QString number = layer.value(f, QStringLiteral("cadastral_number")).toString();
            QVERIFY2(pattern.match(number).hasMatch(), qPrintable(number));
            leadingZero |= number.startsWith(QLatin1Char('0'));
            numbers.insert(number);
            kazakh |= kazakhLetters.match(layer.value(f, QStringLiteral("project_kk")).toString()).hasMatch();
        }
        QCOMPARE(qint64(numbers.size()), qint64(layer.features.size()));
        QVERIFY(leadingZero);
        QVERIFY(kazakh);
    }

    void jsonHasTheDocumentedKeys()
    {
        const QJsonObject json = mSummary.toJson();
        for (const char *key : {"sez_area_ha", "inside_city_ha", "outside_city_ha", "parcels", "by_zone", "by_status",
                                "projects", "projects_under_implementation", "investment_kzt",
                                "investment_under_implementation_kzt", "jobs", "infrastructure"})
            QVERIFY2(json.contains(QString::fromLatin1(key)), key);
        QCOMPARE(json.value(QStringLiteral("parcels")).toInteger(), mSummary.parcels.total.count);
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
