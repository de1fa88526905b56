// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/geometryrepair_p.h"

#include "core/io/layerreader.h"

#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <vector>

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
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    const int n = OGR_G_GetPointCount(g);
    if (type == wkbLineString || type == wkbLinearRing) {
        // In one call: OGR_G_GetX() a vertex costs a call and a check of the type each.
        thread_local std::vector<double> x, y;
        x.resize(std::size_t(n));
        y.resize(std::size_t(n));
        if (n > 0)
            OGR_G_GetPoints(g, x.data(), sizeof(double), y.data(), sizeof(double), nullptr, 0);
        for (int i = 0; i < n; ++i)
            if (!std::isfinite(x[std::size_t(i)]) || !std::isfinite(y[std::size_t(i)]))
                return true;
        return false;
    }
    for (int i = 0; i < n; ++i)
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

// GEOS checks for an interrupt inside its long loops and calls this first. Each thread that runs
// a bounded GEOS operation sets its own deadline; GEOS's request flag is process-wide, so it is
// raised only from the thread whose deadline passed, which is the one that checks next.
thread_local std::chrono::steady_clock::time_point tDeadline = std::chrono::steady_clock::time_point::max();
thread_local bool tInterrupted = false;
GEOSInterruptCallback *gPreviousCallback = nullptr;

void interruptWhenLate()
{
    if (tDeadline != std::chrono::steady_clock::time_point::max() && std::chrono::steady_clock::now() > tDeadline) {
        tInterrupted = true;
        GEOS_interruptRequest();
    }
    if (gPreviousCallback)
        gPreviousCallback();
}

// Runs \a operation with GEOS interrupted after \a budgetMs; false when it was.
template<typename F>
bool withinBudget(int budgetMs, F &&operation)
{
    static const bool installed = [] {
        gPreviousCallback = GEOS_interruptRegisterCallback(&interruptWhenLate);
        return true;
    }();
    (void)installed;
    // GEOS's request flag is one for the process: a thread whose deadline passed could have it
    // taken by another thread's check, which would then stop a geometry in time. One bounded
    // operation at a time (they are rare: the few polygons that are not plainly valid) keeps each
    // interrupt with its own thread, so that two readers of a layer decide as one.
    static std::mutex oneAtATime;
    const std::lock_guard lock(oneAtATime);
    tInterrupted = false;
    tDeadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs);
    operation();
    tDeadline = std::chrono::steady_clock::time_point::max();
    return !tInterrupted;
}

bool outside(OGRGeometryH g, const OGREnvelope &bounds)
{
    OGREnvelope e;
    OGR_G_GetEnvelope(g, &e);
    return e.MinX < bounds.MinX || e.MaxX > bounds.MaxX || e.MinY < bounds.MinY || e.MaxY > bounds.MaxY;
}

} // namespace

GeometryRepair::GeometryRepair(DamageReport &damage)
    : mDamage(damage)
{
    mBounds.MinX = mBounds.MinY = -1e8;
    mBounds.MaxX = mBounds.MaxY = 1e8;
}

GeometryPtr GeometryRepair::repair(GeometryPtr geometry)
{
    if (hasNonFiniteCoordinate(geometry.get())) {
        ++mDamage.nanGeometries;
        return {};
    }
    if (outside(geometry.get(), mBounds)) {
        ++mDamage.impossibleCoordinates;
        return {};
    }
    if (unclosedRingCount(geometry.get()) > 0) {
        ++mDamage.unclosedRings;
        OGR_G_CloseRings(geometry.get());
    }
    const auto flat = wkbFlatten(OGR_G_GetGeometryType(geometry.get()));
    const bool polygonal = flat == wkbPolygon || flat == wkbMultiPolygon;
    if (!polygonal || certainlyValidSimplePolygon(geometry.get()))
        return geometry;
    // Checking and repairing share one budget: either may take GEOS's noder a very long time.
    bool valid = false;
    GeometryPtr repaired;
    const bool inTime = withinBudget(kRepairBudgetMs, [&] {
        valid = OGR_G_IsValid(geometry.get());
        if (valid)
            return;
        repaired.reset(OGR_G_MakeValid(geometry.get()));
        if (repaired && !OGR_G_IsValid(repaired.get()))
            repaired.reset();
    });
    if (!inTime) {
        ++mDamage.repairTimedOut;
        return {};
    }
    if (valid)
        return geometry;
    if (!repaired || OGR_G_IsEmpty(repaired.get())) {
        ++mDamage.invalidDropped;
        return {};
    }
    ++mDamage.invalidRepaired;
    // MakeValid may return a collection with stray lines; keep the polygonal part.
    return GeometryPtr(OGR_G_ForceToMultiPolygon(repaired.release()));
}

} // namespace sez::detail
