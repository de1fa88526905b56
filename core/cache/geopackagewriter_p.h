// SPDX-License-Identifier: GPL-3.0-or-later
// The GeoPackage part of the cache.
#pragma once

#include "core/cache/sqlitestatement_p.h"

#include <QRectF>

#include <vector>

namespace sez {

class Feedback;
class ParcelStore;
struct ContextFeature;

namespace detail {

/// Writes a store as a GeoPackage into an open, empty database, inside the caller's transaction:
/// the tables the standard requires, the spatial reference systems (WGS 84 and the map CRS), the
/// parcels and the context layers, each registered with its R-tree index (the GeoPackage rtree
/// extension), so that ogrinfo, QGIS and GDAL read the cache as any GeoPackage.
class GeoPackageWriter
{
public:
    GeoPackageWriter(sqlite3 *db, const ParcelStore &store) : mDb(db), mStore(store) {}

    /// The GeoPackage's own tables and spatial reference systems.
    bool writeSchema(QString *error);
    /// The parcels, one row each, advancing \a feedback per row and stopping when it is cancelled.
    bool writeParcels(Feedback *feedback, QString *error);
    /// Zones, districts, the SEZ's parts, the city limits and the infrastructure.
    bool writeContextLayers(QString *error);
    /// Lists a table of the cache's own as attributes, so GeoPackage readers show the registered
    /// tables and leave the others alone.
    bool registerAttributes(const QByteArray &table, const QString &description, QString *error);

    /// One entry of a GeoPackage R-tree: a feature id and its bounds.
    struct RtreeEntry
    {
        qint64 id;
        double minX, maxX, minY, maxY;
    };

private:
    bool writeContext(const QByteArray &table, const std::vector<ContextFeature> &features, const char *geometryType, QString *error);
    bool registerFeatures(const QByteArray &table, const char *geometryType, const QRectF &extent,
                          const std::vector<RtreeEntry> &bounds, QString *error);

    sqlite3 *mDb;
    const ParcelStore &mStore;
};

} // namespace detail
} // namespace sez
