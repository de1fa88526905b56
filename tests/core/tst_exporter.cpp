// SPDX-License-Identifier: GPL-3.0-or-later
// The exporters, read back with GDAL's own drivers: counts, values, coordinates, the .cpg, and
// failures that say so and leave nothing half-written.
#include "core/io/exporter.h"
#include "core/query/parcelquery.h"
#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <functional>

using namespace sez;

namespace {

// Sets or clears the immutable attribute (chattr +i), which stops root as well as anyone else.
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

bool canCreateIn(const QString &dir)
{
    QFile probe(QDir(dir).filePath(QStringLiteral("probe")));
    const bool ok = probe.open(QIODevice::WriteOnly);
    probe.remove();
    return ok;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct OgrFile
{
    GDALDatasetH ds = nullptr;
    explicit OgrFile(const QString &path, const char *const *options = nullptr)
    {
        GDALAllRegister();
        ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr);
    }
    ~OgrFile() { if (ds) GDALClose(ds); }
    OGRLayerH layer() const { return ds ? GDALDatasetGetLayer(ds, 0) : nullptr; }
};

QVariant fieldOf(OGRFeatureH f, const char *name)
{
    const int i = OGR_F_GetFieldIndex(f, name);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    OGRFieldDefnH defn = OGR_F_GetFieldDefnRef(f, i);
    switch (OGR_Fld_GetType(defn)) {
    case OFTInteger: case OFTInteger64: return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal: return OGR_F_GetFieldAsDouble(f, i);
    case OFTDate: {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz);
        return QDate(y, m, d);
    }
    default: return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::shared_ptr<const ParcelStore> mStore;
    std::vector<qint64> mRows;

    // The first ring of row \a row's first polygon, as the store holds it (map CRS).
    Path ringOf(qint64 row) const { return mStore->geometry(row).polygons.front().rings.front(); }

    // What every format must give back for a row; \a read gives a field by its canonical or its
    // Shapefile name.
    void compareValues(qint64 row, const std::function<QVariant(const char *canonical, const char *shortName)> &read)
    {
        const ParcelStore &s = *mStore;
        QCOMPARE(read("cadastral_number", "cad_number").toString(), s.value(row, ParcelField::CadastralNumber).toString());
        QCOMPARE(read("area_ha", "area_ha").toDouble(), s.officialAreaHa(row));
        QVERIFY(std::abs(read("computed_area_ha", "area_calc").toDouble() - s.computedAreaHa(row)) < 1e-4);
        QCOMPARE(read("zone", "zone").toString(), s.value(row, ParcelField::Zone).toString());
        QCOMPARE(read("permitted_use", "permit_use").toString(), s.value(row, ParcelField::PermittedUse).toString());
        QCOMPARE(read("investor", "investor").toString(), s.value(row, ParcelField::Investor).toString());
        QCOMPARE(read("jobs", "jobs").toLongLong(), s.value(row, ParcelField::Jobs).toLongLong());
        const QVariant lease = read("lease_start", "lease_from");
        const QDate expected = s.value(row, ParcelField::LeaseStart).toDate();
        QCOMPARE(lease.typeId() == QMetaType::QDate ? lease.toDate() : QDate::fromString(lease.toString(), Qt::ISODate), expected);
        const QString city = read("inside_city", "in_city").toString();
        QCOMPARE(city == QLatin1String("true") || city == QLatin1String("1"), s.insideCity(row));
    }

    void compareRing(const Path &expected, OGRGeometryH g, double tolerance)
    {
        QVERIFY(g);
        OGRGeometryH polygon = OGR_G_GetGeometryCount(g) > 0 && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon
                                   ? OGR_G_GetGeometryRef(g, 0) : g;
        OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, 0);
        QVERIFY(ring);
        // Written closed: one vertex more than the store keeps; a shapefile may turn the ring round.
        const std::size_t n = expected.size();
        QCOMPARE(OGR_G_GetPointCount(ring), int(n) + 1);
        // The same vertices in the same cyclic order, from any start, either way round.
        auto matches = [&](bool reversed) {
            for (std::size_t start = 0; start < n; ++start) {
                bool all = true;
                for (std::size_t i = 0; all && i <= n; ++i) {
                    const QPointF e = expected[reversed ? (start + n - i % n) % n : (start + i) % n];
                    all = std::abs(OGR_G_GetX(ring, int(i)) - e.x()) <= tolerance && std::abs(OGR_G_GetY(ring, int(i)) - e.y()) <= tolerance;
                }
                if (all)
                    return true;
            }
            return false;
        };
        QVERIFY2(matches(false) || matches(true), qPrintable(QStringLiteral("first vertex %1 %2, expected %3 %4")
                                                                .arg(OGR_G_GetX(ring, 0), 0, 'f', 3).arg(OGR_G_GetY(ring, 0), 0, 'f', 3)
                                                                .arg(expected[0].x(), 0, 'f', 3).arg(expected[0].y(), 0, 'f', 3)));
    }

    // Exports the rows in \a format, opens the file with GDAL, checks the count, then hands each
    // feature to \a check with its store row, in order.
    void roundTrip(const QString &name, ExportFormat format, const char *const *openOptions,
                   const std::function<void(qint64 row, OGRFeatureH feature)> &check)
    {
        QString error;
        const QString path = exportTo(name, format, mRows, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        OgrFile file(path, openOptions);
        QVERIFY(file.layer());
        QCOMPARE(OGR_L_GetFeatureCount(file.layer(), TRUE), GIntBig(mRows.size()));
        if (format == ExportFormat::GeoPackage || format == ExportFormat::Shapefile)
            QCOMPARE(QByteArray(OSRGetAuthorityCode(OGR_L_GetSpatialRef(file.layer()), nullptr)), QByteArray::number(mStore->mapEpsg()));
        OGR_L_ResetReading(file.layer());
        for (qint64 row : mRows) {
            OGRFeatureH f = OGR_L_GetNextFeature(file.layer());
            QVERIFY(f);
            check(row, f);
            OGR_F_Destroy(f);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(entries(mDir.path()).filter(QStringLiteral(".sezview-export")), QStringList());
    }

    QString exportTo(const QString &name, ExportFormat format, const std::vector<qint64> &rows, QString *error,
                     ExportOptions options = {})
    {
        options.format = format;
        const QString path = mDir.filePath(name);
        return exportParcels(*mStore, rows, options, path, error) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        mStore = test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mStore, qPrintable(error));
        // Allocated and free logistics parcels: investors, jobs and lease dates, and nulls.
        QVERIFY2(selectParcels(mStore, nullptr, QStringLiteral("zone = 'logistics' and (investor is not null or district = 'Gate')"),
                               &mRows, &error), qPrintable(error));
        QVERIFY(mRows.size() > 50);
        QVERIFY(mStore->value(mRows.front(), ParcelField::Investor).isValid()
                || mStore->value(mRows.back(), ParcelField::Investor).isValid());
    }

    void defaultFieldsAndOrder()
    {
        QStringList fields;
        QString error;
        QVERIFY(resolveExportFields(*mStore, {}, &fields, &error));
        QCOMPARE(fields.first(), QStringLiteral("cadastral_number"));
        QCOMPARE(fields.count(QStringLiteral("computed_area_ha")), 1);
        QVERIFY(!fields.contains(QStringLiteral("area")));
        QVERIFY(fields.contains(QStringLiteral("inside_city")));
        QVERIFY(!fields.contains(QStringLiteral("distance_substation_m")));   // not in the default export
        QVERIFY(resolveExportFields(*mStore, {QStringLiteral("zone"), QStringLiteral("area"), QStringLiteral("distance_highway_m")}, &fields, &error));
        QCOMPARE(fields, QStringList({QStringLiteral("cadastral_number"), QStringLiteral("zone"), QStringLiteral("computed_area_ha"),
                                      QStringLiteral("distance_highway_m")}));
        QVERIFY(!resolveExportFields(*mStore, {QStringLiteral("zonee")}, &fields, &error));
        QVERIFY2(error.contains(QStringLiteral("zonee")) && error.contains(QStringLiteral("'zone'")), qPrintable(error));
    }

    void csvRoundTrip()
    {
        const char *options[] = {"AUTODETECT_TYPE=NO", nullptr};
        roundTrip(QStringLiteral("parcels.csv"), ExportFormat::Csv, options, [&](qint64 row, OGRFeatureH f) {
            compareValues(row, [&](const char *name, const char *) {
                const QVariant v = fieldOf(f, name);
                return v.toString().isEmpty() ? QVariant() : v;
            });
        });
    }

    void jsonRoundTrip()
    {
        // GDAL reads no plain JSON array, so this one is read with Qt's parser.
        QString error;
        const QString path = exportTo(QStringLiteral("parcels.json"), ExportFormat::Json, mRows, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), qsizetype(mRows.size()));
        for (std::size_t i = 0; i < mRows.size(); ++i) {
            const QJsonObject o = array.at(qsizetype(i)).toObject();
            compareValues(mRows[i], [&](const char *name, const char *) {
                const QJsonValue v = o.value(QLatin1String(name));
                return v.isBool() ? QVariant(v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toVariant();
            });
        }
    }

    void geoJsonRoundTrip()
    {
        // Back to the map CRS with GDAL's own transformation: 7 decimals of a degree are about a centimetre.
        OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr), utm = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs84, 4326);
        OSRImportFromEPSG(utm, mStore->mapEpsg());
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(utm, OAMS_TRADITIONAL_GIS_ORDER);
        OGRCoordinateTransformationH toUtm = OCTNewCoordinateTransformation(wgs84, utm);
        roundTrip(QStringLiteral("parcels.geojson"), ExportFormat::GeoJson, nullptr, [&](qint64 row, OGRFeatureH f) {
            compareValues(row, [&](const char *name, const char *) { return fieldOf(f, name); });
            OGRGeometryH g = OGR_G_Clone(OGR_F_GetGeometryRef(f));
            QCOMPARE(OGR_G_Transform(g, toUtm), OGRERR_NONE);
            compareRing(ringOf(row), g, 0.05);
            OGR_G_DestroyGeometry(g);
        });
        OCTDestroyCoordinateTransformation(toUtm);
        OSRRelease(wgs84);
        OSRRelease(utm);
    }

    void geoPackageRoundTrip()
    {
        roundTrip(QStringLiteral("parcels.gpkg"), ExportFormat::GeoPackage, nullptr, [&](qint64 row, OGRFeatureH f) {
            compareValues(row, [&](const char *name, const char *) { return fieldOf(f, name); });
            compareRing(ringOf(row), OGR_F_GetGeometryRef(f), 1e-6);
        });
    }

    void shapefileRoundTrip()
    {
        roundTrip(QStringLiteral("parcels.shp"), ExportFormat::Shapefile, nullptr, [&](qint64 row, OGRFeatureH f) {
            compareValues(row, [&](const char *, const char *shortName) { return fieldOf(f, shortName); });
            compareRing(ringOf(row), OGR_F_GetGeometryRef(f), 1e-6);
        });
        QFile cpg(mDir.filePath(QStringLiteral("parcels.cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll().trimmed(), QByteArray("UTF-8"));
        for (const char *part : {"parcels.shx", "parcels.dbf", "parcels.prj"})
            QVERIFY2(QFile::exists(mDir.filePath(QLatin1String(part))), part);
    }

    // The JSON export of \a fields, as the reference the spreadsheet formats are read against.
    QJsonArray jsonRows(const QStringList &fields)
    {
        ExportOptions options;
        options.fields = fields;
        QString error;
        const QString path = exportTo(QStringLiteral("reference.json"), ExportFormat::Json, mRows, &error, options);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).array();
    }

    static QStringList spreadsheetFields()
    {
        return {QStringLiteral("zone"), QStringLiteral("area_ha"), QStringLiteral("computed_area_ha"), QStringLiteral("investor"),
                QStringLiteral("investment_kzt"), QStringLiteral("jobs"), QStringLiteral("lease_end"), QStringLiteral("water_m3_day"),
                QStringLiteral("inside_city"), QStringLiteral("distance_substation_m"), QStringLiteral("address")};
    }

    // A cell read back against the JSON value of the same column: numbers as numbers, equal to the
    // JSON's (both rounded to the field table's decimals), text and dates as text.
    static bool sameValue(const QJsonValue &json, const QVariant &cell)
    {
        if (json.isNull())
            return !cell.isValid() || cell.toString().isEmpty();
        if (json.isBool())
            return cell.toString() == (json.toBool() ? QLatin1String("1") : QLatin1String("0"))
                   || cell.toString() == (json.toBool() ? QLatin1String("true") : QLatin1String("false"));
        if (json.isDouble())
            return (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::LongLong) && cell.toDouble() == json.toDouble();
        if (cell.typeId() == QMetaType::QDate)
            return cell.toDate().toString(Qt::ISODate) == json.toString();
        return cell.toString() == json.toString();
    }

    // XLSX through GDAL's driver, read back with GDAL: the same rows and numbers as the JSON output,
    // numbers stored as numbers, areas to four decimals, and one sheet per summary table.
    void xlsxReadsBackAsTheJson()
    {
        const QJsonArray reference = jsonRows(spreadsheetFields());
        QCOMPARE(reference.size(), qsizetype(mRows.size()));
        ExportOptions options;
        options.fields = spreadsheetFields();
        QString error;
        const QString path = exportTo(QStringLiteral("parcels.xlsx"), ExportFormat::Xlsx, mRows, &error, options);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        OgrFile file(path);
        CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
        QVERIFY(file.ds);
        QCOMPARE(GDALDatasetGetLayerCount(file.ds), 5);
        OGRLayerH layer = file.layer();
        QCOMPARE(QByteArray(OGR_L_GetName(layer)), QByteArray("parcels"));
        QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(mRows.size()));
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        QStringList names;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            names << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
        QCOMPARE(names, QStringList{QStringLiteral("cadastral_number")} + spreadsheetFields());
        QCOMPARE(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 2)), OFTReal);   // area_ha: a number, not text
        OGR_L_ResetReading(layer);
        for (const QJsonValue &row : reference) {
            OGRFeatureH f = OGR_L_GetNextFeature(layer);
            QVERIFY(f);
            const QJsonObject o = row.toObject();
            for (const QString &name : names) {
                const QVariant cell = fieldOf(f, name.toUtf8().constData());
                QVERIFY2(sameValue(o.value(name), cell), qPrintable(QStringLiteral("%1: %2 against %3")
                                                                       .arg(name, cell.toString(), o.value(name).toVariant().toString())));
            }
            OGR_F_Destroy(f);
        }
        // No float noise: the computed area has the field table's four decimals.
        for (const QJsonValue &row : reference) {
            const double area = row.toObject().value(QStringLiteral("computed_area_ha")).toDouble();
            QCOMPARE(area, std::round(area * 1e4) / 1e4);
        }
        // The summary's tables, each with a total equal to the statistics'.
        OGRLayerH byZone = GDALDatasetGetLayerByName(file.ds, "by_zone");
        QVERIFY(byZone);
        double official = 0;
        qint64 parcels = 0, total = 0;
        OGR_L_ResetReading(byZone);
        while (OGRFeatureH f = OGR_L_GetNextFeature(byZone)) {
            const QString zone = fieldOf(f, "zone").toString();
            if (zone == QLatin1String("total"))
                total = fieldOf(f, "parcels").toLongLong();
            else {
                parcels += fieldOf(f, "parcels").toLongLong();
                official += fieldOf(f, "official_ha").toDouble();
            }
            OGR_F_Destroy(f);
        }
        QCOMPARE(parcels, qint64(mRows.size()));
        QCOMPARE(total, qint64(mRows.size()));
        double expected = 0;
        for (qint64 row : mRows)
            expected += mStore->officialAreaHa(row);
        QVERIFY(std::abs(official - expected) < 1e-3);
    }

    // Headers in the current language with their units, coded values in words.
    void xlsxLabelsAndValuesInWords()
    {
        ExportOptions options;
        options.fields = {QStringLiteral("zone"), QStringLiteral("area_ha"), QStringLiteral("inside_city")};
        options.labelHeaders = true;
        options.valueLabels = true;
        QString error;
        const QString path = exportTo(QStringLiteral("labels.xlsx"), ExportFormat::Xlsx, mRows, &error, options);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        OgrFile file(path);
        CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
        QVERIFY(file.layer());
        QCOMPARE(QByteArray(OGR_L_GetName(file.layer())), QByteArray("Parcels"));
        OGRFeatureH f = OGR_L_GetNextFeature(file.layer());
        QVERIFY(f);
        QCOMPARE(fieldOf(f, "Zone").toString(), QStringLiteral("Logistics"));
        QCOMPARE(fieldOf(f, "Official area, ha").toDouble(), mStore->officialAreaHa(mRows.front()));
        QVERIFY(fieldOf(f, "City of Alatau").toString().endsWith(QLatin1String("the city limits")));
        OGR_F_Destroy(f);
        QVERIFY(GDALDatasetGetLayerByName(file.ds, "By zone"));
    }

    // CSV for Excel in a Russian locale: a BOM, semicolons, decimal commas; Python's csv module
    // with ';' reads the same rows and numbers as the JSON output.
    void excelRuCsvReadsBackAsTheJson()
    {
        const QJsonArray reference = jsonRows(spreadsheetFields());
        ExportOptions options;
        options.fields = spreadsheetFields();
        options.csvDialect = CsvDialect::ExcelRu;
        QString error;
        const QString path = exportTo(QStringLiteral("excel-ru.csv"), ExportFormat::Csv, mRows, &error, options);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(";3,") || bytes.contains(";4,") || bytes.contains(";2,"));
        // Python turns each row into JSON: decimal commas back to points where the JSON has a number.
        const char *script = R"(
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
json.dump(rows, sys.stdout, ensure_ascii=False)
)";
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
        QVERIFY(python.waitForFinished(60'000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(read.size(), reference.size());
        // A cell as Excel in a Russian locale reads it: a number with a decimal comma, never a point.
        auto sameCell = [](const QJsonValue &want, QString text) {
            QVariant cell = text;
            if (want.isDouble()) {
                bool ok = false;
                cell = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
                if (!ok || text.count(QLatin1Char('.')) > 1)
                    return false;
            }
            return sameValue(want, cell);
        };
        for (qsizetype i = 0; i < read.size(); ++i) {
            const QJsonObject got = read.at(i).toObject(), want = reference.at(i).toObject();
            QCOMPARE(got.keys(), want.keys());
            for (const QString &key : want.keys()) {
                if (want.value(key).isDouble())
                    QVERIFY2(!got.value(key).toString().contains(QLatin1Char('.')), qPrintable(got.value(key).toString()));
                QVERIFY2(sameCell(want.value(key), got.value(key).toString()),
                         qPrintable(QStringLiteral("row %1, %2: %3").arg(i).arg(key, got.value(key).toString())));
            }
        }
        // GDAL's CSV driver with the semicolon reads the same rows and cells (as text).
        const char *const openOptions[] = {"SEPARATOR=SEMICOLON", nullptr};
        OgrFile file(path, openOptions);
        QVERIFY(file.ds);
        OGRLayerH layer = file.layer();
        QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(reference.size()));
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        QCOMPARE(OGR_FD_GetFieldCount(defn), int(reference.at(0).toObject().size()));
        OGR_L_ResetReading(layer);
        for (const QJsonValue &row : reference) {
            OGRFeatureH f = OGR_L_GetNextFeature(layer);
            QVERIFY(f);
            const QJsonObject want = row.toObject();
            for (const QString &key : want.keys()) {
                const QString text = fieldOf(f, key.toUtf8().constData()).toString();
                QVERIFY2(sameCell(want.value(key), text), qPrintable(QStringLiteral("GDAL: %1: %2").arg(key, text)));
            }
            OGR_F_Destroy(f);
        }
        // The default stays RFC 4180: commas, decimal points, no BOM.
        const QString plain = exportTo(QStringLiteral("plain.csv"), ExportFormat::Csv, mRows, &error);
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray head = plainFile.readLine();
        QVERIFY(head.startsWith("cadastral_number,"));
    }

    void readOnlyFolderFailsWithTheFileNamed()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        bool immutable = false;
        if (canCreateIn(dir)) {   // root: the permissions do not stop it, the immutable attribute does
            immutable = setImmutable(dir, true);
            if (!immutable || canCreateIn(dir)) {
                setImmutable(dir, false);
                QSKIP("this user can write in any folder and cannot set the immutable attribute");
            }
        }
        const std::vector<qint64> rows(mRows.begin(), mRows.begin() + 5);
        for (const auto &[name, format] : {std::pair{QStringLiteral("out.shp"), ExportFormat::Shapefile},
                                           std::pair{QStringLiteral("out.gpkg"), ExportFormat::GeoPackage},
                                           std::pair{QStringLiteral("out.csv"), ExportFormat::Csv}}) {
            ExportOptions options;
            options.format = format;
            QString error;
            const QString path = QDir(dir).filePath(name);
            QVERIFY2(!exportParcels(*mStore, rows, options, path, &error), qPrintable(name));
            QVERIFY2(error.startsWith(path), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        }
        if (immutable)
            setImmutable(dir, false);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(entries(dir), QStringList());
    }

    void noHalfWrittenShapefileSet()
    {
        QTemporaryDir dir;
        // A folder where one part must go: the other parts must not be left behind either.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("out.dbf/inside")));
        ExportOptions options;
        options.format = ExportFormat::Shapefile;
        QString error;
        const QString path = dir.filePath(QStringLiteral("out.shp"));
        QVERIFY(!exportParcels(*mStore, mRows, options, path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("out.dbf")), qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("out.dbf")}));
    }

    void anOlderSetIsReplacedWholeOrKept()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportFormat::Shapefile;
        QString error;
        const QString path = dir.filePath(QStringLiteral("out.shp"));
        const std::vector<qint64> first(mRows.begin(), mRows.begin() + 10), second(mRows.begin() + 10, mRows.begin() + 13);
        QVERIFY2(exportParcels(*mStore, first, options, path, &error), qPrintable(error));
        // A stale spatial index of the older set must not stay beside the new one.
        QFile qix(dir.filePath(QStringLiteral("out.qix")));
        QVERIFY(qix.open(QIODevice::WriteOnly));
        qix.close();
        QVERIFY2(exportParcels(*mStore, second, options, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.qix"))));
        {
            OgrFile file(path);
            QCOMPARE(OGR_L_GetFeatureCount(file.layer(), TRUE), GIntBig(3));
        }
        // A part of the older set that cannot be moved: the export fails and the older set stays whole.
        QHash<QString, QByteArray> before;
        for (const QString &name : entries(dir.path())) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            before.insert(name, f.readAll());
        }
        if (!setImmutable(dir.filePath(QStringLiteral("out.shx")), true))
            QSKIP("the immutable attribute cannot be set here");
        const bool failed = !exportParcels(*mStore, first, options, path, &error);
        setImmutable(dir.filePath(QStringLiteral("out.shx")), false);
        QVERIFY(failed);
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QStringList names = before.keys();
        names.sort();
        QCOMPARE(entries(dir.path()), names);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            QFile f(dir.filePath(it.key()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == it.value(), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
