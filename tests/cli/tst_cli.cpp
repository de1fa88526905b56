// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli as a script uses it: exit codes, one-line errors, JSON it can parse.
#include "core/cache/parcelcache.h"
#include "core/geo/crs.h"
#include "core/model/parcelstore.h"
#include "core/render/mapstyle.h"
#include "core/render/mapview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include "../clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = sez::test::CliRun;
using sez::test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("summary"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--parcels"), QStringLiteral("12")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
    }

    void badInputExitsOneWithOneLine()
    {
        QTemporaryDir dir;
        const Run missing = runCli({QStringLiteral("summary"), QStringLiteral("--dataset"), dir.filePath(QStringLiteral("nothing"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.err.contains("nothing"));
        QVERIFY(missing.out.isEmpty());

        const QString garbage = dir.filePath(QStringLiteral("garbage.gpkg"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const Run bad = runCli({QStringLiteral("info"), garbage});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(bad.err.contains("garbage.gpkg"));
    }

    void infoJsonDescribesEveryLayer()
    {
        const Run r = runCli({QStringLiteral("info"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray layers = root.value(QStringLiteral("layers")).toArray();
        QVERIFY(layers.size() >= 6);
        bool sawParcels = false;
        for (const QJsonValue &v : layers) {
            const QJsonObject l = v.toObject();
            for (const char *key : {"name", "feature_count", "geometry_type", "crs", "encoding", "extent_lonlat", "fields", "warnings", "sample"})
                QVERIFY2(l.contains(QString::fromLatin1(key)), key);
            const QJsonArray e = l.value(QStringLiteral("extent_lonlat")).toArray();
            QVERIFY(e.at(0).toDouble() > 76.5 && e.at(2).toDouble() < 77.6);
            QVERIFY(e.at(1).toDouble() > 43.3 && e.at(3).toDouble() < 44.1);
            if (l.value(QStringLiteral("role")).toString() == QLatin1String("parcels")) {
                sawParcels = true;
                QCOMPARE(l.value(QStringLiteral("crs")).toObject().value(QStringLiteral("epsg")).toInt(), 32643);
                QCOMPARE(l.value(QStringLiteral("encoding")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("UTF-8"));
                const QJsonArray sample = l.value(QStringLiteral("sample")).toArray();
                QCOMPARE(sample.size(), 5);
                QVERIFY(sample.at(0).toObject().value(QStringLiteral("cadastral_number")).toString().startsWith(QStringLiteral("03-")));
            }
        }
        QVERIFY(sawParcels);

        const Run single = runCli({QStringLiteral("info"), QStringLiteral(SEZ_CORPUS_DIR "/encodings/win1251.dbf")});
        QCOMPARE(single.exitCode, 0);
        QVERIFY(QString::fromUtf8(single.out).contains(QStringLiteral("CP1251 (cpg: .cpg says '1251')")));
    }

    void summaryJson()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.gpkg"));
        const Run r = runCli({QStringLiteral("summary"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--json"),
                              QStringLiteral("--cache"), cache});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QVERIFY(std::abs(s.value(QStringLiteral("sez_area_ha")).toDouble() - 97'900) < 490);
        QCOMPARE(s.value(QStringLiteral("projects")).toInt(), 41);
        QCOMPARE(s.value(QStringLiteral("projects_under_implementation")).toInt(), 18);
        const Run text = runCli({QStringLiteral("summary"), QStringLiteral("--cache"), cache});   // the bundled sample by default
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("SEZ area"));
    }

    // A folder without a manifest opens with the same figures as with the one generate wrote; init
    // prints each guess with its confidence, writes the manifest, and that reads back the same.
    void initGuessesAManifestThatReadsBack()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan"));
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--parcels"), QStringLiteral("1000"), QStringLiteral("--out"), out,
                         QStringLiteral("--seed"), QStringLiteral("7")}).exitCode, 0);
        int caches = 0;   // a cache each: no figure comes from another reading's cache
        auto summary = [&](const QString &dataset) {
            const Run r = runCli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset, QStringLiteral("--json"),
                                  QStringLiteral("--cache"), dir.filePath(QStringLiteral("cache%1.gpkg").arg(++caches))});
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject{{QStringLiteral("error"), QString::fromUtf8(r.err)}};
        };
        QJsonObject original = summary(out);
        original.remove(QStringLiteral("name"));
        QVERIFY(original.value(QStringLiteral("parcels")).toInteger() > 900);

        const Run refused = runCli({QStringLiteral("init"), out});
        QCOMPARE(refused.exitCode, 1);   // it has a manifest
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY(QFile::remove(out + QStringLiteral("/dataset.json")));
        QJsonObject guessed = summary(out);
        guessed.remove(QStringLiteral("name"));
        QCOMPARE(guessed, original);

        const Run init = runCli({QStringLiteral("init"), out, QStringLiteral("--json")});
        QCOMPARE(init.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(init.out).object();
        QCOMPARE(report.value(QStringLiteral("map_crs")).toString(), QStringLiteral("EPSG:32643"));
        QCOMPARE(QFileInfo(report.value(QStringLiteral("manifest")).toString()), QFileInfo(out + QStringLiteral("/dataset.json")));
        bool sawParcels = false;
        for (const QJsonValue &v : report.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject layer = v.toObject();
            QVERIFY(layer.value(QStringLiteral("role_confidence")).toDouble() > 0.5);
            if (layer.value(QStringLiteral("role")).toString() != QLatin1String("parcels"))
                continue;
            sawParcels = true;
            for (const QJsonValue &f : layer.value(QStringLiteral("fields")).toArray())
                if (f.toObject().value(QStringLiteral("field")).toString() == QLatin1String("cadastral_number")) {
                    QCOMPARE(f.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("KAD_NOMER"));
                    QVERIFY(f.toObject().value(QStringLiteral("confidence")).toDouble() >= 0.9);
                }
        }
        QVERIFY(sawParcels);
        QJsonObject readBack = summary(out);
        readBack.remove(QStringLiteral("name"));
        QCOMPARE(readBack, original);

        const Run text = runCli({QStringLiteral("init"), out + QStringLiteral("/parcels.shp"), QStringLiteral("-o"), dir.filePath(QStringLiteral("p.json"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("cadastral_number <- KAD_NOMER"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("p.json"))));
        QCOMPARE(summary(dir.filePath(QStringLiteral("p.json"))).value(QStringLiteral("parcels")), original.value(QStringLiteral("parcels")));
    }

    void generateWritesADatasetTheReaderOpens()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("small"));
        const Run g = runCli({QStringLiteral("generate"), QStringLiteral("--parcels"), QStringLiteral("1000"),
                              QStringLiteral("--out"), out, QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(g.exitCode, 0);
        const Run s = runCli({QStringLiteral("summary"), QStringLiteral("--dataset"), out, QStringLiteral("--json")});
        QCOMPARE(s.exitCode, 0);
        const qint64 parcels = QJsonDocument::fromJson(s.out).object().value(QStringLiteral("parcels")).toInteger();
        QVERIFY(parcels >= 980 && parcels <= 1020);
    }

    void queryFormats()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.gpkg"));
        const QStringList base = {QStringLiteral("query"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--cache"), cache, QStringLiteral("--where"), QStringLiteral("status = 'operating'")};
        const Run stats = runCli({QStringLiteral("stats"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--cache"), cache, QStringLiteral("--where"), QStringLiteral("status = 'operating'"),
                                  QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const int count = QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("count")).toInt();
        QVERIFY(count > 10);

        // CSV: RFC 4180 with CRLF, cadastral_number first whatever the order asked, UTF-8 text.
        const Run csv = runCli(base + QStringList{QStringLiteral("--fields"), QStringLiteral("investor,cadastral_number,area_ha")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QCOMPARE(lines.first(), QByteArray("cadastral_number,investor,area_ha\r"));
        QCOMPARE(csv.out.count("\r\n"), count + 1);
        QVERIFY(QString::fromUtf8(csv.out).contains(QStringLiteral("«")));
        const Run excel = runCli(base + QStringList{QStringLiteral("--excel")});
        QVERIFY(excel.out.startsWith("\xEF\xBB\xBF" "cadastral_number,"));

        // GeoJSON in lon/lat.
        const Run geojson = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("geojson")});
        QCOMPARE(geojson.exitCode, 0);
        const QJsonObject fc = QJsonDocument::fromJson(geojson.out).object();
        const QJsonArray features = fc.value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), count);
        const QJsonArray first = features.at(0).toObject().value(QStringLiteral("geometry")).toObject()
                                     .value(QStringLiteral("coordinates")).toArray().at(0).toArray().at(0).toArray().at(0).toArray();
        QVERIFY(first.at(0).toDouble() > 76.5 && first.at(0).toDouble() < 77.6);
        QVERIFY(first.at(1).toDouble() > 43.3 && first.at(1).toDouble() < 44.1);

        // GeoPackage and Shapefile, read back by GDAL's own ogrinfo.
        for (const char *format : {"gpkg", "shp"}) {
            const QString out = dir.filePath(QStringLiteral("result.") + QString::fromLatin1(format));
            const Run r = runCli(base + QStringList{QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("-o"), out});
            QCOMPARE(r.exitCode, 0);
            QProcess info;
            info.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"), out});
            QVERIFY(info.waitForFinished(60'000));
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("Feature Count: %1").arg(count)), qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("UTM zone 43N")));
        }
        QCOMPARE(QFile(dir.filePath(QStringLiteral("result.cpg"))).exists(), true);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral(".sezview-export-*")}, QDir::Dirs | QDir::Hidden).size(), 0);
    }

    void queryErrorsAndUnwritableOutput()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.gpkg"));
        const QStringList base = {QStringLiteral("query"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--cache"), cache};
        const Run bad = runCli(base + QStringList{QStringLiteral("--where"), QStringLiteral("zonee = 'industrial'")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(QString::fromUtf8(bad.err).contains(QStringLiteral("did you mean 'zone'")));
        const Run unwritable = runCli(base + QStringList{QStringLiteral("-o"), QStringLiteral("/proc/no/such/dir/out.csv")});
        QCOMPARE(unwritable.exitCode, 1);
        QCOMPARE(unwritable.err.count('\n'), 1);
        QVERIFY(unwritable.err.contains("out.csv"));
        const Run badField = runCli(base + QStringList{QStringLiteral("--fields"), QStringLiteral("zonee")});
        QCOMPARE(badField.exitCode, 1);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("xls")}).exitCode, 2);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("shp")}).exitCode, 2);
    }

    void twoImportsAtOnceBothSucceed()
    {
        QTemporaryDir dir;
        const QStringList args = {QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--cache"), dir.filePath(QStringLiteral("shared.gpkg"))};
        QProcess a, b;
        a.start(QStringLiteral(SEZ_CLI_PATH), args);
        b.start(QStringLiteral(SEZ_CLI_PATH), args);
        QVERIFY(a.waitForFinished(300'000) && b.waitForFinished(300'000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const Run again = runCli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("up to date"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shared.gpkg")});
    }

    void renderAndReport()
    {
        QTemporaryDir dir;
        const QStringList base = {QStringLiteral("render"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--cache"), dir.filePath(QStringLiteral("cache.gpkg")),
                                  QStringLiteral("--size"), QStringLiteral("320x200")};
        auto image = [&](const QStringList &extra, const QString &name) {
            const QString path = dir.filePath(name);
            const Run r = runCli(base + extra + QStringList{QStringLiteral("-o"), path});
            QFile f(path);
            return r.exitCode == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray zone = image({}, QStringLiteral("zone.png"));
        const QByteArray status = image({QStringLiteral("--style"), QStringLiteral("status")}, QStringLiteral("status.png"));
        const QByteArray svg = image({}, QStringLiteral("map.svg"));
        QVERIFY(zone.startsWith("\x89PNG"));
        QVERIFY(!status.isEmpty() && status != zone);
        QVERIFY(svg.contains("<svg"));
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--style"), QStringLiteral("nonsense"), QStringLiteral("-o"),
                                           dir.filePath(QStringLiteral("x.png"))}).exitCode, 2);

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run report = runCli({QStringLiteral("report"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                   QStringLiteral("--cache"), dir.filePath(QStringLiteral("cache.gpkg")), QStringLiteral("--lang"),
                                   QStringLiteral("kk"), QStringLiteral("--where"), QStringLiteral("status = 'operating'"),
                                   QStringLiteral("-o"), pdf});
        QCOMPARE(report.exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-");
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), pdf}).exitCode, 2);
    }

    // A never-seen dataset's render draws from the source store and derives after the map (issue
    // 13): what it leaves is the cache an import makes, to the byte of the store's snapshot; a
    // --where with distance() and the investor colours wait for the derived fields, and are right.
    void renderOfANeverSeenDatasetDerivesAfterTheMap()
    {
        QTemporaryDir dir;
        const QString rendered = dir.filePath(QStringLiteral("rendered.gpkg")), imported = dir.filePath(QStringLiteral("imported.gpkg"));
        const QStringList base = {QStringLiteral("render"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                  QStringLiteral("--size"), QStringLiteral("320x200"), QStringLiteral("-o")};
        const Run first = runCli(base + QStringList{dir.filePath(QStringLiteral("first.png")), QStringLiteral("--cache"), rendered});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QImage(dir.filePath(QStringLiteral("first.png"))).size() == QSize(320, 200));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--cache"),
                         imported}).exitCode, 0);
        QString error;
        sez::ParcelCache::Options options;
        options.cachePath = rendered;
        const auto fromRender = sez::ParcelCache::open(QStringLiteral(SEZ_SAMPLE_DIR), options, &error);
        QVERIFY2(fromRender && !fromRender->rebuilt(), qPrintable(fromRender ? fromRender->rebuildReason() : error));
        options.cachePath = imported;
        const auto fromImport = sez::ParcelCache::open(QStringLiteral(SEZ_SAMPLE_DIR), options, &error);
        QVERIFY2(fromImport && !fromImport->rebuilt(), qPrintable(error));
        QVERIFY(fromRender->store()->serialize() == fromImport->store()->serialize());

        // Never seen again, with a query of a derived field and with the investor colours: the same
        // images as from the complete cache.
        for (const QStringList &extra : {QStringList{QStringLiteral("--where"), QStringLiteral("distance('substation') < 2000")},
                                         QStringList{QStringLiteral("--style"), QStringLiteral("investor")}}) {
            const QString fresh = dir.filePath(QStringLiteral("fresh-%1.gpkg").arg(extra.first().mid(2)));
            const QString a = dir.filePath(QStringLiteral("a.png")), b = dir.filePath(QStringLiteral("b.png"));
            QCOMPARE(runCli(base + QStringList{a, QStringLiteral("--cache"), fresh} + extra).exitCode, 0);
            QCOMPARE(runCli(base + QStringList{b, QStringLiteral("--cache"), imported} + extra).exitCode, 0);
            QVERIFY(!QImage(a).isNull());
            QVERIFY2(QImage(a) == QImage(b), qPrintable(extra.join(u' ')));
        }
    }

    void extractOfOneParcel()
    {
        QTemporaryDir dir;
        const QStringList base = {QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("extract"), QStringLiteral("--dataset"),
                                  QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--cache"), dir.filePath(QStringLiteral("cache.gpkg"))};
        const QString pdf = dir.filePath(QStringLiteral("extract.pdf"));
        const Run ok = runCli(base + QStringList{QStringLiteral("--parcel"), QStringLiteral("03361001101"), QStringLiteral("--crs"),
                                                 QStringLiteral("pulkovo"), QStringLiteral("--lang"), QStringLiteral("ru"),
                                                 QStringLiteral("-o"), pdf});
        QCOMPARE(ok.exitCode, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60'000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("03-361-001-101")));
        QVERIFY(content.contains(QStringLiteral("EPSG:28413")));
        QVERIFY(content.contains(QStringLiteral("Выписка")));

        // An unknown number: exit 1, one line naming the dataset, with the nearest number; no file.
        const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
        const Run unknown = runCli(base + QStringList{QStringLiteral("--parcel"), QStringLiteral("03-361-001-1011"), QStringLiteral("-o"), missing});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY2(unknown.err.contains("unknown cadastral number '03-361-001-1011'") && unknown.err.contains("did you mean '03-361-001-"),
                 unknown.err.constData());
        QVERIFY(unknown.err.contains(QFile::encodeName(QStringLiteral(SEZ_SAMPLE_DIR))));
        QVERIFY(!QFile::exists(missing));

        // Bad usage: no --parcel, a --crs that is no EPSG code, --parcel with another kind.
        const Run noParcel = runCli(base + QStringList{QStringLiteral("-o"), missing});
        QCOMPARE(noParcel.exitCode, 2);
        QVERIFY(noParcel.err.startsWith("sezview-cli: report --kind extract needs --parcel CADNUM\n"));
        QCOMPARE(runCli(base + QStringList{QStringLiteral("--parcel"), QStringLiteral("03-361-001-101"), QStringLiteral("--crs"),
                                           QStringLiteral("gauss"), QStringLiteral("-o"), missing}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--parcel"), QStringLiteral("03-361-001-101"), QStringLiteral("-o"), missing}).exitCode, 2);
        // An EPSG code PROJ does not know is bad input.
        const Run badCode = runCli(base + QStringList{QStringLiteral("--parcel"), QStringLiteral("03-361-001-101"), QStringLiteral("--crs"),
                                                      QStringLiteral("999999"), QStringLiteral("-o"), missing});
        QCOMPARE(badCode.exitCode, 1);
        QCOMPARE(badCode.err.count('\n'), 1);
        QVERIFY(!QFile::exists(missing));

        const Run help = runCli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("--kind extract --parcel CADNUM"));
    }

    // --bbox is lon/lat; the map is drawn in the dataset's own CRS (here UTM 42N, not the default
    // 43N). Known parcels must show their colours where the box puts them.
    void renderBoxInTheDatasetsCrs()
    {
        QTemporaryDir dir;
        const QString dataset = dir.filePath(QStringLiteral("alatau-42n"));
        QVERIFY(QDir().mkpath(dataset));
        for (const QFileInfo &f : QDir(QStringLiteral(SEZ_SAMPLE_DIR)).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(f.absoluteFilePath(), QDir(dataset).filePath(f.fileName())));
        QFile manifest(QDir(dataset).filePath(QStringLiteral("dataset.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        root.insert(QStringLiteral("map_crs"), QStringLiteral("EPSG:32642"));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(QJsonDocument(root).toJson());
        manifest.close();

        // The test's own import, shared with the CLI through the cache file.
        const QString cachePath = dir.filePath(QStringLiteral("cache.gpkg"));
        sez::ParcelCache::Options options;
        options.cachePath = cachePath;
        QString error;
        auto cache = sez::ParcelCache::open(dataset, options, &error);
        QVERIFY2(cache, qPrintable(error));
        const sez::ParcelStore &store = *cache->store();
        QCOMPARE(store.mapEpsg(), 32642);
        const sez::MapStyle style(store);

        // A box of about 4 km around a large parcel in the city, away from every road and pipeline.
        qint64 target = -1;
        double best = 0;
        for (qint64 r = 0; r < store.size(); ++r) {
            const QRectF b = store.bounds(r);
            bool clear = store.insideCity(r);
            for (int k = 0; clear && k < sez::infrastructureKinds().size(); ++k)
                clear = store.distanceTo(r, k) > 400;
            if (clear && b.width() * b.height() > best) {
                best = b.width() * b.height();
                target = r;
            }
        }
        QVERIFY(target >= 0);
        const sez::CoordinateTransform toLonLat(32642, sez::kWgs84Epsg);
        QPointF centre = store.labelPoint(target);
        QVERIFY(toLonLat.transform(centre));
        const double dLon = 0.025, dLat = 0.0135;
        const QString box = QStringLiteral("%1,%2,%3,%4").arg(centre.x() - dLon, 0, 'f', 6).arg(centre.y() - dLat, 0, 'f', 6)
                                .arg(centre.x() + dLon, 0, 'f', 6).arg(centre.y() + dLat, 0, 'f', 6);
        const QString png = dir.filePath(QStringLiteral("box.png"));
        const Run r = runCli({QStringLiteral("render"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath,
                              QStringLiteral("--bbox"), box, QStringLiteral("--size"), QStringLiteral("400x300"),
                              QStringLiteral("-o"), png});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(400, 300));

        // The box's middle is the target parcel.
        const QColor expected = style.parcelColour(store, target, sez::ParcelStyle::Zone);
        QCOMPARE(QColor(image.pixel(200, 150)).name(), expected.name());

        // Every large, clear parcel in view shows its own colour at its label point, the box's
        // corners taken into the dataset's CRS as the CLI does.
        std::vector<QPointF> corners = {{centre.x() - dLon, centre.y() - dLat}, {centre.x() + dLon, centre.y() + dLat},
                                        {centre.x() - dLon, centre.y() + dLat}, {centre.x() + dLon, centre.y() - dLat}};
        QCOMPARE(sez::CoordinateTransform(sez::kWgs84Epsg, 32642).transform(corners), std::size_t(0));
        double x0 = corners[0].x(), y0 = corners[0].y(), x1 = x0, y1 = y0;
        for (const QPointF &c : corners) {
            x0 = std::min(x0, c.x()); y0 = std::min(y0, c.y());
            x1 = std::max(x1, c.x()); y1 = std::max(y1, c.y());
        }
        const sez::MapView view(QRectF(QPointF(x0, y0), QPointF(x1, y1)), QSize(400, 300));
        const QRectF screen(20, 20, 360, 230);   // away from the edges and the scale bar
        int checked = 0, right = 0;
        for (qint64 row : store.parcelsIn(view.extent())) {
            const QRectF b = store.bounds(row);
            const QPointF at = view.toPixel(store.labelPoint(row));
            bool clear = store.insideCity(row) && std::min(b.width(), b.height()) / view.metresPerPixel() >= 10;
            for (int k = 0; clear && k < sez::infrastructureKinds().size(); ++k)
                clear = store.distanceTo(row, k) > 150;
            if (!clear || !screen.contains(at))
                continue;
            ++checked;
            right += QColor(image.pixel(int(at.x()), int(at.y()))).name() == style.parcelColour(store, row, sez::ParcelStyle::Zone).name();
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        QVERIFY2(right >= checked * 95 / 100, qPrintable(QStringLiteral("%1 of %2 parcels in their colours").arg(right).arg(checked)));
    }

    // The report's and the exports' options: the parcels picked by hand kept with the query, the
    // columns and paper, a workbook; CSV for Excel in a Russian locale; wrong values exit 2.
    void reportAndExportOptions()
    {
        QTemporaryDir dir;
        const QStringList data = {QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--cache"),
                                  dir.filePath(QStringLiteral("cache.gpkg"))};
        const QString pdf = dir.filePath(QStringLiteral("picked.pdf"));
        const QString query = QStringLiteral("status = 'operating'");
        const Run report = runCli(QStringList{QStringLiteral("report")} + data
                                  + QStringList{QStringLiteral("--where"), query, QStringLiteral("--picked"), QStringLiteral("03361001006"),
                                                QStringLiteral("--columns"), QStringLiteral("district,address,distance_substation_m"),
                                                QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--orientation"),
                                                QStringLiteral("landscape"), QStringLiteral("-o"), pdf});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60'000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(words.contains(QStringLiteral("Query: ") + query));
        QVERIFY(words.contains(QStringLiteral("Added by hand (1): 03-361-001-006")));
        QVERIFY(words.contains(QStringLiteral("Nearest substation")));
        const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
        QCOMPARE(runCli(QStringList{QStringLiteral("report")} + data
                        + QStringList{QStringLiteral("--where"), query, QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--columns"),
                                      QStringLiteral("address,area_ha"), QStringLiteral("-o"), xlsx}).exitCode, 0);
        // The parcels' sheet and the four summary sheets, headed in Kazakh with units.
        QProcess info;
        info.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"), xlsx});
        QVERIFY(info.waitForFinished(60'000));
        const QString layers = QString::fromUtf8(info.readAllStandardOutput());
        QCOMPARE(layers.count(QStringLiteral("Layer name: ")), 5);
        QVERIFY2(layers.contains(QStringLiteral("Layer name: Учаскелер")), qPrintable(layers));
        QVERIFY2(layers.contains(QStringLiteral("Мекенжай: String")), qPrintable(layers));
        QVERIFY2(layers.contains(QStringLiteral("Ресми алаңы, га: Real")), qPrintable(layers));
        const Run unknown = runCli(QStringList{QStringLiteral("report")} + data
                                   + QStringList{QStringLiteral("--columns"), QStringLiteral("adress"), QStringLiteral("-o"), pdf});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("'address'"), unknown.err.constData());
        for (const QStringList &wrong : {QStringList{QStringLiteral("--paper"), QStringLiteral("a5")},
                                         QStringList{QStringLiteral("--orientation"), QStringLiteral("sideways")}})
            QCOMPARE(runCli(QStringList{QStringLiteral("report")} + wrong + QStringList{QStringLiteral("-o"), pdf}).exitCode, 2);

        const Run csv = runCli(QStringList{QStringLiteral("query")} + data
                               + QStringList{QStringLiteral("--where"), query, QStringLiteral("--fields"), QStringLiteral("zone,area_ha"),
                                             QStringLiteral("--csv-dialect"), QStringLiteral("excel-ru"), QStringLiteral("--lang"),
                                             QStringLiteral("ru"), QStringLiteral("--values"), QStringLiteral("labels")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBF" "cadastral_number;zone;area_ha\r\n"));
        const QByteArray first = csv.out.split('\n').at(1);
        // The zone in Russian words, not its code; the area with a decimal comma.
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9-]+;[^;a-z_]+;[0-9]+,[0-9]+\\r$")).match(QString::fromUtf8(first)).hasMatch(), first.constData());
        QCOMPARE(runCli(QStringList{QStringLiteral("query")} + data + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                                                  QStringLiteral("--csv-dialect"), QStringLiteral("excel-ru")}).exitCode, 2);
        QCOMPARE(runCli(QStringList{QStringLiteral("query")} + data + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode, 2);
        const QByteArray help = runCli({QStringLiteral("--help")}).out;
        for (const char *option : {"--csv-dialect rfc4180|excel-ru", "xlsx", "--columns", "--paper a4|a3", "--picked"})
            QVERIFY2(help.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
