// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sez {

class Feedback;
class ParcelCache;

/// Loads a dataset into a PostGIS database for the first time (`sezview-cli publish`), from its
/// cache: the layers already read, repaired and reprojected into the map CRS, with canonical
/// column names (the derived ones are left out: a reader computes them again). Each table gets the
/// statement-level trigger that counts its changes, so desks' caches are refreshed when it changes
/// and not otherwise, and the register's roles (sezview_reader, sezview_officer) may read it.
/// Tables that already exist are never replaced.
class PostgisPublisher
{
    Q_DECLARE_TR_FUNCTIONS(sez::PostgisPublisher)

public:
    struct Result
    {
        QStringList tables;   ///< the tables made, parcels first
        qint64 parcels = 0;
    };

    /// Publishes \a cache's dataset to the database \a target (`PG:…`); false and a one-line *error
    /// when it cannot (then nothing of its own is left behind).
    static bool publish(const ParcelCache &cache, const QString &target, Result *result, QString *error,
                        Feedback *feedback = nullptr);
};

} // namespace sez
