// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcelselection.h"

#include <algorithm>

namespace sez {

ParcelSelection::ParcelSelection(QObject *parent)
    : QObject(parent)
    , mMask(std::make_shared<std::vector<bool>>())
{
}

void ParcelSelection::reset(qint64 parcelCount)
{
    mParcelCount = parcelCount;
    mRows.clear();
    rebuildMask();
    Q_EMIT changed();
}

bool ParcelSelection::contains(qint64 row) const
{
    return row >= 0 && row < qint64(mMask->size()) && (*mMask)[std::size_t(row)];
}

void ParcelSelection::setRows(std::vector<qint64> rows)
{
    std::erase_if(rows, [this](qint64 r) { return r < 0 || r >= mParcelCount; });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows == mRows)
        return;
    mRows = std::move(rows);
    rebuildMask();
    Q_EMIT changed();
}

void ParcelSelection::add(const std::vector<qint64> &rows)
{
    std::vector<qint64> merged = mRows;
    merged.insert(merged.end(), rows.begin(), rows.end());
    setRows(std::move(merged));
}

void ParcelSelection::toggle(qint64 row)
{
    std::vector<qint64> rows = mRows;
    const auto it = std::lower_bound(rows.begin(), rows.end(), row);
    if (it != rows.end() && *it == row)
        rows.erase(it);
    else
        rows.insert(it, row);
    setRows(std::move(rows));
}

void ParcelSelection::clear()
{
    setRows({});
    Q_EMIT cleared();
}

void ParcelSelection::rebuildMask()
{
    // A new vector each time: the renderer of the previous frame may still be reading the old one.
    auto mask = std::make_shared<std::vector<bool>>(std::size_t(std::max<qint64>(mParcelCount, 0)), false);
    for (qint64 r : mRows)
        (*mask)[std::size_t(r)] = true;
    mMask = std::move(mask);
}

} // namespace sez
