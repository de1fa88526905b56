// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing geometry in pixels for the layer painters: simplified to about a pixel and cut to the view.
#pragma once

#include "core/geo/geometry.h"
#include "core/render/mapview.h"

#include <QPainter>

#include <vector>

namespace sez::detail {

/// Draws polygons (with holes) and lines in a view's pixels, simplified to about half a pixel and cut
/// to the view; reuses its point buffers between features.
class GeometryPainter
{
public:
    GeometryPainter(QPainter &painter, const MapView &view);

    void drawPolygons(const Geometry &g);
    /// Lines, and the rings of polygons drawn as lines (a boundary given as a polygon).
    void drawLines(const Geometry &g);

private:
    void strokeBuffer();

    QPainter &mPainter;
    const MapView &mView;
    QRectF mClip;   // the view in pixels with a margin wider than any pen
    std::vector<QPointF> mBuffer;
    std::vector<QPointF> mScratch;
};

} // namespace sez::detail
