// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sez {

class RegisterConnection;

/// The register's tables, triggers and (PostgreSQL) grants, per backend, and their version: created
/// on first use (SQLite) or by `register init` (PostgreSQL, by its owner), checked on every open.
class RegisterSchema
{
    Q_DECLARE_TR_FUNCTIONS(sez::RegisterSchema)

public:
    static constexpr int kVersion = 1;

    /// Checks that \a connection reaches a register of this version; creates it where it is missing
    /// (a new SQLite file always; PostgreSQL only with \a create), and with \a create on PostgreSQL
    /// also (re)applies the roles' grants. False and a translated \a error otherwise.
    static bool prepare(RegisterConnection &connection, bool create, QString *error);

private:
    static bool createSqlite(RegisterConnection &connection, QString *error);
    static bool createPostgres(RegisterConnection &connection, QString *error);
    static bool grantPostgres(RegisterConnection &connection, QString *error);
    static bool checkVersion(RegisterConnection &connection, QString *error);
};

} // namespace sez
