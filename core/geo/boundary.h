// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"

#include <vector>

namespace sez {

/// One ring of a parcel's boundary, numbered as a cadastral extract numbers it.
struct BoundaryRing
{
    int part = 0;           ///< the part (0-based, in numbering order)
    int hole = 0;           ///< 0: the part's outer boundary; 1, 2, ...: its holes in numbering order
    int firstNumber = 1;    ///< the number of points.front(); the ring's points are numbered on from it
    Path points;            ///< clockwise on the map, from the north-westernmost point; not closed

    int lastNumber() const { return firstNumber + int(points.size()) - 1; }
    /// The point after \a index on the ring (the side from index to next(index)).
    std::size_t next(std::size_t index) const { return index + 1 < points.size() ? index + 1 : 0; }
};

/// The boundary points of a polygonal geometry, numbered the way an extract's plan and catalogue
/// of coordinates show them:
/// - every ring runs clockwise as seen on the map (north up), holes included, and starts at its
///   north-westernmost point: the vertex furthest towards the north-west (largest northing minus
///   easting), the northern one on a tie;
/// - the parts come in the order of their outer boundaries' north-westernmost points (the same
///   rule), each followed by its holes in the order of theirs;
/// - numbers run on from ring to ring (1..n on the first ring, n+1.. on the next), so every number
///   on the plan is unique; each ring closes on its own first point.
/// Coordinates are in the geometry's CRS, assumed projected with x east and y north.
class ParcelBoundary
{
public:
    static ParcelBoundary fromGeometry(const Geometry &geometry);

    const std::vector<BoundaryRing> &rings() const { return mRings; }
    int pointCount() const;

private:
    std::vector<BoundaryRing> mRings;
};

/// Grid distance between two points of a projected CRS, in its units.
double gridDistance(const QPointF &from, const QPointF &to);
/// Direction angle (grid bearing) of the side from \a from to \a to: degrees clockwise from grid
/// north (the CRS's +y axis), in [0, 360).
double directionAngle(const QPointF &from, const QPointF &to);
/// The index of the north-westernmost vertex of \a ring (see ParcelBoundary), or 0 when empty.
std::size_t northWesternmostIndex(const Path &ring);
/// Twice the signed (shoelace) area of a ring: positive when it runs anticlockwise with y north.
double signedDoubleArea(const Path &ring);

/// How much of the segment \a a-\a b runs along the segment \a c-\a d: the length of the part of
/// a-b that faces c-d (projects inside it) and lies within \a tolerance of it. Segments that part
/// by more than the tolerance within the stretch they face count only when they are within 1° of
/// parallel, so sides that cross or meet at a corner share nothing, while a boundary digitised
/// twice with a slight skew still does.
double sharedLength(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d, double tolerance);

} // namespace sez
