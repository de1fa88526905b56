// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"
#include "core/model/rules.h"

#include <QByteArray>
#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace sez {

class Dataset;

/// The canonical parcel attributes the store keeps, in column order.
enum class ParcelField {
    CadastralNumber, AreaHa, Area, LandCategory, PermittedUse, Zone, Status, District, Investor, Project,
    ProjectKk, InvestmentKzt, Jobs, LeaseStart, LeaseEnd, PowerKw, WaterM3Day, Gas, Address, Count
};
/// The canonical name of a field ("cadastral_number", ...), and back (Count when unknown).
QString parcelFieldName(ParcelField field);
ParcelField parcelFieldFromName(const QString &name);

/// The digits of a cadastral number ("03-047-125-001" -> "03047125001"): how numbers are compared.
QString cadastralDigits(const QString &number);

/// The infrastructure kinds distances are kept for, in index order.
const QStringList &infrastructureKinds();

/// A context feature (zone, district, SEZ part, city limits, infrastructure object) in the map CRS.
struct ContextFeature
{
    QString name;       ///< zone code, district name, SEZ part, or infrastructure object name
    QString kind;       ///< infrastructure kind; empty otherwise
    QString status;     ///< infrastructure status
    int plannedYear = 0;
    CitySide citySide = CitySide::Unknown;   ///< SEZ parts: their side of the city limits, decided at import
    Geometry geometry;
};

/// Every parcel of a dataset in memory, column by column, immutable once built and shared by every
/// reader thread as std::shared_ptr<const ParcelStore>. Coordinates are single-precision offsets from
/// an origin (millimetre precision over the SEZ), low-cardinality text is dictionary-coded, and a
/// packed R*-tree over the parcels' bounds answers window queries.
class ParcelStore
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Builds the store from a dataset read into memory: computes ellipsoidal areas, inside/outside
    /// the city, districts and the distance to the nearest infrastructure object of each kind.
    static std::shared_ptr<ParcelStore> build(const Dataset &dataset, const Progress &progress = {});
    /// Restores a store from serialize()'s bytes; nullptr (and *error) when they are damaged.
    static std::shared_ptr<ParcelStore> deserialize(const QByteArray &bytes, QString *error);
    QByteArray serialize() const;

    ~ParcelStore();

    qint64 size() const { return qint64(mParcelRings.size()) - 1; }
    int mapEpsg() const { return mMapEpsg; }
    QString datasetName() const { return mDatasetName; }
    QRectF extent() const { return mExtent; }

    // Geometry, in the map CRS.
    QRectF bounds(qint64 parcel) const;
    Geometry geometry(qint64 parcel) const;
    QPointF labelPoint(qint64 parcel) const;   ///< inside the parcel; the cheap centroid of its largest part
    int vertexCount(qint64 parcel) const;
    /// Parcels whose bounds intersect \a rect (map CRS), in no particular order.
    std::vector<qint64> parcelsIn(const QRectF &rect) const;
    /// The parcel under \a point (map CRS), or -1.
    qint64 parcelAt(const QPointF &point) const;

    // Attributes.
    QVariant value(qint64 parcel, ParcelField field) const;
    double officialAreaHa(qint64 parcel) const { return mOfficialHa[std::size_t(parcel)]; }
    double computedAreaHa(qint64 parcel) const { return mComputedHa[std::size_t(parcel)]; }
    bool insideCity(qint64 parcel) const { return mInsideCity[std::size_t(parcel)] != 0; }
    /// Metres to the nearest infrastructure object of kind \a kindIndex (see infrastructureKinds()),
    /// +infinity when the dataset has none of that kind.
    double distanceTo(qint64 parcel, int kindIndex) const;
    /// The dictionary of a coded text field (zone, status, district, ...), and a parcel's code in it.
    const QStringList &dictionary(ParcelField field) const;
    bool isCoded(ParcelField field) const { return !mCodes[std::size_t(field)].empty(); }
    int code(qint64 parcel, ParcelField field) const;
    /// The row of a cadastral number (with or without hyphens), or -1.
    qint64 findCadastralNumber(const QString &number) const;
    /// Rows whose cadastral number's digits start with \a digits, in the numbers' order; at most \a limit if > 0.
    std::vector<qint64> findCadastralPrefix(const QString &digits, int limit = 0) const;

    // The dataset's other layers.
    const std::vector<ContextFeature> &zones() const { return mZones; }
    const std::vector<ContextFeature> &districts() const { return mDistricts; }
    const std::vector<ContextFeature> &sezParts() const { return mSezParts; }
    const std::vector<ContextFeature> &cityLimits() const { return mCityLimits; }
    const std::vector<ContextFeature> &infrastructure() const { return mInfrastructure; }

    /// Bytes held by the store beyond the attributes' own text (for the benchmarks).
    std::size_t structuralBytes() const;

private:
    ParcelStore();
    void buildIndex();

    friend class ParcelStoreBuilder;
    friend struct ParcelStoreCodec;

    QString mDatasetName;
    int mMapEpsg = 0;
    QRectF mExtent;
    double mOriginX = 0, mOriginY = 0;

    std::vector<float> mXy;                     // interleaved x, y offsets from the origin
    std::vector<quint32> mRingStart;            // first vertex of each ring; one past the end last
    std::vector<quint8> mRingFlags;             // bit 0: the ring starts a new polygon part
    std::vector<quint32> mParcelRings;          // first ring of each parcel; one past the end last
    std::vector<std::array<float, 4>> mBounds;  // minx, miny, maxx, maxy offsets
    std::vector<std::array<float, 2>> mLabel;

    std::vector<double> mOfficialHa;
    std::vector<float> mComputedHa;
    std::vector<quint8> mInsideCity;
    std::vector<float> mDistances;              // kinds x parcels, kind-major

    // Text: dictionary-coded columns, and two free-text columns as UTF-8 with offsets.
    std::array<QStringList, int(ParcelField::Count)> mDictionaries;
    std::array<std::vector<quint16>, int(ParcelField::Count)> mCodes;
    QByteArray mCadastralText;
    std::vector<quint32> mCadastralOffsets;
    QByteArray mAddressText;
    std::vector<quint32> mAddressOffsets;
    std::vector<double> mInvestment;
    std::vector<qint32> mJobs;
    std::vector<qint32> mPowerKw;
    std::vector<float> mWater;
    std::vector<qint32> mLeaseStart;            // Julian day, 0 = none
    std::vector<qint32> mLeaseEnd;

    std::vector<ContextFeature> mZones, mDistricts, mSezParts, mCityLimits, mInfrastructure;

    struct Index;
    std::unique_ptr<Index> mIndex;
    std::vector<quint32> mCadastralSorted;      // rows sorted by cadastral digits, for lookups
    struct CadastralKey { quint64 padded; int length; };
    CadastralKey cadastralKey(qint64 row) const;
};

} // namespace sez
