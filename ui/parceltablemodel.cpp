// SPDX-License-Identifier: GPL-3.0-or-later
#include "parceltablemodel.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"

#include "core/base/parallel.h"

#include <QCollator>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace sez {

namespace {

bool isNumeric(FieldKind kind)
{
    return kind == FieldKind::Real || kind == FieldKind::Integer || kind == FieldKind::Date || kind == FieldKind::Bool;
}

QCollator displayCollator()
{
    QCollator collator;
    collator.setNumericMode(true);   // cadastral numbers compare their digit groups as numbers
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace

ParcelTableModel::ParcelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParcelTableModel::setStore(std::shared_ptr<const ParcelStore> store)
{
    beginResetModel();
    mStore = std::move(store);
    mFields = shownFields(mStore.get());
    mRows.clear();
    mLookup.clear();
    ++mRowsVersion;   // a sort still running on the pool was for the rows gone
    endResetModel();
    setSorting(false);
}

void ParcelTableModel::replaceStore(std::shared_ptr<const ParcelStore> store)
{
    if (!mStore || !store || store->size() != mStore->size() || shownFields(store.get()) != mFields) {
        std::vector<qint64> rows = std::move(mRows);
        setStore(std::move(store));
        setRows(std::move(rows));
        return;
    }
    // The same rows and columns with other values: kept in their sort order, the view not reset.
    Q_EMIT layoutAboutToBeChanged();
    mStore = std::move(store);
    sortRows();
    rebuildLookup();
    Q_EMIT layoutChanged();
}

std::vector<int> ParcelTableModel::shownFields(const ParcelStore *store)
{
    // A field the source does not have is left out rather than shown empty; a derived one still
    // being computed is shown as such, so the columns stay when the complete store replaces it.
    std::vector<int> fields;
    for (int f = 0; store && f < store->fieldCount(); ++f)
        if (store->column(f).storage() != ColumnStorage::Absent || HumanLabels::isBeingComputed(*store, f))
            fields.push_back(f);
    return fields;
}

void ParcelTableModel::setRows(std::vector<qint64> rows)
{
    beginResetModel();
    mRows = std::move(rows);
    if (mStore)
        std::erase_if(mRows, [this](qint64 r) { return r < 0 || r >= mStore->size(); });
    else
        mRows.clear();
    sortRows();
    rebuildLookup();
    endResetModel();
}

void ParcelTableModel::showAll()
{
    std::vector<qint64> all(std::size_t(mStore ? mStore->size() : 0));
    std::iota(all.begin(), all.end(), qint64(0));
    setRows(std::move(all));
}

int ParcelTableModel::modelRow(qint64 storeRow) const
{
    if (storeRow < 0 || storeRow >= qint64(mLookup.size()))
        return -1;
    return mLookup[std::size_t(storeRow)];
}

int ParcelTableModel::column(int fieldIndex) const
{
    const auto it = std::find(mFields.begin(), mFields.end(), fieldIndex);
    return it == mFields.end() ? -1 : int(it - mFields.begin());
}

void ParcelTableModel::rebuildLookup()
{
    mLookup.assign(std::size_t(mStore ? mStore->size() : 0), -1);
    for (std::size_t i = 0; i < mRows.size(); ++i)
        mLookup[std::size_t(mRows[i])] = int(i);
}

int ParcelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int ParcelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFields.size());
}

QVariant ParcelTableModel::data(const QModelIndex &index, int role) const
{
    if (!mStore || !index.isValid() || index.row() >= int(mRows.size()) || index.column() >= int(mFields.size()))
        return {};
    const int field = mFields[std::size_t(index.column())];
    if (role == Qt::DisplayRole)
        return HumanLabels::displayValue(*mStore, mRows[std::size_t(index.row())], field);
    if (role == Qt::ToolTipRole) {   // a long address or permitted use, read whole
        const QString text = HumanLabels::displayValue(*mStore, mRows[std::size_t(index.row())], field);
        return text.size() > 24 ? QVariant(text) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        const FieldKind kind = mStore->field(field).kind;
        const bool right = isNumeric(kind) && kind != FieldKind::Bool;
        return right ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ParcelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (!mStore || section < 0 || section >= int(mFields.size()))
        return {};
    const StoreField &field = mStore->field(mFields[std::size_t(section)]);
    if (role == Qt::DisplayRole)
        return field.header();
    if (role == Qt::ToolTipRole)   // the name the query language and the exports use
        return field.name;
    return {};
}

void ParcelTableModel::sort(int column, Qt::SortOrder order)
{
    mSortColumn = column;
    mSortOrder = order;
    // On the pool nothing changes yet: no layout signals, which cost the view O(rows) each.
    if (mStore && column >= 0 && column < int(mFields.size()) && qint64(mRows.size()) > mBackgroundSortRows) {
        sortRows();
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    sortRows();
    rebuildLookup();
    Q_EMIT layoutChanged();
}

void ParcelTableModel::setSorting(bool sorting)
{
    if (sorting == mSorting)
        return;
    mSorting = sorting;
    Q_EMIT sortingChanged(sorting);
}

bool ParcelTableModel::sortRows()
{
    const quint64 version = ++mRowsVersion;
    if (!mStore || mSortColumn < 0 || mSortColumn >= int(mFields.size()) || mRows.size() < 2) {
        setSorting(false);
        return true;
    }
    const int field = mFields[std::size_t(mSortColumn)];
    if (qint64(mRows.size()) <= mBackgroundSortRows) {
        mRows = sortedRows(*mStore, std::move(mRows), field, mSortOrder);
        setSorting(false);
        return true;
    }
    // The pool sorts a copy; the rows shown stay as they are (and stay valid) until it is done.
    auto *watcher = new QFutureWatcher<std::vector<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, version] {
        watcher->deleteLater();
        if (version != mRowsVersion)   // other rows or another sort since: a newer result follows
            return;
        Q_EMIT layoutAboutToBeChanged();
        mRows = watcher->result();
        rebuildLookup();
        Q_EMIT layoutChanged();
        setSorting(false);
    });
    watcher->setFuture(QtConcurrent::run(threadPool(), [store = mStore, rows = mRows, field, order = mSortOrder]() mutable {
        return sortedRows(*store, std::move(rows), field, order);
    }));
    setSorting(true);
    return false;
}

std::vector<qint64> ParcelTableModel::sortedRows(const ParcelStore &store, std::vector<qint64> rows, int field, Qt::SortOrder sortOrder)
{
    // The keys are extracted once, then only the permutation is sorted: the store is never asked
    // for a value inside the comparison. Numbers sort as numbers (empty cells first); coded text by
    // the rank of its label among the dictionary's; free text with a collator.
    const ParcelColumn &values = store.column(field);
    const std::size_t n = rows.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const bool descending = sortOrder == Qt::DescendingOrder;
    auto sortBy = [&](const auto &keys, const auto &less) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return descending ? less(keys[b], keys[a]) : less(keys[a], keys[b]);
        });
    };
    if (isNumeric(store.field(field).kind) || values.isCoded()) {
        std::vector<double> rank;
        if (values.isCoded()) {
            const QStringList &dictionary = values.dictionary();
            std::vector<QString> labels;
            for (const QString &code : dictionary)
                labels.push_back(code.isEmpty() ? QString() : store.field(field).spec ? HumanLabels::value(store.field(field).spec->id, code) : code);
            std::vector<int> byLabel(labels.size());
            std::iota(byLabel.begin(), byLabel.end(), 0);
            const QCollator collator = displayCollator();
            std::stable_sort(byLabel.begin(), byLabel.end(), [&](int a, int b) { return collator.compare(labels[std::size_t(a)], labels[std::size_t(b)]) < 0; });
            rank.resize(labels.size());
            for (std::size_t i = 0; i < byLabel.size(); ++i)
                rank[std::size_t(byLabel[i])] = double(i);
        }
        // Each key beside its position, sorted together: at millions of rows a comparison that
        // looks the key up elsewhere misses the cache every time. Equal keys keep their order.
        std::vector<std::pair<double, std::size_t>> keyed(n);
        for (std::size_t i = 0; i < n; ++i) {
            double key = 0;
            if (values.isCoded()) {
                key = rank[std::size_t(values.code(rows[i]))];
            } else {
                bool isNull = false;
                const double v = values.number(rows[i], &isNull);
                key = isNull ? -std::numeric_limits<double>::infinity() : v;
            }
            keyed[i] = {key, i};
        }
        std::sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return descending ? b.first < a.first : a.first < b.first;
            return a.second < b.second;
        });
        for (std::size_t i = 0; i < n; ++i)
            order[i] = keyed[i].second;
    } else {
        const QCollator collator = displayCollator();
        std::vector<QCollatorSortKey> keys;
        keys.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            keys.push_back(collator.sortKey(HumanLabels::displayValue(store, rows[i], field)));
        sortBy(keys, [](const QCollatorSortKey &a, const QCollatorSortKey &b) { return a.compare(b) < 0; });
    }
    std::vector<qint64> sorted(n);
    for (std::size_t i = 0; i < n; ++i)
        sorted[i] = rows[order[i]];
    return sorted;
}

} // namespace sez
