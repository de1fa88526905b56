// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/manifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace sez {

/// A dataset kept in a PostGIS database, named by GDAL's `PG:` connection string (libpq keywords,
/// e.g. `PG:dbname=sez host=db.akimat.local user=analyst`; the password comes from ~/.pgpass) and
/// read through GDAL's PostgreSQL driver like any other source. Its tables play the roles their
/// names say (parcels, zones, districts, sez_boundary, city_limits, infrastructure…).
///
/// Whether a table changed since a cache was made is asked cheaply, never by reading it: the
/// change counter that `sezview-cli publish` keeps with a statement-level trigger, else the newest
/// `updated_at` with the row count, else the server's statistics of rows written.
class PostgisSource
{
    Q_DECLARE_TR_FUNCTIONS(sez::PostgisSource)

public:
    /// Whether \a path names a PostGIS database (`PG:…`) rather than a file.
    static bool isConnection(const QString &path);
    /// The libpq connection string of a `PG:` path, without GDAL's own keywords (schemas, tables…).
    static QString conninfo(const QString &path);
    /// How messages name it: user@host/dbname, never a password.
    static QString displayName(const QString &path);

    /// The layers of the database at \a path: each table with a geometry whose name says its role,
    /// in the roles' order; false and *error when it cannot be read or holds no parcels table.
    static bool layers(const QString &path, std::vector<LayerSpec> *layers, QString *error);

    /// A mark of the state of each of \a tables ("schema.table" or "table") that changes whenever a
    /// row of it does; tables that cannot be asked are left out. One connection for all.
    static bool changeMarks(const QString &path, const QStringList &tables, QHash<QString, QString> *marks, QString *error);

    /// The name of the counter table and of the trigger function that publish installs.
    static const char *counterTable();
    /// SQL that makes \a table (already quoted) count its changes into counterTable().
    static QStringList countChangesSql(const QString &table);
};

} // namespace sez
