// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/mapcrs.h"

#include "core/geo/crs.h"
#include "core/io/layerreader.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

constexpr int kWebMercatorEpsg = 3857;
// Beyond this span of longitude a transverse Mercator zone distorts too much to serve as a map.
constexpr double kWidestUtmSpan = 24;

} // namespace

int MapCrsChoice::utmEpsg(double longitude, double latitude)
{
    if (!std::isfinite(longitude) || !std::isfinite(latitude))
        return kDefaultMapEpsg;
    // Clamped before the conversion: a longitude beyond the int range would be undefined behaviour.
    const int zone = int(std::clamp(std::floor((longitude + 180.0) / 6.0) + 1, 1.0, 60.0));
    return (latitude >= 0 ? 32600 : 32700) + zone;
}

MapCrsChoice MapCrsChoice::fromData(const std::vector<const LayerData *> &layers)
{
    for (const LayerData *layer : layers)
        if (layer && !layer->sourceCrs.geographic && layer->sourceCrs.epsg > 0 && layer->crsSource != QLatin1String("none"))
            return {layer->sourceCrs.epsg,
                    tr("the layer %1 is in %2 (EPSG:%3)").arg(layer->name, layer->sourceCrs.name).arg(layer->sourceCrs.epsg)};
    QRectF extent;
    QStringList refused;
    for (const LayerData *layer : layers) {
        if (!layer || layer->extentLonLat.isNull())
            continue;
        const QRectF &e = layer->extentLonLat;
        // The reader leaves out an extent that is no place on Earth; one made elsewhere is checked here.
        if (!isLonLatExtent(e.left(), e.top(), e.right(), e.bottom())) {
            refused << layer->name;
            continue;
        }
        extent = extent.isNull() ? e : extent.united(e);
    }
    if (extent.isNull())
        return {kDefaultMapEpsg, refused.isEmpty()
                                     ? tr("the data has no coordinates to choose from; WGS 84 / UTM zone 43N is used")
                                     : tr("the extent of %1 is not one of longitudes and latitudes; WGS 84 / UTM zone 43N is used")
                                           .arg(refused.join(QStringLiteral(", ")))};
    if (extent.width() > kWidestUtmSpan)
        return {kWebMercatorEpsg, tr("the data spans %1° of longitude, too wide for one UTM zone: Web Mercator (EPSG:3857)")
                                      .arg(std::lround(extent.width()))};
    const QPointF centre = extent.center();
    const int epsg = utmEpsg(centre.x(), centre.y());
    return {epsg, tr("no layer is in a projected CRS; the UTM zone of the data's centre (%1° E, %2° N): EPSG:%3")
                      .arg(centre.x(), 0, 'f', 2).arg(centre.y(), 0, 'f', 2).arg(epsg)};
}

} // namespace sez
