// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/imagerysource.h"
#include "core/imagery/tilefetcher.h"
#include "core/imagery/tilesource.h"

#include <QCoreApplication>

#include <memory>

namespace sez {

class TileCache;

/// A tile basemap drawn under the map: the Web Mercator tiles that cover a frame at its resolution,
/// taken from the tile cache, laid side by side and warped into the map CRS. A frame never waits
/// for the network unless its request allows it: missing tiles are left transparent and asked of
/// the fetcher, whose tilesArrived() signal says when a new frame would show more.
class TileImagery : public ImagerySource
{
    Q_DECLARE_TR_FUNCTIONS(sez::TileImagery)

public:
    /// At most this many tiles in one frame: a 4K screen needs about 150.
    static constexpr int kMaxTiles = 600;

    /// Uses (creating if needed) the tile cache at \a cachePath, of at most \a cacheLimitBytes
    /// (0: TileCache's default). Creates the fetcher, on the calling thread, which should be the
    /// one that receives its signals.
    static std::unique_ptr<TileImagery> open(const TileSource &source, const QString &cachePath, qint64 cacheLimitBytes,
                                             QString *error, const TileFetcher::Options &fetch = {});
    ~TileImagery() override;

    QString name() const override;
    QString location() const override;
    QString attribution() const override;
    QRectF footprint(int mapEpsg) const override;
    ImageryFrame render(const ImageryRequest &request) const override;

    const TileSource &source() const;
    TileCache &cache() const;
    TileFetcher &fetcher() const;

private:
    TileImagery();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sez
