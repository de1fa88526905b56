// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace sez {

class ParcelStore;

/// A dataset's store with the allocation register's values over the source's, matched by cadastral
/// number: what the map, the table, the queries, the statistics, the reports and the exports read.
/// Only the register's columns are rebuilt (ParcelStore::withColumns); geometry and every other
/// column are the source store's own. It keeps, per parcel, the register's record (version, values,
/// who and when), so the card can say which value came from where and an edit can start from the
/// version shown.
///
/// Immutable once made, shared between threads like the store; a change makes a new overlay that
/// rebuilds only the touched parcels' columns.
class RegisterOverlay
{
    Q_DECLARE_TR_FUNCTIONS(sez::RegisterOverlay)

public:
    /// The register's \a records over \a source (the store as read from the dataset, never an
    /// overlaid one). Records of parcels the dataset does not have are counted, not applied.
    static std::shared_ptr<const RegisterOverlay> create(std::shared_ptr<const ParcelStore> source,
                                                         const std::vector<AllocationRecord> &records, QString *error);
    /// This overlay with the records of these parcels replaced (a record of version 0 removes the
    /// parcel's); only the columns of the fields they touch are rebuilt. The rows of the parcels
    /// whose values changed are added to \a changedRows when given.
    std::shared_ptr<const RegisterOverlay> withRecords(const std::vector<AllocationRecord> &records, QString *error,
                                                       std::vector<qint64> *changedRows = nullptr) const;

    /// The store with the register's values: what everything reads.
    const std::shared_ptr<const ParcelStore> &store() const { return mStore; }
    /// The store as read from the dataset.
    const std::shared_ptr<const ParcelStore> &source() const { return mSource; }

    /// The register's record of a parcel: version 0 and no values when it has none.
    AllocationRecord record(qint64 row) const;
    /// Whether the register holds \a field of parcel \a row (its value wins over the source's; a
    /// text recorded as none counts).
    bool fromRegister(qint64 row, ParcelField field) const;
    /// The parcels the register holds a record of, in the dataset.
    qint64 recordCount() const { return mRecords.size(); }
    /// Cadastral numbers of records that match no parcel of the dataset.
    const QStringList &unmatched() const { return mUnmatched; }

private:
    RegisterOverlay() = default;
    /// The value the store gets for \a field of \a row under \a record (null: none).
    QVariant storeValue(qint64 row, ParcelField field, const AllocationRecord *record) const;
    bool rebuildColumns(const std::vector<qint64> &rows, const std::vector<bool> &fields, QString *error);

    std::shared_ptr<const ParcelStore> mSource;
    std::shared_ptr<const ParcelStore> mStore;
    QHash<qint64, std::shared_ptr<const AllocationRecord>> mRecords;   // by row
    QStringList mUnmatched;
};

} // namespace sez
