// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"

namespace sez {

// Plane geometry on map coordinates (metres of a projected CRS), for the store and the exporters.

/// Twice the signed area of a ring (the shoelace sum): positive when counter-clockwise.
double ringDoubleSignedArea(const Path &ring);

/// A point inside the geometry, for its label and for point-in-polygon tests: the centroid of the
/// largest part when it lies inside, else the middle of the widest span across the part at that height.
QPointF labelPointOf(const Geometry &geometry);

/// Whether segments ab and cd cross (touching at an end counts when the orientations differ).
bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d);

} // namespace sez
