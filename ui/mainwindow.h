// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/placetext.h"
#include "core/query/query.h"
#include "core/render/mapstyle.h"
#include "ui/mapimagery.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
template <typename T>
class QFutureWatcher;

namespace sez {

class AttributeTable;
class Dashboard;
class DatasetLoader;
class FeatureCard;
class ImageryPanel;
class LayerPanel;
class MapBookmarks;
class MapCanvas;
class ParcelCache;
class ParcelCard;
class ParcelSelection;
class ParcelStore;
class QueryBuilder;
struct ReportSelection;
class RegisterLocation;
class RegisterOverlay;
class RegisterSession;
class SearchBox;
class StatisticsPanel;
class TextSearch;

/// The viewer's window: the map in the middle, the legend, card, statistics, query builder and
/// attribute table around it, all sharing one parcel store and one selection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where dataset caches go instead of the user's cache directory (tests use a temporary one).
    void setCacheDirectory(const QString &dir);
    /// Starts opening a dataset in the background; the current one stays until it has loaded.
    void openDataset(const QString &path);
    /// The dataset shown, as it was opened.
    QString datasetPath() const { return mDatasetPath; }
    /// Gives the table, search, query builder, statistics and dashboard the dataset shown, if they
    /// still wait for its first map to be on the screen (they are disabled and say "Loading…"
    /// meanwhile); nothing when they have it. Before anything that reads them whole.
    void showTheRest();
    /// Whether they still wait (see showTheRest()).
    bool restPending() const { return mRest.has_value(); }

    /// What a user has open and would lose with the window: the dataset (its open cache), the
    /// view, the selection, the query result on the map and its distances, the table's filter, the
    /// query builder's text, the card, the colours and the layers.
    struct ViewerState
    {
        QString datasetPath;
        std::shared_ptr<ParcelCache> cache;
        QPointF centre;
        double metresPerPixel = 0;
        std::vector<qint64> selection, highlight, tableRows;
        QString tableFilter, builderQuery;
        QList<QueryDistanceLimit> distances;
        qint64 card = -1, nearest = -1;
        ParcelStyle style = ParcelStyle::Zone;
        bool outlines = true;
        std::vector<std::tuple<QString, bool, double>> layers;   // id, shown, opacity
        std::vector<MapImagery::Entry> imagery;   // those for this session too
    };
    ViewerState viewerState() const;
    /// Takes over \a state (the dataset at once, without reading it again); returns what was kept,
    /// in words for the status bar.
    QString adoptViewerState(const ViewerState &state);

    /// The view as "lon,lat,scale", for another user (View ▸ Copy the view).
    ViewLink currentView() const;
    /// Shows \a view (`sezview --view`): now, or once the dataset being opened is shown.
    void showView(const ViewLink &view);

    std::shared_ptr<const ParcelStore> store() const { return mStore; }
    const ParcelCache *cache() const { return mCache.get(); }
    MapCanvas *canvas() const { return mCanvas; }
    ParcelCard *card() const { return mCard; }
    AttributeTable *table() const { return mTable; }
    SearchBox *searchBox() const { return mSearch; }
    QueryBuilder *queryBuilder() const { return mQueryBuilder; }
    LayerPanel *layerPanel() const { return mLayers; }
    /// The imagery under the map (orthophotos, the basemap) and its panel.
    MapImagery *imagery() const { return mImagery; }
    ImageryPanel *imageryPanel() const { return mImageryPanel; }
    FeatureCard *featureCard() const { return mFeatureCard; }
    MapBookmarks *bookmarks() const { return mBookmarks; }
    /// Raises the card of a parcel (true) or of another feature (false) in the card's dock.
    bool showsFeatureCard() const;
    ParcelSelection *selection() const { return mSelection; }
    DatasetLoader *loader() const { return mLoader; }
    /// The message box of the last failed open, if still shown.
    QMessageBox *errorBox() const { return mErrorBox; }
    /// What a report of the selection is of: the last query run and the parcels added to or taken
    /// out of its result by hand (ReportSelection::compare()), so that the report keeps the query.
    ReportSelection reportSelection() const;

    // The allocation register (mainwindowregister.cpp).
    /// Opens the register whose values the window shows over the dataset's, and that the card's
    /// Edit allocation writes to; false and *error when it cannot (the source's values show).
    bool openRegister(const RegisterLocation &location, QString *error);
    RegisterSession *registerSession() const { return mRegister; }
    /// Selects and highlights the parcels the register changed since \a since; how many, or -1.
    int showChangesSince(const QDateTime &since, QString *error);
    /// The "allocation changes" PDF of the days \a from to \a to, in the current language.
    bool exportChangesReport(const QDate &from, const QDate &to, const QString &path, QString *error);

Q_SIGNALS:
    /// A dataset finished opening (\a ok) or failed; the window is usable either way. On \a ok the
    /// map shows it; in a window on the screen the table, search, query builder and figures get it
    /// once the first map is painted (showTheRest()), at once in one that is not.
    void datasetOpened(bool ok);
    /// The shown dataset's search and cache file are ready, and every widget shows the dataset:
    /// after datasetOpened(true) when it came from its cache, once written in the background when
    /// it was imported.
    void cacheReady();
    /// The shown dataset's derived fields (areas, inside the city, district, distances) are in the
    /// store: at once when it came from its cache, after the map when it was imported.
    void derivedReady();
    /// The user chose another language ("en", "ru", "kk"); the application rebuilds the window.
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void loadFinished(bool ok, const QString &error, bool cancelled);
    void showDataset(const QString &path, std::shared_ptr<ParcelCache> cache);
    /// The widgets showDataset() leaves for after the first map: the table, search, the query
    /// builder, statistics and dashboard.
    std::array<QWidget *, 5> deferredWidgets() const;
    /// A cache no longer shown, let go without waiting for its write.
    void letGo(std::shared_ptr<ParcelCache> replaced);
    // The cache being written in the background after an import (mainwindowcache.cpp).
    const TextSearch *readySearch() const;
    void watchCache(bool pending, std::shared_ptr<ParcelCache> replaced);
    void cacheWritten();
    void derivedComputed();
    void showPreparing(const QString &phase, int percent);
    /// What waits for the derived fields is enabled once they are there, and says why until then.
    void enableWhatNeedsDerived(bool ready);
    /// Another snapshot of the dataset shown (the register's values, \a overlay, over the cache's
    /// store; or the complete store once the derived fields are there): everything that reads the
    /// store gets it, and keeps what the user was doing (view, selection, query, sort, the card).
    void replaceShownStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const RegisterOverlay> overlay = {});
    void announceLoaded();
    void createPlaceActions(QMenu *view);
    void createLanguageMenu(QMenu *view);
    void updateBookmarksMenu();
    void goToPlace();
    void keepDockTabsWhole();
    void showFeature(const QString &layerId, const ContextFeature &feature);
    void loadProgress(const QString &phase, qint64 done, qint64 total);
    void chooseDataset();
    void chooseFolder();
    /// Data without a manifest, seen for the first time: the mapping dialog, then the data opens.
    void confirmMapping(const QString &path);
    void showOpenError(const QString &path, const QString &error);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void updateCursor(const QPointF &map);
    void updateScale();
    void scaleEdited();
    void selectionChanged();
    void showFound(const std::vector<qint64> &rows, const QString &text);
    void showQueryResult(const std::vector<qint64> &rows, const QString &query);
    void exportSelection();
    void exportReport();
    void exportExtract(qint64 row);
    void exportMapImage();
    void addImagery();
    void hostImageryControls();
    /// The register's actions: File (before \a fileEnd), View and Tools.
    void createRegisterActions(QAction *fileEnd, QMenu *view, QMenu *tools);
    void showRegisterValues(std::shared_ptr<const RegisterOverlay> overlay, const std::vector<qint64> &rows, bool full);
    void chooseRegister();
    void chooseChangesSince();
    void chooseChangesReport();

    /// What showDataset() leaves for showTheRest(): the cache shown before, the new store's style.
    struct RestToShow
    {
        std::shared_ptr<ParcelCache> replaced;
        std::shared_ptr<const MapStyle> style;
    };
    std::optional<RestToShow> mRest;   ///< until the first map of the dataset is on the screen
    std::shared_ptr<const ParcelStore> mStore;
    /// The cache's store under the register's values: its source store while the derived fields
    /// are computed, then the complete one (ParcelCache::derivedStore()).
    std::shared_ptr<const ParcelStore> mBaseStore;
    std::shared_ptr<ParcelCache> mCache;
    QString mDatasetPath;
    QString mCacheDir;
    QString mQueryText;                 ///< the last query run, for reports of the selection
    std::vector<qint64> mQueryRows;     ///< its result

    ParcelSelection *mSelection;
    DatasetLoader *mLoader;
    RegisterSession *mRegister;
    MapCanvas *mCanvas;
    MapImagery *mImagery;
    ImageryPanel *mImageryPanel = nullptr;
    ParcelCard *mCard = nullptr;
    AttributeTable *mTable = nullptr;
    SearchBox *mSearch = nullptr;
    QueryBuilder *mQueryBuilder = nullptr;
    LayerPanel *mLayers = nullptr;
    StatisticsPanel *mStatistics = nullptr;
    Dashboard *mDashboard = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QLabel *mLonLat = nullptr;
    QLabel *mProjected = nullptr;
    QLineEdit *mScale = nullptr;
    QLabel *mSelectionLabel = nullptr;
    QLabel *mMeasureLabel = nullptr;
    QPointer<QProgressDialog> mProgress;
    QPointer<QMessageBox> mErrorBox;
    std::unique_ptr<class CoordinateTransform> mToLonLat;
    FeatureCard *mFeatureCard = nullptr;
    QStackedWidget *mCards = nullptr;
    MapBookmarks *mBookmarks = nullptr;
    QMenu *mBookmarksMenu = nullptr;
    std::optional<ViewLink> mPendingView;
    QLabel *mPreparing = nullptr;                     ///< what is still being prepared
    QFutureWatcher<void> *mCacheWatcher = nullptr;    ///< while the cache is written
    QFutureWatcher<void> *mDeriveWatcher = nullptr;   ///< while the derived fields are computed
    QAction *mExportSelection = nullptr;
    QAction *mExportReport = nullptr;
};

} // namespace sez
