// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/mapcrs.h"

#include "core/geo/crs.h"
#include "core/io/layerreader.h"

#include <cmath>

namespace sez {

namespace {

constexpr int kWebMercatorEpsg = 3857;
// Beyond this span of longitude a transverse Mercator zone distorts too much to serve as a map.
constexpr double kWidestUtmSpan = 24;

} // namespace

int MapCrsChoice::utmEpsg(double longitude, double latitude)
{
    const int zone = std::clamp(int(std::floor((longitude + 180.0) / 6.0)) + 1, 1, 60);
    return (latitude >= 0 ? 32600 : 32700) + zone;
}

MapCrsChoice MapCrsChoice::fromData(const std::vector<const LayerData *> &layers)
{
    for (const LayerData *layer : layers)
        if (layer && !layer->sourceCrs.geographic && layer->sourceCrs.epsg > 0 && layer->crsSource != QLatin1String("none"))
            return {layer->sourceCrs.epsg,
                    tr("the layer %1 is in %2 (EPSG:%3)").arg(layer->name, layer->sourceCrs.name).arg(layer->sourceCrs.epsg)};
    QRectF extent;
    for (const LayerData *layer : layers)
        if (layer && !layer->extentLonLat.isNull())
            extent = extent.isNull() ? layer->extentLonLat : extent.united(layer->extentLonLat);
    if (extent.isNull())
        return {kDefaultMapEpsg, tr("the data has no coordinates to choose from; WGS 84 / UTM zone 43N is used")};
    if (extent.width() > kWidestUtmSpan)
        return {kWebMercatorEpsg, tr("the data spans %1° of longitude, too wide for one UTM zone: Web Mercator (EPSG:3857)")
                                      .arg(std::lround(extent.width()))};
    const QPointF centre = extent.center();
    const int epsg = utmEpsg(centre.x(), centre.y());
    return {epsg, tr("no layer is in a projected CRS; the UTM zone of the data's centre (%1° E, %2° N): EPSG:%3")
                      .arg(centre.x(), 0, 'f', 2).arg(centre.y(), 0, 'f', 2).arg(epsg)};
}

} // namespace sez
