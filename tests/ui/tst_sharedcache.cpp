// SPDX-License-Identifier: GPL-3.0-or-later
// One cache per dataset, found by the viewer and the command line alike (issue 13's defect): what
// `sezview-cli import` wrote, the viewer reopens without importing, and the caches the viewer kept
// in its old place ($XDG_CACHE_HOME/sezview/sezview) are taken over once or removed. And the
// viewer's own first import, which shows the map before its cache is written.
#include "core/cache/parcelcache.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/query/parcelquery.h"
#include "core/query/textsearch.h"
#include "ui/attributetable.h"
#include "ui/datasetloader.h"
#include "ui/mapcanvas.h"
#include "ui/parcelcard.h"
#include "ui/parcelselection.h"
#include "ui/parceltablemodel.h"
#include "ui/querybuilder.h"
#include "ui/searchbox.h"
#include "ui/mainwindow.h"
#include "ui/viewersession.h"

#include "mainwindowfixture.h"

#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSemaphore>
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
    std::shared_ptr<QSemaphore> mGate = std::make_shared<QSemaphore>();   // holds a deferred cache write
    std::shared_ptr<QSemaphore> mDeriveGate = std::make_shared<QSemaphore>();   // holds a deferred derive()

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
    bool openInViewer() { return test::openAndWait(*mSession->window(), QStringLiteral(SEZ_SAMPLE_DIR)); }

    // A copy of the sample under a path no cache has seen.
    QString freshSample(const QString &name)
    {
        const QString dir = mHome.filePath(name);
        if (!QDir().mkpath(dir))
            return {};
        const QDir sample(QStringLiteral(SEZ_SAMPLE_DIR));
        for (const QString &file : sample.entryList(QDir::Files))
            if (!QFile::copy(sample.filePath(file), QDir(dir).filePath(file)))
                return {};
        return dir;
    }

    // Opens \a path in the session's window with its cache write held; true once the map's store is shown.
    // With \a holdDerive, the derived fields wait for mDeriveGate too.
    bool openHeld(const QString &path, bool holdDerive = false)
    {
        MainWindow *window = mSession->window();
        // Bounded: a GUI thread that waited for the write would otherwise wait for ever.
        window->loader()->setBeforeDeferredWrite([gate = mGate] { gate->tryAcquire(1, 30'000); });
        window->loader()->setBeforeDerive(holdDerive ? std::function<void()>([gate = mDeriveGate] { gate->tryAcquire(1, 30'000); })
                                                     : std::function<void()>());
        QSignalSpy opened(window, &MainWindow::datasetOpened);
        window->openDataset(path);
        return opened.wait(300'000) && opened.constFirst().constFirst().toBool();
    }

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

    // The window shows the complete store: its own, or the register's values over it (which share its columns).
    static bool showsDerived(MainWindow *window)
    {
        const ParcelCache *cache = window->cache();
        return cache->derivedReady() && cache->derivedStore()
            && window->store()->sharedColumn(int(ParcelField::ComputedAreaHa)) == cache->derivedStore()->sharedColumn(int(ParcelField::ComputedAreaHa));
    }

    QLabel *preparingLabel() const { return mSession->window()->findChild<QLabel *>(QStringLiteral("cachePreparing")); }

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

    void cleanupTestCase()
    {
        mGate->release(10);   // never leave a write held behind
        mDeriveGate->release(10);
        mSession.reset();
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

    // The first import of a never-seen dataset (issue 13): the map is shown as soon as the store
    // is built, the status bar names what is still being prepared while the cache file and its
    // full-text index are written in the background, and a search typed meanwhile runs once they
    // are. The write is held on a semaphore so that "meanwhile" does not depend on the machine.
    void mapFirstSearchOnceReady()
    {
        const QString path = freshSample(QStringLiteral("first"));
        QVERIFY(!path.isEmpty());
        QStringList files = cacheFiles();
        QVERIFY(openHeld(path));
        MainWindow *window = mSession->window();
        const ParcelCache *cache = window->cache();
        QVERIFY(cache->rebuilt());
        QVERIFY(!cache->cacheReady());

        // The map is there, drawn, while the write is held.
        QVERIFY(window->store() && window->store()->size() > 20000);
        QCOMPARE(window->canvas()->store(), window->store());
        QVERIFY(window->canvas()->waitForRender());
        QVERIFY(!cache->cacheReady());
        QCOMPARE(cacheFiles(), files);
        QLabel *preparing = preparingLabel();
        QVERIFY(preparing && preparing->isVisible());
        // derive() is not held: the complete store replaces the source store, then the write waits.
        QTRY_COMPARE_WITH_TIMEOUT(preparing->text(), QStringLiteral("Preparing search and the cache file…"), 120'000);
        QTRY_VERIFY_WITH_TIMEOUT(showsDerived(window), 120'000);

        // A search for an investor's name waits for the index, and says so.
        qint64 row = 0;
        while (window->store()->value(row, ParcelField::Investor).toString().isEmpty())
            ++row;
        const QString investor = window->store()->value(row, ParcelField::Investor).toString();
        SearchBox *box = window->searchBox();
        QSignalSpy found(box, &SearchBox::found);
        QSignalSpy ready(window, &MainWindow::cacheReady);
        box->setText(investor);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(found.size(), 0);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Search is being prepared")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(!cache->cacheReady());

        // Released: the search runs, the status bar says what was imported, the file is there.
        mGate->release();
        QVERIFY(ready.wait(120'000));
        QVERIFY(cache->cacheReady());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().at(1).toString(), investor);
        const std::vector<qint64> expected = cache->textSearch()->search(investor, 2000);
        QVERIFY(!expected.empty());
        QVERIFY(std::find(expected.begin(), expected.end(), row) != expected.end());
        QCOMPARE(window->selection()->rows(), expected);
        QVERIFY(!preparing->isVisible());
        const QString status = window->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("loaded (imported: no cache yet)")), qPrintable(status));
        QVERIFY(!cache->cachePath().isEmpty());
        QVERIFY(QFileInfo::exists(cache->cachePath()));
        files << cache->cachePath();
        QStringList now = cacheFiles();
        files.sort();
        now.sort();
        QCOMPARE(now, files);
    }

    // The window is rebuilt in another language while the write is held: the new one says, in
    // its language, what is being prepared, and takes the search and the file when they are ready.
    void languageSwitchDuringTheWrite()
    {
        const QString path = freshSample(QStringLiteral("second"));
        QVERIFY(!path.isEmpty());
        QVERIFY(openHeld(path));
        const ParcelCache *cache = mSession->window()->cache();
        QTRY_VERIFY_WITH_TIMEOUT(cache->derivedReady() && showsDerived(mSession->window()), 120'000);
        const std::shared_ptr<const ParcelStore> store = mSession->window()->store();
        QVERIFY(!mSession->window()->cache()->cacheReady());

        mSession->switchLanguage(QStringLiteral("ru"));
        MainWindow *window = mSession->window();
        QVERIFY(showsDerived(window));   // the same snapshot, or the register's values over it
        QCOMPARE(window->store()->sharedGeometry(), store->sharedGeometry());
        QVERIFY(!window->cache()->cacheReady());
        QLabel *preparing = preparingLabel();
        QVERIFY(preparing && preparing->isVisible());
        QVERIFY2(preparing->text().startsWith(QStringLiteral("Готовятся")), qPrintable(preparing->text()));

        QSignalSpy ready(window, &MainWindow::cacheReady);
        mGate->release();
        QVERIFY(ready.wait(120'000));
        QVERIFY(!preparing->isVisible());
        const QString status = window->statusBar()->currentMessage();
        QVERIFY2(status.startsWith(QStringLiteral("Загружено:")), qPrintable(status));
        QVERIFY(QFileInfo::exists(window->cache()->cachePath()));
        mSession->switchLanguage(QStringLiteral("en"));
    }

    // The map before the derived fields (issue 13): with derive() held, the map is drawn from the
    // source store, the status bar says areas and distances are being computed, the table and card
    // say "being computed…", a distance() query and a search wait and say so. Released: the complete
    // store replaces the source store everywhere without losing the view, the selection or the card,
    // the query runs with the right answer and the table shows the real area; then the write, and
    // the search.
    void mapBeforeTheDerivedFields()
    {
        const QString path = freshSample(QStringLiteral("third"));
        QVERIFY(!path.isEmpty());
        QVERIFY(openHeld(path, true));
        MainWindow *window = mSession->window();
        const ParcelCache *cache = window->cache();
        QVERIFY(cache->rebuilt());
        QVERIFY(!cache->derivedReady());
        const std::shared_ptr<const ParcelStore> source = window->store();
        QCOMPARE(source, cache->store());
        QVERIFY(source->size() > 20000);
        QCOMPARE(source->column(int(ParcelField::ComputedAreaHa)).storage(), ColumnStorage::Absent);
        QCOMPARE(window->canvas()->store(), source);
        QVERIFY(window->canvas()->waitForRender());
        QLabel *preparing = preparingLabel();
        QVERIFY(preparing && preparing->isVisible());
        QVERIFY2(preparing->text().startsWith(QStringLiteral("Computing areas and distances…")), qPrintable(preparing->text()));

        // A parcel chosen: it stays through the swap, as does the view.
        const qint64 row = source->size() / 3;
        window->selection()->setRows({row});
        window->card()->showParcel(row);

        // The table has the derived columns, saying they are being computed; so does the card.
        ParcelTableModel *model = window->table()->model();
        const int areaColumn = model->column(int(ParcelField::ComputedAreaHa));
        QVERIFY(areaColumn >= 0);
        QVERIFY(model->modelRow(row) >= 0);
        QCOMPARE(model->data(model->index(model->modelRow(row), areaColumn), Qt::DisplayRole).toString(), QStringLiteral("being computed…"));
        QCOMPARE(window->card()->parcel(), row);

        // A distance() query waits and says so; a search waits for its index.
        const QString query = QStringLiteral("distance('substation') < 3000");
        QueryBuilder *builder = window->queryBuilder();
        QSignalSpy results(builder, &QueryBuilder::resultReady);
        builder->setQueryText(query);
        QVERIFY(!builder->run());
        QCOMPARE(builder->errorText(), QueryBuilder::waitingMessage());
        QCOMPARE(results.size(), 0);
        // An exact cadastral number is found in the store at once; a name waits for the index.
        SearchBox *box = window->searchBox();
        QSignalSpy found(box, &SearchBox::found);
        box->setText(source->value(row, ParcelField::CadastralNumber).toString());
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(found.size(), 1);
        found.clear();
        QCOMPARE(window->selection()->rows(), std::vector<qint64>{row});
        qint64 owned = 0;
        while (source->value(owned, ParcelField::Investor).toString().isEmpty())
            ++owned;
        const QString investor = source->value(owned, ParcelField::Investor).toString();
        box->setText(investor);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(found.size(), 0);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Search is being prepared")),
                 qPrintable(window->statusBar()->currentMessage()));

        // Released: the complete store everywhere; the write is still held.
        window->canvas()->zoomToExtent();
        const QPointF centre = window->canvas()->center();
        const double resolution = window->canvas()->resolution();
        QCOMPARE(window->selection()->rows(), std::vector<qint64>{row});
        QSignalSpy derived(window, &MainWindow::derivedReady);
        mDeriveGate->release();
        QVERIFY(derived.wait(120'000));
        const std::shared_ptr<const ParcelStore> complete = cache->derivedStore();
        QVERIFY(complete && complete != source);
        QVERIFY(showsDerived(window));   // the complete store, or the register's values over it
        QCOMPARE(window->canvas()->store(), window->store());
        QCOMPARE(cache->store(), source);   // the cache's store() never changes under a reader
        QCOMPARE(window->card()->parcel(), row);   // the card stays; the selection is the waiting query's result (below)
        QCOMPARE(model->column(int(ParcelField::ComputedAreaHa)), areaColumn);
        QVERIFY(model->rowCount() > 0);
        const qint64 listed = model->storeRow(0);   // the table may list the query's result now
        const QString area = model->data(model->index(0, areaColumn), Qt::DisplayRole).toString();
        QVERIFY(complete->computedAreaHa(listed) > 0);
        QCOMPARE(area, HumanLabels::displayValue(*complete, listed, ParcelField::ComputedAreaHa));
        // The query that waited ran on the complete store.
        QCOMPARE(results.size(), 1);
        std::vector<qint64> expected;
        QString error;
        QVERIFY2(selectParcels(complete, nullptr, query, &expected, &error), qPrintable(error));
        QVERIFY(!expected.empty() && qint64(expected.size()) < complete->size());
        QCOMPARE(builder->result(), expected);
        QCOMPARE(window->selection()->rows(), expected);
        QVERIFY(builder->errorText().isEmpty());
        // The view moved only as the query's result moves it (to its parcels), not with the swap.
        const QPointF shown = window->canvas()->center();
        const double shownResolution = window->canvas()->resolution();
        QVERIFY(shown != centre || shownResolution != resolution);
        window->canvas()->zoomToParcels(expected);
        QCOMPARE(window->canvas()->center(), shown);
        QCOMPARE(window->canvas()->resolution(), shownResolution);
        QCOMPARE(preparing->text(), QStringLiteral("Preparing search and the cache file…"));
        QVERIFY(!cache->cacheReady());
        QCOMPARE(found.size(), 0);

        // Then the write, and the search that waited for it.
        QSignalSpy ready(window, &MainWindow::cacheReady);
        mGate->release();
        QVERIFY(ready.wait(120'000));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().at(1).toString(), investor);
        QCOMPARE(window->selection()->rows(), cache->textSearch()->search(investor, 2000));
        QVERIFY(!preparing->isVisible());
        window->loader()->setBeforeDerive({});
    }
};

QTEST_MAIN(TestSharedCache)
#include "tst_sharedcache.moc"
