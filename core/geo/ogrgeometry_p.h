// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions between the project's geometry and OGR's, for GEOS operations inside core.
#pragma once

#include "core/geo/gdalhandles_p.h"
#include "core/geo/geometry.h"

namespace sez::detail {

/// A (multi)polygon, (multi)linestring or (multi)point holding every part of \a geometry.
GeometryPtr toOgr(const Geometry &geometry);
/// One polygon (closed rings), one linestring, one point.
GeometryPtr polygonToOgr(const Polygon &polygon);
GeometryPtr lineToOgr(const Path &line);
GeometryPtr pointToOgr(const QPointF &point);
/// Appends every part of \a g to \a out (closing vertices of rings dropped) and sets its kind.
void appendOgr(OGRGeometryH g, Geometry &out);

} // namespace sez::detail
