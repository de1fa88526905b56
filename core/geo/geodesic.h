// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"

namespace sez {

class CoordinateTransform;

/// Ellipsoidal (WGS 84) areas and lengths through PROJ's geodesic routines (Karney's algorithms).
/// \a toLonLat transforms the geometry's CRS to WGS 84 lon/lat.
double geodesicAreaHa(const Polygon &polygon, const CoordinateTransform &toLonLat);
double geodesicAreaHa(const Geometry &geometry, const CoordinateTransform &toLonLat);
/// Area of a ring already in lon/lat degrees, in square metres (positive whatever its orientation).
double geodesicRingAreaM2(const Path &lonLatRing);
/// Length of a line in metres.
double geodesicLengthM(const Path &line, const CoordinateTransform &toLonLat);

} // namespace sez
