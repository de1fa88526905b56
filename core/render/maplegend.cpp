// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/maplegend.h"

#include "core/model/parcelstore.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace sez {

namespace {

// Whether a feature's bounds meet the view; a point's or a straight line's bounds have no area,
// which QRectF::intersects() would call empty.
bool inView(const ContextFeature &f, const QRectF &extent)
{
    const QRectF b = f.geometry.bounds();
    return b.left() <= extent.right() && b.right() >= extent.left() && b.top() <= extent.bottom() && b.bottom() >= extent.top();
}

// The values of the field parcels are coloured by, among the parcels in view.
QSet<QString> parcelValuesInView(const RenderContext &context, ParcelField field)
{
    const ParcelStore &store = context.store();
    const QStringList &values = store.dictionary(field);
    std::vector<bool> seen(std::size_t(values.size()), false);
    for (qint64 row : store.parcelsIn(context.view().extent())) {
        const int code = store.code(row, field);
        if (code >= 0 && code < values.size())
            seen[std::size_t(code)] = true;
    }
    QSet<QString> present;
    for (int code = 0; code < values.size(); ++code)
        if (seen[std::size_t(code)])
            present.insert(values.at(code));
    return present;
}

// The keys of \a entries that have something to show in the view; every key for a layer the map
// does not know.
std::vector<LegendEntry> shownInView(const RenderContext &context, const QString &id, std::vector<LegendEntry> entries)
{
    const ParcelStore &store = context.store();
    const QRectF extent = context.view().extent();
    auto anyInView = [&](const std::vector<ContextFeature> &features, auto &&predicate) {
        return std::any_of(features.begin(), features.end(), [&](const ContextFeature &f) { return predicate(f) && inView(f, extent); });
    };
    const auto all = [](const ContextFeature &) { return true; };
    std::function<bool(const LegendEntry &)> keep;
    if (id == kParcelsLayer) {
        const QSet<QString> present = parcelValuesInView(context, MapStyle::field(context.options().style));
        QSet<QString> keys;
        for (const LegendEntry &e : entries)
            keys.insert(e.key);
        // Values beyond the palette ("other investors") share one entry.
        const bool others = std::any_of(present.begin(), present.end(), [&](const QString &v) { return !keys.contains(v); });
        keep = [present, others](const LegendEntry &e) { return present.contains(e.key) || (e.key == QLatin1String("other") && others); };
    } else if (id == kZonesLayer) {
        QSet<QString> present;
        for (const ContextFeature &f : store.zones())
            if (inView(f, extent))
                present.insert(f.name);
        keep = [present](const LegendEntry &e) { return present.contains(e.key); };
    } else if (id == kSezPartsLayer) {
        const bool inside = anyInView(store.sezParts(), [](const ContextFeature &f) { return f.citySide == CitySide::Inside; });
        const bool outside = anyInView(store.sezParts(), [](const ContextFeature &f) { return f.citySide == CitySide::Outside; });
        keep = [inside, outside](const LegendEntry &e) {
            return e.key == QLatin1String("sez_outside_city") ? outside : e.key == QLatin1String("sez_inside_city") ? inside : true;
        };
    } else if (id == kDistrictsLayer) {
        const bool any = anyInView(store.districts(), all);
        keep = [any](const LegendEntry &) { return any; };
    } else if (id == kCityLimitsLayer) {
        const bool any = anyInView(store.cityLimits(), all);
        keep = [any](const LegendEntry &) { return any; };
    } else if (id.startsWith(kInfrastructureLayerPrefix)) {
        const QString kind = id.mid(kInfrastructureLayerPrefix.size());
        const bool any = anyInView(store.infrastructure(), [&kind](const ContextFeature &f) { return f.kind == kind; });
        keep = [any](const LegendEntry &) { return any; };
    }
    if (keep)
        std::erase_if(entries, [&keep](const LegendEntry &e) { return !keep(e); });
    return entries;
}

} // namespace

std::vector<LegendSection> mapLegend(const RenderContext &context)
{
    std::vector<LegendSection> sections;
    QSet<QString> listed;
    const MapLayers &layers = context.layers();
    for (std::size_t i = layers.size(); i-- > 0;) {
        const MapLayer &layer = layers.at(i);
        if (!layer.visible || layer.opacity <= 0 || !layer.painter)
            continue;
        LegendSection section{layer.id, shownInView(context, layer.id, layer.painter->legend(context.style(), context.options()))};
        std::erase_if(section.entries, [&listed](const LegendEntry &e) {
            const QString id = e.key + QLatin1Char('\n') + e.label;
            if (listed.contains(id))
                return true;
            listed.insert(id);
            return false;
        });
        if (!section.entries.empty())
            sections.push_back(std::move(section));
    }
    return sections;
}

} // namespace sez
