// SPDX-License-Identifier: GPL-3.0-or-later
// Tile basemaps against a tile server on the loopback address inside the test: tiles fetched and
// drawn where they belong, kept in the disk cache (a valid MBTiles file) within its limit, drawn
// from it with the server stopped, a missing tile fetched again later, a server that does not
// answer never holding up a frame, printed maps waiting for their tiles, and the URL templates.
#include "core/geo/crs.h"
#include "core/imagery/rasterimagery.h"
#include "core/imagery/tilecache.h"
#include "core/imagery/tileimagery.h"
#include "core/model/parcelstore.h"
#include "core/render/imagerypainter.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"
#include "tests/core/pixelchecks.h"
#include "tests/core/samplecache.h"
#include "tests/core/tileserver.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace sez;
using namespace sez::test;

namespace {

constexpr QRgb kUnder = 0xff008080;   // what is drawn under the basemap: a missing tile shows it

} // namespace

class TestTiles : public QObject
{
    Q_OBJECT

    test::SampleCache mSample;
    std::shared_ptr<const ParcelStore> mStore;
    std::unique_ptr<MapStyle> mStyle;
    const QPointF mCentre{661155.5, 4840497.0};   // UTM 43N, in the sample
    const MapView mView = MapView::atResolution(mCentre, 20, QSize(512, 384));

    QImage render(std::shared_ptr<const ImagerySource> source, const MapView &view, int waitMs = 0) const
    {
        RenderOptions options;
        options.imageryWaitMs = waitMs;
        RenderContext context(*mStore, *mStyle, view, options);
        MapLayers layers;
        layers.insert(0, MapLayer{QStringLiteral("under"), true, 1.0, std::make_shared<FillPainter>(QColor::fromRgb(kUnder)), QString()});
        layers.insert(1, imageryLayer(QStringLiteral("basemap"), std::move(source)));
        context.setLayers(layers);
        return MapRenderer::render(context);
    }

    // The tiles a frame of \a view shows, as the basemap picks them, with where each one's middle is.
    std::vector<std::pair<TileKey, QPointF>> tilesIn(const TileSource &source, const MapView &view) const
    {
        const CoordinateTransform toMercator(mStore->mapEpsg(), 3857), fromMercator(3857, mStore->mapEpsg());
        QPointF nw(view.extent().left(), view.extent().bottom()), se(view.extent().right(), view.extent().top());
        toMercator.transform(nw);
        toMercator.transform(se);
        const int zoom = source.zoomFor((se.x() - nw.x()) / view.size().width());
        const TileKey first = TileSource::tileAt(nw, zoom), last = TileSource::tileAt(se, zoom);
        std::vector<std::pair<TileKey, QPointF>> tiles;
        for (int y = first.y; y <= last.y; ++y) {
            for (int x = first.x; x <= last.x; ++x) {
                QPointF middle = TileSource::tileBounds({zoom, x, y}).center();
                fromMercator.transform(middle);
                tiles.push_back({TileKey{zoom, x, y}, middle});
            }
        }
        return tiles;
    }

    // The tiles whose middle is in view: each in its own colour, or each missing.
    void checkTiles(const QImage &image, const TileSource &source, const MapView &view, bool present) const
    {
        int seen = 0;
        for (const auto &[key, middle] : tilesIn(source, view)) {
            const QPointF p = view.toPixel(middle);
            if (!QRectF(QPointF(0, 0), QSizeF(view.size())).contains(p))
                continue;
            const QRgb got = image.pixel(int(p.x()), int(p.y())) | 0xff000000;
            const QRgb expected = present ? test::tileColour(key.z, key.x, key.y) : kUnder;
            QVERIFY2(colourDistance(got, expected) <= 3, qPrintable(QStringLiteral("tile %1/%2/%3: %4 instead of %5").arg(key.z).arg(key.x)
                                                                  .arg(key.y).arg(rgbText(got), rgbText(expected))));
            ++seen;
        }
        QVERIFY(seen >= 2);
    }

    std::shared_ptr<TileImagery> openBasemap(const QString &urlTemplate, const QString &cacheName, int retryMs = 30000) const
    {
        QString error;
        const TileSource source = TileSource::fromTemplate(urlTemplate, QStringLiteral("© Test tiles"), &error);
        if (!source.isValid())
            qWarning("%s", qPrintable(error));
        TileFetcher::Options fetch;
        fetch.retryAfterMs = retryMs;
        fetch.timeoutMs = 60000;
        std::shared_ptr<TileImagery> imagery = TileImagery::open(source, mSample.filePath(cacheName), 0, &error, fetch);
        if (!imagery)
            qWarning("%s", qPrintable(error));
        return imagery;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mStore = mSample.store();
        mStyle = std::make_unique<MapStyle>(*mStore);
    }

    void templates()
    {
        QString error;
        const TileSource xyz = TileSource::fromTemplate(QStringLiteral("https://{s}.tiles.example.kz/base/{z}/{x}/{y}.png"), {}, &error);
        QVERIFY2(xyz.isValid(), qPrintable(error));
        QCOMPARE(xyz.url({12, 2900, 1500}).toString(), QStringLiteral("https://c.tiles.example.kz/base/12/2900/1500.png"));
        QCOMPARE(xyz.attribution(), QStringLiteral("Tiles: {s}.tiles.example.kz").replace(QStringLiteral("{s}"), QStringLiteral("0")));
        const TileSource tms = TileSource::fromTemplate(QStringLiteral("http://127.0.0.1:8080/tms/{z}/{x}/{-y}.jpg"), {}, &error);
        QCOMPARE(tms.url({3, 5, 1}).toString(), QStringLiteral("http://127.0.0.1:8080/tms/3/5/6.jpg"));
        QCOMPARE(tms.host(), QStringLiteral("127.0.0.1:8080"));
        const TileSource wmts = TileSource::fromTemplate(
            QStringLiteral("https://gis.example.kz/wmts/ortho/GoogleMapsCompatible/{TileMatrix}/{TileRow}/{TileCol}.png"),
            QStringLiteral("© Example"), &error);
        QVERIFY2(wmts.isValid(), qPrintable(error));
        QCOMPARE(wmts.url({10, 700, 380}).toString(), QStringLiteral("https://gis.example.kz/wmts/ortho/GoogleMapsCompatible/10/380/700.png"));
        QCOMPARE(wmts.attribution(), QStringLiteral("© Example"));

        QVERIFY(!TileSource::fromTemplate(QStringLiteral("ftp://example.kz/{z}/{x}/{y}.png"), {}, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("ftp://example.kz")), qPrintable(error));
        QVERIFY(!TileSource::fromTemplate(QStringLiteral("https://example.kz/tiles.png"), {}, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("{z}")), qPrintable(error));

        // The pyramid: zoom 0 is one tile of the world; a tile's pixel halves at each zoom.
        QCOMPARE(TileSource::tileBounds({0, 0, 0}).width(), 2 * TileSource::kOriginShift);
        QCOMPARE(TileSource::tileAt(QPointF(1, 1), 1).x, 1);
        QCOMPARE(TileSource::tileAt(QPointF(1, 1), 1).y, 0);
        QCOMPARE(xyz.zoomFor(TileSource::resolution(14)), 14);
        QCOMPARE(xyz.zoomFor(TileSource::resolution(14) * 1.05), 14);   // a little coarser than 14 reads sharp
        QCOMPARE(xyz.zoomFor(TileSource::resolution(14) * 0.8), 15);
        QCOMPARE(xyz.zoomFor(0.001), 19);
    }

    void fetchedDrawnAndCached()
    {
        test::TileServer server;
        auto basemap = openBasemap(server.urlTemplate(), QStringLiteral("tiles.mbtiles"));
        QVERIFY(basemap);
        QSignalSpy arrived(&basemap->fetcher(), &TileFetcher::tilesArrived);
        const auto tiles = tilesIn(basemap->source(), mView);

        // The first frame has nothing cached: it draws what is under and asks for the tiles.
        checkTiles(render(basemap, mView), basemap->source(), mView, false);
        QTRY_COMPARE_WITH_TIMEOUT(basemap->fetcher().fetchedCount(), qint64(tiles.size()), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 60000);
        QCOMPARE(server.requests(), int(tiles.size()));

        const QImage image = render(basemap, mView);
        checkTiles(image, basemap->source(), mView, true);
        // The edge between two tiles side by side, within a pixel of where PROJ puts it.
        const auto &[left, leftMiddle] = tiles.front();
        QPointF edge = TileSource::tileBounds(left).center();
        edge.setX(TileSource::tileBounds(left).right());
        QVERIFY(CoordinateTransform(3857, mStore->mapEpsg()).transform(edge));
        const QPointF p = mView.toPixel(edge);
        if (QRectF(2, 0, 508, 384).contains(p)) {
            const QPoint scan(int(p.x()) - 6, int(p.y()));
            const int offset = firstPixelNearer(image, scan, QPoint(1, 0), 13, tileColour(left.z, left.x, left.y),
                                                tileColour(left.z, left.x + 1, left.y));
            QVERIFY(offset >= 0);
            const int first = scan.x() + offset;
            QVERIFY2(std::abs(first + 0.5 - p.x()) <= 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(first).arg(p.x())));
        }

        // Drawn again: from memory, nothing more asked of the server.
        checkTiles(render(basemap, mView), basemap->source(), mView, true);
        QCOMPARE(server.requests(), int(tiles.size()));
        QCOMPARE(basemap->cache().tileCount(), qint64(tiles.size()));
        QVERIFY(basemap->cache().bytes() > 0);

        // The cache is an MBTiles file GDAL itself reads.
        QString error;
        auto asRaster = RasterImagery::open(basemap->cache().path(), &error);
        QVERIFY2(asRaster, qPrintable(error));

        MapLayers layers;
        layers.insert(0, imageryLayer(QStringLiteral("basemap"), basemap));
        QCOMPARE(layers.attribution(), QStringLiteral("© Test tiles"));
    }

    // With the server gone, what was seen once still draws; a tile never fetched is drawn empty
    // and fetched once the server is back, without the map asking again.
    void cachedAreaDrawsWithTheServerStopped()
    {
        test::TileServer server;
        const QString urlTemplate = server.urlTemplate();
        {
            auto basemap = openBasemap(urlTemplate, QStringLiteral("offline.mbtiles"));
            QVERIFY(basemap);
            render(basemap, mView, 30000);   // a printed map: waits for its tiles
            QVERIFY(basemap->fetcher().fetchedCount() > 0);
        }
        server.stop();
        const int asked = server.requests();

        auto basemap = openBasemap(urlTemplate, QStringLiteral("offline.mbtiles"), 300);
        QVERIFY(basemap);

        checkTiles(render(basemap, mView), basemap->source(), mView, true);
        QCOMPARE(server.requests(), asked);

        // Half a view to the east: the new tiles fail (nobody listens) and are drawn empty.
        QSignalSpy failed(&basemap->fetcher(), &TileFetcher::fetchFailed);
        QSignalSpy arrived(&basemap->fetcher(), &TileFetcher::tilesArrived);
        const MapView east = mView.pannedBy(QPointF(-600, 0));
        const QImage partial = render(basemap, east);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 60000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("127.0.0.1")), qPrintable(failed.first().first().toString()));
        const auto eastTiles = tilesIn(basemap->source(), east);
        const auto &[farKey, farMiddle] = eastTiles.back();
        const QPointF far = east.toPixel(farMiddle);
        if (QRectF(0, 0, 512, 384).contains(far))
            QCOMPARE(partial.pixel(int(far.x()), int(far.y())) | 0xff000000, kUnder);

        // Back on the same port: the failed tiles, still wanted, come in on their own.
        QVERIFY(server.start());
        const auto allCached = [&] {
            return std::all_of(eastTiles.begin(), eastTiles.end(), [&](const auto &tile) { return !basemap->cache().tile(tile.first).isNull(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allCached(), 60000);
        QVERIFY(server.answered() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 60000);
        checkTiles(render(basemap, east), basemap->source(), east, true);
    }

    // A server that does not answer at all: the frame is drawn without its tiles and returns; they
    // appear in a later frame once the server answers.
    void slowServerNeverBlocksAFrame()
    {
        test::TileServer server;
        server.hold();
        auto basemap = openBasemap(server.urlTemplate(), QStringLiteral("slow.mbtiles"));
        QVERIFY(basemap);
        QSignalSpy arrived(&basemap->fetcher(), &TileFetcher::tilesArrived);
        const QImage first = render(basemap, mView);   // would never return if it waited
        QVERIFY(!first.isNull());
        checkTiles(first, basemap->source(), mView, false);
        QCOMPARE(server.answered(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests() > 0, 60000);
        server.release();
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(basemap->fetcher().fetchedCount(), qint64(tilesIn(basemap->source(), mView).size()), 60000);
        checkTiles(render(basemap, mView), basemap->source(), mView, true);
    }

    // Printed and exported maps wait for their tiles (within their limit) instead.
    void printedMapsWaitForTheirTiles()
    {
        test::TileServer server;
        server.setDelayMs(200);
        auto basemap = openBasemap(server.urlTemplate(), QStringLiteral("print.mbtiles"));
        QVERIFY(basemap);
        checkTiles(render(basemap, mView, 60000), basemap->source(), mView, true);
    }

    // Past its limit the cache drops the tiles it stored first and keeps the newest.
    void cacheKeepsToItsLimit()
    {
        QString error;
        const TileSource source = TileSource::fromTemplate(QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"), {}, &error);
        auto cache = TileCache::open(mSample.filePath(QStringLiteral("small.mbtiles")), source, 200 * 1024, &error);
        QVERIFY2(cache, qPrintable(error));
        QByteArray lastBytes;
        for (int i = 0; i < 60; ++i) {
            QImage noise(128, 128, QImage::Format_RGB32);   // incompressible: about 48 kB as PNG
            for (int y = 0; y < 128; ++y)
                for (int x = 0; x < 128; ++x)
                    noise.setPixel(x, y, QRandomGenerator::global()->generate());
            QByteArray png;
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            QVERIFY(noise.save(&out, "PNG"));
            QVERIFY2(cache->store({10, i, 0}, png, &error), qPrintable(error));
            QVERIFY(cache->bytes() <= cache->limit());
        }
        QVERIFY(cache->tileCount() < 60);
        QVERIFY(!cache->tile({10, 59, 0}).isNull());
        QVERIFY(cache->tile({10, 0, 0}).isNull());
        QVERIFY(!cache->store({10, 99, 0}, QByteArray("<html>not a tile</html>"), &error));
        QVERIFY2(error.contains(QStringLiteral("not an image")), qPrintable(error));

        // A file of another source is refused, not mixed in.
        const TileSource other = TileSource::fromTemplate(QStringLiteral("http://127.0.0.2:1/{z}/{x}/{y}.png"), {}, &error);
        QVERIFY(!TileCache::open(mSample.filePath(QStringLiteral("small.mbtiles")), other, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("small.mbtiles")), qPrintable(error));
    }
};

QTEST_MAIN(TestTiles)
#include "tst_tiles.moc"
