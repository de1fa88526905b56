// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QRectF>
#include <QString>
#include <QUrl>

namespace sez {

/// One tile of a Web Mercator (EPSG:3857, "GoogleMapsCompatible") pyramid: zoom, column, row from
/// the north-west corner, as XYZ servers and WMTS's GoogleMapsCompatible matrix set number them.
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileKey &a, const TileKey &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend bool operator<(const TileKey &a, const TileKey &b)
    {
        return a.z != b.z ? a.z < b.z : a.y != b.y ? a.y < b.y : a.x < b.x;
    }
};

inline size_t qHash(const TileKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.z, key.x, key.y);
}

/// A tile basemap as the user configured it: an XYZ or WMTS REST URL template, whose tiles are
/// 256-pixel squares of the Web Mercator pyramid, and the attribution its provider asks for.
///
/// The template names a tile with {z}, {x} and {y} ({-y} counts rows from the south, as TMS does),
/// or with WMTS's {TileMatrix}, {TileCol} and {TileRow}; {s} takes one of the subdomains a, b, c.
/// Only http and https are fetched.
class TileSource
{
    Q_DECLARE_TR_FUNCTIONS(sez::TileSource)

public:
    static constexpr int kTileSize = 256;
    static constexpr double kEarthRadius = 6378137.0;             ///< of the Web Mercator sphere
    static constexpr double kOriginShift = 20037508.342789244;    ///< half the world's width, metres
    static constexpr double kMaxLatitude = 85.0511287798066;

    TileSource() = default;
    /// Checks \a urlTemplate; an invalid source and \a error (one sentence naming it) when it is not
    /// an http(s) URL naming a tile's zoom, column and row.
    static TileSource fromTemplate(const QString &urlTemplate, const QString &attribution, QString *error,
                                   int minZoom = 0, int maxZoom = 19);

    bool isValid() const { return !mTemplate.isEmpty(); }
    QString urlTemplate() const { return mTemplate; }
    /// The provider's attribution, else the server's host name: a map always says where its tiles are from.
    QString attribution() const;
    /// The server's host (and port), what the user recognises the source by.
    QString host() const;
    int minZoom() const { return mMinZoom; }
    int maxZoom() const { return mMaxZoom; }

    /// The address of one tile.
    QUrl url(const TileKey &key) const;

    /// The tile's bounds in Web Mercator metres (y north).
    static QRectF tileBounds(const TileKey &key);
    /// Metres of Web Mercator per tile pixel at \a zoom.
    static double resolution(int zoom);
    /// The first zoom whose pixels are at most \a metresPerPixel (Web Mercator), within the source's
    /// range: tiles are then drawn at their own size or shrunk, never enlarged unless the source ends.
    int zoomFor(double metresPerPixel) const;
    /// The column and row of the tile holding the Web Mercator point \a mercator at \a zoom, clamped
    /// to the pyramid.
    static TileKey tileAt(const QPointF &mercator, int zoom);

private:
    QString mTemplate;
    QString mAttribution;
    int mMinZoom = 0;
    int mMaxZoom = 19;
};

} // namespace sez
