// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geometry.h"
#include "core/model/fieldtable.h"
#include "core/model/parcelcolumn.h"
#include "core/model/parcelgeometry.h"
#include "core/model/rules.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace sez {

/// The digits of a cadastral number ("03-047-125-001" -> "03047125001"): how numbers are compared.
QString cadastralDigits(const QString &number);

/// A context feature (zone, district, SEZ part, city limits, infrastructure object, a feature of a
/// layer of no role) in the map CRS.
struct ContextFeature
{
    QString name;       ///< zone code, district name, SEZ part, or the object's name
    QString kind;       ///< infrastructure kind; the layer's name for a feature of a layer of no role
    QString status;     ///< infrastructure status
    int plannedYear = 0;
    CitySide citySide = CitySide::Unknown;   ///< SEZ parts: their side of the city limits, decided at import
    Geometry geometry;
    /// The name in other languages, by language code ("ru", "kk", "en"): the layer's columns the
    /// manifest maps to name_ru, name_kk, name_en.
    QMap<QString, QString> names;
    /// A feature of a layer of no role: each column of its source under the file's own name, with
    /// its value decoded (text, a number, a date; invalid where the file has none), in the file's
    /// order. Empty for the layers that have a role.
    QList<std::pair<QString, QVariant>> attributes;

    /// The name in the user's language (QLocale's default), else \a name.
    QString displayName() const;
};

/// The dataset's layers other than the parcels. \c other holds the layers of no role (drawn and
/// listed in the legend, left out of the statistics), each feature's kind naming its layer.
struct ContextLayers
{
    std::vector<ContextFeature> zones, districts, sezParts, cityLimits, infrastructure, other;
};

/// A field of a store: a canonical one (a row of the field table, at index int(ParcelField)), or an
/// extra column of the source that maps to no canonical field, kept under its own name.
struct StoreField
{
    QString name;                     ///< canonical name, or the source column's own name
    FieldKind kind = FieldKind::Text;
    const FieldSpec *spec = nullptr;  ///< the field table's row; nullptr for an extra column

    bool isExtra() const { return spec == nullptr; }
    /// What a user reads: the translated label, or an extra column's own name.
    QString label() const;
    /// The label with the unit, for column headers.
    QString header() const;
};

/// Every parcel of a dataset in memory, immutable once made and shared by every reader thread as
/// std::shared_ptr<const ParcelStore>.
///
/// The store is a set of shared parts: the geometry (with its spatial index), the context layers,
/// and one column a field, canonical fields first (in the field table's order) and extra source
/// columns after them. withColumns() makes a new snapshot that replaces some columns and shares
/// everything else, which is how values computed later or layered from the allocation register
/// come in without copying the parcels. The stores are built in core/io (storebuilder.h).
class ParcelStore
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelStore)

public:
    /// What a store is made of.
    struct Parts
    {
        QString datasetName;
        int mapEpsg = 0;
        std::shared_ptr<const ParcelGeometry> geometry;
        std::shared_ptr<const ContextLayers> context;
        /// Extra source columns: their fields and columns, after the canonical ones.
        std::vector<StoreField> extraFields;
        /// One a canonical field (ParcelField order), then one an extra field.
        std::vector<std::shared_ptr<const ParcelColumn>> columns;
        /// The source's own words for coded values (the manifest's value maps): field name ->
        /// the word as the file writes it ("свободен") -> the code it was read as ("free").
        QHash<QString, QHash<QString, QString>> sourceValues;
    };
    /// A store from its parts; nullptr (and *error) when a part is missing or a column's length
    /// is not the parcel count.
    static std::shared_ptr<ParcelStore> create(Parts parts, QString *error);

    /// A new snapshot with the columns at these field indices replaced, sharing everything else.
    /// nullptr (and *error) when an index is out of range or a column has the wrong length.
    std::shared_ptr<ParcelStore> withColumns(const std::vector<std::pair<int, std::shared_ptr<const ParcelColumn>>> &columns,
                                             QString *error) const;

    /// Restores a store from serialize()'s bytes; nullptr (and *error) when they are damaged.
    /// \a otherVersion, when given, says whether the bytes are a whole snapshot's start of another
    /// version (made by another sezview) rather than damaged ones.
    static std::shared_ptr<ParcelStore> deserialize(const QByteArray &bytes, QString *error, bool *otherVersion = nullptr);
    /// The same from an open, random-access device of exactly the snapshot's bytes (size() is its
    /// length), read in place: large arrays go from the device straight into the store's.
    static std::shared_ptr<ParcelStore> deserialize(QIODevice &device, QString *error, bool *otherVersion = nullptr);
    QByteArray serialize() const;
    /// The same bytes written to \a device as they are made (no copy of the whole snapshot in
    /// memory); false when the device refused a write.
    bool serialize(QIODevice &device) const;

    ~ParcelStore();

    qint64 size() const { return mGeometry->size(); }
    int mapEpsg() const { return mMapEpsg; }
    QString datasetName() const { return mDatasetName; }
    QRectF extent() const { return mGeometry->extent(); }

    // Geometry, in the map CRS.
    QRectF bounds(qint64 parcel) const { return mGeometry->bounds(parcel); }
    Geometry geometry(qint64 parcel) const { return mGeometry->geometry(parcel); }
    QPointF labelPoint(qint64 parcel) const { return mGeometry->labelPoint(parcel); }  ///< inside the parcel
    int vertexCount(qint64 parcel) const { return mGeometry->vertexCount(parcel); }
    /// Parcels whose bounds intersect \a rect (map CRS), in no particular order.
    std::vector<qint64> parcelsIn(const QRectF &rect) const { return mGeometry->parcelsIn(rect); }
    /// The parcel under \a point (map CRS), or -1.
    qint64 parcelAt(const QPointF &point) const { return mGeometry->parcelAt(point); }
    const std::shared_ptr<const ParcelGeometry> &sharedGeometry() const { return mGeometry; }

    // The schema: canonical fields at int(ParcelField), then the extra columns.
    int fieldCount() const { return int(mFields.size()); }
    const StoreField &field(int index) const { return mFields[std::size_t(index)]; }
    /// The index of a field by name (canonical, the query alias, or an extra column's name,
    /// case-insensitively), or -1.
    int fieldIndex(const QString &name) const;
    const ParcelColumn &column(int index) const { return *mColumns[std::size_t(index)]; }
    const std::shared_ptr<const ParcelColumn> &sharedColumn(int index) const { return mColumns[std::size_t(index)]; }

    // Attributes, by field index or canonical field.
    QVariant value(qint64 parcel, int index) const { return column(index).value(parcel, mViews[std::size_t(index)].writtenDecimals); }
    QVariant value(qint64 parcel, ParcelField field) const { return value(parcel, int(field)); }
    double number(qint64 parcel, int index, bool *isNull) const { return mViews[std::size_t(index)].number(parcel, isNull); }
    /// The column at \a index as the hot paths read it: number() is view(index).number().
    const ColumnView &view(int index) const { return mViews[std::size_t(index)]; }
    /// The dictionary of a coded text field (zone, status, district, ...), and a parcel's code in it
    /// (-1 when the field is not coded).
    const QStringList &dictionary(int index) const { return column(index).dictionary(); }
    const QStringList &dictionary(ParcelField field) const { return dictionary(int(field)); }
    bool isCoded(int index) const { return column(index).isCoded(); }
    bool isCoded(ParcelField field) const { return isCoded(int(field)); }
    /// The source's own words for the codes of field \a index (see Parts::sourceValues): the
    /// word -> the code. Empty when the source writes the codes themselves.
    QHash<QString, QString> sourceValues(int index) const { return mSourceValues.value(field(index).name); }
    int code(qint64 parcel, int index) const { return mViews[std::size_t(index)].code(parcel); }
    int code(qint64 parcel, ParcelField field) const { return code(parcel, int(field)); }

    /// The official area; 0 when the source has none.
    double officialAreaHa(qint64 parcel) const { return numberOr0(parcel, ParcelField::AreaHa); }
    /// The ellipsoidal area; 0 while it is not computed.
    double computedAreaHa(qint64 parcel) const { return numberOr0(parcel, ParcelField::ComputedAreaHa); }
    bool insideCity(qint64 parcel) const { return mCityFlags && mCityFlags[parcel] == 1; }
    /// Metres to the nearest infrastructure object of kind \a kindIndex (see infrastructureKinds()),
    /// +infinity when the dataset has none of that kind (or distances are not computed).
    double distanceTo(qint64 parcel, int kindIndex) const
    {
        if (kindIndex < 0 || kindIndex >= kDistanceFieldCount)
            return std::numeric_limits<double>::infinity();
        // The builder keeps distances as floats, +infinity where a kind has no objects.
        if (const float *metres = mDistanceMetres[std::size_t(kindIndex)])
            return double(metres[parcel]);
        bool isNull = false;
        const double d = number(parcel, int(ParcelField::DistanceSubstation) + kindIndex, &isNull);
        return isNull ? std::numeric_limits<double>::infinity() : d;
    }

    /// The row of a cadastral number (with or without hyphens), or -1.
    qint64 findCadastralNumber(const QString &number) const;
    /// Rows whose cadastral number's digits start with \a digits, in the numbers' order; at most \a limit if > 0.
    std::vector<qint64> findCadastralPrefix(const QString &digits, int limit = 0) const;

    /// A district's name (the District field's value) in the user's language, as the districts
    /// layer gives it; the name itself when the layer has no other.
    QString districtDisplayName(const QString &district) const;

    // The dataset's other layers.
    const std::vector<ContextFeature> &zones() const { return mContext->zones; }
    const std::vector<ContextFeature> &districts() const { return mContext->districts; }
    const std::vector<ContextFeature> &sezParts() const { return mContext->sezParts; }
    const std::vector<ContextFeature> &cityLimits() const { return mContext->cityLimits; }
    const std::vector<ContextFeature> &infrastructure() const { return mContext->infrastructure; }
    /// Features of the layers of no role; each one's kind is its layer's name.
    const std::vector<ContextFeature> &otherFeatures() const { return mContext->other; }
    /// The names of the layers of no role, in the dataset's order.
    QStringList otherLayers() const;
    /// Whether any parcel has a value in the field at \a index: what a source lacks is hidden, not
    /// shown empty (the table's columns, the card, the dashboard's figures).
    bool hasValues(int index) const { return mHasValues[std::size_t(index)]; }
    bool hasValues(ParcelField field) const { return hasValues(int(field)); }
    const std::shared_ptr<const ContextLayers> &sharedContext() const { return mContext; }

    /// Bytes held by the store beyond the attributes' own text (for the benchmarks).
    std::size_t structuralBytes() const;
    /// The attributes' own text: free text and dictionary entries, as UTF-8.
    std::size_t textBytes() const;

private:
    ParcelStore();
    double numberOr0(qint64 parcel, ParcelField field) const
    {
        bool isNull = false;
        const double v = number(parcel, int(field), &isNull);
        return isNull ? 0 : v;
    }
    /// Checks every column against the parcel count and takes their views.
    bool checkColumns(QString *error);

    friend struct ParcelStoreCodec;

    QString mDatasetName;
    int mMapEpsg = 0;
    std::shared_ptr<const ParcelGeometry> mGeometry;
    std::shared_ptr<const ContextLayers> mContext;
    std::vector<StoreField> mFields;
    std::vector<std::shared_ptr<const ParcelColumn>> mColumns;
    std::vector<ColumnView> mViews;   // one a column: the hot paths' way to the values
    QHash<QString, QHash<QString, QString>> mSourceValues;
    std::vector<bool> mHasValues;     // one a column: any row not null
    // The values the query language and the renderer read for every parcel, one load away (null
    // when the column is not in the builder's storage, e.g. not computed yet).
    const quint8 *mCityFlags = nullptr;
    std::array<const float *, kDistanceFieldCount> mDistanceMetres{};

    /// Rows sorted by cadastral digits, for lookups; shared while the cadastral column is. Sorted
    /// at the first lookup, not at the open: a map drawn from a reopened cache needs none.
    struct CadastralIndex;
    std::shared_ptr<CadastralIndex> mCadastralIndex;
    const std::vector<quint32> &cadastralOrder() const;
};

} // namespace sez
