// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace sez {

/// The part of the map shown and the one conversion between map coordinates (the map CRS, y north)
/// and logical pixels (y down): a centre, a resolution in map units per pixel and an output size.
/// The canvas, the renderer, `sezview-cli render` and the reports all convert through it.
class MapView
{
public:
    MapView() = default;
    /// At least \a extent, centred in \a size: the other side is widened so that pixels are square.
    MapView(const QRectF &extent, const QSize &size, double devicePixelRatio = 1.0);
    /// \a metresPerPixel map units per logical pixel around \a centre.
    static MapView atResolution(const QPointF &centre, double metresPerPixel, const QSize &size,
                                double devicePixelRatio = 1.0);

    /// False for an empty size or extent: nothing can be drawn.
    bool isValid() const { return !mSize.isEmpty() && mResolution > 0; }
    QSize size() const { return mSize; }
    double devicePixelRatio() const { return mDpr; }
    QPointF centre() const { return mCentre; }
    double metresPerPixel() const { return mResolution; }
    /// Logical pixels per map unit (device pixels: times the device pixel ratio).
    double pixelsPerMetre() const { return mScale; }
    /// The whole extent shown, in the map CRS.
    QRectF extent() const;
    /// The scale denominator N of 1:N on a device of \a dotsPerInch.
    double scaleDenominator(double dotsPerInch) const;

    QPointF toPixel(const QPointF &map) const { return QPointF((map.x() - mLeft) * mScale, (mTop - map.y()) * mScale); }
    QPointF toMap(const QPointF &pixel) const { return QPointF(mLeft + pixel.x() * mResolution, mTop - pixel.y() * mResolution); }
    /// QRectF(toPixel(topLeft), toPixel(bottomRight)).normalized(), with the same arithmetic written
    /// out here: the parcels' painter converts every parcel's bounds on every frame.
    QRectF toPixel(const QRectF &map) const
    {
        const QPointF a = toPixel(map.topLeft()), b = toPixel(map.bottomRight());
        double x = a.x(), y = a.y(), w = b.x() - a.x(), h = b.y() - a.y();
        if (w < 0) {
            x += w;
            w = -w;
        }
        if (h < 0) {
            y += h;
            h = -h;
        }
        return QRectF(x, y, w, h);
    }
    QRectF toMap(const QRectF &pixels) const;

    /// The same centre and resolution on an output of another size (a resized window).
    MapView resized(const QSize &size, double devicePixelRatio) const;
    /// \a factor times larger (2: zoomed in), the map point under \a anchorPixel staying under it.
    MapView zoomedBy(double factor, const QPointF &anchorPixel) const;
    /// Moved with the pointer: the map follows a drag of \a pixels.
    MapView pannedBy(const QPointF &pixels) const;

private:
    void update();

    QPointF mCentre;
    double mResolution = 0;   // map units per logical pixel
    QSize mSize;
    double mDpr = 1.0;
    double mLeft = 0, mTop = 0, mScale = 0;   // the extent's west and north edges; pixels per map unit
};

} // namespace sez
