// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;

namespace sez {

class AttributeTable;
class Dashboard;
class DatasetLoader;
class ImageryPanel;
class LayerPanel;
class MapCanvas;
class MapImagery;
class ParcelCache;
class ParcelCard;
class ParcelSelection;
class ParcelStore;
class QueryBuilder;
struct ReportSelection;
class SearchBox;
class StatisticsPanel;

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
    ParcelSelection *selection() const { return mSelection; }
    DatasetLoader *loader() const { return mLoader; }
    /// The message box of the last failed open, if still shown.
    QMessageBox *errorBox() const { return mErrorBox; }
    /// What a report of the selection is of: the last query run and the parcels added to or taken
    /// out of its result by hand (ReportSelection::compare()), so that the report keeps the query.
    ReportSelection reportSelection() const;

Q_SIGNALS:
    /// A dataset finished opening (\a ok) or failed; the window is usable either way.
    void datasetOpened(bool ok);
    /// The user chose another language ("en", "ru", "kk"); the application rebuilds the window.
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void loadFinished(bool ok, const QString &error, bool cancelled);
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

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<ParcelCache> mCache;
    QString mDatasetPath;
    QString mCacheDir;
    QString mQueryText;                 ///< the last query run, for reports of the selection
    std::vector<qint64> mQueryRows;     ///< its result

    ParcelSelection *mSelection;
    DatasetLoader *mLoader;
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
};

} // namespace sez
