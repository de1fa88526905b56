// SPDX-License-Identifier: GPL-3.0-or-later
// The painters of the dataset's other layers: SEZ parts, districts, zones, the city limits and the
// SEZ outside them, infrastructure.
#include "core/render/layerpainters_p.h"

#include "core/model/parcelstore.h"
#include "core/model/rules.h"
#include "core/render/geometrypainter_p.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sez::detail {

namespace {

std::vector<LegendEntry> contextEntries(const MapStyle &style, std::initializer_list<const char *> keys)
{
    std::vector<LegendEntry> out;
    for (const LegendEntry &e : style.contextLegend())
        for (const char *key : keys)
            if (e.key == QLatin1String(key))
                out.push_back(e);
    return out;
}

// How near a click must come to a line, or to a point symbol's edge, to find it.
constexpr double kPickTolerancePx = 4.0;

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

// Whether \a map lies within \a tolerance (map units) of a line of \a g or of a polygon's ring.
bool nearLines(const Geometry &g, const QPointF &map, double tolerance)
{
    if (!g.bounds().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(map))
        return false;
    auto near = [&](const Path &path, bool closed) {
        for (std::size_t i = 1; i < path.size(); ++i)
            if (segmentDistance(map, path[i - 1], path[i]) <= tolerance)
                return true;
        return closed && path.size() > 2 && segmentDistance(map, path.back(), path.front()) <= tolerance;
    };
    for (const Path &l : g.lines)
        if (near(l, false))
            return true;
    for (const Polygon &poly : g.polygons)
        for (const Path &r : poly.rings)
            if (near(r, true))
                return true;
    return false;
}

// The last feature of \a features that \a wanted picks whose area holds \a map: drawn last, seen on top.
template <typename Wanted>
const ContextFeature *areaAt(const std::vector<ContextFeature> &features, const QPointF &map, Wanted wanted)
{
    for (auto f = features.rbegin(); f != features.rend(); ++f)
        if (wanted(*f) && !f->geometry.polygons.empty() && f->geometry.bounds().contains(map) && containsPoint(f->geometry, map))
            return &*f;
    return nullptr;
}

bool identifyArea(const std::vector<ContextFeature> &features, const RenderContext &context, const QPointF &pixel, MapHit *hit)
{
    hit->feature = areaAt(features, context.view().toMap(pixel), [](const ContextFeature &) { return true; });
    return hit->feature != nullptr;
}

// The feature of \a features that \a wanted picks under the click at \a pixel, as infrastructure and
// the layers of no role are clicked: the nearest point symbol within \a reach pixels (symbols are
// drawn over the lines), else a line within \a reach, else an area holding the click.
template <typename Wanted>
bool identifyFeature(const std::vector<ContextFeature> &features, const RenderContext &context, const QPointF &pixel,
                     double reach, Wanted wanted, MapHit *hit)
{
    const MapView &view = context.view();
    const QPointF map = view.toMap(pixel);
    const ContextFeature *best = nullptr;
    double bestDistance = reach;
    for (const ContextFeature &f : features) {
        if (!wanted(f))
            continue;
        for (const QPointF &at : f.geometry.points) {
            const QPointF p = view.toPixel(at);
            const double d = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
            if (d <= bestDistance) {
                best = &f;
                bestDistance = d;
            }
        }
        if (!best && nearLines(f.geometry, map, reach * view.metresPerPixel()))
            best = &f;
    }
    hit->feature = best ? best : areaAt(features, map, wanted);
    return hit->feature != nullptr;
}

// Views far smaller than a layer skip the features that cannot show. Compared edge by edge: a
// point's bounds (and a line's along an axis) have no area, which QRectF::intersects() never meets.
bool inView(const ContextFeature &f, const RenderContext &context)
{
    const QRectF b = f.geometry.bounds(), view = context.view().extent();
    return b.left() <= view.right() && b.right() >= view.left() && b.top() <= view.bottom() && b.bottom() >= view.top();
}

} // namespace

bool SezPartsPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    GeometryPainter geometry(painter, context.view());
    const MapStyle &style = context.style();
    const auto &parts = context.store().sezParts();
    // Every tint first, then the hatch, so the hatch of one part is not covered by the next's tint.
    painter.setPen(Qt::NoPen);
    for (const ContextFeature &part : parts)
        if (inView(part, context)) {
            painter.setBrush(style.sezPart(part.citySide).fill);
            geometry.drawPolygons(part.geometry);
        }
    for (const ContextFeature &part : parts) {
        const Symbol symbol = style.sezPart(part.citySide);
        if (symbol.hatch.isValid() && inView(part, context)) {
            painter.setBrush(QBrush(symbol.hatch, Qt::BDiagPattern));
            geometry.drawPolygons(part.geometry);
        }
    }
    painter.setBrush(Qt::NoBrush);
    for (const ContextFeature &part : parts) {
        painter.setPen(style.sezPart(part.citySide).pen());
        geometry.drawLines(part.geometry);
    }
    return !context.isCancelled();
}

std::vector<LegendEntry> SezPartsPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    return contextEntries(style, {"sez_inside_city", "sez_outside_city"});
}

bool SezPartsPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    return identifyArea(context.store().sezParts(), context, pixel, hit);
}

bool DistrictsPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    GeometryPainter geometry(painter, context.view());
    painter.setPen(context.style().district().pen());
    painter.setBrush(Qt::NoBrush);
    for (const ContextFeature &f : context.store().districts())
        if (inView(f, context))
            geometry.drawLines(f.geometry);
    return !context.isCancelled();
}

std::vector<LegendEntry> DistrictsPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    return contextEntries(style, {"district"});
}

bool DistrictsPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    return identifyArea(context.store().districts(), context, pixel, hit);
}

bool ZonesPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const
{
    GeometryPainter geometry(painter, context.view());
    const MapStyle &style = context.style();
    // Tinted wherever the roads between blocks are too thin to draw whole: the gaps between the
    // parcels then show the zone, not specks of the background.
    const bool tinted = parcels.subPixel || context.view().metresPerPixel() >= kZoneTintFromMpp;
    for (const ContextFeature &f : context.store().zones()) {
        if (!inView(f, context))
            continue;
        if (tinted) {
            QColor tint = style.zoneColour(f.name);
            tint.setAlpha(style.zoneTintAlpha());
            painter.setPen(Qt::NoPen);
            painter.setBrush(tint);
            geometry.drawPolygons(f.geometry);
        } else {
            painter.setPen(style.zoneOutline(f.name).pen());
            painter.setBrush(Qt::NoBrush);
            geometry.drawLines(f.geometry);
        }
    }
    return !context.isCancelled();
}

std::vector<LegendEntry> ZonesPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    return style.legend(ParcelStyle::Zone);
}

bool ZonesPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    return identifyArea(context.store().zones(), context, pixel, hit);
}

bool OutsideCityPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    GeometryPainter geometry(painter, context.view());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QBrush(context.style().outsideCityOverlay().hatch, Qt::BDiagPattern));
    for (const ContextFeature &part : context.store().sezParts())
        if (part.citySide == CitySide::Outside && inView(part, context))
            geometry.drawPolygons(part.geometry);
    return !context.isCancelled();
}

bool CityLimitsPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    GeometryPainter geometry(painter, context.view());
    const Symbol symbol = context.style().cityLimits();
    const auto &limits = context.store().cityLimits();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(symbol.casingPen());
    for (const ContextFeature &f : limits)
        geometry.drawLines(f.geometry);
    painter.setPen(symbol.pen());
    for (const ContextFeature &f : limits)
        geometry.drawLines(f.geometry);
    return !context.isCancelled();
}

std::vector<LegendEntry> CityLimitsPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    return contextEntries(style, {"city_limits"});
}

bool CityLimitsPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    const QPointF map = context.view().toMap(pixel);
    const double tolerance = (context.style().cityLimits().width / 2 + kPickTolerancePx) * context.view().metresPerPixel();
    for (const ContextFeature &f : context.store().cityLimits())
        if (nearLines(f.geometry, map, tolerance)) {
            hit->feature = &f;
            return true;
        }
    return false;
}

bool InfrastructurePainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    const MapStyle &style = context.style();
    const Symbol symbol = style.infrastructure(mKind);
    if (!symbol.isValid())
        return !context.isCancelled();
    const auto &features = context.store().infrastructure();
    if (symbol.shape == Symbol::Shape::Line) {
        GeometryPainter geometry(painter, context.view());
        painter.setBrush(Qt::NoBrush);
        // Every casing under every line, so crossing roads join.
        if (symbol.casing.isValid()) {
            painter.setPen(symbol.casingPen());
            for (const ContextFeature &f : features)
                if (f.kind == mKind)
                    geometry.drawLines(f.geometry);
        }
        for (const ContextFeature &f : features)
            if (f.kind == mKind) {
                painter.setPen(style.infrastructure(mKind, isPlannedInfrastructure(f.status)).pen());
                geometry.drawLines(f.geometry);
            }
        return !context.isCancelled();
    }
    // A symbol's centre may lie a little outside the view while its symbol shows.
    const QRectF near = context.view().extent().adjusted(-1e4, -1e4, 1e4, 1e4);
    for (const ContextFeature &f : features) {
        if (f.kind != mKind)
            continue;
        const Symbol own = style.infrastructure(mKind, isPlannedInfrastructure(f.status));
        for (const QPointF &at : f.geometry.points)
            if (near.contains(at))
                paintPointSymbol(painter, context.view().toPixel(at), own);
    }
    return !context.isCancelled();
}

bool InfrastructurePainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    const Symbol symbol = context.style().infrastructure(mKind);
    if (!symbol.isValid())
        return false;
    const double reach = symbol.shape == Symbol::Shape::Line ? std::max(symbol.width, symbol.casingWidth) / 2 + kPickTolerancePx
                                                             : symbol.radius * 1.2 + kPickTolerancePx / 2;
    return identifyFeature(context.store().infrastructure(), context, pixel, reach,
                           [this](const ContextFeature &f) { return f.kind == mKind; }, hit);
}

std::vector<LegendEntry> InfrastructurePainter::legend(const MapStyle &style, const RenderOptions &) const
{
    std::vector<LegendEntry> out;
    for (const LegendEntry &e : style.contextLegend())
        if (e.key == mKind)
            out.push_back(e);
    return out;
}

bool OtherLayerPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    const Symbol symbol = context.style().otherLayer(mLayer);
    GeometryPainter geometry(painter, context.view());
    const QRectF near = context.view().extent().adjusted(-1e4, -1e4, 1e4, 1e4);
    for (const ContextFeature &f : context.store().otherFeatures()) {
        if (f.kind != mLayer || !inView(f, context))
            continue;
        painter.setPen(symbol.pen());
        painter.setBrush(symbol.fill.isValid() ? QBrush(symbol.fill) : QBrush(Qt::NoBrush));
        if (!f.geometry.polygons.empty())
            geometry.drawPolygons(f.geometry);
        painter.setBrush(Qt::NoBrush);
        geometry.drawLines(f.geometry);
        Symbol point = symbol;
        point.shape = Symbol::Shape::Circle;
        for (const QPointF &at : f.geometry.points)
            if (near.contains(at))
                paintPointSymbol(painter, context.view().toPixel(at), point);
        if (context.isCancelled())
            return false;
    }
    return !context.isCancelled();
}

bool OtherLayerPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    // Drawn as paint() draws it: points as circles, lines and area outlines with the symbol's pen.
    const Symbol symbol = context.style().otherLayer(mLayer);
    const double reach = std::max(symbol.width / 2 + kPickTolerancePx, symbol.radius * 1.2 + kPickTolerancePx / 2);
    return identifyFeature(context.store().otherFeatures(), context, pixel, reach,
                           [this](const ContextFeature &f) { return f.kind == mLayer; }, hit);
}

std::vector<LegendEntry> OtherLayerPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    std::vector<LegendEntry> out;
    for (const LegendEntry &e : style.contextLegend())
        if (e.key == kOtherLayerPrefix + mLayer)
            out.push_back(e);
    return out;
}

} // namespace sez::detail
