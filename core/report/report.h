// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace sez {

class Feedback;

class ParcelStore;

/// Extract is one parcel's extract, written by writeParcelExtract() (core/report/extractwriter.h).
enum class ReportKind { Parcels, Investor, Summary, Extract };

/// Parses "parcels", "investor", "summary", "extract".
bool reportKindFromName(const QString &name, ReportKind *kind);

struct ReportOptions
{
    ReportKind kind = ReportKind::Parcels;
    QString where;              ///< the query the rows came from, shown on the title page
    QDate asOf = QDate::currentDate();
    Feedback *feedback = nullptr;   ///< pages written ("report" phase) and the cancel; may be null
};

/// Writes an A4 PDF report of \a rows: a title with the dataset, the query and the date; a vector map
/// of the result with legend, scale bar and north arrow; a summary table; then the parcel table over
/// as many pages as it takes, its header repeated, pages numbered. The investor kind groups by investor;
/// the summary kind is the SEZ at a glance. Text is in the application's current language (install a
/// translator first), with DejaVu Sans embedded so Cyrillic and Kazakh letters print anywhere. Pages
/// are streamed to a temporary file renamed into place. Needs a QGuiApplication (fonts).
bool writeReport(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                 const QString &path, QString *error);

/// How many pages a report of \a rowCount parcels takes (the kind's fixed layout).
int reportPageCount(ReportKind kind, qint64 rowCount, int investorCount = 0);

} // namespace sez
