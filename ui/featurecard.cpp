// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurecard.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/render/rendercontext.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sez {

namespace {

QString sideText(CitySide side)
{
    switch (side) {
    case CitySide::Inside: return FeatureCard::tr("Inside the city");
    case CitySide::Outside: return FeatureCard::tr("Outside the city");
    case CitySide::Unknown: break;
    }
    return {};
}

} // namespace

FeatureCard::FeatureCard(QWidget *parent)
    : CardView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title());
    layout->addWidget(body(), 1);
}

FeatureCard::~FeatureCard() = default;

void FeatureCard::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    setMapEpsg(mStore ? mStore->mapEpsg() : 0);
    title()->clear();
    beginRows();
    showRows();
}

void FeatureCard::showFeature(const QString &layerId, const QString &layerTitle, const ContextFeature &feature)
{
    beginRows();
    const bool zone = layerId == kZonesLayer;
    const QString name = zone ? HumanLabels::value(ParcelField::Zone, feature.name) : feature.displayName();
    title()->setText(name.isEmpty() ? layerTitle : tr("%1: %2").arg(layerTitle, name));
    addRow(tr("Layer"), layerTitle);
    addRow(zone ? tr("Zone") : tr("Name"), name);
    // A layer of no role's features carry the layer's name as their kind: said once, as the layer.
    if (!feature.kind.isEmpty() && !layerId.startsWith(kOtherLayerPrefix))
        addRow(tr("Kind"), HumanLabels::infrastructureKind(feature.kind));
    if (!feature.status.isEmpty())
        addRow(tr("Status"), HumanLabels::infrastructureStatus(feature.status));
    if (feature.plannedYear > 0)
        addRow(tr("Planned for"), QString::number(feature.plannedYear));
    addRow(tr("Side of the city limits"), sideText(feature.citySide));
    for (auto it = feature.names.begin(); it != feature.names.end(); ++it)
        if (it.value() != name)
            addRow(tr("Name (%1)").arg(it.key()), it.value());
    for (const auto &[column, value] : feature.attributes)
        addRow(column, HumanLabels::columnValue(value));
    if (const CoordinateTransform *toLonLat = this->toLonLat()) {
        const Geometry &g = feature.geometry;
        if (!g.polygons.empty())
            addRow(tr("Area (ellipsoidal)"), HumanLabels::hectares(geodesicAreaHa(g, *toLonLat)));
        double length = 0;
        for (const Path &line : g.lines)
            length += geodesicLengthM(line, *toLonLat);
        if (length > 0)
            addRow(tr("Length (ellipsoidal)"), HumanLabels::distance(length));
        for (const QPointF &p : g.points)
            addPositionRows(tr("Position (lon, lat)"), tr("Position (EPSG:%1)").arg(mapEpsg()), p);
    }
    showRows();
}

} // namespace sez
