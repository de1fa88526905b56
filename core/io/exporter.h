// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace sez {

class ParcelStore;

enum class ExportFormat { Csv, Json, GeoJson, GeoPackage, Shapefile, Xlsx };

/// Parses "csv", "json", "geojson", "gpkg", "shp", "xlsx"; false when unknown.
bool exportFormatFromName(const QString &name, ExportFormat *format);

/// How CSV is written: RFC 4180 (comma, decimal point), or what Excel in a Russian (or Kazakh)
/// locale opens as columns and numbers: semicolons, decimal commas and a byte order mark.
enum class CsvDialect { Rfc4180, ExcelRu };

/// Parses "rfc4180", "excel-ru"; false when unknown.
bool csvDialectFromName(const QString &name, CsvDialect *dialect);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QStringList fields;       ///< field names; empty: the field table's default export and the extra columns
    bool excelBom = false;    ///< CSV only: a UTF-8 byte order mark, for Excel
    CsvDialect csvDialect = CsvDialect::Rfc4180;
    /// Column headers (CSV, JSON, GeoJSON, XLSX) are the fields' labels with their units in the
    /// current language ("Official area, ha") instead of the canonical names. GeoPackage and
    /// Shapefile keep the canonical names, which programs read.
    bool labelHeaders = false;
    /// Coded values in words in the current language ("Промышленная" for industrial, "inside the
    /// city limits" for true); a value the field's code list does not know is written as it is.
    bool valueLabels = false;
};

/// The export's columns: \a requested (canonical names, the query aliases, or extra columns' names)
/// checked against the store's fields and given by their store names, cadastral_number first.
/// Empty \a requested gives the field table's default export, then the source's extra columns.
/// Unknown names give false and a one-line error with a suggestion ("unknown field 'zonee' —
/// did you mean 'zone'?").
bool resolveExportFields(const ParcelStore &store, const QStringList &requested, QStringList *fields, QString *error);

/// Writes the parcels \a rows to \a path so that a failure never leaves a half-written output: text
/// formats through a temporary file renamed into place; GeoPackage and Shapefile written by GDAL
/// into a temporary folder beside the target, every GDAL result checked, then moved into place
/// together (a shapefile's parts all or none; an older set of the same name is put back on failure).
/// CSV is RFC 4180 UTF-8 (or ExportOptions::csvDialect), GeoJSON RFC 7946 in lon/lat, Shapefile
/// with the CRS and a UTF-8 .cpg. XLSX (GDAL's driver) holds the parcels' sheet, numbers as
/// numbers, then one sheet per table of a report's summary: by zone, status, district and
/// investor. Real numbers are rounded to the field table's decimals in every format.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QString &path, QString *error);
/// The text formats (CSV, JSON, GeoJSON) to an open device such as standard output.
bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   QIODevice *device, QString *error);

} // namespace sez
