// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/mapview.h"

#include <QCoreApplication>

class QPainter;

namespace sez {

/// What a map carries besides its layers: the one scale bar, the north arrow and the imagery's
/// attribution, drawn alike on the canvas, in `sezview-cli render` and in the reports, in the
/// painter's current font.
class MapDecorations
{
    Q_DECLARE_TR_FUNCTIONS(sez::MapDecorations)

public:
    /// A scale bar's length: a round number of metres (1, 2 or 5 times a power of ten), and its
    /// pixels on a view.
    struct ScaleBar
    {
        double metres = 0;
        double pixels = 0;
    };

    /// The longest round length at most \a maxPixels long; zero for an empty view.
    static ScaleBar scaleBar(const MapView &view, double maxPixels);
    static ScaleBar scaleBar(double metresPerPixel, double maxPixels);
    /// A scale bar at most \a maxPixels long, its left end at \a origin (the bar's bottom): black and
    /// white pieces that are round lengths themselves, 0 and the length ("5 km") written above, on a
    /// white backdrop so that it reads over a map.
    static void paintScaleBar(QPainter &painter, const MapView &view, const QPointF &origin, double maxPixels);
    /// The same for a map drawn at \a metresPerPixel (a plan at a round scale).
    static void paintScaleBar(QPainter &painter, double metresPerPixel, const QPointF &origin, double maxPixels);
    /// A north arrow \a height tall with its tip at \a tip, half white and half black, and the letter
    /// N under it. The map's grid north: UTM's north is true north within a degree over the SEZ.
    static void paintNorthArrow(QPainter &painter, const QPointF &tip, double height);
    /// The sources' credit (MapLayers::attribution()) in the bottom right corner of \a frame, in
    /// the painter's font, on a white backdrop; elided in the middle when wider than the frame.
    /// Nothing for an empty text.
    static void paintAttribution(QPainter &painter, const QRectF &frame, const QString &text);
};

} // namespace sez
