// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/exporter.h"

#include "core/io/atomicfile.h"
#include "core/geo/crs.h"
#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/model/parcelstore.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>

#include <cpl_string.h>

#include <cmath>

namespace sez {

namespace {

const QString kInsideCity = QStringLiteral("inside_city");

QStringList allFields()
{
    QStringList names;
    for (int f = 0; f < int(ParcelField::Count); ++f)
        names << parcelFieldName(ParcelField(f));
    names << kInsideCity;
    return names;
}

QVariant fieldValue(const ParcelStore &store, qint64 row, const QString &field)
{
    if (field == kInsideCity)
        return store.insideCity(row);
    return store.value(row, parcelFieldFromName(field));
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

QByteArray propertiesJson(const ParcelStore &store, qint64 row, const QStringList &fields)
{
    QJsonObject o;
    for (const QString &f : fields)
        o.insert(f, jsonValue(fieldValue(store, row, f)));
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

double signedArea(const Path &ring)
{
    double a = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        a += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return a;
}

bool writeText(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
               const QStringList &fields, QIODevice *device, QString *error)
{
    auto write = [&](const QByteArray &bytes) { return device->write(bytes) == bytes.size(); };
    bool ok = true;
    if (options.format == ExportFormat::Csv) {
        if (options.excelBom)
            ok = write("\xEF\xBB\xBF");
        ok = ok && write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
        for (qint64 row : rows) {
            QStringList cells;
            for (const QString &f : fields)
                cells << csvCell(fieldValue(store, row, f));
            if (!(ok = ok && write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n")))
                break;
        }
    } else if (options.format == ExportFormat::Json) {
        ok = write("[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i)
            ok = write((i ? ",\n" : "") + propertiesJson(store, rows[i], fields));
        ok = ok && write("\n]\n");
    } else {
        // RFC 7946: lon/lat on WGS 84, exterior rings counter-clockwise, holes clockwise.
        const CoordinateTransform toLonLat(store.mapEpsg(), kWgs84Epsg);
        ok = write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (std::size_t i = 0; ok && i < rows.size(); ++i) {
            Geometry g = store.geometry(rows[i]);
            QByteArray feature = (i ? ",\n" : "") + QByteArray("{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (std::size_t p = 0; p < g.polygons.size(); ++p) {
                feature += p ? ",[" : "[";
                for (std::size_t r = 0; r < g.polygons[p].rings.size(); ++r) {
                    Path ring = g.polygons[p].rings[r];
                    toLonLat.transform(ring);
                    if ((signedArea(ring) > 0) != (r == 0))
                        std::reverse(ring.begin(), ring.end());
                    if (r)
                        feature += ',';
                    appendCoordinates(feature, ring, true);
                }
                feature += ']';
            }
            feature += "]},\"properties\":" + propertiesJson(store, rows[i], fields) + '}';
            ok = write(feature);
        }
        ok = ok && write("\n]}\n");
    }
    if (!ok)
        *error = device->errorString();
    return ok;
}

// DBF column names hold 10 characters; these keep the canonical names recognisable.
QByteArray shapefileFieldName(const QString &field)
{
    static const QHash<QString, QByteArray> shortNames = {
        {QStringLiteral("cadastral_number"), "cad_number"}, {QStringLiteral("land_category"), "land_categ"},
        {QStringLiteral("permitted_use"), "permit_use"}, {QStringLiteral("investment_kzt"), "invest_kzt"},
        {QStringLiteral("water_m3_day"), "water_m3"}, {QStringLiteral("lease_start"), "lease_from"},
        {QStringLiteral("lease_end"), "lease_to"}, {QStringLiteral("inside_city"), "in_city"}};
    return shortNames.value(field, field.left(10).toLatin1());
}

bool writeWithGdal(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QStringList &fields, const QString &path, QString *error)
{
    detail::ensureGdal();
    const bool shapefile = options.format == ExportFormat::Shapefile;
    const QFileInfo target(path);
    // Written in a private directory beside the target, then renamed into place file by file.
    QTemporaryDir temp(target.absolutePath() + QStringLiteral("/.sezview-export-XXXXXX"));
    if (!temp.isValid()) {
        *error = QStringLiteral("%1: cannot write in %2").arg(path, target.absolutePath());
        return false;
    }
    const QString tempPath = temp.filePath(target.fileName());
    GDALDriverH driver = GDALGetDriverByName(shapefile ? "ESRI Shapefile" : "GPKG");
    detail::DatasetPtr ds(GDALCreate(driver, QFile::encodeName(tempPath).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    detail::SrsPtr srs = detail::srsFromEpsg(store.mapEpsg());
    const char *shpOptions[] = {"ENCODING=UTF-8", nullptr};
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), target.completeBaseName().toUtf8().constData(), srs.get(),
                                             wkbMultiPolygon, shapefile ? const_cast<char **>(shpOptions) : nullptr);
    if (!layer) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    for (const QString &f : fields) {
        OGRFieldType type = OFTString;
        const ParcelField pf = parcelFieldFromName(f);
        if (pf == ParcelField::AreaHa || pf == ParcelField::Area || pf == ParcelField::InvestmentKzt || pf == ParcelField::WaterM3Day)
            type = OFTReal;
        else if (pf == ParcelField::Jobs || pf == ParcelField::PowerKw || f == kInsideCity)
            type = OFTInteger;
        else if (pf == ParcelField::LeaseStart || pf == ParcelField::LeaseEnd)
            type = OFTDate;
        OGRFieldDefnH defn = OGR_Fld_Create(shapefile ? shapefileFieldName(f).constData() : f.toUtf8().constData(), type);
        if (type == OFTReal && shapefile) {
            OGR_Fld_SetWidth(defn, pf == ParcelField::InvestmentKzt ? 20 : 16);
            OGR_Fld_SetPrecision(defn, pf == ParcelField::InvestmentKzt ? 0 : 4);
        }
        if (type == OFTString && shapefile)
            OGR_Fld_SetWidth(defn, 254);
        OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
    }
    OGR_L_StartTransaction(layer);
    OGRFeatureDefnH featureDefn = OGR_L_GetLayerDefn(layer);
    for (qint64 row : rows) {
        detail::FeaturePtr feature(OGR_F_Create(featureDefn));
        for (int i = 0; i < fields.size(); ++i) {
            const QVariant v = fieldValue(store, row, fields[i]);
            switch (v.typeId()) {
            case QMetaType::Double: OGR_F_SetFieldDouble(feature.get(), i, v.toDouble()); break;
            case QMetaType::LongLong: OGR_F_SetFieldInteger64(feature.get(), i, v.toLongLong()); break;
            case QMetaType::Bool: OGR_F_SetFieldInteger(feature.get(), i, v.toBool() ? 1 : 0); break;
            case QMetaType::QDate: {
                const QDate d = v.toDate();
                OGR_F_SetFieldDateTime(feature.get(), i, d.year(), d.month(), d.day(), 0, 0, 0, 0);
                break;
            }
            case QMetaType::QString: OGR_F_SetFieldString(feature.get(), i, v.toString().toUtf8().constData()); break;
            default: OGR_F_SetFieldNull(feature.get(), i); break;
            }
        }
        OGR_F_SetGeometryDirectly(feature.get(), detail::toOgr(store.geometry(row)).release());
        if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE) {
            *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
    }
    OGR_L_CommitTransaction(layer);
    ds.reset();
    const QDir tempDir(temp.path());
    for (const QString &name : tempDir.entryList(QDir::Files)) {
        const QString destination = target.absoluteDir().filePath(name);
        if (::rename(QFile::encodeName(tempDir.filePath(name)).constData(), QFile::encodeName(destination).constData()) != 0) {
            *error = QStringLiteral("%1: cannot rename into place: %2").arg(destination, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    return true;
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

bool resolveExportFields(const QStringList &requested, QStringList *fields, QString *error)
{
    const QStringList known = allFields();
    if (requested.isEmpty()) {
        *fields = known;
        return true;
    }
    fields->clear();
    for (const QString &raw : requested) {
        const QString f = raw.trimmed();
        if (!known.contains(f)) {
            QString hint;
            for (const QString &k : known)
                if (k.startsWith(f.left(3)) && hint.isEmpty())
                    hint = QStringLiteral(" — did you mean '%1'?").arg(k);
            *error = QStringLiteral("unknown field '%1' in --fields%2").arg(f, hint);
            return false;
        }
        if (!fields->contains(f))
            fields->append(f);
    }
    // The cadastral number identifies a parcel: it always comes first.
    fields->removeAll(QStringLiteral("cadastral_number"));
    fields->prepend(QStringLiteral("cadastral_number"));
    return true;
}

bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   QIODevice *device, QString *error)
{
    QStringList fields;
    if (!resolveExportFields(options.fields, &fields, error))
        return false;
    if (options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile) {
        *error = QStringLiteral("GeoPackage and Shapefile are written to a file: give -o FILE");
        return false;
    }
    return writeText(store, rows, options, fields, device, error);
}

bool exportParcels(const ParcelStore &store, const std::vector<qint64> &rows, const ExportOptions &options,
                   const QString &path, QString *error)
{
    QStringList fields;
    if (!resolveExportFields(options.fields, &fields, error))
        return false;
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = QStringLiteral("%1: the directory %2 does not exist").arg(path, target.absolutePath());
        return false;
    }
    if (options.format == ExportFormat::GeoPackage || options.format == ExportFormat::Shapefile)
        return writeWithGdal(store, rows, options, fields, path, error);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        return writeText(store, rows, options, fields, &device, reason);
    }, error);
}

} // namespace sez
