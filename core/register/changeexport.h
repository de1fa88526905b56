// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace sez {

/// The register's records and changes as machines read them: JSON objects, and CSV with one row a
/// changed field (RFC 4180, UTF-8). Times are ISO 8601 in UTC; values in the fields' canonical text.
class ChangeExport
{
public:
    static QJsonObject recordJson(const AllocationRecord &record);
    static QJsonObject changeJson(const AllocationChange &change);
    /// change_id, changed_at, cadastral_number, version, field, old_value, new_value, reason, author,
    /// undoes; a header line first.
    static QString changesCsv(const std::vector<AllocationChange> &changes);
    static QString timeText(const QDateTime &time);
};

} // namespace sez
