// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parcelgeometry.h"

#include "core/geo/planar.h"
#include "core/model/snapshotstream_p.h"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>
#include <cmath>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace sez {

using namespace detail;

namespace {

using BPoint = bg::model::point<float, 2, bg::cs::cartesian>;
using BBox = bg::model::box<BPoint>;

} // namespace

struct ParcelGeometry::Index
{
    bgi::rtree<std::pair<BBox, quint32>, bgi::rstar<16>> tree;
};

ParcelGeometry::ParcelGeometry() = default;
ParcelGeometry::~ParcelGeometry() = default;

ParcelGeometry::Builder::Builder(const QRectF &extent, std::size_t expectedParcels)
    : mGeometry(new ParcelGeometry)
{
    ParcelGeometry &g = *mGeometry;
    g.mExtent = extent;
    g.mOriginX = std::floor(extent.left());
    g.mOriginY = std::floor(extent.top());
    g.mRingStart.push_back(0);
    g.mParcelRings.reserve(expectedParcels + 1);
    g.mParcelRings.push_back(0);
    g.mBounds.reserve(expectedParcels);
    g.mLabel.reserve(expectedParcels);
    g.mXy.reserve(expectedParcels * 16);
}

void ParcelGeometry::Builder::add(const Geometry &geometry, QPointF label)
{
    ParcelGeometry &s = *mGeometry;
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    for (const Polygon &poly : geometry.polygons) {
        for (std::size_t r = 0; r < poly.rings.size(); ++r) {
            for (const QPointF &p : poly.rings[r]) {
                const float x = float(p.x() - s.mOriginX), y = float(p.y() - s.mOriginY);
                s.mXy.push_back(x);
                s.mXy.push_back(y);
                x0 = std::min(x0, x); y0 = std::min(y0, y);
                x1 = std::max(x1, x); y1 = std::max(y1, y);
            }
            s.mRingStart.push_back(quint32(s.mXy.size() / 2));
            s.mRingFlags.push_back(r == 0 ? 1 : 0);
        }
    }
    s.mParcelRings.push_back(quint32(s.mRingFlags.size()));
    s.mBounds.push_back({x0, y0, x1, y1});
    s.mLabel.push_back({float(label.x() - s.mOriginX), float(label.y() - s.mOriginY)});
}

std::shared_ptr<const ParcelGeometry> ParcelGeometry::Builder::finish()
{
    return std::move(mGeometry);
}

const ParcelGeometry::Index &ParcelGeometry::index() const
{
    std::call_once(mIndexOnce, [this] {
        std::vector<std::pair<BBox, quint32>> boxes;
        boxes.reserve(mBounds.size());
        for (std::size_t i = 0; i < mBounds.size(); ++i) {
            const auto &b = mBounds[i];
            boxes.push_back({BBox(BPoint(b[0], b[1]), BPoint(b[2], b[3])), quint32(i)});
        }
        auto index = std::make_unique<Index>();
        index->tree = decltype(index->tree)(boxes.begin(), boxes.end());   // packed (STR) bulk load
        mIndex = std::move(index);
    });
    return *mIndex;
}

Geometry ParcelGeometry::geometry(qint64 parcel) const
{
    Geometry g;
    g.kind = GeometryKind::Polygon;
    for (quint32 r = mParcelRings[std::size_t(parcel)]; r < mParcelRings[std::size_t(parcel) + 1]; ++r) {
        if (mRingFlags[r] & 1)
            g.polygons.emplace_back();
        Path ring;
        ring.reserve(mRingStart[r + 1] - mRingStart[r]);
        for (quint32 v = mRingStart[r]; v < mRingStart[r + 1]; ++v)
            ring.emplace_back(double(mXy[2 * v]) + mOriginX, double(mXy[2 * v + 1]) + mOriginY);
        g.polygons.back().rings.push_back(std::move(ring));
    }
    return g;
}

void ParcelGeometry::rings(qint64 parcel, std::vector<QPointF> &points, std::vector<std::size_t> &ringEnds) const
{
    points.clear();
    ringEnds.clear();
    for (quint32 r = mParcelRings[std::size_t(parcel)]; r < mParcelRings[std::size_t(parcel) + 1]; ++r) {
        for (quint32 v = mRingStart[r]; v < mRingStart[r + 1]; ++v)
            points.emplace_back(double(mXy[2 * v]) + mOriginX, double(mXy[2 * v + 1]) + mOriginY);
        ringEnds.push_back(points.size());
    }
}

int ParcelGeometry::vertexCount(qint64 parcel) const
{
    return int(mRingStart[mParcelRings[std::size_t(parcel) + 1]] - mRingStart[mParcelRings[std::size_t(parcel)]]);
}

std::vector<qint64> ParcelGeometry::parcelsIn(const QRectF &rect) const
{
    std::vector<qint64> result;
    const BBox box(BPoint(float(rect.left() - mOriginX), float(rect.top() - mOriginY)),
                   BPoint(float(rect.right() - mOriginX), float(rect.bottom() - mOriginY)));
    index().tree.query(bgi::intersects(box), boost::make_function_output_iterator([&](const auto &v) {
                           result.push_back(qint64(v.second));
                       }));
    return result;
}

qint64 ParcelGeometry::parcelAt(const QPointF &point) const
{
    for (qint64 p : parcelsIn(QRectF(point, QSizeF(0, 0))))
        if (containsPoint(geometry(p), point))
            return p;
    return -1;
}

std::size_t ParcelGeometry::structuralBytes() const
{
    std::size_t bytes = mXy.size() * sizeof(float) + mRingStart.size() * 4 + mRingFlags.size() + mParcelRings.size() * 4
                        + mBounds.size() * 16 + mLabel.size() * 8;
    // The packed R*-tree (once a window query has packed it): leaves of up to 16 boxes plus the
    // inner levels, about 1.1 entries a parcel.
    bytes += std::size_t(double(size()) * 1.1 * (sizeof(BBox) + sizeof(quint32)));
    return bytes;
}

void ParcelGeometry::write(QDataStream &out) const
{
    out << mExtent << mOriginX << mOriginY;
    writeVector(out, mXy);
    writeVector(out, mRingStart);
    writeVector(out, mRingFlags);
    writeVector(out, mParcelRings);
    writeVector(out, mBounds);
    writeVector(out, mLabel);
}

std::shared_ptr<const ParcelGeometry> ParcelGeometry::read(QDataStream &in)
{
    auto g = std::shared_ptr<ParcelGeometry>(new ParcelGeometry);
    in >> g->mExtent >> g->mOriginX >> g->mOriginY;
    if (!readVector(in, g->mXy) || !readVector(in, g->mRingStart) || !readVector(in, g->mRingFlags)
        || !readVector(in, g->mParcelRings) || !readVector(in, g->mBounds) || !readVector(in, g->mLabel))
        return nullptr;
    // Every array must agree with the others, or an index would read out of bounds.
    const std::size_t n = g->mParcelRings.empty() ? 0 : g->mParcelRings.size() - 1;
    if (g->mParcelRings.empty() || g->mRingStart.empty() || g->mBounds.size() != n || g->mLabel.size() != n
        || g->mRingStart.size() != g->mRingFlags.size() + 1 || g->mParcelRings.front() != 0
        || g->mParcelRings.back() != g->mRingFlags.size() || g->mRingStart.front() != 0
        || quint64(g->mRingStart.back()) * 2 != g->mXy.size()
        || !std::is_sorted(g->mRingStart.begin(), g->mRingStart.end())
        || !std::is_sorted(g->mParcelRings.begin(), g->mParcelRings.end()))
        return nullptr;
    // A parcel's first ring starts a part, so geometry() never appends to a part it has not opened.
    for (std::size_t p = 0; p < n; ++p)
        if (g->mParcelRings[p] < g->mParcelRings[p + 1] && !(g->mRingFlags[g->mParcelRings[p]] & 1))
            return nullptr;
    return g;
}

} // namespace sez
