// SPDX-License-Identifier: GPL-3.0-or-later
// The reader on every file of the shared corpus, and on damage made here byte by byte.
#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/geo/crs.h"
#include "core/io/dataset.h"
#include "core/io/layerreader.h"
#include "core/io/mapcrs.h"
#include "core/io/textencoding.h"
#include "shapefixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>
#include <QTime>

#include <cmath>
#include <limits>

using namespace sez;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(SEZ_CORPUS_DIR "/") + relative;
}

std::unique_ptr<LayerData> read(const QString &path, QString *error, int mapEpsg = kWgs84Epsg,
                                const QByteArray &encoding = {})
{
    LayerSpec spec;
    spec.name = QFileInfo(path).completeBaseName();
    spec.role = roleFromFileName(path);
    spec.path = path;
    spec.encoding = encoding;
    return readLayer(spec, mapEpsg, error);
}

QRectF boundsOf(const LayerData &layer)
{
    QRectF r;
    for (const Feature &f : layer.features)
        r = r.isNull() ? f.geometry.bounds() : r.united(f.geometry.bounds());
    return r;
}

// Distance in metres between two lon/lat points a short way apart.
double metres(QPointF a, QPointF b)
{
    const double lat = (a.y() + b.y()) / 2 * M_PI / 180;
    return std::hypot((a.x() - b.x()) * 111320.0 * std::cos(lat), (a.y() - b.y()) * 110950.0);
}

bool anyWarningContains(const LayerData &layer, const QString &needle)
{
    for (const QString &w : layer.warnings)
        if (w.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

std::unique_ptr<LayerData> readSplitFrom(const QString &path, qint64 splitFrom, QString *error, bool packed = false)
{
    LayerSpec spec;
    spec.name = QFileInfo(path).completeBaseName();
    spec.role = roleFromFileName(path);
    spec.path = path;
    LayerReadOptions options;
    options.splitFrom = splitFrom;
    options.packed = packed;
    return readLayer(spec, 32643, error, nullptr, options);
}

// A packed layer's features unpacked into LayerData::features, to be compared as read.
void unpack(LayerData &layer)
{
    for (qint64 i = 0; i < layer.packed.size(); ++i) {
        Feature f;
        layer.packed.values(i, f.values);
        layer.packed.geometry(i, f.geometry);
        layer.features.push_back(std::move(f));
    }
    layer.packed = {};
}

// Everything a reader gives of its features, to compare two readings of one file.
QString differenceBetween(const LayerData &a, const LayerData &b)
{
    if (a.features.size() != b.features.size())
        return QStringLiteral("%1 features against %2").arg(a.features.size()).arg(b.features.size());
    for (std::size_t i = 0; i < a.features.size(); ++i) {
        const Feature &fa = a.features[i], &fb = b.features[i];
        if (fa.values != fb.values)
            return QStringLiteral("the values of feature %1").arg(i);
        const Geometry &ga = fa.geometry, &gb = fb.geometry;
        bool same = ga.kind == gb.kind && ga.points == gb.points && ga.lines == gb.lines && ga.polygons.size() == gb.polygons.size();
        for (std::size_t p = 0; same && p < ga.polygons.size(); ++p)
            same = ga.polygons[p].rings == gb.polygons[p].rings;
        if (!same)
            return QStringLiteral("the geometry of feature %1").arg(i);
    }
    auto counts = [](const DamageReport &d) {
        return std::vector<qint64>{d.headerCount, d.read, d.lost, d.emptyGeometries, d.nanGeometries, d.unclosedRings,
                                   d.invalidRepaired, d.invalidDropped, d.repairTimedOut, d.impossibleCoordinates,
                                   d.untransformable, d.lossyText, d.unmappedValues, d.matchedValues};
    };
    if (counts(a.damage) != counts(b.damage))
        return QStringLiteral("the damage counts");
    if (a.warnings != b.warnings)
        return QStringLiteral("the warnings: [%1] against [%2]").arg(a.warnings.join(QLatin1String(" | ")), b.warnings.join(QLatin1String(" | ")));
    if (a.encoding.encoding != b.encoding.encoding || a.encoding.detail != b.encoding.detail)
        return QStringLiteral("the encoding");
    return {};
}

} // namespace

class TestLayerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingsFromCpg_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("source");
        QTest::newRow("win1251") << QStringLiteral("encodings/win1251.dbf") << QStringLiteral("РУССКИЙ") << QByteArray("CP1251") << QStringLiteral("cpg");
        QTest::newRow("koi8r") << QStringLiteral("encodings/koi8r.dbf") << QStringLiteral("русский") << QByteArray("KOI8-R") << QStringLiteral("cpg");
        QTest::newRow("ldid chinese") << QStringLiteral("encodings/ldid_chinese.shp") << QStringLiteral("简体") << QByteArray("CP936") << QStringLiteral("ldid");
    }
    void encodingsFromCpg()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QByteArray, encoding);
        QFETCH(QString, source);
        QString error;
        auto layer = read(corpus(file), &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->features.size(), std::size_t(1));
        QCOMPARE(layer->value(layer->features[0], QStringLiteral("name")).toString(), expected);
        QCOMPARE(layer->encoding.encoding, encoding);
        QCOMPARE(layer->encoding.sourceName(), source);
    }

    void missingShxIsRebuiltInPrivate()
    {
        QString error;
        const QString path = corpus(QStringLiteral("encodings/latin1_no_cpg.shp"));
        auto layer = read(path, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->features.size(), std::size_t(1));
        QVERIFY(anyWarningContains(*layer, QStringLiteral(".shx index is missing")));
        QVERIFY(layer->warnings.first().startsWith(path));
        // No .cpg, no language driver: the bytes decide, and "Ñandú" is not Cyrillic.
        QCOMPARE(layer->encoding.source, EncodingSource::Detected);
        QCOMPARE(layer->value(layer->features[0], QStringLiteral("name")).toString(), QStringLiteral("Ñandú"));
        QVERIFY(!QFile::exists(corpus(QStringLiteral("encodings/latin1_no_cpg.shx"))));
        // No .prj: a warning, and lon/lat guessed from the coordinates.
        QCOMPARE(layer->crsSource, QStringLiteral("guessed"));
        QCOMPARE(layer->sourceCrs.epsg, 4326);
    }

    void sameShapeInThreeCrsLandsInOnePlace()
    {
        QRectF boxes[3];
        const char *files[] = {"crs/b_utm.shp", "crs/d_geo.shp", "crs/e_merc.shp"};
        for (int i = 0; i < 3; ++i) {
            QString error;
            auto layer = read(corpus(QString::fromLatin1(files[i])), &error);
            QVERIFY2(layer, qPrintable(error));
            QCOMPARE(layer->crsSource, QStringLiteral("prj"));
            boxes[i] = boundsOf(*layer);
        }
        QVERIFY(std::abs(boxes[0].left() - -74.127) < 0.002);
        QVERIFY(std::abs(boxes[0].right() - -74.063) < 0.002);
        QVERIFY(std::abs(boxes[0].top() - 40.578) < 0.002);
        QVERIFY(std::abs(boxes[0].bottom() - 40.637) < 0.002);
        for (int i = 1; i < 3; ++i) {
            QVERIFY2(metres(boxes[i].topLeft(), boxes[0].topLeft()) < 1.0, files[i]);
            QVERIFY2(metres(boxes[i].bottomRight(), boxes[0].bottomRight()) < 1.0, files[i]);
        }
        QString error;
        auto a = read(corpus(QStringLiteral("crs/a_utm.shp")), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->sourceCrs.epsg, 26918);   // NAD83 / UTM zone 18N
        const QRectF ra = boundsOf(*a);
        QVERIFY(std::abs(ra.left() - -74.102) < 0.002 && std::abs(ra.right() - -74.052) < 0.002);
        QVERIFY(std::abs(ra.top() - 40.574) < 0.002 && std::abs(ra.bottom() - 40.621) < 0.002);
    }

    void gaussKrugerWithoutShxOrDbf()
    {
        QString error;
        auto layer = read(corpus(QStringLiteral("crs/gauss_kruger.shp")), &error);
        // Either it opens with the index rebuilt, or it fails with a message naming the file.
        if (!layer) {
            QVERIFY(error.contains(QStringLiteral("gauss_kruger.shp")));
            return;
        }
        QCOMPARE(layer->damage.headerCount, qint64(3));
        QVERIFY(layer->fields.empty());
        QVERIFY(anyWarningContains(*layer, QStringLiteral(".shx index is missing")));
    }

    void nad27IsShiftedToWgs84()
    {
        QString error;
        auto layer = read(corpus(QStringLiteral("crs/nad27_popctr_state1970.shp")), &error);
        QVERIFY2(layer, qPrintable(error));
        QVERIFY(layer->features.size() > 10);
        QVERIFY(layer->sourceCrs.name.contains(QStringLiteral("NAD27")));
        // Read the same file into NAD27 itself: the datum shift to WGS 84 moves points by metres to
        // tens of metres in the contiguous US; a missing shift would leave them in place.
        auto raw = read(corpus(QStringLiteral("crs/nad27_popctr_state1970.shp")), &error, 4267);
        QVERIFY2(raw, qPrintable(error));
        const double shift = metres(layer->features[0].geometry.points.at(0), raw->features[0].geometry.points.at(0));
        QVERIFY2(shift > 1.0 && shift < 300.0, qPrintable(QString::number(shift)));
    }

    void corruptRecordLengthsReadWhatIsWhole()
    {
        QString error;
        auto layer = read(corpus(QStringLiteral("odd/corrupt_too_long.shp")), &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->damage.headerCount, qint64(10));
        QCOMPARE(layer->damage.read + layer->damage.lost, qint64(10));
        const qint64 withGeometry = std::count_if(layer->features.begin(), layer->features.end(),
                                                  [](const Feature &f) { return !f.geometry.isEmpty(); });
        QVERIFY(withGeometry > 0);
        if (withGeometry < 10)
            QVERIFY(!layer->warnings.isEmpty());
    }

    void truncatedShpAndDbfAreCounted()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("parcels"));
        std::vector<std::vector<QPointF>> rings;
        QList<QList<QByteArray>> rows;
        for (int i = 0; i < 10; ++i) {
            const double x = 660000 + i * 100;
            rings.push_back({{x, 4840000}, {x, 4840050}, {x + 50, 4840050}, {x + 50, 4840000}, {x, 4840000}});
            rows.append({QByteArray("03-047-125-") + QByteArray::number(i).rightJustified(3, '0')});
        }
        test::makePolygonShp(base, rings);
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"KAD_NOMER", 14}}, rows));
        test::writeFile(base + QStringLiteral(".cpg"), "UTF-8");
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);

        QString error;
        auto whole = read(base + QStringLiteral(".shp"), &error, 32643);
        QVERIFY2(whole, qPrintable(error));
        QCOMPARE(whole->features.size(), std::size_t(10));
        QVERIFY2(whole->warnings.isEmpty(), qPrintable(whole->warnings.join(QLatin1Char(10))));
        QCOMPARE(whole->sourceCrs.epsg, 32643);
        QCOMPARE(whole->value(whole->features[7], QStringLiteral("cadastral_number")).toString(), QStringLiteral("03-047-125-007"));
        const QRectF b = whole->features[0].geometry.bounds();
        QCOMPARE(b.left(), 660000.0);
        QCOMPARE(b.height(), 50.0);

        // Cut the .shp in the middle of the 7th record: six whole, four lost.
        QFile shp(base + QStringLiteral(".shp"));
        QVERIFY(shp.resize(100 + 6 * 136 + 40));
        auto cut = read(base + QStringLiteral(".shp"), &error, 32643);
        QVERIFY2(cut, qPrintable(error));
        const qint64 withGeometry = std::count_if(cut->features.begin(), cut->features.end(),
                                                  [](const Feature &f) { return !f.geometry.isEmpty(); });
        QCOMPARE(withGeometry, qint64(6));
        QCOMPARE(cut->damage.lost + cut->damage.emptyGeometries, qint64(4));
        QVERIFY(!cut->warnings.isEmpty());

        // Restore the .shp and cut the .dbf after three records.
        test::makePolygonShp(base, rings);
        QFile dbf(base + QStringLiteral(".dbf"));
        QVERIFY(dbf.resize(32 + 32 + 1 + 3 * 15));
        auto cutDbf = read(base + QStringLiteral(".shp"), &error, 32643);
        if (cutDbf) {
            QCOMPARE(cutDbf->damage.headerCount, qint64(10));
            QVERIFY(cutDbf->damage.lost >= 7);
            QVERIFY(anyWarningContains(*cutDbf, QStringLiteral("could not be read")));
        } else {
            QVERIFY(error.contains(QStringLiteral("parcels")));
        }
    }

    void invalidGeometriesAreCountedAndRepaired()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("bad"));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        test::makePolygonShp(base, {
            {{660000, 4840000}, {660000, 4840100}, {660100, 4840100}, {660100, 4840000}, {660000, 4840000}},   // fine
            {{660000, 4840000}, {660100, 4840100}, {660100, 4840000}, {660000, 4840100}, {660000, 4840000}},   // bow-tie
            {{660000, 4840000}, {660000, 4840100}, {660100, 4840100}, {660100, 4840000}},                      // unclosed
            {{660000, 4840000}, {nan, 4840100}, {660100, 4840100}, {660000, 4840000}},                         // NaN
        });
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"ID", 4}}, {{"1"}, {"2"}, {"3"}, {"4"}}));
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
        QString error;
        auto layer = read(base + QStringLiteral(".shp"), &error, 32643);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->features.size(), std::size_t(4));
        QCOMPARE(layer->damage.invalidRepaired, qint64(1));
        QCOMPARE(layer->damage.nanGeometries, qint64(1));
        QVERIFY(layer->features[3].geometry.isEmpty());
        // The bow-tie becomes its two triangles, 2 x 2500 m².
        QCOMPARE(layer->features[1].geometry.polygons.size(), std::size_t(2));
        // The unclosed ring is read as the square it describes.
        QCOMPARE(layer->features[2].geometry.polygons.at(0).rings.at(0).size(), std::size_t(4));
        QVERIFY(anyWarningContains(*layer, QStringLiteral("repaired")));
        QVERIFY(anyWarningContains(*layer, QStringLiteral("not numbers")));
    }

    // Issue 11, case 3: GEOS's repair of one polygon may run for hours; it is interrupted and the
    // polygon counted as too complex. 20,000 random vertices in a square kilometre cross each other
    // tens of millions of times.
    void repairIsBoundedInTime()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("zigzag"));
        std::vector<QPointF> ring;
        quint32 state = 7;
        auto next = [&state] { state = state * 1664525u + 1013904223u; return double(state >> 8) / double(1u << 24); };
        for (int i = 0; i < 20000; ++i)
            ring.emplace_back(660000 + 1000 * next(), 4840000 + 1000 * next());
        ring.push_back(ring.front());
        test::makePolygonShp(base, {ring});
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"ID", 4}}, {{"1"}}));
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
        QString error;
        auto layer = read(base + QStringLiteral(".shp"), &error, 32643);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->damage.repairTimedOut, qint64(1));
        QCOMPARE(layer->features.size(), std::size_t(1));
        QVERIFY(layer->features[0].geometry.isEmpty());
        QVERIFY(anyWarningContains(*layer, QStringLiteral("too complex to repair")));
    }

    // A big shapefile is read in two halves on two threads (issue 13): the same features in the
    // same order, the same counts and warnings as one reader, and the same when the file is damaged
    // in either half (then the second half is read by the first reader, as before).
    void halvesReadAsOne_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("readers");
        QTest::newRow("whole") << QString() << 2;
        QTest::newRow("shp cut in the first half") << QStringLiteral("shp:3000") << 1;
        QTest::newRow("shp cut in the second half") << QStringLiteral("shp:9000") << 1;
        QTest::newRow("dbf cut in the second half") << QStringLiteral("dbf:9000") << 1;
        QTest::newRow("a record garbled in the second half") << QStringLiteral("shx:9000") << 1;
    }

    void halvesReadAsOne()
    {
        QFETCH(QString, damage);
        QFETCH(int, readers);
        constexpr int kCount = 12000;   // more than the rows that decide the encoding, twice over
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("parcels"));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        std::vector<std::vector<QPointF>> rings;
        QList<QList<QByteArray>> rows;
        const QStringList zones{QStringLiteral("промышленная"), QStringLiteral("логистическая"), QStringLiteral("нечто иное")};
        for (int i = 0; i < kCount; ++i) {
            const double x = 600000 + (i % 100) * 200, y = 4800000 + (i / 100) * 200;
            if (i % 997 == 5)   // a bow-tie, repaired
                rings.push_back({{x, y}, {x + 100, y + 100}, {x + 100, y}, {x, y + 100}, {x, y}});
            else if (i == 7001)   // not numbers, dropped
                rings.push_back({{x, y}, {nan, y + 100}, {x + 100, y + 100}, {x, y}});
            else
                rings.push_back({{x, y}, {x, y + 100}, {x + 100 + i % 7, y + 100}, {x + 100, y}, {x, y}});
            QByteArray address = encodeText(QStringLiteral("ул. Абая, %1").arg(i), "CP1251");
            if (i % 1500 == 3)
                address += '\x98';   // no character in CP1251: lossy
            rows.append({QByteArray("03-047-125-") + QByteArray::number(i).rightJustified(5, '0'), address,
                         encodeText(zones[i % 3], "CP1251"), QByteArray::number(1 + i % 50) + ".25"});
        }
        test::makePolygonShp(base, rings);
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"KAD_NOMER", 16}, {"ADRES", 40}, {"ZONA", 30}, {"PLOSHAD", 10}}, rows));
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
        if (!damage.isEmpty()) {
            const QString part = damage.section(QLatin1Char(':'), 0, 0);
            const qint64 record = damage.section(QLatin1Char(':'), 1).toLongLong();
            QFile file(base + QLatin1Char('.') + part);
            if (part == QLatin1String("shx")) {   // the record's length made absurd
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.seek(100 + record * 8 + 4));
                file.write(QByteArray::fromHex("7fffffff"));
            } else if (part == QLatin1String("shp")) {
                QVERIFY(file.resize(100 + record * 136 + 40));   // each square is 136 bytes
            } else {
                QVERIFY(file.resize(32 + 4 * 32 + 1 + record * (1 + 16 + 40 + 30 + 10) + 20));
            }
        }
        QString error, oneError;
        auto halves = readSplitFrom(base + QStringLiteral(".shp"), 1000, &error);
        auto one = readSplitFrom(base + QStringLiteral(".shp"), 0, &oneError);
        QCOMPARE(bool(halves), bool(one));
        QCOMPARE(error, oneError);
        if (!one)
            return;
        QCOMPARE(one->readers, 1);
        // One core: one reader, whatever the size.
        QCOMPARE(halves->readers, threadPool()->maxThreadCount() > 1 ? readers : 1);
        const QString difference = differenceBetween(*halves, *one);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Packed as they are read (an import's parcels): the same features, counts and warnings,
        // and never more than a batch of them held as Features at once.
        for (qint64 splitFrom : {qint64(1000), qint64(0)}) {
            QString packedError;
            auto packed = readSplitFrom(base + QStringLiteral(".shp"), splitFrom, &packedError, true);
            QVERIFY(packed);
            QCOMPARE(packedError, oneError);
            QCOMPARE(packed->readers, splitFrom ? halves->readers : 1);
            QVERIFY(packed->features.empty());
            QCOMPARE(packed->packed.size(), one->damage.read);
            // At most the 5,000 rows that decide the encoding, then batches of 4,096.
            QVERIFY2(packed->features.capacity() <= 5000, qPrintable(QString::number(packed->features.capacity())));
            unpack(*packed);
            const QString packedDifference = differenceBetween(*packed, *one);
            QVERIFY2(packedDifference.isEmpty(), qPrintable(packedDifference));
        }
        if (damage.isEmpty()) {
            QCOMPARE(one->features.size(), std::size_t(kCount));
            QCOMPARE(one->encoding.encoding, QByteArray("CP1251"));
            QCOMPARE(one->damage.invalidRepaired, qint64(13));
            QCOMPARE(one->damage.nanGeometries, qint64(1));
            QCOMPARE(one->damage.lossyText, qint64(8));
            QCOMPARE(one->value(one->features[11999], QStringLiteral("address")).toString(), QStringLiteral("ул. Абая, 11999"));
            QCOMPARE(one->value(one->features[9001], QStringLiteral("zone")).toString(), QStringLiteral("logistics"));
        }
    }

    // Every type of value the reader gives comes back with its type and value, and every geometry
    // with its doubles; packed features moved after others keep their order.
    void packedFeaturesUnpackToTheSame()
    {
        std::vector<Feature> features(3);
        features[0].values = {QVariant(), QVariant(qint64(-1234567890123)), QVariant(-0.0), QVariant(std::nan("")),
                              QVariant(1.0 / 3), QVariant(QDate(2031, 2, 28)), QVariant(QDate()), QVariant(QString()),
                              QVariant(QString(QLatin1String(""))), QVariant(QStringLiteral("ТОО «Алатау» Қазақстан 🏭")),
                              QVariant(QByteArray("\xff\x00bytes", 7)), QVariant(QByteArray()), QVariant(42), QVariant(true),
                              QVariant(QTime(12, 34, 56))};
        features[0].geometry.kind = GeometryKind::Polygon;
        features[0].geometry.polygons = {Polygon{{{{1.5, 2.5}, {3.25, 4}, {5, 6.125}}, {{1.75, 2.75}, {2, 3}, {2.5, 2.5}}}},
                                         Polygon{{{{-1e300, 1e-300}, {0, 0}, {7, 8}}}}};
        features[1].geometry.kind = GeometryKind::Line;
        features[1].geometry.lines = {{{0, 0}, {1, 1}}, {}};
        features[2].values = {QVariant(QStringLiteral("последний"))};
        features[2].geometry.kind = GeometryKind::Point;
        features[2].geometry.points = {{650000.123456789, 4825000.987654321}};

        PackedFeatures first, second;
        first.append(features[0]);
        second.append(features[1]);
        second.append(features[2]);
        first.append(std::move(second));
        QCOMPARE(second.size(), qint64(0));
        QCOMPARE(first.size(), qint64(3));
        for (std::size_t i = 0; i < features.size(); ++i) {
            Feature back;
            back.values = {QVariant(7)};   // overwritten, not appended to
            first.values(qint64(i), back.values);
            first.geometry(qint64(i), back.geometry);
            QCOMPARE(back.values.size(), features[i].values.size());
            for (std::size_t v = 0; v < back.values.size(); ++v) {
                const QVariant &want = features[i].values[v], &got = back.values[v];
                QCOMPARE(got.typeId(), want.typeId());
                QCOMPARE(got.isNull(), want.isNull());
                if (want.typeId() == QMetaType::Double)
                    QCOMPARE(QByteArray::number(got.toDouble(), 'g', 17) + QByteArray::number(std::signbit(got.toDouble())),
                             QByteArray::number(want.toDouble(), 'g', 17) + QByteArray::number(std::signbit(want.toDouble())));
                else
                    QCOMPARE(got, want);
            }
            if (features[i].values.size() > 7)
                QVERIFY(back.values[7].toString().isNull() && !back.values[8].toString().isNull());
            const Geometry &want = features[i].geometry, &got = back.geometry;
            QCOMPARE(int(got.kind), int(want.kind));
            QCOMPARE(got.points, want.points);
            QCOMPARE(got.lines, want.lines);
            QCOMPARE(got.polygons.size(), want.polygons.size());
            for (std::size_t p = 0; p < got.polygons.size(); ++p)
                QCOMPARE(got.polygons[p].rings, want.polygons[p].rings);
        }
        // The attributes let go, the geometry stays.
        first.releaseValues();
        QVERIFY(!first.hasValues());
        Geometry g;
        first.geometry(2, g);
        QCOMPARE(g.points, features[2].geometry.points);
    }

    // A cancel reaches both halves: the reading stops with the one reader's error.
    void halvesStopWhenCancelled()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("parcels"));
        std::vector<std::vector<QPointF>> rings;
        QList<QList<QByteArray>> rows;
        for (int i = 0; i < 12000; ++i) {
            const double x = 600000 + (i % 100) * 200, y = 4800000 + (i / 100) * 200;
            rings.push_back({{x, y}, {x, y + 100}, {x + 100, y + 100}, {x + 100, y}, {x, y}});
            rows.append({QByteArray::number(i)});
        }
        test::makePolygonShp(base, rings);
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"ID", 8}}, rows));
        test::writeFile(base + QStringLiteral(".prj"), test::kUtm43Prj);
        LayerSpec spec;
        spec.name = QStringLiteral("parcels");
        spec.role = QStringLiteral("parcels");
        spec.path = base + QStringLiteral(".shp");
        LayerReadOptions options;
        options.splitFrom = 1000;
        Feedback feedback;
        qint64 furthest = 0;
        QObject::connect(&feedback, &Feedback::changed, &feedback, [&](const FeedbackState &state) {
            furthest = std::max(furthest, state.done);
            if (state.phase == QLatin1String("reading") && state.done >= 7000)
                feedback.cancel();
        }, Qt::DirectConnection);
        QString error;
        QVERIFY(!readLayer(spec, 32643, &error, &feedback, options));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QVERIFY(furthest < 12000);
    }

    void garbageGivesOneClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.shp"));
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk += char((i * 7919) & 0xFF);
        test::writeFile(path, junk);
        test::writeFile(dir.filePath(QStringLiteral("garbage.shx")), junk.left(300));
        QString error;
        QVERIFY(!read(path, &error));
        QVERIFY(error.startsWith(path));
        QVERIFY(!error.contains(QLatin1Char('\n')));

        const QString empty = dir.filePath(QStringLiteral("empty.geojson"));
        test::writeFile(empty, "");
        QVERIFY(!read(empty, &error));
        QVERIFY(error.startsWith(empty));

        QVERIFY(!read(dir.filePath(QStringLiteral("missing.shp")), &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
    }

    void missingPrjWithoutAFittingCrsIsAnError()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("nowhere"));
        test::makePolygonShp(base, {{{1e9, 1e9}, {1e9, 2e9}, {2e9, 2e9}, {1e9, 1e9}}});
        test::writeFile(base + QStringLiteral(".dbf"), test::makeDbf({{"ID", 4}}, {{"1"}}));
        QString error;
        QVERIFY(!read(base + QStringLiteral(".shp"), &error));
        QVERIFY(error.contains(QStringLiteral("no .prj")));

        // UTM 43N coordinates without a .prj: guessed, with a warning.
        test::makePolygonShp(base, {{{660000, 4840000}, {660000, 4840100}, {660100, 4840100}, {660000, 4840000}}});
        auto layer = read(base + QStringLiteral(".shp"), &error, 32643);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->sourceCrs.epsg, 32643);
        QVERIFY(anyWarningContains(*layer, QStringLiteral("no .prj")));
    }

    void kazakhCodePages_data()
    {
        QTest::addColumn<QByteArray>("writtenAs");
        QTest::addColumn<QByteArray>("cpg");
        QTest::addColumn<int>("ldid");
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        const QString russian = QStringLiteral("Промышленная зона Алатау");
        const QString kazakh = QStringLiteral("Өнеркәсіп аймағы, Қонаев жолы");
        QTest::newRow("utf-8, no cpg") << QByteArray("UTF-8") << QByteArray() << 0 << QByteArray() << kazakh << QStringLiteral("detected");
        QTest::newRow("cp1251, no cpg") << QByteArray("CP1251") << QByteArray() << 0 << QByteArray() << russian << QStringLiteral("detected");
        QTest::newRow("cp866, ldid 38") << QByteArray("CP866") << QByteArray() << 38 << QByteArray() << russian << QStringLiteral("ldid");
        QTest::newRow("cp866, ldid 101") << QByteArray("CP866") << QByteArray() << 101 << QByteArray() << russian << QStringLiteral("ldid");
        QTest::newRow("cp866, nothing") << QByteArray("CP866") << QByteArray() << 0 << QByteArray() << russian << QStringLiteral("detected");
        QTest::newRow("rk1048, KZ-1048 cpg") << QByteArray("RK1048") << QByteArray("KZ-1048") << 0 << QByteArray() << kazakh << QStringLiteral("cpg");
        QTest::newRow("rk1048, nothing") << QByteArray("RK1048") << QByteArray() << 0 << QByteArray() << kazakh << QStringLiteral("detected");
        QTest::newRow("override beats a wrong cpg") << QByteArray("CP866") << QByteArray("1251") << 0 << QByteArray("CP866") << russian << QStringLiteral("override");
    }
    void kazakhCodePages()
    {
        QFETCH(QByteArray, writtenAs);
        QFETCH(QByteArray, cpg);
        QFETCH(int, ldid);
        QFETCH(QByteArray, override);
        QFETCH(QString, text);
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString dbf = dir.filePath(QStringLiteral("attrs.dbf"));
        test::writeFile(dbf, test::makeDbf({{"ADRES", 80}}, {{encodeText(text, writtenAs)}}, quint8(ldid)));
        if (!cpg.isEmpty())
            test::writeFile(dir.filePath(QStringLiteral("attrs.cpg")), cpg);
        QString error;
        auto layer = read(dbf, &error, kWgs84Epsg, override);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->value(layer->features[0], QStringLiteral("address")).toString(), text);
        QCOMPARE(layer->encoding.sourceName(), source);
        QCOMPARE(layer->encoding.encoding, writtenAs);
        QCOMPARE(layer->damage.lossyText, qint64(0));
    }

    // A shapefile read in place inside a .zip gets the checks it gets on disk: its .dbf header (a
    // damaged one is refused, naming the file) and its code page (a .cpg that lies, or none: the
    // Cyrillic still decodes, or is flagged). Each case is read from the folder and from the zip.
    void zippedShapefileIsCheckedAsOnDisk_data()
    {
        QTest::addColumn<QByteArray>("writtenAs");
        QTest::addColumn<QByteArray>("cpg");
        QTest::addColumn<int>("fieldLength");   // the length the header gives the field (20 is true)
        QTest::addColumn<QString>("expectedError");
        const QString none;
        QTest::newRow("cp1251, no cpg") << QByteArray("CP1251") << QByteArray() << 20 << none;
        QTest::newRow("cp866, cpg says 1251") << QByteArray("CP866") << QByteArray("1251") << 20 << none;
        QTest::newRow("cp1251, cpg says UTF-8") << QByteArray("CP1251") << QByteArray("UTF-8") << 20 << none;
        QTest::newRow("a field of length 0") << QByteArray("CP1251") << QByteArray("1251") << 0 << QStringLiteral("length of 0");
        QTest::newRow("fields that do not add up") << QByteArray("CP1251") << QByteArray("1251") << 200 << QStringLiteral("add up to");
    }
    void zippedShapefileIsCheckedAsOnDisk()
    {
        QFETCH(QByteArray, writtenAs);
        QFETCH(QByteArray, cpg);
        QFETCH(int, fieldLength);
        QFETCH(QString, expectedError);
        const QString text = QStringLiteral("Промышленная зона Алатау");
        QTemporaryDir dir;
        const QStringList streets{QStringLiteral("ул. Жетысу, 12"), QStringLiteral("пр. Абая, 7"), QStringLiteral("Каменская трасса, 3")};
        QList<QList<QByteArray>> rows{{encodeText(text, writtenAs), "A"}};
        for (const QString &street : streets)
            rows.append({encodeText(street, writtenAs), "B"});
        QByteArray dbf = test::makeDbf({{"ADRES", 40}, {"NAZV", 20}}, rows);
        dbf[32 + 32 + 16] = char(fieldLength);   // the second field's length
        test::writeFile(dir.filePath(QStringLiteral("attrs.dbf")), dbf);
        QStringList members{QStringLiteral("attrs.dbf")};
        if (!cpg.isEmpty()) {
            test::writeFile(dir.filePath(QStringLiteral("attrs.cpg")), cpg);
            members << QStringLiteral("attrs.cpg");
        }
        QProcess zip;
        zip.setWorkingDirectory(dir.path());
        zip.start(QStringLiteral("zip"), QStringList{QStringLiteral("-q"), QStringLiteral("plan.zip")} + members);
        QVERIFY(zip.waitForFinished(30000) && zip.exitCode() == 0);

        QString diskError, zipError;
        auto onDisk = read(dir.filePath(QStringLiteral("attrs.dbf")), &diskError);
        LayerSpec spec;
        spec.name = QStringLiteral("attrs");
        spec.member = QStringLiteral("attrs.dbf");
        spec.role = roleFromFileName(spec.member);
        spec.path = dir.filePath(QStringLiteral("plan.zip"));
        auto inZip = readLayer(spec, kWgs84Epsg, &zipError);
        if (!expectedError.isEmpty()) {
            QVERIFY2(!onDisk && diskError.contains(expectedError), qPrintable(diskError));
            QVERIFY2(!inZip, "a damaged .dbf header inside a .zip was read");
            QVERIFY2(zipError.contains(expectedError) && zipError.contains(QStringLiteral("attrs.dbf")), qPrintable(zipError));
            return;
        }
        QVERIFY2(onDisk, qPrintable(diskError));
        QVERIFY2(inZip, qPrintable(zipError));
        QCOMPARE(inZip->encoding.encoding, onDisk->encoding.encoding);
        QCOMPARE(inZip->encoding.sourceName(), onDisk->encoding.sourceName());
        QCOMPARE(inZip->damage.lossyText, onDisk->damage.lossyText);
        QCOMPARE(inZip->warnings.size(), onDisk->warnings.size());
        const QString read = inZip->value(inZip->features[0], QStringLiteral("address")).toString();
        // Decoded right, or flagged: never other letters passed on as the file's.
        QVERIFY2(read == text || (inZip->damage.lossyText > 0 && read.contains(QChar::ReplacementCharacter)), qPrintable(read));
        QCOMPARE(inZip->value(inZip->features[1], QStringLiteral("nazv")).toString(), QStringLiteral("B"));
    }

    void invalidBytesAreFlaggedNeverPassedOn()
    {
        QTemporaryDir dir;
        const QString dbf = dir.filePath(QStringLiteral("broken.dbf"));
        // Declared UTF-8, but one value is CP1251.
        test::writeFile(dbf, test::makeDbf({{"NAME", 20}}, {{"Алатау"}, {encodeText(QStringLiteral("Жетыген"), "CP1251")}}));
        test::writeFile(dir.filePath(QStringLiteral("broken.cpg")), "UTF-8");
        QString error;
        auto layer = read(dbf, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->damage.lossyText, qint64(1));
        const QString second = layer->value(layer->features[1], QStringLiteral("name")).toString();
        QVERIFY(second.contains(QChar::ReplacementCharacter));
        QCOMPARE(QString::fromUtf8(second.toUtf8()), second);
        QVERIFY(anyWarningContains(*layer, QStringLiteral("not valid UTF-8")));
    }

    void manifestErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath(QStringLiteral("dataset.json"));
        test::writeFile(manifest, "{ \"layers\": [ {\"path\": \"p.shp\", ");
        QString error;
        QVERIFY(!Dataset::open(manifest, &error));
        QVERIFY(error.startsWith(manifest));
        test::writeFile(manifest, R"({"layers": [{"path": "nope.shp", "role": "parcels"}]})");
        QVERIFY(!Dataset::open(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("nope.shp")));
        test::writeFile(manifest, R"({"layers": [{"path": "p.shp", "role": "pizza"}]})");
        QVERIFY(!Dataset::open(manifest, &error));
        QVERIFY(error.contains(QStringLiteral("pizza")));
    }

    // Found by fuzzing MapInfo: an extent of 1e280 degrees made the map CRS choice convert its span to
    // an integer (undefined behaviour: "-9223372036854775808° of longitude"). An extent that is not one
    // of longitudes and latitudes is refused and named; a real one still gives its UTM zone.
    void mapCrsChoiceRefusesImpossibleExtents()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        LayerData real, far, notANumber, infinite;
        real.name = QStringLiteral("real");
        real.extentLonLat = QRectF(QPointF(76.9, 43.6), QPointF(77.2, 43.9));
        far.name = QStringLiteral("far");
        far.extentLonLat = QRectF(QPointF(-1.1e280, 43.6), QPointF(-0.9e280, 43.9));
        notANumber.name = QStringLiteral("nan");
        notANumber.extentLonLat = QRectF(QPointF(nan, 43.6), QPointF(nan, 43.9));
        infinite.name = QStringLiteral("inf");
        infinite.extentLonLat = QRectF(QPointF(76.9, -inf), QPointF(77.2, inf));
        const MapCrsChoice refused = MapCrsChoice::fromData({&far, &notANumber, &infinite});
        QCOMPARE(refused.epsg, kDefaultMapEpsg);
        QVERIFY2(refused.reason.contains(QStringLiteral("far, nan, inf")), qPrintable(refused.reason));
        const MapCrsChoice chosen = MapCrsChoice::fromData({&far, &real, &notANumber});
        QCOMPARE(chosen.epsg, 32643);
        QVERIFY2(chosen.reason.contains(QStringLiteral("77.05")), qPrintable(chosen.reason));
        QCOMPARE(MapCrsChoice::utmEpsg(1e280, 43.6), 32660);
        QCOMPARE(MapCrsChoice::utmEpsg(-1e280, -43.6), 32701);
        QCOMPARE(MapCrsChoice::utmEpsg(nan, 43.6), 32643);
        QVERIFY(isLonLatExtent(-180, -90, 180, 90));
        QVERIFY(!isLonLatExtent(-180.5, 0, 0, 0));
        QVERIFY(!isLonLatExtent(0, 0, 0, nan));
    }
};

QTEST_GUILESS_MAIN(TestLayerReader)
#include "tst_layerreader.moc"
