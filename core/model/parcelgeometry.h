// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"

#include <QRectF>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

class QDataStream;

namespace sez {

/// The parcels' polygons, immutable once built and shared between store snapshots: single-precision
/// offsets from an origin (millimetre precision over the SEZ), a label point a parcel, and a
/// packed R-tree over the parcels' bounds for window queries.
///
/// Each vertex's floats are kept as two 16-bit steps up from its parcel's bounds (the steps between
/// the float's bits and the bounds' minimum's bits), which give back the very same floats; a parcel
/// whose span is more than 65,535 steps (large, or near the origin where floats are finest) keeps
/// its floats' bits whole, in two slots a vertex. The tree's leaves are row numbers into the bounds, not copies of the boxes,
/// and it is packed at the first window query, not when the geometry is built or read: a map of the
/// whole extent, the first one drawn after an open, needs none (thread-safe; later queries share it).
class ParcelGeometry
{
public:
    /// Appends parcels in row order.
    class Builder
    {
    public:
        /// \a extent: the bounds of every parcel to come (the origin is taken from it).
        Builder(const QRectF &extent, std::size_t expectedParcels);
        void add(const Geometry &polygons, QPointF label);
        std::shared_ptr<const ParcelGeometry> finish();

    private:
        std::shared_ptr<ParcelGeometry> mGeometry;
        std::vector<float> mXy;   // the parcel being added, as floats
    };

    ~ParcelGeometry();

    qint64 size() const { return qint64(mParcelRings.size()) - 1; }
    QRectF extent() const { return mExtent; }

    QRectF bounds(qint64 parcel) const
    {
        const auto &b = mBounds[std::size_t(parcel)];
        return QRectF(QPointF(b[0] + mOriginX, b[1] + mOriginY), QPointF(b[2] + mOriginX, b[3] + mOriginY));
    }
    Geometry geometry(qint64 parcel) const;
    /// geometry()'s rings without its allocations, for painters that read thousands of parcels a
    /// frame: every ring's points (the same values) into \a points, and after each ring its end (one
    /// past its last point) into \a ringEnds. Both are cleared first; parts are not told apart.
    void rings(qint64 parcel, std::vector<QPointF> &points, std::vector<std::size_t> &ringEnds) const;
    QPointF labelPoint(qint64 parcel) const
    {
        const auto &l = mLabel[std::size_t(parcel)];
        return QPointF(l[0] + mOriginX, l[1] + mOriginY);
    }
    int vertexCount(qint64 parcel) const;
    /// Parcels whose bounds intersect \a rect (map CRS), in no particular order (the order Boost's
    /// R*-tree gave them in, kept so that maps draw as they did).
    std::vector<qint64> parcelsIn(const QRectF &rect) const;
    /// The parcel under \a point (map CRS), or -1.
    qint64 parcelAt(const QPointF &point) const;

    std::size_t structuralBytes() const;

    void write(QDataStream &out) const;
    /// Reads write()'s bytes; nullptr when they are damaged or disagree with each other.
    static std::shared_ptr<const ParcelGeometry> read(QDataStream &in);

private:
    ParcelGeometry();
    struct Index;
    const Index &index() const;
    /// The first ring of \a parcel (the ring after its last for size()).
    quint32 firstRing(std::size_t parcel) const { return mParcelRings[parcel] & kRingMask; }
    bool isWide(std::size_t parcel) const { return (mParcelRings[parcel] & kWideParcel) != 0; }
    /// Gives back a parcel's vertices in the map CRS, wide or not.
    struct Vertices;
    Vertices vertices(std::size_t parcel) const;

    static constexpr quint32 kWideParcel = 0x8000'0000u;   // in mParcelRings: the parcel's floats are kept whole
    static constexpr quint32 kRingMask = 0x7FFF'FFFFu;

    QRectF mExtent;
    double mOriginX = 0, mOriginY = 0;
    // A slot a vertex: x, y as steps up from the parcel's bounds' minimum; a wide parcel's vertex
    // takes two: x's bits, low half first, then y's.
    std::vector<std::array<quint16, 2>> mSlots;
    std::vector<quint32> mRingStart;            // first slot of each ring; one past the end last
    std::vector<quint8> mRingFlags;             // bit 0: the ring starts a new polygon part
    std::vector<quint32> mParcelRings;          // first ring of each parcel (| kWideParcel); one past the end last
    std::vector<std::array<float, 4>> mBounds;  // minx, miny, maxx, maxy offsets
    std::vector<std::array<float, 2>> mLabel;

    mutable std::once_flag mIndexOnce;
    mutable std::unique_ptr<Index> mIndex;
};

} // namespace sez
