// SPDX-License-Identifier: GPL-3.0-or-later
// The query engine cross-checked against an independent computation: GDAL's SQLite dialect with
// SpatiaLite functions, run by ogrinfo over the sample's source files (not the cache).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QString runProgram(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(600'000)) {
        p.kill();
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The numbers ogrinfo prints for a one-row SQL result, in column order.
QList<double> ogrSql(const QString &sql)
{
    int code = 0;
    const QString out = runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-q"), QStringLiteral("-dialect"),
                                                                QStringLiteral("SQLite"), QStringLiteral("-sql"), sql,
                                                                QStringLiteral(SEZ_SAMPLE_DIR)}, &code);
    QList<double> values;
    static const QRegularExpression line(QStringLiteral("^\\s+\\S+ \\((?:Integer|Integer64|Real)\\) = (\\S+)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();)
        values << it.next().captured(1).toDouble();
    return values;
}

} // namespace

class TestCrossCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QJsonObject stats(const QString &where)
    {
        int code = 0;
        const QString out = runProgram(QStringLiteral(SEZ_CLI_PATH),
                                       {QStringLiteral("stats"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                        QStringLiteral("--cache"), mDir.filePath(QStringLiteral("cache.gpkg")),
                                        QStringLiteral("--where"), where, QStringLiteral("--json")}, &code);
        return code == 0 ? QJsonDocument::fromJson(out.toUtf8()).object() : QJsonObject();
    }

private Q_SLOTS:
    // Attribute predicates: counts exact, official areas to the DBF's 4 decimals.
    void attributePredicates_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("sql");
        QTest::newRow("zone") << QStringLiteral("zone = 'industrial'")
                              << QStringLiteral("SELECT count(*), sum(PLOSHAD) FROM parcels WHERE ZONA = 'промышленная'");
        QTest::newRow("zone and status") << QStringLiteral("zone in ('logistics', 'agro_processing') and status = 'free' and area_ha >= 5")
                                         << QStringLiteral("SELECT count(*), sum(PLOSHAD) FROM parcels WHERE ZONA IN ('логистическая', 'агропереработка') AND STATUS = 'свободен' AND PLOSHAD >= 5");
        QTest::newRow("investor") << QStringLiteral("investor ilike '%молочная%'")
                                  << QStringLiteral("SELECT count(*), sum(PLOSHAD) FROM parcels WHERE INVESTOR LIKE '%Молочная%'");
    }
    void attributePredicates()
    {
        QFETCH(QString, where);
        QFETCH(QString, sql);
        const QList<double> expected = ogrSql(sql);
        QCOMPARE(expected.size(), 2);
        const QJsonObject s = stats(where);
        QVERIFY(expected.at(0) > 0);
        QCOMPARE(s.value(QStringLiteral("count")).toDouble(), expected.at(0));
        QVERIFY(std::abs(s.value(QStringLiteral("official_ha")).toDouble() - expected.at(1)) < 1e-3);
    }

    // Computed areas: ours are ellipsoidal (PROJ's geodesic routines) from UTM; SpatiaLite's
    // ST_Area(geometry, 1) on the same polygons in lon/lat is an independent ellipsoidal area.
    // Tolerance 0.01 %: the two reprojections differ only in rounding.
    void computedAreas()
    {
        const QList<double> expected = ogrSql(QStringLiteral(
            "SELECT sum(ST_Area(ST_Transform(geometry, 4326), 1)) / 10000.0 AS ha FROM parcels WHERE ZONA = 'туристическая'"));
        QCOMPARE(expected.size(), 1);
        const double ours = stats(QStringLiteral("zone = 'tourism'")).value(QStringLiteral("computed_ha")).toDouble();
        QVERIFY2(std::abs(ours - expected.at(0)) <= 1e-4 * expected.at(0),
                 qPrintable(QStringLiteral("%1 vs %2").arg(ours, 0, 'f', 4).arg(expected.at(0), 0, 'f', 4)));
    }

    // Distance predicates: the nearest substation (points in WGS 84, reprojected by SpatiaLite) from
    // each parcel polygon in UTM. Ours are single-precision metres: parcels within a metre of the
    // threshold may fall either way, so the counts may differ by at most 2 of thousands.
    void distancePredicates_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("sql");
        QTest::newRow("substation 3 km") << QStringLiteral("distance('substation') <= 3000")
            << QStringLiteral("SELECT count(*) FROM parcels p WHERE (SELECT min(ST_Distance(p.geometry, ST_Transform(o.geometry, 32643))) "
                              "FROM infra_objects o WHERE o.VID = 'подстанция') <= 3000");
        QTest::newRow("gas 1 km, free") << QStringLiteral("distance('gas_pipeline') <= 1000 and status = 'free'")
            << QStringLiteral("SELECT count(*) FROM parcels p WHERE p.STATUS = 'свободен' AND (SELECT min(ST_Distance(p.geometry, n.geometry)) "
                              "FROM infra_networks n WHERE n.VID = 'газопровод') <= 1000");
    }
    void distancePredicates()
    {
        QFETCH(QString, where);
        QFETCH(QString, sql);
        const QList<double> expected = ogrSql(sql);
        QCOMPARE(expected.size(), 1);
        QVERIFY(expected.at(0) > 10);
        const double ours = stats(where).value(QStringLiteral("count")).toDouble();
        QVERIFY2(std::abs(ours - expected.at(0)) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(expected.at(0))));
    }

    // Inside/outside the city: a point on each parcel's surface within the city limits (kept in
    // Pulkovo 1942 / Gauss-Kruger, reprojected by SpatiaLite).
    void insideTheCity()
    {
        const QList<double> expected = ogrSql(QStringLiteral(
            "SELECT count(*) FROM parcels p, city_limits c WHERE ST_Within(ST_PointOnSurface(p.geometry), ST_Transform(c.geometry, 32643))"));
        QCOMPARE(expected.size(), 1);
        const double ours = stats(QStringLiteral("inside_city")).value(QStringLiteral("count")).toDouble();
        QVERIFY2(std::abs(ours - expected.at(0)) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(expected.at(0))));
    }
};

QTEST_GUILESS_MAIN(TestCrossCheck)
#include "tst_crosscheck.moc"
