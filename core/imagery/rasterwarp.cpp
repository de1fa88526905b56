// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/rasterwarp_p.h"

#include "core/geo/crs.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sez::detail {

QByteArray crsWkt(int epsg)
{
    static QMutex mutex;
    static QHash<int, QByteArray> known;
    QMutexLocker lock(&mutex);
    auto it = known.constFind(epsg);
    if (it == known.constEnd())
        it = known.insert(epsg, crsFromEpsg(epsg).wkt);
    return it.value();
}

DatasetPtr datasetOverImage(QImage &image, const double geoTransform[6], const QByteArray &wkt)
{
    ensureGdal();
    GDALDriverH mem = GDALGetDriverByName("MEM");
    if (!mem || image.format() != QImage::Format_RGBA8888)
        return {};
    DatasetPtr dataset(GDALCreate(mem, "", image.width(), image.height(), 0, GDT_Byte, nullptr));
    if (!dataset)
        return {};
    uchar *bits = image.bits();
    for (int band = 0; band < 4; ++band) {
        char pointer[64] = {};
        CPLPrintPointer(pointer, bits + band, sizeof pointer - 1);
        const QByteArray data = QByteArray("DATAPOINTER=") + pointer;
        const QByteArray line = "LINEOFFSET=" + QByteArray::number(qint64(image.bytesPerLine()));
        const char *options[] = {data.constData(), "PIXELOFFSET=4", line.constData(), nullptr};
        if (GDALAddBand(dataset.get(), GDT_Byte, const_cast<char **>(options)) != CE_None)
            return {};
    }
    static const GDALColorInterp interpretation[] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand, GCI_AlphaBand};
    for (int band = 0; band < 4; ++band)
        GDALSetRasterColorInterpretation(GDALGetRasterBand(dataset.get(), band + 1), interpretation[band]);
    if (GDALSetGeoTransform(dataset.get(), const_cast<double *>(geoTransform)) != CE_None
        || GDALSetProjection(dataset.get(), wkt.constData()) != CE_None)
        return {};
    return dataset;
}

namespace {

int CPL_STDCALL progressUnlessCancelled(double, const char *, void *cancel)
{
    const auto *flag = static_cast<const std::atomic<bool> *>(cancel);
    return flag && flag->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

struct WarpOptionsFree { void operator()(GDALWarpAppOptions *o) const { GDALWarpAppOptionsFree(o); } };

} // namespace

Sampling samplingFor(double sourceResolution, double outputResolution)
{
    return outputResolution < sourceResolution ? Sampling::Bilinear : Sampling::Nearest;
}

QImage warpIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, const QByteArray &mapWkt, Sampling sampling,
                    const std::atomic<bool> *cancel, QString *error)
{
    if (pixels.isEmpty() || extent.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_RGBA8888);
    if (image.isNull()) {
        *error = QStringLiteral("out of memory for %1x%2 pixels").arg(pixels.width()).arg(pixels.height());
        return {};
    }
    image.fill(Qt::transparent);
    const double geoTransform[6] = {extent.left(), extent.width() / pixels.width(), 0,
                                    extent.bottom(), 0, -extent.height() / pixels.height()};
    DatasetPtr target = datasetOverImage(image, geoTransform, mapWkt);
    if (!target) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return {};
    }
    // -ovr AUTO is gdalwarp's default; written out because it is the point. One thread, the
    // render's: a second (NUM_THREADS=2) made warps slower on two busy cores.
    const char *args[] = {"-r", sampling == Sampling::Bilinear ? "bilinear" : "near", "-ovr", "AUTO", "-dstalpha", "-et", "0.125",
                          "-wo", "INIT_DEST=0", "-wo", "SKIP_NOSOURCE=YES",
                          "-wm", "128", "-q", nullptr};
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsFree> options(GDALWarpAppOptionsNew(const_cast<char **>(args), nullptr));
    if (!options) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return {};
    }
    GDALWarpAppOptionsSetProgress(options.get(), progressUnlessCancelled, const_cast<std::atomic<bool> *>(cancel));
    CPLErrorReset();
    GDALDatasetH sources[] = {source};
    int usageError = 0;
    const GDALDatasetH warped = GDALWarp(nullptr, target.get(), 1, sources, options.get(), &usageError);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return {};
    if (!warped || CPLGetLastErrorType() >= CE_Failure) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return {};
    }
    target.reset();   // a MEM dataset over our pixels: nothing to flush, the image holds the result
    return image;
}

bool canReadIntoView(GDALDatasetH source, const QByteArray &mapWkt)
{
    double gt[6];
    if (GDALGetGeoTransform(source, gt) != CE_None || gt[2] != 0 || gt[4] != 0 || gt[1] <= 0 || gt[5] >= 0)
        return false;
    const int bands = GDALGetRasterCount(source);
    if (bands != 3 && bands != 4)
        return false;
    for (int b = 1; b <= 3; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(source, b);
        if (GDALGetRasterDataType(band) != GDT_Byte || GDALGetMaskFlags(band) != GMF_ALL_VALID)
            return false;
    }
    if (bands == 4 && GDALGetRasterColorInterpretation(GDALGetRasterBand(source, 4)) != GCI_AlphaBand)
        return false;
    const OGRSpatialReferenceH own = GDALGetSpatialRef(source);
    SrsPtr map(OSRNewSpatialReference(nullptr));
    const char *text = mapWkt.constData();
    if (!own || OSRImportFromWkt(map.get(), const_cast<char **>(&text)) != OGRERR_NONE)
        return false;
    return OSRIsSame(own, map.get()) != 0;
}

QImage readIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, Sampling sampling,
                    const std::atomic<bool> *cancel, QString *error)
{
    double gt[6];
    if (pixels.isEmpty() || GDALGetGeoTransform(source, gt) != CE_None)
        return {};
    const double width = GDALGetRasterXSize(source), height = GDALGetRasterYSize(source);
    const double outX = extent.width() / pixels.width(), outY = extent.height() / pixels.height();
    // Output pixels wholly on the raster: their columns and rows, then the source window they cover.
    const int left = std::max(0, int(std::ceil((gt[0] - extent.left()) / outX - 1e-9)));
    const int right = std::min(pixels.width(), int(std::floor((gt[0] + width * gt[1] - extent.left()) / outX + 1e-9)));
    const int top = std::max(0, int(std::ceil((extent.bottom() - gt[3]) / outY - 1e-9)));
    const int bottom = std::min(pixels.height(), int(std::floor((extent.bottom() - (gt[3] + height * gt[5])) / outY + 1e-9)));
    QImage image(pixels, QImage::Format_RGBA8888);
    if (image.isNull())
        return {};
    image.fill(Qt::transparent);
    if (right <= left || bottom <= top)
        return image;
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = sampling == Sampling::Bilinear ? GRIORA_Bilinear : GRIORA_NearestNeighbour;
    extra.pfnProgress = progressUnlessCancelled;
    extra.pProgressData = const_cast<std::atomic<bool> *>(cancel);
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = std::clamp((extent.left() + left * outX - gt[0]) / gt[1], 0.0, width);
    extra.dfYOff = std::clamp((gt[3] - (extent.bottom() - top * outY)) / -gt[5], 0.0, height);
    extra.dfXSize = std::min((right - left) * outX / gt[1], width - extra.dfXOff);
    extra.dfYSize = std::min((bottom - top) * outY / -gt[5], height - extra.dfYOff);
    const int xOff = std::clamp(int(std::floor(extra.dfXOff)), 0, int(width) - 1);
    const int yOff = std::clamp(int(std::floor(extra.dfYOff)), 0, int(height) - 1);
    const int xSize = std::clamp(int(std::ceil(extra.dfXOff + extra.dfXSize)) - xOff, 1, int(width) - xOff);
    const int ySize = std::clamp(int(std::ceil(extra.dfYOff + extra.dfYSize)) - yOff, 1, int(height) - yOff);
    const int bands = GDALGetRasterCount(source);
    int bandList[] = {1, 2, 3, 4};
    uchar *first = image.scanLine(top) + std::size_t(left) * 4;
    CPLErrorReset();
    const CPLErr result = GDALDatasetRasterIOEx(source, GF_Read, xOff, yOff, xSize, ySize, first, right - left, bottom - top, GDT_Byte,
                                                bands, bandList, 4, image.bytesPerLine(), 1, &extra);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return {};
    if (result != CE_None) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return {};
    }
    if (bands == 3)
        for (int y = top; y < bottom; ++y) {
            uchar *p = image.scanLine(y) + std::size_t(left) * 4 + 3;
            for (int x = left; x < right; ++x, p += 4)
                *p = 255;
        }
    return image;
}

} // namespace sez::detail
