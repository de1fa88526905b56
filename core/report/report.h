// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/maplegend.h"
#include "core/report/reportpage.h"
#include "core/render/rendercontext.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace sez {

class Feedback;
class MapLayers;
class ParcelStore;

/// Extract is one parcel's extract, written by writeParcelExtract() (core/report/extractwriter.h).
enum class ReportKind { Parcels, Investor, Summary, Extract };

/// Parses "parcels", "investor", "summary", "extract".
bool reportKindFromName(const QString &name, ReportKind *kind);

/// How a report's parcels were chosen: a query, and parcels a user added to its result or took out
/// of it by hand. The report states both, so that the criteria are never lost.
struct ReportSelection
{
    QString query;                  ///< the query text; empty for none
    std::vector<qint64> added;      ///< picked by hand beyond the query's result, sorted
    std::vector<qint64> removed;    ///< taken out of the query's result by hand, sorted

    /// The selection \a rows seen against \a queryRows, the result of \a query: what was added and
    /// removed by hand. A selection that shares no parcel with the result no longer comes from
    /// the query: it is all picked by hand.
    static ReportSelection compare(const QString &query, std::vector<qint64> queryRows, std::vector<qint64> rows);
};

/// A map a report drew: where, at which round scale, and its legend. Tests and previews read them.
struct ReportMap
{
    int page = 0;                       ///< 1-based
    QRectF frame;                       ///< on the page, in points
    QRectF extent;                      ///< the map CRS's rectangle the frame shows
    int scale = 0;                      ///< 25000 for 1:25,000
    QRectF selectionBounds;             ///< the parcels the map was zoomed to
    std::vector<LegendSection> legend;  ///< as printed beside the map
    bool overview = false;              ///< an inset shows where the map lies in the SEZ
};

struct ReportOptions
{
    ReportKind kind = ReportKind::Parcels;
    QString where;              ///< the query the rows came from, shown on the title page
    std::vector<qint64> addedByHand;     ///< parcels added to the query's result by hand, listed under it
    std::vector<qint64> removedByHand;   ///< parcels of the query's result taken out by hand
    /// The parcel table's columns, store field names (any field of the field table, extra source
    /// columns); empty: the kind's default (defaultReportColumns()).
    QStringList columns;
    ReportPaper paper;
    QDate asOf = QDate::currentDate();
    /// The map's layers as the viewer shows them (visibility, imagery); null: the standard layers.
    const MapLayers *layers = nullptr;
    Feedback *feedback = nullptr;   ///< pages written ("report" phase) and the cancel; may be null
    std::vector<ReportMap> *maps = nullptr;   ///< filled with each map drawn, when given
    std::vector<MapLayer> imagery;  ///< orthophotos and basemaps under the maps, the first lowest, credited on the map
};

/// The parcel table's columns when none are chosen: the cadastral number, zone, status, district,
/// the two areas, and the investor and project (the investor kind lists its projects instead).
QStringList defaultReportColumns(ReportKind kind);

/// Writes a PDF report of \a rows on the options' paper: a title with the dataset, the query, the
/// parcels picked by hand and the date; a vector map zoomed to the parcels at a round scale, with
/// an overview inset when they are a small part of the SEZ, a legend of every layer drawn, a scale
/// bar and a north arrow; summary tables; then the parcel table in the chosen columns over as many
/// pages as it takes, its header repeated, pages numbered. The investor kind groups by investor
/// with a map of each one's sites; the summary kind is the SEZ at a glance. Text is in the
/// application's current language (ScopedLanguage), with DejaVu Sans embedded so Cyrillic and
/// Kazakh letters print anywhere. Written to a temporary file renamed into place. Unknown column
/// names fail with a suggestion. Needs a QGuiApplication (fonts).
bool writeReport(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                 const QString &path, QString *error);

/// The report's tables as an XLSX workbook (exportParcels()): the parcel table in the options'
/// columns (or the kind's default) headed by the fields' labels and units in the current language,
/// then the summary tables, one sheet each. \a valueLabels: coded values in words, not codes.
bool writeReportWorkbook(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                         bool valueLabels, const QString &path, QString *error);

} // namespace sez
