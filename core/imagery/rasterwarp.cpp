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

QImage warpIntoView(GDALDatasetH source, const QRectF &extent, const QSize &pixels, const QByteArray &mapWkt,
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
    // -ovr AUTO is gdalwarp's default; written out because it is the point. Two threads: the
    // render's own and the machine's other core, idle while the map waits for its imagery.
    const char *args[] = {"-r", "bilinear", "-ovr", "AUTO", "-dstalpha", "-et", "0.125",
                          "-wo", "INIT_DEST=0", "-wo", "SKIP_NOSOURCE=YES", "-wo", "NUM_THREADS=2",
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

} // namespace sez::detail
