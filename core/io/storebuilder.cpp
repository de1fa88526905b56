// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/storebuilder.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/geo/planar.h"
#include "core/io/dataset.h"
#include "core/io/memorytrace.h"
#include "core/io/sourcecolumns.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"

#include <QHash>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace sez {

namespace {

using DPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BSegment = bg::model::segment<DPoint>;
using SegmentTree = bgi::rtree<std::pair<BSegment, quint32>, bgi::rstar<16>>;

const QString kParcels = QStringLiteral("parcels");

// Parcels a thread takes at least, and how many of them between two counts of the feedback.
constexpr qint64 kMinChunk = 2000;
constexpr qint64 kCountEvery = 1000;
// The "computing" phase goes over the parcels this many times, each pass counted: label points,
// the geometry store, the attribute columns, the derived values, the distances. Its total is the
// number of parcels, so each pass moves the bar a fifth of the way.
constexpr qint64 kComputingPasses = 5;

// A feature's name: the role's own name field, else its name in the language the file has.
QString contextName(const LayerData &layer, const Feature &f, const QString &nameField)
{
    for (const QString &field : {nameField, QStringLiteral("name"), QStringLiteral("name_ru"), QStringLiteral("name_kk")})
        if (const QString name = layer.value(f, field).toString(); !name.isEmpty())
            return name;
    return {};
}

std::shared_ptr<const ContextLayers> collectContext(const Dataset &dataset)
{
    auto layers = std::make_shared<ContextLayers>();
    const QStringList &kinds = infrastructureKinds();
    auto collect = [&](const QString &role, std::vector<ContextFeature> &out, const QString &nameField) {
        for (const LayerData *layer : dataset.layersWithRole(role)) {
            for (const Feature &f : layer->features) {
                ContextFeature c;
                c.name = contextName(*layer, f, nameField);
                c.kind = layer->value(f, QStringLiteral("kind")).toString();
                if (c.kind.isEmpty())
                    c.kind = layer->defaultKind;
                c.status = layer->value(f, QStringLiteral("status")).toString();
                c.plannedYear = layer->value(f, QStringLiteral("planned_year")).toInt();
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")})
                    if (const QString own = layer->value(f, QStringLiteral("name_") + language).toString(); !own.isEmpty())
                        c.names.insert(language, own);
                c.geometry = f.geometry;
                // Infrastructure of a kind the SEZ does not measure is drawn with the layers of no role.
                if (role == QLatin1String("other") || (role == QLatin1String("infrastructure") && !kinds.contains(c.kind))) {
                    c.kind = layer->name;
                    // What the card can say of a feature it knows nothing about: every column.
                    for (std::size_t i = 0; i < layer->fields.size() && i < f.values.size(); ++i)
                        c.attributes.append({layer->fields[i].sourceName, f.values[i]});
                    layers->other.push_back(std::move(c));
                } else {
                    out.push_back(std::move(c));
                }
            }
        }
    };
    collect(QStringLiteral("zones"), layers->zones, QStringLiteral("zone"));
    collect(QStringLiteral("districts"), layers->districts, QStringLiteral("district"));
    collect(QStringLiteral("sez_boundary"), layers->sezParts, QStringLiteral("part"));
    collect(QStringLiteral("city_limits"), layers->cityLimits, QStringLiteral("name"));
    collect(QStringLiteral("infrastructure"), layers->infrastructure, QStringLiteral("name"));
    collect(QStringLiteral("other"), layers->other, QStringLiteral("name"));
    layers->sezParts = divideAtCityLimits(std::move(layers->sezParts), layers->cityLimits);
    return layers;
}

} // namespace

StoreBuilder::StoreBuilder(const Dataset &dataset)
    : mDataset(dataset)
    , mStepsAParcel(kComputingPasses)
{
}

StoreBuilder::~StoreBuilder() = default;

void StoreBuilder::count(Feedback *feedback, qint64 steps)
{
    const qint64 done = mSteps.fetch_add(steps, std::memory_order_relaxed) + steps;
    if (feedback)
        feedback->setDone((done - mCountedBefore) / mStepsAParcel);
}

void StoreBuilder::countSourceApart()
{
    // buildSource() makes three of the passes: label points, the geometry store, the columns.
    mCountedBefore = mSteps.load();
    mStepsAParcel = 3;
}

void StoreBuilder::countDeriveApart()
{
    // derive() makes two of the passes: the derived values, then the distances.
    mCountedBefore = mSteps.load();
    mStepsAParcel = 2;
}

qint64 StoreBuilder::parcelCount(const Dataset &dataset)
{
    qint64 parcels = 0;
    for (const LayerData *layer : dataset.layersWithRole(kParcels))
        parcels += layer->featureCount();
    return parcels;
}

const Geometry &StoreBuilder::geometryOf(const LayerData &layer, qint64 feature, Geometry &scratch)
{
    if (layer.packed.size() == 0)
        return layer.features[std::size_t(feature)].geometry;
    layer.packed.geometry(feature, scratch);
    return scratch;
}

const Geometry &StoreBuilder::geometryOf(std::size_t parcel, Geometry &scratch) const
{
    return geometryOf(*mLayers[mParcels[parcel].layerIndex], mParcels[parcel].feature, scratch);
}

const std::vector<QVariant> &StoreBuilder::valuesOf(std::size_t parcel, std::vector<QVariant> &scratch) const
{
    const Source &p = mParcels[parcel];
    const LayerData &layer = *mLayers[p.layerIndex];
    if (layer.packed.size() == 0)
        return layer.features[std::size_t(p.feature)].values;
    layer.packed.values(p.feature, scratch);
    return scratch;
}

std::shared_ptr<ParcelStore> StoreBuilder::build(const Dataset &dataset, QString *error, Feedback *feedback)
{
    StoreBuilder builder(dataset);
    if (feedback)
        feedback->setTotal(parcelCount(dataset));
    auto source = builder.buildSource(error, feedback);
    return source ? builder.derive(*source, error, feedback) : nullptr;
}

bool StoreBuilder::computeAreasAlong(const std::function<void(std::size_t, std::size_t)> &addBatch, Feedback *feedback)
{
    // A batch's areas on every core, then its parcels into the geometry store in row order, then the
    // blocks that hold only rings already passed are let go. The areas are the ones derive() computes
    // (the same function on the same full-precision rings).
    const std::size_t n = mParcels.size();
    mAreas.assign(n, 0);
    for (std::size_t begin = 0; begin < n && !isCancelled(feedback); begin += mAreasBatch) {
        const std::size_t end = std::min(n, begin + mAreasBatch);
        parallelFor(qint64(end - begin), kMinChunk, [&](qint64 from, qint64 to) {
            const CoordinateTransform toLonLat(mDataset.mapEpsg(), kWgs84Epsg);   // PROJ objects are not shared between threads
            Geometry ring;
            for (qint64 k = from; k < to && !isCancelled(feedback); ++k) {
                mAreas[begin + std::size_t(k)] = float(geodesicAreaHa(geometryOf(begin + std::size_t(k), ring), toLonLat));
                if ((k - from + 1) % kCountEvery == 0)
                    count(feedback, kCountEvery);   // derive()'s pass of derived values
            }
            count(feedback, (to - from) % kCountEvery);
        });
        addBatch(begin, end);
        count(feedback, qint64(end - begin));   // the geometry store's pass, for this batch
        if (end < n)
            mReleaseRings->releaseParcelGeometryBefore(qint64(mParcels[end].feature));
    }
    if (isCancelled(feedback))
        return false;
    mReleaseRings->releaseParcelGeometry();
    releaseFreedMemory();
    traceMemory("rings let go");
    return true;
}

std::shared_ptr<ParcelStore> StoreBuilder::buildSource(QString *error, Feedback *feedback)
{
    const auto parcelLayers = mDataset.layersWithRole(kParcels);
    QRectF extent;
    mParcels.clear();
    mLabels.clear();
    mLayers = parcelLayers;
    mParcels.reserve(std::size_t(parcelCount(mDataset)));
    mLabels.reserve(std::size_t(parcelCount(mDataset)));
    for (const LayerData *layer : parcelLayers)
        if (layer->featureCount() > std::numeric_limits<quint32>::max()) {
            *error = tr("a parcel layer has more features than one store holds");
            return nullptr;
        }
    // The source's columns: filled while the parcels were read (one parcel layer read with
    // LayerReadOptions::fillColumns), with the parcels' label points and extent; else made here.
    SourceColumns *filled = parcelLayers.size() == 1 ? parcelLayers.front()->columns.get() : nullptr;
    for (std::size_t l = 0; l < parcelLayers.size(); ++l) {
        const LayerData &layer = *parcelLayers[l];
        if (!layer.packed.hasGeometry() || (!layer.packed.hasValues() && !filled) || (filled && filled->size() < 0)) {
            *error = tr("the parcels' attributes were let go before the store was built");
            return nullptr;
        }
        if (filled) {
            SourceColumns::Parcels &read = filled->parcels();
            for (quint32 feature : read.features)
                mParcels.push_back({quint32(l), feature});
            mLabels = std::move(read.labels);
            extent = read.extent;
            read = {};
            // The label points' and the columns' passes were made while reading: the bar counts
            // the passes left, so it moves in small steps from 0 to its end.
            mStepsAParcel -= 2;
            break;
        }
        // Each feature's box and label point on every core (a packed feature unpacked once for
        // both), then the parcels in row order: the features with polygons (the reader has counted
        // and reported the others).
        const std::size_t count = std::size_t(layer.featureCount());
        std::vector<QRectF> bounds(count);
        std::vector<QPointF> labels(count);
        std::vector<char> polygonal(count, 0);
        parallelFor(qint64(count), kMinChunk, [&](qint64 begin, qint64 end) {
            Geometry own;
            qint64 counted = 0;
            for (qint64 k = begin; k < end && !isCancelled(feedback); ++k)
                if (SourceColumns::isParcel(geometryOf(layer, k, own), &bounds[std::size_t(k)], &labels[std::size_t(k)])) {
                    polygonal[std::size_t(k)] = 1;
                    if (++counted % kCountEvery == 0)
                        this->count(feedback, kCountEvery);
                }
            this->count(feedback, counted % kCountEvery);
        });
        for (std::size_t k = 0; k < count; ++k)
            if (polygonal[k]) {
                extent = SourceColumns::extended(extent, bounds[k]);
                mParcels.push_back({quint32(l), quint32(k)});
                mLabels.push_back(labels[k]);
            }
    }
    if (isCancelled(feedback)) {
        *error = tr("building the parcel store was cancelled");
        return nullptr;
    }
    const std::size_t n = mParcels.size();
    ParcelStore::Parts parts;
    parts.datasetName = mDataset.manifest().name();
    parts.mapEpsg = mDataset.mapEpsg();
    parts.context = collectContext(mDataset);
    // The words the files wrote for the codes, so that a query may use them too.
    for (const LayerSpec &layer : mDataset.manifest().layers())
        if (layer.role == kParcels)
            for (auto it = layer.values.cbegin(); it != layer.values.cend(); ++it)
                parts.sourceValues[it.key()].insert(it.value());

    // Columns not filled while reading are filled here, beside the geometry store (they share
    // nothing: each is built in row order on a core of its own), each feature's values read while
    // they are at hand.
    std::unique_ptr<SourceColumns> columns;
    if (!filled)
        columns = std::make_unique<SourceColumns>(parcelLayers, qint64(n), qint64(n));
    ParcelGeometry::Builder geometry(extent, n);
    if (filled && mAreasBatch > 0 && mReleaseRings) {
        Geometry own;
        const auto addBatch = [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                geometry.add(geometryOf(i, own), mLabels[i]);
        };
        if (!computeAreasAlong(addBatch, feedback)) {
            *error = tr("building the parcel store was cancelled");
            return nullptr;
        }
    } else runParallel(filled ? 1 : 2, [&](qint64 task) {
        if (task == 0) {
            Geometry own;
            for (std::size_t i = 0; i < n; ++i) {
                geometry.add(geometryOf(i, own), mLabels[i]);
                if ((i + 1) % kCountEvery == 0)
                    count(feedback, kCountEvery);
            }
            count(feedback, qint64(n) % kCountEvery);
            return;
        }
        std::vector<QVariant> unpacked;
        for (std::size_t i = 0; i < n; ++i) {
            columns->append(std::size_t(mParcels[i].layerIndex), valuesOf(i, unpacked));
            if ((i + 1) % kCountEvery == 0)
                count(feedback, kCountEvery);
        }
        count(feedback, qint64(n) % kCountEvery);
    });
    parts.geometry = geometry.finish();
    traceMemory("geometry store built");
    SourceColumns &source = filled ? *filled : *columns;
    if (source.size() != qint64(n)) {
        *error = tr("the parcels' attributes were let go before the store was built");
        return nullptr;
    }
    if (!source.finish(parts, error))
        return nullptr;
    return ParcelStore::create(std::move(parts), error);
}

namespace {

// Context polygons (city limits, districts) with their boxes, so that a parcel's label point is
// tested against the rings of the few whose box holds it.
class BoxedPolygons
{
public:
    explicit BoxedPolygons(const std::vector<ContextFeature> &features)
    {
        for (const ContextFeature &f : features) {
            const QRectF b = f.geometry.bounds();
            // Ray casting cannot find a point inside a ring whose box it is outside of; the margin
            // covers the rounding of the crossing's abscissa, so the answer is the same as without the box.
            const double margin = 1e-9 * (std::abs(b.left()) + std::abs(b.right()) + std::abs(b.top()) + std::abs(b.bottom())) + 1e-9;
            mBoxes.push_back(b.adjusted(-margin, -margin, margin, margin));
        }
        mFeatures = &features;
    }

    /// The first feature whose polygons hold \a p, or -1.
    int find(const QPointF &p) const
    {
        for (std::size_t k = 0; k < mBoxes.size(); ++k)
            if (mBoxes[k].contains(p) && containsPoint((*mFeatures)[k].geometry, p))
                return int(k);
        return -1;
    }

private:
    const std::vector<ContextFeature> *mFeatures = nullptr;
    std::vector<QRectF> mBoxes;
};

// What a parcel's geometry gives, computed on every core.
struct Derived
{
    float computedHa = 0;
    bool insideCity = false;
    int district = -1;
};

// Distance from a parcel to the nearest object of a kind, in map units (metres): the nearest
// segment to any of the parcel's vertices, or 0 where an object enters the parcel.
// One nearest query (from the first vertex) bounds the answer; only the segments that come within
// that bound of the parcel's box can be nearer to any vertex, so the others are never measured.
// The minimum over the same segments of the same bg::distance() is the one a nearest query per
// vertex found, to the bit: the tree ranks by the squared distance, whose root is that distance.
// (Where the bound takes in too many segments, that query per vertex is what is done.)
double distanceTo(const SegmentTree &tree, const Geometry &g, const QRectF &b, std::vector<std::pair<BSegment, quint32>> &hits)
{
    if (g.polygons.empty() || g.polygons.front().rings.empty() || g.polygons.front().rings.front().empty())
        return std::numeric_limits<double>::infinity();
    const QPointF &first = g.polygons.front().rings.front().front();
    const DPoint from(first.x(), first.y());
    hits.clear();
    tree.query(bgi::nearest(from, 1), std::back_inserter(hits));
    if (hits.empty())
        return std::numeric_limits<double>::infinity();
    double best = bg::distance(from, hits.front().first);
    // A little wider than the bound, so that rounding never leaves out a segment at exactly it.
    const double margin = best * (1 + 1e-9) + 1e-6;
    hits.clear();
    tree.query(bgi::intersects(bg::model::box<DPoint>(DPoint(b.left() - margin, b.top() - margin),
                                                       DPoint(b.right() + margin, b.bottom() + margin))),
               std::back_inserter(hits));
    // Far from a dense network the bound takes in many segments: then one nearest query a vertex,
    // which finds the same minimum, costs less than measuring every vertex against all of them.
    constexpr std::size_t kMostMeasured = 64;
    std::vector<std::pair<BSegment, quint32>> nearest;
    for (const Polygon &poly : g.polygons)
        for (const Path &ring : poly.rings)
            for (const QPointF &v : ring) {
                const DPoint p(v.x(), v.y());
                if (hits.size() > kMostMeasured) {
                    nearest.clear();
                    tree.query(bgi::nearest(p, 1), std::back_inserter(nearest));
                    best = std::min(best, bg::distance(p, nearest.front().first));
                    continue;
                }
                for (const auto &hit : hits)
                    best = std::min(best, bg::distance(p, hit.first));
            }
    // The objects that enter the parcel meet its box.
    for (const auto &[seg, id] : hits) {
        if (!bg::intersects(seg, bg::model::box<DPoint>(DPoint(b.left(), b.top()), DPoint(b.right(), b.bottom()))))
            continue;
        const QPointF a(seg.first.get<0>(), seg.first.get<1>()), c(seg.second.get<0>(), seg.second.get<1>());
        if (containsPoint(g, a))
            return 0;
        for (const Polygon &poly : g.polygons)
            for (const Path &ring : poly.rings)
                for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                    if (segmentsCross(a, c, ring[j], ring[i]))
                        return 0;
    }
    return best;
}

std::unique_ptr<SegmentTree> segmentTree(const std::vector<ContextFeature> &infrastructure, const QString &kind)
{
    std::vector<std::pair<BSegment, quint32>> segments;
    for (const ContextFeature &c : infrastructure) {
        if (c.kind != kind)
            continue;
        auto add = [&](QPointF a, QPointF b) {
            segments.push_back({BSegment(DPoint(a.x(), a.y()), DPoint(b.x(), b.y())), quint32(segments.size())});
        };
        for (const QPointF &p : c.geometry.points)
            add(p, p);
        for (const Path &l : c.geometry.lines)
            for (std::size_t i = 1; i < l.size(); ++i)
                add(l[i - 1], l[i]);
        for (const Polygon &poly : c.geometry.polygons)
            for (const Path &r : poly.rings)
                for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
                    add(r[j], r[i]);
    }
    return segments.empty() ? nullptr : std::make_unique<SegmentTree>(segments.begin(), segments.end());
}

// The distance columns, in infrastructureKinds() order. The trees are only read once built, so
// the parcels are shared out between the cores. Distances are measured on the store's geometry.
std::vector<std::vector<float>> distances(const ParcelStore &store, Feedback *feedback, const std::function<void(qint64)> &count)
{
    const std::size_t n = std::size_t(store.size());
    const QStringList &kinds = infrastructureKinds();
    std::vector<std::vector<float>> result(std::size_t(kinds.size()), std::vector<float>(n, std::numeric_limits<float>::infinity()));
    std::vector<std::unique_ptr<SegmentTree>> trees;
    for (const QString &kind : kinds)
        trees.push_back(segmentTree(store.infrastructure(), kind));
    parallelFor(qint64(n), kMinChunk, [&](qint64 begin, qint64 end) {
        std::vector<std::pair<BSegment, quint32>> hits;
        for (qint64 p = begin; p < end && !isCancelled(feedback); ++p) {
            const Geometry g = store.geometry(p);
            const QRectF b = store.bounds(p);
            for (std::size_t k = 0; k < trees.size(); ++k)
                if (trees[k])
                    result[k][std::size_t(p)] = float(distanceTo(*trees[k], g, b, hits));
            if ((p - begin + 1) % kCountEvery == 0)
                count(kCountEvery);
        }
        count((end - begin) % kCountEvery);
    });
    return result;
}

} // namespace

std::shared_ptr<ParcelStore> StoreBuilder::derive(const ParcelStore &source, QString *error, Feedback *feedback)
{
    const std::size_t n = mParcels.size();
    if (qint64(n) != source.size() || mLabels.size() != n) {
        *error = tr("the parcel store was not built from this dataset");
        return nullptr;
    }
    const qint64 total = qint64(n);
    // The geometry work of each parcel is independent of the others and runs on every core, on the
    // source's full-precision coordinates; the columns are then filled in row order.
    std::vector<Derived> derived(n);
    // buildSource() computed the areas and let the rings go (computeAreasWithSource()), and counted this pass.
    const bool areasComputed = mAreas.size() == n && n > 0;
    const std::vector<ContextFeature> &districts = source.districts();
    const BoxedPolygons cityBoxes(source.cityLimits()), districtBoxes(districts);
    parallelFor(total, kMinChunk, [&](qint64 begin, qint64 end) {
        const CoordinateTransform toLonLat(source.mapEpsg(), kWgs84Epsg);   // PROJ objects are not shared between threads
        Geometry own;
        for (qint64 i = begin; i < end && !isCancelled(feedback); ++i) {
            Derived &d = derived[std::size_t(i)];
            const QPointF label = mLabels[std::size_t(i)];
            d.computedHa = areasComputed ? mAreas[std::size_t(i)] : float(geodesicAreaHa(geometryOf(std::size_t(i), own), toLonLat));
            // As citySideAt(): inside when a city's polygons hold the label point.
            d.insideCity = cityBoxes.find(label) >= 0;
            d.district = districtBoxes.find(label);
            if (!areasComputed && (i - begin + 1) % kCountEvery == 0)
                count(feedback, kCountEvery);
        }
        if (!areasComputed)
            count(feedback, (end - begin) % kCountEvery);
    });
    mAreas = {};
    traceMemory("areas computed");
    if (mReleaseRings && !areasComputed) {
        mReleaseRings->releaseParcelGeometry();
        releaseFreedMemory();
        traceMemory("rings let go");
    }
    if (mAfterRings)
        mAfterRings();
    std::vector<std::vector<float>> metres = distances(source, feedback, [&](qint64 steps) { count(feedback, steps); });
    traceMemory("distances computed");
    if (isCancelled(feedback)) {
        *error = tr("building the parcel store was cancelled");
        return nullptr;
    }
    ParcelColumnBuilder area(ColumnStorage::Real32, total), city(ColumnStorage::Flag, total), district(ColumnStorage::Codes16, total);
    for (const Derived &d : derived) {
        area.appendReal(d.computedHa);
        city.appendFlag(d.insideCity);
        district.appendText(d.district >= 0 ? districts[std::size_t(d.district)].name : QString());
    }
    derived = {};
    std::vector<std::pair<int, std::shared_ptr<const ParcelColumn>>> columns = {
        {int(ParcelField::ComputedAreaHa), area.finish(error)},
        {int(ParcelField::InsideCity), city.finish(error)},
        {int(ParcelField::District), district.finish(error)}};
    for (std::size_t k = 0; k < metres.size(); ++k) {
        ParcelColumnBuilder column(ColumnStorage::Real32, total);
        for (float d : metres[k])
            column.appendReal(d);
        metres[k] = {};
        columns.push_back({int(FieldTable::distanceField(int(k))), column.finish(error)});
    }
    return source.withColumns(columns, error);
}

} // namespace sez
