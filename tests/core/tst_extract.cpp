// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel extract: boundary numbering on hand-made shapes, then the sample's parcels read back
// from the PDF with pdftotext and checked against the store's geometry, an independent PROJ run
// (cs2cs) and a brute-force neighbour search that uses no spatial index.
#include "core/geo/boundary.h"
#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/parcelstore.h"
#include "core/report/extract.h"
#include "core/report/extractplan.h"
#include "core/report/extractwriter.h"
#include "core/report/printscale.h"
#include "core/report/reportpage.h"
#include "tests/core/samplecache.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <map>
#include <set>

using namespace sez;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(120'000);
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

// A catalogue row as pdftotext prints it: number, X, Y, [X', Y',] latitude, longitude, from–to,
// length, direction angle. \a decimal is the locale's decimal separator.
struct CatalogueRow
{
    int number = 0;
    double x = 0, y = 0;            // northing, easting
    std::vector<double> extra;      // the extra CRS's X, Y when present
    double lat = 0, lon = 0;
    int from = 0, to = 0;
    double length = 0;
    int degrees = 0, minutes = 0;
};

std::map<int, CatalogueRow> catalogueRows(const QString &text, QChar decimal)
{
    const QString d = QRegularExpression::escape(QString(decimal));
    const QString number = QStringLiteral("(-?\\d+%1\\d+)").arg(d);
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+)((?:\\s+%1){4,6})\\s+(\\d+)–(\\d+)\\s+%1\\s+(\\d+)°(\\d+)′\\s*$").arg(number),
                                 QRegularExpression::MultilineOption);
    std::map<int, CatalogueRow> rows;
    auto value = [&](const QString &s) { return QString(s).replace(decimal, QLatin1Char('.')).toDouble(); };
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringList numbers = m.captured(2).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        CatalogueRow r;
        r.number = m.captured(1).toInt();
        r.x = value(numbers[0]);
        r.y = value(numbers[1]);
        for (int i = 2; i + 2 < numbers.size(); ++i)
            r.extra.push_back(value(numbers[i]));
        r.lat = value(numbers[numbers.size() - 2]);
        r.lon = value(numbers.back());
        r.from = m.captured(m.lastCapturedIndex() - 4).toInt();
        r.to = m.captured(m.lastCapturedIndex() - 3).toInt();
        r.length = value(m.captured(m.lastCapturedIndex() - 2));
        r.degrees = m.captured(m.lastCapturedIndex() - 1).toInt();
        r.minutes = m.captured(m.lastCapturedIndex()).toInt();
        rows[r.number] = r;
    }
    return rows;
}

Geometry polygon(std::vector<std::vector<QPointF>> rings)
{
    Geometry g;
    g.kind = GeometryKind::Polygon;
    g.polygons.push_back({});
    for (auto &r : rings)
        g.polygons.back().rings.push_back(r);
    return g;
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT

    test::SampleCache mSample;
    qint64 mHoled = -1, mTwoParts = -1, mSimple = -1;

    const ParcelStore &store() const { return *mSample.store(); }

    QString write(qint64 row, const QString &language, int extraEpsg, const QString &name)
    {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            if (!translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(language)))
                return {};
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(language == QLatin1String("ru")   ? QLocale(QLocale::Russian, QLocale::Kazakhstan)
                            : language == QLatin1String("kk") ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
                                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
        ExtractOptions options;
        options.extraEpsg = extraEpsg;
        options.source = QStringLiteral(SEZ_SAMPLE_DIR);
        options.sourceDigest = mSample.cache().sourcesDigest();
        QString error;
        auto extract = ParcelExtract::build(store(), row, options, &error);
        const QString path = mSample.filePath(name);
        const bool ok = extract && writeParcelExtract(*extract, path, &error);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? path : QString();
    }

    std::unique_ptr<ParcelExtract> extract(qint64 row, int extraEpsg = 0)
    {
        ExtractOptions options;
        options.extraEpsg = extraEpsg;
        QString error;
        auto e = ParcelExtract::build(store(), row, options, &error);
        if (!e)
            qWarning("%s", qPrintable(error));
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        QCOMPARE(mSample.cache().sourcesDigest().size(), 64);
        for (qint64 row = 0; row < store().size() && (mHoled < 0 || mTwoParts < 0 || mSimple < 0); ++row) {
            const Geometry g = store().geometry(row);
            if (mHoled < 0 && g.polygons.size() == 1 && g.polygons.front().rings.size() == 2)
                mHoled = row;
            else if (mTwoParts < 0 && g.polygons.size() == 2 && g.polygons[0].rings.size() == 1 && g.polygons[1].rings.size() == 1)
                mTwoParts = row;
            else if (mSimple < 0 && g.polygons.size() == 1 && g.polygons.front().rings.size() == 1 && g.polygons.front().rings.front().size() >= 6)
                mSimple = row;
        }
        QVERIFY(mHoled >= 0 && mTwoParts >= 0 && mSimple >= 0);
    }

    void directionAnglesAndLengths()
    {
        const QPointF o(500000, 4800000);
        QCOMPARE(directionAngle(o, o + QPointF(0, 10)), 0.0);
        QCOMPARE(directionAngle(o, o + QPointF(10, 0)), 90.0);
        QCOMPARE(directionAngle(o, o + QPointF(0, -10)), 180.0);
        QCOMPARE(directionAngle(o, o + QPointF(-10, 0)), 270.0);
        QCOMPARE(directionAngle(o, o + QPointF(10, 10)), 45.0);
        QCOMPARE(gridDistance(o, o + QPointF(3, 4)), 5.0);
    }

    void numberingIsClockwiseFromTheNorthWest()
    {
        // An anticlockwise square starting in the south-east: numbered from its north-west corner, clockwise.
        const Geometry square = polygon({{{10, 0}, {10, 10}, {0, 10}, {0, 0}}});
        const ParcelBoundary b = ParcelBoundary::fromGeometry(square);
        QCOMPARE(b.rings().size(), std::size_t(1));
        const Path expected = {{0, 10}, {10, 10}, {10, 0}, {0, 0}};
        QCOMPARE(b.rings().front().points, expected);
        QCOMPARE(b.rings().front().firstNumber, 1);

        // A hole is numbered after its outer boundary, also clockwise from its own north-west corner;
        // a second part lying further south-east comes after the first.
        Geometry g = polygon({{{0, 0}, {0, 100}, {100, 100}, {100, 0}}, {{20, 20}, {40, 20}, {40, 40}, {20, 40}}});
        g.polygons.insert(g.polygons.begin(), Polygon{{{{200, -50}, {260, -50}, {260, 0}, {200, 0}}}});
        const ParcelBoundary parts = ParcelBoundary::fromGeometry(g);
        QCOMPARE(parts.rings().size(), std::size_t(3));
        QCOMPARE(parts.rings()[0].part, 0);
        QCOMPARE(parts.rings()[0].hole, 0);
        QCOMPARE(parts.rings()[0].points.front(), QPointF(0, 100));
        QCOMPARE(parts.rings()[1].part, 0);
        QCOMPARE(parts.rings()[1].hole, 1);
        QCOMPARE(parts.rings()[1].firstNumber, 5);
        const Path hole = {{20, 40}, {40, 40}, {40, 20}, {20, 20}};
        QCOMPARE(parts.rings()[1].points, hole);
        QCOMPARE(parts.rings()[2].part, 1);
        QCOMPARE(parts.rings()[2].firstNumber, 9);
        QCOMPARE(parts.rings()[2].points.front(), QPointF(200, 0));
        QCOMPARE(parts.pointCount(), 12);
        for (const BoundaryRing &ring : parts.rings())
            QVERIFY(signedDoubleArea(ring.points) < 0);
    }

    void sharedLengthAlongAndAcross()
    {
        const QPointF a(0, 0), b(10, 0);
        QCOMPARE(sharedLength(a, b, {10, 0}, {0, 0}, 0.05), 10.0);             // the same edge, reversed
        QCOMPARE(sharedLength(a, b, {4, 0.01}, {20, 0.01}, 0.05), 6.0);        // partly, within the tolerance
        QCOMPARE(sharedLength(a, b, {0, 0.2}, {10, 0.2}, 0.05), 0.0);          // parallel, too far
        QCOMPARE(sharedLength(a, b, {5, -5}, {5, 5}, 0.05), 0.0);              // crossing at right angles
        QCOMPARE(sharedLength(a, b, {10, 0}, {20, 3}, 0.05), 0.0);             // touching at a corner
        QCOMPARE(sharedLength(a, b, {10, 0}, {0, 0.5}, 0.05), 0.0);            // meeting at a 3° angle
        QVERIFY(std::abs(sharedLength(a, b, {0, 0}, {100, 0.5}, 0.05) - 10) < 1e-9);   // skewed 0.3°, within the tolerance here
        QVERIFY(std::abs(sharedLength({0, 0}, {100, 0}, {0, 0}, {100, 0.1}, 0.05) - 50) < 1e-6);  // parting at 0.06°: half of it
    }

    void unknownNumberSuggestsTheNearest()
    {
        const QString number = store().value(mSimple, ParcelField::CadastralNumber).toString();
        QString error;
        // Numbers are dense, so a typo is near several: the suggestion is one of them, and exists.
        QVERIFY(!ParcelExtract::build(store(), number + QLatin1Char('9'), {}, &error));
        static const QRegularExpression suggested(QStringLiteral("did you mean '([-0-9]+)'\\?$"));
        const QString suggestion = suggested.match(error).captured(1);
        QVERIFY2(store().findCadastralNumber(suggestion) >= 0, qPrintable(error));
        QVERIFY(cadastralDigits(number + QLatin1Char('9')).startsWith(cadastralDigits(suggestion).left(9)));
        QVERIFY(!ParcelExtract::build(store(), QStringLiteral("no such parcel"), {}, &error));
        QVERIFY(error.startsWith(QStringLiteral("unknown cadastral number")));
        // Digits without hyphens name the same parcel.
        auto e = ParcelExtract::build(store(), cadastralDigits(number), {}, &error);
        QVERIFY(e);
        QCOMPARE(e->row(), mSimple);
    }

    void pdfCatalogueEqualsTheGeometry()
    {
        const QString path = write(mSimple, QStringLiteral("en"), 0, QStringLiteral("simple.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        const QString number = store().value(mSimple, ParcelField::CadastralNumber).toString();
        QVERIFY(text.contains(number));

        const Geometry g = store().geometry(mSimple);
        const Path &ring = g.polygons.front().rings.front();
        const std::map<int, CatalogueRow> rows = catalogueRows(text, QLatin1Char('.'));
        QCOMPARE(rows.size(), ring.size());

        // Every printed point is a vertex of the geometry within a centimetre, and every vertex is printed.
        Path printed, vertices;
        std::set<std::size_t> seen;
        for (const auto &[n, row] : rows) {
            const QPointF p(row.y, row.x);
            printed.push_back(p);
            std::size_t nearest = 0;
            for (std::size_t i = 1; i < ring.size(); ++i)
                if (gridDistance(ring[i], p) < gridDistance(ring[nearest], p))
                    nearest = i;
            QVERIFY2(gridDistance(ring[nearest], p) < 0.01, qPrintable(QStringLiteral("point %1").arg(n)));
            seen.insert(nearest);
            vertices.push_back(ring[nearest]);
        }
        QCOMPARE(seen.size(), ring.size());

        // Point 1 is the north-westernmost vertex, the numbering runs clockwise and closes on point 1.
        double best = -1e300;
        for (const QPointF &v : ring)
            best = std::max(best, v.y() - v.x());
        QVERIFY(std::abs((printed.front().y() - printed.front().x()) - best) < 0.01);
        QVERIFY(signedDoubleArea(printed) < 0);
        QCOMPARE(rows.rbegin()->second.to, 1);

        // Sides: lengths within a centimetre of the geometry's, angles to the minute.
        for (std::size_t i = 0; i < vertices.size(); ++i) {
            const CatalogueRow &row = rows.at(int(i) + 1);
            const QPointF a = vertices[i], b = vertices[(i + 1) % vertices.size()];
            QCOMPARE(row.from, int(i) + 1);
            QVERIFY(std::abs(row.length - gridDistance(a, b)) < 0.01);
            const double angle = directionAngle(a, b);
            const int minutes = int(std::lround(angle * 60)) % (360 * 60);
            QVERIFY(std::abs(row.degrees * 60 + row.minutes - minutes) <= 1);
        }

        // The areas: the catalogue's latitudes and longitudes and its X/Y through PROJ both give the
        // computed (ellipsoidal) area within 0.01 ha, which the PDF prints.
        Path lonLat, projected = printed;
        for (const auto &[n, row] : rows)
            lonLat.emplace_back(row.lon, row.lat);
        const double computed = store().computedAreaHa(mSimple);
        QVERIFY(std::abs(geodesicRingAreaM2(lonLat) / 10'000 - computed) < 0.01);
        CoordinateTransform(store().mapEpsg(), kWgs84Epsg).transform(projected);
        QVERIFY(std::abs(geodesicRingAreaM2(projected) / 10'000 - computed) < 0.01);
        QVERIFY2(text.contains(QStringLiteral("%1 ha").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(computed, 'f', 4))),
                 qPrintable(QString::number(computed, 'f', 4)));
    }

    void holesAndPartsAreNumberedPerRing_data()
    {
        QTest::addColumn<qint64>("row");
        QTest::addColumn<int>("rings");
        QTest::newRow("hole") << mHoled << 2;
        QTest::newRow("two parts") << mTwoParts << 2;
    }

    void holesAndPartsAreNumberedPerRing()
    {
        QFETCH(qint64, row);
        QFETCH(int, rings);
        auto e = extract(row);
        QVERIFY(e);
        QCOMPARE(int(e->rings().size()), rings);
        const Geometry g = store().geometry(row);
        int next = 1;
        for (const BoundaryRing &ring : e->boundary().rings()) {
            QCOMPARE(ring.firstNumber, next);
            next = ring.lastNumber() + 1;
            QVERIFY(signedDoubleArea(ring.points) < 0);
            QCOMPARE(northWesternmostIndex(ring.points), std::size_t(0));
            // The ring is one of the geometry's, vertex for vertex.
            bool found = false;
            for (const Polygon &poly : g.polygons)
                for (const Path &source : poly.rings)
                    if (source.size() == ring.points.size()
                        && std::all_of(ring.points.begin(), ring.points.end(), [&](const QPointF &p) {
                               return std::find(source.begin(), source.end(), p) != source.end();
                           }))
                        found = true;
            QVERIFY(found);
        }
        QCOMPARE(next - 1, store().vertexCount(row));

        const QString path = write(row, QStringLiteral("en"), 0, QStringLiteral("rings-%1.pdf").arg(row));
        const QString text = pdfText(path);
        const std::map<int, CatalogueRow> printed = catalogueRows(text, QLatin1Char('.'));
        QCOMPARE(int(printed.size()), store().vertexCount(row));
        for (const BoundaryRing &ring : e->boundary().rings()) {
            const QString heading = ring.hole == 0 ? QStringLiteral("Part %1, outer boundary: points %2–%3")
                                                   : QStringLiteral("Part %1, hole %2: points %3–%4").arg(ring.part + 1).arg(ring.hole);
            QVERIFY2(text.contains(ring.hole == 0 ? heading.arg(ring.part + 1).arg(ring.firstNumber).arg(ring.lastNumber())
                                                  : heading.arg(ring.firstNumber).arg(ring.lastNumber())),
                     qPrintable(text));
            // The ring's last side closes on its own first point.
            QCOMPARE(printed.at(ring.lastNumber()).to, ring.firstNumber);
            for (int n = ring.firstNumber; n < ring.lastNumber(); ++n)
                QCOMPARE(printed.at(n).to, n + 1);
        }
    }

    void pulkovoAgreesWithProj()
    {
        auto e = extract(mSimple, kPulkovoZoneEpsg);
        QVERIFY(e);
        QCOMPARE(e->extraEpsg(), 28413);   // the SEZ lies at 77 E: zone 13 (72-78 E)
        const ExtractPoint &control = e->rings().front().points.front();
        QVERIFY(control.extraOk);
        // cs2cs takes UTM as easting, northing and prints Gauss-Kruger as northing, easting (EPSG's order).
        QProcess cs2cs;
        cs2cs.start(QStringLiteral("cs2cs"), {QStringLiteral("-f"), QStringLiteral("%.4f"), QStringLiteral("EPSG:%1").arg(store().mapEpsg()),
                                              QStringLiteral("EPSG:28413")});
        QVERIFY(cs2cs.waitForStarted());
        cs2cs.write(QStringLiteral("%1 %2\n").arg(control.map.x(), 0, 'f', 4).arg(control.map.y(), 0, 'f', 4).toLatin1());
        cs2cs.closeWriteChannel();
        QVERIFY(cs2cs.waitForFinished(60'000));
        const QStringList out = QString::fromLatin1(cs2cs.readAllStandardOutput()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QVERIFY2(out.size() >= 2, qPrintable(out.join(QLatin1Char(' '))));
        const double northing = out[0].toDouble(), easting = out[1].toDouble();
        QVERIFY(easting > 13'000'000 && easting < 14'000'000);
        QVERIFY2(std::abs(control.extra.y() - northing) < 0.01 && std::abs(control.extra.x() - easting) < 0.01,
                 qPrintable(QStringLiteral("%1 %2 vs %3 %4").arg(control.extra.y(), 0, 'f', 3).arg(control.extra.x(), 0, 'f', 3)
                                .arg(northing, 0, 'f', 3).arg(easting, 0, 'f', 3)));

        // In the Russian PDF, with decimal commas, the same coordinates as the extra columns.
        const QString path = write(mSimple, QStringLiteral("ru"), kPulkovoZoneEpsg, QStringLiteral("pulkovo-ru.pdf"));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("EPSG:28413")));
        const std::map<int, CatalogueRow> rows = catalogueRows(text, QLatin1Char(','));
        QCOMPARE(rows.size(), e->rings().front().points.size());
        QCOMPARE(rows.at(1).extra.size(), std::size_t(2));
        QVERIFY(std::abs(rows.at(1).extra[0] - northing) < 0.01);
        QVERIFY(std::abs(rows.at(1).extra[1] - easting) < 0.01);
    }

    void neighboursEqualABruteForceSearch()
    {
        // Every parcel against every other, without the store's R-tree: two sides are shared where
        // they run within 10° of each other and both ends of each (or of the shorter, for a side
        // that runs on past the other) lie within the tolerance of the other's line, over the
        // stretch where their projections overlap (collinear pieces, T-junctions included).
        constexpr double tol = ParcelExtract::kSharedEdgeTolerance;
        auto lineDistance = [](const QPointF &p, const QPointF &a, const QPointF &b) {
            const QPointF d = b - a;
            return std::abs(d.x() * (p.y() - a.y()) - d.y() * (p.x() - a.x())) / std::hypot(d.x(), d.y());
        };
        auto overlap = [&](const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d) {
            const double length = gridDistance(a, b);
            if (length == 0 || gridDistance(c, d) == 0)
                return 0.0;
            // Lines, not points: a side shorter than the tolerance is near any line through its end.
            const QPointF ab = b - a, cd = d - c;
            if (std::abs(ab.x() * cd.y() - ab.y() * cd.x()) > std::sin(10 * M_PI / 180) * length * gridDistance(c, d))
                return 0.0;
            if (lineDistance(c, a, b) > tol || lineDistance(d, a, b) > tol || lineDistance(a, c, d) > tol || lineDistance(b, c, d) > tol) {
                // Not collinear as wholes: the part of the longer one facing the shorter may still be.
                if (gridDistance(c, d) <= length || lineDistance(a, c, d) > tol || lineDistance(b, c, d) > tol)
                    return 0.0;
            }
            const QPointF u = (b - a) / length;
            const double tc = QPointF::dotProduct(c - a, u), td = QPointF::dotProduct(d - a, u);
            return std::max(0.0, std::min(length, std::max(tc, td)) - std::max(0.0, std::min(tc, td)));
        };
        std::vector<QRectF> bounds;
        for (qint64 row = 0; row < store().size(); ++row)
            bounds.push_back(store().bounds(row).adjusted(-tol, -tol, tol, tol));

        std::vector<qint64> rows = {mSimple, mHoled, mTwoParts};
        for (qint64 row = 0; row < store().size(); row += 23)
            rows.push_back(row);
        int withNeighbours = 0;
        for (qint64 row : rows) {
            const Geometry mine = store().geometry(row);
            std::map<qint64, double> shared;
            for (qint64 other = 0; other < store().size(); ++other) {
                if (other == row || !bounds[std::size_t(other)].intersects(bounds[std::size_t(row)]))
                    continue;
                const Geometry theirs = store().geometry(other);
                for (const Polygon &poly : mine.polygons)
                    for (const Path &ring : poly.rings)
                        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                            double side = 0;
                            for (const Polygon &p2 : theirs.polygons)
                                for (const Path &r2 : p2.rings)
                                    for (std::size_t k = 0, l = r2.size() - 1; k < r2.size(); l = k++)
                                        side += overlap(ring[j], ring[i], r2[l], r2[k]);
                            side = std::min(side, gridDistance(ring[j], ring[i]));
                            if (side >= ParcelExtract::kMinimumSharedLength || side >= 0.9 * gridDistance(ring[j], ring[i]))
                                shared[other] += side;
                        }
            }
            std::set<qint64> expected;
            for (const auto &[other, length] : shared)
                if (length >= ParcelExtract::kMinimumSharedLength)
                    expected.insert(other);
            auto e = extract(row);
            QVERIFY(e);
            // The catalogue's coordinates, as printed, give the computed area.
            QVERIFY(std::abs(e->catalogueAreaHa() - store().computedAreaHa(row)) < 0.01);
            std::set<qint64> found;
            for (const ExtractNeighbour &n : e->neighbours()) {
                found.insert(n.row);
                QVERIFY2(std::abs(n.sharedLength - shared[n.row]) < 0.02,
                         qPrintable(QStringLiteral("%1 / %2: %3 vs %4").arg(store().value(row, ParcelField::CadastralNumber).toString(), n.cadastralNumber)
                                        .arg(n.sharedLength).arg(shared[n.row])));
                QVERIFY(!n.runs.empty());
            }
            QVERIFY2(found == expected, qPrintable(store().value(row, ParcelField::CadastralNumber).toString()));
            withNeighbours += found.empty() ? 0 : 1;
        }
        QVERIFY(withNeighbours > int(rows.size()) / 2);
    }

    void planScaleIsTheLargestThatFits()
    {
        QCOMPARE(PrintScale::fitting(QSizeF(100, 100), QSizeF(515, 400), 42), 1000);
        QCOMPARE(PrintScale::fitting(QSizeF(150, 100), QSizeF(515, 400), 42), 1000);
        QCOMPARE(PrintScale::fitting(QSizeF(200, 150), QSizeF(515, 400), 42), 2000);
        QCOMPARE(PrintScale::fitting(QSizeF(10, 10), QSizeF(515, 400), 42), 500);
        QCOMPARE(PrintScale::fitting(QSizeF(3000, 2000), QSizeF(515, 400), 42), 25000);
        auto e = extract(mSimple);
        QImage page(10, 10, QImage::Format_ARGB32);   // a device at 72 dpi, as a PDF page
        page.setDotsPerMeterX(int(std::lround(72 / 0.0254)));
        page.setDotsPerMeterY(int(std::lround(72 / 0.0254)));
        const ExtractPlan plan(*e, QSizeF(515, 400), &page);
        QCOMPARE(plan.unnumberedPoints(), 0);
        const QRectF bounds = store().bounds(mSimple);
        QVERIFY(plan.extent().contains(bounds));
        // One step larger would not hold the parcel with room for its labels.
        const int *step = std::find(std::begin(PrintScale::kScales), std::end(PrintScale::kScales), plan.scale());
        QVERIFY(step != std::end(PrintScale::kScales));
        if (const int larger = PrintScale::larger(plan.scale())) {
            QCOMPARE(larger, step[-1]);
            const double metresPerPoint = larger * 0.0254 / 72;
            const double room = 2 * ExtractPlan::kLabelMargin;
            QVERIFY(bounds.width() > (515 - room) * metresPerPoint || bounds.height() > (400 - room) * metresPerPoint);
        }
    }

    void russianAndKazakhTexts()
    {
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
            const QString path = write(mHoled, language, 0, QStringLiteral("holed-%1.pdf").arg(language));
            QVERIFY(!path.isEmpty());
            const QString text = pdfText(path);
            QVERIFY(text.contains(store().value(mHoled, ParcelField::CadastralNumber).toString()));
            if (language == QLatin1String("ru")) {
                QVERIFY2(text.contains(QStringLiteral("Выписка")), qPrintable(text.left(400)));
                QVERIFY(text.contains(QStringLiteral("Каталог координат")));
                QVERIFY(text.contains(QStringLiteral("Дирекционный")));
            } else {
                QVERIFY2(text.contains(QStringLiteral("үзінді")), qPrintable(text.left(400)));
                QVERIFY(text.contains(QStringLiteral("координаттар каталогы")));
            }
            QVERIFY(!text.contains(QStringLiteral("Parcel extract")));
            QVERIFY(text.contains(mSample.cache().sourcesDigest().left(12)));
            QCOMPARE(int(catalogueRows(text, QLatin1Char(',')).size()), store().vertexCount(mHoled));
        }
        // With the extra coordinates the catalogue is tight: the last header's long word stays inside
        // the table and clear of its neighbour ("Дирекционный" was cut at both ends).
        const QString path = write(mHoled, QStringLiteral("ru"), kPulkovoZoneEpsg, QStringLiteral("holed-ru-pulkovo.pdf"));
        QVERIFY(!path.isEmpty());
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                               QStringLiteral("2"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60'000));
        const QString boxes = QString::fromUtf8(p.readAllStandardOutput());
        auto word = [&boxes](const QString &text) {
            static const QRegularExpression re(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
            for (auto it = re.globalMatch(boxes); it.hasNext();) {
                const auto m = it.next();
                if (m.captured(3) == text)
                    return std::pair{m.captured(1).toDouble(), m.captured(2).toDouble()};
            }
            return std::pair{-1.0, -1.0};
        };
        const auto angle = word(QStringLiteral("Дирекционный")), length = word(QStringLiteral("Длина,"));
        QVERIFY(angle.first > 0 && length.first > 0);
        QVERIFY2(angle.second <= ReportPage::kMargin + ReportPage::kContentWidth - 1, qPrintable(QString::number(angle.second)));
        QVERIFY2(angle.first >= length.second + 4, qPrintable(QStringLiteral("%1 %2").arg(angle.first).arg(length.second)));
    }
};

QTEST_MAIN(TestExtract)
#include "tst_extract.moc"
