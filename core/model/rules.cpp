// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/rules.h"

#include "core/geo/ogrgeometry_p.h"
#include "core/model/parcelstore.h"

#include <cmath>

namespace sez {

namespace {

// The union of the city limits' polygons, or null when GEOS cannot form it (an invalid polygon).
detail::GeometryPtr cityUnion(const std::vector<ContextFeature> &cityLimits)
{
    detail::GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const ContextFeature &city : cityLimits) {
        if (city.geometry.polygons.empty())
            continue;
        const detail::GeometryPtr parts = detail::toOgr(city.geometry);
        for (int i = 0; i < OGR_G_GetGeometryCount(parts.get()); ++i)
            OGR_G_AddGeometry(multi.get(), OGR_G_GetGeometryRef(parts.get(), i));
    }
    return detail::GeometryPtr(OGR_G_UnionCascaded(multi.get()));
}

// The polygons of an overlay's result (an intersection may also hold the lines where rings touch).
Geometry polygonsOf(OGRGeometryH g)
{
    Geometry out;
    detail::appendOgr(g, out);
    out.points.clear();
    out.lines.clear();
    out.kind = out.polygons.empty() ? GeometryKind::None : GeometryKind::Polygon;
    return out;
}

double areaOf(OGRGeometryH g)
{
    return g ? OGR_G_Area(g) : 0.0;
}

// A point inside the part for the point rule, where GEOS cannot cut it.
QPointF pointInside(const Geometry &geometry)
{
    if (geometry.polygons.empty())
        return geometry.bounds().center();
    const detail::GeometryPtr g = detail::toOgr(geometry);
    const detail::GeometryPtr point(OGR_G_PointOnSurface(g.get()));
    if (!point || OGR_G_IsEmpty(point.get()))
        return geometry.bounds().center();
    return QPointF(OGR_G_GetX(point.get(), 0), OGR_G_GetY(point.get(), 0));
}

} // namespace

CitySide citySideAt(const QPointF &point, const std::vector<ContextFeature> &cityLimits)
{
    if (cityLimits.empty())
        return CitySide::Unknown;
    for (const ContextFeature &city : cityLimits)
        if (containsPoint(city.geometry, point))
            return CitySide::Inside;
    return CitySide::Outside;
}

std::vector<ContextFeature> divideAtCityLimits(std::vector<ContextFeature> parts,
                                               const std::vector<ContextFeature> &cityLimits)
{
    if (cityLimits.empty()) {
        for (ContextFeature &part : parts)
            part.citySide = CitySide::Unknown;
        return parts;
    }
    const detail::GeometryPtr city = cityUnion(cityLimits);
    std::vector<ContextFeature> out;
    out.reserve(parts.size());
    for (ContextFeature &part : parts) {
        detail::GeometryPtr whole = part.geometry.polygons.empty() ? nullptr : detail::toOgr(part.geometry);
        detail::GeometryPtr inside, outside;
        if (city && whole) {
            inside.reset(OGR_G_Intersection(whole.get(), city.get()));
            outside.reset(OGR_G_Difference(whole.get(), city.get()));
        }
        if (!inside || !outside) {
            // No polygon, or GEOS refused an invalid one: the side of a point inside it.
            part.citySide = citySideAt(pointInside(part.geometry), cityLimits);
            out.push_back(std::move(part));
            continue;
        }
        const double total = areaOf(whole.get());
        const double insideArea = areaOf(inside.get()), outsideArea = areaOf(outside.get());
        if (outsideArea <= kCitySideNoiseShare * total || insideArea <= kCitySideNoiseShare * total) {
            part.citySide = outsideArea <= insideArea ? CitySide::Inside : CitySide::Outside;
            out.push_back(std::move(part));
            continue;
        }
        ContextFeature outsidePiece = part;
        part.geometry = polygonsOf(inside.get());
        part.citySide = CitySide::Inside;
        outsidePiece.geometry = polygonsOf(outside.get());
        outsidePiece.citySide = CitySide::Outside;
        out.push_back(std::move(part));
        out.push_back(std::move(outsidePiece));
    }
    return out;
}

bool isUnderImplementation(const QString &status)
{
    return status == QLatin1String("under_construction") || status == QLatin1String("operating");
}

bool isPlannedInfrastructure(const QString &status)
{
    // The Russian word is what a dataset without a value mapping for the status column holds.
    return status == QLatin1String("design") || status == QStringLiteral("проектирование");
}

double areaDifferenceShare(double officialHa, double computedHa)
{
    return computedHa > 0 ? (computedHa - officialHa) / computedHa : 0.0;
}

bool hasAreaMismatch(double officialHa, double computedHa)
{
    return computedHa > 0 && std::abs(officialHa - computedHa) > kAreaMismatchShare * computedHa;
}

} // namespace sez
