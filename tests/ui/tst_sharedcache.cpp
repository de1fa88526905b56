// SPDX-License-Identifier: GPL-3.0-or-later
// One cache per dataset, found by the viewer and the command line alike (issue 13's defect): what
// `sezview-cli import` wrote, the viewer reopens without importing, and the caches the viewer kept
// in its old place ($XDG_CACHE_HOME/sezview/sezview) are taken over once or removed.
#include "core/cache/parcelcache.h"
#include "ui/mainwindow.h"
#include "ui/viewersession.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sez;

namespace {

// A file's identity and last write, to the nanosecond: unchanged means nobody wrote or replaced it.
struct FileStamp
{
    dev_t device = 0;
    ino_t inode = 0;
    qint64 mtimeNs = 0;
    qint64 size = 0;
    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino, qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec, qint64(st.st_size)};
}

} // namespace

class TestSharedCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mHome;
    std::unique_ptr<ViewerSession> mSession;
    QString mShared; // the cache the command line wrote

    QString cacheHome() const { return mHome.filePath(QStringLiteral("cache")); }
    // Where the viewer kept its caches before: Qt's CacheLocation with its organisation's name.
    QString oldViewerDirectory() const { return cacheHome() + QStringLiteral("/sezview/sezview"); }

    // Every cache file under $XDG_CACHE_HOME, wherever a program put it.
    QStringList cacheFiles() const
    {
        QStringList files;
        QDirIterator it(cacheHome(), {QStringLiteral("*.gpkg")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // Opens the sample in the viewer's window, as `sezview` with no --cache-dir does.
    bool openInViewer()
    {
        MainWindow *window = mSession->window();
        QSignalSpy opened(window, &MainWindow::datasetOpened);
        window->openDataset(QStringLiteral(SEZ_SAMPLE_DIR));
        return opened.wait(300'000) && opened.constFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mHome.isValid());
        // The real viewer's identity (app/sezview.cpp), not Qt's test mode: the defect lay in
        // where that identity put the cache. Settings and caches stay in this test's directory.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mHome.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("sezview"));
        QCoreApplication::setApplicationName(QStringLiteral("sezview"));
        mSession = std::make_unique<ViewerSession>(QStringLiteral("en"));
        mSession->window()->resize(1000, 700);
        mSession->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(mSession->window()));
    }

    void cleanupTestCase() { mSession.reset(); }

    // sezview-cli with \a args and $XDG_CACHE_HOME at \a cacheHome; true when it exits with 0.
    bool runCli(const QStringList &args, const QString &cacheHome)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), mHome.filePath(QStringLiteral("config")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SEZ_CLI_PATH), args);
        if (!cli.waitForFinished(300'000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            qWarning("%s", cli.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // The command line imports, with the same $XDG_CACHE_HOME; the viewer then opens the dataset
    // from that cache: no import, the same file, not written again, and no second copy.
    void viewerReopensWhatTheCommandLineImported()
    {
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR)}, cacheHome()));
        const QStringList imported = cacheFiles();
        QCOMPARE(imported.size(), 1);
        const QString file = imported.constFirst();
        QCOMPARE(QFileInfo(file).absolutePath(), cacheHome() + QStringLiteral("/sezview"));
        mShared = file;
        const FileStamp before = stampOf(file);
        QVERIFY(before.inode != 0);
        QTest::qWait(20); // a rewrite would show in the nanosecond mtime

        QVERIFY(openInViewer());
        const ParcelCache *cache = mSession->window()->cache();
        QVERIFY2(!cache->rebuilt(), qPrintable(cache->rebuildReason()));
        QCOMPARE(QFileInfo(cache->cachePath()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        const QString status = mSession->window()->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("loaded")) && !status.contains(QStringLiteral("imported")), qPrintable(status));
        QVERIFY(stampOf(file) == before);
        QCOMPARE(cacheFiles(), imported);
    }

    // A cache the viewer kept in its old place, with none in the shared directory, is taken over
    // (moved, not imported again) and the old folder goes.
    void oldViewerCacheIsTakenOverOnce()
    {
        const QString shared = mShared;
        QVERIFY(QFileInfo::exists(shared));
        QVERIFY(QDir().mkpath(oldViewerDirectory()));
        const QString old = QDir(oldViewerDirectory()).filePath(QFileInfo(shared).fileName());
        QVERIFY(QFile::rename(shared, old));
        const FileStamp before = stampOf(old);

        QVERIFY(openInViewer());
        const ParcelCache *cache = mSession->window()->cache();
        QVERIFY2(!cache->rebuilt(), qPrintable(cache->rebuildReason()));
        QCOMPARE(cache->cachePath(), shared);
        QVERIFY(stampOf(shared) == before);
        QVERIFY(!QFileInfo::exists(oldViewerDirectory()));
        QCOMPARE(cacheFiles(), QStringList{shared});
    }

    // When the shared directory has the dataset's cache, the old copy is removed, not used.
    void oldViewerCopyBesideTheSharedCacheIsRemoved()
    {
        const QString shared = mShared;
        QVERIFY(QDir().mkpath(oldViewerDirectory()));
        QVERIFY(QFile::copy(shared, QDir(oldViewerDirectory()).filePath(QFileInfo(shared).fileName())));
        const FileStamp before = stampOf(shared);

        QVERIFY(openInViewer());
        QVERIFY(!mSession->window()->cache()->rebuilt());
        QVERIFY(stampOf(shared) == before);
        QVERIFY(!QFileInfo::exists(oldViewerDirectory()));
        QCOMPARE(cacheFiles(), QStringList{shared});
    }

    // `sezview-cli render` of a never-seen dataset draws before its cache is written (the write is
    // deferred); the process still ends with the cache whole, and the viewer reopens it.
    void viewerReopensWhatAFirstRenderLeft()
    {
        const QString home = mHome.filePath(QStringLiteral("render-cache"));
        const QString png = mHome.filePath(QStringLiteral("map.png"));
        QVERIFY(runCli({QStringLiteral("render"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR), QStringLiteral("-o"), png}, home));
        QVERIFY(!QImage(png).isNull());
        const QStringList written = QDir(home + QStringLiteral("/sezview")).entryList({QStringLiteral("*.gpkg*")}, QDir::Files);
        QCOMPARE(written.size(), 1);   // the cache, and no temporary file left behind
        const QString file = home + QStringLiteral("/sezview/") + written.constFirst();
        const FileStamp before = stampOf(file);

        const QByteArray previous = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home));
        const bool opened = openInViewer();
        qputenv("XDG_CACHE_HOME", previous);
        QVERIFY(opened);
        const ParcelCache *cache = mSession->window()->cache();
        QVERIFY2(!cache->rebuilt(), qPrintable(cache->rebuildReason()));
        QCOMPARE(cache->cachePath(), file);
        QVERIFY(stampOf(file) == before);
    }
};

QTEST_MAIN(TestSharedCache)
#include "tst_sharedcache.moc"
