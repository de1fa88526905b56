// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"
#include "core/register/registerlocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sez {

/// The allocation register: the SEZ's decisions on each parcel (status, investor, project, lease,
/// technical conditions), keyed by cadastral number, with an append-only history of every change
/// (field, old and new value, reason, who, when, row version). One code path over Qt SQL for a SQLite
/// file and a shared PostgreSQL database; every statement is prepared and values are only ever bound.
///
/// Edits are optimistic: one applies only if the parcel is still at the version the caller saw,
/// otherwise it comes back as a conflict with the newer record. Undo records a new change that
/// reverses an old one. What the connection may do is asked of the database (PostgreSQL roles, the
/// file's permissions), and a refused write comes back as a translated sentence.
///
/// An object uses its connection in the thread that opened it; other threads open their own.
class AllocationRegister
{
    Q_DECLARE_TR_FUNCTIONS(sez::AllocationRegister)

public:
    struct Options
    {
        /// Recorded as who made a change in a SQLite register (default: the login name). PostgreSQL
        /// records the database role, whatever is given here.
        QString author;
        /// PostgreSQL: create the register where it is missing and (re)apply the roles' grants; for
        /// the database's owner (`sezview-cli register init`). SQLite files are created on first use.
        bool create = false;
        /// Open for reading only, whatever the role or the file would allow (an investor's desk).
        bool readOnly = false;
    };

    static std::unique_ptr<AllocationRegister> open(const RegisterLocation &location, const Options &options,
                                                    QString *error);
    ~AllocationRegister();

    const RegisterLocation &location() const;
    /// Whether this connection may record changes, and if not, why, as a user reads it.
    bool canWrite() const;
    QString readOnlyReason() const;
    /// Who this connection's changes are recorded as.
    QString author() const;

    /// The register's record of a parcel (version 0 and no values when it has none).
    bool record(const QString &cadastralNumber, AllocationRecord *record, QString *error);
    /// Every parcel the register holds, for overlaying onto a store.
    bool records(std::vector<AllocationRecord> *records, QString *error);
    /// The distinct non-empty values recorded for a text field (e.g. the investors).
    bool recordedValues(ParcelField field, QStringList *values, QString *error);

    EditResult apply(const AllocationEdit &edit);
    /// Records a change that sets the fields of change \a changeId back to their old values. A conflict
    /// when one of them was changed again since.
    EditResult undo(qint64 changeId, const QString &reason);

    /// The changes of one parcel, or of all parcels when \a cadastralNumber is empty, oldest first.
    bool history(const QString &cadastralNumber, std::vector<AllocationChange> *changes, QString *error);
    /// The changes made from \a from up to (not including) \a to (open-ended when invalid), oldest first.
    bool changesBetween(const QDateTime &from, const QDateTime &to, std::vector<AllocationChange> *changes,
                        QString *error);
    /// One change; false with *error when there is none of that id.
    bool change(qint64 changeId, AllocationChange *change, QString *error);

private:
    AllocationRegister();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sez
