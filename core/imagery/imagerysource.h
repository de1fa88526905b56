// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

namespace sez {

/// What one frame of imagery covers: a part of the map (in the map CRS, y north) drawn into an
/// image of \a pixels, and how long it may wait for tiles still on their way (0 for the screen,
/// which never waits; a printed map waits for what it can get).
struct ImageryRequest
{
    QRectF extent;
    QSize pixels;
    int mapEpsg = 0;
    const std::atomic<bool> *cancel = nullptr;
    int networkWaitMs = 0;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

/// One frame of imagery: the pixels (RGBA, transparent where the source has nothing: outside it,
/// its nodata, tiles not fetched yet), or a null image when nothing of it is in view.
struct ImageryFrame
{
    QImage image;
    QRectF extent;          ///< the part of the map the image covers: the request's, or less
    bool complete = true;   ///< false: tiles are missing, a later frame may have them
    QString problem;        ///< why the frame is empty or partial, in words; empty when it is whole
};

/// A source of imagery drawn under the map: a raster file (RasterImagery) or a tile basemap
/// (TileImagery). Immutable once open; render() may run on any number of threads at once.
class ImagerySource
{
public:
    virtual ~ImagerySource() = default;

    /// What the user calls it: the file's name, or the tile server.
    virtual QString name() const = 0;
    /// Where it is: the file's path, or the URL template.
    virtual QString location() const = 0;
    /// The credit its owner asks for on every map that shows it; empty when none is due.
    virtual QString attribution() const = 0;
    /// The part of the map CRS \a mapEpsg it covers; an invalid rectangle when it covers the world.
    virtual QRectF footprint(int mapEpsg) const = 0;
    /// Draws the request's part of the map.
    virtual ImageryFrame render(const ImageryRequest &request) const = 0;
};

/// Where imagery comes from and what the user set for it: a raster file's path or a tile
/// address, and the tile cache to use.
struct ImageryOpenOptions
{
    QString attribution;          ///< a basemap's credit; a file's comes from its own metadata
    QString tileCacheDir;         ///< the user's cache folder: tiles go to its tiles/ subfolder
    qint64 tileCacheLimitBytes = 0;   ///< 0: the default limit
    int minZoom = 0;
    int maxZoom = 19;
};

/// True for an http or https address: a tile basemap, fetched over the network.
bool isTileAddress(const QString &location);
/// Opens a raster file or a tile basemap (see isTileAddress). Null and \a error, one sentence that
/// names it, when it cannot be used.
std::shared_ptr<const ImagerySource> openImagery(const QString &location, const ImageryOpenOptions &options, QString *error);

/// Checks \a source against the map: a sentence naming it when it lies wholly outside \a mapExtent
/// (in the map CRS \a mapEpsg), else empty.
QString overlapProblem(const ImagerySource &source, const QRectF &mapExtent, int mapEpsg);

} // namespace sez
