// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/extract.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/parcelstore.h"
#include "core/query/query.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sez {

namespace {

// The catalogue prints coordinates to the centimetre; its area is computed from what it prints.
QPointF toCentimetre(const QPointF &p)
{
    return QPointF(std::round(p.x() * 100) / 100, std::round(p.y() * 100) / 100);
}

// Runs of consecutive marked sides of a ring, wrapping round its end; side i runs from point i
// to point i + 1.
std::vector<BoundaryRun> runsOf(const std::vector<bool> &marked, const BoundaryRing &ring)
{
    const std::size_t n = marked.size();
    std::vector<BoundaryRun> runs;
    if (std::all_of(marked.begin(), marked.end(), [](bool m) { return m; })) {
        runs.push_back({ring.firstNumber, ring.firstNumber});
        return runs;
    }
    // Start just after an unmarked side, so that no run is cut in two by the ring's end.
    std::size_t start = 0;
    while (marked[start])
        ++start;
    for (std::size_t k = 1; k <= n; ++k) {
        const std::size_t i = (start + k) % n;
        if (!marked[i])
            continue;
        if (marked[(i + n - 1) % n] && !runs.empty() && k > 1)
            runs.back().to = ring.firstNumber + int(ring.next(i));
        else
            runs.push_back({ring.firstNumber + int(i), ring.firstNumber + int(ring.next(i))});
    }
    std::sort(runs.begin(), runs.end(), [](const BoundaryRun &a, const BoundaryRun &b) { return a.from < b.from; });
    return runs;
}

} // namespace

ParcelExtract::ParcelExtract(const ParcelStore &store, qint64 row, const ExtractOptions &options)
    : mStore(store), mRow(row), mOptions(options)
{
}

std::unique_ptr<ParcelExtract> ParcelExtract::build(const ParcelStore &store, const QString &cadastralNumber,
                                                    const ExtractOptions &options, QString *error)
{
    const qint64 row = store.findCadastralNumber(cadastralNumber);
    if (row < 0) {
        // Compared as digits, so that a number typed without hyphens is still recognised.
        QStringList digits;
        digits.reserve(store.size());
        for (qint64 r = 0; r < store.size(); ++r)
            digits << cadastralDigits(store.value(r, ParcelField::CadastralNumber).toString());
        const QString nearest = nearestCandidate(cadastralDigits(cadastralNumber), digits);
        const qint64 suggested = nearest.isEmpty() ? -1 : store.findCadastralNumber(nearest);
        *error = suggested >= 0
            ? tr("unknown cadastral number '%1' — did you mean '%2'?")
                  .arg(cadastralNumber, store.value(suggested, ParcelField::CadastralNumber).toString())
            : tr("unknown cadastral number '%1'").arg(cadastralNumber);
        return nullptr;
    }
    return build(store, row, options, error);
}

std::unique_ptr<ParcelExtract> ParcelExtract::build(const ParcelStore &store, qint64 row, const ExtractOptions &options,
                                                    QString *error)
{
    if (row < 0 || row >= store.size()) {
        *error = tr("there is no parcel %1").arg(row);
        return nullptr;
    }
    std::unique_ptr<ParcelExtract> extract(new ParcelExtract(store, row, options));
    if (!extract->compute(error))
        return nullptr;
    return extract;
}

QString ParcelExtract::cadastralNumber() const
{
    return mStore.value(mRow, ParcelField::CadastralNumber).toString();
}

int ParcelExtract::mapEpsg() const
{
    return mStore.mapEpsg();
}

double ParcelExtract::officialAreaHa() const
{
    return mStore.officialAreaHa(mRow);
}

double ParcelExtract::computedAreaHa() const
{
    return mStore.computedAreaHa(mRow);
}

bool ParcelExtract::compute(QString *error)
{
    const CrsInfo mapCrs = crsFromEpsg(mStore.mapEpsg());
    mMapCrsName = mapCrs.name;
    const CoordinateTransform toLonLat(mapCrs, crsFromEpsg(kWgs84Epsg));
    if (!toLonLat.isValid()) {
        *error = tr("the map's coordinate system EPSG:%1 cannot be converted to WGS 84: %2").arg(mStore.mapEpsg()).arg(toLonLat.errorString());
        return false;
    }
    mBoundary = ParcelBoundary::fromGeometry(mStore.geometry(mRow));
    if (mBoundary.rings().empty()) {
        *error = tr("parcel %1 has no boundary").arg(cadastralNumber());
        return false;
    }

    // The meridian at the parcel, for the true north and the Gauss-Kruger zone.
    QPointF centre = mStore.labelPoint(mRow), centreLonLat = centre;
    toLonLat.transform(centreLonLat);
    QPointF north = centreLonLat + QPointF(0, 0.001);
    CoordinateTransform(crsFromEpsg(kWgs84Epsg), mapCrs).transform(north);
    mTrueNorthAngle = directionAngle(centre, north);
    if (mTrueNorthAngle > 180)
        mTrueNorthAngle -= 360;

    mExtraEpsg = mOptions.extraEpsg == kPulkovoZoneEpsg ? pulkovo1942GaussKrugerEpsg(centreLonLat.x()) : mOptions.extraEpsg;
    std::unique_ptr<CoordinateTransform> toExtra;
    if (mOptions.extraEpsg == kPulkovoZoneEpsg && mExtraEpsg == 0) {
        *error = tr("no Pulkovo 1942 Gauss-Kruger zone covers longitude %1").arg(centreLonLat.x());
        return false;
    }
    if (mExtraEpsg != 0) {
        const CrsInfo extra = crsFromEpsg(mExtraEpsg);
        if (!extra.isValid()) {
            *error = tr("EPSG:%1 is not a coordinate reference system PROJ knows").arg(mExtraEpsg);
            return false;
        }
        mExtraCrsName = extra.name;
        mExtraGeographic = extra.geographic;
        toExtra = std::make_unique<CoordinateTransform>(mapCrs, extra);
        if (!toExtra->isValid()) {
            *error = tr("coordinates cannot be converted to EPSG:%1: %2").arg(mExtraEpsg).arg(toExtra->errorString());
            return false;
        }
    }

    double gridLength = 0, ellipsoidalLength = 0, catalogueM2 = 0;
    for (const BoundaryRing &ring : mBoundary.rings()) {
        ExtractRing out{ring.part, ring.hole, {}};
        Path closed = ring.points, printed;
        closed.push_back(ring.points.front());
        ellipsoidalLength += geodesicLengthM(closed, toLonLat);
        for (std::size_t i = 0; i < ring.points.size(); ++i) {
            ExtractPoint p;
            p.number = ring.firstNumber + int(i);
            p.map = ring.points[i];
            p.lonLat = p.map;
            toLonLat.transform(p.lonLat);
            if (toExtra) {
                p.extra = p.map;
                p.extraOk = toExtra->transform(p.extra);
            }
            const QPointF &next = ring.points[ring.next(i)];
            p.sideLength = gridDistance(p.map, next);
            p.sideAngle = directionAngle(p.map, next);
            gridLength += p.sideLength;
            printed.push_back(toCentimetre(p.map));
            out.points.push_back(p);
        }
        toLonLat.transform(printed);
        catalogueM2 += (ring.hole == 0 ? 1 : -1) * geodesicRingAreaM2(printed);
        mRings.push_back(std::move(out));
    }
    mCatalogueAreaHa = catalogueM2 / 10'000.0;
    mGridScale = ellipsoidalLength > 0 ? gridLength / ellipsoidalLength : 1;
    computeNeighbours();
    return true;
}

// Neighbours through the store's R-tree: for each side, the parcels whose bounds come within the
// tolerance of it, and how much of the side runs along their boundaries.
void ParcelExtract::computeNeighbours()
{
    constexpr double tol = kSharedEdgeTolerance;
    QHash<qint64, Geometry> geometries;
    QHash<qint64, double> totals;
    // shares[ring][side]: the length each other parcel shares with that side.
    std::vector<std::vector<QHash<qint64, double>>> shares(mBoundary.rings().size());
    for (std::size_t r = 0; r < mBoundary.rings().size(); ++r) {
        const BoundaryRing &ring = mBoundary.rings()[r];
        shares[r].resize(ring.points.size());
        for (std::size_t i = 0; i < ring.points.size(); ++i) {
            const QPointF a = ring.points[i], b = ring.points[ring.next(i)];
            const QRectF box = QRectF(a, b).normalized().adjusted(-tol, -tol, tol, tol);
            for (qint64 other : mStore.parcelsIn(box)) {
                if (other == mRow)
                    continue;
                auto g = geometries.find(other);
                if (g == geometries.end())
                    g = geometries.insert(other, mStore.geometry(other));
                double length = 0;
                for (const Polygon &polygon : g->polygons)
                    for (const Path &path : polygon.rings)
                        for (std::size_t k = 0, j = path.size() - 1; k < path.size(); j = k++)
                            length += sharedLength(a, b, path[j], path[k], tol);
                // A stretch counts when it is long enough or is the whole side; what is left is the
                // few centimetres where sides meeting at a corner run within the tolerance.
                length = std::min(length, gridDistance(a, b));
                if (length >= kMinimumSharedLength || length >= 0.9 * gridDistance(a, b)) {
                    shares[r][i][other] += length;
                    totals[other] += length;
                }
            }
        }
    }

    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        if (it.value() < kMinimumSharedLength)
            continue;
        ExtractNeighbour n;
        n.row = it.key();
        n.cadastralNumber = mStore.value(n.row, ParcelField::CadastralNumber).toString();
        n.sharedLength = it.value();
        for (std::size_t r = 0; r < shares.size(); ++r) {
            const BoundaryRing &ring = mBoundary.rings()[r];
            std::vector<bool> along(ring.points.size(), false);
            bool any = false;
            for (std::size_t i = 0; i < along.size(); ++i) {
                along[i] = shares[r][i].contains(n.row);
                any = any || along[i];
            }
            if (any)
                for (const BoundaryRun &run : runsOf(along, ring))
                    n.runs.push_back(run);
        }
        mNeighbours.push_back(std::move(n));
    }
    // In the order a reader follows the boundary: by where each neighbour's stretch begins.
    std::sort(mNeighbours.begin(), mNeighbours.end(), [](const ExtractNeighbour &a, const ExtractNeighbour &b) {
        const int fa = a.runs.empty() ? INT_MAX : a.runs.front().from, fb = b.runs.empty() ? INT_MAX : b.runs.front().from;
        return fa != fb ? fa < fb : a.cadastralNumber < b.cadastralNumber;
    });

    for (std::size_t r = 0; r < shares.size(); ++r) {
        const BoundaryRing &ring = mBoundary.rings()[r];
        std::vector<bool> free(ring.points.size(), false);
        bool any = false;
        for (std::size_t i = 0; i < free.size(); ++i) {
            double shared = 0;
            for (auto it = shares[r][i].constBegin(); it != shares[r][i].constEnd(); ++it)
                if (totals.value(it.key()) >= kMinimumSharedLength)
                    shared += it.value();
            free[i] = gridDistance(ring.points[i], ring.points[ring.next(i)]) - shared >= kMinimumSharedLength;
            any = any || free[i];
        }
        if (any)
            for (const BoundaryRun &run : runsOf(free, ring))
                mUnbordered.push_back(run);
    }
}

} // namespace sez
