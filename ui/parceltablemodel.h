// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace sez {

class ParcelStore;

/// The parcels as a table, read from the store on demand: the model holds nothing but a list of
/// store rows (every parcel, a query's result or the selection) in display order, so a hundred
/// thousand parcels cost a vector of integers. The columns are the store's fields that have values
/// (the field table's, then the source's extra columns), headed by their labels and units.
class ParcelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ParcelTableModel(QObject *parent = nullptr);

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// A new snapshot of the same dataset: the rows shown and their order stay.
    void replaceStore(std::shared_ptr<const ParcelStore> store);
    /// Shows these store rows (kept in the current sort order).
    void setRows(std::vector<qint64> rows);
    /// Shows every parcel.
    void showAll();
    const std::vector<qint64> &rows() const { return mRows; }

    qint64 storeRow(int modelRow) const { return mRows[std::size_t(modelRow)]; }
    /// The store field a column shows, and the column of a store field (-1 when not shown).
    int fieldIndex(int column) const { return mFields[std::size_t(column)]; }
    int column(int fieldIndex) const;
    /// The model row of a store row, or -1 when it is not shown.
    int modelRow(qint64 storeRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Sorts by a column. Up to backgroundSortRows() rows at once; more on the thread pool, the rows
    /// keeping their order (and the window its answers) until the new one is ready: sortingChanged()
    /// tells when. Rows given by setRows() or replaceStore() meanwhile make the pending order void.
    void sort(int column, Qt::SortOrder order) override;
    /// True while a sort runs on the pool.
    bool isSorting() const { return mSorting; }
    /// The most rows sorted on the calling thread (about 30 ms by area at 100,000 on 2 cores).
    qint64 backgroundSortRows() const { return mBackgroundSortRows; }
    void setBackgroundSortRows(qint64 rows) { mBackgroundSortRows = rows; }

Q_SIGNALS:
    /// A sort began on the pool (true) or its order is shown or was given up (false).
    void sortingChanged(bool sorting);

private:
    static std::vector<int> shownFields(const ParcelStore *store);
    /// \a rows in the order of \a field; reads the store only, so it runs on any thread.
    static std::vector<qint64> sortedRows(const ParcelStore &store, std::vector<qint64> rows, int field, Qt::SortOrder order);
    /// Applies the sort to mRows: at once (true) or on the pool (false, the rows changed later).
    bool sortRows();
    void setSorting(bool sorting);
    void rebuildLookup();

    std::shared_ptr<const ParcelStore> mStore;
    std::vector<int> mFields;    // column -> store field
    std::vector<qint64> mRows;
    std::vector<int> mLookup;    // store row -> model row, -1 when not shown
    int mSortColumn = -1;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    qint64 mBackgroundSortRows = 100'000;
    quint64 mRowsVersion = 0;   // changes with every new set of rows or sort: a pool's result for an older one is dropped
    bool mSorting = false;
};

} // namespace sez
