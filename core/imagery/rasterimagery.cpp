// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/rasterimagery.h"

#include "core/base/feedback.h"
#include "core/geo/crs.h"
#include "core/imagery/rasterwarp_p.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_alg.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sez {

namespace {

constexpr int kLargeSide = 4096;    // past this, a file without overviews is slow when zoomed out
constexpr int kProbeSide = 64;      // pixels read at open to find a damaged file
constexpr std::size_t kIdleHandles = 4;

struct TranslateOptionsFree { void operator()(GDALTranslateOptions *o) const { GDALTranslateOptionsFree(o); } };

// One thread's way into the file: the file itself and, for rasters that are not 8-bit RGB(A), a
// virtual view of it that is (palette expanded, grey copied to three bands, 16 bits scaled).
struct Handle
{
    detail::DatasetPtr file;
    detail::DatasetPtr display;   // closed before the file it reads
    GDALDatasetH forWarp() const { return display ? display.get() : file.get(); }
};

// gdal_translate's arguments that make the file 8-bit RGB or RGBA; empty when it already is.
QList<QByteArray> displayArguments(GDALDatasetH dataset)
{
    const int count = GDALGetRasterCount(dataset);
    GDALRasterBandH first = GDALGetRasterBand(dataset, 1);
    const GDALDataType type = GDALGetRasterDataType(first);
    if (count == 1 && GDALGetRasterColorTable(first) && type == GDT_Byte)
        return {"-expand", "rgba"};
    const bool alphaLast = count >= 2 && GDALGetRasterColorInterpretation(GDALGetRasterBand(dataset, count)) == GCI_AlphaBand;
    std::vector<int> bands;
    if (count < 3)
        bands = {1, 1, 1};
    else
        bands = {1, 2, 3};
    if (alphaLast && (count == 2 || count == 4))
        bands.push_back(count);
    std::vector<int> identity(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        identity[std::size_t(i)] = i + 1;
    if (type == GDT_Byte && bands == identity)
        return {};
    QList<QByteArray> args;
    for (int band : bands)
        args << "-b" << QByteArray::number(band);
    if (type != GDT_Byte) {
        args << "-ot" << "Byte";
        for (std::size_t i = 0; i < bands.size(); ++i) {
            double range[2] = {0, 255};
            if (GDALComputeRasterMinMax(GDALGetRasterBand(dataset, bands[i]), TRUE, range) != CE_None || range[1] <= range[0])
                range[1] = range[0] + 1;
            args << "-scale_" + QByteArray::number(qint64(i + 1)) << QByteArray::number(range[0], 'g', 17)
                 << QByteArray::number(range[1], 'g', 17) << "0" << "255";
        }
    }
    return args;
}

detail::DatasetPtr openFile(const QString &path)
{
    detail::ensureGdal();
    return detail::DatasetPtr(GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                         nullptr, nullptr, nullptr));
}

QString gdalMessage()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? RasterImagery::tr("no reason given") : message;
}

} // namespace

struct RasterImagery::Private
{
    QString path;
    QSize size;
    int bands = 0;
    int overviews = 0;
    QString crsName;
    QString copyright;
    QList<QByteArray> displayArgs;

    mutable QMutex mutex;                      // guards the handles and the footprints
    mutable std::vector<std::unique_ptr<Handle>> idle;
    mutable QHash<int, QRectF> footprints;
    mutable QHash<int, bool> readDirectly;     // per map CRS: same CRS and grid, no nodata: no warp needed

    std::unique_ptr<Handle> acquire(QString *error) const;
    void release(std::unique_ptr<Handle> handle) const;
    QRectF computeFootprint(GDALDatasetH dataset, int mapEpsg) const;
};

RasterImagery::RasterImagery() : d(std::make_unique<Private>()) {}
RasterImagery::~RasterImagery() = default;

std::unique_ptr<Handle> RasterImagery::Private::acquire(QString *error) const
{
    {
        QMutexLocker lock(&mutex);
        if (!idle.empty()) {
            auto handle = std::move(idle.back());
            idle.pop_back();
            return handle;
        }
    }
    CPLErrorReset();
    auto handle = std::make_unique<Handle>();
    handle->file = openFile(path);
    if (!handle->file) {
        *error = tr("%1 cannot be read any more: %2").arg(path, gdalMessage());
        return nullptr;
    }
    if (!displayArgs.isEmpty()) {
        std::vector<char *> argv{const_cast<char *>("-of"), const_cast<char *>("VRT")};
        for (const QByteArray &a : displayArgs)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        std::unique_ptr<GDALTranslateOptions, TranslateOptionsFree> options(GDALTranslateOptionsNew(argv.data(), nullptr));
        int usageError = 0;
        handle->display.reset(options ? GDALTranslate("", handle->file.get(), options.get(), &usageError) : nullptr);
        if (!handle->display) {
            *error = tr("%1 cannot be shown as colour: %2").arg(path, gdalMessage());
            return nullptr;
        }
    }
    return handle;
}

void RasterImagery::Private::release(std::unique_ptr<Handle> handle) const
{
    QMutexLocker lock(&mutex);
    if (handle && idle.size() < kIdleHandles)
        idle.push_back(std::move(handle));
}

// The raster's outline carried into the map CRS point by point along each edge (a grid that is
// straight in one CRS is curved in another), through GDAL's own transformer: geotransform or GCPs.
QRectF RasterImagery::Private::computeFootprint(GDALDatasetH dataset, int mapEpsg) const
{
    const QByteArray dst = "DST_SRS=" + detail::crsWkt(mapEpsg);
    const char *options[] = {dst.constData(), nullptr};
    void *transformer = GDALCreateGenImgProjTransformer2(dataset, nullptr, const_cast<char **>(options));
    if (!transformer)
        return {};
    constexpr int kSteps = 32;
    std::vector<double> x, y, z;
    for (int i = 0; i <= kSteps; ++i) {
        const double fx = size.width() * double(i) / kSteps, fy = size.height() * double(i) / kSteps;
        for (const auto &[px, py] : {std::pair{fx, 0.0}, {fx, double(size.height())}, {0.0, fy}, {double(size.width()), fy}}) {
            x.push_back(px);
            y.push_back(py);
            z.push_back(0);
        }
    }
    std::vector<int> ok(x.size(), 0);
    GDALGenImgProjTransform(transformer, FALSE, int(x.size()), x.data(), y.data(), z.data(), ok.data());
    GDALDestroyGenImgProjTransformer(transformer);
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!ok[i] || !std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        x0 = std::min(x0, x[i]);
        x1 = std::max(x1, x[i]);
        y0 = std::min(y0, y[i]);
        y1 = std::max(y1, y[i]);
    }
    return x0 < x1 && y0 < y1 ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
}

std::unique_ptr<RasterImagery> RasterImagery::open(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile()) {
        *error = tr("%1: no such file").arg(absolute);
        return nullptr;
    }
    CPLErrorReset();
    detail::DatasetPtr file = openFile(absolute);
    if (!file || GDALGetRasterCount(file.get()) == 0) {
        *error = tr("%1: not an image GDAL can read (%2); sezview shows GeoTIFF, VRT, JPEG2000, MBTiles and "
                    "GeoPackage rasters").arg(absolute, file ? tr("it has no raster bands") : gdalMessage());
        return nullptr;
    }
    double transform[6] = {0, 1, 0, 0, 0, 1};
    const bool hasTransform = GDALGetGeoTransform(file.get(), transform) == CE_None
                              && !(transform[0] == 0 && transform[1] == 1 && transform[2] == 0 && transform[3] == 0
                                   && transform[4] == 0 && transform[5] == 1);
    const bool hasGcps = GDALGetGCPCount(file.get()) >= 3;
    if (!hasTransform && !hasGcps) {
        *error = tr("%1 has no georeferencing: it does not say where on the Earth it lies (no geotransform, world file "
                    "or control points); georeference it first, e.g. in QGIS").arg(absolute);
        return nullptr;
    }
    OGRSpatialReferenceH srs = hasTransform ? GDALGetSpatialRef(file.get()) : GDALGetGCPSpatialRef(file.get());
    if (!srs) {
        *error = tr("%1 has no coordinate system: its pixels have coordinates but no CRS says in what; add a "
                    ".prj or .aux.xml, or assign one with gdal_translate -a_srs").arg(absolute);
        return nullptr;
    }
    auto imagery = std::unique_ptr<RasterImagery>(new RasterImagery);
    Private &p = *imagery->d;
    p.path = absolute;
    p.size = QSize(GDALGetRasterXSize(file.get()), GDALGetRasterYSize(file.get()));
    p.bands = GDALGetRasterCount(file.get());
    p.overviews = GDALGetOverviewCount(GDALGetRasterBand(file.get(), 1));
    p.crsName = QString::fromUtf8(OSRGetName(srs) ? OSRGetName(srs) : "");
    p.copyright = QString::fromUtf8(GDALGetMetadataItem(file.get(), "TIFFTAG_COPYRIGHT", nullptr)).trimmed();
    p.displayArgs = displayArguments(file.get());
    file.reset();

    // A handle for the first frame, and a small read of the whole file: a damaged one fails here,
    // with its name, rather than as a blank map later.
    auto handle = p.acquire(error);
    if (!handle)
        return nullptr;
    const int side = std::max(p.size.width(), p.size.height());
    const int w = std::max(1, p.size.width() * kProbeSide / side), h = std::max(1, p.size.height() * kProbeSide / side);
    const int bands = GDALGetRasterCount(handle->forWarp());
    std::vector<GByte> probe(std::size_t(w) * std::size_t(h) * std::size_t(bands));
    CPLErrorReset();
    if (GDALDatasetRasterIO(handle->forWarp(), GF_Read, 0, 0, p.size.width(), p.size.height(), probe.data(), w, h, GDT_Byte,
                            bands, nullptr, 0, 0, 0) != CE_None) {
        *error = tr("%1 is damaged: its pixels cannot be read (%2)").arg(absolute, gdalMessage());
        return nullptr;
    }
    p.release(std::move(handle));
    return imagery;
}

QString RasterImagery::name() const
{
    return QFileInfo(d->path).fileName();
}

QString RasterImagery::location() const
{
    return d->path;
}

QString RasterImagery::attribution() const
{
    return d->copyright;
}

QRectF RasterImagery::footprint(int mapEpsg) const
{
    {
        QMutexLocker lock(&d->mutex);
        if (auto it = d->footprints.constFind(mapEpsg); it != d->footprints.constEnd())
            return it.value();
    }
    QString error;
    auto handle = d->acquire(&error);
    if (!handle)
        return {};
    const QRectF footprint = d->computeFootprint(handle->file.get(), mapEpsg);
    d->release(std::move(handle));
    QMutexLocker lock(&d->mutex);
    d->footprints.insert(mapEpsg, footprint);
    return footprint;
}

ImageryFrame RasterImagery::render(const ImageryRequest &request) const
{
    ImageryFrame frame;
    const QRectF footprint = this->footprint(request.mapEpsg);
    if (request.pixels.isEmpty() || request.extent.isEmpty())
        return frame;
    // Only the pixels the raster covers are warped: a small file in a wide view costs little.
    QRectF extent = request.extent;
    QSize pixels = request.pixels;
    if (footprint.isValid()) {
        const double mx = request.extent.width() / request.pixels.width(), my = request.extent.height() / request.pixels.height();
        const QRectF covered = footprint.intersected(request.extent);
        if (covered.isEmpty())
            return frame;
        const int left = int(std::floor((covered.left() - request.extent.left()) / mx));
        const int right = int(std::ceil((covered.right() - request.extent.left()) / mx));
        const int top = int(std::floor((request.extent.bottom() - covered.bottom()) / my));
        const int bottom = int(std::ceil((request.extent.bottom() - covered.top()) / my));
        const QRect part = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)).intersected(QRect(QPoint(0, 0), request.pixels));
        if (part.isEmpty())
            return frame;
        pixels = part.size();
        extent = QRectF(QPointF(request.extent.left() + part.left() * mx, request.extent.bottom() - (part.bottom() + 1) * my),
                        QSizeF(part.width() * mx, part.height() * my));
    }
    auto handle = d->acquire(&frame.problem);
    if (!handle)
        return frame;
    QString error;
    const QByteArray mapWkt = detail::crsWkt(request.mapEpsg);
    bool direct = false;
    {
        QMutexLocker lock(&d->mutex);
        auto it = d->readDirectly.constFind(request.mapEpsg);
        if (it == d->readDirectly.constEnd())
            it = d->readDirectly.insert(request.mapEpsg, detail::canReadIntoView(handle->forWarp(), mapWkt));
        direct = it.value();
    }
    // The source's pixel in map units, as its footprint spreads it, against the output's.
    const double sourceResolution = footprint.isValid() ? footprint.width() / d->size.width() : 0;
    const detail::Sampling sampling = detail::samplingFor(sourceResolution, request.extent.width() / request.pixels.width());
    frame.image = direct ? detail::readIntoView(handle->forWarp(), extent, pixels, sampling, request.cancel, &error)
                         : detail::warpIntoView(handle->forWarp(), extent, pixels, mapWkt, sampling, request.cancel, &error);
    d->release(std::move(handle));
    frame.extent = extent;
    if (frame.image.isNull() && !request.isCancelled())
        frame.problem = tr("%1 could not be drawn: %2").arg(name(), error);
    return frame;
}

QSize RasterImagery::size() const
{
    return d->size;
}

int RasterImagery::bandCount() const
{
    return d->bands;
}

int RasterImagery::overviewCount() const
{
    return d->overviews;
}

QString RasterImagery::crsName() const
{
    return d->crsName;
}

bool RasterImagery::needsOverviews() const
{
    return d->overviews == 0 && std::max(d->size.width(), d->size.height()) > kLargeSide;
}

namespace {

int CPL_STDCALL overviewProgress(double done, const char *, void *data)
{
    auto *feedback = static_cast<Feedback *>(data);
    if (!feedback)
        return TRUE;
    feedback->setDone(qint64(done * 1000));
    return feedback->isCancelled() ? FALSE : TRUE;
}

} // namespace

bool RasterImagery::buildOverviews(const QString &path, Feedback *feedback, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString ovr = absolute + QStringLiteral(".ovr");
    // sezview writes only new files: an existing .ovr is someone else's.
    if (QFileInfo::exists(ovr)) {
        *error = tr("%1 already exists; remove it or build the overviews with gdaladdo").arg(ovr);
        return false;
    }
    CPLErrorReset();
    detail::DatasetPtr file = openFile(absolute);   // read-only: GDAL writes the overviews to PATH.ovr
    if (!file) {
        *error = tr("%1 cannot be read: %2").arg(absolute, gdalMessage());
        return false;
    }
    std::vector<int> levels;
    const int side = std::max(GDALGetRasterXSize(file.get()), GDALGetRasterYSize(file.get()));
    for (int factor = 2; side / factor >= 256 || levels.empty(); factor *= 2)
        levels.push_back(factor);
    if (feedback)
        feedback->beginPhase(QStringLiteral("overviews"), 1000, QFileInfo(absolute).fileName());
    const CPLErr result = GDALBuildOverviews(file.get(), "AVERAGE", int(levels.size()), levels.data(), 0, nullptr,
                                             overviewProgress, feedback);
    const QString message = gdalMessage();
    file.reset();
    if (result != CE_None || isCancelled(feedback)) {
        QFile::remove(ovr);   // half-built, and ours
        *error = isCancelled(feedback) ? tr("building the overviews of %1 was cancelled").arg(absolute)
                                       : tr("the overviews of %1 could not be built: %2").arg(absolute, message);
        return false;
    }
    return true;
}

} // namespace sez
