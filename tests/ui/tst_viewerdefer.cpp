// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's first import of a never-seen dataset (issue 13): the map is shown as soon as the
// store is built, the status bar names what is still being prepared while the cache file and its
// full-text index are written in the background, a search typed meanwhile runs once they are, and
// a switch of language during the write neither crashes nor loses it. The write is held on a
// semaphore so that "meanwhile" does not depend on the machine's speed.
#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"
#include "core/query/textsearch.h"
#include "ui/datasetloader.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/parcelselection.h"
#include "ui/searchbox.h"
#include "ui/viewersession.h"

#include <QDirIterator>
#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sez;

class TestViewerDefer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mHome;
    std::unique_ptr<ViewerSession> mSession;
    std::shared_ptr<QSemaphore> mGate = std::make_shared<QSemaphore>();

    QString cacheHome() const { return mHome.filePath(QStringLiteral("cache")); }

    QStringList cacheFiles() const
    {
        QStringList files;
        QDirIterator it(cacheHome(), {QStringLiteral("*.gpkg")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

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
    bool openHeld(const QString &path)
    {
        MainWindow *window = mSession->window();
        // Bounded: a GUI thread that waited for the write would otherwise wait for ever.
        window->loader()->setBeforeDeferredWrite([gate = mGate] { gate->tryAcquire(1, 30'000); });
        QSignalSpy opened(window, &MainWindow::datasetOpened);
        window->openDataset(path);
        return opened.wait(300'000) && opened.constFirst().constFirst().toBool();
    }

    QLabel *preparingLabel() const { return mSession->window()->findChild<QLabel *>(QStringLiteral("cachePreparing")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mHome.isValid());
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
        mSession.reset();
    }

    void mapFirstSearchOnceReady()
    {
        const QString path = freshSample(QStringLiteral("first"));
        QVERIFY(!path.isEmpty());
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
        QVERIFY(cacheFiles().isEmpty());
        QLabel *preparing = preparingLabel();
        QVERIFY(preparing && preparing->isVisible());
        QCOMPARE(preparing->text(), QStringLiteral("Preparing search and the cache file…"));

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
        QCOMPARE(cacheFiles(), QStringList{cache->cachePath()});
    }

    // The window is rebuilt in another language while the write is held: the new one says, in
    // its language, what is being prepared, and takes the search and the file when they are ready.
    void languageSwitchDuringTheWrite()
    {
        const QString path = freshSample(QStringLiteral("second"));
        QVERIFY(!path.isEmpty());
        QVERIFY(openHeld(path));
        const std::shared_ptr<const ParcelStore> store = mSession->window()->store();
        QVERIFY(!mSession->window()->cache()->cacheReady());

        mSession->switchLanguage(QStringLiteral("ru"));
        MainWindow *window = mSession->window();
        QCOMPARE(window->store(), store);
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
};

QTEST_MAIN(TestViewerDefer)
#include "tst_viewerdefer.moc"
