// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace sez {

/// The parcels the user has selected, shared by the map, the table, the card and the statistics,
/// so that a selection made in one shows in all. Rows are kept sorted; the mask is an immutable
/// snapshot that a render thread may hold while the selection changes again.
class ParcelSelection : public QObject
{
    Q_OBJECT

public:
    explicit ParcelSelection(QObject *parent = nullptr);

    /// Clears the selection and sizes it for a store of \a parcelCount rows.
    void reset(qint64 parcelCount);

    const std::vector<qint64> &rows() const { return mRows; }
    std::shared_ptr<const std::vector<bool>> mask() const { return mMask; }
    bool contains(qint64 row) const;
    bool isEmpty() const { return mRows.empty(); }
    qint64 size() const { return qint64(mRows.size()); }

    void setRows(std::vector<qint64> rows);
    void add(const std::vector<qint64> &rows);
    void toggle(qint64 row);
    void clear();

Q_SIGNALS:
    void changed();
    /// clear() was called, even on an empty selection: whatever followed the last selection
    /// (a query's filter of the table) ends.
    void cleared();

private:
    void rebuildMask();

    qint64 mParcelCount = 0;
    std::vector<qint64> mRows;
    std::shared_ptr<const std::vector<bool>> mMask;
};

} // namespace sez
