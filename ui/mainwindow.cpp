// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "attributetable.h"
#include "dashboard.h"
#include "datasetloader.h"
#include "helpdialog.h"
#include "imagerydialog.h"
#include "imagerylayercontrols.h"
#include "imagerypanel.h"
#include "core/model/humanlabels.h"
#include "featurecard.h"
#include "gotodialog.h"
#include "layerpanel.h"
#include "mapbookmarks.h"
#include "mapcanvas.h"
#include "mappingdialog.h"
#include "mapimagery.h"
#include "parcelcard.h"
#include "parcelselection.h"
#include "parceltablemodel.h"
#include "querybuilder.h"
#include "reportdialog.h"
#include "registersession.h"
#include "savelocation.h"
#include "searchbox.h"
#include "statisticspanel.h"
#include "uilanguage.h"

#include "core/base/feedback.h"
#include "core/geo/crs.h"
#include "core/imagery/rasterimagery.h"
#include "core/render/imagerypainter.h"
#include "core/render/mapdecorations.h"
#include "core/render/distancepainters.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"
#include "core/cache/parcelcache.h"
#include "core/io/outputguard.h"
#include "core/io/datasource.h"
#include "core/io/mappingguess.h"
#include "core/model/parcelstore.h"
#include "core/base/languages.h"
#include "core/report/extract.h"
#include "core/report/extractwriter.h"
#include "core/query/parcelquery.h"
#include "core/report/report.h"
#include "core/model/statistics.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>

namespace sez {

namespace {

const QString kRecentKey = QStringLiteral("recentDatasets");
const QString kLastKey = QStringLiteral("lastDataset");
constexpr int kMaxRecent = 8;
constexpr int kRestWaitsAtMostMs = 3000;   // for the first map, before the table and figures come anyway

// Phases the cache reports, as the progress dialog says them.
QString phaseLabel(const QString &phase)
{
    if (phase == QLatin1String("reading"))
        return MainWindow::tr("Reading the dataset…");
    if (phase == QLatin1String("computing"))
        return MainWindow::tr("Preparing the map…");
    if (phase == QLatin1String("deriving"))
        return MainWindow::tr("Computing areas and distances…");
    if (phase == QLatin1String("writing"))
        return MainWindow::tr("Writing the cache…");
    return phase;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mSelection(new ParcelSelection(this))
    , mLoader(new DatasetLoader(this))
    , mRegister(new RegisterSession(this))
    , mCanvas(new MapCanvas(this))
    , mImagery(new MapImagery(mCanvas, this))
    , mBookmarks(new MapBookmarks(this))
{
    setCentralWidget(mCanvas);
    mCanvas->setSelection(mSelection);
    createDocks();
    createActions();
    createStatusBar();
    updateTitle();

    connect(mLoader, &DatasetLoader::progress, this, &MainWindow::loadProgress);
    connect(mLoader, &DatasetLoader::finished, this, &MainWindow::loadFinished);
    connect(mSelection, &ParcelSelection::changed, this, &MainWindow::selectionChanged);
    connect(mCanvas, &MapCanvas::cursorMoved, this, &MainWindow::updateCursor);
    connect(mCanvas, &MapCanvas::viewChanged, this, &MainWindow::updateScale);
    // Queued: the paint that showed the map is flushed to the screen before the rest is built.
    connect(mCanvas, &MapCanvas::mapShown, this, &MainWindow::showTheRest, Qt::QueuedConnection);
    connect(mCanvas, &MapCanvas::parcelClicked, this, [this](qint64 row) {
        if (row >= 0)
            mCard->showParcel(row);
        mCards->setCurrentWidget(mCard);
    });
    connect(mCanvas, &MapCanvas::featureClicked, this, &MainWindow::showFeature);
    connect(mCard, &ParcelCard::nearestRequested, mCanvas, &MapCanvas::showNearestInfrastructure);
    connect(mCanvas, &MapCanvas::measurementChanged, mMeasureLabel, &QLabel::setText);
    connect(mImagery, &MapImagery::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(mRegister, &RegisterSession::overlayChanged, this, &MainWindow::showRegisterValues);
    mCard->setSession(mRegister);

    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    keepDockTabsWhole();
}

MainWindow::~MainWindow()
{
    // The loader's worker may still be importing; it must not outlive the window's objects.
    mLoader->cancel();
    mLoader->waitForFinished();
}

void MainWindow::setCacheDirectory(const QString &dir)
{
    mCacheDir = dir;
    mImagery->setCacheDirectory(dir);
}

// --- building the window ------------------------------------------------------------------------

void MainWindow::createDocks()
{
    setDockNestingEnabled(true);
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);   // saveState() finds docks by name
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    mLayers = new LayerPanel(this);
    mLayers->setCanvas(mCanvas);
    mQueryBuilder = new QueryBuilder(this);
    mCard = new ParcelCard(this);
    // The card of whatever a click found: a parcel's, or another feature's.
    mFeatureCard = new FeatureCard(this);
    mCards = new QStackedWidget(this);
    mCards->addWidget(mCard);
    mCards->addWidget(mFeatureCard);
    mStatistics = new StatisticsPanel(this);
    mDashboard = new Dashboard(this);
    mTable = new AttributeTable(mSelection, this);

    // Short titles: tabbed docks share a narrow side of the window in every language.
    auto *layersDock = dock(tr("Layers"), QStringLiteral("layers"), mLayers, Qt::LeftDockWidgetArea);
    auto *queryDock = dock(tr("Find sites"), QStringLiteral("query"), mQueryBuilder, Qt::LeftDockWidgetArea);
    auto *cardDock = dock(tr("Card"), QStringLiteral("card"), mCards, Qt::RightDockWidgetArea);
    auto *statsDock = dock(tr("Statistics"), QStringLiteral("statistics"), mStatistics, Qt::RightDockWidgetArea);
    auto *dashboardDock = dock(tr("Dashboard"), QStringLiteral("dashboard"), mDashboard, Qt::RightDockWidgetArea);
    auto *tableDock = dock(tr("Attribute table"), QStringLiteral("table"), mTable, Qt::BottomDockWidgetArea);
    mImageryPanel = new ImageryPanel(mImagery, this);
    auto *imageryDock = dock(tr("Imagery"), QStringLiteral("imagery"), mImageryPanel, Qt::LeftDockWidgetArea);
    connect(mImageryPanel, &ImageryPanel::addRequested, this, &MainWindow::addImagery);
    connect(mImagery, &MapImagery::changed, this, &MainWindow::hostImageryControls);
    tabifyDockWidget(layersDock, queryDock);
    tabifyDockWidget(queryDock, imageryDock);
    layersDock->raise();
    tabifyDockWidget(cardDock, statsDock);
    tabifyDockWidget(statsDock, dashboardDock);
    cardDock->raise();
    resizeDocks({layersDock, cardDock}, {280, 380}, Qt::Horizontal);
    resizeDocks({tableDock}, {220}, Qt::Vertical);

    for (QDockWidget *d : findChildren<QDockWidget *>())
        connect(d, &QDockWidget::dockLocationChanged, this, [this] { QTimer::singleShot(0, this, &MainWindow::keepDockTabsWhole); });
    connect(mTable, &AttributeTable::currentParcelChanged, this, [this] { mCards->setCurrentWidget(mCard); });
    connect(mQueryBuilder, &QueryBuilder::resultReady, this, &MainWindow::showQueryResult);
    connect(mTable, &AttributeTable::queryRan, this, [this](const std::vector<qint64> &rows) {
        mSelection->setRows(rows);
        mCanvas->setHighlight(rows);
    });
    connect(mTable, &AttributeTable::parcelActivated, this, [this](qint64 row) {
        mCard->showParcel(row);
        mCanvas->zoomToParcel(row);
    });
    connect(mTable, &AttributeTable::currentParcelChanged, mCard, &ParcelCard::showParcel);
    connect(mTable, &AttributeTable::zoomRequested, mCanvas, &MapCanvas::zoomToParcels);
    connect(mCard, &ParcelCard::extractRequested, this, &MainWindow::exportExtract);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &folder of layers…"), this, &MainWindow::chooseFolder);
    mRecentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addAction(tr("Add &imagery…"), this, &MainWindow::addImagery);
    file->addSeparator();
    mExportSelection = file->addAction(tr("&Export selection to CSV…"), this, &MainWindow::exportSelection);
    mExportReport = file->addAction(tr("Export &report…"), this, &MainWindow::exportReport);
    file->setToolTipsVisible(true);   // why an export waits
    file->addAction(tr("Export &map image (PNG, SVG)…"), this, &MainWindow::exportMapImage);
    QAction *fileEnd = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    mViewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomSez = mViewMenu->addAction(tr("Zoom to the whole &SEZ"), mCanvas, &MapCanvas::zoomToExtent);
    zoomSez->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *zoomSelection = mViewMenu->addAction(tr("Zoom to the se&lection"), this, [this] {
        mCanvas->zoomToParcels(mSelection->rows());
    });
    zoomSelection->setShortcut(Qt::CTRL | Qt::Key_J);
    mViewMenu->addAction(tr("Zoom &in"), this, [this] { mCanvas->zoomBy(2, QPointF(mCanvas->width() / 2.0, mCanvas->height() / 2.0)); })
        ->setShortcut(QKeySequence::ZoomIn);
    mViewMenu->addAction(tr("Zoom &out"), this, [this] { mCanvas->zoomBy(0.5, QPointF(mCanvas->width() / 2.0, mCanvas->height() / 2.0)); })
        ->setShortcut(QKeySequence::ZoomOut);
    // The query's emphasis goes with the selection it made: nothing stays outlined or buffered.
    mViewMenu->addAction(tr("&Clear the selection"), this, [this] {
        mSelection->clear();
        mCanvas->setHighlight({});
        mCanvas->setQueryDistances({});
    });
    mViewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        mViewMenu->addAction(dock->toggleViewAction());
    mViewMenu->addSeparator();
    createPlaceActions(mViewMenu);
    mViewMenu->addSeparator();
    createLanguageMenu(mViewMenu);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    auto *group = new QActionGroup(this);
    QToolBar *toolbar = addToolBar(tr("Tools"));
    toolbar->setObjectName(QStringLiteral("tools"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto tool = [&](const QString &text, MapCanvas::Tool t, const QString &tip) {
        QAction *a = tools->addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        group->addAction(a);
        toolbar->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { mCanvas->setTool(t); });
        return a;
    };
    tool(tr("Browse"), MapCanvas::Tool::Browse,
         tr("Drag to pan, click a parcel to see its card; Shift+drag zooms, Ctrl+drag selects"))->setChecked(true);
    tool(tr("Zoom box"), MapCanvas::Tool::ZoomBox, tr("Drag a box to zoom to it"));
    tool(tr("Select box"), MapCanvas::Tool::SelectBox, tr("Drag a box to select the parcels in it"));
    tool(tr("Select lasso"), MapCanvas::Tool::SelectLasso,
         tr("Click the corners of an area, double-click to select the parcels in it"));
    tool(tr("Measure distance"), MapCanvas::Tool::MeasureDistance,
         tr("Click points along a line, double-click to finish; Esc clears"));
    tool(tr("Measure area"), MapCanvas::Tool::MeasureArea,
         tr("Click the corners of an area, double-click to finish; Esc clears"));
    toolbar->addSeparator();
    toolbar->addAction(zoomSez);
    toolbar->addAction(zoomSelection);
    toolbar->addSeparator();
    mSearch = new SearchBox(this);
    mSearch->setMinimumWidth(320);
    toolbar->addWidget(mSearch);
    connect(mSearch, &SearchBox::found, this, &MainWindow::showFound);
    connect(mSearch, &SearchBox::waiting, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Search is being prepared; “%1” is searched as soon as it is ready.").arg(text));
    });

    createRegisterActions(fileEnd, mViewMenu, tools);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Query language guide"), this, [this] { HelpDialog::queryGuide(mStore.get(), this)->show(); })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { HelpDialog::shortcuts(this, this)->show(); });
    help->addAction(tr("&About sezview"), this, [this] {
        QMessageBox::about(this, tr("About sezview"),
                           tr("<b>sezview</b><br>Land parcels of the Alatau special economic zone.<br>"
                              "Licensed under the GNU GPL, version 3 or later."));
    });
}

// Going to a place: a coordinate, a copied view, a bookmark; copying the view for someone else.
void MainWindow::createPlaceActions(QMenu *view)
{
    QAction *goTo = view->addAction(tr("&Go to a place…"), this, &MainWindow::goToPlace);
    goTo->setShortcut(Qt::CTRL | Qt::Key_G);
    QAction *copy = view->addAction(tr("Cop&y the view"), this, [this] {
        if (!mStore)
            return;
        const QString text = QStringLiteral("sezview --view %1").arg(currentView().toString());
        QApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Copied: %1. Another user opens the same view with it, or pastes it into Go to a place.").arg(text),
                                 15000);
    });
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    mBookmarksMenu = view->addMenu(tr("&Bookmarks"));
    connect(mBookmarks, &MapBookmarks::changed, this, &MainWindow::updateBookmarksMenu);
    updateBookmarksMenu();
}

void MainWindow::updateBookmarksMenu()
{
    mBookmarksMenu->clear();
    QAction *add = mBookmarksMenu->addAction(tr("&Add a bookmark of this view…"), this, [this] {
        if (!mStore)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a bookmark"), tr("Name of the bookmark:"), QLineEdit::Normal,
                                                   QString(), &ok).trimmed();
        if (ok && !name.isEmpty())
            mBookmarks->add({name, currentView()});
    });
    add->setShortcut(Qt::CTRL | Qt::Key_D);
    const QList<MapBookmark> &all = mBookmarks->all();
    if (!all.isEmpty())
        mBookmarksMenu->addSeparator();
    for (const MapBookmark &b : all)
        mBookmarksMenu->addAction(b.name, this, [this, view = b.view] { showView(view); });
    if (all.isEmpty())
        return;
    QMenu *remove = mBookmarksMenu->addMenu(tr("&Delete a bookmark"));
    for (int i = 0; i < all.size(); ++i)
        remove->addAction(all.at(i).name, this, [this, i] { mBookmarks->remove(i); });
}

void MainWindow::goToPlace()
{
    if (!mStore)
        return;
    GoToDialog dialog(mStore->mapEpsg(), mCanvas->scaleDenominator(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPointF map;
    double scale = 0;
    QString error;
    if (dialog.resolve(&map, &scale, &error))
        mCanvas->setCentreAndScale(map, scale);
}

ViewLink MainWindow::currentView() const
{
    QPointF centre = mCanvas->center();
    if (mToLonLat)
        mToLonLat->transform(centre);
    return {centre.x(), centre.y(), mCanvas->scaleDenominator()};
}

void MainWindow::showView(const ViewLink &view)
{
    if (!mStore || mLoader->isRunning()) {
        mPendingView = view;
        return;
    }
    QPointF centre(view.longitude, view.latitude);
    if (CoordinateTransform(kWgs84Epsg, mStore->mapEpsg()).transform(centre))
        mCanvas->setCentreAndScale(centre, view.scaleDenominator);
}

// Choosing a language applies it now, to this session; it becomes the default only when the user
// says so, with the last entry.
void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = UiLanguage::current();
    for (const QString &code : UiLanguage::codes()) {
        QAction *a = languages->addAction(UiLanguage::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == current);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != UiLanguage::current())
                Q_EMIT languageChangeRequested(code);
        });
    }
    languages->addSeparator();
    QAction *remember = languages->addAction(tr("Start in %1 every time").arg(UiLanguage::nativeName(current)));
    remember->setObjectName(QStringLiteral("rememberLanguage"));
    remember->setCheckable(true);
    remember->setChecked(UiLanguage::saved() == current);
    connect(remember, &QAction::toggled, this, [current](bool on) { UiLanguage::save(on ? current : QString()); });
}

// Tabbed docks show their whole titles: no "…", scroll buttons when the tabs do not fit.
void MainWindow::keepDockTabsWhole()
{
    for (QTabBar *tabs : findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
        tabs->setExpanding(false);
    }
}

void MainWindow::showFeature(const QString &layerId, const ContextFeature &feature)
{
    const MapLayer *layer = mCanvas->layers().find(layerId);
    mFeatureCard->showFeature(layerId, layer && !layer->title.isEmpty() ? layer->title : layerId, feature);
    mCards->setCurrentWidget(mFeatureCard);
}

bool MainWindow::showsFeatureCard() const
{
    return mCards->currentWidget() == mFeatureCard;
}

void MainWindow::createStatusBar()
{
    mLonLat = new QLabel(this);
    mProjected = new QLabel(this);
    mScale = new QLineEdit(this);
    mScale->setMaximumWidth(110);
    mScale->setToolTip(tr("Map scale: type a number and press Enter"));
    mSelectionLabel = new QLabel(this);
    mMeasureLabel = new QLabel(this);
    mLonLat->setMinimumWidth(200);
    mProjected->setMinimumWidth(200);
    statusBar()->addWidget(mSelectionLabel, 1);
    statusBar()->addWidget(mMeasureLabel);
    mPreparing = new QLabel(tr("Preparing search and the cache file…"), this);
    mPreparing->setObjectName(QStringLiteral("cachePreparing"));
    mPreparing->hide();
    statusBar()->addPermanentWidget(mPreparing);
    statusBar()->addPermanentWidget(mLonLat);
    statusBar()->addPermanentWidget(mProjected);
    statusBar()->addPermanentWidget(new QLabel(tr("Scale 1:"), this));
    statusBar()->addPermanentWidget(mScale);
    connect(mScale, &QLineEdit::editingFinished, this, &MainWindow::scaleEdited);
}

// --- opening datasets ---------------------------------------------------------------------------

void MainWindow::openDataset(const QString &path)
{
    const SourceKind kind = DataSource::kindOf(path);
    if (kind != SourceKind::Manifest && kind != SourceKind::Missing && DataSource::confirmedManifest(path).isEmpty()) {
        confirmMapping(path);
        return;
    }
    QString cachePath;
    if (!mCacheDir.isEmpty())
        cachePath = ParcelCache::cachePathIn(mCacheDir, path);
    mLoader->start(path, cachePath);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    // While the worker reads, this thread readies what the map's first coordinate transform
    // loads (GDAL's drivers, PROJ's database): tens of milliseconds the map would wait for after.
    static bool transformReady = false;
    if (!std::exchange(transformReady, true))
        QTimer::singleShot(0, this, [] { CoordinateTransform(kDefaultMapEpsg, kWgs84Epsg); });

    // The dialog only appears for an import that takes a while; opening from a cache is quick.
    if (mProgress)
        mProgress->deleteLater();
    mProgress = new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    mProgress->setWindowTitle(tr("Opening the dataset"));
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setMinimumDuration(500);
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    connect(mProgress, &QProgressDialog::canceled, mLoader, &DatasetLoader::cancel);
}

void MainWindow::loadProgress(const QString &phase, qint64 done, qint64 total)
{
    if (!mProgress)
        return;
    mProgress->setLabelText(phaseLabel(phase));
    // QProgressDialog counts in int; large counts are scaled to per mille.
    mProgress->setMaximum(total > 0 ? 1000 : 0);
    mProgress->setValue(total > 0 ? int(1000 * done / total) : 0);
}

void MainWindow::loadFinished(bool ok, const QString &error, bool cancelled)
{
    if (mProgress) {
        mProgress->deleteLater();
        mProgress = nullptr;
    }
    const QString path = mLoader->path();
    if (!ok) {
        if (cancelled) {
            statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(path)), 8000);
        } else {
            statusBar()->clearMessage();
            // Not exec(): the window stays alive and usable behind the message.
            showOpenError(path, error);
        }
        Q_EMIT datasetOpened(false);
        return;
    }

    showDataset(path, mLoader->takeCache());
    if (mPendingView)
        showView(*std::exchange(mPendingView, std::nullopt));
    Q_EMIT datasetOpened(true);
    // A window not on the screen paints no map: nothing to wait for.
    if (!mCanvas->isVisible())
        showTheRest();
}

void MainWindow::showOpenError(const QString &path, const QString &error)
{
    if (mErrorBox)
        mErrorBox->deleteLater();
    mErrorBox = new QMessageBox(QMessageBox::Warning, tr("Cannot open the dataset"),
                                tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    mErrorBox->setInformativeText(error);
    mErrorBox->setAttribute(Qt::WA_DeleteOnClose);
    mErrorBox->open();
}

void MainWindow::confirmMapping(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    auto guess = MappingGuess::guess(path, &error);
    QApplication::restoreOverrideCursor();
    if (!guess) {
        showOpenError(path, error);
        // Queued as a failed load's is: whoever called openDataset() is waiting for it.
        QMetaObject::invokeMethod(this, [this] { Q_EMIT datasetOpened(false); }, Qt::QueuedConnection);
        return;
    }
    // Not exec(): the window stays alive behind it, and tests drive it as a user does.
    auto *dialog = new MappingDialog(std::move(guess), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        QString written, saveError;
        if (!dialog->guess().save(&written, &saveError)) {
            showOpenError(path, saveError);
            Q_EMIT datasetOpened(false);
            return;
        }
        statusBar()->showMessage(tr("The mapping is saved as %1").arg(QDir::toNativeSeparators(written)), 8000);
        openDataset(path);
    });
    connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT datasetOpened(false); });
    dialog->open();
}

// Every part of the window shows \a cache's store, the dataset at \a path: the map and what is
// drawn with it at once, the rest (showTheRest()) once the first map is on the screen.
void MainWindow::showDataset(const QString &path, std::shared_ptr<ParcelCache> cache)
{
    // From here on, the table, search, query builder, statistics and dashboard wait for the first
    // map (showTheRest()): they take a few hundred milliseconds at 1M parcels (the table's rows,
    // the figures twice) that the map does not need.
    if (mRest)
        letGo(std::move(mRest->replaced));   // the one before a dataset never shown whole
    mRest = RestToShow{std::exchange(mCache, std::move(cache)), nullptr};
    // Over a dataset shown before, its table and figures go now: greyed out, they would still be read.
    if (mRest->replaced) {
        mTable->setData(nullptr, nullptr);
        mSearch->setData(nullptr, nullptr);
        mQueryBuilder->setData(nullptr, nullptr);
        mStatistics->setStore(nullptr);
        mDashboard->setStore(nullptr);
    }
    // The complete store when it is there; the source store while its derived fields are computed.
    mBaseStore = mCache->derivedReady() && mCache->derivedStore() ? mCache->derivedStore() : mCache->store();
    mStore = mBaseStore;
    mDatasetPath = path;
    mToLonLat = std::make_unique<CoordinateTransform>(mStore->mapEpsg(), kWgs84Epsg);

    mSelection->reset(mStore->size());
    mQueryText.clear();   // a query of the dataset before is no report's criterion here
    mQueryRows.clear();
    // One style per store, held with it: the map, its legend and the dashboard share its colours.
    const auto style = std::make_shared<const MapStyle>(*mStore);
    mRest->style = style;
    mCanvas->setStore(mStore, style);
    mImagery->datasetOpened(path, *mStore);
    mLayers->setStore(mStore, style);
    mCard->setStore(mStore);
    mFeatureCard->setStore(mStore);
    mCards->setCurrentWidget(mCard);
    updateTitle();
    updateScale();

    // Disabled and said to be loading meanwhile: none shows the dataset before, or half of this one.
    for (QWidget *w : deferredWidgets()) {
        w->setEnabled(false);
        w->setToolTip(tr("Loading…"));
    }
    mPreparing->setText(tr("Preparing the table, search and figures…"));
    mPreparing->setToolTip({});
    mPreparing->show();
    // Bounded, should no map come (a render that fails): a late call finds nothing left to do.
    QTimer::singleShot(kRestWaitsAtMostMs, this, &MainWindow::showTheRest);
}

// What showDataset() left for after the first map: once it is painted (queued: the paint is
// flushed to the screen first), or now when something needs it sooner.
void MainWindow::showTheRest()
{
    if (!mRest)
        return;
    RestToShow rest = std::move(*mRest);
    mRest.reset();
    mPreparing->hide();
    for (QWidget *w : deferredWidgets())
        w->setToolTip({});
    for (QWidget *w : std::initializer_list<QWidget *>{mTable, mSearch, mQueryBuilder})
        w->setEnabled(true);
    mStatistics->setStore(mStore);
    mDashboard->setStore(mStore, rest.style);
    const TextSearch *search = readySearch();
    mTable->setData(mStore, search);
    mSearch->setData(mStore, search);
    mQueryBuilder->setData(mStore, search);
    watchCache(!search, std::move(rest.replaced));
    enableWhatNeedsDerived(mCache->derivedReady());
    mRegister->setSource(mStore);   // the register's values follow, over these
    addRecent(mDatasetPath);
    selectionChanged();
    // An import's cache is still being written: the label says so, and cacheWritten() says the rest.
    if (mCacheWatcher) {
        statusBar()->clearMessage();
    } else {
        announceLoaded();
        Q_EMIT cacheReady();
    }
}

std::array<QWidget *, 5> MainWindow::deferredWidgets() const
{
    return {mTable, mSearch, mQueryBuilder, mStatistics, mDashboard};
}

MainWindow::ViewerState MainWindow::viewerState() const
{
    ViewerState state;
    if (!mStore)
        return state;
    state.datasetPath = mDatasetPath;
    state.cache = mCache;
    state.centre = mCanvas->center();
    state.metresPerPixel = mCanvas->resolution();
    state.selection = mSelection->rows();
    state.highlight = mCanvas->highlightedRows();
    state.tableRows = mTable->model()->rows();
    state.tableFilter = mTable->queryText();
    state.builderQuery = mQueryBuilder->queryText();
    if (const MapLayer *buffers = mCanvas->layers().find(kDistanceBuffersLayer))
        if (const auto *painter = dynamic_cast<const DistanceBuffersPainter *>(buffers->painter.get()))
            state.distances = painter->limits();
    state.card = mCard->parcel();
    state.nearest = mCanvas->nearestShownFor();
    state.style = mCanvas->style();
    state.outlines = mCanvas->renderOptions().outlines;
    for (const MapLayer &layer : mCanvas->layers())
        state.layers.emplace_back(layer.id, layer.visible, layer.opacity);
    state.imagery = mImagery->entries();
    return state;
}

QString MainWindow::adoptViewerState(const ViewerState &state)
{
    if (!state.cache)
        return {};
    mLoader->cancel();
    showDataset(state.datasetPath, state.cache);
    showTheRest();   // the table and query below are restored into it
    mImagery->adopt(state.imagery);
    mLayers->setStyle(state.style);
    mLayers->outlinesBox()->setChecked(state.outlines);
    for (const auto &[id, shown, opacity] : state.layers) {
        mCanvas->setLayerVisible(id, shown);
        mCanvas->setLayerOpacity(id, opacity);
    }
    mQueryBuilder->setQueryText(state.builderQuery);
    mTable->showRows(state.tableRows, state.tableFilter);
    mSelection->setRows(state.selection);
    mCanvas->setHighlight(state.highlight);
    mCanvas->setQueryDistances(state.distances);
    mCanvas->showNearestInfrastructure(state.nearest);
    if (state.card >= 0)
        mCard->showParcel(state.card);
    mCanvas->setCentreAndResolution(state.centre, state.metresPerPixel);

    QStringList kept{tr("the view"), tr("the colours and layers")};
    if (!state.selection.empty())
        kept << tr("the selection (%1)").arg(HumanLabels::parcels(qint64(state.selection.size())));
    if (!state.tableFilter.trimmed().isEmpty())
        kept << tr("the table's filter");
    if (!state.builderQuery.trimmed().isEmpty())
        kept << tr("the query");
    if (state.card >= 0)
        kept << tr("the card");
    if (!state.imagery.empty())
        kept << tr("the imagery");
    return tr("Kept: %1.").arg(QLocale().createSeparatedList(kept));
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString start = QFileInfo(settings.value(kLastKey).toString()).absolutePath();
    QStringList patterns{QStringLiteral("dataset.json"), QStringLiteral("*.json"), QStringLiteral("*.zip")};
    for (const QString &suffix : DataSource::layerSuffixes())
        patterns << QStringLiteral("*.%1").arg(suffix);
    patterns.removeDuplicates();
    //: %1: file name patterns
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a dataset"), start,
                                                      tr("Datasets and layer files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        openDataset(path);
}

void MainWindow::chooseFolder()
{
    const QString start = QFileInfo(QSettings().value(kLastKey).toString()).absolutePath();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a folder of layers"), start);
    if (!path.isEmpty())
        openDataset(path);
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = mRecentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openDataset(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    // What users read first: which data they are looking at.
    if (!mStore) {
        setWindowTitle(tr("Alatau SEZ land parcels — sezview"));
        return;
    }
    const QString name = mStore->datasetName().isEmpty() ? QFileInfo(mDatasetPath).completeBaseName() : mStore->datasetName();
    setWindowTitle(tr("%1 — %2 — sezview").arg(name, HumanLabels::parcels(mStore->size())));
}

// --- status bar ---------------------------------------------------------------------------------

void MainWindow::updateCursor(const QPointF &map)
{
    const QLocale locale;
    mProjected->setText(tr("UTM %1 E %2 N").arg(locale.toString(map.x(), 'f', 0), locale.toString(map.y(), 'f', 0)));
    QPointF lonLat = map;
    if (mToLonLat && mToLonLat->transform(lonLat))
        mLonLat->setText(tr("%1° E, %2° N").arg(locale.toString(lonLat.x(), 'f', 5), locale.toString(lonLat.y(), 'f', 5)));
    else
        mLonLat->clear();
}

void MainWindow::updateScale()
{
    if (!mScale->hasFocus())
        mScale->setText(QLocale().toString(qRound64(mCanvas->scaleDenominator())));
}

void MainWindow::scaleEdited()
{
    QString text = mScale->text();
    text.remove(QLocale().groupSeparator()).remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    if (text.startsWith(QLatin1String("1:")))
        text = text.mid(2);
    bool ok = false;
    const double denominator = QLocale().toDouble(text, &ok);
    if (ok && denominator >= 100 && denominator <= 1e8)
        mCanvas->setScaleDenominator(denominator);
    mScale->clearFocus();
    updateScale();
}

void MainWindow::selectionChanged()
{
    if (mRest)
        return;   // showTheRest() calls it with the figures' panels given the store
    const std::vector<qint64> &rows = mSelection->rows();
    if (!mStore || rows.empty()) {
        mCard->showParcel(-1);   // the card shows what is selected, or nothing
        if (mCanvas->nearestShownFor() >= 0)
            mCanvas->showNearestInfrastructure(-1);
        mSelectionLabel->setText(mStore ? tr("Nothing selected") : QString());
        mStatistics->showRows({});
        mDashboard->setRows({}, false);
        return;
    }
    double ha = 0;
    for (qint64 r : rows)
        ha += mStore->officialAreaHa(r);
    mSelectionLabel->setText(tr("Selected: %1, %2").arg(HumanLabels::parcels(qint64(rows.size())), HumanLabels::hectares(ha)));
    mStatistics->showRows(rows);
    mDashboard->setRows(rows, true);
    if (rows.size() == 1)
        mCard->showParcel(rows.front());
    mCards->setCurrentWidget(mCard);
    // The lines to the nearest infrastructure belong to one parcel: another one's card drops them.
    if (mCanvas->nearestShownFor() >= 0 && (rows.size() != 1 || rows.front() != mCanvas->nearestShownFor()))
        mCanvas->showNearestInfrastructure(-1);
}

// --- actions ------------------------------------------------------------------------------------

void MainWindow::showFound(const std::vector<qint64> &rows, const QString &text)
{
    if (rows.empty()) {
        statusBar()->showMessage(tr("Nothing found for “%1”.").arg(text), 8000);
        return;
    }
    mSelection->setRows(rows);
    mCanvas->zoomToParcels(rows);
    mTable->reveal(rows);
    if (rows.size() == 1)
        mCard->showParcel(rows.front());
    statusBar()->showMessage(tr("Found for “%1”: %2.").arg(text, HumanLabels::parcels(qint64(rows.size()))), 8000);
}

void MainWindow::showQueryResult(const std::vector<qint64> &rows, const QString &query)
{
    mQueryText = query;
    mQueryRows = rows;
    mTable->showRows(rows, query);
    mSelection->setRows(rows);
    mCanvas->setHighlight(rows);
    // The query's distance conditions, drawn as the areas they allow.
    QList<QueryDistanceLimit> distances;
    if (mStore) {
        ParcelQueryContext context(mStore, readySearch());
        QString error;
        if (const auto parsed = Query::parse(query, context, &error))
            distances = parsed->distanceLimits();
    }
    mCanvas->setQueryDistances(distances);
    if (!rows.empty())
        mCanvas->zoomToParcels(rows);
}

void MainWindow::exportSelection()
{
    showTheRest();   // the table's columns are the export's
    const QString path = SaveLocation::ask(this, tr("Export parcels to CSV"),
                                           SaveLocation::suggestedName(mDatasetPath, QStringLiteral("parcels"), QStringLiteral("csv")),
                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!mTable->exportSelection(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

ReportSelection MainWindow::reportSelection() const
{
    return ReportSelection::compare(mQueryText, mQueryRows, mSelection->rows());
}

// The report covers the selection, or every parcel when nothing is selected; the dialog chooses
// its kind, language, columns and paper.
void MainWindow::exportReport()
{
    if (!mStore)
        return;
    ReportDialog dialog(*mStore, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString filter;
    QString path = SaveLocation::ask(this, tr("Export a report"),
                                     SaveLocation::suggestedName(mDatasetPath, QStringLiteral("report"), QStringLiteral("pdf")),
                                     tr("PDF files (*.pdf);;Excel workbooks (*.xlsx)"), &filter);
    if (path.isEmpty())
        return;
    // The workbook: the same table and summary tables, coded values in words.
    const bool workbook = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || filter.contains(QLatin1String("*.xlsx"));
    if (workbook && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    std::vector<qint64> rows = mSelection->rows();
    std::sort(rows.begin(), rows.end());
    ReportOptions options = dialog.reportOptions();
    if (rows.empty()) {
        rows.resize(std::size_t(mStore->size()));
        for (qint64 i = 0; i < mStore->size(); ++i)
            rows[std::size_t(i)] = i;
    } else {
        const ReportSelection chosen = reportSelection();
        options.where = chosen.query;
        options.addedByHand = chosen.added;
        options.removedByHand = chosen.removed;
    }
    options.layers = &mCanvas->layers();
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Feedback feedback;
    options.feedback = &feedback;
    connect(&feedback, &Feedback::changed, &progress, [&progress](const FeedbackState &s) {
        progress.setMaximum(int(s.total));
        progress.setValue(int(s.done));
    });
    connect(&progress, &QProgressDialog::canceled, &feedback, &Feedback::cancel);
    QString error;
    bool written = false;
    {
        // The report's language for its own text; the window keeps its own.
        const ScopedLanguage language(dialog.language());
        written = workbook ? writeReportWorkbook(*mStore, rows, options, true, path, &error)
                           : writeReport(*mStore, rows, options, path, &error);
    }
    if (!written) {
        if (!feedback.isCancelled())   // a cancel is not a failure
            QMessageBox::warning(this, tr("Export failed"), error);
    } else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// The parcel card's Extract: the dialog chooses the language and an extra coordinate system.
void MainWindow::exportExtract(qint64 row)
{
    if (!mStore || row < 0 || row >= mStore->size())
        return;
    if (mCache && !mCache->derivedReady()) {   // an extract states the computed area
        statusBar()->showMessage(QueryBuilder::computingMessage(), 8000);
        return;
    }
    ReportDialog dialog(*mStore, row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString number = mStore->value(row, ParcelField::CadastralNumber).toString();
    const QString path = SaveLocation::ask(this, tr("Export the parcel's extract"), number + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ExtractOptions options;
    options.extraEpsg = dialog.extraEpsg();
    options.source = QFileInfo(mDatasetPath).absoluteFilePath();
    options.sourceDigest = mCache ? mCache->sourcesDigest() : QString();
    options.imagery = mImagery->layers();   // the ground under the plan, as the map shows it
    QString error;
    bool written = false;
    {
        const ScopedLanguage language(dialog.language());
        const auto extract = ParcelExtract::build(*mStore, row, options, &error);
        written = extract && writeParcelExtract(*extract, path, &error);
    }
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// The map as it is on screen, as a PNG at a chosen resolution or as SVG vector graphics.
void MainWindow::exportMapImage()
{
    if (!mStore)
        return;
    QString filter;
    const QString path = SaveLocation::ask(this, tr("Export the map"),
                                           SaveLocation::suggestedName(mDatasetPath, QStringLiteral("map"), QStringLiteral("png")),
                                           tr("PNG images (*.png);;SVG drawings (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString refused;
    if (!OutputGuard::check(path, &refused)) {
        QMessageBox::warning(this, tr("Export failed"), refused);
        return;
    }
    // What is on screen: the canvas's view, style and layers.
    RenderOptions options = mCanvas->renderOptions();
    const auto selection = mSelection->mask();
    options.selection = selection ? selection.get() : nullptr;
    options.imageryWaitMs = kExportImageryWaitMs;
    RenderContext context(*mStore, *mCanvas->mapStyle(), mCanvas->mapView().resized(mCanvas->size(), 1.0), options);
    context.setLayers(mCanvas->layers());
    const QSize size = context.view().size();
    bool ok = false;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            QSvgGenerator generator;
            generator.setOutputDevice(&file);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            QPainter painter(&generator);
            painter.fillRect(QRect(QPoint(0, 0), size), MapStyle::background());
            ok = MapRenderer::paint(painter, context);
            MapDecorations::paintAttribution(painter, QRectF(QPointF(0, 0), QSizeF(size)), context.layers().attribution());
            painter.end();
            ok = ok && file.commit();
        }
    } else {
        const int dpi = QInputDialog::getInt(this, tr("Export the map"), tr("Resolution, dots per inch:"), 150, 72, 600, 1, &ok);
        if (!ok)
            return;
        // The screen's view at more pixels per screen pixel: symbols and text keep their size on paper.
        context.setView(context.view().resized(size, dpi / 96.0));
        QImage image = MapRenderer::render(context);
        if (!image.isNull()) {
            QPainter credit(&image);
            MapDecorations::paintAttribution(credit, QRectF(QPointF(0, 0), QSizeF(size)), context.layers().attribution());
        }
        image.setDotsPerMeterX(int(dpi / 0.0254));
        image.setDotsPerMeterY(int(dpi / 0.0254));
        QSaveFile file(path);
        ok = !image.isNull() && file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// File ▸ Add imagery: a raster file for this dataset, or the tile basemap; a large file without
// overviews is offered them.
void MainWindow::addImagery()
{
    const QString cacheDir = mCacheDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : mCacheDir;
    ImageryDialog dialog(QDir(cacheDir).filePath(QStringLiteral("tiles")), mImagery->basemapAddress(), mImagery->basemapAttribution(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool added = dialog.isBasemap() ? mImagery->setBasemap(dialog.address(), dialog.attribution(), &error)
                                          : mImagery->addFile(dialog.path(), &error);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot add the imagery"), error);
        return;
    }
    if (dialog.isBasemap())
        return;
    const QString location = QFileInfo(dialog.path()).absoluteFilePath();
    const auto &entries = mImagery->entries();
    const auto entry = std::find_if(entries.begin(), entries.end(), [&location](const auto &e) { return e.location == location; });
    const auto *raster = entry == entries.end() ? nullptr : dynamic_cast<const RasterImagery *>(entry->source.get());
    if (raster && raster->needsOverviews()
        && QMessageBox::question(this, tr("Build overviews?"),
                                 tr("%1 is large (%2 × %3 pixels) and has no overviews, so it is slow to draw zoomed out. "
                                    "Build them now? They are written to a new file beside it (.ovr).")
                                     .arg(raster->name()).arg(raster->size().width()).arg(raster->size().height()))
               == QMessageBox::Yes)
        mImageryPanel->buildOverviews(entry->id, entry->location);
}

// Each imagery layer's look, overviews and Remove under its row in the layers panel, their one place
// (the row has its box and opacity; the imagery panel only lists the layers and adds more).
void MainWindow::hostImageryControls()
{
    QHash<QString, std::function<QWidget *()>> makers;
    for (const MapImagery::Entry &entry : mImagery->entries())
        makers.insert(entry.id, [this, id = entry.id]() -> QWidget * {
            const MapImagery::Entry *now = mImagery->find(id);
            if (!now)
                return nullptr;
            auto *controls = new ImageryLayerControls(mImagery, *now);
            connect(controls, &ImageryLayerControls::overviewsRequested, mImageryPanel, &ImageryPanel::buildOverviews);
            return controls;
        });
    mLayers->setLayerControls(std::move(makers));
}

// The dock tab bars are made by the layout whenever docks are tabified: each is kept whole as it
// is polished, before it is first shown.
bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::ChildPolished && qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
        QTimer::singleShot(0, this, &MainWindow::keepDockTabsWhole);
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace sez
