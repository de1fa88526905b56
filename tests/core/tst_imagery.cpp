// SPDX-License-Identifier: GPL-3.0-or-later
// Raster imagery under the map, with rasters the test makes itself: a GeoTIFF in another CRS whose
// colours land where they belong within a pixel, its overviews read at coarse scales, a VRT of four
// tiles, nodata shown through, other formats GDAL reads, damaged and unusable files refused with
// their name, brightness, contrast, opacity, attribution, cancellation and print resolution.
#include "core/base/feedback.h"
#include "core/geo/crs.h"
#include "core/imagery/rasterimagery.h"
#include "core/model/parcelstore.h"
#include "core/render/imagerypainter.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"
#include "tests/core/pixelchecks.h"
#include "tests/core/rasterfixture.h"
#include "tests/core/samplecache.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include <cmath>

using namespace sez;
using namespace sez::test;

namespace {

// The GeoTIFF over part of the sample, in lon/lat: 4 x 4 cells of 150 x 80 pixels, 0.00025° each.
constexpr double kWest = 76.95, kNorth = 43.78, kStep = 0.00025;
constexpr int kCellW = 150, kCellH = 80, kCells = 4;

QRgb cellColour(int column, int row)
{
    return QColor::fromHsv((column * kCells + row) * 22, 210, 60 + 40 * ((column + row) % 4)).rgb();
}

// Records what it was asked for: the pixels of a frame on a given device.
class RecordingSource : public ImagerySource
{
public:
    QString name() const override { return QStringLiteral("recorder"); }
    QString location() const override { return name(); }
    QString attribution() const override { return {}; }
    QRectF footprint(int) const override { return {}; }
    ImageryFrame render(const ImageryRequest &request) const override
    {
        mPixels = request.pixels;
        return {};
    }
    mutable QSize mPixels;
};

} // namespace

class TestImagery : public QObject
{
    Q_OBJECT

    test::SampleCache mSample;
    std::shared_ptr<const ParcelStore> mStore;
    std::unique_ptr<MapStyle> mStyle;
    std::unique_ptr<CoordinateTransform> mFromLonLat;

    QString path(const QString &name) const { return mSample.filePath(name); }

    QPointF toMap(double lon, double lat) const
    {
        QPointF p(lon, lat);
        mFromLonLat->transform(p);
        return p;
    }

    // The imagery alone over a plain fill (the map's layers left out, so every pixel is imagery's).
    QImage render(std::shared_ptr<const ImagerySource> source, const MapView &view, const ImageryLook &look = {},
                  double opacity = 1.0, const std::atomic<bool> *cancel = nullptr) const
    {
        RenderContext context(*mStore, *mStyle, view, RenderOptions(), cancel);
        MapLayers layers;
        layers.insert(0, MapLayer{QStringLiteral("under"), true, 1.0, std::make_shared<FillPainter>(QColor(0, 128, 128)), QString()});
        layers.insert(1, imageryLayer(QStringLiteral("test"), std::move(source), look, opacity));
        context.setLayers(layers);
        return MapRenderer::render(context);
    }

    static QRgb pixelAt(const QImage &image, const MapView &view, const QPointF &map)
    {
        const QPointF p = view.toPixel(map);
        return image.pixel(int(std::floor(p.x())), int(std::floor(p.y())));
    }

    bool writeCells(const QString &file, const test::RasterSpec &base = {}) const
    {
        test::RasterSpec spec = base;
        spec.path = file;
        spec.width = kCellW * kCells;
        spec.height = kCellH * kCells;
        spec.epsg = kWgs84Epsg;
        const double transform[6] = {kWest, kStep, 0, kNorth, 0, -kStep};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        return test::writeRaster(spec, [](int x, int y) { return cellColour(x / kCellW, y / kCellH); });
    }

    // A view of the cells' middle at \a metresPerPixel.
    MapView cellsView(double metresPerPixel, QSize size = QSize(800, 640)) const
    {
        const QPointF centre = toMap(kWest + kStep * kCellW * kCells / 2, kNorth - kStep * kCellH * kCells / 2);
        return MapView::atResolution(centre, metresPerPixel, size);
    }

    // A uniform GeoTIFF in UTM 43N (the map's CRS) of \a colour, \a side pixels of 10 m.
    bool writeUniform(const QString &file, const QPointF &northWest, int side, QRgb colour,
                      std::optional<double> nodata = std::nullopt, int epsg = kDefaultMapEpsg) const
    {
        test::RasterSpec spec;
        spec.path = file;
        spec.width = spec.height = side;
        spec.epsg = epsg;
        spec.nodata = nodata;
        const double transform[6] = {northWest.x(), 10, 0, northWest.y(), 0, -10};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        return test::writeRaster(spec, [colour](int, int) { return colour; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mStore = mSample.store();
        QCOMPARE(mStore->mapEpsg(), kDefaultMapEpsg);
        mStyle = std::make_unique<MapStyle>(*mStore);
        mFromLonLat = std::make_unique<CoordinateTransform>(kWgs84Epsg, mStore->mapEpsg());
    }

    // A GeoTIFF in lon/lat under a UTM map: every cell's colour at its place, and the cells' edges
    // within a pixel of where PROJ puts them.
    void geoTiffInAnotherCrsLandsWithinAPixel()
    {
        QVERIFY(writeCells(path(QStringLiteral("cells.tif"))));
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(path(QStringLiteral("cells.tif")), &error);
        QVERIFY2(raster, qPrintable(error));
        QCOMPARE(raster->size(), QSize(600, 320));
        QVERIFY2(raster->crsName().contains(QStringLiteral("WGS 84")), qPrintable(raster->crsName()));
        QVERIFY(overlapProblem(*raster, mStore->extent(), mStore->mapEpsg()).isEmpty());
        const QRectF footprint = raster->footprint(mStore->mapEpsg());
        QVERIFY(footprint.contains(toMap(kWest + 0.01, kNorth - 0.01)));
        QVERIFY(!footprint.contains(toMap(kWest - 0.01, kNorth - 0.01)));

        const MapView view = cellsView(16);
        const QImage image = render(raster, view);
        int checked = 0;
        for (int column = 0; column < kCells; ++column) {
            for (int row = 0; row < kCells; ++row) {
                const QPointF at = toMap(kWest + kStep * kCellW * (column + 0.5), kNorth - kStep * kCellH * (row + 0.5));
                if (!view.extent().contains(at))
                    continue;
                const QRgb got = pixelAt(image, view, at);
                QVERIFY2(near(got, cellColour(column, row), 2),
                         qPrintable(QStringLiteral("cell %1,%2: %3 instead of %4").arg(column).arg(row).arg(rgbText(got), rgbText(cellColour(column, row)))));
                ++checked;
            }
        }
        QVERIFY(checked >= 12);

        // The edge between columns 1 and 2 along row 2's middle, and between rows 1 and 2 along
        // column 1's middle: the first pixel of the other colour is within a pixel of the edge.
        const double edgeLon = kWest + kStep * kCellW * 2, midLat = kNorth - kStep * kCellH * 2.5;
        const QPointF vertical = view.toPixel(toMap(edgeLon, midLat));
        const QPoint scanX(int(vertical.x()) - 8, int(std::floor(vertical.y())));
        const int right = firstPixelNearer(image, scanX, QPoint(1, 0), 17, cellColour(1, 2), cellColour(2, 2));
        QVERIFY(right >= 0);
        const int firstRight = scanX.x() + right;
        QVERIFY2(std::abs(firstRight + 0.5 - vertical.x()) <= 1.0,
                 qPrintable(QStringLiteral("edge at pixel %1, PROJ says %2").arg(firstRight).arg(vertical.x())));
        const double edgeLat = kNorth - kStep * kCellH * 2, midLon = kWest + kStep * kCellW * 1.5;
        const QPointF horizontal = view.toPixel(toMap(midLon, edgeLat));
        const QPoint scanY(int(std::floor(horizontal.x())), int(horizontal.y()) - 8);
        const int below = firstPixelNearer(image, scanY, QPoint(0, 1), 17, cellColour(1, 1), cellColour(1, 2));
        QVERIFY(below >= 0);
        const int firstBelow = scanY.y() + below;
        QVERIFY2(std::abs(firstBelow + 0.5 - horizontal.y()) <= 1.0,
                 qPrintable(QStringLiteral("edge at row %1, PROJ says %2").arg(firstBelow).arg(horizontal.y())));

        // Outside the raster the fill under it shows.
        QCOMPARE(pixelAt(image, view, toMap(kWest - 0.002, kNorth - 0.02)) & 0xffffff, 0x008080u);
    }

    // Overviews built through the API, then the full resolution repainted: a coarse frame that
    // still shows the cells was read from the overview, a fine one from the full resolution.
    void overviewsFollowTheOutputResolution()
    {
        const QString file = path(QStringLiteral("cells-ovr.tif"));
        QVERIFY(writeCells(file));
        Feedback feedback;
        qint64 lastDone = 0;
        connect(&feedback, &Feedback::changed, this, [&lastDone](const FeedbackState &s) { lastDone = s.done; }, Qt::DirectConnection);
        QString error;
        QVERIFY2(RasterImagery::buildOverviews(file, &feedback, &error), qPrintable(error));
        QCOMPARE(feedback.state().phase, QStringLiteral("overviews"));
        QCOMPARE(feedback.state().done, qint64(1000));
        QVERIFY(QFile::exists(file + QStringLiteral(".ovr")));
        QVERIFY(test::repaintFullResolution(file, qRgb(255, 0, 255)));

        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(file, &error);
        QVERIFY2(raster, qPrintable(error));
        QVERIFY(raster->overviewCount() >= 1);
        const QPointF middle = toMap(kWest + kStep * kCellW * 1.5, kNorth - kStep * kCellH * 1.5);
        const MapView fine = cellsView(12);
        QCOMPARE(pixelAt(render(raster, fine), fine, middle) & 0xffffff, 0xff00ffu);
        const MapView coarse = cellsView(90);
        const QRgb fromOverview = pixelAt(render(raster, coarse), coarse, middle);
        QVERIFY2(near(fromOverview, cellColour(1, 1), 3), qPrintable(rgbText(fromOverview)));

        // A second build would overwrite the first's .ovr: refused, naming it.
        QVERIFY(!RasterImagery::buildOverviews(file, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("cells-ovr.tif.ovr")), qPrintable(error));
    }

    // A raster in the map's own CRS is read without warping: the same places within a pixel, the
    // same choice of overview.
    void sameCrsWithinAPixelAndOverviews()
    {
        const QString file = path(QStringLiteral("utm-cells.tif"));
        test::RasterSpec spec;
        spec.path = file;
        spec.width = 400;
        spec.height = 400;
        spec.epsg = kDefaultMapEpsg;
        const QPointF origin(660003.3, 4842007.7);   // off any round grid
        const double transform[6] = {origin.x(), 10, 0, origin.y(), 0, -10};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int x, int y) { return cellColour(x / 100, y / 100); }));
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(file, &error);
        QVERIFY2(raster, qPrintable(error));
        const MapView view = MapView::atResolution(origin + QPointF(2000, -2000), 7.3, QSize(700, 600));
        const QImage image = render(raster, view);
        const QPointF edge = view.toPixel(origin + QPointF(2000, -1500));   // columns 1 | 2, row 1
        const QPoint scan(int(edge.x()) - 6, int(edge.y()));
        const int offset = firstPixelNearer(image, scan, QPoint(1, 0), 13, cellColour(1, 1), cellColour(2, 1));
        QVERIFY(offset >= 0);
        const int first = scan.x() + offset;
        QVERIFY2(std::abs(first + 0.5 - edge.x()) <= 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(first).arg(edge.x())));
        const QPointF middle = origin + QPointF(1500, -2500);
        QVERIFY(near(pixelAt(image, view, middle), cellColour(1, 2), 2));
        QCOMPARE(pixelAt(image, view, origin + QPointF(-300, -1000)) & 0xffffff, 0x008080u);   // beside it

        QVERIFY2(RasterImagery::buildOverviews(file, nullptr, &error), qPrintable(error));
        QVERIFY(test::repaintFullResolution(file, qRgb(255, 0, 255)));
        raster = RasterImagery::open(file, &error);
        QVERIFY2(raster, qPrintable(error));
        const MapView fine = MapView::atResolution(middle, 8, QSize(300, 300));
        QCOMPARE(pixelAt(render(raster, fine), fine, middle) & 0xffffff, 0xff00ffu);
        const MapView coarse = MapView::atResolution(middle, 30, QSize(300, 300));
        const QRgb fromOverview = pixelAt(render(raster, coarse), coarse, middle);
        QVERIFY2(near(fromOverview, cellColour(1, 2), 3), qPrintable(rgbText(fromOverview)));
    }

    void largeFilesWithoutOverviewsAskForThem()
    {
        const QString file = path(QStringLiteral("wide.tif"));
        QVERIFY(writeUniform(file, QPointF(650000, 4850000), 1, qRgb(10, 20, 30)));   // small first
        QString error;
        auto small = RasterImagery::open(file, &error);
        QVERIFY2(small, qPrintable(error));
        QVERIFY(!small->needsOverviews());
        test::RasterSpec spec;
        spec.path = path(QStringLiteral("wide-large.tif"));
        spec.width = 5000;
        spec.height = 16;
        spec.epsg = kDefaultMapEpsg;
        const double transform[6] = {650000, 2, 0, 4850000, 0, -2};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int x, int) { return qRgb(x % 256, 100, 50); }));
        auto large = RasterImagery::open(spec.path, &error);
        QVERIFY2(large, qPrintable(error));
        QVERIFY(large->needsOverviews());
        QVERIFY2(RasterImagery::buildOverviews(spec.path, nullptr, &error), qPrintable(error));
        large = RasterImagery::open(spec.path, &error);
        QVERIFY2(large, qPrintable(error));
        QVERIFY(!large->needsOverviews());
        QVERIFY(large->overviewCount() >= 4);   // 2500, 1250, 625, 312
    }

    // Four GeoTIFF tiles in Web Mercator, mosaicked by a VRT: each quadrant in its colour.
    void vrtOfFourTiles()
    {
        const QPointF centre(661155.5, 4840497.0);   // UTM 43N, in the sample
        QPointF mercatorCentre = centre;
        QVERIFY(CoordinateTransform(kDefaultMapEpsg, 3857).transform(mercatorCentre));
        const QRgb colours[4] = {qRgb(220, 40, 40), qRgb(40, 200, 40), qRgb(40, 40, 220), qRgb(230, 220, 30)};
        QStringList tiles;
        for (int i = 0; i < 4; ++i) {
            const QPointF northWest(mercatorCentre.x() + (i % 2 ? 0 : -1000), mercatorCentre.y() + (i / 2 ? 0 : 1000));
            tiles << path(QStringLiteral("tile%1.tif").arg(i));
            QVERIFY(writeUniform(tiles.back(), northWest, 100, colours[i], std::nullopt, 3857));
        }
        QVERIFY(test::buildVrt(path(QStringLiteral("mosaic.vrt")), tiles));
        QString error;
        std::shared_ptr<const RasterImagery> mosaic = RasterImagery::open(path(QStringLiteral("mosaic.vrt")), &error);
        QVERIFY2(mosaic, qPrintable(error));
        QCOMPARE(mosaic->size(), QSize(200, 200));
        const MapView view = MapView::atResolution(centre, 5, QSize(400, 400));
        const QImage image = render(mosaic, view);
        // A quarter of a tile from the centre: Web Mercator metres are 0.72 m here, so well inside.
        const QPointF offsets[4] = {{-300, 300}, {300, 300}, {-300, -300}, {300, -300}};
        for (int i = 0; i < 4; ++i) {
            const QRgb got = pixelAt(image, view, centre + offsets[i]);
            QVERIFY2(near(got, colours[i], 2), qPrintable(QStringLiteral("tile %1: %2").arg(i).arg(rgbText(got))));
        }
    }

    // Nodata is transparent: what is under the imagery shows through it.
    void nodataShowsWhatIsUnder()
    {
        test::RasterSpec spec;
        spec.path = path(QStringLiteral("nodata.tif"));
        spec.width = spec.height = 200;
        spec.epsg = kDefaultMapEpsg;
        spec.nodata = 0;
        const double transform[6] = {660000, 10, 0, 4842000, 0, -10};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int x, int) { return x < 100 ? qRgb(0, 0, 0) : qRgb(250, 150, 20); }));
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(spec.path, &error);
        QVERIFY2(raster, qPrintable(error));
        const MapView view(QRectF(659000, 4839000, 4000, 4000), QSize(400, 400));
        const QImage image = render(raster, view);
        QCOMPARE(pixelAt(image, view, QPointF(660500, 4841000)) & 0xffffff, 0x008080u);   // nodata: the fill
        QCOMPARE(pixelAt(image, view, QPointF(661500, 4841000)) & 0xffffff, 0xfa9614u);   // data
        QCOMPARE(pixelAt(image, view, QPointF(659500, 4841000)) & 0xffffff, 0x008080u);   // outside
    }

    // MBTiles, GeoPackage tiles and JPEG2000 through the same path; a grey band shown as grey.
    void otherFormats()
    {
        const QString source = path(QStringLiteral("cells-src.tif"));
        QVERIFY(writeCells(source));
        test::registerGdal();
        const QPointF middle = toMap(kWest + kStep * kCellW * 2.5, kNorth - kStep * kCellH * 1.5);
        const MapView view = cellsView(20);
        for (const auto &[name, driver, extra] : {std::tuple{"cells.mbtiles", "MBTiles", ""}, {"cells.gpkg", "GPKG", ""},
                                                   {"cells.jp2", "JP2OpenJPEG", "REVERSIBLE=YES"}}) {
            if (!GDALGetDriverByName(driver))
                continue;   // Debian's GDAL has them all; another build might not
            const QString target = path(QString::fromLatin1(name));
            std::vector<const char *> args = {"-of", driver};
            if (*extra)
                args.insert(args.end(), {"-co", extra});
            args.push_back(nullptr);
            GDALTranslateOptions *options = GDALTranslateOptionsNew(const_cast<char **>(args.data()), nullptr);
            GDALDatasetH src = GDALOpen(QFile::encodeName(source).constData(), GA_ReadOnly);
            GDALDatasetH out = GDALTranslate(QFile::encodeName(target).constData(), src, options, nullptr);
            GDALTranslateOptionsFree(options);
            QVERIFY2(out, driver);
            GDALClose(out);
            GDALClose(src);
            QString error;
            std::shared_ptr<const RasterImagery> raster = RasterImagery::open(target, &error);
            QVERIFY2(raster, qPrintable(error));
            const QRgb got = pixelAt(render(raster, view), view, middle);
            QVERIFY2(near(got, cellColour(2, 1), 6), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), rgbText(got))));
        }

        // One grey band: the same value in red, green and blue.
        const QString grey = path(QStringLiteral("grey.tif"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), QFile::encodeName(grey).constData(), 50, 50, 1, GDT_UInt16, nullptr);
        QVERIFY(ds);
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, kDefaultMapEpsg);
        GDALSetSpatialRef(ds, srs);
        OSRRelease(srs);
        double transform[6] = {660000, 20, 0, 4842000, 0, -20};
        GDALSetGeoTransform(ds, transform);
        std::vector<quint16> values(50 * 50);
        for (int i = 0; i < 50 * 50; ++i)
            values[std::size_t(i)] = quint16((i % 50) < 25 ? 1000 : 3000);   // 16 bits, scaled to its range
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, 50, 50, values.data(), 50, 50, GDT_UInt16, 0, 0), CE_None);
        GDALClose(ds);
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(grey, &error);
        QVERIFY2(raster, qPrintable(error));
        const MapView greyView(QRectF(660000, 4841000, 1000, 1000), QSize(100, 100));
        const QImage image = render(raster, greyView);
        QCOMPARE(pixelAt(image, greyView, QPointF(660100, 4841500)) & 0xffffff, 0x000000u);
        QCOMPARE(pixelAt(image, greyView, QPointF(660900, 4841500)) & 0xffffff, 0xffffffu);
    }

    void unusableFilesAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing.tif") << QStringLiteral("no such file");
        QTest::newRow("garbage") << QStringLiteral("garbage.tif") << QStringLiteral("not an image GDAL can read");
        QTest::newRow("truncated") << QStringLiteral("truncated.tif") << QStringLiteral("is damaged");
        QTest::newRow("no georeferencing") << QStringLiteral("plain.png") << QStringLiteral("has no georeferencing");
        QTest::newRow("no crs") << QStringLiteral("nocrs.tif") << QStringLiteral("has no coordinate system");
    }

    void unusableFilesAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString file = path(name);
        if (name == QLatin1String("garbage.tif")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("II*\0", 4) + QByteArray(4096, '\x5a'));
        } else if (name == QLatin1String("truncated.tif")) {
            test::RasterSpec spec;
            spec.path = file;
            spec.width = spec.height = 512;
            spec.epsg = kDefaultMapEpsg;
            const double transform[6] = {660000, 10, 0, 4842000, 0, -10};
            std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
            QVERIFY(test::writeRaster(spec, [](int x, int y) { return qRgb(x % 256, y % 256, (x * y) % 256); }));
            QFile f(file);
            QVERIFY(f.resize(f.size() * 2 / 5));
        } else if (name == QLatin1String("plain.png")) {
            QImage image(64, 64, QImage::Format_RGB32);
            image.fill(Qt::darkGreen);
            QVERIFY(image.save(file));
        } else if (name == QLatin1String("nocrs.tif")) {
            test::RasterSpec spec;
            spec.path = file;
            spec.width = spec.height = 16;
            spec.epsg = 0;
            const double transform[6] = {660000, 10, 0, 4842000, 0, -10};
            std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
            QVERIFY(test::writeRaster(spec, [](int, int) { return qRgb(1, 2, 3); }));
        }
        QString error;
        QVERIFY(!RasterImagery::open(file, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void farAwayRasterIsNamed()
    {
        test::RasterSpec spec;
        spec.path = path(QStringLiteral("europe.tif"));
        spec.width = spec.height = 20;
        const double transform[6] = {10.0, 0.01, 0, 50.0, 0, -0.01};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int, int) { return qRgb(9, 9, 9); }));
        QString error;
        auto raster = RasterImagery::open(spec.path, &error);
        QVERIFY2(raster, qPrintable(error));
        const QString problem = overlapProblem(*raster, mStore->extent(), mStore->mapEpsg());
        QVERIFY2(problem.contains(spec.path) && problem.contains(QStringLiteral("does not overlap")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("10.000–10.200° E")), qPrintable(problem));
    }

    void brightnessContrastAndOpacity()
    {
        QImage image(2, 1, QImage::Format_RGBA8888);
        image.setPixelColor(0, 0, QColor(100, 200, 0, 255));
        image.setPixelColor(1, 0, QColor(100, 200, 0, 0));
        QImage brighter = image;
        ImageryLook{20, 0}.apply(brighter);
        QCOMPARE(brighter.pixelColor(0, 0), QColor(151, 251, 51, 255));
        QCOMPARE(brighter.pixelColor(1, 0).alpha(), 0);
        QImage grey = image;
        ImageryLook{0, -100}.apply(grey);
        QCOMPARE(grey.pixelColor(0, 0), QColor(128, 128, 128, 255));
        QImage stronger = image;
        ImageryLook{0, 100}.apply(stronger);   // spread around the middle four times
        QCOMPARE(stronger.pixelColor(0, 0), QColor(18, 255, 0, 255));

        // Through the map: the layer's look and its opacity over what is under it.
        const QString file = path(QStringLiteral("flat.tif"));
        QVERIFY(writeUniform(file, QPointF(660000, 4842000), 100, qRgb(100, 200, 0)));
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(file, &error);
        QVERIFY2(raster, qPrintable(error));
        const MapView view(QRectF(660000, 4841000, 1000, 1000), QSize(100, 100));
        const QPointF at(660500, 4841500);
        QCOMPARE(pixelAt(render(raster, view, ImageryLook{20, 0}), view, at) & 0xffffff, 0x97fb33u);
        const QRgb half = pixelAt(render(raster, view, {}, 0.5), view, at);
        QVERIFY2(near(half, qRgb(50, 164, 64), 2), qPrintable(rgbText(half)));
    }

    void attributionComesFromTheFile()
    {
        test::RasterSpec spec;
        spec.path = path(QStringLiteral("credited.tif"));
        spec.width = spec.height = 8;
        spec.epsg = kDefaultMapEpsg;
        spec.copyright = "© Akimat of Almaty Region, 2024";
        const double transform[6] = {660000, 10, 0, 4842000, 0, -10};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int, int) { return qRgb(1, 1, 1); }));
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(spec.path, &error);
        QVERIFY2(raster, qPrintable(error));
        MapLayers layers = MapLayers::standard(*mStyle);
        QVERIFY(layers.attribution().isEmpty());
        layers.insert(0, imageryLayer(QStringLiteral("photo"), raster));
        QCOMPARE(layers.attribution(), QStringLiteral("© Akimat of Almaty Region, 2024"));
        QVERIFY(layers.setVisible(QStringLiteral("imagery/photo"), false));
        QVERIFY(layers.attribution().isEmpty());
        QVERIFY(layers.remove(QStringLiteral("imagery/photo")));
        QVERIFY(!layers.find(QStringLiteral("imagery/photo")));
    }

    void cancelledImageryStops()
    {
        QString error;
        std::shared_ptr<const RasterImagery> raster = RasterImagery::open(path(QStringLiteral("cells.tif")), &error);
        QVERIFY2(raster, qPrintable(error));
        const std::atomic<bool> cancel{true};
        QVERIFY(render(raster, cellsView(15), {}, 1.0, &cancel).isNull());
    }

    // On a PDF page (a point a unit) imagery is asked for at 300 dpi, on an image at its pixels.
    void printedAtPrintResolution()
    {
        auto recorder = std::make_shared<RecordingSource>();
        const MapView view(QRectF(660000, 4841000, 1000, 1000), QSize(200, 100));
        RenderContext context(*mStore, *mStyle, view);
        MapLayers layers;
        layers.insert(0, imageryLayer(QStringLiteral("recorder"), recorder));
        context.setLayers(layers);
        QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter onImage(&image);
        QVERIFY(MapRenderer::paint(onImage, context));
        onImage.end();
        QCOMPARE(recorder->mPixels, QSize(200, 100));
        QPdfWriter pdf(path(QStringLiteral("page.pdf")));
        pdf.setResolution(72);
        QPainter onPage(&pdf);
        QVERIFY(MapRenderer::paint(onPage, context));
        onPage.end();
        QCOMPARE(recorder->mPixels, QSize(833, 417));   // 200 x 100 points at 300 dpi
    }
};

QTEST_MAIN(TestImagery)
#include "tst_imagery.moc"
