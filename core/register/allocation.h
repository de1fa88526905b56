// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <map>
#include <vector>

namespace sez {

/// What the allocation register holds on one parcel: the SEZ's own decisions, which win over the
/// source's attributes. A field absent from \a values is not recorded (the source's value shows);
/// a field present with a text value of "" is recorded as none.
struct AllocationRecord
{
    QString cadastralNumber;
    qint64 version = 0;                     ///< 0: the register has nothing on this parcel yet
    std::map<ParcelField, QVariant> values; ///< typed: QString, qint64, double or QDate
    QDateTime updatedAt;                    ///< when the current version was recorded (UTC, the server's clock)
    QString updatedBy;                      ///< and by whom
};

/// One requested change of a parcel's allocation.
struct AllocationEdit
{
    QString cadastralNumber;
    qint64 expectedVersion = 0;             ///< the version the caller saw; 0 when there was no record
    std::map<ParcelField, QVariant> values; ///< the new values; a null QVariant returns the field to the source's
    QString reason;                         ///< e.g. the akimat's decision number and date; required
};

/// One field of a change, as canonical text (AllocationFields::toText); null when not recorded.
struct FieldChange
{
    ParcelField field = ParcelField::Count;
    QString oldValue;
    QString newValue;
};

/// One change of the history: an edit of one parcel, which made its row version \a version.
struct AllocationChange
{
    qint64 id = 0;
    QString cadastralNumber;
    qint64 version = 0;
    QString reason;
    QString author;      ///< the database role (PostgreSQL) or the configured name (SQLite)
    QDateTime changedAt; ///< UTC, the server's clock
    qint64 undoes = 0;   ///< the change this one reverses, 0 for none
    std::vector<FieldChange> fields;
};

/// What became of an edit or an undo.
struct EditResult
{
    enum class Outcome {
        Applied,   ///< committed: see change and current
        Unchanged, ///< the values were already those: nothing recorded
        Conflict,  ///< the parcel moved on since the version the caller saw: current is the newer state
        ReadOnly,  ///< the role or the file may not write
        Invalid,   ///< a value, the reason or the change id is not acceptable: see message
        Failed     ///< the database failed: see message
    };
    Outcome outcome = Outcome::Failed;
    QString message;          ///< translated, one sentence; empty when applied
    AllocationChange change;  ///< the change recorded (Applied)
    AllocationRecord current; ///< the parcel's record after the edit, or the newer one on a conflict
};

} // namespace sez

Q_DECLARE_METATYPE(sez::AllocationChange)
