// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/tilesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace sez {

/// The tiles of one basemap kept on disk, so that an area seen once draws again offline, and the
/// most recent ones decoded in memory. The file is an MBTiles database (QGIS and GDAL open it) with
/// the time each tile was last used; past the size limit the least recently used tiles go first.
/// Every function may be called from any thread.
class TileCache
{
    Q_DECLARE_TR_FUNCTIONS(sez::TileCache)

public:
    static constexpr qint64 kDefaultLimitBytes = 512LL << 20;

    /// Opens \a path, creating it and its folder when missing. Null and \a error (naming the file)
    /// when it cannot be opened or is not a tile cache of \a source.
    static std::unique_ptr<TileCache> open(const QString &path, const TileSource &source, qint64 limitBytes, QString *error);
    /// Where \a source's tiles go under \a cacheDir (the user's cache folder): tiles/HOST-HASH.mbtiles.
    static QString defaultPath(const QString &cacheDir, const TileSource &source);
    ~TileCache();

    QString path() const;
    /// The tile decoded, from memory or disk; a null image when it was never stored.
    QImage tile(const TileKey &key) const;
    /// Keeps a tile as it came from the server (PNG, JPEG, ...), unless it is not an image; trims the
    /// file to its limit.
    bool store(const TileKey &key, const QByteArray &encoded, QString *error);
    /// The bytes of tile data on disk, and how many tiles.
    qint64 bytes() const;
    qint64 tileCount() const;
    qint64 limit() const;

private:
    TileCache();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sez
