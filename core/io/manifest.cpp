// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/manifest.h"

#include "core/geo/crs.h"
#include "core/io/datasource.h"
#include "core/io/mappingguess.h"
#include "core/io/outputguard.h"
#include "core/io/postgissource.h"
#include "core/io/textencoding.h"
#include "core/model/fieldtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

#include <sys/stat.h>

namespace sez {

namespace {

class ManifestMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::DatasetManifest)
};

const QString kWrittenBy = QStringLiteral("written_by");
const QString kSezview = QStringLiteral("sezview");

// Not QFileInfo::isAbsolute nor QDir::absoluteFilePath: they take ":name" for one of Qt's resources,
// and a manifest lists files ("…/:parcels.shp" is a file of the folder).
QString resolve(const QDir &base, const QString &path)
{
    const bool absolute = std::filesystem::path(path.toStdU16String()).is_absolute();
    return QDir::cleanPath(absolute ? path : base.absolutePath() + QLatin1Char('/') + path);
}

// "units": {"area_ha": "m2"}: each a unit the field table knows for that field.
bool readUnits(const QJsonObject &layer, LayerSpec &spec, const QString &manifestPath, QString *error)
{
    const QJsonObject units = layer.value(QStringLiteral("units")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        const FieldUnit unit = FieldTable::unitOf(spec.role, it.key());
        if (unit == FieldUnit::None || !FieldTable::sourceUnit(unit, it.value().toString())) {
            QStringList known;
            for (const SourceUnit &u : FieldTable::sourceUnits(unit))
                known << QString::fromLatin1(u.name);
            *error = known.isEmpty()
                         ? ManifestMessages::tr("%1: layer '%2' gives a unit for '%3', which has none").arg(manifestPath, spec.name, it.key())
                         : ManifestMessages::tr("%1: layer '%2' gives '%3' the unknown unit '%4'; use one of %5")
                               .arg(manifestPath, spec.name, it.key(), it.value().toString(), known.join(QStringLiteral(", ")));
            return false;
        }
        spec.units.insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace

QString LayerSpec::canonicalField(const QString &sourceField, bool *mapped) const
{
    if (mapped)
        *mapped = true;
    for (const auto &[source, canonical] : fields)
        if (source.compare(sourceField, Qt::CaseInsensitive) == 0)
            return canonical;
    if (wellKnownNames) {
        // The parcels' names are the field table's; the other layers' its context fields'.
        if (role == QLatin1String("parcels")) {
            if (const FieldSpec *spec = FieldTable::fromSourceName(sourceField); spec && spec->fromSource())
                return QString::fromLatin1(spec->name);
        } else if (const ContextFieldSpec *spec = FieldTable::contextFromSourceName(sourceField)) {
            return QString::fromLatin1(spec->name);
        }
    }
    if (mapped)
        *mapped = false;
    return sourceField.toLower();
}

QString LayerSpec::gdalPath() const
{
    return member.isEmpty() ? path : QStringLiteral("/vsizip/%1/%2").arg(path, member);
}

QString LayerSpec::displayPath() const
{
    return member.isEmpty() ? path : QStringLiteral("%1/%2").arg(path, member);
}

QStringList featureRoles()
{
    return {QStringLiteral("parcels"), QStringLiteral("zones"), QStringLiteral("sez_boundary"),
            QStringLiteral("city_limits"), QStringLiteral("districts"), QStringLiteral("infrastructure"),
            QStringLiteral("other")};
}

QStringList knownRoles()
{
    return featureRoles() << QStringLiteral("imagery");
}

std::vector<LayerSpec> imageryLayersOf(const QString &folder)
{
    std::vector<LayerSpec> layers;
    for (const QString &file : DataSource::imageryFilesOf(folder)) {
        LayerSpec spec;
        spec.path = file;
        spec.name = QFileInfo(file).completeBaseName();
        spec.role = QStringLiteral("imagery");
        layers.push_back(std::move(spec));
    }
    return layers;
}

QString roleFromFileName(const QString &fileName)
{
    if (DataSource::isImageryFile(fileName))
        return QStringLiteral("imagery");
    const QString role = MappingGuess::roleFromName(QFileInfo(fileName).completeBaseName());
    return role.isEmpty() ? QStringLiteral("parcels") : role;
}

QString DatasetManifest::resolvePath(const QString &path, QString *error)
{
    if (PostgisSource::isConnection(path))
        return path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ManifestMessages::tr("%1: no such file or directory; give a folder, a layer file (Shapefile, MapInfo "
                                      "TAB or MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf), a .zip of them "
                                      "or a dataset.json").arg(path);
        return {};
    }
    if (DataSource::kindOf(path) == SourceKind::Manifest)
        return info.isDir() ? QFileInfo(QDir(path).filePath(QStringLiteral("dataset.json"))).absoluteFilePath() : info.absoluteFilePath();
    const QString confirmed = DataSource::confirmedManifest(path);
    return confirmed.isEmpty() ? info.absoluteFilePath() : confirmed;
}

std::unique_ptr<DatasetManifest> DatasetManifest::create(const QString &name, const QString &path, int mapEpsg,
                                                         std::vector<LayerSpec> layers, const QString &mapCrsReason,
                                                         const QStringList &warnings, std::vector<LayerSpec> imagery)
{
    auto manifest = std::unique_ptr<DatasetManifest>(new DatasetManifest);
    manifest->mName = name;
    manifest->mPath = QFileInfo(path).absoluteFilePath();
    manifest->mMapEpsg = mapEpsg;
    manifest->mMapCrsReason = mapCrsReason;
    manifest->mGuessed = true;
    manifest->mLayers = std::move(layers);
    manifest->mImagery = std::move(imagery);
    manifest->mWarnings = warnings;
    return manifest;
}

std::unique_ptr<DatasetManifest> DatasetManifest::load(const QString &path, QString *error, Feedback *feedback)
{
    const QString resolved = resolvePath(path, error);
    if (resolved.isEmpty())
        return nullptr;
    const QFileInfo info(resolved);
    if (PostgisSource::isConnection(resolved)) {
        // A PostGIS database: its tables, by the roles their names say.
        auto manifest = std::unique_ptr<DatasetManifest>(new DatasetManifest);
        manifest->mPath = resolved;
        manifest->mMapEpsg = kDefaultMapEpsg;
        manifest->mName = PostgisSource::displayName(resolved);
        return PostgisSource::layers(resolved, &manifest->mLayers, error) ? std::move(manifest) : nullptr;
    }
    if (!checkRegularFile(info.absoluteFilePath(), error))
        return nullptr;
    if (DataSource::kindOf(resolved) != SourceKind::Manifest) {
        auto guess = MappingGuess::guess(resolved, error, feedback);
        if (!guess)
            return nullptr;
        auto manifest = guess->manifest();
        for (const LayerSpec &layer : manifest->layers())
            OutputGuard::protectSource(layer.path);
        for (const LayerSpec &layer : manifest->imagery())
            OutputGuard::protectSource(layer.path);
        return manifest;
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ManifestMessages::tr("%1: cannot read: %2").arg(info.absoluteFilePath(), file.errorString());
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ManifestMessages::tr("%1: not a valid dataset manifest: %2 at byte %3; fix the JSON")
                     .arg(info.absoluteFilePath(), parseError.errorString())
                     .arg(parseError.offset);
        return nullptr;
    }
    return fromJson(doc.object(), info.absoluteFilePath(), error);
}

std::vector<LayerSpec> DatasetManifest::imageryOf(const QString &path, QString *error)
{
    const QString resolved = resolvePath(path, error);
    if (resolved.isEmpty())
        return {};
    if (DataSource::kindOf(resolved) == SourceKind::Manifest) {
        auto manifest = load(resolved, error);
        return manifest ? manifest->imagery() : std::vector<LayerSpec>{};
    }
    std::vector<LayerSpec> layers = imageryLayersOf(resolved);
    for (const LayerSpec &layer : layers)
        OutputGuard::protectSource(layer.path);
    return layers;
}

std::unique_ptr<DatasetManifest> DatasetManifest::fromJson(const QJsonObject &root, const QString &manifestPath, QString *error)
{
    const QFileInfo info(manifestPath);
    auto manifest = std::unique_ptr<DatasetManifest>(new DatasetManifest);
    manifest->mPath = info.absoluteFilePath();
    const QDir base = info.absoluteDir();
    manifest->mName = root.value(QStringLiteral("name")).toString(base.dirName());
    const QString mapCrs = root.value(QStringLiteral("map_crs")).toString();
    if (!mapCrs.isEmpty()) {
        bool ok = false;
        const int epsg = QString(mapCrs).remove(QStringLiteral("EPSG:"), Qt::CaseInsensitive).toInt(&ok);
        if (!ok || !crsFromEpsg(epsg).isValid()) {
            *error = ManifestMessages::tr("%1: map_crs '%2' is not an EPSG code PROJ knows; use e.g. \"EPSG:32643\"")
                         .arg(info.absoluteFilePath(), mapCrs);
            return nullptr;
        }
        manifest->mMapEpsg = epsg;
    }
    const QJsonArray layers = root.value(QStringLiteral("layers")).toArray();
    if (layers.isEmpty()) {
        *error = ManifestMessages::tr("%1: the manifest lists no layers; add a \"layers\" array").arg(info.absoluteFilePath());
        return nullptr;
    }
    // A manifest sezview wrote for data elsewhere (init -o FILE, the user's config directory) reads
    // that data: no warning for it.
    if (root.value(kWrittenBy).toString() == kSezview && !root.value(QStringLiteral("source")).toString().isEmpty())
        manifest->mSource = resolve(base, root.value(QStringLiteral("source")).toString());
    for (qsizetype i = 0; i < layers.size(); ++i)
        if (!manifest->addLayer(layers.at(i).toObject(), i, base, error))
            return nullptr;
    for (const LayerSpec &layer : manifest->mLayers)
        OutputGuard::protectSource(layer.path);
    for (const LayerSpec &layer : manifest->mImagery)
        OutputGuard::protectSource(layer.path);
    OutputGuard::protectSource(manifest->mPath);
    return manifest;
}

bool DatasetManifest::checkRegularFile(const QString &path, QString *error)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        *error = ManifestMessages::tr("%1: not a regular file (a device, a pipe or a socket); sezview reads only files. "
                                      "Check the path").arg(path);
        return false;
    }
    return true;
}

bool DatasetManifest::addLayer(const QJsonObject &l, qsizetype i, const QDir &base, QString *error)
{
    const QString &manifestPath = mPath;
    const QStringList roles = knownRoles();
    LayerSpec spec;
    spec.path = l.value(QStringLiteral("path")).toString();
    if (spec.path.isEmpty()) {
        *error = ManifestMessages::tr("%1: layer %2 has no \"path\"").arg(manifestPath).arg(i + 1);
        return false;
    }
    // A table of a PostGIS database: "layer" names it.
    if (!PostgisSource::isConnection(spec.path)) {
        spec.path = resolve(base, spec.path);
        if (!checkRegularFile(spec.path, error))
            return false;
    }
    spec.member = l.value(QStringLiteral("member")).toString();
    spec.name = l.value(QStringLiteral("name")).toString(QFileInfo(spec.member.isEmpty() ? spec.path : spec.member).completeBaseName());
    spec.role = l.value(QStringLiteral("role")).toString(roleFromFileName(spec.path));
    if (!roles.contains(spec.role)) {
        *error = ManifestMessages::tr("%1: layer '%2' has the unknown role '%3'; use one of %4")
                     .arg(manifestPath, spec.name, spec.role, roles.join(QStringLiteral(", ")));
        return false;
    }
    spec.sourceLayer = l.value(QStringLiteral("layer")).toString();
    const QString encoding = l.value(QStringLiteral("encoding")).toString();
    if (!encoding.isEmpty()) {
        spec.encoding = normalizeEncodingName(encoding.toLatin1());
        if (spec.encoding.isEmpty()) {
            *error = ManifestMessages::tr("%1: layer '%2' names the unknown encoding '%3'; use e.g. UTF-8, CP1251, "
                                    "CP866 or RK1048")
                         .arg(manifestPath, spec.name, encoding);
            return false;
        }
    }
    const QJsonObject fields = l.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        spec.fields.append({it.key(), it.value().toString()});
    const QJsonObject values = l.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        QHash<QString, QString> map;
        const QJsonObject m = it.value().toObject();
        for (auto v = m.begin(); v != m.end(); ++v)
            map.insert(v.key(), v.value().toString());
        spec.values.insert(it.key(), map);
    }
    if (!readUnits(l, spec, manifestPath, error))
        return false;
    spec.kind = l.value(QStringLiteral("kind")).toString();
    spec.wellKnownNames = l.value(QStringLiteral("well_known_names")).toBool(true);
    // Legitimate (a shared boundary file one folder up), but worth saying: a manifest from elsewhere
    // could otherwise read any file the user can.
    const bool ofSource = !mSource.isEmpty() && (spec.path == mSource || spec.path.startsWith(mSource + QLatin1Char('/')));
    if (base.relativeFilePath(spec.path).startsWith(QLatin1String("../")) && !ofSource)
        mWarnings << ManifestMessages::tr("%1: layer '%2' is read from %3, outside the dataset's folder; "
                                          "check that the manifest is the one you meant").arg(manifestPath, spec.name, spec.path);
    if (spec.role == QLatin1String("imagery"))   // a raster drawn under the map, never read as features
        mImagery.push_back(std::move(spec));
    else
        mLayers.push_back(std::move(spec));
    return true;
}

QJsonObject DatasetManifest::toJson(const QDir &manifestFolder, const QString &source) const
{
    auto relative = [&manifestFolder](const QString &path) {
        const QString rel = manifestFolder.relativeFilePath(path);
        // Beside or below the manifest: relative, so the folder can move; elsewhere: absolute.
        return rel.startsWith(QLatin1String("../")) ? QFileInfo(path).absoluteFilePath() : rel;
    };
    QJsonArray layers;
    for (const LayerSpec &spec : mLayers) {
        QJsonObject l{{QStringLiteral("name"), spec.name}, {QStringLiteral("role"), spec.role}, {QStringLiteral("path"), relative(spec.path)}};
        if (!spec.member.isEmpty())
            l.insert(QStringLiteral("member"), spec.member);
        if (!spec.sourceLayer.isEmpty())
            l.insert(QStringLiteral("layer"), spec.sourceLayer);
        if (!spec.encoding.isEmpty())
            l.insert(QStringLiteral("encoding"), QString::fromLatin1(spec.encoding));
        if (!spec.kind.isEmpty())
            l.insert(QStringLiteral("kind"), spec.kind);
        l.insert(QStringLiteral("well_known_names"), spec.wellKnownNames);
        QJsonObject fields;
        for (const auto &[column, canonical] : spec.fields)
            fields.insert(column, canonical);
        l.insert(QStringLiteral("fields"), fields);
        QJsonObject units;
        for (auto it = spec.units.begin(); it != spec.units.end(); ++it)
            units.insert(it.key(), it.value());
        if (!units.isEmpty())
            l.insert(QStringLiteral("units"), units);
        QJsonObject values;
        for (auto it = spec.values.begin(); it != spec.values.end(); ++it) {
            QJsonObject map;
            for (auto v = it->begin(); v != it->end(); ++v)
                map.insert(v.key(), v.value());
            values.insert(it.key(), map);
        }
        if (!values.isEmpty())
            l.insert(QStringLiteral("values"), values);
        layers.append(l);
    }
    for (const LayerSpec &spec : mImagery)
        layers.append(QJsonObject{{QStringLiteral("name"), spec.name}, {QStringLiteral("role"), spec.role},
                                  {QStringLiteral("path"), relative(spec.path)}});
    QJsonObject root{{QStringLiteral("name"), mName}, {kWrittenBy, kSezview}, {QStringLiteral("source"), relative(source)},
                     {QStringLiteral("layers"), layers}};
    if (mMapEpsg > 0)
        root.insert(QStringLiteral("map_crs"), QStringLiteral("EPSG:%1").arg(mMapEpsg));
    return root;
}

bool DatasetManifest::isWrittenBySezview(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > (16 << 20))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isObject() && doc.object().value(kWrittenBy).toString() == kSezview;
}

} // namespace sez
