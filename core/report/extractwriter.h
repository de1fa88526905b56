// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sez {

class ParcelExtract;

/// Writes the A4 PDF extract of one parcel: on the first page the title, the plan (ExtractPlan)
/// and the parcel's attributes; then the catalogue of boundary point coordinates with the sides,
/// the area check, the neighbours, the distances to infrastructure, the data source with its
/// fingerprint and a place to sign; every page numbered "Page n of m". Text is in the application's
/// current language (install a translator first) and locale. The file is written to a temporary
/// name and renamed into place. Needs a QGuiApplication (fonts).
bool writeParcelExtract(const ParcelExtract &extract, const QString &path, QString *error);

} // namespace sez
