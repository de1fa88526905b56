// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurecard.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/humanlabels.h"
#include "core/render/rendercontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
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
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mTree(new QTreeWidget(this))
{
    QFont big = mTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    mTitle->setFont(big);
    mTitle->setWordWrap(true);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Attribute"), tr("Value")});
    mTree->setRootIsDecorated(false);
    mTree->setAlternatingRowColors(true);
    mTree->setWordWrap(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mTree, 1);
}

FeatureCard::~FeatureCard() = default;

void FeatureCard::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    mToLonLat = mStore ? std::make_unique<CoordinateTransform>(mStore->mapEpsg(), kWgs84Epsg) : nullptr;
    mTree->clear();
    mTitle->clear();
}

void FeatureCard::addRow(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        new QTreeWidgetItem(mTree, {label, value});
}

void FeatureCard::showFeature(const QString &layerId, const QString &layerTitle, const ContextFeature &feature)
{
    mTree->clear();
    const bool zone = layerId == kZonesLayer;
    const QString name = zone ? HumanLabels::value(ParcelField::Zone, feature.name) : feature.displayName();
    mTitle->setText(name.isEmpty() ? layerTitle : tr("%1: %2").arg(layerTitle, name));
    addRow(tr("Layer"), layerTitle);
    addRow(zone ? tr("Zone") : tr("Name"), name);
    if (!feature.kind.isEmpty())
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
    if (!mToLonLat)
        return;
    const QLocale locale;
    const Geometry &g = feature.geometry;
    if (!g.polygons.empty())
        addRow(tr("Area (ellipsoidal)"), HumanLabels::hectares(geodesicAreaHa(g, *mToLonLat)));
    double length = 0;
    for (const Path &line : g.lines)
        length += geodesicLengthM(line, *mToLonLat);
    if (length > 0)
        addRow(tr("Length (ellipsoidal)"), HumanLabels::distance(length));
    for (QPointF p : g.points) {
        const QPointF projected = p;
        if (mToLonLat->transform(p))
            addRow(tr("Position (lon, lat)"), tr("%1°, %2°").arg(locale.toString(p.x(), 'f', 6), locale.toString(p.y(), 'f', 6)));
        addRow(tr("Position (EPSG:%1)").arg(mStore->mapEpsg()),
               tr("%1 E, %2 N").arg(locale.toString(projected.x(), 'f', 1), locale.toString(projected.y(), 'f', 1)));
    }
}

QString FeatureCard::text() const
{
    QStringList lines{mTitle->text()};
    for (int i = 0; i < mTree->topLevelItemCount(); ++i)
        lines << mTree->topLevelItem(i)->text(0) + QStringLiteral(": ") + mTree->topLevelItem(i)->text(1);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sez
