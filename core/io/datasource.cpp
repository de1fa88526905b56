// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/datasource.h"

#include "core/geo/gdalhandles_p.h"
#include "core/io/manifest.h"
#include "core/io/textencoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

#include <cpl_string.h>
#include <cpl_vsi.h>

namespace sez {

namespace {

class SourceMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::DataSource)
};

const QString kManifestName = QStringLiteral("dataset.json");

bool isManifestName(const QString &fileName)
{
    return fileName.compare(kManifestName, Qt::CaseInsensitive) == 0
           || fileName.endsWith(QLatin1String(".dataset.json"), Qt::CaseInsensitive);
}

// A manifest under another name (init -o FILE): a small JSON object with a list of layers, which no
// GeoJSON is (it has "type" and "features").
bool looksLikeManifest(const QFileInfo &info)
{
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0 || info.size() > (1 << 20))
        return false;
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isObject() && doc.object().value(QLatin1String("layers")).isArray()
           && !doc.object().contains(QLatin1String("type"));
}

// A zip member's name for people. Without the zip's UTF-8 flag GDAL reads names as CP437, but
// Windows wrote them in its own code page (CP866 for Russian) and Linux tools in UTF-8: the bytes are
// taken back and decided on as any other text is. GDAL's own name still opens the member.
QString readableMemberName(const QString &name)
{
    if (std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return name;
    const QByteArray bytes = encodeText(name, "CP437");
    bool lossy = false;
    if (decodeText(bytes, "CP437", &lossy) != name || lossy)
        return name;   // not a CP437 reading: the zip said UTF-8
    return decodeText(bytes, detectEncoding({bytes}).encoding);
}

// Formats whose files may hold several layers: those are opened to list them.
bool mayHoldSeveralLayers(const QString &suffix)
{
    return suffix == QLatin1String("gpkg") || suffix == QLatin1String("kml") || suffix == QLatin1String("kmz");
}

// A .dbf is a layer of its own only without a .shp of the same name beside it.
bool shadowedDbf(const QString &fileName, const QSet<QString> &namesInFolder)
{
    const QFileInfo info(fileName);
    if (info.suffix().compare(QLatin1String("dbf"), Qt::CaseInsensitive) != 0)
        return false;
    return namesInFolder.contains((info.completeBaseName() + QStringLiteral(".shp")).toLower());
}

// Every layer of one file (GDAL path \a gdalPath), named after \a label.
void addLayersOf(const QString &path, const QString &member, const QString &label, std::vector<SourceLayer> &out)
{
    const QString suffix = QFileInfo(member.isEmpty() ? path : member).suffix().toLower();
    if (!mayHoldSeveralLayers(suffix)) {
        out.push_back({path, member, QString(), label});
        return;
    }
    detail::ensureGdal();
    const QString gdalPath = member.isEmpty() ? path : QStringLiteral("/vsizip/%1/%2").arg(path, member);
    detail::DatasetPtr ds(GDALOpenEx(QFile::encodeName(gdalPath).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    const int count = ds ? GDALDatasetGetLayerCount(ds.get()) : 0;
    if (count <= 1) {
        // One layer, or none: the reader says what is wrong with it.
        out.push_back({path, member, QString(), label});
        return;
    }
    for (int i = 0; i < count; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds.get(), i);
        const QString name = QString::fromUtf8(OGR_L_GetName(layer));
        out.push_back({path, member, name, name});
    }
}

// Names unique within the source: a repeated one gets its file's name.
void makeNamesUnique(std::vector<SourceLayer> &layers)
{
    QSet<QString> seen;
    for (SourceLayer &l : layers) {
        QString name = l.name;
        if (seen.contains(name.toLower()))
            name = QStringLiteral("%1 (%2)").arg(l.name, QFileInfo(l.member.isEmpty() ? l.path : l.member).fileName());
        for (int n = 2; seen.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 %2").arg(l.name).arg(n);
        seen.insert(name.toLower());
        l.name = name;
    }
}

void addFolder(const QDir &dir, const QString &prefix, std::vector<SourceLayer> &out)
{
    const QStringList files = dir.entryList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    QSet<QString> names;
    for (const QString &f : files)
        names.insert(f.toLower());
    for (const QString &f : files)
        if (DataSource::isLayerFile(f) && !shadowedDbf(f, names))
            addLayersOf(dir.absoluteFilePath(f), QString(), prefix + QFileInfo(f).completeBaseName(), out);
}

} // namespace

SourceKind DataSource::kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SourceKind::Missing;
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(kManifestName)) ? SourceKind::Manifest : SourceKind::Folder;
    if (isManifestName(info.fileName()) || looksLikeManifest(info))
        return SourceKind::Manifest;
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return SourceKind::Archive;
    return SourceKind::LayerFile;
}

const QStringList &DataSource::layerSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("tab"), QStringLiteral("mif"),
                                         QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("kml"),
                                         QStringLiteral("kmz"), QStringLiteral("dxf"), QStringLiteral("fgb")};
    return suffixes;
}

bool DataSource::isImageryFile(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("jp2"),
                                         QStringLiteral("img"), QStringLiteral("ecw")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList DataSource::imageryFilesOf(const QString &path)
{
    QStringList files;
    if (!QFileInfo(path).isDir())
        return files;
    const QDir dir(path);
    for (const QString &f : dir.entryList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase))
        if (isImageryFile(f))
            files << dir.absoluteFilePath(f);
    return files;
}

bool DataSource::isLayerFile(const QString &fileName)
{
    const QFileInfo info(fileName);
    return !isManifestName(info.fileName()) && layerSuffixes().contains(info.suffix().toLower());
}

std::vector<SourceLayer> DataSource::layersOf(const QString &path, QString *error)
{
    std::vector<SourceLayer> layers;
    const QFileInfo info(path);
    switch (kindOf(path)) {
    case SourceKind::Missing:
        *error = SourceMessages::tr("%1: no such file or directory").arg(path);
        return {};
    case SourceKind::Manifest:
        *error = SourceMessages::tr("%1: is a dataset manifest, not data").arg(path);
        return {};
    case SourceKind::Folder: {
        const QDir dir(info.absoluteFilePath());
        addFolder(dir, QString(), layers);
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name | QDir::IgnoreCase))
            addFolder(QDir(dir.filePath(sub)), sub + QLatin1Char('/'), layers);
        if (layers.empty())
            *error = SourceMessages::tr("%1: the folder holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, "
                                        "GeoJSON, KML/KMZ, DXF, FlatGeobuf), nor do its sub-folders").arg(path);
        break;
    }
    case SourceKind::Archive: {
        detail::ensureGdal();
        const QString root = QStringLiteral("/vsizip/%1").arg(info.absoluteFilePath());
        char **entries = VSIReadDirRecursive(QFile::encodeName(root).constData());
        QStringList members;
        for (int i = 0; entries && entries[i]; ++i)
            members << QString::fromUtf8(entries[i]);
        CSLDestroy(entries);
        members.sort(Qt::CaseInsensitive);
        QSet<QString> names;
        for (const QString &m : members)
            names.insert(QFileInfo(m).fileName().toLower());
        for (const QString &m : members)
            if (isLayerFile(m) && !m.startsWith(QLatin1String("__MACOSX")) && !shadowedDbf(m, names))
                addLayersOf(info.absoluteFilePath(), m, readableMemberName(QFileInfo(m).completeBaseName()), layers);
        if (layers.empty())
            *error = SourceMessages::tr("%1: the archive holds no layer file (Shapefile, MapInfo TAB or MIF, GeoPackage, "
                                        "GeoJSON, KML/KMZ, DXF, FlatGeobuf), or it is not a readable .zip").arg(path);
        break;
    }
    case SourceKind::LayerFile:
        addLayersOf(info.absoluteFilePath(), QString(), info.completeBaseName(), layers);
        break;
    }
    makeNamesUnique(layers);
    return layers;
}

QString DataSource::configManifestPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.config");
    return QStringLiteral("%1/sezview/datasets/%2-%3.dataset.json").arg(dir, QFileInfo(absolute).fileName(), QString::fromLatin1(hash));
}

QString DataSource::besideManifestPath(const QString &path)
{
    const QFileInfo info(path);
    // A folder's own dataset.json; a file's beside it under its name, so that the folder it is in
    // does not become a dataset of that one file.
    return info.isDir() ? QDir(info.absoluteFilePath()).filePath(kManifestName) : info.absoluteFilePath() + QStringLiteral(".dataset.json");
}

QString DataSource::manifestSource(const QString &manifestPath)
{
    if (!DatasetManifest::isWrittenBySezview(manifestPath))
        return {};
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString source = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("source")).toString();
    if (source.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(manifestPath).absoluteDir().absoluteFilePath(source));
}

QString DataSource::confirmedManifest(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const QString beside = besideManifestPath(path); QFileInfo::exists(beside))
        return beside;
    const QString config = configManifestPath(path);
    return QFileInfo::exists(config) && manifestSource(config) == QDir::cleanPath(absolute) ? config : QString();
}

} // namespace sez
