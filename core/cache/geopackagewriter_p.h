// SPDX-License-Identifier: GPL-3.0-or-later
// The GeoPackage part of the cache.
#pragma once

#include "core/cache/sqlitestatement_p.h"

#include <QByteArray>
#include <QRectF>

#include <functional>
#include <utility>
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

    /// A GeoPackage R-tree's nodes, numbered 2, 3, ... in the order they are here, the last the root
    /// (1), and its _rowid and _parent rows, each sorted by the first value.
    struct PackedRtree
    {
        int nodeBytes = 0;
        QByteArray nodes;
        std::vector<std::pair<qint64, qint64>> rowidNodes, parentNodes;
    };

private:
    bool writeContext(const QByteArray &table, const std::vector<ContextFeature> &features, const char *geometryType, QString *error);
    /// Registers \a table and its R-tree, which it fills with what \a packRtreeFor packs for the
    /// table's node length.
    bool registerFeatures(const QByteArray &table, const char *geometryType, const QRectF &extent,
                          const std::function<PackedRtree(int nodeBytes)> &packRtreeFor, QString *error);
    PackedRtree packParcelsRtree(int nodeBytes) const;

    sqlite3 *mDb;
    const ParcelStore &mStore;
};

} // namespace detail
} // namespace sez
