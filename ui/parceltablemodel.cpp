// SPDX-License-Identifier: GPL-3.0-or-later
#include "parceltablemodel.h"

#include "core/model/humanlabels.h"

#include "core/model/parcelstore.h"

#include <QCollator>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace sez {

namespace {

constexpr int kFieldColumns = int(ParcelField::Count);

bool isNumeric(ParcelField f)
{
    switch (f) {
    case ParcelField::AreaHa:
    case ParcelField::InvestmentKzt:
    case ParcelField::Jobs:
    case ParcelField::PowerKw:
    case ParcelField::WaterM3Day:
    case ParcelField::LeaseStart:
    case ParcelField::LeaseEnd:
        return true;
    default:
        return false;
    }
}

double numberOf(const ParcelStore &store, qint64 row, ParcelField f)
{
    const QVariant v = store.value(row, f);
    if (!v.isValid() || v.isNull())
        return -std::numeric_limits<double>::infinity();   // empty cells sort first
    if (v.typeId() == QMetaType::QDate)
        return double(v.toDate().toJulianDay());
    return v.toDouble();
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
    mRows.clear();
    mLookup.clear();
    endResetModel();
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
    return parent.isValid() ? 0 : kFieldColumns + ExtraColumnCount;
}

QVariant ParcelTableModel::data(const QModelIndex &index, int role) const
{
    if (!mStore || !index.isValid() || index.row() >= int(mRows.size()))
        return {};
    const qint64 row = mRows[std::size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column < kFieldColumns)
            return HumanLabels::displayValue(*mStore, row, ParcelField(column));
        if (column == kFieldColumns + ComputedAreaColumn)
            return HumanLabels::hectares(mStore->computedAreaHa(row));
        return mStore->insideCity(row) ? tr("inside") : tr("outside");
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column < kFieldColumns ? isNumeric(ParcelField(column)) : column == kFieldColumns + ComputedAreaColumn;
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ParcelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < kFieldColumns)
        return HumanLabels::field(ParcelField(section));
    if (section == kFieldColumns + ComputedAreaColumn)
        return tr("Computed area, ha");
    return tr("City");
}

void ParcelTableModel::sort(int column, Qt::SortOrder order)
{
    mSortColumn = column;
    mSortOrder = order;
    Q_EMIT layoutAboutToBeChanged();
    sortRows();
    rebuildLookup();
    Q_EMIT layoutChanged();
}

void ParcelTableModel::sortRows()
{
    if (!mStore || mSortColumn < 0 || mRows.empty())
        return;
    // The keys are extracted once, then only the permutation is sorted: the store is never asked
    // for a value inside the comparison.
    const std::size_t n = mRows.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const bool numeric = mSortColumn < kFieldColumns ? isNumeric(ParcelField(mSortColumn)) : mSortColumn == kFieldColumns + ComputedAreaColumn;
    const bool descending = mSortOrder == Qt::DescendingOrder;
    if (numeric) {
        std::vector<double> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = mSortColumn < kFieldColumns ? numberOf(*mStore, mRows[i], ParcelField(mSortColumn))
                                                  : double(mStore->computedAreaHa(mRows[i]));
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    } else {
        QCollator collator;
        collator.setNumericMode(true);   // cadastral numbers compare their digit groups as numbers
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const QString text = mSortColumn < kFieldColumns ? HumanLabels::displayValue(*mStore, mRows[i], ParcelField(mSortColumn))
                                                             : (mStore->insideCity(mRows[i]) ? tr("inside") : tr("outside"));
            keys.push_back(collator.sortKey(text));
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return descending ? keys[b].compare(keys[a]) < 0 : keys[a].compare(keys[b]) < 0;
        });
    }
    std::vector<qint64> sorted(n);
    for (std::size_t i = 0; i < n; ++i)
        sorted[i] = mRows[order[i]];
    mRows = std::move(sorted);
}

} // namespace sez
