// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/boundary.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sez {

namespace {

// tan(1°): segments closer than this to parallel may part and still share a stretch.
constexpr double kNearlyParallel = 0.017455;

} // namespace

double gridDistance(const QPointF &from, const QPointF &to)
{
    return std::hypot(to.x() - from.x(), to.y() - from.y());
}

double directionAngle(const QPointF &from, const QPointF &to)
{
    // atan2(east, north): zero along grid north, growing clockwise.
    double degrees = std::atan2(to.x() - from.x(), to.y() - from.y()) * 180.0 / std::numbers::pi;
    if (degrees < 0)
        degrees += 360.0;
    return degrees >= 360.0 ? 0.0 : degrees;
}

std::size_t northWesternmostIndex(const Path &ring)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const double score = ring[i].y() - ring[i].x(), bestScore = ring[best].y() - ring[best].x();
        // A millimetre decides a tie, so that points a float apart along a north-west diagonal
        // still give one answer: the northern one.
        if (score > bestScore + 1e-3 || (std::abs(score - bestScore) <= 1e-3 && ring[i].y() > ring[best].y()))
            best = i;
    }
    return best;
}

double signedDoubleArea(const Path &ring)
{
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() ? ring.size() - 1 : 0; i < ring.size(); j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return sum;
}

namespace {

// The ring clockwise (negative signed area with y north), starting at its north-westernmost vertex.
Path numberingOrder(const Path &ring)
{
    Path out = ring;
    if (signedDoubleArea(out) > 0)
        std::reverse(out.begin(), out.end());
    std::rotate(out.begin(), out.begin() + std::ptrdiff_t(northWesternmostIndex(out)), out.end());
    return out;
}

// Orders rings by their north-westernmost points, by the same rule as the points themselves.
bool comesFirst(const Path &a, const Path &b)
{
    const QPointF pa = a[northWesternmostIndex(a)], pb = b[northWesternmostIndex(b)];
    const double sa = pa.y() - pa.x(), sb = pb.y() - pb.x();
    if (std::abs(sa - sb) > 1e-3)
        return sa > sb;
    return pa.y() > pb.y();
}

} // namespace

ParcelBoundary ParcelBoundary::fromGeometry(const Geometry &geometry)
{
    std::vector<const Polygon *> parts;
    for (const Polygon &polygon : geometry.polygons)
        if (!polygon.rings.empty() && polygon.rings.front().size() >= 3)
            parts.push_back(&polygon);
    std::stable_sort(parts.begin(), parts.end(), [](const Polygon *a, const Polygon *b) {
        return comesFirst(a->rings.front(), b->rings.front());
    });
    ParcelBoundary boundary;
    int number = 1;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        std::vector<Path> holes;
        for (std::size_t r = 1; r < parts[p]->rings.size(); ++r)
            if (parts[p]->rings[r].size() >= 3)
                holes.push_back(numberingOrder(parts[p]->rings[r]));
        std::stable_sort(holes.begin(), holes.end(), comesFirst);
        auto add = [&](Path points, int hole) {
            BoundaryRing ring{int(p), hole, number, std::move(points)};
            number += int(ring.points.size());
            boundary.mRings.push_back(std::move(ring));
        };
        add(numberingOrder(parts[p]->rings.front()), 0);
        for (std::size_t h = 0; h < holes.size(); ++h)
            add(std::move(holes[h]), int(h) + 1);
    }
    return boundary;
}

int ParcelBoundary::pointCount() const
{
    int n = 0;
    for (const BoundaryRing &ring : mRings)
        n += int(ring.points.size());
    return n;
}

double sharedLength(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d, double tolerance)
{
    const double length = gridDistance(a, b);
    if (length <= 0)
        return 0;
    const QPointF u = (b - a) / length;          // along a-b
    const QPointF n(-u.y(), u.x());              // across it
    auto along = [&](const QPointF &p) { return QPointF::dotProduct(p - a, u); };
    auto across = [&](const QPointF &p) { return QPointF::dotProduct(p - a, n); };
    const double tc = along(c), td = along(d);
    if (std::abs(td - tc) < 1e-9)
        return 0;   // c-d stands across a-b, or is a point
    // c-d seen from a-b: its offset across, s(t) = s0 + k t, over the stretch it faces.
    const double k = (across(d) - across(c)) / (td - tc);
    const double s0 = across(c) - k * tc;
    const double lo = std::max(0.0, std::min(tc, td)), hi = std::min(length, std::max(tc, td));
    if (std::abs(k) < 1e-12)
        return std::abs(s0) <= tolerance ? std::max(0.0, hi - lo) : 0.0;
    const double t1 = (-tolerance - s0) / k, t2 = (tolerance - s0) / k;
    const double bandLo = std::min(t1, t2), bandHi = std::max(t1, t2);
    // Where the segments part by more than the tolerance inside the stretch they face, they only
    // meet at an angle: that counts only when they are nearly parallel (a boundary digitised
    // twice), not for sides that meet at a corner.
    const bool parting = bandLo > lo || bandHi < hi;
    if (parting && std::abs(k) > kNearlyParallel)
        return 0;
    return std::max(0.0, std::min(hi, bandHi) - std::max(lo, bandLo));
}

} // namespace sez
