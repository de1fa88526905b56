// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QDir;
class QJsonObject;

namespace sez {

class Feedback;

/// One layer of a dataset: where it is, what role it plays and how its columns map to ours.
struct LayerSpec
{
    QString name;                 ///< the dataset's name for it, e.g. "parcels"
    QString role;                 ///< parcels, zones, sez_boundary, city_limits, districts, infrastructure, other, imagery
    QString path;                 ///< absolute path of the file (of the .zip for a member of one)
    QString member;               ///< the layer file inside a .zip archive, read in place; empty otherwise
    QString sourceLayer;          ///< layer inside a multi-layer file (GeoPackage, KML, ...); empty for the first
    QByteArray encoding;          ///< override of the text encoding, empty to decide from the file
    QList<QPair<QString, QString>> fields;              ///< file column -> canonical name, in file order
    QHash<QString, QHash<QString, QString>> values;     ///< canonical field -> file value -> canonical code
    QHash<QString, QString> units;   ///< canonical field -> the unit the file gives it in ("m2"), converted on reading
    QString kind;                 ///< infrastructure: the kind of a feature whose own kind is not given
    /// False when \c fields is the whole mapping (a mapping sezview wrote, or the user confirmed):
    /// other columns then keep their own names instead of being matched by well-known names.
    bool wellKnownNames = true;

    /// The canonical name for a file column: the mapping's, else a well-known name's, else the column's
    /// own name in lower case. \a mapped says whether it is one of the first two.
    QString canonicalField(const QString &sourceField, bool *mapped = nullptr) const;
    /// What GDAL opens: the path, or /vsizip/ with the member.
    QString gdalPath() const;
    /// What messages name: the path, or the archive's path and the member.
    QString displayPath() const;
};

/// A dataset: a dataset.json manifest, resolved to absolute paths, or one guessed for data that came
/// without one (a folder, a layer file of any format land offices use, a .zip; see MappingGuess).
class DatasetManifest
{
public:
    /// Loads \a path: a dataset.json or a directory holding one; else the mapping confirmed for the
    /// data at \a path (DataSource::confirmedManifest); else a mapping guessed from the data
    /// (phase "guessing" on \a feedback).
    static std::unique_ptr<DatasetManifest> load(const QString &path, QString *error, Feedback *feedback = nullptr);
    /// What load() would read for \a path without reading it: a manifest file, or the data itself
    /// when it has none; empty (and *error) when there is nothing.
    static QString resolvePath(const QString &path, QString *error);
    /// A manifest from its parts (a guess); \a path is the data it was made for.
    static std::unique_ptr<DatasetManifest> create(const QString &name, const QString &path, int mapEpsg,
                                                   std::vector<LayerSpec> layers, const QString &mapCrsReason,
                                                   const QStringList &warnings = {}, std::vector<LayerSpec> imagery = {});
    /// The imagery of the data at \a path without guessing its layers: a manifest's imagery(), or
    /// the rasters of a folder that has none (imageryLayersOf()). Empty (and *error) when a manifest
    /// cannot be read.
    static std::vector<LayerSpec> imageryOf(const QString &path, QString *error);
    /// Reads a manifest's JSON; relative paths are resolved against \a manifestPath's folder.
    static std::unique_ptr<DatasetManifest> fromJson(const QJsonObject &root, const QString &manifestPath, QString *error);
    /// The manifest's JSON as sezview writes it (marked "written_by": "sezview"), its paths relative
    /// to \a manifestFolder; \a source names the data it was made for.
    QJsonObject toJson(const QDir &manifestFolder, const QString &source) const;
    /// True for a manifest file sezview wrote (which it may replace); false for anyone else's.
    static bool isWrittenBySezview(const QString &manifestPath);

    /// False and one line naming \a path when it is not a regular file (a device, a FIFO, a socket),
    /// which sezview never opens: reading one may block forever or never end.
    static bool checkRegularFile(const QString &path, QString *error);

    QString name() const { return mName; }
    /// The manifest file, or the data a guessed manifest was made for.
    QString path() const { return mPath; }
    /// The map CRS the manifest names; 0 when it names none and the data decides (chooseMapEpsg).
    int mapEpsg() const { return mMapEpsg; }
    /// Why the map CRS is what it is, for a guessed manifest; empty otherwise.
    QString mapCrsReason() const { return mMapCrsReason; }
    /// True when the mapping was guessed now rather than read from a manifest file.
    bool isGuessed() const { return mGuessed; }
    const std::vector<LayerSpec> &layers() const { return mLayers; }
    /// What is odd but not wrong, e.g. a layer path that leaves the dataset's folder, or a file of a
    /// folder that could not be read and was left out.
    QStringList warnings() const { return mWarnings; }
    /// The layers with the role "imagery": raster files drawn under the map (core/imagery), kept
    /// apart from layers() because they are neither read into the store nor part of its cache.
    const std::vector<LayerSpec> &imagery() const { return mImagery; }

private:
    bool addLayer(const QJsonObject &layer, qsizetype index, const QDir &base, QString *error);

    QString mSource;   ///< the data a manifest sezview wrote was made for; its layers may lie there
    QStringList mWarnings;
    QString mName;
    QString mPath;
    int mMapEpsg = 0;
    QString mMapCrsReason;
    bool mGuessed = false;
    std::vector<LayerSpec> mLayers;
    std::vector<LayerSpec> mImagery;
};

/// The roles of layers read as features; "other" is a layer drawn and listed in the legend, and
/// left out of the statistics.
QStringList featureRoles();
/// The roles a manifest's layer can have: featureRoles() and "imagery", a raster drawn under the map.
QStringList knownRoles();
/// A folder's imagery files (DataSource::imageryFilesOf) as layers of the role "imagery".
std::vector<LayerSpec> imageryLayersOf(const QString &folder);
/// The role a bare file plays, guessed from its name (parcels unless the name says otherwise).
QString roleFromFileName(const QString &fileName);

} // namespace sez
