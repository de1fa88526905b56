// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing geometry in pixels for the layer painters: simplified to about a pixel and cut to the view.
#pragma once

#include "core/geo/geometry.h"
#include "core/render/mapview.h"

#include <QGlyphRun>
#include <QList>
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

/// A label drawn with a halo around it: shaped once (on pixels) and drawable many times, so that a
/// render drawing the same name at several places shapes it once.
class HaloText
{
public:
    /// \a text in \a painter's current font.
    HaloText(const QPainter &painter, const QString &text);
    /// Draws the text with its left end on its baseline at \a baseline.
    void draw(QPainter &painter, const QPointF &baseline, const QColor &ink, const QColor &halo) const;

private:
    QString mText;
    bool mShaped = false;       // false: drawn with QPainter::drawText() (vector devices)
    double mAscent = 0;
    QList<QGlyphRun> mRuns;
};

/// Text with a halo around it (\a baseline is the text's left end on its baseline).
void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QColor &ink, const QColor &halo);

} // namespace sez::detail
