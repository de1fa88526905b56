// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geodesic.h"

#include "core/geo/crs.h"

#include <geodesic.h>

#include <cmath>

namespace sez {

namespace {

const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic geod;
        geod_init(&geod, 6378137.0, 1 / 298.257223563);
        return geod;
    }();
    return g;
}

} // namespace

double geodesicRingAreaM2(const Path &ring)
{
    if (ring.size() < 3)
        return 0;
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    for (const QPointF &p : ring)
        geod_polygon_addpoint(&wgs84(), &polygon, p.y(), p.x());
    double area = 0;
    geod_polygon_compute(&wgs84(), &polygon, 0, 1, &area, nullptr);
    return std::abs(area);
}

double geodesicAreaHa(const Polygon &polygon, const CoordinateTransform &toLonLat)
{
    double m2 = 0;
    for (std::size_t i = 0; i < polygon.rings.size(); ++i) {
        Path ring = polygon.rings[i];
        toLonLat.transform(ring);
        const double a = geodesicRingAreaM2(ring);
        m2 += i == 0 ? a : -a;
    }
    return m2 / 10'000.0;
}

double geodesicAreaHa(const Geometry &geometry, const CoordinateTransform &toLonLat)
{
    // Every ring in one transformation call: PROJ's cost per call outweighs its cost per point
    // for parcels of a dozen vertices.
    std::size_t vertices = 0;
    for (const Polygon &polygon : geometry.polygons)
        for (const Path &ring : polygon.rings)
            vertices += ring.size();
    Path lonLat;
    lonLat.reserve(vertices);
    for (const Polygon &polygon : geometry.polygons)
        for (const Path &ring : polygon.rings)
            lonLat.insert(lonLat.end(), ring.begin(), ring.end());
    toLonLat.transform(lonLat);
    double m2 = 0;
    std::size_t at = 0;
    Path ring;
    for (const Polygon &polygon : geometry.polygons)
        for (std::size_t i = 0; i < polygon.rings.size(); ++i) {
            const std::size_t n = polygon.rings[i].size();
            ring.assign(lonLat.begin() + std::ptrdiff_t(at), lonLat.begin() + std::ptrdiff_t(at + n));
            at += n;
            const double a = geodesicRingAreaM2(ring);
            m2 += i == 0 ? a : -a;
        }
    return m2 / 10'000.0;
}

double geodesicLengthM(const Path &line, const CoordinateTransform &toLonLat)
{
    Path lonLat = line;
    toLonLat.transform(lonLat);
    double total = 0;
    for (std::size_t i = 1; i < lonLat.size(); ++i) {
        double s12 = 0;
        geod_inverse(&wgs84(), lonLat[i - 1].y(), lonLat[i - 1].x(), lonLat[i].y(), lonLat[i].x(), &s12, nullptr, nullptr);
        total += s12;
    }
    return total;
}

} // namespace sez
