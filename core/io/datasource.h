// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace sez {

/// What a path a user gives is. The one place the kinds of input are told apart: a new kind (a
/// PostGIS connection) is one more value here, in kindOf() and in layersOf().
enum class SourceKind {
    Missing,     ///< nothing there
    Manifest,    ///< a dataset.json, or a folder holding one
    Folder,      ///< a folder of layer files without a manifest, searched one level deep
    Archive,     ///< a .zip of layer files, read in place through /vsizip/
    LayerFile,   ///< one file of a vector format (which may hold several layers: GeoPackage, KML, ...)
};

/// One vector layer found in a source.
struct SourceLayer
{
    QString path;         ///< the file (the .zip for an archive's member)
    QString member;       ///< the file inside the archive; empty otherwise
    QString layer;        ///< the layer's name inside a multi-layer file; empty for a single-layer file
    QString name;         ///< a name for it, unique in the source ("parcels", "plan/zones", "plan.gpkg/roads")
};

/// The data a user brings: what kind it is, the vector layers it holds, and where the mapping a
/// user confirmed for it is kept.
class DataSource
{
public:
    static SourceKind kindOf(const QString &path);
    /// Suffixes of the layer files a folder or archive is searched for (lower case, no dot).
    static const QStringList &layerSuffixes();
    /// True for a file name of a vector layer format the reader accepts.
    static bool isLayerFile(const QString &fileName);
    /// True for a file name of a raster format that is only ever imagery (GeoTIFF, JPEG 2000, ERDAS
    /// IMG, ECW); a GeoPackage or PNG may be either and is not guessed to be one.
    static bool isImageryFile(const QString &fileName);
    /// The imagery files (isImageryFile()) directly in the folder \a path, in name order; empty for
    /// anything but a folder.
    static QStringList imageryFilesOf(const QString &path);

    /// The vector layers of \a path in a stable order: every layer of a file, of each layer file of a
    /// folder (and of its sub-folders, one level deep) or of a .zip. Empty (and *error naming the
    /// path) when there are none.
    static std::vector<SourceLayer> layersOf(const QString &path, QString *error);

    /// The manifest that holds the mapping confirmed for the data at \a path, or an empty string:
    /// the one beside it (besideManifestPath()), else the one in the user's config directory keyed
    /// by the data's path.
    static QString confirmedManifest(const QString &path);
    /// Where a confirmed mapping of the data at \a path goes in the user's config directory.
    static QString configManifestPath(const QString &path);
    /// Where it goes beside the data: a folder's dataset.json, or NAME.dataset.json beside the file
    /// NAME (plan.tab.dataset.json), so that the folder does not become a dataset of one file.
    static QString besideManifestPath(const QString &path);
    /// The data a manifest sezview wrote was made for ("source"), absolute; empty for other manifests.
    static QString manifestSource(const QString &manifestPath);
};

} // namespace sez
