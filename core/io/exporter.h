// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace sez {

class ParcelStore;

enum class ExportFormat { Csv, Json, GeoJson, GeoPackage, Shapefile };

/// Parses "csv", "json", "geojson", "gpkg", "shp"; false when unknown.
bool exportFormatFromName(const QString &name, ExportFormat *format);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList fields;       ///< field names; empty: the field table's default export and the extra columns
    bool excelBom = false;    ///< CSV only: a UTF-8 byte order mark, for Excel
};

/// The export's columns: \a requested (canonical names, the query aliases, or extra columns' names)
/// checked against the store's fields and given by their store names, cadastral_number first.
/// Empty \a requested gives the field table's default export, then the source's extra columns.
/// Unknown names give false and a one-line error with a suggestion.
bool resolveExportFields(const ParcelStore &store, const QStringList &requested, QStringList *fields, QString *error);

/// Writes the parcels \a rows to \a path so that a failure never leaves a half-written output: text
/// formats through a temporary file renamed into place; GeoPackage and Shapefile written by GDAL
/// into a temporary folder beside the target, every GDAL result checked, then moved into place
/// together (a shapefile's parts all or none; an older set of the same name is put back on failure).
/// CSV is RFC 4180 UTF-8, GeoJSON RFC 7946 in lon/lat, Shapefile with the CRS and a UTF-8 .cpg.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QString &path, QString *error);
/// The text formats (CSV, JSON, GeoJSON) to an open device such as standard output.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   QIODevice *device, QString *error);

} // namespace sez
