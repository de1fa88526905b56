// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sez {

class TextSearch;
class ParcelSelection;
class ParcelStore;
class ParcelTableModel;
class QueryCompleter;

/// The attribute table: the parcels a query selects (or all, or the selection) as rows, sortable by
/// any column, with its selection shared with the map both ways and an export of it to CSV. The
/// user chooses and orders the columns (kept between starts, by field name), selects all or the
/// other rows, and zooms the map to the selected ones.
class AttributeTable : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeTable(ParcelSelection *selection, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// The full-text index once the cache has prepared it (null before: matches() says it is missing).
    void setSearch(const TextSearch *search) { mSearch = search; }
    /// A new snapshot of the same dataset (the register's values changed): query, rows and sort stay.
    void replaceStore(std::shared_ptr<const ParcelStore> store);
    /// Shows these rows with the query text that produced them. A query from elsewhere (the query
    /// builder's, \a query not null) filters the table only until the selection is cleared.
    void showRows(std::vector<qint64> rows, const QString &query = {});
    /// Every parcel, no filter.
    void showAll();
    /// Makes sure the table shows \a rows (dropping a filter that hides one), and scrolls to the first.
    void reveal(const std::vector<qint64> &rows);

    /// The columns shown, by field name, in their order on screen.
    QStringList visibleColumns() const;
    /// Shows these columns (field names) in this order and hides the others; kept for later starts.
    void setVisibleColumns(const QStringList &names);
    void chooseColumns();
    /// Selects every parcel the table shows.
    void selectAllShown();
    /// Selects the parcels the table shows that were not selected, and nothing else.
    void invertSelection();
    /// Runs the query in the line edit; false (and the error shown inline) when it does not parse.
    bool runQuery();
    void setQueryText(const QString &text);
    QString queryText() const;
    void setSelectedOnly(bool on);
    bool exportSelection(const QString &path, QString *error);

    ParcelTableModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    QString errorText() const;

Q_SIGNALS:
    /// A query typed here ran; its rows are what it selected.
    void queryRan(const std::vector<qint64> &rows);
    /// "Zoom to selected": the map should show these parcels.
    void zoomRequested(const std::vector<qint64> &rows);
    void parcelActivated(qint64 row);
    void currentParcelChanged(qint64 row);

private:
    void enableExport();
    void selectionFromTable();
    void selectionToTable();
    void updateCount();
    void exportClicked();
    void fitHeaders();
    void restoreColumns();
    void saveColumns() const;

    ParcelSelection *mSelection;
    std::shared_ptr<const ParcelStore> mStore;
    const TextSearch *mSearch = nullptr;
    ParcelTableModel *mModel;
    QTableView *mView;
    QLineEdit *mQuery;
    QueryCompleter *mCompleter;
    QLabel *mError;
    QPushButton *mExport;   // disabled while the derived fields are computed
    QString mWaiting;   // the filter that waits for the derived fields (QueryBuilder::run())
    QLabel *mCount;
    QCheckBox *mSelectedOnly;
    std::vector<qint64> mShown;   // what the table shows when not "selected only"
    bool mSyncing = false;
    bool mFilterFollowsSelection = false;   // the rows shown are a query's from elsewhere
    bool mRestoring = false;
};

} // namespace sez
