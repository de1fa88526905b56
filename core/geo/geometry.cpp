// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geometry.h"

namespace sez {

// Ray casting.
bool ringsContain(const std::vector<Path> &rings, const QPointF &p)
{
    bool inside = false;
    for (const Path &ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

bool containsPoint(const Geometry &geometry, const QPointF &point)
{
    for (const Polygon &polygon : geometry.polygons)
        if (ringsContain(polygon.rings, point))
            return true;
    return false;
}

} // namespace sez
