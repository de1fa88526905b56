// SPDX-License-Identifier: GPL-3.0-or-later
// Faults injected into the cache: a full disk or a failing device at every point of the write, a
// process killed at each phase of an import, read-only and missing cache directories. Whatever
// happens, the old cache is served or there is none: never a broken one, never a leftover.
#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"
#include "faultvfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sez;
using sez::test::FaultVfs;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "none";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

std::unique_ptr<ParcelCache> openCache(const QString &dataset, const QString &cachePath, QString *error)
{
    ParcelCache::Options options;
    options.cachePath = cachePath;
    return ParcelCache::open(dataset, options, error);
}

int runCli(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SEZ_CLI_PATH), args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mDataset;
    QByteArray mManifest;     // the dataset.json as generated
    qint64 mCleanWriteBytes = 0;
    int mInjected = 0, mSurvived = 0, mKills = 0;

    // The dataset as it was made, or changed so that a cache of it is stale.
    void setDataset(bool changed)
    {
        QByteArray manifest = mManifest;
        if (changed)
            manifest.replace("\"name\": \"", "\"name\": \"changed ");
        writeAll(QDir(mDataset).filePath(QStringLiteral("dataset.json")), manifest);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mDataset = mDir.filePath(QStringLiteral("dataset"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("generate"), QStringLiteral("--parcels"), QStringLiteral("1000"), QStringLiteral("--out"), mDataset}, &err) == 0,
                 qPrintable(err));
        mManifest = readAll(QDir(mDataset).filePath(QStringLiteral("dataset.json")));
        QVERIFY(mManifest.contains("\"name\": \""));
        FaultVfs::install();
        // How many bytes a whole cache write takes, to spread the failures over all of it.
        const long long before = FaultVfs::written();
        QString error;
        QTemporaryDir dir;
        QVERIFY2(openCache(mDataset, dir.filePath(QStringLiteral("clean.gpkg")), &error), qPrintable(error));
        mCleanWriteBytes = FaultVfs::written() - before;
        QVERIFY(mCleanWriteBytes > 100'000);
    }

    void writeFailuresLeaveTheOldCacheOrNone_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("oldCache");
        QTest::addColumn<int>("tenths");
        for (int code : {SQLITE_FULL, SQLITE_IOERR_WRITE})
            for (bool old : {false, true})
                for (int tenths = 0; tenths <= 10; ++tenths)
                    QTest::addRow("%s, %s, after %d/10 of the bytes", code == SQLITE_FULL ? "disk full" : "I/O error",
                                  old ? "over an old cache" : "first import", tenths) << code << old << tenths;
    }
    void writeFailuresLeaveTheOldCacheOrNone()
    {
        QFETCH(int, code);
        QFETCH(bool, oldCache);
        QFETCH(int, tenths);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.gpkg"));
        QString error;
        setDataset(false);
        if (oldCache)
            QVERIFY2(openCache(mDataset, cachePath, &error), qPrintable(error));
        const QByteArray before = hashOf(cachePath);
        setDataset(true);   // the old cache is stale: the next open rebuilds it
        // The last point fails the very last byte.
        FaultVfs::failWritesAfter(tenths < 10 ? mCleanWriteBytes * tenths / 10 : mCleanWriteBytes - 1, code);
        auto failed = openCache(mDataset, cachePath, &error);
        const int failures = FaultVfs::failures();
        FaultVfs::disarm();
        ++mInjected;
        QVERIFY2(failures > 0, "no write failed: the budget is past the end of the write");
        // It goes on from the sources, says so, and leaves the old cache (or none) and no leftover.
        QVERIFY2(failed, qPrintable(error));
        QVERIFY(failed->cachePath().isEmpty());
        QVERIFY(failed->writeError().startsWith(cachePath));
        QCOMPARE(failed->store()->size(), qint64(1000));
        QCOMPARE(hashOf(cachePath), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 oldCache ? QStringList{QStringLiteral("cache.gpkg")} : QStringList());
        // The old cache, for the old sources, is served as it was; for the new ones it is rebuilt.
        setDataset(false);
        if (oldCache) {
            auto served = openCache(mDataset, cachePath, &error);
            QVERIFY2(served && !served->rebuilt(), qPrintable(error + (served ? served->rebuildReason() : QString())));
            QCOMPARE(served->store()->size(), qint64(1000));
        }
        ++mSurvived;
    }

    // A read-only cache directory: the cache is not written, the data is served from the sources,
    // and a fresh cache already there is still served.
    void readOnlyCacheDirectory()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.gpkg"));
        setDataset(false);
        QString error;
        FaultVfs::refuseWritableOpens(true);
        auto noCache = openCache(mDataset, cachePath, &error);
        FaultVfs::disarm();
        QVERIFY2(noCache, qPrintable(error));
        QVERIFY(noCache->cachePath().isEmpty());
        QCOMPARE(noCache->store()->size(), qint64(1000));
        QVERIFY(!QFile::exists(cachePath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(openCache(mDataset, cachePath, &error));
        const QByteArray written = hashOf(cachePath);
        FaultVfs::refuseWritableOpens(true);
        auto served = openCache(mDataset, cachePath, &error);
        FaultVfs::disarm();
        QVERIFY2(served && !served->rebuilt(), qPrintable(error));
        QCOMPARE(served->cachePath(), cachePath);
        QCOMPARE(hashOf(cachePath), written);
    }

    void missingCacheDirectory()
    {
        QTemporaryDir dir;
        setDataset(false);
        QString error;
        // One that can be made is made.
        const QString nested = dir.filePath(QStringLiteral("not/yet/there/cache.gpkg"));
        auto made = openCache(mDataset, nested, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->cachePath(), nested);
        // One that cannot: served from the sources.
        auto impossible = openCache(mDataset, QStringLiteral("/proc/sezview/no/cache.gpkg"), &error);
        QVERIFY2(impossible, qPrintable(error));
        QVERIFY(impossible->cachePath().isEmpty());
        QVERIFY(impossible->writeError().contains(QStringLiteral("/proc/sezview/no/cache.gpkg")));
    }

    // kill -9 at each phase of an import, with and without an old cache. The import pauses at the
    // named point (SEZ_TEST_PAUSE_AT) so the kill lands there and nowhere else.
    void killedImportLeavesTheOldCacheOrNone_data()
    {
        QTest::addColumn<QString>("pauseAt");
        QTest::addColumn<bool>("oldCache");
        for (bool old : {false, true})
            for (const char *point : {"reading:0", "reading:500", "computing:0", "computing:500", "writing:0", "writing:1000", "writing:2000"})
                QTest::addRow("%s, %s", point, old ? "over an old cache" : "first import") << QString::fromLatin1(point) << old;
    }
    void killedImportLeavesTheOldCacheOrNone()
    {
        QFETCH(QString, pauseAt);
        QFETCH(bool, oldCache);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.gpkg"));
        const QStringList import = {QStringLiteral("import"), QStringLiteral("--dataset"), mDataset, QStringLiteral("--cache"), cachePath};
        setDataset(false);
        if (oldCache)
            QCOMPARE(runCli(import), 0);
        const QByteArray before = hashOf(cachePath);
        setDataset(true);
        QProcess victim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEZ_TEST_PAUSE_AT"), pauseAt);
        victim.setProcessEnvironment(env);
        victim.setReadChannel(QProcess::StandardError);
        victim.start(QStringLiteral(SEZ_CLI_PATH), import);
        QByteArray err;
        while (!err.contains("sezview: paused at") && victim.waitForReadyRead(30'000))
            err += victim.readAllStandardError();
        QVERIFY2(err.contains("sezview: paused at " + pauseAt.section(QLatin1Char(':'), 0, 0).toUtf8()), err.constData());
        victim.kill();   // SIGKILL: no handler runs, nothing is cleaned up
        QVERIFY(victim.waitForFinished());
        ++mKills;
        QCOMPARE(hashOf(cachePath), before);
        // The next start cleans what the killed one left, and the data reads whole.
        setDataset(false);
        QString out;
        QCOMPARE(runCli(import, &out), 0);
        QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList{QStringLiteral("cache.gpkg")});
        QString error;
        auto served = openCache(mDataset, cachePath, &error);
        QVERIFY2(served && !served->rebuilt(), qPrintable(error));
        QCOMPARE(served->store()->size(), qint64(1000));
    }

    void cleanupTestCase()
    {
        // The figures docs/RELIABILITY.md quotes.
        qInfo("injected write failures: %d, survived: %d; imports killed: %d", mInjected, mSurvived, mKills);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
