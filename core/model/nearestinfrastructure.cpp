// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/nearestinfrastructure.h"

#include "core/geo/planar.h"
#include "core/model/parcelstore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sez {

namespace {

QPointF nearestOnSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    if (length2 == 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0);
    return a + t * d;
}

// Calls f(a, b) for every segment of an object (a point is a segment of no length).
template<typename F>
void forEachSegment(const Geometry &g, F &&f)
{
    for (const QPointF &p : g.points)
        f(p, p);
    for (const Path &l : g.lines)
        for (std::size_t i = 1; i < l.size(); ++i)
            f(l[i - 1], l[i]);
    for (const Polygon &poly : g.polygons)
        for (const Path &r : poly.rings)
            for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
                f(r[j], r[i]);
}

// Where segment ab enters the parcel: an end inside it, or its crossing with a side.
bool entersAt(const Geometry &parcel, const QPointF &a, const QPointF &b, QPointF *at)
{
    if (containsPoint(parcel, a)) {
        *at = a;
        return true;
    }
    for (const Polygon &poly : parcel.polygons)
        for (const Path &ring : poly.rings)
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                if (segmentsCross(a, b, ring[j], ring[i])) {
                    const QPointF r = b - a, s = ring[i] - ring[j];
                    const double denominator = r.x() * s.y() - r.y() * s.x();
                    const double t = denominator == 0 ? 0
                        : ((ring[j].x() - a.x()) * s.y() - (ring[j].y() - a.y()) * s.x()) / denominator;
                    *at = a + t * r;
                    return true;
                }
    return false;
}

} // namespace

std::vector<NearestInfrastructure> nearestInfrastructure(const ParcelStore &store, qint64 row)
{
    std::vector<NearestInfrastructure> out;
    if (row < 0 || row >= store.size())
        return out;
    const Geometry parcel = store.geometry(row);
    for (const QString &kind : infrastructureKinds()) {
        NearestInfrastructure best;
        best.kind = kind;
        best.metres = std::numeric_limits<double>::infinity();
        for (const ContextFeature &object : store.infrastructure()) {
            if (object.kind != kind)
                continue;
            forEachSegment(object.geometry, [&](const QPointF &a, const QPointF &b) {
                QPointF at;
                if (best.metres > 0 && entersAt(parcel, a, b, &at)) {
                    best = {kind, object.name, at, at, 0};
                    return;
                }
                for (const Polygon &poly : parcel.polygons)
                    for (const Path &ring : poly.rings)
                        for (const QPointF &v : ring) {
                            const QPointF onObject = nearestOnSegment(v, a, b);
                            const double d = std::hypot(v.x() - onObject.x(), v.y() - onObject.y());
                            if (d < best.metres)
                                best = {kind, object.name, v, onObject, d};
                        }
            });
        }
        if (std::isfinite(best.metres))
            out.push_back(best);
    }
    return out;
}

} // namespace sez
