// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/ogrgeometry_p.h"

namespace sez::detail {

namespace {

Path pathFromOgr(OGRGeometryH line)
{
    const int n = OGR_G_GetPointCount(line);
    Path path(std::size_t(std::max(n, 0)));
    if (n > 0)
        OGR_G_GetPoints(line, &path[0], sizeof(QPointF), reinterpret_cast<char *>(&path[0]) + sizeof(double),
                        sizeof(QPointF), nullptr, 0);
    return path;
}

OGRGeometryH ringToOgr(const Path &ring, OGRwkbGeometryType type)
{
    OGRGeometryH g = OGR_G_CreateGeometry(type);
    OGR_G_SetPointCount(g, int(ring.size()));
    for (std::size_t i = 0; i < ring.size(); ++i)
        OGR_G_SetPoint_2D(g, int(i), ring[i].x(), ring[i].y());
    if (type == wkbLinearRing && !ring.empty())
        OGR_G_AddPoint_2D(g, ring.front().x(), ring.front().y());
    return g;
}

} // namespace

GeometryPtr polygonToOgr(const Polygon &polygon)
{
    GeometryPtr p(OGR_G_CreateGeometry(wkbPolygon));
    for (const Path &ring : polygon.rings)
        OGR_G_AddGeometryDirectly(p.get(), ringToOgr(ring, wkbLinearRing));
    return p;
}

GeometryPtr lineToOgr(const Path &line)
{
    return GeometryPtr(ringToOgr(line, wkbLineString));
}

GeometryPtr pointToOgr(const QPointF &point)
{
    GeometryPtr g(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(g.get(), 0, point.x(), point.y());
    return g;
}

GeometryPtr toOgr(const Geometry &geometry)
{
    if (!geometry.polygons.empty()) {
        GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
        for (const Polygon &polygon : geometry.polygons)
            OGR_G_AddGeometryDirectly(multi.get(), polygonToOgr(polygon).release());
        return multi;
    }
    if (!geometry.lines.empty()) {
        GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiLineString));
        for (const Path &line : geometry.lines)
            OGR_G_AddGeometryDirectly(multi.get(), lineToOgr(line).release());
        return multi;
    }
    GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPoint));
    for (const QPointF &p : geometry.points)
        OGR_G_AddGeometryDirectly(multi.get(), pointToOgr(p).release());
    return multi;
}

void appendOgr(OGRGeometryH g, Geometry &out)
{
    if (!g)
        return;
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPoint:
        if (!OGR_G_IsEmpty(g))
            out.points.emplace_back(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
        break;
    case wkbLineString:
        if (OGR_G_GetPointCount(g) > 0)
            out.lines.push_back(pathFromOgr(g));
        break;
    case wkbPolygon: {
        Polygon polygon;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
            Path ring = pathFromOgr(OGR_G_GetGeometryRef(g, i));
            if (ring.size() > 1 && ring.front() == ring.back())
                ring.pop_back();
            if (ring.size() >= 3)
                polygon.rings.push_back(std::move(ring));
            else if (i == 0)
                break;
        }
        if (!polygon.rings.empty())
            out.polygons.push_back(std::move(polygon));
        break;
    }
    default:
        // Multi-geometries and collections: every part.
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            appendOgr(OGR_G_GetGeometryRef(g, i), out);
        break;
    }
    out.kind = !out.polygons.empty() ? GeometryKind::Polygon
               : !out.lines.empty()  ? GeometryKind::Line
               : !out.points.empty() ? GeometryKind::Point
                                     : GeometryKind::None;
}

} // namespace sez::detail
