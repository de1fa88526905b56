// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/exporter.h"

#include "core/io/outputguard.h"
#include "core/geo/crs.h"
#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/geo/planar.h"
#include "core/io/atomicfile.h"
#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>

#include <cpl_error.h>
#include <cpl_string.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace sez {

namespace {

/// The translation context of the exporter's messages.
struct Exporter
{
    Q_DECLARE_TR_FUNCTIONS(sez::Exporter)
};

/// A column of the export: the store's field and the name it is written under.
struct ExportColumn
{
    int index;
    QString name;
};

std::vector<ExportColumn> exportColumns(const ParcelStore &store, const QStringList &names)
{
    std::vector<ExportColumn> columns;
    for (const QString &name : names)
        columns.push_back({store.fieldIndex(name), name});
    return columns;
}

QString csvCell(const QVariant &v)
{
    QString text;
    switch (v.typeId()) {
    case QMetaType::Double: text = QString::number(v.toDouble(), 'g', 15); break;
    case QMetaType::QDate: text = v.toDate().toString(Qt::ISODate); break;
    case QMetaType::Bool: text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
    default: text = v.toString(); break;
    }
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QJsonValue jsonValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: return v.toDouble();
    case QMetaType::LongLong: return v.toLongLong();
    case QMetaType::Bool: return v.toBool();
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QString: return v.toString();
    default: return QJsonValue::Null;
    }
}

QByteArray propertiesJson(const ParcelStore &store, qint64 row, const std::vector<ExportColumn> &columns)
{
    QJsonObject o;
    for (const ExportColumn &c : columns)
        o.insert(c.name, jsonValue(store.value(row, c.index)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void appendCoordinates(QByteArray &out, const Path &ring, bool closeRing)
{
    out += '[';
    auto point = [&](const QPointF &p) {
        out += '[' + QByteArray::number(p.x(), 'f', 7) + ',' + QByteArray::number(p.y(), 'f', 7) + ']';
    };
    for (std::size_t i = 0; i < ring.size(); ++i) {
        if (i)
            out += ',';
        point(ring[i]);
    }
    if (closeRing && !ring.empty()) {
        out += ',';
        point(ring.front());
    }
    out += ']';
}

// RFC 7946: lon/lat on WGS 84, exterior rings counter-clockwise, holes clockwise.
QByteArray geoJsonGeometry(const Geometry &g, const CoordinateTransform &toLonLat)
{
    QByteArray out("{\"type\":\"MultiPolygon\",\"coordinates\":[");
    for (std::size_t p = 0; p < g.polygons.size(); ++p) {
        out += p ? ",[" : "[";
        for (std::size_t r = 0; r < g.polygons[p].rings.size(); ++r) {
            Path ring = g.polygons[p].rings[r];
            toLonLat.transform(ring);
            if ((ringDoubleSignedArea(ring) > 0) != (r == 0))
                std::reverse(ring.begin(), ring.end());
            if (r)
                out += ',';
            appendCoordinates(out, ring, true);
        }
        out += ']';
    }
    return out + "]}";
}

bool writeText(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
               const std::vector<ExportColumn> &columns, QIODevice *device, QString *error)
{
    auto write = [&](const QByteArray &bytes) { return device->write(bytes) == bytes.size(); };
    bool ok = true;
    if (options.format == ExportFormat::Csv) {
        if (options.excelBom)
            ok = write("\xEF\xBB\xBF");
        QStringList header;
        for (const ExportColumn &c : columns)
            header << csvCell(c.name);
        ok = ok && write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
        for (qint64 row : rows) {
            QStringList cells;
            for (const ExportColumn &c : columns)
                cells << csvCell(store.value(row, c.index));
            if (!(ok = ok && write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n")))
                break;
        }
    } else if (options.format == ExportFormat::Json) {
        ok = write("[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i)
            ok = write((i ? ",\n" : "") + propertiesJson(store, rows[i], columns));
        ok = ok && write("\n]\n");
    } else {
        const CoordinateTransform toLonLat(store.mapEpsg(), kWgs84Epsg);
        ok = write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i)
            ok = write((i ? ",\n" : "") + QByteArray("{\"type\":\"Feature\",\"geometry\":")
                       + geoJsonGeometry(store.geometry(rows[i]), toLonLat)
                       + ",\"properties\":" + propertiesJson(store, rows[i], columns) + '}');
        ok = ok && write("\n]}\n");
    }
    if (!ok)
        *error = device->errorString();
    return ok;
}

QString gdalMessage()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? Exporter::tr("GDAL reported no reason") : message;
}

// The first bytes of \a name that fit \a limit without cutting a UTF-8 sequence.
QByteArray utf8Prefix(const QString &name, int limit)
{
    QByteArray bytes = name.toUtf8();
    if (bytes.size() <= limit)
        return bytes;
    int end = limit;
    while (end > 0 && (quint8(bytes[end]) & 0xC0) == 0x80)
        --end;
    return bytes.left(end);
}

// DBF column names hold 10 bytes: the field table's export names, and extra columns' names cut to
// fit and numbered where two would meet.
std::vector<QByteArray> shapefileNames(const ParcelStore &store, const std::vector<ExportColumn> &columns)
{
    std::vector<QByteArray> names;
    auto taken = [&](const QByteArray &n) {
        return std::any_of(names.begin(), names.end(), [&](const QByteArray &o) { return o.compare(n, Qt::CaseInsensitive) == 0; });
    };
    for (const ExportColumn &c : columns) {
        const FieldSpec *spec = store.field(c.index).spec;
        QByteArray name = spec ? QByteArray(spec->exportName) : utf8Prefix(c.name, 10);
        for (int n = 2; taken(name); ++n) {
            const QByteArray suffix = '_' + QByteArray::number(n);
            name = utf8Prefix(QString::fromUtf8(spec ? QByteArray(spec->exportName) : c.name.toUtf8()), 10 - int(suffix.size())) + suffix;
        }
        names.push_back(name);
    }
    return names;
}

OGRFieldType ogrType(const StoreField &field)
{
    switch (field.kind) {
    case FieldKind::Real: return OFTReal;
    case FieldKind::Integer: return field.isExtra() ? OFTInteger64 : OFTInteger;
    case FieldKind::Bool: return OFTInteger;
    case FieldKind::Date: return OFTDate;
    case FieldKind::Text:
    case FieldKind::Coded: break;
    }
    return OFTString;
}

bool createFields(OGRLayerH layer, const ParcelStore &store, const std::vector<ExportColumn> &columns, bool shapefile,
                  const QString &path, QString *error)
{
    const std::vector<QByteArray> shortNames = shapefile ? shapefileNames(store, columns) : std::vector<QByteArray>();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const StoreField &field = store.field(columns[i].index);
        const OGRFieldType type = ogrType(field);
        OGRFieldDefnH defn = OGR_Fld_Create(shapefile ? shortNames[i].constData() : columns[i].name.toUtf8().constData(), type);
        if (shapefile && type == OFTReal && field.spec) {
            // Whole numbers (tenge, metres) get a wide column; the rest keep four decimals.
            const bool whole = field.spec->decimals == 0;
            OGR_Fld_SetWidth(defn, whole ? 20 : 16);
            OGR_Fld_SetPrecision(defn, whole ? 0 : 4);
        }
        if (shapefile && type == OFTString)
            OGR_Fld_SetWidth(defn, 254);
        const OGRErr created = OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (created != OGRERR_NONE) {
            *error = Exporter::tr("%1: cannot create the column %2: %3").arg(path, columns[i].name, gdalMessage());
            return false;
        }
    }
    return true;
}

bool setField(OGRFeatureH feature, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: OGR_F_SetFieldDouble(feature, i, v.toDouble()); break;
    case QMetaType::LongLong: OGR_F_SetFieldInteger64(feature, i, v.toLongLong()); break;
    case QMetaType::Bool: OGR_F_SetFieldInteger(feature, i, v.toBool() ? 1 : 0); break;
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        OGR_F_SetFieldDateTime(feature, i, d.year(), d.month(), d.day(), 0, 0, 0, 0);
        break;
    }
    case QMetaType::QString: OGR_F_SetFieldString(feature, i, v.toString().toUtf8().constData()); break;
    default: OGR_F_SetFieldNull(feature, i); break;
    }
    return true;
}

bool writeFeatures(OGRLayerH layer, const ParcelStore &store, const std::vector<qint64> &rows,
                   const std::vector<ExportColumn> &columns, const QString &path, QString *error)
{
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE) {
        *error = Exporter::tr("%1: cannot start writing: %2").arg(path, gdalMessage());
        return false;
    }
    OGRFeatureDefnH featureDefn = OGR_L_GetLayerDefn(layer);
    for (qint64 row : rows) {
        detail::FeaturePtr feature(OGR_F_Create(featureDefn));
        for (std::size_t i = 0; i < columns.size(); ++i)
            setField(feature.get(), int(i), store.value(row, columns[i].index));
        OGR_F_SetGeometryDirectly(feature.get(), detail::toOgr(store.geometry(row)).release());
        if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE) {
            *error = Exporter::tr("%1: cannot write parcel %2: %3").arg(path, store.value(row, ParcelField::CadastralNumber).toString(), gdalMessage());
            return false;
        }
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE || OGR_L_SyncToDisk(layer) != OGRERR_NONE) {
        *error = Exporter::tr("%1: cannot finish writing: %2").arg(path, gdalMessage());
        return false;
    }
    return true;
}

// Writes the GDAL dataset into \a tempPath. GDAL 3.6's GDALClose() returns nothing, so a failure to
// flush while closing is read from CPLGetLastErrorType().
bool writeGdalDataset(const ParcelStore &store, const std::vector<qint64> &rows, const std::vector<ExportColumn> &columns,
                      bool shapefile, const QString &tempPath, const QString &path, QString *error)
{
    detail::ensureGdal();
    CPLErrorReset();
    GDALDriverH driver = GDALGetDriverByName(shapefile ? "ESRI Shapefile" : "GPKG");
    detail::DatasetPtr ds(driver ? GDALCreate(driver, QFile::encodeName(tempPath).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds) {
        *error = Exporter::tr("%1: cannot create: %2").arg(path, gdalMessage());
        return false;
    }
    detail::SrsPtr srs = detail::srsFromEpsg(store.mapEpsg());
    const char *shpOptions[] = {"ENCODING=UTF-8", nullptr};
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), QFileInfo(path).completeBaseName().toUtf8().constData(), srs.get(),
                                             wkbMultiPolygon, shapefile ? const_cast<char **>(shpOptions) : nullptr);
    if (!layer) {
        *error = Exporter::tr("%1: cannot create the layer: %2").arg(path, gdalMessage());
        return false;
    }
    if (!createFields(layer, store, columns, shapefile, path, error) || !writeFeatures(layer, store, rows, columns, path, error))
        return false;
    CPLErrorReset();
    GDALClose(ds.release());
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
        *error = Exporter::tr("%1: cannot finish writing: %2").arg(path, gdalMessage());
        return false;
    }
    return true;
}

bool renameFile(const QString &from, const QString &to, QString *reason)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *reason = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

// The parts an older shapefile of this name may have, moved aside so none is left beside the new set.
const QStringList &shapefileSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"),
                                         QStringLiteral("cpg"), QStringLiteral("qix"), QStringLiteral("sbn"), QStringLiteral("sbx"),
                                         QStringLiteral("qpj"), QStringLiteral("shp.xml")};
    return suffixes;
}

/// Moves every file of \a written (a folder GDAL wrote into) into \a targetDir, all or none: the
/// files already there under the same names (and an older shapefile's other parts) are moved into
/// \a asideDir first and put back if any move fails. The main file (.shp or .gpkg) is moved last.
/// *\a keepAside is set when a file could not be put back, so that the caller keeps \a asideDir.
bool placeFileSet(const QDir &written, const QDir &asideDir, const QDir &targetDir, const QString &baseName, bool shapefile,
                  const QString &path, bool *keepAside, QString *error)
{
    QStringList parts = written.entryList(QDir::Files, QDir::Name);
    std::stable_partition(parts.begin(), parts.end(), [](const QString &p) {
        return !p.endsWith(QLatin1String(".shp")) && !p.endsWith(QLatin1String(".gpkg"));
    });
    QStringList old;
    if (shapefile)
        for (const QString &suffix : shapefileSuffixes())   // GDAL finds a part in either case
            old << baseName + QLatin1Char('.') + suffix << baseName + QLatin1Char('.') + suffix.toUpper();
    for (const QString &p : parts)
        if (!old.contains(p))
            old << p;
    QStringList movedAside, placed;
    QString reason;
    auto rollBack = [&] {
        for (const QString &p : placed)
            QFile::remove(targetDir.filePath(p));
        for (const QString &p : movedAside) {
            QString ignored;
            if (!renameFile(asideDir.filePath(p), targetDir.filePath(p), &ignored))
                *keepAside = true;
        }
    };
    for (const QString &p : old) {
        const QFileInfo existing(targetDir.filePath(p));
        if (!existing.isFile() || existing.isSymLink())
            continue;
        if (!renameFile(existing.filePath(), asideDir.filePath(p), &reason)) {
            rollBack();
            *error = Exporter::tr("%1: cannot replace %2: %3").arg(path, existing.filePath(), reason);
            return false;
        }
        movedAside << p;
    }
    for (const QString &p : parts) {
        if (!renameFile(written.filePath(p), targetDir.filePath(p), &reason)) {
            rollBack();
            *error = Exporter::tr("%1: cannot move %2 into place: %3; nothing was written").arg(path, p, reason);
            return false;
        }
        placed << p;
    }
    return true;
}

bool writeWithGdal(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const std::vector<ExportColumn> &columns, const QString &path, QString *error)
{
    const bool shapefile = options.format == ExportFormat::Shapefile;
    const QFileInfo target(path);
    // Written in a private folder beside the target (same file system, so the moves are renames).
    QTemporaryDir temp(target.absolutePath() + QStringLiteral("/.sezview-export-XXXXXX"));
    if (!temp.isValid() || !QDir(temp.path()).mkdir(QStringLiteral("new")) || !QDir(temp.path()).mkdir(QStringLiteral("old"))) {
        *error = Exporter::tr("%1: cannot write in %2").arg(path, target.absolutePath());
        return false;
    }
    const QDir written(temp.filePath(QStringLiteral("new")));
    if (!writeGdalDataset(store, rows, columns, shapefile, written.filePath(target.fileName()), path, error))
        return false;
    if (!QFileInfo::exists(written.filePath(target.fileName()))) {
        *error = Exporter::tr("%1: GDAL wrote no file").arg(path);
        return false;
    }
    bool keepAside = false;
    if (placeFileSet(written, QDir(temp.filePath(QStringLiteral("old"))), target.absoluteDir(), target.completeBaseName(),
                     shapefile, path, &keepAside, error))
        return true;
    if (keepAside) {
        // Never lose the user's older files: they stay where they were moved, and the message says so.
        temp.setAutoRemove(false);
        *error += Exporter::tr("; the earlier files are kept in %1").arg(temp.filePath(QStringLiteral("old")));
    }
    return false;
}

} // namespace

bool exportFormatFromName(const QString &name, ExportFormat *format)
{
    static const QHash<QString, ExportFormat> names = {
        {QStringLiteral("csv"), ExportFormat::Csv}, {QStringLiteral("json"), ExportFormat::Json},
        {QStringLiteral("geojson"), ExportFormat::GeoJson}, {QStringLiteral("gpkg"), ExportFormat::GeoPackage},
        {QStringLiteral("shp"), ExportFormat::Shapefile}};
    auto it = names.constFind(name.toLower());
    if (it == names.constEnd())
        return false;
    *format = it.value();
    return true;
}

bool resolveExportFields(const ParcelStore &store, const QStringList &requested, QStringList *fields, QString *error)
{
    fields->clear();
    if (requested.isEmpty()) {
        for (int f = 0; f < store.fieldCount(); ++f)
            if (store.field(f).isExtra() || store.field(f).spec->has(DefaultExport))
                fields->append(store.field(f).name);
        return true;
    }
    for (const QString &raw : requested) {
        const QString f = raw.trimmed();
        const int index = store.fieldIndex(f);
        if (index < 0) {
            QString hint;
            for (int k = 0; k < store.fieldCount() && hint.isEmpty(); ++k)
                if (store.field(k).name.startsWith(f.left(3)))
                    hint = Exporter::tr(" — did you mean '%1'?").arg(store.field(k).name);
            *error = Exporter::tr("unknown field '%1' in --fields%2").arg(f, hint);
            return false;
        }
        if (!fields->contains(store.field(index).name))
            fields->append(store.field(index).name);
    }
    // The cadastral number identifies a parcel: it always comes first.
    const QString cadastral = parcelFieldName(ParcelField::CadastralNumber);
    fields->removeAll(cadastral);
    fields->prepend(cadastral);
    return true;
}

bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   QIODevice *device, QString *error)
{
    QStringList fields;
    if (!resolveExportFields(store, options.fields, &fields, error))
        return false;
    if (options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile) {
        *error = Exporter::tr("GeoPackage and Shapefile are written to a file: give -o FILE");
        return false;
    }
    return writeText(store, rows, options, exportColumns(store, fields), device, error);
}

bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QString &path, QString *error)
{
    QStringList fields;
    if (!resolveExportFields(store, options.fields, &fields, error))
        return false;
    if (!OutputGuard::check(path, error))
        return false;
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = Exporter::tr("%1: the directory %2 does not exist").arg(path, target.absolutePath());
        return false;
    }
    const std::vector<ExportColumn> columns = exportColumns(store, fields);
    if (options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile)
        return writeWithGdal(store, rows, options, columns, path, error);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        return writeText(store, rows, options, columns, &device, reason);
    }, error);
}

} // namespace sez
