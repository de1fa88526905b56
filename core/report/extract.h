// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundary.h"
#include "core/render/rendercontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace sez {

class ParcelStore;

/// ExtractOptions::extraEpsg: the Pulkovo 1942 Gauss-Kruger zone of the parcel's longitude.
inline constexpr int kPulkovoZoneEpsg = -1;

/// What an extract shows beyond the parcel itself.
struct ExtractOptions
{
    /// EPSG code of extra coordinate columns in the catalogue; 0: none; kPulkovoZoneEpsg: the
    /// Pulkovo 1942 Gauss-Kruger zone of the parcel's longitude.
    int extraEpsg = 0;
    QString source;         ///< where the data came from (the dataset's path), printed as it is
    QString sourceDigest;   ///< a short hash of the dataset's source files (the cache's fingerprint)
    QDate asOf = QDate::currentDate();
    std::vector<MapLayer> imagery;   ///< orthophotos and basemaps under the plan, the first lowest, credited on it
};

/// One boundary point of the catalogue and the side that leaves it.
struct ExtractPoint
{
    int number = 0;
    QPointF map;            ///< map CRS, x east, y north
    QPointF extra;          ///< extra CRS in its easting/northing (lon/lat) order; see extraOk
    bool extraOk = false;
    QPointF lonLat;         ///< WGS 84
    double sideLength = 0;  ///< grid metres to the next point of the ring
    double sideAngle = 0;   ///< direction angle of that side, degrees clockwise from grid north
};

/// A ring of the catalogue: ParcelBoundary's ring with every point's coordinates and sides.
struct ExtractRing
{
    int part = 0;
    int hole = 0;           ///< 0: outer boundary
    std::vector<ExtractPoint> points;
};

/// A stretch of the boundary, from one point number to another along a ring's numbering.
struct BoundaryRun
{
    int from = 0;
    int to = 0;             ///< equal to from when the run goes round the whole ring
};

/// A parcel that shares a stretch of boundary with the extract's parcel.
struct ExtractNeighbour
{
    qint64 row = -1;
    QString cadastralNumber;
    double sharedLength = 0;        ///< metres, along the extract's boundary
    std::vector<BoundaryRun> runs;  ///< where, in the extract's point numbers
};

/// Everything a parcel extract states about one parcel, computed from the store: boundary points
/// numbered per ring (ParcelBoundary's rules) with coordinates in the map CRS, an optional extra
/// CRS and WGS 84, side lengths and direction angles on the map grid, the area the catalogue's
/// coordinates give, neighbours by shared edge, and distances to infrastructure. Holds a reference
/// to the store, which must outlive it.
class ParcelExtract
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelExtract)

public:
    /// Two parcels are neighbours where at least kMinimumSharedLength metres of this one's
    /// boundary lie within kSharedEdgeTolerance metres of the other's, counting on each side the
    /// stretches of at least kMinimumSharedLength or of (nearly) the whole side, so that sides
    /// which only meet at a corner do not count.
    static constexpr double kSharedEdgeTolerance = 0.05;
    static constexpr double kMinimumSharedLength = 0.5;

    /// The extract of a cadastral number (with or without hyphens); nullptr and a one-line \a error
    /// ("unknown cadastral number 'x' — did you mean 'y'?") when the store has no such parcel.
    static std::unique_ptr<ParcelExtract> build(const ParcelStore &store, const QString &cadastralNumber,
                                                const ExtractOptions &options, QString *error);
    static std::unique_ptr<ParcelExtract> build(const ParcelStore &store, qint64 row, const ExtractOptions &options,
                                                QString *error);

    const ParcelStore &store() const { return mStore; }
    qint64 row() const { return mRow; }
    QString cadastralNumber() const;
    const ExtractOptions &options() const { return mOptions; }

    const ParcelBoundary &boundary() const { return mBoundary; }
    const std::vector<ExtractRing> &rings() const { return mRings; }
    int pointCount() const { return mBoundary.pointCount(); }

    int mapEpsg() const;
    QString mapCrsName() const { return mMapCrsName; }
    /// The extra CRS's EPSG code (resolved from kPulkovoZoneEpsg), or 0.
    int extraEpsg() const { return mExtraEpsg; }
    QString extraCrsName() const { return mExtraCrsName; }
    bool extraGeographic() const { return mExtraGeographic; }

    double officialAreaHa() const;
    double computedAreaHa() const;
    /// The ellipsoidal area of the catalogue's coordinates as printed (to the centimetre).
    double catalogueAreaHa() const { return mCatalogueAreaHa; }
    /// Grid length over ellipsoidal length along the boundary: the map projection's scale here.
    double gridScale() const { return mGridScale; }
    /// The direction angle of true north at the parcel, in degrees in (-180, 180].
    double trueNorthAngle() const { return mTrueNorthAngle; }

    const std::vector<ExtractNeighbour> &neighbours() const { return mNeighbours; }
    /// Stretches of the boundary along no parcel of the data (streets, unallocated land).
    const std::vector<BoundaryRun> &unbordered() const { return mUnbordered; }

private:
    ParcelExtract(const ParcelStore &store, qint64 row, const ExtractOptions &options);
    bool compute(QString *error);
    void computeNeighbours();

    const ParcelStore &mStore;
    qint64 mRow;
    ExtractOptions mOptions;
    ParcelBoundary mBoundary;
    std::vector<ExtractRing> mRings;
    QString mMapCrsName;
    int mExtraEpsg = 0;
    QString mExtraCrsName;
    bool mExtraGeographic = false;
    double mCatalogueAreaHa = 0;
    double mGridScale = 1;
    double mTrueNorthAngle = 0;
    std::vector<ExtractNeighbour> mNeighbours;
    std::vector<BoundaryRun> mUnbordered;
};

} // namespace sez
