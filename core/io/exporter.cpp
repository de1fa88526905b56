// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/exporter.h"

#include "core/io/outputguard.h"
#include "core/geo/crs.h"
#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/geo/planar.h"
#include "core/io/atomicfile.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/model/statistics.h"

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

// The columns' names: canonical, or the labels with their units; a label two columns would share
// (an extra column named like one) is numbered.
std::vector<ExportColumn> exportColumns(const ParcelStore &store, const QStringList &names, bool labels)
{
    std::vector<ExportColumn> columns;
    QStringList taken;
    for (const QString &name : names) {
        const int index = store.fieldIndex(name);
        QString header = labels ? store.field(index).header() : name;
        for (int n = 2; labels && taken.contains(header, Qt::CaseInsensitive); ++n)
            header = QStringLiteral("%1 (%2)").arg(store.field(index).header()).arg(n);
        taken << header;
        columns.push_back({index, header});
    }
    return columns;
}

// A value as exported: real numbers rounded to the field table's decimals (what the source gives,
// not a float's noise), coded values in words when asked.
QVariant exportValue(const ParcelStore &store, qint64 row, int index, bool valueLabels)
{
    const QVariant v = store.value(row, index);
    const FieldSpec *spec = store.field(index).spec;
    if (!spec || v.isNull() || !v.isValid())
        return v;
    if (v.typeId() == QMetaType::Double) {
        const double scale = std::pow(10.0, spec->decimals);
        return std::round(v.toDouble() * scale) / scale;
    }
    if (valueLabels && !spec->codes.empty()) {
        const QString code = v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
        return code.isEmpty() ? v : QVariant(HumanLabels::value(spec->id, code));
    }
    return v;
}

/// How one CSV cell is written.
struct CsvFormat
{
    QChar separator = QLatin1Char(',');
    bool decimalComma = false;
};

QString csvCell(const QVariant &v, int decimals, const CsvFormat &format)
{
    QString text;
    switch (v.typeId()) {
    case QMetaType::Double:
        text = decimals >= 0 ? QString::number(v.toDouble(), 'f', decimals) : QString::number(v.toDouble(), 'g', 15);
        if (format.decimalComma)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        break;
    case QMetaType::QDate: text = v.toDate().toString(Qt::ISODate); break;
    case QMetaType::Bool: text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
    default: text = v.toString(); break;
    }
    if (text.contains(QLatin1Char('"')) || text.contains(format.separator) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
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

QByteArray propertiesJson(const ParcelStore &store, qint64 row, const std::vector<ExportColumn> &columns, bool valueLabels)
{
    QJsonObject o;
    for (const ExportColumn &c : columns)
        o.insert(c.name, jsonValue(exportValue(store, row, c.index, valueLabels)));
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
        const bool excelRu = options.csvDialect == CsvDialect::ExcelRu;
        const CsvFormat format{excelRu ? QLatin1Char(';') : QLatin1Char(','), excelRu};
        if (options.excelBom || excelRu)
            ok = write("\xEF\xBB\xBF");
        std::vector<int> decimals;
        QStringList header;
        for (const ExportColumn &c : columns) {
            header << csvCell(c.name, -1, format);
            const FieldSpec *spec = store.field(c.index).spec;
            decimals.push_back(spec ? spec->decimals : -1);
        }
        ok = ok && write(header.join(format.separator).toUtf8() + "\r\n");
        for (qint64 row : rows) {
            QStringList cells;
            for (std::size_t i = 0; i < columns.size(); ++i)
                cells << csvCell(exportValue(store, row, columns[i].index, options.valueLabels), decimals[i], format);
            if (!(ok = ok && write(cells.join(format.separator).toUtf8() + "\r\n")))
                break;
        }
    } else if (options.format == ExportFormat::Json) {
        ok = write("[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i)
            ok = write((i ? ",\n" : "") + propertiesJson(store, rows[i], columns, options.valueLabels));
        ok = ok && write("\n]\n");
    } else {
        const CoordinateTransform toLonLat(store.mapEpsg(), kWgs84Epsg);
        ok = write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i)
            ok = write((i ? ",\n" : "") + QByteArray("{\"type\":\"Feature\",\"geometry\":")
                       + geoJsonGeometry(store.geometry(rows[i]), toLonLat)
                       + ",\"properties\":" + propertiesJson(store, rows[i], columns, options.valueLabels) + '}');
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

OGRFieldType ogrType(const StoreField &field, bool valueLabels)
{
    if (valueLabels && field.spec && !field.spec->codes.empty())
        return OFTString;
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

bool createField(OGRLayerH layer, const QByteArray &name, OGRFieldType type, OGRFieldSubType subType, int width, int precision,
                 const QString &path, QString *error)
{
    OGRFieldDefnH defn = OGR_Fld_Create(name.constData(), type);
    OGR_Fld_SetSubType(defn, subType);
    if (width > 0) {
        OGR_Fld_SetWidth(defn, width);
        OGR_Fld_SetPrecision(defn, precision);
    }
    const OGRErr created = OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    if (created != OGRERR_NONE) {
        *error = Exporter::tr("%1: cannot create the column %2: %3").arg(path, QString::fromUtf8(name), gdalMessage());
        return false;
    }
    return true;
}

bool createFields(OGRLayerH layer, const ParcelStore &store, const std::vector<ExportColumn> &columns, const ExportOptions &options,
                  const QString &path, QString *error)
{
    const bool shapefile = options.format == ExportFormat::Shapefile;
    const std::vector<QByteArray> shortNames = shapefile ? shapefileNames(store, columns) : std::vector<QByteArray>();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const StoreField &field = store.field(columns[i].index);
        const OGRFieldType type = ogrType(field, options.valueLabels);
        int width = 0, precision = 0;
        if (shapefile && type == OFTReal && field.spec) {
            // Whole numbers (tenge, metres) get a wide column; the rest the field table's decimals.
            width = field.spec->decimals == 0 ? 20 : 16;
            precision = field.spec->decimals;
        }
        if (shapefile && type == OFTString)
            width = 254;
        const OGRFieldSubType subType = type == OFTInteger && field.kind == FieldKind::Bool ? OFSTBoolean : OFSTNone;
        if (!createField(layer, shapefile ? shortNames[i] : columns[i].name.toUtf8(), type, subType, width, precision, path, error))
            return false;
    }
    return true;
}

bool setField(OGRFeatureH feature, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: OGR_F_SetFieldDouble(feature, i, v.toDouble()); break;
    case QMetaType::Int:
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
                   const std::vector<ExportColumn> &columns, const ExportOptions &options, const QString &path, QString *error)
{
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE) {
        *error = Exporter::tr("%1: cannot start writing: %2").arg(path, gdalMessage());
        return false;
    }
    const bool geometry = options.format != ExportFormat::Xlsx;
    OGRFeatureDefnH featureDefn = OGR_L_GetLayerDefn(layer);
    for (qint64 row : rows) {
        detail::FeaturePtr feature(OGR_F_Create(featureDefn));
        for (std::size_t i = 0; i < columns.size(); ++i)
            setField(feature.get(), int(i), exportValue(store, row, columns[i].index, options.valueLabels));
        if (geometry)
            OGR_F_SetGeometryDirectly(feature.get(), detail::toOgr(store.geometry(row)).release());
        if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE) {
            *error = Exporter::tr("%1: cannot write parcel %2: %3").arg(path, store.value(row, ParcelField::CadastralNumber).toString(), gdalMessage());
            return false;
        }
    }
    // A spreadsheet is written whole when it is closed; syncing each sheet would write it again.
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE || (geometry && OGR_L_SyncToDisk(layer) != OGRERR_NONE)) {
        *error = Exporter::tr("%1: cannot finish writing: %2").arg(path, gdalMessage());
        return false;
    }
    return true;
}

// The sheets of a report's summary in a spreadsheet: the parcels' figures by zone, status, district
// and investor, each with its total, areas to the field table's decimals.
bool writeSummarySheets(GDALDatasetH ds, const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                        const QString &path, QString *error)
{
    const ParcelStatistics stats = computeStatistics(store, rows);
    struct Sheet
    {
        const FieldGroups &groups;
        const char *name;
        QString title;
    };
    const Sheet sheets[] = {{stats.byZone, "by_zone", Exporter::tr("By zone")},
                            {stats.byStatus, "by_status", Exporter::tr("By status")},
                            {stats.byDistrict, "by_district", Exporter::tr("By district")},
                            {stats.byInvestor, "by_investor", Exporter::tr("By investor")}};
    const bool labels = options.labelHeaders;
    auto header = [labels](ParcelField field, const char *name) {
        return labels ? FieldTable::header(FieldTable::spec(field)).toUtf8() : QByteArray(name);
    };
    const int decimals = FieldTable::spec(ParcelField::AreaHa).decimals;
    auto rounded = [decimals](double ha) { return std::round(ha * std::pow(10.0, decimals)) / std::pow(10.0, decimals); };
    for (const Sheet &sheet : sheets) {
        const ParcelField field = sheet.groups.field;
        OGRLayerH layer = GDALDatasetCreateLayer(ds, labels ? sheet.title.toUtf8().constData() : sheet.name, nullptr, wkbNone, nullptr);
        if (!layer) {
            *error = Exporter::tr("%1: cannot create the sheet %2: %3").arg(path, sheet.title, gdalMessage());
            return false;
        }
        const bool created = createField(layer, labels ? FieldTable::label(FieldTable::spec(field)).toUtf8() : parcelFieldName(field).toUtf8(), OFTString, OFSTNone, 0, 0, path, error)
            && createField(layer, labels ? Exporter::tr("Parcels").toUtf8() : QByteArray("parcels"), OFTInteger64, OFSTNone, 0, 0, path, error)
            && createField(layer, header(ParcelField::AreaHa, "official_ha"), OFTReal, OFSTNone, 0, 0, path, error)
            && createField(layer, header(ParcelField::ComputedAreaHa, "computed_ha"), OFTReal, OFSTNone, 0, 0, path, error)
            && createField(layer, header(ParcelField::InvestmentKzt, "investment_kzt"), OFTReal, OFSTNone, 0, 0, path, error)
            && createField(layer, header(ParcelField::Jobs, "jobs"), OFTInteger64, OFSTNone, 0, 0, path, error);
        if (!created)
            return false;
        QMap<QString, GroupFigures> groups = sheet.groups.byValue();
        auto add = [&](const QString &value, const GroupFigures &g) {
            detail::FeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
            setField(feature.get(), 0, value);
            setField(feature.get(), 1, g.count);
            setField(feature.get(), 2, rounded(g.officialHa));
            setField(feature.get(), 3, rounded(g.computedHa));
            setField(feature.get(), 4, g.investmentKzt);
            setField(feature.get(), 5, g.jobs);
            return OGR_L_CreateFeature(layer, feature.get()) == OGRERR_NONE;
        };
        bool ok = true;
        for (auto it = groups.begin(); ok && it != groups.end(); ++it)
            ok = add(options.valueLabels || it.key().isEmpty() ? HumanLabels::value(field, it.key()) : it.key(), it.value());
        if (!ok || !add(labels ? Exporter::tr("Total") : QStringLiteral("total"), stats.total)) {
            *error = Exporter::tr("%1: cannot write the sheet %2: %3").arg(path, sheet.title, gdalMessage());
            return false;
        }
    }
    return true;
}

// Writes the GDAL dataset into \a tempPath. GDAL 3.6's GDALClose() returns nothing, so a failure to
// flush while closing is read from CPLGetLastErrorType().
const char *gdalDriverName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Shapefile: return "ESRI Shapefile";
    case ExportFormat::Xlsx: return "XLSX";
    default: break;
    }
    return "GPKG";
}

bool writeGdalDataset(const ParcelStore &store, const std::vector<qint64> &rows, const std::vector<ExportColumn> &columns,
                      const ExportOptions &options, const QString &tempPath, const QString &path, QString *error)
{
    detail::ensureGdal();
    CPLErrorReset();
    const bool shapefile = options.format == ExportFormat::Shapefile, spreadsheet = options.format == ExportFormat::Xlsx;
    GDALDriverH driver = GDALGetDriverByName(gdalDriverName(options.format));
    detail::DatasetPtr ds(driver ? GDALCreate(driver, QFile::encodeName(tempPath).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds) {
        *error = Exporter::tr("%1: cannot create: %2").arg(path, gdalMessage());
        return false;
    }
    detail::SrsPtr srs = spreadsheet ? nullptr : detail::srsFromEpsg(store.mapEpsg());
    const char *shpOptions[] = {"ENCODING=UTF-8", nullptr};
    const QByteArray name = spreadsheet ? (options.labelHeaders ? Exporter::tr("Parcels").toUtf8() : QByteArray("parcels"))
                                        : QFileInfo(path).completeBaseName().toUtf8();
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), name.constData(), srs.get(), spreadsheet ? wkbNone : wkbMultiPolygon,
                                             shapefile ? const_cast<char **>(shpOptions) : nullptr);
    if (!layer) {
        *error = Exporter::tr("%1: cannot create the layer: %2").arg(path, gdalMessage());
        return false;
    }
    if (!createFields(layer, store, columns, options, path, error) || !writeFeatures(layer, store, rows, columns, options, path, error))
        return false;
    if (spreadsheet && !writeSummarySheets(ds.get(), store, rows, options, path, error))
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
    if (!writeGdalDataset(store, rows, columns, options, written.filePath(target.fileName()), path, error))
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
        {QStringLiteral("shp"), ExportFormat::Shapefile}, {QStringLiteral("xlsx"), ExportFormat::Xlsx}};
    auto it = names.constFind(name.toLower());
    if (it == names.constEnd())
        return false;
    *format = it.value();
    return true;
}

bool csvDialectFromName(const QString &name, CsvDialect *dialect)
{
    if (name.compare(QLatin1String("rfc4180"), Qt::CaseInsensitive) == 0)
        *dialect = CsvDialect::Rfc4180;
    else if (name.compare(QLatin1String("excel-ru"), Qt::CaseInsensitive) == 0)
        *dialect = CsvDialect::ExcelRu;
    else
        return false;
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
            *error = Exporter::tr("unknown field '%1'%2").arg(f, hint);
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
    if (options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile || options.format == ExportFormat::Xlsx) {
        *error = Exporter::tr("GeoPackage, Shapefile and XLSX are written to a file: give -o FILE");
        return false;
    }
    return writeText(store, rows, options, exportColumns(store, fields, options.labelHeaders), device, error);
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
    // Programs read GeoPackage and Shapefile columns by their canonical names.
    const bool gis = options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile;
    const std::vector<ExportColumn> columns = exportColumns(store, fields, options.labelHeaders && !gis);
    if (gis || options.format == ExportFormat::Xlsx)
        return writeWithGdal(store, rows, options, columns, path, error);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        return writeText(store, rows, options, columns, &device, reason);
    }, error);
}

} // namespace sez
