// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/geometryrepair_p.h"

#include "core/io/layerreader.h"

#include <algorithm>
#include <cmath>

namespace sez::detail {

namespace {

bool hasNonFiniteCoordinate(OGRGeometryH g)
{
    const int parts = OGR_G_GetGeometryCount(g);
    if (parts > 0) {
        for (int i = 0; i < parts; ++i)
            if (hasNonFiniteCoordinate(OGR_G_GetGeometryRef(g, i)))
                return true;
        return false;
    }
    for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
        if (!std::isfinite(OGR_G_GetX(g, i)) || !std::isfinite(OGR_G_GetY(g, i)))
            return true;
    return false;
}

int unclosedRingCount(OGRGeometryH g)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbLineString || type == wkbLinearRing || type == wkbPoint)
        return 0;
    int count = 0;
    if (type == wkbPolygon) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
            OGRGeometryH ring = OGR_G_GetGeometryRef(g, i);
            const int n = OGR_G_GetPointCount(ring);
            if (n > 0 && (OGR_G_GetX(ring, 0) != OGR_G_GetX(ring, n - 1) || OGR_G_GetY(ring, 0) != OGR_G_GetY(ring, n - 1)))
                ++count;
        }
        return count;
    }
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        count += unclosedRingCount(OGR_G_GetGeometryRef(g, i));
    return count;
}

// True when a polygon is certainly valid without asking GEOS: one ring of a few vertices, every
// turn clearly to one side and no two edges that are not neighbours coming close to touching.
// Anything less clear (holes, several parts, collinear or repeated vertices, near contacts, long
// rings) returns false and is left to GEOS, so this only ever saves GEOS work on plain parcels.
bool certainlyValidSimplePolygon(OGRGeometryH g)
{
    constexpr int kMaxVertices = 32;
    if (wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPolygon || OGR_G_GetGeometryCount(g) != 1)
        return false;
    OGRGeometryH ring = OGR_G_GetGeometryRef(g, 0);
    const int closed = OGR_G_GetPointCount(ring);
    const int n = closed - 1;
    if (n < 3 || n > kMaxVertices)
        return false;
    double x[kMaxVertices + 1], y[kMaxVertices + 1];
    OGR_G_GetPoints(ring, x, sizeof(double), y, sizeof(double), nullptr, 0);
    if (x[0] != x[n] || y[0] != y[n])
        return false;
    double magnitude = 0;
    for (int i = 0; i < n; ++i)
        magnitude = std::max({magnitude, std::abs(x[i]), std::abs(y[i])});
    // Differences of coordinates are off by up to two units in the last place; a cross product
    // within a generous multiple of that error is treated as zero (and left to GEOS).
    const double ulp = magnitude * 2.3e-16;
    auto side = [&](int a, int b, int c) {
        const double ux = x[b] - x[a], uy = y[b] - y[a], vx = x[c] - x[a], vy = y[c] - y[a];
        const double l1 = std::abs(ux) + std::abs(uy), l2 = std::abs(vx) + std::abs(vy);
        const double cross = ux * vy - uy * vx;
        const double tolerance = 8 * ulp * (l1 + l2) + 1e-12 * l1 * l2;
        return cross > tolerance ? 1 : cross < -tolerance ? -1 : 0;
    };
    for (int i = 0; i < n; ++i)
        if (side(i, i + 1, (i + 2) % n) == 0)
            return false;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue;   // neighbours through the closing vertex
            if (std::max(x[i], x[i + 1]) < std::min(x[j], x[j + 1]) || std::max(x[j], x[j + 1]) < std::min(x[i], x[i + 1])
                || std::max(y[i], y[i + 1]) < std::min(y[j], y[j + 1]) || std::max(y[j], y[j + 1]) < std::min(y[i], y[i + 1]))
                continue;   // their boxes are apart
            const int o1 = side(i, i + 1, j), o2 = side(i, i + 1, j + 1), o3 = side(j, j + 1, i), o4 = side(j, j + 1, i + 1);
            if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0 || (o1 != o2 && o3 != o4))
                return false;
        }
    }
    return true;
}

} // namespace

GeometryPtr GeometryRepair::repair(GeometryPtr geometry)
{
    if (hasNonFiniteCoordinate(geometry.get())) {
        ++mDamage.nanGeometries;
        return {};
    }
    if (unclosedRingCount(geometry.get()) > 0) {
        ++mDamage.unclosedRings;
        OGR_G_CloseRings(geometry.get());
    }
    const auto flat = wkbFlatten(OGR_G_GetGeometryType(geometry.get()));
    const bool polygonal = flat == wkbPolygon || flat == wkbMultiPolygon;
    if (!polygonal || certainlyValidSimplePolygon(geometry.get()) || OGR_G_IsValid(geometry.get()))
        return geometry;
    GeometryPtr repaired(OGR_G_MakeValid(geometry.get()));
    if (!repaired || !OGR_G_IsValid(repaired.get()) || OGR_G_IsEmpty(repaired.get())) {
        ++mDamage.invalidDropped;
        return {};
    }
    ++mDamage.invalidRepaired;
    // MakeValid may return a collection with stray lines; keep the polygonal part.
    return GeometryPtr(OGR_G_ForceToMultiPolygon(repaired.release()));
}

} // namespace sez::detail
