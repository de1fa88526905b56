// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/tileimagery.h"

#include "core/geo/crs.h"
#include "core/imagery/rasterwarp_p.h"
#include "core/imagery/tilecache.h"
#include "core/imagery/tilefetcher.h"

#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace sez {

namespace {

constexpr int kWebMercatorEpsg = 3857;

// The tiles of one frame: a block of columns and rows at one zoom.
struct TileBlock
{
    int zoom = 0;
    int x0 = 0, y0 = 0, x1 = -1, y1 = -1;   // inclusive
    int columns() const { return x1 - x0 + 1; }
    int rows() const { return y1 - y0 + 1; }
    qint64 count() const { return qint64(columns()) * rows(); }
};

// The frame's extent in Web Mercator: its outline carried over point by point, clamped to the
// pyramid. Invalid when the transformation fails.
QRectF mercatorExtent(const QRectF &extent, int mapEpsg)
{
    const CoordinateTransform toMercator(mapEpsg, kWebMercatorEpsg);
    if (!toMercator.isValid())
        return {};
    std::vector<QPointF> points;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        const double fx = extent.left() + extent.width() * i / kSteps, fy = extent.top() + extent.height() * i / kSteps;
        points.insert(points.end(), {{fx, extent.top()}, {fx, extent.bottom()}, {extent.left(), fy}, {extent.right(), fy}});
    }
    std::vector<bool> ok;
    toMercator.transform(points, &ok);
    QRectF box;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (ok[i])
            box = box.isNull() ? QRectF(points[i], QSizeF(1e-9, 1e-9)) : box.united(QRectF(points[i], QSizeF(1e-9, 1e-9)));
    const double limit = TileSource::kOriginShift;
    return box.intersected(QRectF(QPointF(-limit, -limit), QPointF(limit, limit)));
}

TileBlock blockFor(const TileSource &source, const QRectF &mercator, const QSize &pixels)
{
    const double resolution = std::max(mercator.width() / pixels.width(), mercator.height() / pixels.height());
    TileBlock block;
    for (block.zoom = source.zoomFor(resolution);; --block.zoom) {
        const TileKey topLeft = TileSource::tileAt(QPointF(mercator.left(), mercator.bottom()), block.zoom);
        const TileKey bottomRight = TileSource::tileAt(QPointF(mercator.right(), mercator.top()), block.zoom);
        block.x0 = topLeft.x;
        block.y0 = topLeft.y;
        block.x1 = bottomRight.x;
        block.y1 = bottomRight.y;
        if (block.count() <= TileImagery::kMaxTiles || block.zoom <= source.minZoom())
            return block;
    }
}

// The block's tiles, those nearest the middle first: the ones a user looks at arrive first.
std::vector<TileKey> tilesOf(const TileBlock &block)
{
    std::vector<TileKey> tiles;
    tiles.reserve(std::size_t(std::max<qint64>(block.count(), 0)));
    for (int y = block.y0; y <= block.y1; ++y)
        for (int x = block.x0; x <= block.x1; ++x)
            tiles.push_back(TileKey{block.zoom, x, y});
    const double cx = (block.x0 + block.x1) / 2.0, cy = (block.y0 + block.y1) / 2.0;
    std::stable_sort(tiles.begin(), tiles.end(), [cx, cy](const TileKey &a, const TileKey &b) {
        return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
    });
    return tiles;
}

// Copies a tile into its place in the mosaic (both RGBA8888); tiles of another size are scaled.
void placeTile(QImage &mosaic, const TileBlock &block, const TileKey &key, QImage tile)
{
    constexpr int size = TileSource::kTileSize;
    if (tile.size() != QSize(size, size))
        tile = tile.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const int left = (key.x - block.x0) * size, top = (key.y - block.y0) * size;
    for (int row = 0; row < size; ++row)
        std::memcpy(mosaic.scanLine(top + row) + std::size_t(left) * 4, tile.constScanLine(row), std::size_t(size) * 4);
}

} // namespace

// The fetcher is a QObject of the thread that opened the basemap; the last render holding the
// basemap may end on a worker thread, so it is deleted on its own thread.
struct FetcherDeleter
{
    void operator()(TileFetcher *fetcher) const
    {
        if (fetcher && fetcher->thread() != QThread::currentThread())
            fetcher->deleteLater();
        else
            delete fetcher;
    }
};

struct TileImagery::Private
{
    TileSource source;
    std::shared_ptr<TileCache> cache;
    std::unique_ptr<TileFetcher, FetcherDeleter> fetcher;
};

TileImagery::TileImagery() : d(std::make_unique<Private>()) {}
TileImagery::~TileImagery() = default;

std::unique_ptr<TileImagery> TileImagery::open(const TileSource &source, const QString &cachePath, qint64 cacheLimitBytes,
                                               QString *error, const TileFetcher::Options &fetch)
{
    if (!source.isValid()) {
        *error = tr("no tile address was given");
        return nullptr;
    }
    std::shared_ptr<TileCache> cache = TileCache::open(cachePath, source, cacheLimitBytes, error);
    if (!cache)
        return nullptr;
    auto imagery = std::unique_ptr<TileImagery>(new TileImagery);
    imagery->d->source = source;
    imagery->d->cache = cache;
    imagery->d->fetcher.reset(new TileFetcher(source, cache, fetch));
    return imagery;
}

QString TileImagery::name() const
{
    return d->source.host();
}

QString TileImagery::location() const
{
    return d->source.urlTemplate();
}

QString TileImagery::attribution() const
{
    return d->source.attribution();
}

QRectF TileImagery::footprint(int) const
{
    return {};
}

const TileSource &TileImagery::source() const
{
    return d->source;
}

TileCache &TileImagery::cache() const
{
    return *d->cache;
}

TileFetcher &TileImagery::fetcher() const
{
    return *d->fetcher;
}

ImageryFrame TileImagery::render(const ImageryRequest &request) const
{
    ImageryFrame frame;
    const QRectF mercator = mercatorExtent(request.extent, request.mapEpsg);
    if (request.pixels.isEmpty() || mercator.isEmpty())
        return frame;
    const TileBlock block = blockFor(d->source, mercator, request.pixels);
    const std::vector<TileKey> tiles = tilesOf(block);
    QImage mosaic(block.columns() * TileSource::kTileSize, block.rows() * TileSource::kTileSize, QImage::Format_RGBA8888);
    if (mosaic.isNull())
        return frame;
    mosaic.fill(Qt::transparent);
    std::vector<TileKey> missing;
    for (const TileKey &key : tiles) {
        if (request.isCancelled())
            return frame;
        const QImage tile = d->cache->tile(key);
        if (tile.isNull())
            missing.push_back(key);
        else
            placeTile(mosaic, block, key, tile);
    }
    d->fetcher->want(missing);
    if (!missing.empty() && request.networkWaitMs > 0) {
        d->fetcher->waitFor(missing, request.networkWaitMs, request.cancel);
        std::vector<TileKey> still;
        for (const TileKey &key : missing) {
            const QImage tile = d->cache->tile(key);
            if (tile.isNull())
                still.push_back(key);
            else
                placeTile(mosaic, block, key, tile);
        }
        missing.swap(still);
    }
    frame.complete = missing.empty();
    if (!frame.complete)
        frame.problem = tr("%Ln tile(s) of %1 not fetched yet", nullptr, int(missing.size())).arg(name());

    const QRectF first = TileSource::tileBounds(TileKey{block.zoom, block.x0, block.y0});
    const double pixel = TileSource::resolution(block.zoom);
    const double geoTransform[6] = {first.left(), pixel, 0, first.bottom(), 0, -pixel};
    detail::DatasetPtr source = detail::datasetOverImage(mosaic, geoTransform, detail::crsWkt(kWebMercatorEpsg));
    QString error;
    // Tiles are at most a little coarser than the output, finer unless the source's last zoom is reached.
    const detail::Sampling sampling = detail::samplingFor(pixel, mercator.width() / request.pixels.width());
    frame.image = source ? detail::warpIntoView(source.get(), request.extent, request.pixels, detail::crsWkt(request.mapEpsg),
                                                sampling, request.cancel, &error)
                         : QImage();
    frame.extent = request.extent;
    if (frame.image.isNull() && !request.isCancelled())
        frame.problem = tr("%1 could not be drawn: %2").arg(name(), error);
    return frame;
}

} // namespace sez
