// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/rendercontext.h"

#include "core/model/humanlabels.h"
#include "core/render/distancepainters.h"
#include "core/render/layerpainters_p.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <algorithm>

namespace sez {

std::vector<LegendEntry> LayerPainter::legend(const MapStyle &, const RenderOptions &) const
{
    return {};
}

QString LayerPainter::attribution() const
{
    return {};
}

bool LayerPainter::identify(const RenderContext &, const QPointF &, MapHit *) const
{
    return false;
}

MapLayers MapLayers::standard(const MapStyle &style)
{
    // The painters keep no state, so one of each serves every render.
    static const auto sezParts = std::make_shared<const detail::SezPartsPainter>();
    static const auto districts = std::make_shared<const detail::DistrictsPainter>();
    static const auto zones = std::make_shared<const detail::ZonesPainter>();
    static const auto parcels = std::make_shared<const detail::ParcelsPainter>();
    static const auto emphasis = std::make_shared<const detail::EmphasisPainter>();
    static const auto outsideCity = std::make_shared<const detail::OutsideCityPainter>();
    static const auto cityLimits = std::make_shared<const detail::CityLimitsPainter>();
    static const auto zoneNames = std::make_shared<const detail::LabelsPainter>(detail::LabelsPainter::Zones);
    static const auto districtNames = std::make_shared<const detail::LabelsPainter>(detail::LabelsPainter::Districts);
    static const auto labels = std::make_shared<const detail::LabelsPainter>(detail::LabelsPainter::CadastralNumbers);
    static const auto noBuffers = std::make_shared<const DistanceBuffersPainter>(QList<QueryDistanceLimit>());
    static const auto noNearest = std::make_shared<const NearestLinesPainter>(std::vector<NearestInfrastructure>());
    MapLayers layers;
    auto add = [&layers](const QString &id, std::shared_ptr<const LayerPainter> painter, const QString &title) {
        layers.mLayers.push_back(MapLayer{id, true, 1.0, std::move(painter), title});
    };
    add(kSezPartsLayer, sezParts, tr("SEZ inside and outside the city"));
    add(kDistrictsLayer, districts, tr("Districts"));
    add(kZonesLayer, zones, tr("Zones"));
    add(kParcelsLayer, parcels, tr("Parcels"));
    add(kEmphasisLayer, emphasis, tr("Query result and selection"));
    add(kOutsideCityLayer, outsideCity, tr("Hatching outside the city"));
    add(kCityLimitsLayer, cityLimits, tr("City limits"));
    add(kDistanceBuffersLayer, noBuffers, tr("Distance conditions of the query"));
    for (const QString &kind : style.infrastructureKinds())
        add(kInfrastructureLayerPrefix + kind, std::make_shared<const detail::InfrastructurePainter>(kind),
            HumanLabels::infrastructureKind(kind));
    for (const QString &layer : style.otherLayers())
        add(kOtherLayerPrefix + layer, std::make_shared<const detail::OtherLayerPainter>(layer), layer);
    add(kNearestLayer, noNearest, tr("Nearest infrastructure"));
    add(kZoneNamesLayer, zoneNames, tr("Zone names"));
    add(kDistrictNamesLayer, districtNames, tr("District names"));
    add(kLabelsLayer, labels, tr("Cadastral numbers"));
    return layers;
}

const MapLayer *MapLayers::find(const QString &id) const
{
    const auto it = std::find_if(mLayers.begin(), mLayers.end(), [&id](const MapLayer &l) { return l.id == id; });
    return it == mLayers.end() ? nullptr : &*it;
}

MapLayer *MapLayers::findLayer(const QString &id)
{
    return const_cast<MapLayer *>(std::as_const(*this).find(id));
}

bool MapLayers::setVisible(const QString &id, bool visible)
{
    MapLayer *layer = findLayer(id);
    if (layer)
        layer->visible = visible;
    return layer != nullptr;
}

bool MapLayers::setOpacity(const QString &id, double opacity)
{
    MapLayer *layer = findLayer(id);
    if (layer)
        layer->opacity = std::clamp(opacity, 0.0, 1.0);
    return layer != nullptr;
}

void MapLayers::insert(std::size_t index, MapLayer layer)
{
    mLayers.insert(mLayers.begin() + std::ptrdiff_t(std::min(index, mLayers.size())), std::move(layer));
}

bool MapLayers::remove(const QString &id)
{
    return std::erase_if(mLayers, [&id](const MapLayer &l) { return l.id == id; }) > 0;
}

bool MapLayers::setPainter(const QString &id, std::shared_ptr<const LayerPainter> painter)
{
    MapLayer *layer = findLayer(id);
    if (layer)
        layer->painter = std::move(painter);
    return layer != nullptr;
}

QString MapLayers::attribution() const
{
    QStringList credits;
    for (const MapLayer &layer : mLayers) {
        const QString credit = layer.visible && layer.opacity > 0 && layer.painter ? layer.painter->attribution() : QString();
        if (!credit.isEmpty() && !credits.contains(credit))
            credits << credit;
    }
    return credits.join(QStringLiteral(" · "));
}

RenderContext::RenderContext(const ParcelStore &store, const MapStyle &style, const MapView &view,
                             const RenderOptions &options, const std::atomic<bool> *cancel)
    : mStore(&store), mStyle(&style), mView(view), mOptions(options), mLayers(MapLayers::standard(style)), mCancel(cancel)
{
}

MapHit identifyAt(const RenderContext &context, const QPointF &pixel)
{
    const MapLayers &layers = context.layers();
    for (std::size_t i = layers.size(); i-- > 0;) {
        const MapLayer &layer = layers.at(i);
        MapHit hit;
        if (layer.visible && layer.opacity > 0 && layer.painter && layer.painter->identify(context, pixel, &hit)) {
            hit.layerId = layer.id;
            return hit;
        }
    }
    return {};
}

bool RenderContext::canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace sez
