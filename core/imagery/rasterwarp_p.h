// SPDX-License-Identifier: GPL-3.0-or-later
// Imagery warped into the map with GDAL's warper (gdalwarp's library form), as QGIS and gdalwarp do
// it: the source's overview whose resolution is nearest above the output's is read (-ovr AUTO:
// the coarsest level still at least as fine as an output pixel), resampled bilinearly, and its
// nodata, mask or alpha become transparent.
#pragma once

#include "core/geo/gdalhandles_p.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <atomic>

namespace sez::detail {

/// The WKT of an EPSG code, looked up once per process.
QByteArray crsWkt(int epsg);

/// A GDAL dataset (MEM driver) over the pixels of \a image, an RGBA8888 image, without copying them:
/// four byte bands, the fourth the alpha; \a geoTransform places it in the CRS \a wkt. The image
/// must outlive the dataset.
DatasetPtr datasetOverImage(QImage &image, const double geoTransform[6], const QByteArray &wkt);

/// Warps \a source (byte bands: RGB, or RGBA with an alpha band last) into a new RGBA8888 image of
/// \a pixels covering \a extent of the CRS \a mapWkt, transparent where the source has nothing.
/// A null image when the warp fails (\a error says why) or \a cancel was set meanwhile.
QImage warpIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, const QByteArray &mapWkt,
                    const std::atomic<bool> *cancel, QString *error);

} // namespace sez::detail
