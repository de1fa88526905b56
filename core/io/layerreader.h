// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/crs.h"
#include "core/geo/geometry.h"
#include "core/io/manifest.h"
#include "core/io/packedfeatures.h"
#include "core/io/textencoding.h"

#include <QRectF>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace sez {

class Feedback;
class SourceColumns;

enum class FieldType { String, Integer, Real, Date };

struct FieldInfo
{
    QString sourceName;   ///< the file's own column name, e.g. KAD_NOMER
    QString name;         ///< the canonical name, e.g. cadastral_number
    FieldType type = FieldType::String;
    QString unit;         ///< the unit the file gives the values in ("m2"), converted to the field's own
};

struct Feature
{
    std::vector<QVariant> values;   ///< one per field; a null QVariant where the file has none
    Geometry geometry;              ///< in the map CRS
};

/// Counts of what the reader found wrong and what it did about it.
struct DamageReport
{
    qint64 headerCount = -1;        ///< features the file's header promises
    qint64 read = 0;                ///< features read whole
    qint64 lost = 0;                ///< promised but unreadable (truncated or corrupt records)
    qint64 emptyGeometries = 0;
    qint64 nanGeometries = 0;       ///< coordinates that are not numbers; the geometry is dropped
    qint64 unclosedRings = 0;       ///< closed by the reader
    qint64 invalidRepaired = 0;     ///< self-intersections and the like, repaired (GEOS MakeValid)
    qint64 invalidDropped = 0;      ///< invalid and not safely repairable; the geometry is dropped
    qint64 repairTimedOut = 0;      ///< invalid, and its repair ran out of its time budget; dropped
    qint64 impossibleCoordinates = 0;   ///< coordinates far outside the CRS's area of use; dropped
    qint64 untransformable = 0;     ///< outside what the CRS transformation can handle; dropped
    qint64 lossyText = 0;           ///< values with bytes invalid in the encoding, shown with U+FFFD
    qint64 unmappedValues = 0;      ///< values the manifest's value map does not list, kept as they are
    qint64 matchedValues = 0;       ///< values the value map does not list, matched to a code by the dictionary
};

/// One layer read into memory: attributes decoded to Unicode, geometry reprojected into the map CRS.
struct LayerData
{
    QString name;
    QString role;
    QString path;                   ///< the file (an archive's member as archive/member)
    QString driver;                 ///< GDAL's short name, e.g. "ESRI Shapefile"
    QString geometryType;           ///< "Point", "LineString", "Polygon", "None", ...
    CrsInfo sourceCrs;
    QString crsSource;              ///< "prj", "guessed", "none"
    int mapEpsg = kDefaultMapEpsg;
    EncodingDecision encoding;
    std::vector<FieldInfo> fields;
    std::vector<Feature> features;
    /// With LayerReadOptions::packed, every feature is here instead of in \a features.
    PackedFeatures packed;
    /// With LayerReadOptions::fillColumns, the store's source columns of the parcels (the features
    /// with polygons), filled as they were read; \a packed then holds their geometry alone. Taken
    /// by the store builder (hence not const through a const LayerData).
    std::shared_ptr<SourceColumns> columns;
    QRectF extentLonLat;            ///< x = longitude, y = latitude
    QString defaultKind;            ///< infrastructure: the kind of a feature that names none (the manifest's "kind")
    qint64 labelsJoined = 0;        ///< DXF: text labels given to the polygons they lie in
    int readers = 1;                ///< threads whose features were kept (2: a big shapefile read in halves)
    DamageReport damage;
    QStringList warnings;           ///< human-readable, each naming the file

    /// The features read, packed or not.
    qint64 featureCount() const { return qint64(features.size()) + packed.size(); }
    /// Index of the canonical field \a name, or -1.
    int fieldIndex(const QString &name) const;
    QVariant value(const Feature &feature, const QString &name) const;
};

/// How much of a layer to read.
struct LayerReadOptions
{
    qint64 maxFeatures = -1;   ///< the first features only (a sample to guess a mapping from); -1 for all
    /// A shapefile of this many features or more is read by two threads, each through its own GDAL
    /// handle, with the same result as one; 0 never.
    qint64 splitFrom = 50000;
    /// The features packed (LayerData::packed) in batches as they are read, each batch's Features let
    /// go at once, so that a big layer never holds all its features as Features. Not for DXF
    /// drawings, whose labels are joined to their polygons after the read.
    bool packed = false;
    /// With \a packed, the features' values go straight into the store's source columns
    /// (LayerData::columns) batch by batch, and only their geometry is packed: the attributes of a
    /// batch are let go as soon as it is read. For a dataset's one parcel layer.
    bool fillColumns = false;
};

/// Reads one layer through GDAL. Returns nullptr and fills \a error (one line naming the file, the
/// problem and what to do) when nothing usable can be read; recoverable damage becomes warnings,
/// each with its count. Reports the phase "reading" (features of the layer) to \a feedback and
/// stops, with an error, as soon as it is cancelled.
std::unique_ptr<LayerData> readLayer(const LayerSpec &spec, int mapEpsg, QString *error, Feedback *feedback = nullptr,
                                     const LayerReadOptions &options = {});

/// How many layers this process has read from their source files (a cached open reads none).
qint64 layerReadCount();

} // namespace sez
