// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace sez {

/// A sequence of vertices: an open line, or a ring whose closing vertex is not repeated.
using Path = std::vector<QPointF>;

/// A polygon: the exterior ring first, then its holes.
struct Polygon
{
    std::vector<Path> rings;
};

enum class GeometryKind { None, Point, Line, Polygon };

/// One feature's geometry in the map CRS; multi-part geometries keep every part.
struct Geometry
{
    GeometryKind kind = GeometryKind::None;
    std::vector<QPointF> points;
    std::vector<Path> lines;
    std::vector<Polygon> polygons;

    bool isEmpty() const { return points.empty() && lines.empty() && polygons.empty(); }

    QRectF bounds() const
    {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        auto add = [&](const QPointF &p) {
            x0 = std::min(x0, p.x()); y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x()); y1 = std::max(y1, p.y());
        };
        for (const auto &p : points) add(p);
        for (const auto &l : lines) for (const auto &p : l) add(p);
        for (const auto &poly : polygons) if (!poly.rings.empty()) for (const auto &p : poly.rings.front()) add(p);
        if (x0 > x1) return {};
        return QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
};

/// True when \a point lies inside the polygon of \a rings (inside its outer ring and outside its
/// holes: even-odd over every ring).
bool ringsContain(const std::vector<Path> &rings, const QPointF &point);
/// True when \a point lies inside one of the polygons of \a geometry. Lines and points contain nothing.
bool containsPoint(const Geometry &geometry, const QPointF &point);

} // namespace sez
