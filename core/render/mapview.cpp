// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/mapview.h"

#include <algorithm>

namespace sez {

MapView::MapView(const QRectF &extent, const QSize &size, double devicePixelRatio)
    : mCentre(extent.center()), mSize(size), mDpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
{
    const QRectF e = extent.normalized();
    if (!size.isEmpty())
        mResolution = std::max(e.width() / size.width(), e.height() / size.height());
    update();
}

MapView MapView::atResolution(const QPointF &centre, double metresPerPixel, const QSize &size, double devicePixelRatio)
{
    MapView view;
    view.mCentre = centre;
    view.mResolution = std::max(metresPerPixel, 0.0);
    view.mSize = size;
    view.mDpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    view.update();
    return view;
}

void MapView::update()
{
    const double halfWidth = mSize.width() * mResolution / 2, halfHeight = mSize.height() * mResolution / 2;
    mLeft = mCentre.x() - halfWidth;
    mTop = mCentre.y() + halfHeight;
    mScale = mResolution > 0 ? 1.0 / mResolution : 0.0;
}

QRectF MapView::extent() const
{
    const double width = mSize.width() * mResolution, height = mSize.height() * mResolution;
    return QRectF(mLeft, mTop - height, width, height);
}

double MapView::scaleDenominator(double dotsPerInch) const
{
    return dotsPerInch > 0 ? mResolution * dotsPerInch / 0.0254 : 0.0;
}

QRectF MapView::toMap(const QRectF &pixels) const
{
    return QRectF(toMap(pixels.topLeft()), toMap(pixels.bottomRight())).normalized();
}

MapView MapView::resized(const QSize &size, double devicePixelRatio) const
{
    return atResolution(mCentre, mResolution, size, devicePixelRatio);
}

MapView MapView::zoomedBy(double factor, const QPointF &anchorPixel) const
{
    if (factor <= 0)
        return *this;
    const QPointF anchor = toMap(anchorPixel);
    MapView zoomed = atResolution(mCentre, mResolution / factor, mSize, mDpr);
    zoomed.mCentre += anchor - zoomed.toMap(anchorPixel);
    zoomed.update();
    return zoomed;
}

MapView MapView::pannedBy(const QPointF &pixels) const
{
    return atResolution(mCentre + QPointF(-pixels.x() * mResolution, pixels.y() * mResolution), mResolution, mSize, mDpr);
}

} // namespace sez
