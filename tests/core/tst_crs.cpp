// SPDX-License-Identifier: GPL-3.0-or-later
// Reprojection against control points computed independently (cs2cs with explicit parameters; for
// Pulkovo 1942 the GOST R 51794-2008 datum shift, which is not the transformation PROJ picks).
#include "core/geo/crs.h"
#include "core/io/layerreader.h"
#include "shapefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sez;

class TestCrs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlPoints_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("toleranceM");
        QTest::newRow("UTM 43N Zhetygen") << 32643 << 77.12 << 43.73 << 670739.794 << 4844069.293 << 1.0;
        QTest::newRow("UTM 43N Konaev") << 32643 << 77.08 << 43.88 << 667099.386 << 4860647.708 << 1.0;
        QTest::newRow("UTM 43N Almaty") << 32643 << 76.95 << 43.24 << 658323.202 << 4789312.982 << 1.0;
        QTest::newRow("UTM 42N Shymkent") << 32642 << 69.60 << 42.32 << 549440.924 << 4685480.747 << 1.0;
        QTest::newRow("GK zone 26 Zhetygen") << 2542 << 77.12 << 43.73 << 26429141.558 << 4844250.211 << 10.0;
        QTest::newRow("GK zone 26 Konaev") << 2542 << 77.08 << 43.88 << 26426104.121 << 4860951.468 << 10.0;
        QTest::newRow("GK zone 26 west") << 2542 << 76.90 << 43.60 << 26411224.831 << 4830018.237 << 10.0;
        QTest::newRow("GK 6-degree zone 13") << 28413 << 77.12 << 43.73 << 13670855.812 << 4846060.360 << 10.0;
    }

    void controlPoints()
    {
        QFETCH(int, epsg);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, toleranceM);

        CoordinateTransform forward(kWgs84Epsg, epsg);
        QVERIFY2(forward.isValid(), qPrintable(forward.errorString()));
        QPointF p(lon, lat);
        QVERIFY(forward.transform(p));
        QVERIFY2(std::hypot(p.x() - x, p.y() - y) <= toleranceM,
                 qPrintable(QStringLiteral("got %1 %2").arg(p.x(), 0, 'f', 3).arg(p.y(), 0, 'f', 3)));

        CoordinateTransform back(epsg, kWgs84Epsg);
        QPointF q(x, y);
        QVERIFY(back.transform(q));
        const double dxM = (q.x() - lon) * 111320.0 * std::cos(lat * M_PI / 180);
        const double dyM = (q.y() - lat) * 110950.0;
        QVERIFY(std::hypot(dxM, dyM) <= toleranceM);
    }

    // The same control points through the whole reader: a GeoJSON layer in the source CRS is
    // read into the map CRS (UTM 43N), as every layer of a dataset is.
    void readerReprojectsIntoTheMapCrs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("points.geojson"));
        test::writeFile(path, R"({"type":"FeatureCollection",
            "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2542"}},
            "features":[{"type":"Feature","properties":{"name":"Zhetygen"},
                         "geometry":{"type":"Point","coordinates":[26429141.558,4844250.211]}}]})");
        LayerSpec spec;
        spec.name = QStringLiteral("points");
        spec.role = QStringLiteral("infrastructure");
        spec.path = path;
        QString error;
        auto layer = readLayer(spec, kDefaultMapEpsg, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->sourceCrs.epsg, 2542);
        QCOMPARE(layer->features.size(), std::size_t(1));
        const QPointF p = layer->features[0].geometry.points.at(0);
        QVERIFY(std::hypot(p.x() - 670739.794, p.y() - 4844069.293) <= 10.0);
    }

    void identifiesPrjText()
    {
        const CrsInfo utm = crsFromEpsg(32643);
        QCOMPARE(crsFromWkt(utm.wkt).epsg, 32643);
        // An ESRI-dialect .prj as GDAL writes it, without an authority code.
        const QByteArray esri = R"(PROJCS["Pulkovo_1942_3_Degree_GK_Zone_26",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",26500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",78.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])";
        QCOMPARE(crsFromWkt(esri).epsg, 2542);
    }

    // A CRS bound to WGS 84 by a datum shift: PROJ's search builds transformations for each
    // candidate of its base CRS, and took 8-30 s for a MapInfo datum of its own on GRS 80 (fuzz
    // finding 5). It is searched only when the base has a few candidates; the codes found stay
    // what PROJ's search gave.
    void identifiesBoundCrsByItsBase()
    {
        // Pulkovo 1942 / Gauss-Kruger zone 13 as old GDAL wrote it, with a TOWGS84 and no authority.
        const QByteArray pulkovo = R"(PROJCS["Pulkovo_1942_GK_Zone_13",GEOGCS["GCS_Pulkovo_1942",DATUM["Pulkovo_1942",SPHEROID["Krassowsky 1940",6378245,298.3],TOWGS84[23.92,-141.27,-80.9,0,0.35,0.82,-0.12]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",75],PARAMETER["scale_factor",1],PARAMETER["false_easting",13500000],PARAMETER["false_northing",0],UNIT["metre",1]])";
        const CrsInfo gk = crsFromWkt(pulkovo);
        QCOMPARE(gk.epsg, 28413);
        // The same with a shift of its own: the same code, as PROJ's search gives it (70 %).
        QByteArray ownShift = pulkovo;
        ownShift.replace("23.92,-141.27,-80.9,0,0.35,0.82,-0.12", "1,2,3,0,0,0,0");
        QCOMPARE(crsFromWkt(ownShift).epsg, 28413);
        // MapInfo's datum 999 (an ellipsoid and a shift, no name) on GRS 80: two hundred candidates,
        // none confident; the table's own definition is kept.
        const QByteArray mapInfoDatum = R"(GEOGCS["unnamed",DATUM["MIF 999,0,0,0,0",SPHEROID["GRS 80",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]])";
        const CrsInfo own = crsFromWkt(mapInfoDatum);
        QVERIFY(own.isValid());
        QVERIFY(own.geographic);
        QCOMPARE(own.epsg, 0);
        QVERIFY(own.wkt.contains("MIF 999"));
    }

    void guessesFromExtent()
    {
        QCOMPARE(guessEpsgFromExtent(76.9, 43.6, 77.2, 43.9), 4326);
        QCOMPARE(guessEpsgFromExtent(650000, 4820000, 690000, 4870000), 32643);
        QCOMPARE(guessEpsgFromExtent(26400000, 4820000, 26440000, 4870000), 2542);
        QCOMPARE(guessEpsgFromExtent(13650000, 4820000, 13690000, 4870000), 28413);
        QCOMPARE(guessEpsgFromExtent(1e9, 1e9, 2e9, 2e9), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
