// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/layerreader.h"

#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_api.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace sez {

int LayerData::fieldIndex(const QString &fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return int(i);
    return -1;
}

QVariant LayerData::value(const Feature &feature, const QString &fieldName) const
{
    const int i = fieldIndex(fieldName);
    return i < 0 || std::size_t(i) >= feature.values.size() ? QVariant() : feature.values[std::size_t(i)];
}

namespace {

// GDAL reports problems through CPLError; while a layer is read they are gathered here so they
// can be counted and reported with the file's name instead of being printed.
struct ErrorCollector
{
    QStringList messages;
    int count = 0;

    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
        if (!self || level < CE_Warning)
            return;
        ++self->count;
        if (self->messages.size() < 20)
            self->messages.append(QString::fromUtf8(message));
    }
};

class ScopedErrorCollector
{
public:
    explicit ScopedErrorCollector(ErrorCollector *collector) { CPLPushErrorHandlerEx(ErrorCollector::handler, collector); }
    ~ScopedErrorCollector() { CPLPopErrorHandler(); }
    ScopedErrorCollector(const ScopedErrorCollector &) = delete;
    ScopedErrorCollector &operator=(const ScopedErrorCollector &) = delete;
};

QString siblingFile(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    for (const QString &candidate : {QString(base + QLatin1Char('.') + suffix.toLower()), QString(base + QLatin1Char('.') + suffix.toUpper())})
        if (dir.exists(candidate))
            return dir.filePath(candidate);
    return {};
}

// The code page a DBF's language-driver byte names (ESRI's table, the entries seen in practice).
QByteArray encodingFromLdid(int ldid)
{
    switch (ldid) {
    case 0x01: return "CP437";
    case 0x02: return "CP850";
    case 0x03: return "CP1252";
    case 0x26: case 0x65: return "CP866";
    case 0x4D: case 0x7A: return "CP936";
    case 0x4E: case 0x79: return "CP949";
    case 0x4F: case 0x78: return "CP950";
    case 0x57: return {};   // "current ANSI code page": says nothing, so the bytes decide
    case 0x64: return "CP852";
    case 0x66: return "CP865";
    case 0x67: return "CP861";
    case 0x6A: return "CP737";
    case 0x6B: return "CP857";
    case 0x7B: case 0x13: return "CP932";
    case 0x7C: return "CP874";
    case 0xC8: return "CP1250";
    case 0xC9: return "CP1251";
    case 0xCA: return "CP1254";
    case 0xCB: return "CP1253";
    default: return {};
    }
}

int readLdid(const QString &dbfPath)
{
    QFile f(dbfPath);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(32);
    return header.size() >= 30 ? uchar(header.at(29)) : 0;
}

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

bool hasNonFiniteCoordinate(OGRGeometryH g)
{
    const int parts = OGR_G_GetGeometryCount(g);
    if (parts > 0) {
        for (int i = 0; i < parts; ++i)
            if (hasNonFiniteCoordinate(OGR_G_GetGeometryRef(g, i)))
                return true;
        return false;
    }
    for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
        if (!std::isfinite(OGR_G_GetX(g, i)) || !std::isfinite(OGR_G_GetY(g, i)))
            return true;
    return false;
}

int unclosedRingCount(OGRGeometryH g)
{
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbLineString || type == wkbLinearRing || type == wkbPoint)
        return 0;
    int count = 0;
    if (type == wkbPolygon) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
            OGRGeometryH ring = OGR_G_GetGeometryRef(g, i);
            const int n = OGR_G_GetPointCount(ring);
            if (n > 0 && (OGR_G_GetX(ring, 0) != OGR_G_GetX(ring, n - 1) || OGR_G_GetY(ring, 0) != OGR_G_GetY(ring, n - 1)))
                ++count;
        }
        return count;
    }
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        count += unclosedRingCount(OGR_G_GetGeometryRef(g, i));
    return count;
}

// True when a polygon is certainly valid without asking GEOS: one ring of a few vertices, every
// turn clearly to one side and no two edges that are not neighbours coming close to touching.
// Anything less clear (holes, several parts, collinear or repeated vertices, near contacts, long
// rings) returns false and is left to GEOS, so this only ever saves GEOS work on plain parcels.
bool certainlyValidSimplePolygon(OGRGeometryH g)
{
    constexpr int kMaxVertices = 32;
    if (wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPolygon || OGR_G_GetGeometryCount(g) != 1)
        return false;
    OGRGeometryH ring = OGR_G_GetGeometryRef(g, 0);
    const int closed = OGR_G_GetPointCount(ring);
    const int n = closed - 1;
    if (n < 3 || n > kMaxVertices)
        return false;
    double x[kMaxVertices + 1], y[kMaxVertices + 1];
    OGR_G_GetPoints(ring, x, sizeof(double), y, sizeof(double), nullptr, 0);
    if (x[0] != x[n] || y[0] != y[n])
        return false;
    double magnitude = 0;
    for (int i = 0; i < n; ++i)
        magnitude = std::max({magnitude, std::abs(x[i]), std::abs(y[i])});
    // Differences of coordinates are off by up to two units in the last place; a cross product
    // within a generous multiple of that error is treated as zero (and left to GEOS).
    const double ulp = magnitude * 2.3e-16;
    auto side = [&](int a, int b, int c) {
        const double ux = x[b] - x[a], uy = y[b] - y[a], vx = x[c] - x[a], vy = y[c] - y[a];
        const double l1 = std::abs(ux) + std::abs(uy), l2 = std::abs(vx) + std::abs(vy);
        const double cross = ux * vy - uy * vx;
        const double tolerance = 8 * ulp * (l1 + l2) + 1e-12 * l1 * l2;
        return cross > tolerance ? 1 : cross < -tolerance ? -1 : 0;
    };
    for (int i = 0; i < n; ++i)
        if (side(i, i + 1, (i + 2) % n) == 0)
            return false;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue;   // neighbours through the closing vertex
            if (std::max(x[i], x[i + 1]) < std::min(x[j], x[j + 1]) || std::max(x[j], x[j + 1]) < std::min(x[i], x[i + 1])
                || std::max(y[i], y[i + 1]) < std::min(y[j], y[j + 1]) || std::max(y[j], y[j + 1]) < std::min(y[i], y[i + 1]))
                continue;   // their boxes are apart
            const int o1 = side(i, i + 1, j), o2 = side(i, i + 1, j + 1), o3 = side(j, j + 1, i), o4 = side(j, j + 1, i + 1);
            if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0 || (o1 != o2 && o3 != o4))
                return false;
        }
    }
    return true;
}

QString geometryTypeName(OGRwkbGeometryType type)
{
    return QString::fromUtf8(OGRGeometryTypeToName(wkbFlatten(type)));
}

} // namespace

namespace {
std::atomic<qint64> gLayerReads{0};
} // namespace

qint64 layerReadCount()
{
    return gLayerReads.load();
}

std::unique_ptr<LayerData> readLayer(const LayerSpec &spec, int mapEpsg, QString *error)
{
    detail::ensureGdal();
    ++gLayerReads;
    const QString path = spec.path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file; check the path in the dataset manifest").arg(path);
        return nullptr;
    }
    if (!info.isReadable()) {
        *error = QStringLiteral("%1: the file cannot be read (permission denied)").arg(path);
        return nullptr;
    }

    auto layer = std::make_unique<LayerData>();
    layer->name = spec.name;
    layer->role = spec.role;
    layer->path = info.absoluteFilePath();
    layer->mapEpsg = mapEpsg;

    const bool shapefile = isShapefile(path);
    QString openPath = path;
    // GDAL rebuilds a missing .shx next to the .shp, which fails in a read-only directory and must
    // not change the user's files anyway: the shapefile is copied to a private directory for that.
    QTemporaryDir restoreDir;
    if (shapefile && info.suffix().compare(QStringLiteral("shp"), Qt::CaseInsensitive) == 0
        && siblingFile(path, QStringLiteral("shx")).isEmpty()) {
        if (!restoreDir.isValid()) {
            *error = QStringLiteral("%1: the .shx index is missing and no temporary directory is writable to "
                                    "rebuild it; restore the .shx beside the .shp").arg(path);
            return nullptr;
        }
        for (const QString &suffix : {QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg")}) {
            const QString sibling = siblingFile(path, suffix);
            if (!sibling.isEmpty())
                QFile::copy(sibling, restoreDir.filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
        }
        openPath = restoreDir.filePath(info.completeBaseName() + QStringLiteral(".shp"));
        layer->warnings.append(QStringLiteral("%1: the .shx index is missing; it was rebuilt from the .shp "
                                              "(the original files are unchanged)").arg(path));
    }

    ErrorCollector errors;
    ScopedErrorCollector scope(&errors);
    CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", openPath != path ? "YES" : nullptr);
    // Shapefile text is taken as raw bytes so that the encoding is decided here, with the reason.
    const char *shapeOptions[] = {"ENCODING=", nullptr};
    const QByteArray nativePath = QFile::encodeName(openPath);
    detail::DatasetPtr ds(GDALOpenEx(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     shapefile ? shapeOptions : nullptr, nullptr));
    CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
    if (!ds) {
        QString why = errors.messages.isEmpty() ? QStringLiteral("not a readable vector file") : errors.messages.last();
        if (openPath != path)
            why.replace(QFileInfo(openPath).absolutePath(), info.absolutePath());
        *error = QStringLiteral("%1: cannot be opened: %2. Check that it is a whole Shapefile (.shp with its "
                                ".dbf), GeoPackage or GeoJSON file").arg(path, why);
        return nullptr;
    }
    layer->driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get())));

    OGRLayerH ogrLayer = spec.sourceLayer.isEmpty()
                             ? GDALDatasetGetLayer(ds.get(), 0)
                             : GDALDatasetGetLayerByName(ds.get(), spec.sourceLayer.toUtf8().constData());
    if (!ogrLayer) {
        *error = spec.sourceLayer.isEmpty()
                     ? QStringLiteral("%1: the file holds no vector layer").arg(path)
                     : QStringLiteral("%1: there is no layer '%2' in it; check \"layer\" in the manifest").arg(path, spec.sourceLayer);
        return nullptr;
    }

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogrLayer);
    const OGRwkbGeometryType geomType = OGR_FD_GetGeomType(defn);
    layer->geometryType = geometryTypeName(geomType);
    const bool hasGeometry = wkbFlatten(geomType) != wkbNone;

    // --- Fields
    const int fieldCount = OGR_FD_GetFieldCount(defn);
    for (int i = 0; i < fieldCount; ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        FieldInfo field;
        field.sourceName = QString::fromUtf8(OGR_Fld_GetNameRef(fd));
        field.name = spec.canonicalField(field.sourceName);
        switch (OGR_Fld_GetType(fd)) {
        case OFTInteger: case OFTInteger64: field.type = FieldType::Integer; break;
        case OFTReal: field.type = FieldType::Real; break;
        case OFTDate: case OFTDateTime: field.type = FieldType::Date; break;
        default: field.type = FieldType::String; break;
        }
        layer->fields.push_back(field);
    }

    // --- Encoding: override, then .cpg, then the DBF's language driver, then the bytes themselves.
    if (!shapefile) {
        layer->encoding.encoding = "UTF-8";
        layer->encoding.source = EncodingSource::Default;
        layer->encoding.detail = QStringLiteral("%1 stores text as UTF-8").arg(layer->driver);
    }
    if (!spec.encoding.isEmpty()) {
        layer->encoding.encoding = spec.encoding;
        layer->encoding.source = EncodingSource::Override;
        layer->encoding.detail = QStringLiteral("the dataset manifest says %1").arg(QString::fromLatin1(spec.encoding));
    } else if (shapefile) {
        const QString cpgPath = siblingFile(path, QStringLiteral("cpg"));
        QByteArray declared;
        if (!cpgPath.isEmpty()) {
            QFile cpg(cpgPath);
            if (cpg.open(QIODevice::ReadOnly))
                declared = cpg.read(64).trimmed();
            const QByteArray normalized = normalizeEncodingName(declared);
            if (!normalized.isEmpty()) {
                layer->encoding.encoding = normalized;
                layer->encoding.source = EncodingSource::Cpg;
                layer->encoding.detail = QStringLiteral(".cpg says '%1'").arg(QString::fromLatin1(declared));
            } else {
                layer->warnings.append(QStringLiteral("%1: the .cpg names '%2', which is not a known encoding; "
                                                      "the encoding is decided otherwise")
                                           .arg(path, QString::fromLatin1(declared)));
            }
        }
        if (layer->encoding.encoding.isEmpty()) {
            const QString dbfPath = siblingFile(path, QStringLiteral("dbf"));
            const int ldid = dbfPath.isEmpty() ? 0 : readLdid(dbfPath);
            const QByteArray fromLdid = encodingFromLdid(ldid);
            if (!fromLdid.isEmpty()) {
                layer->encoding.encoding = fromLdid;
                layer->encoding.source = EncodingSource::LanguageDriver;
                layer->encoding.detail = QStringLiteral("the DBF language driver byte is %1").arg(ldid);
            }
        }
    }

    // --- CRS
    CrsInfo mapCrs = crsFromEpsg(mapEpsg);
    std::unique_ptr<CoordinateTransform> toMap;
    if (hasGeometry) {
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(ogrLayer);
        if (srs) {
            char *wkt = nullptr;
            const char *options[] = {"FORMAT=WKT2_2019", nullptr};
            OSRExportToWktEx(srs, &wkt, options);
            layer->sourceCrs = crsFromWkt(QByteArray(wkt ? wkt : ""));
            CPLFree(wkt);
            layer->crsSource = QStringLiteral("prj");
        }
        if (!layer->sourceCrs.isValid()) {
            OGREnvelope env;
            const int guessed = OGR_L_GetExtent(ogrLayer, &env, TRUE) == OGRERR_NONE
                                    ? guessEpsgFromExtent(env.MinX, env.MinY, env.MaxX, env.MaxY) : 0;
            if (guessed == 0) {
                *error = QStringLiteral("%1: the coordinate system is unknown (no .prj) and the coordinates fit none "
                                        "the project knows; add the .prj, or set the layer's CRS").arg(path);
                return nullptr;
            }
            layer->sourceCrs = crsFromEpsg(guessed);
            layer->crsSource = QStringLiteral("guessed");
            layer->warnings.append(QStringLiteral("%1: no .prj; the coordinates fit EPSG:%2 (%3), which is assumed")
                                       .arg(path).arg(guessed).arg(layer->sourceCrs.name));
        }
        toMap = std::make_unique<CoordinateTransform>(layer->sourceCrs, mapCrs);
        if (!toMap->isValid()) {
            *error = QStringLiteral("%1: no transformation from %2 to the map CRS EPSG:%3: %4")
                         .arg(path, layer->sourceCrs.name).arg(mapEpsg).arg(toMap->errorString());
            return nullptr;
        }
        OGREnvelope env;
        if (OGR_L_GetExtent(ogrLayer, &env, TRUE) == OGRERR_NONE) {
            detail::SrsPtr src(OSRClone(srs ? srs : detail::srsFromEpsg(layer->sourceCrs.epsg).get()));
            OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
            detail::SrsPtr wgs84 = detail::srsFromEpsg(kWgs84Epsg);
            detail::TransformPtr toLonLat(OCTNewCoordinateTransformation(src.get(), wgs84.get()));
            double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            if (toLonLat && OCTTransformBounds(toLonLat.get(), env.MinX, env.MinY, env.MaxX, env.MaxY, &x0, &y0, &x1, &y1, 21))
                layer->extentLonLat = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        }
    } else {
        layer->crsSource = QStringLiteral("none");
    }

    // --- Features
    layer->damage.headerCount = OGR_L_GetFeatureCount(ogrLayer, FALSE);
    std::vector<std::vector<QByteArray>> rawText;   // kept only until the encoding is decided
    const bool decideLater = layer->encoding.encoding.isEmpty();
    QHash<int, const QHash<QString, QString> *> valueMaps;
    for (int i = 0; i < fieldCount; ++i)
        if (auto it = spec.values.constFind(layer->fields[std::size_t(i)].name); it != spec.values.constEnd())
            valueMaps.insert(i, &it.value());

    // Text decoded and mapped to canonical codes; where the encoding is known (a .cpg, the language
    // driver, the manifest) as it is read, else once it has been decided from the bytes.
    auto decodeValue = [&](const QByteArray &bytes, int field) {
        bool lossy = false;
        QString text = decodeText(bytes, layer->encoding.encoding, &lossy).trimmed();
        if (lossy)
            ++layer->damage.lossyText;
        if (const auto *map = valueMaps.value(field)) {
            if (auto it = map->constFind(text); it != map->constEnd())
                text = it.value();
            else if (!text.isEmpty())
                ++layer->damage.unmappedValues;
        }
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    OGR_L_ResetReading(ogrLayer);
    if (layer->damage.headerCount > 0)
        layer->features.reserve(std::size_t(layer->damage.headerCount));
    int errorsBefore = errors.count;
    while (true) {
        detail::FeaturePtr f(OGR_L_GetNextFeature(ogrLayer));
        if (!f) {
            if (errors.count > errorsBefore)
                ++layer->damage.lost;   // a record GDAL gave up on; the reading stops there
            break;
        }
        const bool damagedRecord = errors.count > errorsBefore;
        errorsBefore = errors.count;

        Feature feature;
        feature.values.resize(std::size_t(fieldCount));
        std::vector<QByteArray> texts;
        for (int i = 0; i < fieldCount; ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(f.get(), i))
                continue;
            QVariant &v = feature.values[std::size_t(i)];
            switch (layer->fields[std::size_t(i)].type) {
            case FieldType::Integer: v = qint64(OGR_F_GetFieldAsInteger64(f.get(), i)); break;
            case FieldType::Real: v = OGR_F_GetFieldAsDouble(f.get(), i); break;
            case FieldType::Date: {
                int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
                float ss = 0;
                if (OGR_F_GetFieldAsDateTimeEx(f.get(), i, &y, &m, &d, &hh, &mm, &ss, &tz) && QDate(y, m, d).isValid())
                    v = QDate(y, m, d);
                break;
            }
            case FieldType::String: {
                const QByteArray bytes(OGR_F_GetFieldAsString(f.get(), i));
                if (decideLater) {
                    texts.push_back(bytes);
                    v = bytes;   // decoded below, once the layer's encoding is known
                } else {
                    v = decodeValue(bytes, i);
                }
                break;
            }
            }
        }
        if (decideLater && rawText.size() < 5000)
            rawText.push_back(std::move(texts));

        if (hasGeometry) {
            OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
            if (!g || OGR_G_IsEmpty(g)) {
                if (damagedRecord)
                    ++layer->damage.lost;
                else
                    ++layer->damage.emptyGeometries;
            } else if (hasNonFiniteCoordinate(g)) {
                ++layer->damage.nanGeometries;
            } else {
                detail::GeometryPtr owned(OGR_F_StealGeometry(f.get()));
                const int unclosed = unclosedRingCount(owned.get());
                if (unclosed > 0) {
                    ++layer->damage.unclosedRings;
                    OGR_G_CloseRings(owned.get());
                }
                const auto flat = wkbFlatten(OGR_G_GetGeometryType(owned.get()));
                const bool polygonal = flat == wkbPolygon || flat == wkbMultiPolygon;
                if (polygonal && !certainlyValidSimplePolygon(owned.get()) && !OGR_G_IsValid(owned.get())) {
                    detail::GeometryPtr repaired(OGR_G_MakeValid(owned.get()));
                    if (repaired && OGR_G_IsValid(repaired.get()) && !OGR_G_IsEmpty(repaired.get())) {
                        // MakeValid may return a collection with stray lines; keep the polygonal part.
                        detail::GeometryPtr polygons(OGR_G_ForceToMultiPolygon(repaired.release()));
                        owned = std::move(polygons);
                        ++layer->damage.invalidRepaired;
                    } else {
                        owned.reset();
                        ++layer->damage.invalidDropped;
                    }
                }
                if (owned) {
                    Geometry geometry;
                    detail::appendOgr(owned.get(), geometry);
                    bool ok = true;
                    for (auto &p : geometry.points) ok &= toMap->transform(p);
                    for (auto &l : geometry.lines) ok &= toMap->transform(l) == 0;
                    for (auto &poly : geometry.polygons)
                        for (auto &ring : poly.rings) ok &= toMap->transform(ring) == 0;
                    if (ok) {
                        feature.geometry = std::move(geometry);
                    } else {
                        ++layer->damage.untransformable;
                    }
                }
            }
        }
        layer->features.push_back(std::move(feature));
    }
    layer->damage.read = qint64(layer->features.size());
    if (layer->damage.headerCount >= 0 && layer->damage.read + layer->damage.lost < layer->damage.headerCount)
        layer->damage.lost = layer->damage.headerCount - layer->damage.read;

    if (decideLater) {
        std::vector<QByteArray> samples;
        for (auto &row : rawText)
            for (auto &s : row)
                samples.push_back(std::move(s));
        layer->encoding = detectEncoding(samples);
    }

    // --- Decode the text kept as bytes until the encoding was decided.
    if (decideLater) {
        for (Feature &feature : layer->features) {
            for (int i = 0; i < fieldCount; ++i) {
                QVariant &v = feature.values[std::size_t(i)];
                if (layer->fields[std::size_t(i)].type == FieldType::String && v.isValid())
                    v = decodeValue(v.toByteArray(), i);
            }
        }
    }
    const QByteArray encoding = layer->encoding.encoding;

    // --- Report what was found.
    const DamageReport &d = layer->damage;
    if (d.lost > 0)
        layer->warnings.append(QStringLiteral("%1: %2 of %3 features could not be read (the file is truncated or "
                                              "corrupt); the %4 whole ones were read")
                                   .arg(path).arg(d.lost).arg(d.headerCount).arg(d.read));
    auto count = [&](qint64 n, const QString &what) {
        if (n > 0)
            layer->warnings.append(QStringLiteral("%1: %2 %3").arg(path).arg(n).arg(what));
    };
    if (hasGeometry)
        count(d.emptyGeometries, QStringLiteral("features have no geometry"));
    count(d.nanGeometries, QStringLiteral("geometries have coordinates that are not numbers and were dropped"));
    count(d.unclosedRings, QStringLiteral("geometries had unclosed rings, which were closed"));
    count(d.invalidRepaired, QStringLiteral("invalid geometries (e.g. self-intersections) were repaired"));
    count(d.invalidDropped, QStringLiteral("invalid geometries could not be repaired and were dropped"));
    count(d.untransformable, QStringLiteral("geometries could not be transformed into the map CRS and were dropped"));
    count(d.lossyText, QStringLiteral("text values have bytes that are not valid %1; they show as \uFFFD")
                           .arg(QString::fromLatin1(encoding)));
    count(d.unmappedValues, QStringLiteral("values are not in the manifest's value map and are kept as they are"));
    if (errors.count > 0 && d.lost == 0 && layer->warnings.isEmpty())
        layer->warnings.append(QStringLiteral("%1: GDAL reported: %2").arg(path, errors.messages.join(QStringLiteral("; "))));
    return layer;
}

} // namespace sez
