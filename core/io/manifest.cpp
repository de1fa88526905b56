// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/manifest.h"

#include "core/geo/crs.h"
#include "core/io/outputguard.h"
#include "core/io/textencoding.h"
#include "core/model/fieldtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

namespace sez {

namespace {

class ManifestMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::DatasetManifest)
};

// Column names of the context layers (the parcels' are in the field table).
const QHash<QString, QString> &wellKnownContextFields()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("NAIMENOV"), QStringLiteral("name")},
        {QStringLiteral("VID"), QStringLiteral("kind")},
    };
    return names;
}

QString resolve(const QDir &base, const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).isAbsolute() ? path : base.absoluteFilePath(path));
}

} // namespace

QString LayerSpec::canonicalField(const QString &sourceField) const
{
    for (const auto &[source, canonical] : fields)
        if (source.compare(sourceField, Qt::CaseInsensitive) == 0)
            return canonical;
    if (const FieldSpec *spec = FieldTable::fromSourceName(sourceField))
        return QString::fromLatin1(spec->name);
    if (auto it = wellKnownContextFields().constFind(sourceField.toUpper()); it != wellKnownContextFields().constEnd())
        return it.value();
    return sourceField.toLower();
}

QStringList knownRoles()
{
    return {QStringLiteral("parcels"), QStringLiteral("zones"), QStringLiteral("sez_boundary"),
            QStringLiteral("city_limits"), QStringLiteral("districts"), QStringLiteral("infrastructure")};
}

QString roleFromFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName().toLower();
    if (base.contains(QStringLiteral("zone")) || base.contains(QStringLiteral("zon")))
        return QStringLiteral("zones");
    if (base.contains(QStringLiteral("sez")) || base.contains(QStringLiteral("boundary")))
        return QStringLiteral("sez_boundary");
    if (base.contains(QStringLiteral("city")) || base.contains(QStringLiteral("limit")))
        return QStringLiteral("city_limits");
    if (base.contains(QStringLiteral("district")))
        return QStringLiteral("districts");
    if (base.contains(QStringLiteral("infra")))
        return QStringLiteral("infrastructure");
    return QStringLiteral("parcels");
}

QString DatasetManifest::resolvePath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ManifestMessages::tr("%1: no such file or directory; give a dataset.json, a directory holding one, "
                                "or a .shp/.gpkg/.geojson file").arg(path);
        return {};
    }
    if (!info.isDir())
        return info.absoluteFilePath();
    const QString manifest = QDir(path).filePath(QStringLiteral("dataset.json"));
    if (!QFileInfo::exists(manifest)) {
        *error = ManifestMessages::tr("%1: the directory has no dataset.json; give the manifest or one layer file").arg(path);
        return {};
    }
    return QFileInfo(manifest).absoluteFilePath();
}

std::unique_ptr<DatasetManifest> DatasetManifest::load(const QString &path, QString *error)
{
    const QString resolved = resolvePath(path, error);
    if (resolved.isEmpty())
        return nullptr;
    const QFileInfo info(resolved);

    auto manifest = std::unique_ptr<DatasetManifest>(new DatasetManifest);
    manifest->mPath = info.absoluteFilePath();
    manifest->mMapEpsg = kDefaultMapEpsg;

    if (info.suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) != 0
        || info.fileName().compare(QStringLiteral("dataset.json"), Qt::CaseInsensitive) != 0) {
        // A bare layer file: one layer, role and fields from well-known names.
        LayerSpec spec;
        spec.name = info.completeBaseName();
        spec.role = roleFromFileName(info.fileName());
        spec.path = info.absoluteFilePath();
        manifest->mName = info.fileName();
        OutputGuard::protectSource(spec.path);
        manifest->mLayers.push_back(std::move(spec));
        return manifest;
    }

    if (!checkRegularFile(info.absoluteFilePath(), error))
        return nullptr;
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
    const QJsonObject root = doc.object();
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
    for (qsizetype i = 0; i < layers.size(); ++i)
        if (!manifest->addLayer(layers.at(i).toObject(), i, base, error))
            return nullptr;
    for (const LayerSpec &layer : manifest->mLayers)
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
    spec.path = resolve(base, spec.path);
    if (!checkRegularFile(spec.path, error))
        return false;
    spec.name = l.value(QStringLiteral("name")).toString(QFileInfo(spec.path).completeBaseName());
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
    // Legitimate (a shared boundary file one folder up), but worth saying: a manifest from elsewhere
    // could otherwise read any file the user can.
    if (base.relativeFilePath(spec.path).startsWith(QLatin1String("../")))
        mWarnings << ManifestMessages::tr("%1: layer '%2' is read from %3, outside the dataset's folder; "
                                          "check that the manifest is the one you meant").arg(manifestPath, spec.name, spec.path);
    mLayers.push_back(std::move(spec));
    return true;
}

} // namespace sez
