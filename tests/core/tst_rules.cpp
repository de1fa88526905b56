// SPDX-License-Identifier: GPL-3.0-or-later
// The SEZ's business rules: the side of the city limits (a point's, and a SEZ part's, cut where it
// straddles the limits), area mismatch, projects under implementation, planned infrastructure.
#include "core/model/parcelstore.h"
#include "core/model/rules.h"

#include <QTest>

using namespace sez;

namespace {

Geometry rectangle(double x0, double y0, double x1, double y1)
{
    Geometry g;
    g.kind = GeometryKind::Polygon;
    g.polygons.push_back(Polygon{{Path{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}});
    return g;
}

ContextFeature feature(const QString &name, Geometry geometry)
{
    ContextFeature f;
    f.name = name;
    f.geometry = std::move(geometry);
    return f;
}

// Planar area of the polygons (shoelace, holes subtracted), in the geometry's units.
double planarArea(const Geometry &g)
{
    double total = 0;
    for (const Polygon &polygon : g.polygons)
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            const Path &ring = polygon.rings[r];
            double a = 0;
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                a += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
            total += (r == 0 ? 1 : -1) * std::abs(a / 2);
        }
    return total;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

    // A city of 10 x 10 km with a 2 x 2 km hole (an enclave that is not the city's).
    std::vector<ContextFeature> city() const
    {
        Geometry g = rectangle(0, 0, 10'000, 10'000);
        g.polygons.front().rings.push_back(Path{{4'000, 4'000}, {6'000, 4'000}, {6'000, 6'000}, {4'000, 6'000}});
        return {feature(QStringLiteral("Alatau"), g)};
    }

private Q_SLOTS:
    void pointSides()
    {
        QCOMPARE(citySideAt(QPointF(1'000, 1'000), {}), CitySide::Unknown);
        QCOMPARE(citySideAt(QPointF(1'000, 1'000), city()), CitySide::Inside);
        QCOMPARE(citySideAt(QPointF(5'000, 5'000), city()), CitySide::Outside);   // in the hole
        QCOMPARE(citySideAt(QPointF(-1, 5'000), city()), CitySide::Outside);
    }

    void partsWhollyOnOneSide()
    {
        const auto parts = divideAtCityLimits({feature(QStringLiteral("a"), rectangle(1'000, 1'000, 3'000, 3'000)),
                                               feature(QStringLiteral("b"), rectangle(12'000, 0, 15'000, 3'000)),
                                               feature(QStringLiteral("c"), rectangle(4'500, 4'500, 5'500, 5'500))},
                                              city());
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[0].citySide, CitySide::Inside);
        QCOMPARE(parts[1].citySide, CitySide::Outside);
        QCOMPARE(parts[2].citySide, CitySide::Outside);   // within the enclave
        QCOMPARE(planarArea(parts[0].geometry), 4e6);      // kept whole, as it came
    }

    // A part across the limits is cut: 3 km x 2 km inside, 2 km x 2 km outside, both named as the part.
    void straddlingPartIsCut()
    {
        const auto parts = divideAtCityLimits({feature(QStringLiteral("west"), rectangle(7'000, 1'000, 12'000, 3'000))}, city());
        QCOMPARE(parts.size(), std::size_t(2));
        double inside = 0, outside = 0;
        for (const ContextFeature &piece : parts) {
            QCOMPARE(piece.name, QStringLiteral("west"));
            QVERIFY(piece.geometry.lines.empty() && piece.geometry.points.empty());
            (piece.citySide == CitySide::Inside ? inside : outside) += planarArea(piece.geometry);
        }
        QVERIFY2(std::abs(inside - 6e6) < 1e-3, qPrintable(QString::number(inside)));
        QVERIFY2(std::abs(outside - 4e6) < 1e-3, qPrintable(QString::number(outside)));
    }

    // Two layers digitised apart disagree along a shared boundary by centimetres: no sliver pieces.
    void boundaryNoiseKeepsThePartWhole()
    {
        const auto parts = divideAtCityLimits({feature(QStringLiteral("in"), rectangle(5'000, 8'000, 10'000.05, 9'000))}, city());
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0].citySide, CitySide::Inside);
    }

    void noCityLimits()
    {
        const auto parts = divideAtCityLimits({feature(QStringLiteral("a"), rectangle(0, 0, 1, 1))}, {});
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0].citySide, CitySide::Unknown);
    }

    // The computed area is the reference: 1 % of it, not of the official area.
    void areaMismatch()
    {
        QVERIFY(!hasAreaMismatch(10.1, 10.0));    // exactly 1 %: not more
        QVERIFY(hasAreaMismatch(10.11, 10.0));
        QVERIFY(hasAreaMismatch(9.89, 10.0));
        // 9.9 against 10.0 is 1.01 % of the official area but 1 % of the computed one: no mismatch.
        QVERIFY(!hasAreaMismatch(9.9, 10.0));
        QVERIFY(hasAreaMismatch(0.0, 5.0));      // no official area at all
        QVERIFY(!hasAreaMismatch(5.0, 0.0));     // nothing measured to compare with
        QCOMPARE(areaDifferenceShare(9.0, 10.0), 0.1);
        QCOMPARE(areaDifferenceShare(11.0, 10.0), -0.1);
        QCOMPARE(areaDifferenceShare(3.0, 0.0), 0.0);
    }

    void statuses()
    {
        QVERIFY(isUnderImplementation(QStringLiteral("under_construction")));
        QVERIFY(isUnderImplementation(QStringLiteral("operating")));
        QVERIFY(!isUnderImplementation(QStringLiteral("allocated")));
        QVERIFY(!isUnderImplementation(QString()));
        QVERIFY(isPlannedInfrastructure(QStringLiteral("design")));
        QVERIFY(isPlannedInfrastructure(QStringLiteral("проектирование")));
        QVERIFY(!isPlannedInfrastructure(QStringLiteral("construction")));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
