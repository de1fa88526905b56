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
    QStringList fields;       ///< canonical names; empty: every field, cadastral_number first
    bool excelBom = false;    ///< CSV only: a UTF-8 byte order mark, for Excel
};

/// The export's columns: \a requested checked against the store's fields, cadastral_number first.
/// Unknown names give false and a one-line error with a suggestion.
bool resolveExportFields(const QStringList &requested, QStringList *fields, QString *error);

/// Writes the parcels \a rows to \a path, through a temporary file renamed into place (a shapefile's
/// files each so), so that a failure never leaves a half-written output. CSV is RFC 4180 UTF-8,
/// GeoJSON RFC 7946 in lon/lat, GeoPackage and Shapefile through GDAL with the CRS and a UTF-8 .cpg.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QString &path, QString *error);
/// The text formats (CSV, JSON, GeoJSON) to an open device such as standard output.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   QIODevice *device, QString *error);

} // namespace sez
