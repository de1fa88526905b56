// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/planar.h"

#include <algorithm>
#include <cmath>

namespace sez {

double ringDoubleSignedArea(const Path &ring)
{
    double a = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        a += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return a;
}

QPointF labelPointOf(const Geometry &g)
{
    const Polygon *largest = nullptr;
    double largestArea = -1;
    for (const Polygon &poly : g.polygons) {
        const double a = std::abs(ringDoubleSignedArea(poly.rings.front()) / 2);
        if (a > largestArea) {
            largestArea = a;
            largest = &poly;
        }
    }
    if (!largest)
        return g.bounds().center();
    const Path &outer = largest->rings.front();
    double cx = 0, cy = 0, a2 = 0;
    for (std::size_t i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const double cross = outer[j].x() * outer[i].y() - outer[i].x() * outer[j].y();
        cx += (outer[j].x() + outer[i].x()) * cross;
        cy += (outer[j].y() + outer[i].y()) * cross;
        a2 += cross;
    }
    QPointF c = a2 != 0 ? QPointF(cx / (3 * a2), cy / (3 * a2)) : outer.front();
    if (ringsContain(largest->rings, c))
        return c;
    std::vector<double> xs;
    for (const Path &ring : largest->rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF p = ring[i], q = ring[j];
            if ((p.y() > c.y()) != (q.y() > c.y()))
                xs.push_back(p.x() + (c.y() - p.y()) * (q.x() - p.x()) / (q.y() - p.y()));
        }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            c.setX((xs[i] + xs[i + 1]) / 2);
        }
    return c;
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    auto orient = [](QPointF p, QPointF q, QPointF r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return (v > 0) - (v < 0);
    };
    const int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
    return o1 != o2 && o3 != o4;
}

} // namespace sez
