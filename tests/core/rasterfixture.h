// SPDX-License-Identifier: GPL-3.0-or-later
// Rasters made by the tests themselves with GDAL: a GeoTIFF of known colours in any CRS, with or
// without nodata, overviews added or rewritten, VRT mosaics of several files.
#pragma once

#include "tests/core/gdalfixture.h"

#include <QByteArray>
#include <QColor>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <functional>
#include <optional>
#include <vector>

namespace sez::test {

struct RasterSpec
{
    QString path;
    int width = 0;
    int height = 0;
    int epsg = 4326;
    double geoTransform[6] = {0, 1, 0, 0, 0, -1};   ///< west, pixel width, 0, north, 0, -pixel height
    std::optional<double> nodata;                    ///< the same value in each band
    QByteArray copyright;                            ///< TIFFTAG_COPYRIGHT, when not empty
    bool georeferenced = true;
};

inline void registerGdal()
{
    static bool done = false;
    if (!done)
        GDALAllRegister();
    done = true;
}

/// Writes pixel (x, y) of band b (0..2) from \a colour's red, green and blue: an RGB GeoTIFF, tiled.
inline bool writeRaster(const RasterSpec &spec, const std::function<QRgb(int, int)> &colour)
{
    registerGdal();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    const char *options[] = {"TILED=YES", nullptr};
    GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(spec.path).constData(), spec.width, spec.height, 3, GDT_Byte,
                                 const_cast<char **>(options));
    if (!ds)
        return false;
    bool ok = true;
    if (spec.georeferenced) {
        OGRSpatialReferenceH srs = srsOf(spec.epsg);
        ok = GDALSetSpatialRef(ds, srs) == CE_None && GDALSetGeoTransform(ds, const_cast<double *>(spec.geoTransform)) == CE_None;
        OSRRelease(srs);
    }
    if (!spec.copyright.isEmpty())
        GDALSetMetadataItem(ds, "TIFFTAG_COPYRIGHT", spec.copyright.constData(), nullptr);
    std::vector<GByte> row(std::size_t(spec.width));
    for (int b = 0; ok && b < 3; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b + 1);
        if (spec.nodata)
            GDALSetRasterNoDataValue(band, *spec.nodata);
        for (int y = 0; ok && y < spec.height; ++y) {
            for (int x = 0; x < spec.width; ++x) {
                const QRgb c = colour(x, y);
                row[std::size_t(x)] = GByte(b == 0 ? qRed(c) : b == 1 ? qGreen(c) : qBlue(c));
            }
            ok = GDALRasterIO(band, GF_Write, 0, y, spec.width, 1, row.data(), spec.width, 1, GDT_Byte, 0, 0) == CE_None;
        }
    }
    GDALClose(ds);
    return ok;
}

/// Rewrites every pixel of the full-resolution bands of an existing GeoTIFF, leaving its overviews
/// as they were: a frame that shows the old colours was drawn from an overview.
inline bool repaintFullResolution(const QString &path, QRgb colour)
{
    registerGdal();
    GDALDatasetH ds = GDALOpen(QFile::encodeName(path).constData(), GA_Update);
    if (!ds)
        return false;
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    bool ok = true;
    for (int b = 0; ok && b < 3; ++b) {
        const int value = b == 0 ? qRed(colour) : b == 1 ? qGreen(colour) : qBlue(colour);
        ok = GDALFillRaster(GDALGetRasterBand(ds, b + 1), value, 0) == CE_None;
    }
    (void)w;
    (void)h;
    GDALClose(ds);
    return ok;
}

/// A VRT mosaic of \a files (gdalbuildvrt's library form).
inline bool buildVrt(const QString &path, const QStringList &files)
{
    registerGdal();
    std::vector<QByteArray> names;
    std::vector<const char *> list;
    for (const QString &f : files)
        names.push_back(QFile::encodeName(f));
    for (const QByteArray &n : names)
        list.push_back(n.constData());
    int usageError = 0;
    GDALDatasetH vrt = GDALBuildVRT(QFile::encodeName(path).constData(), int(list.size()), nullptr, list.data(), nullptr, &usageError);
    if (!vrt)
        return false;
    GDALClose(vrt);
    return true;
}

} // namespace sez::test
