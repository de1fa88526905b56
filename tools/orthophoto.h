// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

namespace sez {

class Feedback;

/// What synthetic orthophoto to write: where, over which part of the map, how fine.
struct OrthophotoOptions
{
    QString path;                 ///< a .tif; its .ovr goes beside it
    QRectF extent;                ///< in the CRS \a epsg
    int epsg = 32643;
    double metresPerPixel = 2.0;
    bool overviews = true;        ///< build PATH.ovr (averaged, as gdaladdo does)
    QString copyright = QStringLiteral("Synthetic orthophoto, sezview");   ///< TIFFTAG_COPYRIGHT: the map's credit
};

/// Writes an RGB GeoTIFF (tiled, uncompressed, BigTIFF when needed) that looks like farmland seen
/// from above: fields in earthy colours with furrows, tracks between them, and grain, the same from
/// run to run. For the benchmarks (a 1 GB orthophoto) and the screenshots. Reports the phases
/// "orthophoto" (rows written) and "overviews" to \a feedback.
bool generateOrthophoto(const OrthophotoOptions &options, QString *error, Feedback *feedback = nullptr);

/// A VRT of the orthophoto at \a path (and its overviews) placed in the CRS \a epsg over about the
/// same ground: the same pixels, but drawn under a map in the orthophoto's own CRS only through
/// the warper. For measuring the warp.
bool writeOrthophotoInOtherCrs(const QString &path, const QString &vrtPath, int epsg, QString *error);

} // namespace sez
