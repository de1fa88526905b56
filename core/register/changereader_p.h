// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QVariantList>

#include <vector>

namespace sez {

class RegisterConnection;

/// Reads the history's changes with their fields, for the register and its watcher alike.
class ChangeReader
{
public:
    /// Changes matching \a condition (one of the register's own SQL conditions on `c`, the change,
    /// with ? for \a values), in the order of their ids.
    static bool read(RegisterConnection &connection, const QString &condition, const QVariantList &values,
                     std::vector<AllocationChange> *changes, QString *error);
    /// A server time as SQLite text or a PostgreSQL timestamp, in UTC.
    static QDateTime serverTime(const QVariant &value);
    /// A time as both backends compare it: ISO 8601 in UTC with milliseconds.
    static QString timeParameter(const QDateTime &time);
};

} // namespace sez
