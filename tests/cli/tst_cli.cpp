// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli as a script uses it: exit codes, one-line errors, JSON it can parse.
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
