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

/// One layer of a dataset: where it is, what role it plays and how its columns map to ours.
struct LayerSpec
{
    QString name;                 ///< the dataset's name for it, e.g. "parcels"
    QString role;                 ///< parcels, zones, sez_boundary, city_limits, districts, infrastructure
    QString path;                 ///< absolute path of the file
    QString sourceLayer;          ///< layer inside a multi-layer file (GeoPackage); empty for the first
    QByteArray encoding;          ///< override of the text encoding, empty to decide from the file
    QList<QPair<QString, QString>> fields;              ///< file column -> canonical name, in file order
    QHash<QString, QHash<QString, QString>> values;     ///< canonical field -> file value -> canonical code

    /// The canonical name for a file column: the mapping's, else a well-known name's, else the column's
    /// own name in lower case.
    QString canonicalField(const QString &sourceField) const;
};

/// A dataset: a dataset.json manifest or a bare layer file, resolved to absolute paths.
class DatasetManifest
{
public:
    /// Loads \a path: a dataset.json, a directory holding one, or a bare .shp/.gpkg/.geojson/.dbf.
    static std::unique_ptr<DatasetManifest> load(const QString &path, QString *error);
    /// The file load() would read for \a path (the dataset.json of a directory), without reading
    /// it; empty (and *error) when there is none.
    static QString resolvePath(const QString &path, QString *error);

    /// False and one line naming \a path when it is not a regular file (a device, a FIFO, a socket),
    /// which sezview never opens: reading one may block forever or never end.
    static bool checkRegularFile(const QString &path, QString *error);

    QString name() const { return mName; }
    QString path() const { return mPath; }
    int mapEpsg() const { return mMapEpsg; }
    const std::vector<LayerSpec> &layers() const { return mLayers; }
    /// What is odd but not wrong, e.g. a layer path that leaves the dataset's folder.
    QStringList warnings() const { return mWarnings; }

private:
    bool addLayer(const QJsonObject &layer, qsizetype index, const QDir &base, QString *error);

    QStringList mWarnings;
    QString mName;
    QString mPath;
    int mMapEpsg = 0;
    std::vector<LayerSpec> mLayers;
};

/// The roles a layer can have.
QStringList knownRoles();
/// The role a bare file plays, guessed from its name (parcels unless the name says otherwise).
QString roleFromFileName(const QString &fileName);

} // namespace sez
