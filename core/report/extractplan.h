// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>

#include <memory>

class QPaintDevice;
class QPainter;

namespace sez {

class ParcelExtract;
class MapView;

/// The plan of an extract's parcel at a round scale (PrintScale): the parcel shaded with its boundary points
/// numbered and its side lengths written along the sides, its neighbours outlined and labelled with
/// their cadastral numbers, other parcels faint, a scale bar and a north arrow. Labels are placed
/// so that none overlaps another; a side too short for its length leaves it to the catalogue.
class ExtractPlan
{
public:
    /// Points kept free round the parcel for point numbers and the neighbours' labels.
    static constexpr double kLabelMargin = 34;

    /// Plans \a extract in a frame of \a frame points (A4 units, printed at 100 %), placing the
    /// labels with the fonts as \a device measures them.
    ExtractPlan(const ParcelExtract &extract, const QSizeF &frame, const QPaintDevice *device);
    ~ExtractPlan();

    /// The scale denominator: 2000 for 1:2,000 (the largest of PrintScale's that holds the parcel).
    int scale() const { return mScale; }
    /// The part of the map CRS the frame shows.
    QRectF extent() const { return mExtent; }
    QSizeF frame() const { return mFrame; }
    /// Draws the plan into \a frame (its size as given to the constructor).
    void paint(QPainter &painter, const QRectF &frame) const;
    /// Boundary points whose numbers did not fit on the plan (too close to others at this scale);
    /// the catalogue lists them all.
    int unnumberedPoints() const { return mUnnumbered; }

private:
    MapView view() const;

    const ParcelExtract &mExtract;
    QSizeF mFrame;
    int mScale = 0;
    QRectF mExtent;
    struct Labels;
    std::unique_ptr<Labels> mLabels;
    int mUnnumbered = 0;
};

} // namespace sez
