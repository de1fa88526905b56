// SPDX-License-Identifier: GPL-3.0-or-later
// Every bad input of issue 11, run as a user runs sezview-cli: the exit code, the one line naming the
// file, the counts, and the user's files byte for byte as they were.
#include "../core/gdalfixture.h"
#include "../core/shapefixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>
#include <sys/types.h>

using namespace sez;

namespace {

// The files of the sample's zones shapefile, moved about by the manifest path cases.
constexpr const char *kZonesParts[] = {"shp", "shx", "dbf", "prj", "cpg"};

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    // SEZ_CLI runs the same tests against another build (to show that they fail before the fixes).
    p.start(qEnvironmentVariable("SEZ_CLI", QStringLiteral(SEZ_CLI_PATH)), args);
    Run r;
    // A hang is a failure, not a wait: the issue's worst input ran for more than 300 s.
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every file of a directory with its hash, to show that nothing was touched.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        files.insert(name, hashOf(QDir(dir).filePath(name)));
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

qint64 jsonParcels(const Run &run)
{
    for (const QJsonValue &layer : run.json().value(QStringLiteral("layers")).toArray())
        if (layer.toObject().value(QStringLiteral("name")).toString() == QLatin1String("parcels"))
            return layer.toObject().value(QStringLiteral("feature_count")).toInteger(-1);
    return -1;
}

QJsonObject parcelsLayer(const Run &run)
{
    for (const QJsonValue &layer : run.json().value(QStringLiteral("layers")).toArray())
        if (layer.toObject().value(QStringLiteral("name")).toString() == QLatin1String("parcels"))
            return layer.toObject();
    return {};
}

// The one line a bad input must give: exit 1, a single line on stderr that names the file.
bool isOneLineNaming(const Run &run, const QString &file)
{
    return run.exitCode == 1 && run.err.count(QLatin1Char('\n')) == 1 && run.err.contains(file);
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mGenerated;     // 1000 generated parcels, never changed
    QProcessEnvironment mEnv;
    int mCase = 0;

    // A fresh copy of the generated dataset for one test.
    QString freshDataset()
    {
        const QString dir = mDir.filePath(QStringLiteral("case-%1").arg(++mCase));
        QDir().mkpath(dir);
        for (const QString &name : QDir(mGenerated).entryList(QDir::Files))
            QFile::copy(QDir(mGenerated).filePath(name), QDir(dir).filePath(name));
        return dir;
    }

    Run cli(const QStringList &args) { return runCli(args, mEnv); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mEnv = QProcessEnvironment::systemEnvironment();
        // sezview's own cache directory, private to this test.
        mEnv.insert(QStringLiteral("XDG_CACHE_HOME"), mDir.filePath(QStringLiteral("xdg-cache")));
        mGenerated = mDir.filePath(QStringLiteral("generated"));
        const Run generated = cli({QStringLiteral("generate"), QStringLiteral("--parcels"), QStringLiteral("1000"),
                                   QStringLiteral("--out"), mGenerated});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    }

    // Case 1: a user's file given as --cache is never replaced.
    void cacheThatIsNotACacheIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a user's GeoPackage") << QStringLiteral("gpkg");
        QTest::newRow("any file") << QStringLiteral("text");
        QTest::newRow("a source of the dataset") << QStringLiteral("source");
    }
    void cacheThatIsNotACacheIsRefused()
    {
        QFETCH(QString, kind);
        const QString dataset = freshDataset();
        QString userFile = mDir.filePath(QStringLiteral("user-%1.gpkg").arg(mCase));
        if (kind == QLatin1String("gpkg")) {
            const Run made = cli({QStringLiteral("query"), QStringLiteral("--dataset"), dataset, QStringLiteral("--format"),
                                  QStringLiteral("gpkg"), QStringLiteral("-o"), userFile, QStringLiteral("--where"),
                                  QStringLiteral("status = 'free'")});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        } else if (kind == QLatin1String("text")) {
            test::writeFile(userFile, "my notes, not a cache\n");
        } else {
            userFile = QDir(dataset).filePath(QStringLiteral("parcels.dbf"));
        }
        const QByteArray before = hashOf(userFile);
        for (const QString &command : {QStringLiteral("import"), QStringLiteral("query"), QStringLiteral("stats")}) {
            const Run run = cli({command, QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), userFile});
            QVERIFY2(isOneLineNaming(run, userFile), qPrintable(command + QLatin1String(": ") + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("untouched")), qPrintable(run.err));
            QCOMPARE(hashOf(userFile), before);
        }
    }

    // Case 1, the other side: a damaged cache in sezview's own cache directory is rebuilt.
    void damagedCacheInOwnDirectoryIsRebuilt()
    {
        const QString dataset = freshDataset();
        const Run first = cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString cachePath = first.out.section(QStringLiteral(" into "), 1).section(QStringLiteral(" in "), 0, 0);
        QVERIFY2(QFile::exists(cachePath), qPrintable(first.out));
        test::writeFile(cachePath, QByteArray(70000, 'x'));
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("could not be used")), qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("imported 1000 parcels")));
    }

    // Case 2: -o naming a source file, a sidecar, the manifest or the cache is refused, untouched.
    void outputOverASourceIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("target");
        QTest::newRow("csv over the .dbf") << "query" << "csv" << "parcels.dbf";
        QTest::newRow("shp over the .shp") << "query" << "shp" << "parcels.shp";
        QTest::newRow("shp whose .dbf is a source") << "query" << "shp" << "zones.shp";
        QTest::newRow("json over the manifest") << "query" << "json" << "dataset.json";
        QTest::newRow("csv as a new index beside a layer") << "query" << "csv" << "infra_objects.qix";
        QTest::newRow("gpkg over the cache") << "query" << "gpkg" << "<cache>";
        QTest::newRow("report over the .shx") << "report" << "" << "parcels.shx";
        QTest::newRow("render through a link to the .dbf") << "render" << "" << "<link>.png";
    }
    void outputOverASourceIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, format);
        QFETCH(QString, target);
        const QString dataset = freshDataset();
        const QString cachePath = mDir.filePath(QStringLiteral("cache-%1.gpkg").arg(mCase));
        QString output = QDir(dataset).filePath(target);
        if (target == QLatin1String("<cache>"))
            output = cachePath;
        if (target == QLatin1String("<link>.png")) {
            output = mDir.filePath(QStringLiteral("link-%1.png").arg(mCase));
            QVERIFY(QFile::link(QDir(dataset).filePath(QStringLiteral("parcels.dbf")), output));
        }
        QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath}).exitCode == 0);
        const auto sources = snapshot(dataset);
        const QByteArray cacheBefore = hashOf(cachePath);
        QStringList args = {command, QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath,
                            QStringLiteral("-o"), output};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("Choose another output file")), qPrintable(run.err));
        QCOMPARE(snapshot(dataset), sources);
        QCOMPARE(hashOf(cachePath), cacheBefore);
        // The dataset still reads whole.
        const Run info = cli({QStringLiteral("info"), dataset, QStringLiteral("--json")});
        QCOMPARE(jsonParcels(info), qint64(1000));
    }

    // Case 3: coordinates no CRS can hold are dropped and counted, in a moment.
    void impossibleCoordinatesAreCountedNotRepairedForever()
    {
        const QString base = mDir.filePath(QStringLiteral("huge"));
        std::vector<std::vector<QPointF>> rings;
        for (int i = 0; i < 5; ++i) {
            const double x = 660000 + i * 100;
            rings.push_back({{x, 4840000}, {x, 4840050}, {x + 50, 4840050}, {x + 50, 4840000}, {x, 4840000}});
        }
        // A self-intersecting ring around 1e300: GEOS's snapping noder never finished on it.
        rings.push_back({{1e300, 1e300}, {-1e300, 1.1e300}, {1.2e300, -1e300}, {-1.3e300, -1.2e300}, {0.9e300, 1.05e300},
                         {1e300, 1e300}});
        test::makePolygonShp(base, rings);
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"KAD_NOMER", 14}}, {{"1"}, {"2"}, {"3"}, {"4"}, {"5"}, {"6"}}));
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
        const Run run = cli({QStringLiteral("info"), base + QStringLiteral(".shp"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject layer = run.json().value(QStringLiteral("layers")).toArray().at(0).toObject();
        const QJsonObject damage = layer.value(QStringLiteral("damage")).toObject();
        QCOMPARE(damage.value(QStringLiteral("impossible_coordinates")).toInt(), 1);
        QCOMPARE(layer.value(QStringLiteral("feature_count")).toInt(), 6);
        QVERIFY(layer.value(QStringLiteral("warnings")).toArray().at(0).toString().contains(QStringLiteral("1 of 6 geometries")));
    }

    // Case 4: a deleted .dbf is an error naming it, also when a cache was made before.
    void missingDbfIsAnErrorNamingIt()
    {
        const QString dataset = freshDataset();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset}).exitCode, 0);
        QVERIFY(QFile::remove(QDir(dataset).filePath(QStringLiteral("parcels.dbf"))));
        for (const QString &command : {QStringLiteral("summary"), QStringLiteral("query"), QStringLiteral("import")}) {
            const Run run = cli({command, QStringLiteral("--dataset"), dataset});
            QVERIFY2(isOneLineNaming(run, QStringLiteral("parcels.dbf")), qPrintable(command + QLatin1String(": ") + run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    // Case 4 for MapInfo: a .tab without its .dat, .map or .id is an error naming the missing file,
    // as a shapefile without its .dbf is (GDAL's own message for a missing .id did not say what to do).
    void missingMapInfoPartIsAnErrorNamingIt_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow(".dat") << QStringLiteral("dat");
        QTest::newRow(".map") << QStringLiteral("map");
        QTest::newRow(".id") << QStringLiteral("id");
        QTest::newRow("none missing") << QString();
    }
    void missingMapInfoPartIsAnErrorNamingIt()
    {
        QFETCH(QString, part);
        const QString dir = mDir.filePath(QStringLiteral("tab-%1").arg(++mCase));
        QVERIFY(QDir().mkpath(dir));
        const QString tab = dir + QStringLiteral("/parcels.tab");
        const QString error = test::translate(mGenerated + QStringLiteral("/parcels.shp"), tab,
                                              {QStringLiteral("-f"), QStringLiteral("MapInfo File"), QStringLiteral("-lco"),
                                               QStringLiteral("ENCODING=CP1251")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (part.isEmpty()) {
            const Run run = cli({QStringLiteral("info"), tab, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.json().value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("feature_count")).toInt(), 1000);
            return;
        }
        const QString missing = dir + QStringLiteral("/parcels.") + part;
        QVERIFY(QFile::remove(missing));
        const auto before = snapshot(dir);
        const Run run = cli({QStringLiteral("info"), tab});
        QVERIFY2(isOneLineNaming(run, tab), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("the file parcels.%1 is missing").arg(part)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshot(dir), before);
    }

    // A table of type DBF keeps its records in a .dbf, not a .dat: read, and its .dbf is what it needs.
    void mapInfoTableOfTypeDbfNeedsItsDbf()
    {
        const QString dir = mDir.filePath(QStringLiteral("tabdbf-%1").arg(++mCase));
        QVERIFY(QDir().mkpath(dir));
        const QString tab = dir + QStringLiteral("/parcels.tab");
        // Without the lease dates: GDAL 3.6 reads an empty date of a DBF table by copying a string onto
        // itself (strcpy with the same source and destination), which fails the sanitizer run (see
        // docs/RELIABILITY.md, finding 7); the release build reads it all.
        const QString error = test::translate(mGenerated + QStringLiteral("/parcels.shp"), tab,
                                              {QStringLiteral("-f"), QStringLiteral("MapInfo File"), QStringLiteral("-lco"),
                                               QStringLiteral("ENCODING=CP1251"), QStringLiteral("-select"),
                                               QStringLiteral("KAD_NOMER,PLOSHAD,KATEGORIA,CEL_NAZN,ZONA,STATUS,INVESTOR,ADRES")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QFile::rename(dir + QStringLiteral("/parcels.dat"), dir + QStringLiteral("/parcels.dbf")));
        QByteArray header = readAll(tab);
        QVERIFY(header.contains("Type NATIVE"));
        header.replace("Type NATIVE", "Type DBF");
        test::writeFile(tab, header);
        const Run run = cli({QStringLiteral("info"), tab, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("feature_count")).toInt(), 1000);
        QVERIFY(QFile::remove(dir + QStringLiteral("/parcels.dbf")));
        const Run missing = cli({QStringLiteral("info"), tab});
        QVERIFY2(isOneLineNaming(missing, tab), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("the file parcels.dbf is missing")), qPrintable(missing.err));
    }

    // Found by fuzzing MapInfo tables: a layer whose extent is no place on Earth (coordinates of
    // 1e280 in a geographic CRS) made the map CRS choice convert an absurd span to an integer
    // ("the data spans -9223372036854775808° of longitude"). The extent is refused, and said.
    void impossibleExtentIsRefusedAndSaid_data()
    {
        QTest::addColumn<QByteArray>("farPoint");
        QTest::newRow("one far point") << QByteArray("[1e280, 43.65]");
        QTest::newRow("far on both sides") << QByteArray("[-1e280, 43.65]},\"properties\":{\"KAD_NOMER\":\"3\"}},"
                                                         "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e280, -1e280]");
        QTest::newRow("latitude only") << QByteArray("[76.95, 1e280]");
    }
    void impossibleExtentIsRefusedAndSaid()
    {
        QFETCH(QByteArray, farPoint);
        const QString path = mDir.filePath(QStringLiteral("extent-%1.geojson").arg(++mCase));
        test::writeFile(path, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[76.95, 43.65]},"properties":{"KAD_NOMER":"1"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":)" + farPoint + R"(},"properties":{"KAD_NOMER":"2"}}]})");
        const Run run = cli({QStringLiteral("info"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("922337203685477")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("map CRS EPSG:32643")), qPrintable(run.out));
        QVERIFY2((run.out + run.err).contains(QStringLiteral("not one of longitudes and latitudes")), qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("extent:")), qPrintable(run.out));
        const Run json = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QVERIFY(json.json().value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("extent_lonlat")).isNull());
    }

    // Case 5: a damaged .dbf header is found and said; no column slides into another.
    void damagedDbfHeaderIsSaid_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a field of length 255") << 255 << "add up to";
        QTest::newRow("a field of length 0") << 0 << "length of 0";
    }
    void damagedDbfHeaderIsSaid()
    {
        QFETCH(int, damage);
        QFETCH(QString, expected);
        const QString dataset = freshDataset();
        const QString dbf = QDir(dataset).filePath(QStringLiteral("parcels.dbf"));
        // The length of the fourth field (CEL_NAZN after KAD_NOMER, PLOSHAD, KATEGORIA).
        QVERIFY(patch(dbf, 32 + 3 * 32 + 16, QByteArray(1, char(damage))));
        const Run run = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset});
        QVERIFY2(isOneLineNaming(run, dbf), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }
    void dbfRecordCountBeyondTheFileIsSaid()
    {
        const QString dataset = freshDataset();
        const QString dbf = QDir(dataset).filePath(QStringLiteral("parcels.dbf"));
        QByteArray count(4, '\0');
        qToLittleEndian<quint32>(2'000'000'000u, count.data());
        QVERIFY(patch(dbf, 4, count));
        const Run run = cli({QStringLiteral("info"), dataset, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString warnings = parcelsLayer(run).value(QStringLiteral("warnings")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("promises 2,000,000,000 records but the file holds 1,000 whole")), qPrintable(warnings));
        QCOMPARE(jsonParcels(run), qint64(1000));
    }

    // Case 6: a truncated .shp is counted truly in the warning, in info and in the summary.
    void truncatedShpIsCountedTrulyEverywhere()
    {
        const QString dataset = freshDataset();
        const QString shp = QDir(dataset).filePath(QStringLiteral("parcels.shp"));
        const QString shx = QDir(dataset).filePath(QStringLiteral("parcels.shx"));
        QFile file(shp);
        const qint64 cut = file.size() / 3;
        QVERIFY(file.resize(cut));
        // The records that end before the cut, from the index: those are the whole ones.
        const QByteArray index = readAll(shx);
        qint64 whole = 0;
        for (qint64 at = 100; at + 8 <= index.size(); at += 8) {
            const qint64 offset = 2 * qint64(qFromBigEndian<qint32>(index.constData() + at));
            const qint64 length = 2 * qint64(qFromBigEndian<qint32>(index.constData() + at + 4));
            whole += offset + 8 + length <= cut ? 1 : 0;
        }
        QVERIFY(whole > 100 && whole < 900);
        const Run info = cli({QStringLiteral("info"), dataset, QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QCOMPARE(jsonParcels(info), whole);
        const QString warnings = parcelsLayer(info).value(QStringLiteral("warnings")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("%1 of 1,000 features could not be read").arg(QLocale(QLocale::English).toString(1000 - whole)))
                     && warnings.contains(QStringLiteral("features read whole: %1").arg(whole)), qPrintable(warnings));
        const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset, QStringLiteral("--json")});
        QCOMPARE(summary.json().value(QStringLiteral("parcels")).toInteger(), whole);
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--dataset"), dataset, QStringLiteral("--json")});
        QCOMPARE(stats.json().value(QStringLiteral("count")).toInteger(), whole);
    }

    // Case 7: a .prj of random bytes is said to be unreadable, not missing.
    void unreadablePrjIsSaid()
    {
        const QString dataset = freshDataset();
        QByteArray junk;
        for (int i = 0; i < 400; ++i)
            junk += char((i * 7919 + 13) & 0xFF);
        const QString prj = QDir(dataset).filePath(QStringLiteral("parcels.prj"));
        test::writeFile(prj, junk);
        const Run run = cli({QStringLiteral("info"), dataset, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString warnings = parcelsLayer(run).value(QStringLiteral("warnings")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(prj + QStringLiteral(": the .prj cannot be read")), qPrintable(warnings));
        QVERIFY(!warnings.contains(QStringLiteral("no .prj")));
        QCOMPARE(jsonParcels(run), qint64(1000));
    }

    // Case 8: an import whose cache cannot be written fails.
    void importThatCannotWriteItsCacheFails()
    {
        const QString dataset = freshDataset();
        const QString cachePath = QStringLiteral("/proc/sezview/cannot/cache.gpkg");
        const Run import = cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath});
        QVERIFY2(isOneLineNaming(import, cachePath), qPrintable(import.err + import.out));
        QVERIFY(import.out.isEmpty());
        // Other commands go on from memory, with a warning.
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath});
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.err.contains(QStringLiteral("could not be written")));
    }

    // Case 9: the leftovers of a killed import are removed at the next start; a live one's stay.
    void leftoversOfDeadProcessesAreRemoved()
    {
        const QString dataset = freshDataset();
        const QString cachePath = mDir.filePath(QStringLiteral("leftovers/cache.gpkg"));
        QDir().mkpath(QFileInfo(cachePath).absolutePath());
        QProcess dead;
        dead.start(QStringLiteral("true"), QStringList());
        QVERIFY(dead.waitForFinished());
        const qint64 deadPid = dead.processId() > 0 ? dead.processId() : 999'999;
        const QString deadLeftover = QStringLiteral("%1.tmp-%2-0badcafe").arg(cachePath).arg(deadPid);
        const QString liveLeftover = QStringLiteral("%1.tmp-%2-0badcafe").arg(cachePath).arg(QCoreApplication::applicationPid());
        const QString notOurs = QStringLiteral("%1.tmp-notes").arg(cachePath);
        for (const QString &f : {deadLeftover, liveLeftover, notOurs})
            test::writeFile(f, "half a cache");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(deadLeftover));
        QVERIFY(QFile::exists(liveLeftover));
        QVERIFY(QFile::exists(notOurs));
    }

    // Case 10: an edit that keeps size and time is caught in a small file always, in any file with --verify.
    void editKeepingSizeAndTimeIsCaught()
    {
        const QString dataset = freshDataset();
        const QString cachePath = mDir.filePath(QStringLiteral("verify-%1.gpkg").arg(mCase));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath}).exitCode, 0);
        const QString dbf = QDir(dataset).filePath(QStringLiteral("parcels.dbf"));
        const QDateTime modified = QFileInfo(dbf).lastModified();
        const QByteArray bytes = readAll(dbf);
        const qsizetype at = bytes.indexOf("03-");
        QVERIFY(at > 0);
        QVERIFY(patch(dbf, at, "99-"));
        QFile touched(dbf);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(modified, QFileDevice::FileModificationTime));
        touched.close();
        QCOMPARE(QFileInfo(dbf).lastModified(), modified);
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--verify")}}) {
            const Run run = cli(QStringList{QStringLiteral("import"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cachePath} + extra);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QStringLiteral("parcels.dbf changed (its content differs)")), qPrintable(run.out));
            QVERIFY(patch(dbf, at, "98-"));
            touched.setFileName(dbf);
            QVERIFY(touched.open(QIODevice::ReadWrite) && touched.setFileTime(modified, QFileDevice::FileModificationTime));
            touched.close();
        }
    }

    // Case 11: a manifest's layer path may not be a device or a FIFO, and one leaving the folder is said.
    void manifestPathsAreChecked_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a device") << QStringLiteral("/dev/zero");
        QTest::newRow("a FIFO") << QStringLiteral("<fifo>");
    }
    void manifestPathsAreChecked()
    {
        QFETCH(QString, path);
        const QString dataset = freshDataset();
        if (path == QLatin1String("<fifo>")) {
            path = QDir(dataset).filePath(QStringLiteral("pipe.shp"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const QString manifest = QDir(dataset).filePath(QStringLiteral("dataset.json"));
        QJsonObject root = QJsonDocument::fromJson(readAll(manifest)).object();
        QJsonArray layers = root.value(QStringLiteral("layers")).toArray();
        QJsonObject first = layers.at(0).toObject();
        first.insert(QStringLiteral("path"), path);
        layers.replace(0, first);
        root.insert(QStringLiteral("layers"), layers);
        test::writeFile(manifest, QJsonDocument(root).toJson());
        const Run run = cli({QStringLiteral("info"), dataset});
        QVERIFY2(isOneLineNaming(run, path), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("not a regular file")));
        // The same path given directly.
        const Run direct = cli({QStringLiteral("info"), path});
        QVERIFY2(isOneLineNaming(direct, path), qPrintable(direct.err));
    }
    // Found by fuzz_manifest: a value quoted in the message must not break the one line.
    void errorQuotingANewlineIsStillOneLine()
    {
        const QString dataset = freshDataset();
        const QString manifest = QDir(dataset).filePath(QStringLiteral("dataset.json"));
        QByteArray text = readAll(manifest);
        text.replace("\"role\": \"parcels\"", "\"role\": \"par\\ncels\"");
        test::writeFile(manifest, text);
        const Run run = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset});
        QVERIFY2(isOneLineNaming(run, manifest), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("unknown role")));
    }

    // Found by fuzz_manifest: a file name that starts with ':' is a file of the folder, not one of
    // Qt's resources (QFileInfo takes ":name" for an absolute resource path).
    void manifestPathStartingWithAColonIsAFileOfTheFolder()
    {
        const QString dataset = freshDataset();
        for (const char *suffix : kZonesParts)
            QVERIFY(QFile::rename(QDir(dataset).filePath(QStringLiteral("zones.") + QLatin1String(suffix)),
                                  dataset + QStringLiteral("/:zones.") + QLatin1String(suffix)));   // not QDir::filePath: the same trap
        const QString manifest = QDir(dataset).filePath(QStringLiteral("dataset.json"));
        QByteArray text = readAll(manifest);
        text.replace("\"zones.shp\"", "\":zones.shp\"");
        test::writeFile(manifest, text);
        const Run run = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("zones")), qPrintable(run.err));
    }

    void manifestPathLeavingTheFolderIsSaid()
    {
        const QString dataset = freshDataset();
        const QString elsewhere = mDir.filePath(QStringLiteral("elsewhere-%1").arg(mCase));
        QDir().mkpath(elsewhere);
        for (const char *suffix : kZonesParts)
            QVERIFY(QFile::rename(QDir(dataset).filePath(QStringLiteral("zones.") + QLatin1String(suffix)),
                                  QDir(elsewhere).filePath(QStringLiteral("zones.") + QLatin1String(suffix))));
        const QString manifest = QDir(dataset).filePath(QStringLiteral("dataset.json"));
        QByteArray text = readAll(manifest);
        text.replace("\"zones.shp\"", "\"../" + QFileInfo(elsewhere).fileName().toUtf8() + "/zones.shp\"");
        test::writeFile(manifest, text);
        const Run run = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("outside the dataset's folder")) && run.err.contains(QStringLiteral("zones.shp")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
