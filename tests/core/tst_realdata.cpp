// SPDX-License-Identifier: GPL-3.0-or-later
// Data as land offices bring it, made from the sample with GDAL: a folder without a manifest,
// Russian column names, areas in m², MapInfo TAB in WindowsCyrillic and marked Neutral, a GeoPackage
// of every layer, KML, DXF with text labels, a zip. Each must give the sample's own figures for the
// same parcels, read straight and through the manifest `init` writes. Only the folder needs the
// whole sample; the others use every 80th parcel (313 of 25,000), which holds every zone and status.
#include "core/cache/parcelcache.h"
#include "core/io/dataset.h"
#include "core/io/datasource.h"
#include "core/io/mappingguess.h"
#include "core/io/exporter.h"
#include "core/io/storebuilder.h"
#include "core/io/textencoding.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/model/summary.h"
#include "core/model/statistics.h"
#include "core/query/parcelquery.h"
#include "core/render/mapstyle.h"
#include "gdalfixture.h"
#include "storefixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

using namespace sez;
using namespace sez::test;

namespace {

const QString kSample = QStringLiteral(SEZ_SAMPLE_DIR);
const char *const kSubset = "FID % 80 = 0";

/// What must not change whatever the form of the data: per parcel, keyed by cadastral number.
struct ParcelFigures
{
    double officialHa = 0;
    double computedHa = 0;
    QString zone;
    QString status;
};

struct Figures
{
    QMap<QString, ParcelFigures> parcels;
    qint64 count = 0;   ///< parcels in the store, with or without a cadastral number

    double officialHa() const
    {
        double sum = 0;
        for (const ParcelFigures &p : parcels)
            sum += p.officialHa;
        return sum;
    }
    double computedHa() const
    {
        double sum = 0;
        for (const ParcelFigures &p : parcels)
            sum += p.computedHa;
        return sum;
    }
    QMap<QString, qint64> countsOf(QString ParcelFigures::*field) const
    {
        QMap<QString, qint64> counts;
        for (const ParcelFigures &p : parcels)
            ++counts[p.*field];
        return counts;
    }
};

Figures figuresOf(const ParcelStore &store)
{
    Figures f;
    f.count = store.size();
    for (qint64 i = 0; i < store.size(); ++i) {
        const QString number = store.value(i, ParcelField::CadastralNumber).toString();
        f.parcels.insert(number, {store.officialAreaHa(i), store.computedAreaHa(i),
                                  store.value(i, ParcelField::Zone).toString(), store.value(i, ParcelField::Status).toString()});
    }
    return f;
}

/// The subset of parcels as a MapInfo TAB marked Neutral whose text is RK1048 bytes (Kazakh letters
/// and all), as Kazakh offices' files are: GDAL's MapInfo writer knows no RK1048, so this copies by hand.
QString writeNeutralTab(const QString &path)
{
    GDALDatasetH in = GDALOpenEx(QFile::encodeName(kSample + QStringLiteral("/parcels.shp")).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    GDALDriverH driver = GDALGetDriverByName("MapInfo File");
    GDALDatasetH out = driver ? GDALCreate(driver, QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!in || !out) {
        GDALClose(in);
        GDALClose(out);
        return QStringLiteral("cannot write %1").arg(path);
    }
    OGRLayerH src = GDALDatasetGetLayer(in, 0);
    OGRLayerH dst = GDALDatasetCreateLayer(out, "plan", OGR_L_GetSpatialRef(src), wkbPolygon, nullptr);
    const char *columns[] = {"KAD_NOMER", "PLOSHAD", "ZONA", "STATUS", "PROEKT_KZ"};
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(src);
    for (const char *c : columns) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, OGR_FD_GetFieldIndex(defn, c));
        OGR_L_CreateField(dst, field, 1);
    }
    OGR_L_SetAttributeFilter(src, kSubset);
    OGRFeatureH f;
    QString failed;
    while (failed.isEmpty() && (f = OGR_L_GetNextFeature(src)) != nullptr) {
        OGRFeatureH g = OGR_F_Create(OGR_L_GetLayerDefn(dst));
        OGR_F_SetGeometry(g, OGR_F_GetGeometryRef(f));
        for (int i = 0; i < 5; ++i) {
            const int at = OGR_F_GetFieldIndex(f, columns[i]);
            if (!OGR_F_IsFieldSetAndNotNull(f, at))
                continue;
            if (OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, at)) == OFTString)
                OGR_F_SetFieldString(g, i, encodeText(QString::fromUtf8(OGR_F_GetFieldAsString(f, at)), "RK1048").constData());
            else
                OGR_F_SetFieldDouble(g, i, OGR_F_GetFieldAsDouble(f, at));
        }
        if (OGR_L_CreateFeature(dst, g) != OGRERR_NONE)
            failed = QStringLiteral("cannot write a parcel to %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        OGR_F_Destroy(g);
        OGR_F_Destroy(f);
    }
    GDALClose(in);
    GDALClose(out);
    if (!failed.isEmpty())
        return failed;
    QFile tab(path);
    if (!tab.open(QIODevice::ReadOnly))
        return QStringLiteral("no %1").arg(path);
    const QByteArray header = tab.readAll();
    tab.close();
    return header.contains("!charset Neutral") ? QString() : QStringLiteral("%1 is not marked Neutral").arg(path);
}

/// A zip of every file of \a dir, written with GDAL's own zip writer.
QString zipFolder(const QString &dir, const QString &zipPath)
{
    void *zip = CPLCreateZip(QFile::encodeName(zipPath).constData(), nullptr);
    if (!zip)
        return QStringLiteral("cannot create %1").arg(zipPath);
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(name);
        const QByteArray bytes = file.readAll();
        const QByteArray member = QByteArrayLiteral("plan/") + name.toUtf8();
        if (CPLCreateFileInZip(zip, member.constData(), nullptr) != CE_None
            || CPLWriteFileInZip(zip, bytes.constData(), int(bytes.size())) != CE_None || CPLCloseFileInZip(zip) != CE_None)
            return QStringLiteral("cannot zip %1").arg(name);
    }
    return CPLCloseZip(zip) == CE_None ? QString() : QStringLiteral("cannot close %1").arg(zipPath);
}

} // namespace

class TestRealData : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    Figures mSample;

    QString at(const QString &relative) const { return mDir.filePath(relative); }

    // The variant at \a path read straight and through the manifest init writes must give the
    // sample's figures of the same parcels. \a labelsOnly: a drawing carries cadastral numbers and
    // geometry, nothing else.
    void checkVariant(const QString &path, qint64 parcels, bool labelsOnly = false)
    {
        QString error;
        auto guess = MappingGuess::guess(path, &error);
        QVERIFY2(guess, qPrintable(error));
        // One a variant: a manifest read once is a source of the open dataset, which no writer overwrites.
        const QString manifest = mDir.filePath(QStringLiteral("init-%1-%2.json").arg(QFileInfo(path).dir().dirName(), QFileInfo(path).fileName()));
        QVERIFY2(guess->saveAs(manifest, &error), qPrintable(error));
        QCOMPARE(guess->mapEpsg(), 32643);
        for (const QString &source : {path, manifest}) {
            auto store = buildStore(source, &error);
            QVERIFY2(store, qPrintable(source + QStringLiteral(": ") + error));
            const Figures f = figuresOf(*store);
            QCOMPARE(f.count, parcels);
            QCOMPARE(qint64(f.parcels.size()), parcels);
            Figures expected;
            for (auto it = f.parcels.cbegin(); it != f.parcels.cend(); ++it) {
                QVERIFY2(mSample.parcels.contains(it.key()), qPrintable(QStringLiteral("not a sample number: '%1'").arg(it.key())));
                expected.parcels.insert(it.key(), mSample.parcels.value(it.key()));
            }
            QVERIFY(std::abs(f.computedHa() - expected.computedHa()) < 1e-6 * expected.computedHa());
            if (labelsOnly)
                continue;
            QVERIFY2(std::abs(f.officialHa() - expected.officialHa()) < 1e-6 * expected.officialHa(),
                     qPrintable(QStringLiteral("%1: %2 ha, the sample %3 ha").arg(source).arg(f.officialHa()).arg(expected.officialHa())));
            QCOMPARE(f.countsOf(&ParcelFigures::zone), expected.countsOf(&ParcelFigures::zone));
            QCOMPARE(f.countsOf(&ParcelFigures::status), expected.countsOf(&ParcelFigures::status));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        qputenv("XDG_CONFIG_HOME", mDir.filePath(QStringLiteral("config")).toUtf8());
        QString error;
        auto store = buildStore(kSample, &error);
        QVERIFY2(store, qPrintable(error));
        mSample = figuresOf(*store);
        QCOMPARE(mSample.count, qint64(25000));
        QCOMPARE(mSample.countsOf(&ParcelFigures::zone).size(), 9);
        QCOMPARE(mSample.countsOf(&ParcelFigures::status).size(), 5);
    }

    void folderWithoutManifest()
    {
        const QString dir = at(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &name : QDir(kSample).entryList(QDir::Files))
            if (name != QLatin1String("dataset.json") && name != QLatin1String("README.md"))
                QVERIFY(QFile::copy(kSample + QLatin1Char('/') + name, dir + QLatin1Char('/') + name));
        QCOMPARE(DataSource::kindOf(dir), SourceKind::Folder);
        checkVariant(dir, 25000);
        QString storeError;
        auto store = buildStore(dir, &storeError);
        QVERIFY2(store, qPrintable(storeError));
        QCOMPARE(ParcelStatistics::missingFigures(*store), QStringList());
        QString error;
        auto dataset = Dataset::open(dir, &error);
        QVERIFY2(dataset, qPrintable(error));
        QStringList roles;
        for (const auto &layer : dataset->layers())
            roles << layer->role;
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("city_limits"), QStringLiteral("districts"), QStringLiteral("infrastructure"),
                                     QStringLiteral("infrastructure"), QStringLiteral("parcels"), QStringLiteral("sez_boundary"),
                                     QStringLiteral("zones")}));
    }

    // The guess reads the first features of each layer, and once: an import of a folder without a
    // manifest reads each layer twice in all (its sample, then the whole of it), as the viewer's
    // open does (it guessed the mapping twice, which cost 40 % of the open at 100k parcels).
    void guessReadsASampleOnce()
    {
        const QString dir = at(QStringLiteral("folder"));
        QString error;
        auto guess = MappingGuess::guess(dir, &error);
        QVERIFY2(guess, qPrintable(error));
        const qint64 layers = qint64(guess->layers().size());
        QCOMPARE(layers, qint64(7));
        for (const LayerGuess &l : guess->layers())
            if (l.spec.role == QLatin1String("parcels")) {
                QCOMPARE(l.featureCount, qint64(25000));
                QCOMPARE(qint64(l.sample->features.size()), qint64(2000));
            }
        ParcelCache::Options options;
        options.cachePath = at(QStringLiteral("folder.gpkg"));
        const qint64 readsBefore = layerReadCount();
        auto cache = ParcelCache::open(dir, options, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->store()->size(), qint64(25000));
        QCOMPARE(layerReadCount() - readsBefore, 2 * layers);
    }

    void russianColumnNames()
    {
        const QString dir = at(QStringLiteral("russian"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/участки.shp"),
                           {QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1251"), QStringLiteral("-sql"),
                            QStringLiteral("SELECT KAD_NOMER AS \"КАД_НОМ\", PLOSHAD AS \"ПЛОЩАДЬ\", ZONA AS \"ЗОНА\", STATUS AS \"СТАТУС\", "
                                           "CEL_NAZN AS \"ЦЕЛ_НАЗН\" FROM parcels WHERE %1").arg(QLatin1String(kSubset))}),
                 QString());
        checkVariant(dir + QStringLiteral("/участки.shp"), 313);
        QString error;
        auto guess = MappingGuess::guess(dir + QStringLiteral("/участки.shp"), &error);
        QVERIFY(guess);
        QStringList mapped;
        for (const FieldGuess &f : guess->layers().front().fields)
            if (!f.source.isEmpty())
                mapped << QStringLiteral("%1=%2").arg(f.field, f.source);
        mapped.sort();
        {
            // A parcels file alone: the SEZ's and the city's figures are not in it, and the summary
            // says so instead of printing 0 ha.
            auto store = buildStore(dir + QStringLiteral("/участки.shp"), &error);
            QVERIFY2(store, qPrintable(error));
            const DatasetSummary summary = summarize(*store);
            QVERIFY(!summary.hasSez);
            QVERIFY(summary.toJson().value(QStringLiteral("sez_area_ha")).isNull());
            QVERIFY(summary.toJson().value(QStringLiteral("city_area_ha")).isNull());
            const QString text = summary.toText(QLocale::c());
            QVERIFY2(!text.contains(QLatin1String("0.0 ha")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("SEZ area:            not in the data")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("the data has no SEZ boundary layer")), qPrintable(text));
        }
        QCOMPARE(mapped, (QStringList{QStringLiteral("area_ha=ПЛОЩАДЬ"), QStringLiteral("cadastral_number=КАД_НОМ"),
                                      QStringLiteral("permitted_use=ЦЕЛ_НАЗН"), QStringLiteral("status=СТАТУС"), QStringLiteral("zone=ЗОНА")}));
    }

    void areasInSquareMetres()
    {
        const QString dir = at(QStringLiteral("m2"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/plots.shp"),
                           {QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"), QStringLiteral("-sql"),
                            QStringLiteral("SELECT KAD_NOMER, PLOSHAD * 10000 AS AREA, ZONA, STATUS FROM parcels WHERE %1")
                                                        .arg(QLatin1String(kSubset))}),
                 QString());
        checkVariant(dir + QStringLiteral("/plots.shp"), 313);
        QString error;
        auto guess = MappingGuess::guess(dir + QStringLiteral("/plots.shp"), &error);
        QVERIFY(guess);
        bool found = false;
        for (const FieldGuess &f : guess->layers().front().fields)
            if (f.field == QLatin1String("area_ha")) {
                QCOMPARE(f.source, QStringLiteral("AREA"));
                QCOMPARE(f.unit, QStringLiteral("m2"));
                found = true;
            }
        QVERIFY(found);
    }

    // A zone no dictionary word or fuzzy match gives stays the file's own category, with its own
    // legend entry and colour; a layer of no role is kept, listed and out of the statistics.
    void unmatchedValuesAndOtherLayers()
    {
        const QString dir = at(QStringLiteral("unmatched"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/parcels.shp"),
                           {QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"), QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"),
                            QStringLiteral("SELECT geometry, KAD_NOMER, PLOSHAD, CASE WHEN rowid % 160 = 0 THEN 'технопарк' ELSE ZONA END AS ZONA, "
                                           "STATUS FROM parcels WHERE rowid % 80 = 0")}),
                 QString());
        QCOMPARE(translate(kSample + QStringLiteral("/infra_networks.shp"), dir + QStringLiteral("/survey_2019.shp"),
                           {QStringLiteral("-sql"), QStringLiteral("SELECT GOD FROM infra_networks")}),
                 QString());
        QString error;
        auto store = buildStore(dir, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->size(), qint64(313));
        QCOMPARE(store->otherLayers(), QStringList{QStringLiteral("survey_2019")});
        // Its features keep their columns, through the cache's snapshot too, for the feature card.
        QVERIFY(!store->otherFeatures().empty());
        const ContextFeature &first = store->otherFeatures().front();
        QCOMPARE(first.attributes.size(), 1);
        QCOMPARE(first.attributes.front().first, QStringLiteral("GOD"));
        QVERIFY(first.attributes.front().second.toLongLong() > 2000);
        auto reread = ParcelStore::deserialize(store->serialize(), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->otherFeatures().front().attributes, first.attributes);
        qint64 ownCategory = 0;
        for (qint64 i = 0; i < store->size(); ++i)
            ownCategory += store->value(i, ParcelField::Zone).toString() == QStringLiteral("технопарк");
        QCOMPARE(ownCategory, qint64(157));
        const MapStyle style(*store);
        QStringList legendZones;
        for (const LegendEntry &e : style.legend(ParcelStyle::Zone))
            legendZones << e.key;
        QVERIFY2(legendZones.contains(QStringLiteral("технопарк")), qPrintable(legendZones.join(QStringLiteral(", "))));
        const QColor own = style.zoneColour(QStringLiteral("технопарк"));
        for (const QString &zone : legendZones)
            if (zone != QStringLiteral("технопарк"))
                QVERIFY2(style.zoneColour(zone) != own, qPrintable(zone));
        bool listed = false;
        for (const LegendEntry &e : style.contextLegend())
            listed = listed || e.label.contains(QStringLiteral("survey_2019"));
        QVERIFY(listed);
    }

    // A GeoTIFF in a folder without a manifest is imagery, drawn under the map: never a layer of
    // features, never guessed into another role, kept by the mapping sezview saves; a layer of no
    // role stays an other layer beside it, and a vector layer cannot be made imagery by hand.
    void folderImageryIsNotAnOtherLayer()
    {
        const QString dir = at(QStringLiteral("imagery"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/parcels.shp"),
                           {QStringLiteral("-where"), QLatin1String(kSubset)}),
                 QString());
        QCOMPARE(translate(kSample + QStringLiteral("/infra_networks.shp"), dir + QStringLiteral("/survey_2019.shp"),
                           {QStringLiteral("-sql"), QStringLiteral("SELECT GOD FROM infra_networks")}),
                 QString());
        GDALDatasetH tif = GDALCreate(GDALGetDriverByName("GTiff"), QFile::encodeName(dir + QStringLiteral("/ortho.tif")).constData(),
                                      4, 4, 1, GDT_Byte, nullptr);
        QVERIFY(tif);
        double transform[6] = {600000, 10, 0, 4800000, 0, -10};
        QCOMPARE(GDALSetGeoTransform(tif, transform), CE_None);
        GDALClose(tif);

        QString error;
        auto guess = MappingGuess::guess(dir, &error);
        QVERIFY2(guess, qPrintable(error));
        auto manifest = guess->manifest();
        QCOMPARE(manifest->imagery().size(), std::size_t(1));
        QCOMPARE(manifest->imagery().front().role, QStringLiteral("imagery"));
        QCOMPARE(manifest->imagery().front().path, QDir(dir).absoluteFilePath(QStringLiteral("ortho.tif")));
        QStringList roles;
        for (const LayerSpec &l : manifest->layers())
            roles << l.role;
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("other"), QStringLiteral("parcels")}));
        const std::vector<LayerSpec> imagery = DatasetManifest::imageryOf(dir, &error);
        QCOMPARE(imagery.size(), std::size_t(1));
        QCOMPARE(imagery.front().path, manifest->imagery().front().path);

        std::size_t survey = 0;
        while (survey < guess->layers().size() && guess->layers()[survey].spec.name != QLatin1String("survey_2019"))
            ++survey;
        QVERIFY(survey < guess->layers().size());
        guess->setRole(survey, QStringLiteral("imagery"));
        QCOMPARE(guess->layers()[survey].spec.role, QStringLiteral("other"));
        QVERIFY(!featureRoles().contains(QStringLiteral("imagery")));
        QVERIFY(knownRoles().contains(QStringLiteral("imagery")));

        auto store = buildStore(dir, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->size(), qint64(313));
        QCOMPARE(store->otherLayers(), QStringList{QStringLiteral("survey_2019")});

        const QString saved = at(QStringLiteral("imagery.dataset.json"));
        QVERIFY2(guess->saveAs(saved, &error), qPrintable(error));
        auto reread = DatasetManifest::load(saved, &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->imagery().size(), std::size_t(1));
        QCOMPARE(reread->imagery().front().path, manifest->imagery().front().path);
        QCOMPARE(reread->layers().size(), std::size_t(2));
    }

    // A real kept as a float (the store's single-precision columns, a FlatGeobuf Float column) is
    // the decimal the file wrote, 10.6 and not 10.6000003814697: in the values every text, export
    // and query reads, and in the attributes of a layer of no role.
    void floatsAreTheDecimalsTheFileWrote()
    {
        QString error;
        std::shared_ptr<const ParcelStore> store = buildStore(kSample, &error);
        QVERIFY2(store, qPrintable(error));
        qint64 row = -1;
        for (qint64 i = 0; i < store->size() && row < 0; ++i)
            if (store->value(i, ParcelField::CadastralNumber).toString() == QLatin1String("03-047-001-193"))
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(store->value(row, ParcelField::WaterM3Day).toString(), QStringLiteral("10.6"));
        bool isNull = true;
        QCOMPARE(store->number(row, int(ParcelField::WaterM3Day), &isNull), 10.6);
        std::vector<qint64> rows;
        QVERIFY2(selectParcels(store, nullptr, QStringLiteral("water_m3_day = 10.6"), &rows, &error), qPrintable(error));
        QVERIFY(std::find(rows.begin(), rows.end(), row) != rows.end());
        QVERIFY2(selectParcels(store, nullptr, QStringLiteral("water_m3_day > 10.6"), &rows, &error), qPrintable(error));
        QVERIFY(std::find(rows.begin(), rows.end(), row) == rows.end());
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.fields = {QStringLiteral("cadastral_number"), QStringLiteral("water_m3_day"), QStringLiteral("computed_area_ha")};
        QBuffer json;
        QVERIFY(json.open(QIODevice::WriteOnly));
        QVERIFY2(exportParcels(*store, {row}, options, &json, &error), qPrintable(error));
        QVERIFY2(json.data().contains("\"water_m3_day\":10.6,") || json.data().contains("\"water_m3_day\":10.6}"), json.data().constData());

        const QString dir = at(QStringLiteral("float32"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/parcels.shp"),
                           {QStringLiteral("-where"), QLatin1String(kSubset)}),
                 QString());
        GDALDriverH driver = GDALGetDriverByName("FlatGeobuf");
        QVERIFY(driver);
        GDALDatasetH ds = GDALCreate(driver, QFile::encodeName(dir + QStringLiteral("/gauges.fgb")).constData(), 0, 0, 0, GDT_Unknown, nullptr);
        QVERIFY(ds);
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 32643);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "gauges", srs, wkbPoint, nullptr);
        OSRRelease(srs);
        OGRFieldDefnH level = OGR_Fld_Create("LEVEL_M", OFTReal);
        OGR_Fld_SetSubType(level, OFSTFloat32);
        QCOMPARE(OGR_L_CreateField(layer, level, 1), OGRERR_NONE);
        OGR_Fld_Destroy(level);
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldDouble(feature, 0, 10.6);
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(point, 0, store->labelPoint(row).x(), store->labelPoint(row).y());
        OGR_F_SetGeometryDirectly(feature, point);
        QCOMPARE(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
        OGR_F_Destroy(feature);
        GDALClose(ds);
        auto withGauges = buildStore(dir, &error);
        QVERIFY2(withGauges, qPrintable(error));
        QCOMPARE(withGauges->otherLayers(), QStringList{QStringLiteral("gauges")});
        const auto &attributes = withGauges->otherFeatures().front().attributes;
        QCOMPARE(attributes.size(), 1);
        QCOMPARE(attributes.front().second.toDouble(), 10.6);
        QCOMPARE(HumanLabels::columnValue(attributes.front().second), QLocale().toString(10.6));
    }

    // WindowsCyrillic as GDAL writes it, and the same bytes under a header that lies (WindowsLatin1):
    // the declaration is checked against the bytes, and the lie is overruled and said.
    void mapInfoWindowsCyrillic_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("says WindowsCyrillic") << QByteArray("WindowsCyrillic");
        QTest::newRow("says WindowsLatin1") << QByteArray("WindowsLatin1");
    }
    void mapInfoWindowsCyrillic()
    {
        QFETCH(QByteArray, charset);
        const QString dir = at(QStringLiteral("tab-") + QString::fromLatin1(charset));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/участки.tab"),
                           {QStringLiteral("-f"), QStringLiteral("MapInfo File"), QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1251"),
                            QStringLiteral("-where"), QLatin1String(kSubset), QStringLiteral("-select"),
                            QStringLiteral("KAD_NOMER,PLOSHAD,ZONA,STATUS,CEL_NAZN")}),
                 QString());
        QFile tab(dir + QStringLiteral("/участки.tab"));
        QVERIFY(tab.open(QIODevice::ReadOnly));
        QByteArray header = tab.readAll();
        tab.close();
        QVERIFY(header.contains("!charset WindowsCyrillic"));
        header.replace("!charset WindowsCyrillic", "!charset " + charset);
        QVERIFY(tab.open(QIODevice::WriteOnly | QIODevice::Truncate));
        tab.write(header);
        tab.close();
        checkVariant(tab.fileName(), 313);
        QString error;
        auto dataset = Dataset::open(tab.fileName(), &error);
        QVERIFY2(dataset, qPrintable(error));
        const LayerData &layer = *dataset->layers().front();
        QCOMPARE(layer.encoding.encoding, QByteArray("CP1251"));
        QCOMPARE(layer.encoding.overruled.isEmpty(), charset == "WindowsCyrillic");
    }

    void mapInfoNeutral()
    {
        const QString dir = at(QStringLiteral("neutral"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(writeNeutralTab(dir + QStringLiteral("/plan.tab")), QString());
        checkVariant(dir + QStringLiteral("/plan.tab"), 313);
        QString error;
        auto dataset = Dataset::open(dir + QStringLiteral("/plan.tab"), &error);
        QVERIFY2(dataset, qPrintable(error));
        const LayerData &layer = *dataset->layers().front();
        QCOMPARE(layer.encoding.encoding, QByteArray("RK1048"));
        QStringList projects;
        for (const Feature &f : layer.features)
            projects << layer.value(f, QStringLiteral("project_kk")).toString();
        QVERIFY2(projects.contains(QStringLiteral("Ірімшік зауыты")) || projects.join(QString()).contains(QStringLiteral("қ")),
                 qPrintable(projects.mid(0, 5).join(QStringLiteral("; "))));
    }

    void geoPackageOfEveryLayer()
    {
        const QString gpkg = at(QStringLiteral("plan.gpkg"));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), gpkg,
                           {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-where"), QLatin1String(kSubset)}),
                 QString());
        for (const char *layer : {"zones", "districts", "city_limits", "sez_boundary", "infra_objects", "infra_networks"})
            QCOMPARE(translate(kSample + QStringLiteral("/%1.shp").arg(QLatin1String(layer)), gpkg, {QStringLiteral("-update")}), QString());
        QString error;
        QCOMPARE(DataSource::layersOf(gpkg, &error).size(), std::size_t(7));
        checkVariant(gpkg, 313);
    }

    void kml()
    {
        const QString kml = at(QStringLiteral("plan.kml"));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), kml,
                           {QStringLiteral("-f"), QStringLiteral("KML"), QStringLiteral("-where"), QLatin1String(kSubset), QStringLiteral("-select"),
                            QStringLiteral("KAD_NOMER,PLOSHAD,ZONA,STATUS")}),
                 QString());
        checkVariant(kml, 313);
    }

    // The other single-file formats, each with the sample's own column names.
    void otherFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::newRow("mif") << QStringLiteral("plan.mif") << QStringLiteral("MapInfo File");
        QTest::newRow("flatgeobuf") << QStringLiteral("plan.fgb") << QStringLiteral("FlatGeobuf");
        QTest::newRow("geojson") << QStringLiteral("plan.geojson") << QStringLiteral("GeoJSON");
        QTest::newRow("kmz") << QStringLiteral("plan.kmz") << QStringLiteral("LIBKML");
    }
    void otherFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        const QString path = at(file);
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), path,
                           {QStringLiteral("-f"), driver, QStringLiteral("-nlt"), QStringLiteral("PROMOTE_TO_MULTI"), QStringLiteral("-where"),
                            QLatin1String(kSubset), QStringLiteral("-select"), QStringLiteral("KAD_NOMER,PLOSHAD,ZONA,STATUS")}),
                 QString());
        checkVariant(path, 313);
    }

    void dxfWithLabels()
    {
        // A surveyor's drawing: hatched areas (holes and all) and, inside each, a text with its
        // cadastral number. The one parcel of two parts is left out: its second hatch has no label
        // of its own, and nothing in a drawing says whose part it is.
        const QString dxf = at(QStringLiteral("plan.dxf"));
        const QString where = QStringLiteral("rowid % 80 = 0 AND ST_GeometryType(geometry) = 'POLYGON'");
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dxf,
                           {QStringLiteral("-f"), QStringLiteral("DXF"), QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"),
                            QStringLiteral("SELECT geometry, NULL AS OGR_STYLE FROM parcels WHERE %1 UNION ALL "
                                           "SELECT PointOnSurface(geometry), 'LABEL(f:\"Arial\",t:\"' || KAD_NOMER || '\",s:2g)' FROM parcels WHERE %1")
                                .arg(where)}),
                 QString());
        checkVariant(dxf, 312, true);   // 9 of them with holes
        // A drawing gives geometry and numbers only: the figures it lacks are named, with why.
        QString error;
        auto store = buildStore(dxf, &error);
        QVERIFY2(store, qPrintable(error));
        const QStringList missing = ParcelStatistics::missingFigures(*store);
        QCOMPARE(missing.size(), 6);
        QVERIFY(missing.join(QLatin1Char(' ')).contains(QStringLiteral("zone")));
    }

    // Each corpus folder is a folder without a manifest: it opens, every layer GDAL reads is there or
    // named in a warning, and a layer with fewer features than GDAL counts says how many are missing.
    void corpusFoldersOpenWithHonestCounts_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *folder : {"crs", "encodings", "odd", "public"})
            QTest::newRow(folder) << QStringLiteral(SEZ_CORPUS_DIR "/%1").arg(QLatin1String(folder));
    }
    void corpusFoldersOpenWithHonestCounts()
    {
        QFETCH(QString, folder);
        QString error;
        auto dataset = Dataset::open(folder, &error);
        QVERIFY2(dataset, qPrintable(error));
        QVERIFY(dataset->manifest().isGuessed());
        const QString warnings = dataset->warnings().join(QLatin1Char('\n'));
        for (const SourceLayer &source : DataSource::layersOf(folder, &error)) {
            GDALDatasetH ds = GDALOpenEx(QFile::encodeName(source.path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            const qint64 gdalCount = ds ? OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, 0), 1) : -1;
            GDALClose(ds);
            const LayerData *read = nullptr;
            for (const auto &layer : dataset->layers())
                if (QFileInfo(layer->path) == QFileInfo(source.path))
                    read = layer.get();
            if (!read) {
                QVERIFY2(warnings.contains(QFileInfo(source.path).fileName()), qPrintable(source.path + QStringLiteral(" left out silently")));
                continue;
            }
            const qint64 missing = gdalCount - qint64(read->features.size());
            if (gdalCount >= 0 && missing > 0)
                QVERIFY2(read->warnings.join(QLatin1Char(' ')).contains(QString::number(missing)),
                         qPrintable(QStringLiteral("%1: %2 of %3 read, and the warnings say: %4").arg(source.path).arg(read->features.size())
                                        .arg(gdalCount).arg(read->warnings.join(QStringLiteral("; ")))));
        }
    }

    void zipReadInPlace()
    {
        const QString dir = at(QStringLiteral("tozip"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(translate(kSample + QStringLiteral("/parcels.shp"), dir + QStringLiteral("/участки.shp"),
                           {QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1251"), QStringLiteral("-where"), QLatin1String(kSubset),
                            QStringLiteral("-select"), QStringLiteral("KAD_NOMER,PLOSHAD,ZONA,STATUS")}),
                 QString());
        QCOMPARE(translate(kSample + QStringLiteral("/zones.shp"), dir + QStringLiteral("/зоны.shp"), {}), QString());
        const QString zip = at(QStringLiteral("plan.zip"));
        QCOMPARE(zipFolder(dir, zip), QString());
        // Info-ZIP, as Linux users make zips, writes UTF-8 names without the zip's UTF-8 flag: GDAL
        // reads them as CP437, and the layer's name must still read as the file's.
        QProcess infoZip;
        infoZip.setWorkingDirectory(dir);
        infoZip.start(QStringLiteral("zip"), {QStringLiteral("-q"), at(QStringLiteral("infozip.zip")), QStringLiteral("участки.shp"),
                                             QStringLiteral("участки.shx"), QStringLiteral("участки.dbf"), QStringLiteral("участки.prj"),
                                             QStringLiteral("участки.cpg")});
        QVERIFY2(infoZip.waitForFinished(60000) && infoZip.exitCode() == 0, "zip (scripts/deps.sh installs it) failed");
        QString zipError;
        const std::vector<SourceLayer> zipped = DataSource::layersOf(at(QStringLiteral("infozip.zip")), &zipError);
        QCOMPARE(zipped.size(), std::size_t(1));
        QCOMPARE(zipped.front().name, QStringLiteral("участки"));
        QVERIFY(QFile::remove(at(QStringLiteral("infozip.zip"))));
        QVERIFY(QDir(dir).removeRecursively());
        QCOMPARE(DataSource::kindOf(zip), SourceKind::Archive);
        auto entries = [this] {
            QStringList names = QDir(mDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            names.removeIf([](const QString &name) { return name.startsWith(QLatin1String("init-")); });
            return names;
        };
        const QStringList before = entries();
        checkVariant(zip, 313);
        QCOMPARE(entries(), before);   // read in place: nothing unpacked
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
