// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/imagerysource.h"

#include "core/geo/crs.h"
#include "core/imagery/rasterimagery.h"
#include "core/imagery/tilecache.h"
#include "core/imagery/tileimagery.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <vector>

namespace sez {

namespace {

class ImageryMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::ImagerySource)
};

} // namespace

bool isTileAddress(const QString &location)
{
    const QString text = location.trimmed();
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

std::shared_ptr<const ImagerySource> openImagery(const QString &location, const ImageryOpenOptions &options, QString *error)
{
    if (!isTileAddress(location))
        return RasterImagery::open(location, error);
    const TileSource source = TileSource::fromTemplate(location, options.attribution, error, options.minZoom, options.maxZoom);
    if (!source.isValid())
        return nullptr;
    QString cacheDir = options.tileCacheDir;
    if (cacheDir.isEmpty())
        cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cacheDir.isEmpty())
        cacheDir = QDir::tempPath() + QStringLiteral("/sezview-cache");
    return TileImagery::open(source, TileCache::defaultPath(cacheDir, source), options.tileCacheLimitBytes, error);
}

QString overlapProblem(const ImagerySource &source, const QRectF &mapExtent, int mapEpsg)
{
    const QRectF footprint = source.footprint(mapEpsg);
    if (!footprint.isValid() || footprint.intersects(mapExtent))
        return {};
    // Said in lon/lat, which the user can look up; the map CRS's metres mean little to most.
    const CoordinateTransform toLonLat(mapEpsg, kWgs84Epsg);
    const QRectF own = source.footprint(kWgs84Epsg);
    std::vector<QPointF> corners = {own.topLeft(), own.bottomRight(), mapExtent.topLeft(), mapExtent.bottomRight()};
    std::vector<QPointF> map(corners.begin() + 2, corners.end());
    toLonLat.transform(map);
    std::copy(map.begin(), map.end(), corners.begin() + 2);
    const QLocale locale;
    auto box = [&locale](const QPointF &a, const QPointF &b) {
        return ImageryMessages::tr("%1–%2° E, %3–%4° N")
            .arg(locale.toString(std::min(a.x(), b.x()), 'f', 3), locale.toString(std::max(a.x(), b.x()), 'f', 3),
                 locale.toString(std::min(a.y(), b.y()), 'f', 3), locale.toString(std::max(a.y(), b.y()), 'f', 3));
    };
    return ImageryMessages::tr("%1 does not overlap the map: it covers %2, the map %3. Check its coordinate system")
        .arg(source.location(), box(corners[0], corners[1]), box(corners[2], corners[3]));
}

} // namespace sez
