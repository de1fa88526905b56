// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset in PostGIS, on the throwaway cluster of scripts/test.sh: the sample published with
// sezview-cli publish, read back through GDAL's PostgreSQL driver with the same summary, and the
// cache of the database dataset refreshed after a change to a source table, not before.
#include "tests/register/postgrescluster.h"

#include "../clirun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using Run = sez::test::CliRun;

namespace {

Run cli(const QStringList &args)
{
    return sez::test::runCli(args);
}

// Equal, except that computed areas may differ in their last digits: publish writes the cache's
// geometry, kept to the millimetre (core/model/parcelgeometry.h), while the files' areas were
// computed from the source's full precision; counts, official areas and money are exact.
bool sameFigures(const QJsonValue &a, const QJsonValue &b, const QString &key = {})
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &k : x.keys())
            if (!sameFigures(x.value(k), y.value(k), k))
                return false;
        return true;
    }
    if (key.contains(QLatin1String("computed")) && a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <= 1e-6 * std::max(1.0, std::abs(b.toDouble())) + 0.01;
    return a == b;
}

} // namespace

class TestPostgis : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QStringList mServer;
    QString mDatabase;

    // Runs statements as the cluster's superuser in \a database.
    bool admin(const QString &database, const QStringList &statements, QString *error)
    {
        return PostgresCluster::admin(mServer, database, statements, error);
    }

    // The dataset in the database as \a role sees it.
    QString dataset(const QString &role) const
    {
        return QStringLiteral("PG:dbname=%1 %2 user=%3").arg(mDatabase, mServer.join(QLatin1Char(' ')), role);
    }

    static QJsonObject summary(const QString &dataset, const QString &cache)
    {
        const Run r = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), dataset, QStringLiteral("--cache"), cache,
                           QStringLiteral("--no-register"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SEZ_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(PostgresCluster::server(&mServer, &error), qPrintable(error));
        mDatabase = QStringLiteral("postgis_%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(admin(PostgresCluster::adminDatabase(), {QStringLiteral("CREATE DATABASE %1").arg(mDatabase)}, &error), qPrintable(error));
        QVERIFY2(admin(mDatabase, {QStringLiteral("CREATE EXTENSION postgis")}, &error), qPrintable(error));
        QVERIFY(mDir.isValid());
    }

    void cleanupTestCase()
    {
        QString ignored;
        if (!mDatabase.isEmpty())
            admin(PostgresCluster::adminDatabase(), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(mDatabase)}, &ignored);
    }

    void publishAndReadBackTheSameSummary()
    {
        const QString sampleCache = mDir.filePath(QStringLiteral("sample.gpkg"));
        Run r = cli({QStringLiteral("publish"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--cache"),
                     sampleCache, QStringLiteral("--to"), dataset(QStringLiteral("sez_admin"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("published 25000 parcels"), r.out.constData());

        // An analyst's desk reads it through GDAL's PostgreSQL driver, with the reader's rights.
        const QJsonObject fromFiles = summary(QStringLiteral(SEZ_SAMPLE_DIR), sampleCache);
        QJsonObject fromDatabase = summary(dataset(QStringLiteral("analyst")), mDir.filePath(QStringLiteral("pg.gpkg")));
        QVERIFY(!fromFiles.isEmpty());
        QVERIFY(!fromDatabase.isEmpty());
        for (const QString &key : fromFiles.keys()) {
            if (key.contains(QLatin1String("name")))
                continue;   // the dataset is named by where it is
            QVERIFY2(sameFigures(fromDatabase.value(key), fromFiles.value(key), key),
                     qPrintable(QStringLiteral("%1: %2 from the files, %3 from the database")
                                    .arg(key, QString::fromUtf8(QJsonDocument(QJsonObject{{key, fromFiles.value(key)}}).toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{key, fromDatabase.value(key)}}).toJson(QJsonDocument::Compact)))));
        }

        // A second publish never replaces what is there.
        r = cli({QStringLiteral("publish"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("--cache"),
                 sampleCache, QStringLiteral("--to"), dataset(QStringLiteral("sez_admin"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("exists already"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // A manifest whose layers name tables of the database, with a "fields" mapping as for files.
    void manifestNamingTables()
    {
        QJsonArray layers;
        for (const auto &[table, role] : {std::pair{"public.parcels", "parcels"}, std::pair{"zones", "zones"},
                                          std::pair{"districts", "districts"}})
            layers.append(QJsonObject{{QStringLiteral("path"), dataset(QStringLiteral("analyst"))},
                                      {QStringLiteral("layer"), QString::fromLatin1(table)},
                                      {QStringLiteral("role"), QString::fromLatin1(role)}});
        const QJsonObject manifest{{QStringLiteral("name"), QStringLiteral("Alatau from PostGIS")},
                                   {QStringLiteral("map_crs"), QStringLiteral("EPSG:32643")},
                                   {QStringLiteral("layers"), layers}};
        QDir(mDir.path()).mkpath(QStringLiteral("tables"));
        QFile file(mDir.filePath(QStringLiteral("tables/dataset.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        const QJsonObject fromTables = summary(file.fileName(), mDir.filePath(QStringLiteral("tables.gpkg")));
        const QJsonObject fromFiles = summary(QStringLiteral(SEZ_SAMPLE_DIR), mDir.filePath(QStringLiteral("sample.gpkg")));
        QVERIFY(!fromTables.isEmpty());
        QCOMPARE(fromTables.value(QStringLiteral("name")).toString(), QStringLiteral("Alatau from PostGIS"));
        QCOMPARE(fromTables.value(QStringLiteral("parcels")), fromFiles.value(QStringLiteral("parcels")));
        QVERIFY(sameFigures(fromTables.value(QStringLiteral("by_zone")), fromFiles.value(QStringLiteral("by_zone"))));

        // A table that is not there is named in one line.
        layers.append(QJsonObject{{QStringLiteral("path"), dataset(QStringLiteral("analyst"))},
                                  {QStringLiteral("layer"), QStringLiteral("no_such_table")}, {QStringLiteral("role"), QStringLiteral("zones")}});
        QJsonObject broken = manifest;
        broken.insert(QStringLiteral("layers"), layers);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(broken).toJson());
        file.close();
        const Run r = cli({QStringLiteral("summary"), QStringLiteral("--dataset"), file.fileName(), QStringLiteral("--cache"),
                           mDir.filePath(QStringLiteral("broken.gpkg")), QStringLiteral("--no-register")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no_such_table"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void cacheRefreshedAfterAChangeAndNotBefore()
    {
        const QString cache = mDir.filePath(QStringLiteral("refresh.gpkg"));
        const QStringList import = {QStringLiteral("import"), QStringLiteral("--dataset"), dataset(QStringLiteral("analyst")),
                                    QStringLiteral("--cache"), cache};
        Run r = cli(import);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("imported"), r.out.constData());
        r = cli(import);
        QVERIFY2(r.out.contains("is up to date"), r.out.constData());

        // The source table changes: the next open sees it and imports again, once.
        QString error;
        QVERIFY2(admin(mDatabase, {QStringLiteral("UPDATE parcels SET address = 'Alatau, Zhibek Zholy 1' WHERE fid = 1")}, &error),
                 qPrintable(error));
        r = cli(import);
        QVERIFY2(r.out.contains("imported") && r.out.contains("parcels"), r.out.constData());
        qInfo("%s", r.out.trimmed().constData());
        r = cli(import);
        QVERIFY2(r.out.contains("is up to date"), r.out.constData());
        const Run query = cli({QStringLiteral("query"), QStringLiteral("--dataset"), dataset(QStringLiteral("analyst")),
                               QStringLiteral("--cache"), cache, QStringLiteral("--no-register"), QStringLiteral("--where"),
                               QStringLiteral("address = 'Alatau, Zhibek Zholy 1'"), QStringLiteral("--fields"),
                               QStringLiteral("cadastral_number,address")});
        QVERIFY2(query.exitCode == 0, query.err.constData());
        QCOMPARE(query.out.trimmed().split('\n').size(), 2);   // the header and the parcel
    }
};

QTEST_GUILESS_MAIN(TestPostgis)
#include "tst_postgis.moc"
