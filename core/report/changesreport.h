// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QDate>
#include <QString>

#include <vector>

namespace sez {

class ParcelStore;

struct ChangesReportOptions
{
    QDate from;                 ///< the first day
    QDate to;                   ///< the last day (included)
    QString registerName;       ///< the register, as its location names it
    QDate asOf = QDate::currentDate();
};

/// Writes "Allocation changes from … to …", an A4 PDF in the application's current language: the
/// period, the dataset and the register; how many changes, of how many parcels, and the statuses
/// parcels moved to; then every changed field, one a row (when, the parcel, the field, the value
/// before and after, the reason, who), over as many pages as it takes with the header repeated and
/// the pages numbered. Written to a temporary file and renamed into place. Needs a QGuiApplication (fonts).
bool writeChangesReport(const ParcelStore &store, const std::vector<AllocationChange> &changes,
                        const ChangesReportOptions &options, const QString &path, QString *error);

} // namespace sez
