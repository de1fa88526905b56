// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli as a script uses it: exit codes, one-line errors, JSON it can parse.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SEZ_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(300'000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

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
        const Run r = runCli({QStringLiteral("summary"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QVERIFY(std::abs(s.value(QStringLiteral("sez_area_ha")).toDouble() - 97'900) < 490);
        QCOMPARE(s.value(QStringLiteral("projects")).toInt(), 41);
        QCOMPARE(s.value(QStringLiteral("projects_under_implementation")).toInt(), 18);
        const Run text = runCli({QStringLiteral("summary")});   // the bundled sample by default
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("SEZ area"));
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
        const QByteArray zoomed = image({QStringLiteral("--bbox"), QStringLiteral("77.05,43.70,77.08,43.72")}, QStringLiteral("zoomed.png"));
        const QByteArray svg = image({}, QStringLiteral("map.svg"));
        QVERIFY(zone.startsWith("\x89PNG"));
        QVERIFY(!status.isEmpty() && status != zone);
        QVERIFY(!zoomed.isEmpty() && zoomed != zone);
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
