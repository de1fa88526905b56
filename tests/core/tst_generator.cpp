// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/generator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sez;

class TestGenerator : public QObject
{
    Q_OBJECT

private:
    static bool generate(const QString &dir, qint64 parcels, quint64 seed, GeneratorResult *result)
    {
        GeneratorOptions options;
        options.parcels = parcels;
        options.seed = seed;
        options.outDir = dir;
        QString error;
        const bool ok = generateDataset(options, result, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void checkValid(qint64 requested)
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("alatau"));
        GeneratorResult result;
        QVERIFY(generate(dir, requested, 20251121, &result));
        QVERIFY(std::abs(result.parcels - requested) <= requested / 50);

        DatasetCheck check;
        QString error;
        QVERIFY2(checkGeneratedDataset(dir, &check, &error), qPrintable(error));
        QCOMPARE(check.parcels, result.parcels);
        QCOMPARE(check.uniqueCadastralNumbers, check.parcels);
        QCOMPARE(check.invalidGeometries, qint64(0));
        QVERIFY2(check.overlapHa < 1e-5 * check.parcelAreaHa, qPrintable(QString::number(check.overlapHa)));
        // Streets between blocks take the rest: measured 98.0 % at 1,000 parcels (2 km blocks, 10 m
        // half-width streets), 94.1 % at 25,000 (667 m, 10 m), 90.6 % at 100,000 (333 m, 8 m) and
        // 88.3 % at 1,000,000 (200 m, 6 m).
        const double share = check.parcelAreaHa / check.zoneAreaHa;
        QVERIFY2(share >= 0.85 && share <= 0.99, qPrintable(QString::number(share)));
        QVERIFY2(check.partsWith4To12Vertices >= 0.95, qPrintable(QString::number(check.partsWith4To12Vertices)));
        QVERIFY(check.parcelsWithHoles > 0);
        QVERIFY(check.multiPartParcels > 0);
        QVERIFY(check.parcelsWithHoles < check.parcels / 20);
        QVERIFY(check.multiPartParcels < check.parcels / 40);
        QCOMPARE(check.projects, 41);
        QVERIFY(check.jobs > 21000);
        QCOMPARE(check.projectsUnderImplementation, 18);
        QVERIFY(check.investmentUnderImplementationKzt >= 1e12);
        QCOMPARE(check.infrastructureObjects, 30);
        // About 3 % of official areas are deliberately off.
        QVERIFY(check.officialAreaOffByMoreThan1Percent > 0);
        QVERIFY(check.officialAreaOffByMoreThan1Percent < check.parcels / 15);
    }

private Q_SLOTS:
    void deterministic()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString a = tmp.filePath(QStringLiteral("a")), b = tmp.filePath(QStringLiteral("b")),
                      c = tmp.filePath(QStringLiteral("c"));
        GeneratorResult ra, rb, rc;
        QVERIFY(generate(a, 1000, 7, &ra));
        QVERIFY(generate(b, 1000, 7, &rb));
        QVERIFY(generate(c, 1000, 8, &rc));
        QCOMPARE(ra.parcels, rb.parcels);
        const QStringList files = QDir(a).entryList({QStringLiteral("*.shp"), QStringLiteral("*.shx"), QStringLiteral("*.dbf"),
                                                     QStringLiteral("*.prj"), QStringLiteral("*.cpg")}, QDir::Files);
        QCOMPARE(files.size(), 7 * 5);
        for (const QString &name : files) {
            const QByteArray left = bytes(QDir(a).filePath(name));
            QVERIFY2(!left.isEmpty(), qPrintable(name));
            QVERIFY2(left == bytes(QDir(b).filePath(name)), qPrintable(name));
        }
        QVERIFY(bytes(QDir(a).filePath(QStringLiteral("parcels.shp"))) != bytes(QDir(c).filePath(QStringLiteral("parcels.shp"))));
    }

    void replacesOnlyGeneratedOutput()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("d"));
        QVERIFY(QDir().mkpath(dir));
        QFile other(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        GeneratorOptions options;
        options.parcels = 1000;
        options.outDir = dir;
        QString error;
        QVERIFY(!generateDataset(options, nullptr, &error));
        QVERIFY(error.contains(dir));
        QVERIFY(QFile::exists(other.fileName()));

        const QString generated = tmp.filePath(QStringLiteral("g"));
        QVERIFY(generate(generated, 1000, 1, nullptr));
        QVERIFY(generate(generated, 1000, 2, nullptr));
        QFile manifest(QDir(generated).filePath(QStringLiteral("dataset.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("generator")).toObject().value(QStringLiteral("seed")).toInteger(), 2);
        QCOMPARE(root.value(QStringLiteral("map_crs")).toString(), QStringLiteral("EPSG:32643"));
        QVERIFY(QDir(tmp.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::AllEntries).isEmpty());
    }

    void valid1k() { checkValid(1000); }

    // Beyond the DBF's 2 GB (about 3.6 million parcels) the parcels are a GeoPackage layer: the same
    // parcels, numbers and areas as the shapefile, found through the manifest's "layer".
    void parcelsAsGeoPackage()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString shp = tmp.filePath(QStringLiteral("shp")), gpkg = tmp.filePath(QStringLiteral("gpkg"));
        GeneratorResult asShapefile, asGeoPackage;
        QVERIFY(generate(shp, 1000, 7, &asShapefile));
        GeneratorOptions options;
        options.parcels = 1000;
        options.seed = 7;
        options.outDir = gpkg;
        options.parcelsInGeoPackage = true;
        QString error;
        QVERIFY2(generateDataset(options, &asGeoPackage, &error), qPrintable(error));
        QVERIFY(!asShapefile.parcelsInGeoPackage && asGeoPackage.parcelsInGeoPackage);
        QVERIFY(QFile::exists(QDir(gpkg).filePath(QStringLiteral("parcels.gpkg"))));
        QVERIFY(!QFile::exists(QDir(gpkg).filePath(QStringLiteral("parcels.shp"))));
        QVERIFY(QFile::exists(QDir(gpkg).filePath(QStringLiteral("zones.shp"))));   // the other layers stay shapefiles
        const QJsonObject parcels = QJsonDocument::fromJson(bytes(QDir(gpkg).filePath(QStringLiteral("dataset.json"))))
                                        .object()[QStringLiteral("layers")].toArray().first().toObject();
        QCOMPARE(parcels[QStringLiteral("path")].toString(), QStringLiteral("parcels.gpkg"));
        QCOMPARE(parcels[QStringLiteral("layer")].toString(), QStringLiteral("parcels"));
        DatasetCheck a, b;
        QVERIFY2(checkGeneratedDataset(shp, &a, &error), qPrintable(error));
        QVERIFY2(checkGeneratedDataset(gpkg, &b, &error), qPrintable(error));
        QCOMPARE(b.parcels, a.parcels);
        QCOMPARE(b.uniqueCadastralNumbers, b.parcels);
        QCOMPARE(b.invalidGeometries, qint64(0));
        QCOMPARE(b.multiPartParcels, a.multiPartParcels);
        QCOMPARE(b.parcelsWithHoles, a.parcelsWithHoles);
        QVERIFY(std::abs(b.parcelAreaHa - a.parcelAreaHa) < 1e-6 * a.parcelAreaHa);
        QCOMPARE(b.jobs, a.jobs);
        QCOMPARE(b.layerEpsg.value(QStringLiteral("parcels")), 32643);
        // Deterministic: the same seed gives the same GeoPackage, byte for byte.
        const QString again = tmp.filePath(QStringLiteral("again"));
        options.outDir = again;
        QVERIFY2(generateDataset(options, nullptr, &error), qPrintable(error));
        QVERIFY(bytes(QDir(again).filePath(QStringLiteral("parcels.gpkg"))) == bytes(QDir(gpkg).filePath(QStringLiteral("parcels.gpkg"))));
    }
    void valid100k() { checkValid(100'000); }

    void committedSample()
    {
        const QString dir = QStringLiteral(SEZ_SAMPLE_DIR);
        DatasetCheck check;
        QString error;
        QVERIFY2(checkGeneratedDataset(dir, &check, &error), qPrintable(error));
        QVERIFY(check.parcels >= 15000 && check.parcels <= 40000);
        QCOMPARE(check.invalidGeometries, qint64(0));
        QVERIFY2(std::abs(check.sezAreaHa - 97'900) <= 0.005 * 97'900, qPrintable(QString::number(check.sezAreaHa)));
        QVERIFY2(check.sezOutsideCityHa >= 24'000 && check.sezOutsideCityHa <= 25'000, qPrintable(QString::number(check.sezOutsideCityHa)));
        // The SEZ minus its part inside the city, as GEOS computes it, is the outside figure too.
        QVERIFY(std::abs((check.sezAreaHa - check.sezInsideCityHa) - check.sezOutsideCityHa) < 5);
        QVERIFY2(std::abs(check.cityAreaHa - 88'000) <= 0.01 * 88'000, qPrintable(QString::number(check.cityAreaHa)));
        QCOMPARE(check.districtAreaHa.size(), 4);
        QVERIFY2(std::abs(check.districtAreaHa.value(QStringLiteral("Gate")) - 4'000) <= 400,
                 qPrintable(QString::number(check.districtAreaHa.value(QStringLiteral("Gate")))));
        QCOMPARE(check.projects, 41);
        QCOMPARE(check.infrastructureObjects, 30);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("parcels")), 32643);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("zones")), 32643);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("sez_boundary")), 4326);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("infra_objects")), 4326);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("infra_networks")), 32643);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("city_limits")), 2542);
        QCOMPARE(check.layerEpsg.value(QStringLiteral("districts")), 2542);
        QCOMPARE(bytes(QDir(dir).filePath(QStringLiteral("infra_objects.cpg"))), QByteArray("1251"));
        QCOMPARE(bytes(QDir(dir).filePath(QStringLiteral("parcels.cpg"))), QByteArray("UTF-8"));
    }

    void regeneratesTheCommittedSampleByteForByte()
    {
        // The bundled sample is `generate --parcels 25000 --seed 20251121`; the generator's code may
        // change (its geometry conversion is core's), its output may not.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("alatau"));
        GeneratorResult result;
        QVERIFY(generate(dir, 25000, 20251121, &result));
        const QDir sample(QStringLiteral(SEZ_SAMPLE_DIR));
        const QStringList files = sample.entryList(QDir::Files);
        QCOMPARE(QDir(dir).entryList(QDir::Files), files);
        for (const QString &name : files)
            QVERIFY2(bytes(sample.filePath(name)) == bytes(QDir(dir).filePath(name)), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
