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

/// How output pixels are taken from the source's: bilinear when the output is finer than the
/// source (zoomed in past its pixels, which would show as blocks), else the nearest pixel of the
/// overview chosen, which is then at most twice as fine as the output; QGIS's default is nearest
/// throughout. GDAL's bilinear kernel grows with the shrinking, which costs three times as much.
enum class Sampling { Nearest, Bilinear };
/// Bilinear when an output pixel of \a outputResolution is finer than the source's \a sourceResolution.
Sampling samplingFor(double sourceResolution, double outputResolution);

/// Warps \a source (byte bands: RGB, or RGBA with an alpha band last) into a new RGBA8888 image of
/// \a pixels covering \a extent of the CRS \a mapWkt, transparent where the source has nothing.
/// A null image when the warp fails (\a error says why) or \a cancel was set meanwhile.
QImage warpIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, const QByteArray &mapWkt, Sampling sampling,
                    const std::atomic<bool> *cancel, QString *error);

/// The fast way for a raster already in the map's CRS and grid orientation (no rotation): its
/// pixels read straight into \a pixels covering \a extent, resampled from the overview that suits
/// (GDAL's RasterIO picks it as the warper does). For sources without nodata or mask
/// only: their alpha is their own alpha band, else opaque. Output pixels not wholly on the raster
/// stay transparent. A null image on failure or cancel.
QImage readIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, Sampling sampling,
                    const std::atomic<bool> *cancel, QString *error);

/// Whether readIntoView() serves \a source under a map in the CRS \a mapWkt.
bool canReadIntoView(GDALDatasetH source, const QByteArray &mapWkt);

} // namespace sez::detail
