// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel store: fields through the field table, extra source columns, coded columns without a
// limit, derived fields, snapshots that share columns, and a snapshot codec that refuses damage.
#include "core/base/parallel.h"
#include "core/io/dataset.h"
#include "core/io/manifest.h"
#include "core/io/sourcecolumns.h"
#include "core/io/storebuilder.h"
#include "core/model/nearestinfrastructure.h"
#include "core/model/parcelstore.h"
#include "core/model/scratcharray.h"
#include "core/query/parcelquery.h"
#include "gdalfixture.h"
#include "columnfixture.h"
#include "storefixture.h"
#include "tools/generator.h"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <malloc.h>
#include <cstring>
#include <limits>

using namespace sez;
using namespace sez::test;

namespace {

// Whether malloc is glibc's: AddressSanitizer brings its own allocator, whose blocks mallinfo2()
// does not see and whose pages (quarantine, shadow) are not the program's.
#if defined(__SANITIZE_ADDRESS__)   // GCC's spelling
#define SEZ_TEST_ASAN 1
#elif defined(__has_feature)   // Clang's
#if __has_feature(address_sanitizer)
#define SEZ_TEST_ASAN 1
#endif
#endif
#ifdef SEZ_TEST_ASAN
constexpr bool kGlibcMalloc = false;
#else
constexpr bool kGlibcMalloc = true;
#endif

// A field of /proc/self/status given in kB ("VmHWM", "RssAnon"); 0 when it cannot be read.
qint64 processStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = field + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The process's anonymous resident memory (RssAnon), in bytes.
qint64 anonymousResident()
{
    return processStatusKb("RssAnon") * 1024;
}

// Whether an address lies in one of the process's mappings.
bool isMapped(const void *address)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const quintptr a = quintptr(address);
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> range = line.split(' ').value(0).split('-');
        if (range.size() == 2 && a >= range[0].toULongLong(nullptr, 16) && a < range[1].toULongLong(nullptr, 16))
            return true;
    }
    return false;
}

// The store's query context without its columns: every row through number() and code(), the way
// queries were evaluated before they read Decimal32 integers and codes from the columns.
class WithoutColumns : public QueryContext
{
public:
    explicit WithoutColumns(ParcelQueryContext &inner) : mInner(inner) {}
    QList<QueryField> fields() const override { return mInner.fields(); }
    QStringList infrastructureKinds() const override { return mInner.infrastructureKinds(); }
    QVariant value(qint64 row, int field) const override { return mInner.value(row, field); }
    double number(qint64 row, int field, bool *isNull) const override { return mInner.number(row, field, isNull); }
    QStringView text(qint64 row, int field, bool *isNull) const override { return mInner.text(row, field, isNull); }
    const QStringList *dictionary(int field) const override { return mInner.dictionary(field); }
    int code(qint64 row, int field) const override { return mInner.code(row, field); }
    bool resolveValue(int field, const QString &written, QString *stored, QString *suggestion) override
    {
        return mInner.resolveValue(field, written, stored, suggestion);
    }
    bool insideCity(qint64 row) const override { return mInner.insideCity(row); }
    double distanceTo(qint64 row, int kind) const override { return mInner.distanceTo(row, kind); }
    int prepareSpatial(SpatialRelation relation, const SpatialArgument &argument, QString *error) override
    {
        return mInner.prepareSpatial(relation, argument, error);
    }
    bool spatial(qint64 row, int handle) const override { return mInner.spatial(row, handle); }
    int prepareMatch(const QString &text, QString *error) override { return mInner.prepareMatch(text, error); }
    bool matches(qint64 row, int handle) const override { return mInner.matches(row, handle); }

private:
    ParcelQueryContext &mInner;
};

// The store of a dataset the sample generator makes (what the bench measures, at a small size).
std::shared_ptr<const ParcelStore> generatedStore(int parcels, quint64 seed, QString *error)
{
    QTemporaryDir dir;
    GeneratorOptions options;
    options.parcels = parcels;
    options.seed = seed;
    options.outDir = dir.filePath(QStringLiteral("generated"));
    if (!generateDataset(options, nullptr, error))
        return nullptr;
    auto dataset = Dataset::open(options.outDir + QStringLiteral("/dataset.json"), error);
    return dataset ? StoreBuilder::build(*dataset, error) : nullptr;
}

} // namespace

namespace {

constexpr int kEpsg = 32643;
constexpr double kX0 = 650000, kY0 = 4825000;
constexpr int kParcels = 10;

// Parcels of 100 m x 100 m every 200 m along a row; the city holds the first five, the district
// "Gate" the first three, and a substation stands 300 m north of the first parcel's middle.
QString writeDataset(const QString &dir)
{
    std::vector<LayerFeature> parcels;
    for (int i = 0; i < kParcels; ++i) {
        parcels.push_back({square(kX0 + 200 * i, kY0, 100),
                           {QStringLiteral("03-047-001-%1").arg(i, 3, 10, QLatin1Char('0')), 1.0 + 0.1 * i,
                            i % 2 ? QStringLiteral("logistics") : QStringLiteral("industrial"), QStringLiteral("free"),
                            i % 3 == 0 ? QVariant(QStringLiteral("ТОО «Алатау»")) : QVariant(), qint64(10 * i),
                            i < 5 ? QVariant(QDate(2030, 1, 1).addDays(i)) : QVariant(),
                            QStringLiteral("примечание %1").arg(i), 1.5 * i, qint64(i), QStringLiteral("Old %1").arg(i)}});
    }
    QString error = writeLayer(dir + QStringLiteral("/parcels.shp"), "ESRI Shapefile", kEpsg, wkbPolygon,
                               {{"KAD_NOMER", OFTString}, {"PLOSHAD", OFTReal}, {"ZONA", OFTString}, {"STATUS", OFTString},
                                {"INVESTOR", OFTString}, {"RAB_MESTA", OFTInteger}, {"AREND_NACH", OFTDate},
                                {"NOTE", OFTString}, {"SCORE", OFTReal}, {"PRIORITY", OFTInteger}, {"DISTRICT", OFTString}},
                               parcels);
    error += writeLayer(dir + QStringLiteral("/city.shp"), "ESRI Shapefile", kEpsg, wkbPolygon, {{"name", OFTString}},
                        {{{{kX0 - 50, kY0 - 50}, {kX0 + 1000, kY0 - 50}, {kX0 + 1000, kY0 + 150}, {kX0 - 50, kY0 + 150}},
                          {QStringLiteral("Alatau")}}});
    error += writeLayer(dir + QStringLiteral("/districts.shp"), "ESRI Shapefile", kEpsg, wkbPolygon, {{"district", OFTString}},
                        {{{{kX0 - 50, kY0 - 50}, {kX0 + 600, kY0 - 50}, {kX0 + 600, kY0 + 150}, {kX0 - 50, kY0 + 150}},
                          {QStringLiteral("Gate")}}});
    error += writeLayer(dir + QStringLiteral("/infra.shp"), "ESRI Shapefile", kEpsg, wkbPoint, {{"kind", OFTString}, {"name", OFTString}},
                        {{{{kX0 + 50, kY0 + 400}}, {QStringLiteral("substation"), QStringLiteral("ПС-1")}, LayerFeature::Shape::Point}});
    QFile manifest(dir + QStringLiteral("/dataset.json"));
    if (!manifest.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the manifest");
    manifest.write(R"({"name": "test", "map_crs": "EPSG:32643", "layers": [
        {"name": "parcels", "role": "parcels", "path": "parcels.shp", "fields": {"RAB_MESTA": "jobs", "AREND_NACH": "lease_start"}},
        {"name": "city", "role": "city_limits", "path": "city.shp"},
        {"name": "districts", "role": "districts", "path": "districts.shp"},
        {"name": "infra", "role": "infrastructure", "path": "infra.shp"}]})");
    return error;
}

qint64 peakResidentKb()
{
    return processStatusKb("VmHWM");
}

} // namespace

class TestParcelStore : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<Dataset> mDataset;
    std::shared_ptr<const ParcelStore> mStore;

    int extra(const QString &name) const
    {
        const int i = mStore->fieldIndex(name);
        return i >= int(ParcelField::Count) ? i : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        const QString error = writeDataset(mDir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString openError;
        mDataset = Dataset::open(mDir.filePath(QStringLiteral("dataset.json")), &openError);
        QVERIFY2(mDataset, qPrintable(openError));
        mStore = StoreBuilder::build(*mDataset, &openError);
        QVERIFY2(mStore, qPrintable(openError));
        QCOMPARE(mStore->size(), qint64(kParcels));
    }

    void fieldTableIsConsistent()
    {
        QCOMPARE(FieldTable::all().size(), std::size_t(ParcelField::Count));
        for (const FieldSpec &spec : FieldTable::all()) {
            QCOMPARE(parcelFieldFromName(QString::fromLatin1(spec.name)), spec.id);
            QVERIFY2(qstrlen(spec.exportName) <= 10, spec.name);
            QVERIFY2(!FieldTable::label(spec).isEmpty(), spec.name);
        }
        QCOMPARE(FieldTable::fromSourceName(QStringLiteral("kad_nomer"))->id, ParcelField::CadastralNumber);
        QCOMPARE(parcelFieldFromName(QStringLiteral("area")), ParcelField::ComputedAreaHa);
        QCOMPARE(infrastructureKinds().size(), 5);
        QCOMPARE(FieldTable::spec(FieldTable::distanceField(int(infrastructureKinds().indexOf(QStringLiteral("highway"))))).infrastructureKind,
                 "highway");
    }

    void sourceValuesPerField()
    {
        const ParcelStore &s = *mStore;
        for (int i = 0; i < kParcels; ++i) {
            QCOMPARE(s.value(i, ParcelField::CadastralNumber).toString(), QStringLiteral("03-047-001-%1").arg(i, 3, 10, QLatin1Char('0')));
            QCOMPARE(s.officialAreaHa(i), 1.0 + 0.1 * i);
            QCOMPARE(s.value(i, ParcelField::Zone).toString(), i % 2 ? QStringLiteral("logistics") : QStringLiteral("industrial"));
            QCOMPARE(s.value(i, ParcelField::Investor), i % 3 == 0 ? QVariant(QStringLiteral("ТОО «Алатау»")) : QVariant());
            // 0 jobs means "none" (the field table says so): null, as the empty investor.
            QCOMPARE(s.value(i, ParcelField::Jobs), i == 0 ? QVariant() : QVariant(qint64(10 * i)));
            QCOMPARE(s.value(i, ParcelField::LeaseStart), i < 5 ? QVariant(QDate(2030, 1, 1).addDays(i)) : QVariant());
            QCOMPARE(s.findCadastralNumber(QStringLiteral("03047001%1").arg(i, 3, 10, QLatin1Char('0'))), qint64(i));
        }
        // A field the source does not have holds no memory and is null everywhere.
        QCOMPARE(s.column(int(ParcelField::PowerKw)).storage(), ColumnStorage::Absent);
        QVERIFY(!s.value(3, ParcelField::PowerKw).isValid());
        QCOMPARE(s.dictionary(ParcelField::Zone), QStringList({QStringLiteral("industrial"), QStringLiteral("logistics")}));
    }

    void derivedFields()
    {
        const ParcelStore &s = *mStore;
        for (int i = 0; i < kParcels; ++i) {
            // 1 ha on the map; on the ellipsoid UTM's scale factor (about 0.9996 here) makes it larger.
            QVERIFY2(std::abs(s.computedAreaHa(i) - 1.0) < 0.005, qPrintable(QString::number(s.computedAreaHa(i))));
            QCOMPARE(s.value(i, ParcelField::ComputedAreaHa).toDouble(), s.computedAreaHa(i));
            QCOMPARE(s.insideCity(i), i < 5);
            QCOMPARE(s.value(i, ParcelField::InsideCity), QVariant(i < 5));
            QCOMPARE(s.value(i, ParcelField::District), i < 3 ? QVariant(QStringLiteral("Gate")) : QVariant());
        }
        // The substation is 300 m north of the middle of parcel 0: 304.1 m from its nearest corner.
        QVERIFY2(std::abs(s.distanceTo(0, 0) - std::hypot(50.0, 300.0)) < 0.01, qPrintable(QString::number(s.distanceTo(0, 0))));
        QCOMPARE(s.value(0, ParcelField::DistanceSubstation).toDouble(), s.distanceTo(0, 0));
        QVERIFY(s.distanceTo(3, 0) > s.distanceTo(1, 0));
        // No highway in the dataset: infinitely far, and null as a value.
        QVERIFY(std::isinf(s.distanceTo(0, int(infrastructureKinds().indexOf(QStringLiteral("highway"))))));
        QVERIFY(!s.value(0, ParcelField::DistanceHighway).isValid());
    }

    // The store's distances prune the infrastructure's segments with an R-tree; on the bundled sample
    // they are what measuring every vertex against every segment gives (nearestInfrastructure()).
    void distancesAreEveryVertexToEverySegment()
    {
        QString error;
        auto dataset = Dataset::open(QStringLiteral(SEZ_SAMPLE_DIR "/dataset.json"), &error);
        QVERIFY2(dataset, qPrintable(error));
        auto store = StoreBuilder::build(*dataset, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->size() > 1000);
        const QStringList &kinds = infrastructureKinds();
        int measured = 0;
        for (qint64 row = 0; row < store->size(); ++row) {
            std::vector<double> expected(std::size_t(kinds.size()), std::numeric_limits<double>::infinity());
            for (const NearestInfrastructure &n : nearestInfrastructure(*store, row))
                expected[std::size_t(kinds.indexOf(n.kind))] = n.metres;
            for (int k = 0; k < int(kinds.size()); ++k) {
                const double got = store->distanceTo(row, k), want = expected[std::size_t(k)];
                if (std::isinf(want)) {
                    QVERIFY(std::isinf(got));
                    continue;
                }
                // The store keeps floats: a relative 1e-6, and a millimetre near 0.
                QVERIFY2(std::abs(got - want) <= 1e-6 * want + 1e-3,
                         qPrintable(QStringLiteral("row %1, %2: %3 m, every segment gives %4 m").arg(row).arg(kinds[k]).arg(got, 0, 'f', 4).arg(want, 0, 'f', 4)));
                ++measured;
            }
        }
        QVERIFY(measured > 1000);
    }

    void extraColumnsKeepTheirNames()
    {
        const ParcelStore &s = *mStore;
        QCOMPARE(s.fieldCount(), int(ParcelField::Count) + 4);
        const int note = extra(QStringLiteral("note")), score = extra(QStringLiteral("SCORE")), priority = extra(QStringLiteral("Priority"));
        QVERIFY(note > 0 && score > 0 && priority > 0);
        QCOMPARE(s.field(note).name, QStringLiteral("NOTE"));
        QVERIFY(s.field(note).isExtra());
        QCOMPARE(s.field(score).kind, FieldKind::Real);
        QCOMPARE(s.field(priority).kind, FieldKind::Integer);
        // A source column named like a derived field is kept too, under a name of its own.
        const int oldDistrict = extra(QStringLiteral("DISTRICT_2"));
        QVERIFY(oldDistrict > 0);
        for (int i = 0; i < kParcels; ++i) {
            QCOMPARE(s.value(i, note).toString(), QStringLiteral("примечание %1").arg(i));
            QCOMPARE(s.value(i, score).toDouble(), 1.5 * i);
            QCOMPARE(s.value(i, priority).toLongLong(), qint64(i));
            QCOMPARE(s.value(i, oldDistrict).toString(), QStringLiteral("Old %1").arg(i));
        }
    }

    void extraColumnsAndAliasesAreQueryable()
    {
        auto select = [&](const QString &where) {
            std::vector<qint64> rows;
            QString error;
            if (!selectParcels(mStore, nullptr, where, &rows, &error))
                return std::vector<qint64>{-1};
            return rows;
        };
        QCOMPARE(select(QStringLiteral("priority >= 7")), std::vector<qint64>({7, 8, 9}));
        QCOMPARE(select(QStringLiteral("NOTE = 'примечание 3'")), std::vector<qint64>({3}));
        QCOMPARE(select(QStringLiteral("score between 3 and 6")), std::vector<qint64>({2, 3, 4}));
        QCOMPARE(select(QStringLiteral("computed_area_ha > 0.9 and inside_city")), std::vector<qint64>({0, 1, 2, 3, 4}));
        // The computed area's old name still parses, and prints back as the new one.
        QCOMPARE(select(QStringLiteral("area > 0.9 and district = 'Gate'")), std::vector<qint64>({0, 1, 2}));
        ParcelQueryContext context(mStore, nullptr);
        QString error;
        auto query = Query::parse(QStringLiteral("area > 0.5"), context, &error);
        QVERIFY2(query, qPrintable(error));
        QCOMPARE(query->normalized(), QStringLiteral("computed_area_ha > 0.5"));
    }

    void codedColumnsHaveNoLimit()
    {
        // The 65,536th distinct value used to become code 0, the first value, without a word.
        ParcelColumnBuilder builder(ColumnStorage::Codes16, 70'000);
        for (int i = 0; i < 70'000; ++i)
            builder.appendText(QStringLiteral("value %1").arg(i));
        QString error;
        auto column = builder.finish(&error);
        QVERIFY2(column, qPrintable(error));
        QCOMPARE(column->storage(), ColumnStorage::Codes32);
        QCOMPARE(column->dictionary().size(), 70'000);
        for (int i : {0, 65'535, 65'536, 65'537, 69'999}) {
            QCOMPARE(column->text(i), QStringLiteral("value %1").arg(i));
            QCOMPARE(column->code(i), i);
        }
    }

    void smallDictionariesTakeAByteARow()
    {
        // 256 entries (the empty one, null, among them) fit in a byte a row; the 257th widens.
        ParcelColumnBuilder builder(ColumnStorage::Codes16, 1000);
        for (int i = 0; i < 1000; ++i)
            builder.appendText(i % 256 == 0 ? QString() : QStringLiteral("value %1").arg(i % 256));
        QString error;
        auto column = builder.finish(&error);
        QVERIFY2(column, qPrintable(error));
        QCOMPARE(column->storage(), ColumnStorage::Codes8);
        QVERIFY(column->isCoded());
        QCOMPARE(column->dictionary().size(), 256);
        QCOMPARE(column->structuralBytes(), std::size_t(1000));
        QCOMPARE(column->text(255), QStringLiteral("value 255"));
        QCOMPARE(column->code(255), 255);
        QVERIFY(!column->value(512).isValid());
        // Patched with new values: the codes already handed out keep their meaning.
        auto patched = ParcelColumnBuilder::patched(*column, {{3, QStringLiteral("new 1")}, {4, QStringLiteral("value 7")}},
                                                    ColumnStorage::Codes16, &error);
        QVERIFY2(patched, qPrintable(error));
        QCOMPARE(patched->storage(), ColumnStorage::Codes16);
        QCOMPARE(patched->code(3), 256);
        QCOMPARE(patched->text(3), QStringLiteral("new 1"));
        QCOMPARE(patched->code(4), 7);
        QCOMPARE(patched->text(999), column->text(999));
        auto same = ParcelColumnBuilder::patched(*column, {{3, QStringLiteral("value 9")}}, ColumnStorage::Codes16, &error);
        QVERIFY2(same, qPrintable(error));
        QCOMPARE(same->storage(), ColumnStorage::Codes8);
        QCOMPARE(same->text(3), QStringLiteral("value 9"));
        QCOMPARE(same->text(5), QStringLiteral("value 5"));
        // The store's coded columns of few values are bytes, and come back from a snapshot as bytes.
        QCOMPARE(mStore->column(int(ParcelField::Zone)).storage(), ColumnStorage::Codes8);
    }

    // A column of doubles that are all a 32-bit integer over a power of ten is kept in 4 B a row
    // and gives back the very same doubles; one value that does not fit keeps the column in doubles.
    void decimalColumnsGiveBackTheSameDoubles()
    {
        auto same = [](const ParcelColumn &column, const std::vector<double> &values) {
            for (std::size_t i = 0; i < values.size(); ++i) {
                bool isNull = false;
                const double got = column.number(qint64(i), &isNull);
                if (std::isnan(values[i]) ? !isNull || column.value(qint64(i)).isValid()
                                          : isNull || std::memcmp(&got, &values[i], sizeof got) != 0
                                                || column.value(qint64(i)).toDouble() != values[i])
                    return false;
            }
            return true;
        };
        QRandomGenerator random(3);
        std::vector<double> areas, money = {0, 2.5e12, 125e6, std::nan(""), -3e9}, mixed;
        for (int i = 0; i < 5000; ++i)
            areas.push_back(i % 100 == 0 ? std::nan("") : double(random.bounded(2'000'000)) / 1e4);   // as a file writes 4 decimals
        areas.push_back(-12.3456);
        mixed = areas;
        mixed.push_back(0.1 + 0.2);   // 0.30000000000000004: no power of ten up to 10^9 gives it back
        const std::vector<std::pair<std::vector<double>, ColumnStorage>> cases = {
            {areas, ColumnStorage::Decimal32}, {money, ColumnStorage::Decimal32}, {mixed, ColumnStorage::Real64},
            {{-0.0, 1.0}, ColumnStorage::Real64}, {{1e300}, ColumnStorage::Real64}};
        for (const auto &[values, storage] : cases) {
            const auto column = realColumn(values);
            QVERIFY(column);
            QCOMPARE(column->storage(), storage);
            QVERIFY(same(*column, values));
            if (storage == ColumnStorage::Decimal32)
                QCOMPARE(column->structuralBytes(), values.size() * 4);
            // Through a snapshot, and patched (widened to doubles, narrowed again).
            const auto read = snapshotCopy(*column, qint64(values.size()));
            QVERIFY(read);
            QCOMPARE(read->storage(), storage);
            QVERIFY(same(*read, values));
            QString error;
            const auto patched = ParcelColumnBuilder::patched(*column, {{0, QVariant(7.5)}}, ColumnStorage::Real64, &error);
            QVERIFY2(patched, qPrintable(error));
            std::vector<double> expected = values;
            expected[0] = 7.5;
            QVERIFY(same(*patched, expected));
        }
    }

    // Integers and dates that span less than 65,535 take 2 B a row, the same values back.
    void narrowIntegersGiveBackTheSameValues()
    {
        const std::vector<std::pair<ColumnStorage, std::vector<QVariant>>> cases = {
            {ColumnStorage::Int32, {QVariant(qint64(1300)), QVariant(), QVariant(qint64(-20)), QVariant(qint64(65514))}},
            {ColumnStorage::Int32, {QVariant(qint64(0)), QVariant(qint64(65535))}},   // one too many: stays 32-bit
            {ColumnStorage::Int32, {QVariant(), QVariant()}},
            {ColumnStorage::JulianDay, {QVariant(QDate(2049, 4, 12)), QVariant(), QVariant(QDate(2024, 1, 18))}}};
        const std::vector<ColumnStorage> narrowed = {ColumnStorage::Int16, ColumnStorage::Int32, ColumnStorage::Int16,
                                                     ColumnStorage::JulianDay16};
        for (std::size_t k = 0; k < cases.size(); ++k) {
            const auto &[storage, values] = cases[k];
            ParcelColumnBuilder builder(storage, qint64(values.size()));
            for (const QVariant &v : values)
                builder.append(v);
            QString error;
            const auto column = builder.finish(&error);
            QVERIFY(column);
            QCOMPARE(column->storage(), narrowed[k]);
            const auto read = snapshotCopy(*column, qint64(values.size()));
            QVERIFY(read);
            const auto patched = ParcelColumnBuilder::patched(*column, {{1, values[0]}}, storage, &error);
            QVERIFY(patched);
            for (std::size_t i = 0; i < values.size(); ++i) {
                for (const auto *c : {column.get(), read.get()}) {
                    QCOMPARE(c->value(qint64(i)), values[i]);
                    bool isNull = false;
                    const double number = c->number(qint64(i), &isNull);
                    QCOMPARE(isNull, !values[i].isValid());
                    if (values[i].isValid())
                        QCOMPARE(number, storage == ColumnStorage::JulianDay ? double(values[i].toDate().toJulianDay()) : values[i].toDouble());
                }
                QCOMPARE(patched->value(qint64(i)), i == 1 ? values[0] : values[i]);
            }
            if (narrowed[k] != storage)
                QCOMPARE(column->structuralBytes(), values.size() * 2);
        }
    }

    void storeOf70000DistinctInvestors()
    {
        QTemporaryDir dir;
        std::vector<LayerFeature> parcels;
        for (int i = 0; i < 70'000; ++i)
            parcels.push_back({square(kX0 + 20 * (i % 300), kY0 + 20 * (i / 300), 10),
                               {QStringLiteral("03-%1").arg(i), QStringLiteral("Инвестор %1").arg(i), QStringLiteral("uid-%1").arg(i)}});
        const QString path = dir.filePath(QStringLiteral("parcels.shp"));
        const QString written = writeLayer(path, "ESRI Shapefile", kEpsg, wkbPolygon,
                                           {{"KAD_NOMER", OFTString}, {"INVESTOR", OFTString}, {"UID", OFTString}}, parcels);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QString error;
        auto store = test::buildStore(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->size(), qint64(70'000));
        QCOMPARE(store->column(int(ParcelField::Investor)).storage(), ColumnStorage::Codes32);
        for (int i : {0, 65'534, 65'535, 65'536, 69'999})
            QCOMPARE(store->value(i, ParcelField::Investor).toString(), QStringLiteral("Инвестор %1").arg(i));
        // An extra column of identifiers is kept as text, not as a dictionary of 70,000 entries.
        const int uid = store->fieldIndex(QStringLiteral("UID"));
        QCOMPARE(store->field(uid).kind, FieldKind::Text);
        QCOMPARE(store->column(uid).storage(), ColumnStorage::Utf8);
        QCOMPARE(store->value(69'999, uid).toString(), QStringLiteral("uid-69999"));
        // The snapshot keeps the wide codes.
        auto back = ParcelStore::deserialize(store->serialize(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->value(69'999, ParcelField::Investor).toString(), QStringLiteral("Инвестор 69999"));
    }

    // An import packs the parcels as they are read (Dataset::ParcelFeatures::Packed) and lets their
    // attributes go between buildSource() and derive(): the store is the one built from Features, to
    // the byte (extra columns, dictionaries turned into text, derived fields, two readers).
    void packedParcelsGiveTheSameStore_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<int>("parcels");
        QTest::addColumn<QString>("variant");
        QTest::newRow("own dataset") << mDir.filePath(QStringLiteral("dataset.json")) << 0 << QString();
        QTest::newRow("the sample") << QStringLiteral(SEZ_SAMPLE_DIR "/dataset.json") << 0 << QString();
        QTest::newRow("60,000 parcels, two readers") << QString() << 60'000 << QString();
        // The second half read by the second reader is dropped: its values must not be in the
        // columns (the first reader reads it again and fills them itself).
        QTest::newRow("60,000, shp cut in the second half") << QString() << 60'000 << QStringLiteral("shp:45000");
        QTest::newRow("60,000, shp cut in the first half") << QString() << 60'000 << QStringLiteral("shp:10000");
        QTest::newRow("60,000, dbf cut in the second half") << QString() << 60'000 << QStringLiteral("dbf:45000");
        // Features without polygons are read and counted but are no parcels: no row of a column.
        QTest::newRow("60,000, some without geometry") << QString() << 60'000 << QStringLiteral("empty");
        // One reader (a GeoPackage, as the national register), the identifiers turned into text at the end.
        QTest::newRow("8,000 parcels, a GeoPackage") << QString() << 8'000 << QStringLiteral("gpkg");
        // Two parcel layers: their columns are filled after the read, from both.
        QTest::newRow("two parcel layers") << QString() << 8'000 << QStringLiteral("two");
    }

    void packedParcelsGiveTheSameStore()
    {
        QFETCH(QString, manifest);
        QFETCH(int, parcels);
        QFETCH(QString, variant);
        QTemporaryDir dir;
        const bool gpkg = variant == QLatin1String("gpkg");
        if (parcels > 0) {
            std::vector<LayerFeature> features;
            for (int i = 0; i < parcels; ++i) {
                features.push_back({square(kX0 + 20 * (i % 300), kY0 + 20 * (i / 300), 10 + i % 7),
                                    {QStringLiteral("03-047-%1").arg(i, 6, 10, QLatin1Char('0')), 0.01 * (i % 500),
                                     i % 5 ? QVariant(QStringLiteral("Инвестор %1").arg(i % 40)) : QVariant(),
                                     QStringLiteral("uid-%1").arg(i), qint64(i % 9)}});
                if (variant == QLatin1String("empty") && i % 1013 == 7)
                    features.back().vertices.clear();
            }
            const std::vector<LayerField> fields{{"KAD_NOMER", OFTString}, {"PLOSHAD", OFTReal}, {"INVESTOR", OFTString},
                                                 {"UID", OFTString}, {"KLASS", OFTInteger}};
            const QString file = gpkg ? QStringLiteral("parcels.gpkg") : QStringLiteral("parcels.shp");
            const QString written = writeLayer(dir.filePath(file), gpkg ? "GPKG" : "ESRI Shapefile", kEpsg, wkbPolygon, fields, features);
            QVERIFY2(written.isEmpty(), qPrintable(written));
            QByteArray layers = "{\"name\": \"parcels\", \"role\": \"parcels\", \"path\": \"" + file.toUtf8() + '"';
            layers += gpkg ? ", \"layer\": \"layer\"}" : "}";
            if (variant == QLatin1String("two")) {
                std::vector<LayerFeature> more(features.begin(), features.begin() + 3000);
                for (LayerFeature &f : more)
                    f.values[3] = QStringLiteral("more-") + f.values[3].toString();
                const QString second = writeLayer(dir.filePath(QStringLiteral("more.shp")), "ESRI Shapefile", kEpsg, wkbPolygon,
                                                  {{"KAD_NOMER", OFTString}, {"UID", OFTString}, {"OTHER", OFTInteger}},
                                                  [&] {
                                                      std::vector<LayerFeature> out;
                                                      for (const LayerFeature &f : more)
                                                          out.push_back({f.vertices, {f.values[0], f.values[3], f.values[4]}});
                                                      return out;
                                                  }());
                QVERIFY2(second.isEmpty(), qPrintable(second));
                layers += ", {\"name\": \"more\", \"role\": \"parcels\", \"path\": \"more.shp\"}";
            }
            const QString part = variant.section(QLatin1Char(':'), 0, 0);
            const qint64 record = variant.section(QLatin1Char(':'), 1).toLongLong();
            if (part == QLatin1String("shp")) {
                QFile shp(dir.filePath(QStringLiteral("parcels.shp")));
                QCOMPARE(shp.size(), 100 + qint64(parcels) * 136);   // each square is 136 bytes
                QVERIFY(shp.resize(100 + record * 136 + 40));
            } else if (part == QLatin1String("dbf")) {
                QFile dbf(dir.filePath(QStringLiteral("parcels.dbf")));
                const qint64 header = dbf.size() - 1 - qint64(parcels) * ((dbf.size() - 1 - 32 - 5 * 32 - 1) / parcels);
                QVERIFY(dbf.resize(header + record * ((dbf.size() - 1 - header) / parcels) + 20));
            }
            QFile json(dir.filePath(QStringLiteral("dataset.json")));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(R"({"name": "many", "map_crs": "EPSG:32643", "layers": [)" + layers + "]}");
            json.close();
            manifest = json.fileName();
        }
        QString error;
        auto whole = Dataset::open(manifest, &error);
        QVERIFY2(whole, qPrintable(error));
        auto expected = StoreBuilder::build(*whole, &error);
        QVERIFY2(expected, qPrintable(error));
        auto loaded = DatasetManifest::load(manifest, &error);
        QVERIFY2(loaded, qPrintable(error));
        auto packed = Dataset::open(std::move(loaded), &error, nullptr, Dataset::ParcelFeatures::Packed);
        QVERIFY2(packed, qPrintable(error));
        QCOMPARE(packed->warnings(), whole->warnings());
        const auto parcelLayers = packed->layersWithRole(QStringLiteral("parcels"));
        const LayerData &layer = *parcelLayers.front();
        const LayerData &wholeLayer = *whole->layersWithRole(QStringLiteral("parcels")).front();
        QVERIFY(layer.features.empty());
        QCOMPARE(layer.packed.size(), wholeLayer.featureCount());
        QCOMPARE(layer.damage.lost, wholeLayer.damage.lost);
        QCOMPARE(layer.damage.emptyGeometries, wholeLayer.damage.emptyGeometries);
        if (parcels > 0 && !gpkg && variant.isEmpty() && threadPool()->maxThreadCount() > 1)
            QCOMPARE(layer.readers, 2);
        if (variant.startsWith(QLatin1String("shp")) || variant.startsWith(QLatin1String("dbf")))
            QCOMPARE(layer.readers, 1);
        if (variant == QLatin1String("empty"))
            QVERIFY2(expected->size() < layer.packed.size(), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(expected->size()).arg(layer.packed.size()).arg(layer.damage.emptyGeometries).arg(layer.damage.lost)));
        if (parcelLayers.size() == 1) {
            // The attributes went into the columns batch by batch: none is packed, and what stays
            // of a feature is its rings (a square: 101 bytes and its start).
            QVERIFY(layer.columns);
            QVERIFY(!layer.packed.hasValues());
            QCOMPARE(layer.columns->size(), expected->size());
            QVERIFY2(layer.packed.bytes() <= layer.packed.size() * 120 + (4 << 20), qPrintable(QString::number(layer.packed.bytes())));
        } else {
            QVERIFY(!layer.columns);
            QVERIFY(layer.packed.hasValues());
        }
        QCOMPARE(StoreBuilder::parcelCount(*packed), StoreBuilder::parcelCount(*whole));
        StoreBuilder builder(*packed);
        builder.releaseRingsAfterAreas(packed.get());
        auto source = builder.buildSource(&error);
        QVERIFY2(source, qPrintable(error));
        packed->releaseParcelValues();
        QVERIFY(!layer.packed.hasValues());
        auto store = builder.derive(*source, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->size(), expected->size());
        QVERIFY(store->serialize() == expected->serialize());
        if (parcels > 0 && variant != QLatin1String("two")) {
            // The identifiers (one a parcel) became text; the investors stayed a dictionary.
            const int uid = store->fieldIndex(QStringLiteral("UID"));
            QVERIFY(uid >= int(ParcelField::Count));
            QCOMPARE(store->field(uid).kind, FieldKind::Text);
            QVERIFY(!store->column(uid).isCoded());
            QVERIFY(store->column(store->fieldIndex(QStringLiteral("KLASS"))).size() == store->size());
        }
        // A second buildSource() after the attributes were let go says so instead of reading them.
        QVERIFY(!StoreBuilder(*packed).buildSource(&error));

        // The import's way: the areas computed with the geometry store, and the rings let go batch
        // by batch behind it (batches of 4,096 parcels, so that there are several), then what the
        // import starts once they are gone. The same store, byte for byte.
        loaded = DatasetManifest::load(manifest, &error);
        QVERIFY2(loaded, qPrintable(error));
        auto again = Dataset::open(std::move(loaded), &error, nullptr, Dataset::ParcelFeatures::Packed);
        QVERIFY2(again, qPrintable(error));
        const LayerData &againLayer = *again->layersWithRole(QStringLiteral("parcels")).front();
        const bool batched = againLayer.columns != nullptr;   // one parcel layer, filled while read
        StoreBuilder importing(*again);
        bool ringsGone = false;
        importing.releaseRingsAfterAreas(again.get(), [&] { ringsGone = !againLayer.packed.hasGeometry(); });
        importing.computeAreasWithSource(4096);
        auto againSource = importing.buildSource(&error);
        QVERIFY2(againSource, qPrintable(error));
        QCOMPARE(!againLayer.packed.hasGeometry(), batched && againLayer.packed.size() > 0);
        QVERIFY(againSource->serialize() == source->serialize());
        again->releaseParcelValues();
        auto againStore = importing.derive(*againSource, &error);
        QVERIFY2(againStore, qPrintable(error));
        QCOMPARE(ringsGone, againLayer.packed.size() > 0);
        QVERIFY(againStore->serialize() == expected->serialize());
    }

    // The small parcels' painter reads rings() instead of geometry(): the same points, ring by ring,
    // for parts and holes alike.
    void ringsAreTheGeometrysRings()
    {
        auto square = [](double x, double y, double side) {
            return Path{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}};
        };
        Geometry twoParts;
        twoParts.kind = GeometryKind::Polygon;
        twoParts.polygons.push_back(Polygon{{square(kX0, kY0, 100), square(kX0 + 10.25, kY0 + 10.5, 20)}});
        twoParts.polygons.push_back(Polygon{{square(kX0 + 200.125, kY0, 50)}});
        Geometry one;
        one.kind = GeometryKind::Polygon;
        one.polygons.push_back(Polygon{{square(kX0 + 300, kY0 + 300, 7.75)}});
        ParcelGeometry::Builder builder(QRectF(kX0, kY0, 400, 400), 2);
        builder.add(twoParts, QPointF(kX0 + 50, kY0 + 50));
        builder.add(one, QPointF(kX0 + 303, kY0 + 303));
        const auto geometry = builder.finish();
        std::vector<QPointF> points = {QPointF(1, 1)};   // cleared first
        std::vector<std::size_t> ends = {9};
        for (qint64 parcel = 0; parcel < geometry->size(); ++parcel) {
            geometry->rings(parcel, points, ends);
            std::vector<QPointF> expected;
            std::vector<std::size_t> expectedEnds;
            for (const Polygon &poly : geometry->geometry(parcel).polygons)
                for (const Path &ring : poly.rings) {
                    expected.insert(expected.end(), ring.begin(), ring.end());
                    expectedEnds.push_back(expected.size());
                }
            QCOMPARE(points, expected);
            QCOMPARE(ends, expectedEnds);
        }
        QCOMPARE(ends.size(), std::size_t(1));
        QCOMPARE(points.size(), std::size_t(4));
    }

    // Vertices are kept as 16-bit steps up from their parcel's bounds, or as floats where the steps
    // would not fit (large parcels, parcels near the origin where floats are finest): either way
    // every vertex comes back as the float it was rounded to, through a snapshot too.
    void verticesComeBackAsTheirFloats()
    {
        QRandomGenerator random(13);
        std::vector<Geometry> parcels;
        auto ring = [&](double x, double y, double size, int n) {
            Path path;
            for (int i = 0; i < n; ++i) {
                const double a = 2 * M_PI * i / n;
                path.push_back({x + size * (1 + std::cos(a)) * random.generateDouble(), y + size * (1 + std::sin(a)) * random.generateDouble()});
            }
            return path;
        };
        for (int i = 0; i < 300; ++i) {
            // Small parcels all over, some at the origin's corner, a few kilometres wide.
            const double size = i % 50 == 0 ? 4000 : (i % 7 == 0 ? 0.5 : 30);
            const double x = i % 11 == 0 ? kX0 + 0.001 * i : kX0 + random.bounded(20000.0);
            const double y = i % 13 == 0 ? kY0 : kY0 + random.bounded(20000.0);
            Geometry g;
            g.kind = GeometryKind::Polygon;
            g.polygons.push_back(Polygon{{ring(x, y, size, 4 + i % 9)}});
            if (i % 17 == 0)
                g.polygons.back().rings.push_back(ring(x + size / 2, y + size / 2, size / 10, 5));
            if (i % 19 == 0)
                g.polygons.push_back(Polygon{{ring(x + 3 * size, y, size, 6)}});
            parcels.push_back(std::move(g));
        }
        Geometry none;   // no vertices at all
        none.kind = GeometryKind::Polygon;
        parcels.push_back(none);
        ParcelGeometry::Builder builder(QRectF(kX0, kY0, 30000, 30000), parcels.size());
        for (const Geometry &g : parcels)
            builder.add(g, QPointF(kX0 + 1, kY0 + 1));
        const auto built = builder.finish();
        QDataStream::Version version = QDataStream::Qt_6_4;
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(version);
            built->write(out);
        }
        QDataStream in(bytes);
        in.setVersion(version);
        const auto read = ParcelGeometry::read(in);
        QVERIFY(read);
        const double originX = std::floor(kX0), originY = std::floor(kY0);
        for (const auto &geometry : {built, read}) {
            QCOMPARE(geometry->size(), qint64(parcels.size()));
            for (std::size_t p = 0; p < parcels.size(); ++p) {
                const Geometry g = geometry->geometry(qint64(p));
                QCOMPARE(g.polygons.size(), parcels[p].polygons.size());
                int vertices = 0;
                for (std::size_t k = 0; k < g.polygons.size(); ++k) {
                    QCOMPARE(g.polygons[k].rings.size(), parcels[p].polygons[k].rings.size());
                    for (std::size_t r = 0; r < g.polygons[k].rings.size(); ++r) {
                        const Path &got = g.polygons[k].rings[r], &want = parcels[p].polygons[k].rings[r];
                        QCOMPARE(got.size(), want.size());
                        vertices += int(got.size());
                        for (std::size_t v = 0; v < got.size(); ++v) {
                            QCOMPARE(got[v].x(), double(float(want[v].x() - originX)) + originX);
                            QCOMPARE(got[v].y(), double(float(want[v].y() - originY)) + originY);
                        }
                    }
                }
                QCOMPARE(geometry->vertexCount(qint64(p)), vertices);
            }
        }
    }

    // Queries on the store read Decimal32 integers and coded columns' codes from the columns: the
    // same rows as through the context's number() and code(), on a generated dataset (its official
    // area and investment are Decimal32, its zone, status and district coded).
    void queriesReadingColumnsSelectTheSameRows()
    {
        QString error;
        const auto store = generatedStore(5000, 8, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->column(int(ParcelField::AreaHa)).storage(), ColumnStorage::Decimal32);
        QVERIFY(store->column(int(ParcelField::Zone)).isCoded());
        ParcelQueryContext context(store, nullptr);
        WithoutColumns plain(context);
        const QStringList queries = {
            QStringLiteral("zone in ('industrial','logistics') and status = 'free' and area_ha >= 1 and distance('substation') <= 5000"),
            QStringLiteral("area_ha >= 1"), QStringLiteral("area_ha < 0.5"), QStringLiteral("area_ha = 1.2345"),
            QStringLiteral("area_ha != 1"), QStringLiteral("area_ha <= 2.5 or zone = 'logistics'"),
            QStringLiteral("area_ha between 0.5 and 2"), QStringLiteral("area_ha not between 0.5 and 2"),
            QStringLiteral("not area_ha > 3"), QStringLiteral("investment_kzt > 100000000"),
            QStringLiteral("zone != 'industrial'"), QStringLiteral("status in ('free', 'reserved')"),
            QStringLiteral("zone like 'ind%'"), QStringLiteral("district is null"), QStringLiteral("area_ha is null")};
        int selecting = 0;
        for (const QString &text : queries) {
            const auto fast = Query::parse(text, context, &error);
            const auto slow = Query::parse(text, plain, &error);
            QVERIFY2(fast && slow, qPrintable(text + QStringLiteral(": ") + error));
            qint64 selected = 0;
            for (qint64 row = 0; row < store->size(); ++row) {
                QVERIFY2(fast->matches(row) == slow->matches(row), qPrintable(text + QStringLiteral(" row ") + QString::number(row)));
                selected += fast->matches(row);
            }
            selecting += selected > 0 && selected < store->size();
        }
        QVERIFY(selecting >= 10);   // most of them split the rows, so they test something
    }

    // A scratch array is its own mapping, zeroed, and unmapped when it goes, whatever the heap did
    // before (a large free raises glibc's mmap threshold; such a block would come from the heap).
    void scratchArraysGoBackToTheSystem()
    {
        {
            std::vector<char> large(24 << 20, 1);   // freed: raises the threshold past 16 MB
        }
        const void *where = nullptr;
        {
            ScratchArray<quint64> keys(2'000'000);
            QCOMPARE(keys.size(), std::size_t(2'000'000));
            QCOMPARE(scratch::liveBytes(), std::size_t(16'000'000));
            QVERIFY(std::all_of(keys.begin(), keys.end(), [](quint64 v) { return v == 0; }));
            for (std::size_t i = 0; i < keys.size(); ++i)
                keys[i] = i;
            QCOMPARE(keys[1'999'999], quint64(1'999'999));
            where = keys.data();
            QVERIFY(isMapped(where));
        }
        QVERIFY(!isMapped(where));
        QCOMPARE(scratch::liveBytes(), std::size_t(0));
        ScratchArray<quint32> none(0);
        QCOMPARE(none.begin(), none.end());
        QCOMPARE(scratch::liveBytes(), std::size_t(0));
    }

    // The window index returns exactly the parcels whose bounds meet the window (closed on every
    // side), checked against every parcel, and in the very order Boost's packed R*-tree (the index
    // it replaced) returned them, so maps draw what overlaps as before; parcelAt() the first of
    // them that holds the point. On a generated dataset, together with what the store holds a parcel.
    void windowQueriesAreEveryParcelThatMeetsTheWindow()
    {
        QString error;
        const auto store = generatedStore(20000, 5, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 n = store->size();
        QVERIFY(n > 19000);

        // The bytes a parcel beyond the text, the indexes counted as built: 170.4 here (about 187.5
        // before the vertices' steps and the packed tree). At this size parcels are 5 ha, so many keep
        // their floats whole; at 1M (0.1 ha) most take steps.
        const double perParcel = double(store->structuralBytes()) / double(n);
        QVERIFY2(perParcel <= 172, qPrintable(QString::number(perParcel)));

        // The first cadastral lookup sorts the order (4 B a parcel, counted above) through 16 B a
        // parcel of keys: the keys go back to the system when the sort ends. Round 7's 1M store kept
        // them resident (the keys' vector was assigned `{}`, which keeps its capacity, before the
        // trim), 20 B a parcel for a 4 B order.
        {
            const std::size_t order = std::size_t(n) * sizeof(quint32);
            {
                std::vector<char> large(24 << 20, 1);   // freed: glibc's mmap threshold rises past the keys
            }
            malloc_trim(0);   // the heap's free pages not resident: what the lookup leaves resident shows
            const qint64 anonBefore = anonymousResident();
            const struct mallinfo2 heapBefore = mallinfo2();
            QCOMPARE(store->findCadastralNumber(store->value(n / 2, ParcelField::CadastralNumber).toString()), n / 2);
            const struct mallinfo2 heapAfter = mallinfo2();
            const qint64 anonAfter = anonymousResident();
            QCOMPARE(scratch::liveBytes(), std::size_t(0));
            if (kGlibcMalloc) {
                // What malloc hands out grows by the order, not by the keys.
                const qint64 held = qint64(heapAfter.uordblks + heapAfter.hblkhd) - qint64(heapBefore.uordblks + heapBefore.hblkhd);
                QVERIFY2(held >= qint64(order) && held <= qint64(order) + 16 * 1024, qPrintable(QString::number(held)));
                // Nor do the pages the process keeps (the keys would add 16 B a parcel, 320 KB here).
                QVERIFY2(anonAfter - anonBefore <= qint64(order) + 128 * 1024, qPrintable(QString::number(anonAfter - anonBefore)));
            }
            // The rows in the order of their digits, a prefix is a range.
            const std::vector<qint64> prefixed = store->findCadastralPrefix(QStringLiteral("0"), 0);
            qint64 expected = 0;
            for (qint64 p = 0; p < n; ++p)
                expected += store->value(p, ParcelField::CadastralNumber).toString().remove(QLatin1Char('-')).startsWith(QLatin1Char('0'));
            QCOMPARE(qint64(prefixed.size()), expected);
        }

        QRandomGenerator random(11);
        const QRectF extent = store->extent();
        // The index as it was (main at 19ae0e6): Boost's R*-tree packed over the bounds' floats.
        namespace bg = boost::geometry;
        namespace bgi = boost::geometry::index;
        using BPoint = bg::model::point<float, 2, bg::cs::cartesian>;
        using BBox = bg::model::box<BPoint>;
        const double ox = std::floor(extent.left()), oy = std::floor(extent.top());
        std::vector<std::pair<BBox, quint32>> boxes;
        for (qint64 p = 0; p < n; ++p) {
            const QRectF b = store->bounds(p);
            boxes.push_back({BBox(BPoint(float(b.left() - ox), float(b.top() - oy)), BPoint(float(b.right() - ox), float(b.bottom() - oy))),
                             quint32(p)});
        }
        const bgi::rtree<std::pair<BBox, quint32>, bgi::rstar<16>> boost(boxes.begin(), boxes.end());
        auto boostOrder = [&](const QRectF &w) {
            std::vector<qint64> rows;
            const BBox box(BPoint(float(w.left() - ox), float(w.top() - oy)), BPoint(float(w.right() - ox), float(w.bottom() - oy)));
            boost.query(bgi::intersects(box), boost::make_function_output_iterator([&](const auto &v) { rows.push_back(v.second); }));
            return rows;
        };
        auto brute = [&](const QRectF &w) {
            std::vector<qint64> rows;
            for (qint64 p = 0; p < n; ++p) {
                const QRectF b = store->bounds(p);
                // In the geometry's floats, as the index compares them.
                if (!(float(b.right() - std::floor(extent.left())) < float(w.left() - std::floor(extent.left()))
                      || float(b.left() - std::floor(extent.left())) > float(w.right() - std::floor(extent.left()))
                      || float(b.bottom() - std::floor(extent.top())) < float(w.top() - std::floor(extent.top()))
                      || float(b.top() - std::floor(extent.top())) > float(w.bottom() - std::floor(extent.top()))))
                    rows.push_back(p);
            }
            return rows;
        };
        std::vector<QRectF> windows = {extent, extent.adjusted(-1, -1, 1, 1), QRectF(extent.center(), QSizeF(0, 0)),
                                       QRectF(extent.topLeft() - QPointF(100, 100), QSizeF(50, 50)), store->bounds(0),
                                       store->bounds(n - 1)};
        for (int i = 0; i < 200; ++i) {
            const double side = extent.width() * std::pow(10.0, -3 * random.generateDouble());
            windows.emplace_back(extent.left() + random.generateDouble() * extent.width() - side / 2,
                                 extent.top() + random.generateDouble() * extent.height() - side / 2, side, side * (0.5 + random.generateDouble()));
        }
        qint64 seen = 0;
        for (const QRectF &w : windows) {
            const std::vector<qint64> got = store->parcelsIn(w), want = brute(w);
            QCOMPARE(got, boostOrder(w));
            std::vector<qint64> sorted = got;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, want);
            seen += qint64(got.size());
        }
        QVERIFY(seen > n);   // the windows were not all empty

        // The parcel under a point: the first in the index's order whose polygon holds it, or -1.
        for (int i = 0; i < 300; ++i) {
            const QPointF point = i % 2 ? store->labelPoint(random.bounded(n))
                                        : QPointF(extent.left() + random.generateDouble() * extent.width(),
                                                  extent.top() + random.generateDouble() * extent.height());
            qint64 want = -1;
            for (qint64 p : boostOrder(QRectF(point, QSizeF(0, 0))))
                if (containsPoint(store->geometry(p), point)) {
                    want = p;
                    break;
                }
            QCOMPARE(store->parcelAt(point), want);
            if (i % 2)
                QVERIFY(want >= 0);
        }
    }

    void snapshotRoundTrip()
    {
        QString error;
        auto back = ParcelStore::deserialize(mStore->serialize(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), mStore->size());
        QCOMPARE(back->fieldCount(), mStore->fieldCount());
        QCOMPARE(back->datasetName(), mStore->datasetName());
        QCOMPARE(back->mapEpsg(), kEpsg);
        for (int f = 0; f < mStore->fieldCount(); ++f) {
            QCOMPARE(back->field(f).name, mStore->field(f).name);
            QCOMPARE(back->field(f).kind, mStore->field(f).kind);
            QCOMPARE(back->column(f).storage(), mStore->column(f).storage());
            for (qint64 row = 0; row < mStore->size(); ++row)
                QCOMPARE(back->value(row, f), mStore->value(row, f));
        }
        for (qint64 row = 0; row < mStore->size(); ++row) {
            QCOMPARE(back->bounds(row), mStore->bounds(row));
            QCOMPARE(back->labelPoint(row), mStore->labelPoint(row));
            QCOMPARE(back->geometry(row).polygons.front().rings.front(), mStore->geometry(row).polygons.front().rings.front());
        }
        QCOMPARE(back->districts().size(), std::size_t(1));
        QCOMPARE(back->infrastructure().front().name, QStringLiteral("ПС-1"));
        QCOMPARE(back->findCadastralNumber(QStringLiteral("03-047-001-007")), qint64(7));
        QCOMPARE(back->parcelAt(QPointF(kX0 + 450, kY0 + 50)), qint64(2));
    }

    void damagedSnapshotsAreRefusedWithoutHugeAllocations()
    {
        const QByteArray good = mStore->serialize();
        QString error;
        // Cut anywhere: refused.
        for (qsizetype n = 0; n < good.size(); n += 1 + n / 64)
            QVERIFY2(!ParcelStore::deserialize(good.left(n), &error), qPrintable(QString::number(n)));
        // A count of 40 million written over every position: each is checked against the bytes
        // left before anything is allocated, so the peak memory barely moves.
        const qint64 peakBefore = peakResidentKb();
        const char bigCount[8] = {0, 0, 0, 0, 0x02, 0x62, 0x5A, 0x00};
        int refused = 0;
        for (qsizetype at = 0; at + 8 <= good.size(); ++at) {
            QByteArray bad = good;
            bad.replace(at, 8, bigCount, 8);
            if (!ParcelStore::deserialize(bad, &error))
                ++refused;
        }
        QVERIFY(refused > good.size() / 2);
        // Random damage: never a crash.
        QRandomGenerator random(20251121);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bad = good;
            for (int k = 0; k < 4; ++k)
                bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
            ParcelStore::deserialize(bad, &error);
        }
        const qint64 grown = peakResidentKb() - peakBefore;
        QVERIFY2(grown < 100 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 kB").arg(grown)));
    }

    void snapshotsShareWhatTheyDoNotReplace()
    {
        // The builder's two steps: the source store first (the map can be drawn), then the derived
        // fields as a new snapshot over the same geometry and source columns.
        StoreBuilder builder(*mDataset);
        QString error;
        auto source = builder.buildSource(&error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!source->value(0, ParcelField::ComputedAreaHa).isValid());
        QCOMPARE(source->computedAreaHa(0), 0.0);
        QVERIFY(std::isinf(source->distanceTo(0, 0)));
        auto derived = builder.derive(*source, &error);
        QVERIFY2(derived, qPrintable(error));
        QCOMPARE(derived->computedAreaHa(4), mStore->computedAreaHa(4));
        QCOMPARE(derived->sharedGeometry(), source->sharedGeometry());
        QCOMPARE(derived->sharedColumn(int(ParcelField::Zone)), source->sharedColumn(int(ParcelField::Zone)));
        QVERIFY(derived->sharedColumn(int(ParcelField::ComputedAreaHa)) != source->sharedColumn(int(ParcelField::ComputedAreaHa)));

        // An overlay (as the allocation register will make): one column replaced, the rest shared.
        ParcelColumnBuilder status(ColumnStorage::Codes16, derived->size());
        for (qint64 row = 0; row < derived->size(); ++row)
            status.appendText(row == 4 ? QStringLiteral("allocated") : derived->value(row, ParcelField::Status).toString());
        auto overlaid = derived->withColumns({{int(ParcelField::Status), status.finish(&error)}}, &error);
        QVERIFY2(overlaid, qPrintable(error));
        QCOMPARE(overlaid->value(4, ParcelField::Status).toString(), QStringLiteral("allocated"));
        QCOMPARE(derived->value(4, ParcelField::Status).toString(), QStringLiteral("free"));
        QCOMPARE(overlaid->sharedGeometry(), derived->sharedGeometry());
        QCOMPARE(overlaid->sharedColumn(int(ParcelField::Investor)), derived->sharedColumn(int(ParcelField::Investor)));
        QCOMPARE(overlaid->findCadastralNumber(QStringLiteral("03-047-001-004")), qint64(4));
        // A column of the wrong length is refused.
        QVERIFY(!derived->withColumns({{int(ParcelField::Status), ParcelColumn::absent(3)}}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParcelStore)
#include "tst_parcelstore.moc"
