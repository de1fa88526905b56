// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parcelstore.h"

#include "core/geo/crs.h"
#include "core/io/dataset.h"
#include "core/geo/geodesic.h"

#include <QDataStream>
#include <QIODevice>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace sez {

namespace {

using BPoint = bg::model::point<float, 2, bg::cs::cartesian>;
using BBox = bg::model::box<BPoint>;
using BSegment = bg::model::segment<bg::model::point<double, 2, bg::cs::cartesian>>;
using DPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using SegmentTree = bgi::rtree<std::pair<BSegment, quint32>, bgi::rstar<16>>;

constexpr std::array<const char *, int(ParcelField::Count)> kFieldNames = {
    "cadastral_number", "area_ha", "area", "land_category", "permitted_use", "zone", "status", "district",
    "investor", "project", "project_kk", "investment_kzt", "jobs", "lease_start", "lease_end", "power_kw",
    "water_m3_day", "gas", "address"};

bool isCoded(ParcelField f)
{
    switch (f) {
    case ParcelField::LandCategory: case ParcelField::PermittedUse: case ParcelField::Zone:
    case ParcelField::Status: case ParcelField::District: case ParcelField::Investor:
    case ParcelField::Project: case ParcelField::ProjectKk: case ParcelField::Gas:
        return true;
    default:
        return false;
    }
}

double ringSignedArea(const Path &ring)
{
    double a = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        a += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return a / 2;
}

// A point inside the polygon for its label and for point-in-polygon tests: the centroid of the
// largest part when it lies inside, else the middle of the widest span across the part at that height.
QPointF labelPointOf(const Geometry &g)
{
    const Polygon *largest = nullptr;
    double largestArea = -1;
    for (const Polygon &poly : g.polygons) {
        const double a = std::abs(ringSignedArea(poly.rings.front()));
        if (a > largestArea) {
            largestArea = a;
            largest = &poly;
        }
    }
    if (!largest)
        return g.bounds().center();
    const Path &outer = largest->rings.front();
    double cx = 0, cy = 0, a2 = 0;
    for (std::size_t i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const double cross = outer[j].x() * outer[i].y() - outer[i].x() * outer[j].y();
        cx += (outer[j].x() + outer[i].x()) * cross;
        cy += (outer[j].y() + outer[i].y()) * cross;
        a2 += cross;
    }
    QPointF c = a2 != 0 ? QPointF(cx / (3 * a2), cy / (3 * a2)) : outer.front();
    if (ringsContain(largest->rings, c))
        return c;
    std::vector<double> xs;
    for (const Path &ring : largest->rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF p = ring[i], q = ring[j];
            if ((p.y() > c.y()) != (q.y() > c.y()))
                xs.push_back(p.x() + (c.y() - p.y()) * (q.x() - p.x()) / (q.y() - p.y()));
        }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            c.setX((xs[i] + xs[i + 1]) / 2);
        }
    return c;
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    auto orient = [](QPointF p, QPointF q, QPointF r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return (v > 0) - (v < 0);
    };
    const int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
    return o1 != o2 && o3 != o4;
}

// Serialization of plain vectors and strings; the format is private to the cache and versioned.
template <typename T>
void writeVector(QDataStream &out, const std::vector<T> &v)
{
    out << quint64(v.size());
    out.writeRawData(reinterpret_cast<const char *>(v.data()), int(v.size() * sizeof(T)));
}

template <typename T>
bool readVector(QDataStream &in, std::vector<T> &v, quint64 limit)
{
    quint64 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > limit)
        return false;
    v.resize(std::size_t(n));
    return in.readRawData(reinterpret_cast<char *>(v.data()), int(n * sizeof(T))) == int(n * sizeof(T));
}

void writeGeometry(QDataStream &out, const Geometry &g)
{
    out << quint8(g.kind) << quint32(g.points.size());
    for (const QPointF &p : g.points)
        out << p.x() << p.y();
    out << quint32(g.lines.size());
    for (const Path &l : g.lines) {
        out << quint32(l.size());
        for (const QPointF &p : l)
            out << p.x() << p.y();
    }
    out << quint32(g.polygons.size());
    for (const Polygon &poly : g.polygons) {
        out << quint32(poly.rings.size());
        for (const Path &r : poly.rings) {
            out << quint32(r.size());
            for (const QPointF &p : r)
                out << p.x() << p.y();
        }
    }
}

bool readPath(QDataStream &in, Path &path)
{
    quint32 n = 0;
    in >> n;
    if (n > 50'000'000)
        return false;
    path.resize(n);
    for (QPointF &p : path) {
        double x = 0, y = 0;
        in >> x >> y;
        p = QPointF(x, y);
    }
    return in.status() == QDataStream::Ok;
}

bool readGeometry(QDataStream &in, Geometry &g)
{
    quint8 kind = 0;
    quint32 n = 0;
    in >> kind >> n;
    if (kind > quint8(GeometryKind::Polygon) || n > 50'000'000)
        return false;
    g.kind = GeometryKind(kind);
    g.points.resize(n);
    for (QPointF &p : g.points) {
        double x = 0, y = 0;
        in >> x >> y;
        p = QPointF(x, y);
    }
    in >> n;
    if (n > 50'000'000)
        return false;
    g.lines.resize(n);
    for (Path &l : g.lines)
        if (!readPath(in, l))
            return false;
    in >> n;
    if (n > 50'000'000)
        return false;
    g.polygons.resize(n);
    for (Polygon &poly : g.polygons) {
        quint32 rings = 0;
        in >> rings;
        if (rings > 50'000'000)
            return false;
        poly.rings.resize(rings);
        for (Path &r : poly.rings)
            if (!readPath(in, r))
                return false;
    }
    return in.status() == QDataStream::Ok;
}

void writeContext(QDataStream &out, const std::vector<ContextFeature> &features)
{
    out << quint32(features.size());
    for (const ContextFeature &f : features) {
        out << f.name << f.kind << f.status << qint32(f.plannedYear) << quint8(f.citySide);
        writeGeometry(out, f.geometry);
    }
}

bool readContext(QDataStream &in, std::vector<ContextFeature> &features)
{
    quint32 n = 0;
    in >> n;
    if (n > 10'000'000)
        return false;
    features.resize(n);
    for (ContextFeature &f : features) {
        qint32 year = 0;
        quint8 side = 0;
        in >> f.name >> f.kind >> f.status >> year >> side;
        f.plannedYear = year;
        if (side > quint8(CitySide::Outside))
            return false;
        f.citySide = CitySide(side);
        if (!readGeometry(in, f.geometry))
            return false;
    }
    return in.status() == QDataStream::Ok;
}

// Runs work(begin, end, worker) over [0, n) in contiguous chunks, one per core (up to 8); the
// calling thread is worker 0, so that is where progress may be reported.
void parallelFor(std::size_t n, const std::function<void(std::size_t, std::size_t, std::size_t)> &work)
{
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t workers = n < 2000 ? 1 : threads;
    const std::size_t chunk = (n + workers - 1) / std::max<std::size_t>(workers, 1);
    std::vector<std::thread> pool;
    for (std::size_t w = 1; w < workers; ++w)
        if (w * chunk < n)
            pool.emplace_back(work, w * chunk, std::min(n, (w + 1) * chunk), w);
    work(0, std::min(n, chunk), 0);
    for (std::thread &t : pool)
        t.join();
}

constexpr quint32 kStoreMagic = 0x5345'5A53;   // "SEZS"
constexpr quint32 kStoreVersion = 2;   // 2: SEZ parts carry their side of the city limits


} // namespace

QString parcelFieldName(ParcelField field)
{
    return field == ParcelField::Count ? QString() : QString::fromLatin1(kFieldNames[std::size_t(field)]);
}

ParcelField parcelFieldFromName(const QString &name)
{
    for (std::size_t i = 0; i < kFieldNames.size(); ++i)
        if (name == QLatin1String(kFieldNames[i]))
            return ParcelField(i);
    return ParcelField::Count;
}

QString cadastralDigits(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    return digits;
}

const QStringList &infrastructureKinds()
{
    static const QStringList kinds = {QStringLiteral("substation"), QStringLiteral("water_intake"),
                                      QStringLiteral("gas_pipeline"), QStringLiteral("wastewater_treatment"),
                                      QStringLiteral("highway")};
    return kinds;
}

struct ParcelStore::Index
{
    bgi::rtree<std::pair<BBox, quint32>, bgi::rstar<16>> tree;
};

ParcelStore::ParcelStore() = default;
ParcelStore::~ParcelStore() = default;

/// Fills a store from a dataset; a class of its own so the loop's state stays out of the store.
class ParcelStoreBuilder
{
public:
    ParcelStoreBuilder(ParcelStore &store, const Dataset &dataset) : s(store), mDataset(dataset) {}

    void run(const ParcelStore::Progress &progress)
    {
        s.mDatasetName = mDataset.manifest().name();
        s.mMapEpsg = mDataset.manifest().mapEpsg();
        collectContext();
        const auto parcelLayers = mDataset.layersWithRole(QStringLiteral("parcels"));
        qint64 total = 0;
        QRectF extent;
        for (const LayerData *layer : parcelLayers) {
            total += qint64(layer->features.size());
            for (const Feature &f : layer->features)
                if (!f.geometry.polygons.empty())
                    extent = extent.isNull() ? f.geometry.bounds() : extent.united(f.geometry.bounds());
        }
        s.mExtent = extent;
        s.mOriginX = std::floor(extent.left());
        s.mOriginY = std::floor(extent.top());
        s.mRingStart.push_back(0);
        s.mParcelRings.push_back(0);
        s.mCadastralOffsets.push_back(0);
        s.mAddressOffsets.push_back(0);
        reserve(std::size_t(total));

        struct Source { const LayerData *layer; const Feature *feature; std::size_t columns; };
        std::vector<Source> parcels;
        std::vector<std::array<int, int(ParcelField::Count)>> columns;
        parcels.reserve(std::size_t(total));
        for (const LayerData *layer : parcelLayers) {
            std::array<int, int(ParcelField::Count)> column;
            for (int f = 0; f < int(ParcelField::Count); ++f)
                column[std::size_t(f)] = layer->fieldIndex(parcelFieldName(ParcelField(f)));
            columns.push_back(column);
            for (const Feature &feature : layer->features)
                if (!feature.geometry.polygons.empty())   // else the reader has counted and reported it
                    parcels.push_back({layer, &feature, columns.size() - 1});
        }

        // The geometry work of each parcel (ellipsoidal area, label point, city, district) is
        // independent of the others and runs on every core; the columns are then appended in order.
        if (progress && total > 0)
            progress(0, total);
        std::vector<Derived> derived(parcels.size());
        std::atomic<qint64> done{0};
        parallelFor(parcels.size(), [&](std::size_t begin, std::size_t end, std::size_t worker) {
            const CoordinateTransform toLonLat(s.mMapEpsg, kWgs84Epsg);   // PROJ objects are not shared between threads
            for (std::size_t i = begin; i < end; ++i) {
                derived[i] = derive(parcels[i].feature->geometry, toLonLat);
                if ((i - begin + 1) % 5'000 == 0) {
                    const qint64 now = done.fetch_add(5'000) + 5'000;
                    if (worker == 0 && progress)
                        progress(std::min(now, total - 1), total);
                }
            }
        });
        for (std::size_t i = 0; i < parcels.size(); ++i)
            addParcel(*parcels[i].layer, *parcels[i].feature, columns[parcels[i].columns], derived[i]);
        derived = {};
        computeDistances();
        if (progress && total > 0)
            progress(total, total);
    }

private:
    void reserve(std::size_t n)
    {
        s.mParcelRings.reserve(n + 1);
        s.mBounds.reserve(n);
        s.mLabel.reserve(n);
        s.mOfficialHa.reserve(n);
        s.mComputedHa.reserve(n);
        s.mInsideCity.reserve(n);
        s.mXy.reserve(n * 16);
        for (auto &codes : s.mCodes)
            codes.clear();
    }

    void collectContext()
    {
        auto collect = [&](const QString &role, std::vector<ContextFeature> &out, const QString &nameField) {
            for (const LayerData *layer : mDataset.layersWithRole(role)) {
                for (const Feature &f : layer->features) {
                    ContextFeature c;
                    c.name = layer->value(f, nameField).toString();
                    if (c.name.isEmpty())
                        c.name = layer->value(f, QStringLiteral("name")).toString();
                    c.kind = layer->value(f, QStringLiteral("kind")).toString();
                    c.status = layer->value(f, QStringLiteral("status")).toString();
                    c.plannedYear = layer->value(f, QStringLiteral("planned_year")).toInt();
                    c.geometry = f.geometry;
                    out.push_back(std::move(c));
                }
            }
        };
        collect(QStringLiteral("zones"), s.mZones, QStringLiteral("zone"));
        collect(QStringLiteral("districts"), s.mDistricts, QStringLiteral("district"));
        collect(QStringLiteral("sez_boundary"), s.mSezParts, QStringLiteral("part"));
        collect(QStringLiteral("city_limits"), s.mCityLimits, QStringLiteral("name"));
        collect(QStringLiteral("infrastructure"), s.mInfrastructure, QStringLiteral("name"));
        s.mSezParts = divideAtCityLimits(std::move(s.mSezParts), s.mCityLimits);
    }

    quint16 codeFor(ParcelField field, const QString &value)
    {
        auto &lookup = mLookup[std::size_t(field)];
        auto it = lookup.constFind(value);
        if (it != lookup.constEnd())
            return it.value();
        QStringList &dict = s.mDictionaries[std::size_t(field)];
        if (dict.size() >= 65535)
            return 0;   // more distinct values than a coded column holds: the first stands in
        const quint16 code = quint16(dict.size());
        dict.append(value);
        lookup.insert(value, code);
        return code;
    }

    // What a parcel's geometry gives, computed before its columns are appended.
    struct Derived
    {
        QPointF label;
        double computedHa = 0;
        bool insideCity = false;
        int district = -1;
    };

    Derived derive(const Geometry &g, const CoordinateTransform &toLonLat) const
    {
        Derived d;
        d.label = labelPointOf(g);
        d.computedHa = geodesicAreaHa(g, toLonLat);
        d.insideCity = citySideAt(d.label, s.mCityLimits) == CitySide::Inside;
        for (std::size_t i = 0; i < s.mDistricts.size(); ++i)
            if (containsPoint(s.mDistricts[i].geometry, d.label)) {
                d.district = int(i);
                break;
            }
        return d;
    }

    void addParcel(const LayerData &layer, const Feature &feature, const std::array<int, int(ParcelField::Count)> &column,
                   const Derived &derived)
    {
        const Geometry &g = feature.geometry;
        float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
        for (const Polygon &poly : g.polygons) {
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
        const QPointF label = derived.label;
        s.mLabel.push_back({float(label.x() - s.mOriginX), float(label.y() - s.mOriginY)});

        auto value = [&](ParcelField f) {
            const int c = column[std::size_t(f)];
            return c < 0 ? QVariant() : feature.values[std::size_t(c)];
        };
        s.mOfficialHa.push_back(value(ParcelField::AreaHa).toDouble());
        s.mComputedHa.push_back(float(derived.computedHa));
        s.mInsideCity.push_back(derived.insideCity ? 1 : 0);
        const QString district = derived.district >= 0 ? s.mDistricts[std::size_t(derived.district)].name : QString();

        for (int f = 0; f < int(ParcelField::Count); ++f) {
            const ParcelField field = ParcelField(f);
            if (!isCoded(field))
                continue;
            const QString text = field == ParcelField::District ? district : value(field).toString();
            s.mCodes[std::size_t(f)].push_back(codeFor(field, text));
        }
        const QByteArray number = value(ParcelField::CadastralNumber).toString().toUtf8();
        s.mCadastralText += number;
        s.mCadastralOffsets.push_back(quint32(s.mCadastralText.size()));
        s.mAddressText += value(ParcelField::Address).toString().toUtf8();
        s.mAddressOffsets.push_back(quint32(s.mAddressText.size()));
        s.mInvestment.push_back(value(ParcelField::InvestmentKzt).toDouble());
        s.mJobs.push_back(value(ParcelField::Jobs).toInt());
        s.mPowerKw.push_back(value(ParcelField::PowerKw).toInt());
        s.mWater.push_back(value(ParcelField::WaterM3Day).toFloat());
        const QDate start = value(ParcelField::LeaseStart).toDate(), end = value(ParcelField::LeaseEnd).toDate();
        s.mLeaseStart.push_back(start.isValid() ? qint32(start.toJulianDay()) : 0);
        s.mLeaseEnd.push_back(end.isValid() ? qint32(end.toJulianDay()) : 0);
    }

    // Distance from each parcel to the nearest object of each kind, in map units (metres): the
    // nearest segment to any of the parcel's vertices, or 0 where an object enters the parcel.
    // The trees are only read once built, so the parcels are shared out between the cores.
    void computeDistances()
    {
        const qint64 n = s.size();
        const QStringList &kinds = infrastructureKinds();
        s.mDistances.assign(std::size_t(n) * std::size_t(kinds.size()), std::numeric_limits<float>::infinity());
        std::vector<std::unique_ptr<SegmentTree>> trees(std::size_t(kinds.size()));
        for (int k = 0; k < kinds.size(); ++k) {
            std::vector<std::pair<BSegment, quint32>> segments;
            for (const ContextFeature &c : s.mInfrastructure) {
                if (c.kind != kinds[k])
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
            if (!segments.empty())
                trees[std::size_t(k)] = std::make_unique<SegmentTree>(segments.begin(), segments.end());
        }
        parallelFor(std::size_t(n), [&](std::size_t begin, std::size_t end, std::size_t) {
            std::vector<std::pair<BSegment, quint32>> hits;
            for (std::size_t p = begin; p < end; ++p) {
                const Geometry g = s.geometry(qint64(p));
                const QRectF b = s.bounds(qint64(p));
                for (std::size_t k = 0; k < trees.size(); ++k) {
                    if (trees[k])
                        s.mDistances[k * std::size_t(n) + p] = float(distanceTo(*trees[k], g, b, hits));
                }
            }
        });
    }

    static double distanceTo(const SegmentTree &tree, const Geometry &g, const QRectF &b, std::vector<std::pair<BSegment, quint32>> &hits)
    {
        double best = std::numeric_limits<double>::infinity();
        for (const Polygon &poly : g.polygons)
            for (const Path &ring : poly.rings)
                for (const QPointF &v : ring) {
                    hits.clear();
                    tree.query(bgi::nearest(DPoint(v.x(), v.y()), 1), std::back_inserter(hits));
                    if (!hits.empty())
                        best = std::min(best, bg::distance(DPoint(v.x(), v.y()), hits.front().first));
                }
        // An object reaching into the parcel: distance 0.
        hits.clear();
        tree.query(bgi::intersects(bg::model::box<DPoint>(DPoint(b.left(), b.top()), DPoint(b.right(), b.bottom()))),
                   std::back_inserter(hits));
        for (const auto &[seg, id] : hits) {
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

    ParcelStore &s;
    const Dataset &mDataset;
    std::array<QHash<QString, quint16>, int(ParcelField::Count)> mLookup;
};

std::shared_ptr<ParcelStore> ParcelStore::build(const Dataset &dataset, const Progress &progress)
{
    auto store = std::shared_ptr<ParcelStore>(new ParcelStore);
    ParcelStoreBuilder(*store, dataset).run(progress);
    store->buildIndex();
    return store;
}

void ParcelStore::buildIndex()
{
    std::vector<std::pair<BBox, quint32>> boxes;
    boxes.reserve(mBounds.size());
    for (std::size_t i = 0; i < mBounds.size(); ++i) {
        const auto &b = mBounds[i];
        boxes.push_back({BBox(BPoint(b[0], b[1]), BPoint(b[2], b[3])), quint32(i)});
    }
    mIndex = std::make_unique<Index>();
    mIndex->tree = decltype(mIndex->tree)(boxes.begin(), boxes.end());   // packed (STR) bulk load

    // Sorted by the digits read as a number padded on the right, which orders them as text does,
    // so a prefix is a range; no string is built for it.
    const std::size_t n = std::size_t(size());
    std::vector<CadastralKey> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = cadastralKey(qint64(i));
    mCadastralSorted.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        mCadastralSorted[i] = quint32(i);
    std::sort(mCadastralSorted.begin(), mCadastralSorted.end(), [&](quint32 a, quint32 b) {
        return keys[a].padded != keys[b].padded ? keys[a].padded < keys[b].padded : keys[a].length < keys[b].length;
    });
}

QRectF ParcelStore::bounds(qint64 parcel) const
{
    const auto &b = mBounds[std::size_t(parcel)];
    return QRectF(QPointF(b[0] + mOriginX, b[1] + mOriginY), QPointF(b[2] + mOriginX, b[3] + mOriginY));
}

Geometry ParcelStore::geometry(qint64 parcel) const
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

QPointF ParcelStore::labelPoint(qint64 parcel) const
{
    const auto &l = mLabel[std::size_t(parcel)];
    return QPointF(l[0] + mOriginX, l[1] + mOriginY);
}

int ParcelStore::vertexCount(qint64 parcel) const
{
    return int(mRingStart[mParcelRings[std::size_t(parcel) + 1]] - mRingStart[mParcelRings[std::size_t(parcel)]]);
}

std::vector<qint64> ParcelStore::parcelsIn(const QRectF &rect) const
{
    std::vector<qint64> result;
    if (!mIndex)
        return result;
    const BBox box(BPoint(float(rect.left() - mOriginX), float(rect.top() - mOriginY)),
                   BPoint(float(rect.right() - mOriginX), float(rect.bottom() - mOriginY)));
    mIndex->tree.query(bgi::intersects(box), boost::make_function_output_iterator([&](const auto &v) {
                           result.push_back(qint64(v.second));
                       }));
    return result;
}

qint64 ParcelStore::parcelAt(const QPointF &point) const
{
    for (qint64 p : parcelsIn(QRectF(point, QSizeF(0, 0))))
        if (containsPoint(geometry(p), point))
            return p;
    return -1;
}

double ParcelStore::distanceTo(qint64 parcel, int kindIndex) const
{
    if (kindIndex < 0 || kindIndex >= infrastructureKinds().size())
        return std::numeric_limits<double>::infinity();
    return mDistances[std::size_t(kindIndex) * std::size_t(size()) + std::size_t(parcel)];
}

const QStringList &ParcelStore::dictionary(ParcelField field) const
{
    return mDictionaries[std::size_t(field)];
}

int ParcelStore::code(qint64 parcel, ParcelField field) const
{
    const auto &codes = mCodes[std::size_t(field)];
    return codes.empty() ? -1 : codes[std::size_t(parcel)];
}

QVariant ParcelStore::value(qint64 parcel, ParcelField field) const
{
    const std::size_t i = std::size_t(parcel);
    auto text = [](const QByteArray &blob, const std::vector<quint32> &offsets, std::size_t row) {
        const quint32 a = offsets[row], b = offsets[row + 1];
        return a == b ? QVariant() : QVariant(QString::fromUtf8(blob.constData() + a, qsizetype(b - a)));
    };
    switch (field) {
    case ParcelField::CadastralNumber: return text(mCadastralText, mCadastralOffsets, i);
    case ParcelField::Address: return text(mAddressText, mAddressOffsets, i);
    case ParcelField::AreaHa: return mOfficialHa[i];
    case ParcelField::Area: return double(mComputedHa[i]);
    case ParcelField::InvestmentKzt: return mInvestment[i] == 0 ? QVariant() : QVariant(mInvestment[i]);
    case ParcelField::Jobs: return mJobs[i] == 0 ? QVariant() : QVariant(qint64(mJobs[i]));
    case ParcelField::PowerKw: return mPowerKw[i] == 0 ? QVariant() : QVariant(qint64(mPowerKw[i]));
    case ParcelField::WaterM3Day: return mWater[i] == 0 ? QVariant() : QVariant(double(mWater[i]));
    case ParcelField::LeaseStart: return mLeaseStart[i] == 0 ? QVariant() : QVariant(QDate::fromJulianDay(mLeaseStart[i]));
    case ParcelField::LeaseEnd: return mLeaseEnd[i] == 0 ? QVariant() : QVariant(QDate::fromJulianDay(mLeaseEnd[i]));
    case ParcelField::Count: return {};
    default: {
        const int c = code(parcel, field);
        if (c < 0)
            return {};
        const QString &v = mDictionaries[std::size_t(field)].at(c);
        return v.isEmpty() ? QVariant() : QVariant(v);
    }
    }
}

namespace {

constexpr int kKeyDigits = 19;   // a quint64 holds any 19-digit number

quint64 pow10(int e)
{
    quint64 v = 1;
    while (e-- > 0)
        v *= 10;
    return v;
}

} // namespace

ParcelStore::CadastralKey ParcelStore::cadastralKey(qint64 row) const
{
    const quint32 a = mCadastralOffsets[std::size_t(row)], b = mCadastralOffsets[std::size_t(row) + 1];
    quint64 value = 0;
    int length = 0;
    for (quint32 i = a; i < b && length < kKeyDigits; ++i) {
        const char c = mCadastralText.at(i);
        if (c >= '0' && c <= '9') {
            value = value * 10 + quint64(c - '0');
            ++length;
        }
    }
    return {value * pow10(kKeyDigits - length), length};
}

std::vector<qint64> ParcelStore::findCadastralPrefix(const QString &text, int limit) const
{
    std::vector<qint64> rows;
    const QString digits = cadastralDigits(text);
    if (digits.isEmpty() || digits.size() > kKeyDigits)
        return rows;
    const int length = int(digits.size());
    const quint64 scale = pow10(kKeyDigits - length);
    const quint64 low = digits.toULongLong() * scale;
    const quint64 high = low + scale;   // exclusive; no overflow: 19 nines times 1 is below 2^64
    auto first = std::lower_bound(mCadastralSorted.begin(), mCadastralSorted.end(), low,
                                  [&](quint32 row, quint64 key) { return cadastralKey(row).padded < key; });
    for (auto it = first; it != mCadastralSorted.end(); ++it) {
        const CadastralKey key = cadastralKey(*it);
        if (key.padded >= high)
            break;
        if (key.length >= length) {
            rows.push_back(*it);
            if (limit > 0 && rows.size() >= std::size_t(limit))
                break;
        }
    }
    return rows;
}

qint64 ParcelStore::findCadastralNumber(const QString &number) const
{
    const QString digits = cadastralDigits(number);
    if (digits.isEmpty() || digits.size() > kKeyDigits)
        return -1;
    const quint64 key = digits.toULongLong() * pow10(kKeyDigits - int(digits.size()));
    auto it = std::lower_bound(mCadastralSorted.begin(), mCadastralSorted.end(), key,
                               [&](quint32 row, quint64 k) { return cadastralKey(row).padded < k; });
    for (; it != mCadastralSorted.end() && cadastralKey(*it).padded == key; ++it)
        if (cadastralKey(*it).length == digits.size())
            return *it;
    return -1;
}

std::size_t ParcelStore::structuralBytes() const
{
    std::size_t bytes = mXy.size() * sizeof(float) + mRingStart.size() * 4 + mRingFlags.size() + mParcelRings.size() * 4
                        + mBounds.size() * 16 + mLabel.size() * 8 + mOfficialHa.size() * 8 + mComputedHa.size() * 4
                        + mInsideCity.size() + mDistances.size() * 4 + mCadastralOffsets.size() * 4
                        + mAddressOffsets.size() * 4 + mInvestment.size() * 8 + mJobs.size() * 4 + mPowerKw.size() * 4
                        + mWater.size() * 4 + mLeaseStart.size() * 4 + mLeaseEnd.size() * 4
                        + mCadastralSorted.size() * sizeof(quint32);
    for (const auto &c : mCodes)
        bytes += c.size() * 2;
    // The packed R*-tree: leaves of up to 16 boxes plus the inner levels, about 1.1 entries a parcel.
    bytes += std::size_t(double(size()) * 1.1 * (sizeof(BBox) + sizeof(quint32)));
    return bytes;
}

struct ParcelStoreCodec
{
    static QByteArray write(const ParcelStore &s)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kStoreMagic << kStoreVersion << s.mDatasetName << qint32(s.mMapEpsg) << s.mExtent << s.mOriginX << s.mOriginY;
        writeVector(out, s.mXy);
        writeVector(out, s.mRingStart);
        writeVector(out, s.mRingFlags);
        writeVector(out, s.mParcelRings);
        writeVector(out, s.mBounds);
        writeVector(out, s.mLabel);
        writeVector(out, s.mOfficialHa);
        writeVector(out, s.mComputedHa);
        writeVector(out, s.mInsideCity);
        writeVector(out, s.mDistances);
        for (const QStringList &d : s.mDictionaries)
            out << d;
        for (const auto &c : s.mCodes)
            writeVector(out, c);
        out << s.mCadastralText;
        writeVector(out, s.mCadastralOffsets);
        out << s.mAddressText;
        writeVector(out, s.mAddressOffsets);
        writeVector(out, s.mInvestment);
        writeVector(out, s.mJobs);
        writeVector(out, s.mPowerKw);
        writeVector(out, s.mWater);
        writeVector(out, s.mLeaseStart);
        writeVector(out, s.mLeaseEnd);
        writeContext(out, s.mZones);
        writeContext(out, s.mDistricts);
        writeContext(out, s.mSezParts);
        writeContext(out, s.mCityLimits);
        writeContext(out, s.mInfrastructure);
        out << kStoreMagic;
        return bytes;
    }

    static bool read(ParcelStore &s, const QByteArray &bytes)
    {
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0, version = 0;
        qint32 epsg = 0;
        in >> magic >> version;
        if (magic != kStoreMagic || version != kStoreVersion)
            return false;
        in >> s.mDatasetName >> epsg >> s.mExtent >> s.mOriginX >> s.mOriginY;
        s.mMapEpsg = epsg;
        const quint64 limit = quint64(bytes.size());
        bool ok = readVector(in, s.mXy, limit) && readVector(in, s.mRingStart, limit) && readVector(in, s.mRingFlags, limit)
                  && readVector(in, s.mParcelRings, limit) && readVector(in, s.mBounds, limit)
                  && readVector(in, s.mLabel, limit) && readVector(in, s.mOfficialHa, limit)
                  && readVector(in, s.mComputedHa, limit) && readVector(in, s.mInsideCity, limit)
                  && readVector(in, s.mDistances, limit);
        for (QStringList &d : s.mDictionaries)
            in >> d;
        for (auto &c : s.mCodes)
            ok = ok && readVector(in, c, limit);
        in >> s.mCadastralText;
        ok = ok && readVector(in, s.mCadastralOffsets, limit);
        in >> s.mAddressText;
        ok = ok && readVector(in, s.mAddressOffsets, limit) && readVector(in, s.mInvestment, limit)
             && readVector(in, s.mJobs, limit) && readVector(in, s.mPowerKw, limit) && readVector(in, s.mWater, limit)
             && readVector(in, s.mLeaseStart, limit) && readVector(in, s.mLeaseEnd, limit)
             && readContext(in, s.mZones) && readContext(in, s.mDistricts) && readContext(in, s.mSezParts)
             && readContext(in, s.mCityLimits) && readContext(in, s.mInfrastructure);
        in >> magic;
        if (!ok || magic != kStoreMagic || in.status() != QDataStream::Ok)
            return false;
        // Every column must agree on the parcel count, or an index would read out of bounds.
        const std::size_t n = s.mParcelRings.empty() ? 0 : s.mParcelRings.size() - 1;
        if (s.mParcelRings.empty() || s.mBounds.size() != n || s.mLabel.size() != n || s.mOfficialHa.size() != n
            || s.mComputedHa.size() != n || s.mInsideCity.size() != n
            || s.mDistances.size() != n * std::size_t(infrastructureKinds().size())
            || s.mCadastralOffsets.size() != n + 1 || s.mAddressOffsets.size() != n + 1 || s.mInvestment.size() != n
            || s.mJobs.size() != n || s.mPowerKw.size() != n || s.mWater.size() != n || s.mLeaseStart.size() != n
            || s.mLeaseEnd.size() != n || s.mRingStart.size() != s.mRingFlags.size() + 1
            || (n > 0 && s.mParcelRings.back() != s.mRingFlags.size())
            || s.mRingStart.back() * 2 != s.mXy.size()
            || s.mCadastralOffsets.back() != quint32(s.mCadastralText.size())
            || s.mAddressOffsets.back() != quint32(s.mAddressText.size()))
            return false;
        if (!std::is_sorted(s.mRingStart.begin(), s.mRingStart.end())
            || !std::is_sorted(s.mParcelRings.begin(), s.mParcelRings.end())
            || !std::is_sorted(s.mCadastralOffsets.begin(), s.mCadastralOffsets.end())
            || !std::is_sorted(s.mAddressOffsets.begin(), s.mAddressOffsets.end()))
            return false;
        for (int f = 0; f < int(ParcelField::Count); ++f) {
            const auto &codes = s.mCodes[std::size_t(f)];
            if (!codes.empty() && codes.size() != n)
                return false;
            const auto dictSize = s.mDictionaries[std::size_t(f)].size();
            for (quint16 c : codes)
                if (c >= dictSize)
                    return false;
        }
        return true;
    }
};

QByteArray ParcelStore::serialize() const
{
    return ParcelStoreCodec::write(*this);
}

std::shared_ptr<ParcelStore> ParcelStore::deserialize(const QByteArray &bytes, QString *error)
{
    auto store = std::shared_ptr<ParcelStore>(new ParcelStore);
    if (!ParcelStoreCodec::read(*store, bytes)) {
        *error = QStringLiteral("the stored parcel snapshot is damaged or of another version");
        return nullptr;
    }
    store->buildIndex();
    return store;
}

} // namespace sez
