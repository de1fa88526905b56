// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parcelgeometry.h"

#include "core/geo/planar.h"
#include "core/base/parallel.h"
#include "core/model/snapshotstream_p.h"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>


#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace sez {

using namespace detail;

namespace {

using Box = std::array<float, 4>;   // minx, miny, maxx, maxy

constexpr std::size_t kNodeSize = 16;   // children a node of the tree, and rows a leaf
constexpr quint32 kMaxStep = 0xFFFF;

quint32 bitsOf(float v) { return std::bit_cast<quint32>(v); }
float floatOf(quint32 bits) { return std::bit_cast<float>(bits); }

// Boost.Geometry's intersects() for boxes, which the index replaced: closed on every side.
bool intersects(const Box &a, const Box &b)
{
    return !(a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3]);
}

bool contains(const Box &outer, const Box &inner)
{
    return outer[0] <= inner[0] && inner[2] <= outer[2] && outer[1] <= inner[1] && inner[3] <= outer[3];
}

// A parcel without vertices keeps inverted bounds, which intersect nothing.
bool isValid(const Box &b) { return b[0] <= b[2] && b[1] <= b[3]; }

// Nodes a level of the tree over \a rows rows: ceil(rows / 16) leaves, then ceil(/16) each level up
// to one root.
// The order of Boost's packed R*-tree's leaves, which its queries return their values in: a query
// of everything gives it. Its tree is freed, and its pages given back, before the flat one is made.
std::vector<quint32> boostLeafOrder(const std::vector<Box> &bounds)
{
    namespace bg = boost::geometry;
    namespace bgi = boost::geometry::index;
    using BPoint = bg::model::point<float, 2, bg::cs::cartesian>;
    using BBox = bg::model::box<BPoint>;
    std::vector<quint32> rows;
    {
        std::vector<std::pair<BBox, quint32>> boxes;
        boxes.reserve(bounds.size());
        for (std::size_t i = 0; i < bounds.size(); ++i) {
            const Box &b = bounds[i];
            boxes.push_back({BBox(BPoint(b[0], b[1]), BPoint(b[2], b[3])), quint32(i)});
        }
        const bgi::rtree<std::pair<BBox, quint32>, bgi::rstar<16>> tree(boxes.begin(), boxes.end());   // packed (STR) bulk load
        boxes = {};
        rows.reserve(bounds.size());
        const float inf = std::numeric_limits<float>::infinity();
        tree.query(bgi::intersects(BBox(BPoint(-inf, -inf), BPoint(inf, inf))),
                   boost::make_function_output_iterator([&](const auto &v) {
                       if (isValid(bounds[v.second]))
                           rows.push_back(v.second);
                   }));
    }
    releaseFreedMemory();   // Boost's nodes are small blocks all over the heap
    return rows;
}

std::vector<std::size_t> levelSizes(std::size_t rows)
{
    std::vector<std::size_t> sizes;
    std::size_t n = rows;
    do {
        n = (n + kNodeSize - 1) / kNodeSize;
        sizes.push_back(n);
    } while (n > 1);
    return sizes;
}

} // namespace

/// A packed R-tree kept flat (as Flatbush keeps one): the rows in the order of the leaves of Boost's
/// packed R*-tree (the tree this one replaced), a leaf's box over each 16 consecutive rows, and each
/// level's boxes over 16 consecutive boxes of the level below. A node's rows are one run of the
/// rows, so a node inside the window gives them all without testing a box; the leaves read the
/// rows' boxes from the bounds. Visited depth first in order, it returns the rows in the order
/// Boost's tree did, so what is drawn over what (the shared edges' outlines, the labels placed
/// first) is as it was.
struct ParcelGeometry::Index
{
    std::vector<quint32> rows;           // the parcels with bounds, in the order of Boost's leaves
    std::vector<Box> nodes;              // the leaves' boxes, then each level's up to the root
    std::vector<std::size_t> levelStart; // each level's first node; nodes.size() last
};

/// A parcel's vertices from its slots: steps up from its bounds' minimum, or (wide) its floats' bits.
struct ParcelGeometry::Vertices
{
    const std::array<quint16, 2> *slots;
    quint32 stride;      // slots a vertex: 1, or 2 when wide
    quint32 minX, minY;  // the bits of its bounds' minimum
    double originX, originY;

    /// The vertex at slot \a s.
    QPointF operator()(quint32 s) const
    {
        const auto &a = slots[s];
        if (stride == 2) {
            const auto &b = slots[s + 1];
            return {double(floatOf(a[0] | quint32(a[1]) << 16)) + originX, double(floatOf(b[0] | quint32(b[1]) << 16)) + originY};
        }
        return {double(floatOf(minX + a[0])) + originX, double(floatOf(minY + a[1])) + originY};
    }
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
    g.mSlots.reserve(expectedParcels * 8);
}

void ParcelGeometry::Builder::add(const Geometry &geometry, QPointF label)
{
    ParcelGeometry &s = *mGeometry;
    const std::size_t parcel = s.mBounds.size();
    mXy.clear();
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    for (const Polygon &poly : geometry.polygons) {
        for (std::size_t r = 0; r < poly.rings.size(); ++r) {
            for (const QPointF &p : poly.rings[r]) {
                const float x = float(p.x() - s.mOriginX), y = float(p.y() - s.mOriginY);
                mXy.push_back(x);
                mXy.push_back(y);
                x0 = std::min(x0, x); y0 = std::min(y0, y);
                x1 = std::max(x1, x); y1 = std::max(y1, y);
            }
            s.mRingStart.push_back(quint32(mXy.size() / 2));   // in vertices for now; slots below
            s.mRingFlags.push_back(r == 0 ? 1 : 0);
        }
    }
    // Steps up from the minimum's bits give back the same floats where every float is positive
    // (their bits then order as their values) and within 65,535 steps of it.
    const quint32 minX = bitsOf(x0), minY = bitsOf(y0);
    bool wide = (minX | minY) >> 31;
    for (std::size_t i = 0; i < mXy.size() && !wide; i += 2)
        wide = bitsOf(mXy[i]) - minX > kMaxStep || bitsOf(mXy[i + 1]) - minY > kMaxStep || (bitsOf(mXy[i]) | bitsOf(mXy[i + 1])) >> 31;
    const quint32 firstSlot = quint32(s.mSlots.size()), stride = wide ? 2 : 1;
    for (std::size_t r = s.firstRing(parcel) + 1; r < s.mRingStart.size(); ++r)
        s.mRingStart[r] = firstSlot + s.mRingStart[r] * stride;
    if (wide) {
        s.mParcelRings[parcel] |= kWideParcel;
        for (float v : mXy)
            s.mSlots.push_back({quint16(bitsOf(v)), quint16(bitsOf(v) >> 16)});
    } else {
        for (std::size_t i = 0; i < mXy.size(); i += 2)
            s.mSlots.push_back({quint16(bitsOf(mXy[i]) - minX), quint16(bitsOf(mXy[i + 1]) - minY)});
    }
    s.mParcelRings.push_back(quint32(s.mRingFlags.size()));
    s.mBounds.push_back({x0, y0, x1, y1});
    s.mLabel.push_back({float(label.x() - s.mOriginX), float(label.y() - s.mOriginY)});
}

std::shared_ptr<const ParcelGeometry> ParcelGeometry::Builder::finish()
{
    ParcelGeometry &g = *mGeometry;
    // The capacity reserved by guess is held for the store's life otherwise.
    g.mSlots.shrink_to_fit();
    g.mRingStart.shrink_to_fit();
    g.mRingFlags.shrink_to_fit();
    return std::move(mGeometry);
}

ParcelGeometry::Vertices ParcelGeometry::vertices(std::size_t parcel) const
{
    return {mSlots.data(), isWide(parcel) ? 2u : 1u, bitsOf(mBounds[parcel][0]), bitsOf(mBounds[parcel][1]), mOriginX, mOriginY};
}

const ParcelGeometry::Index &ParcelGeometry::index() const
{
    std::call_once(mIndexOnce, [this] {
        auto index = std::make_unique<Index>();
        index->rows = boostLeafOrder(mBounds);
        if (!index->rows.empty()) {
            const std::vector<std::size_t> sizes = levelSizes(index->rows.size());
            std::size_t total = 0;
            for (std::size_t n : sizes) {
                index->levelStart.push_back(total);
                total += n;
            }
            index->levelStart.push_back(total);
            index->nodes.assign(total, Box{1e30f, 1e30f, -1e30f, -1e30f});
            auto grow = [](Box &into, const Box &b) {
                into = {std::min(into[0], b[0]), std::min(into[1], b[1]), std::max(into[2], b[2]), std::max(into[3], b[3])};
            };
            for (std::size_t i = 0; i < index->rows.size(); ++i)
                grow(index->nodes[i / kNodeSize], mBounds[index->rows[i]]);
            for (std::size_t level = 1; level < sizes.size(); ++level)
                for (std::size_t i = 0; i < sizes[level - 1]; ++i)
                    grow(index->nodes[index->levelStart[level] + i / kNodeSize], index->nodes[index->levelStart[level - 1] + i]);
        }
        mIndex = std::move(index);
    });
    return *mIndex;
}

Geometry ParcelGeometry::geometry(qint64 parcel) const
{
    Geometry g;
    g.kind = GeometryKind::Polygon;
    const std::size_t p = std::size_t(parcel);
    const Vertices vertex = vertices(p);
    for (quint32 r = firstRing(p); r < firstRing(p + 1); ++r) {
        if (mRingFlags[r] & 1)
            g.polygons.emplace_back();
        Path ring;
        ring.reserve((mRingStart[r + 1] - mRingStart[r]) / vertex.stride);
        for (quint32 v = mRingStart[r]; v < mRingStart[r + 1]; v += vertex.stride)
            ring.push_back(vertex(v));
        g.polygons.back().rings.push_back(std::move(ring));
    }
    return g;
}

void ParcelGeometry::rings(qint64 parcel, std::vector<QPointF> &points, std::vector<std::size_t> &ringEnds) const
{
    points.clear();
    ringEnds.clear();
    const std::size_t p = std::size_t(parcel);
    const Vertices vertex = vertices(p);
    for (quint32 r = firstRing(p); r < firstRing(p + 1); ++r) {
        for (quint32 v = mRingStart[r]; v < mRingStart[r + 1]; v += vertex.stride)
            points.push_back(vertex(v));
        ringEnds.push_back(points.size());
    }
}

int ParcelGeometry::vertexCount(qint64 parcel) const
{
    const std::size_t p = std::size_t(parcel);
    return int((mRingStart[firstRing(p + 1)] - mRingStart[firstRing(p)]) >> (isWide(p) ? 1 : 0));
}

std::vector<qint64> ParcelGeometry::parcelsIn(const QRectF &rect) const
{
    std::vector<qint64> result;
    const Index &ix = index();
    if (ix.rows.empty())
        return result;
    const Box window{float(rect.left() - mOriginX), float(rect.top() - mOriginY), float(rect.right() - mOriginX),
                     float(rect.bottom() - mOriginY)};
    const std::size_t rows = ix.rows.size();
    struct Visit { std::size_t level, node; };
    std::vector<Visit> stack{{ix.levelStart.size() - 2, 0}};
    while (!stack.empty()) {
        const Visit at = stack.back();
        stack.pop_back();
        const Box &box = ix.nodes[ix.levelStart[at.level] + at.node];
        if (!intersects(box, window))
            continue;
        std::size_t span = kNodeSize;   // rows under a node of this level
        for (std::size_t l = 0; l < at.level; ++l)
            span *= kNodeSize;
        const std::size_t first = at.node * span, last = std::min(rows, first + span);
        if (contains(window, box)) {
            for (std::size_t i = first; i < last; ++i)
                result.push_back(ix.rows[i]);
        } else if (at.level == 0) {
            for (std::size_t i = first; i < last; ++i)
                if (intersects(mBounds[ix.rows[i]], window))
                    result.push_back(ix.rows[i]);
        } else {
            // Pushed last first, so the first child is visited first: the rows come out in order.
            const std::size_t below = ix.levelStart[at.level] - ix.levelStart[at.level - 1];
            for (std::size_t c = std::min(below, at.node * kNodeSize + kNodeSize); c-- > at.node * kNodeSize;)
                stack.push_back({at.level - 1, c});
        }
    }
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
    std::size_t bytes = mSlots.size() * sizeof(mSlots[0]) + mRingStart.size() * 4 + mRingFlags.size() + mParcelRings.size() * 4
                        + mBounds.size() * sizeof(Box) + mLabel.size() * 8;
    // The tree as a window query packs it (counted whether or not one has): a row number a parcel
    // and a box a node.
    bytes += mBounds.size() * sizeof(quint32);
    for (std::size_t n : levelSizes(mBounds.size()))
        bytes += n * sizeof(Box) + sizeof(std::size_t);
    return bytes;
}

void ParcelGeometry::write(QDataStream &out) const
{
    out << mExtent << mOriginX << mOriginY;
    writeVector(out, mSlots);
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
    if (!readVector(in, g->mSlots) || !readVector(in, g->mRingStart) || !readVector(in, g->mRingFlags)
        || !readVector(in, g->mParcelRings) || !readVector(in, g->mBounds) || !readVector(in, g->mLabel))
        return nullptr;
    // Every array must agree with the others, or an index would read out of bounds.
    const std::size_t n = g->mParcelRings.empty() ? 0 : g->mParcelRings.size() - 1;
    if (g->mParcelRings.empty() || g->mRingStart.empty() || g->mBounds.size() != n || g->mLabel.size() != n
        || g->mRingStart.size() != g->mRingFlags.size() + 1 || (g->mParcelRings.front() & kRingMask) != 0
        || g->mParcelRings.back() != g->mRingFlags.size() || g->mRingStart.front() != 0
        || quint64(g->mRingStart.back()) != g->mSlots.size() || !std::is_sorted(g->mRingStart.begin(), g->mRingStart.end()))
        return nullptr;
    // The parcels' rings in order, a parcel's first ring starting a part (so geometry() never appends
    // to a part it has not opened), and a wide parcel's rings of whole vertices (two slots each).
    for (std::size_t p = 0; p < n; ++p) {
        const quint32 r0 = g->firstRing(p), r1 = g->firstRing(p + 1);
        if (r0 > r1 || r1 > g->mRingFlags.size() || (r0 < r1 && !(g->mRingFlags[r0] & 1)))
            return nullptr;
        if (g->isWide(p))
            for (quint32 r = r0; r < r1; ++r)
                if ((g->mRingStart[r + 1] - g->mRingStart[r]) % 2 != 0)
                    return nullptr;
    }
    if (g->isWide(n))
        return nullptr;
    return g;
}

} // namespace sez
