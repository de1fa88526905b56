// SPDX-License-Identifier: GPL-3.0-or-later
// The map renderer: parcels in their legend colours, the SEZ inside and outside the city told apart,
// highlights, cancellation and degenerate views, on the bundled Alatau sample.
#include "core/render/maprenderer.h"
#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <set>

using namespace sez;

Q_DECLARE_METATYPE(sez::ParcelStyle)

namespace {

// A view three times a parcel's bounds, centred on it.
MapView viewAround(const ParcelStore &store, qint64 row, QSize size = QSize(800, 600))
{
    const QRectF b = store.bounds(row);
    QRectF extent(0, 0, b.width() * 3, b.height() * 3);
    extent.moveCenter(b.center());
    return MapView{extent, size, 1.0};
}

RenderOptions plainOptions(ParcelStyle style)
{
    RenderOptions options;
    options.style = style;
    options.labels = false;          // a label's halo could cover the pixel under test
    options.infrastructure = false;  // so could a road
    return options;
}

QRgb pixelAt(const QImage &image, const MapView &view, const QPointF &map)
{
    const QPointF p = view.toPixel(map);
    return image.pixel(int(std::floor(p.x())), int(std::floor(p.y())));
}

QString rgbText(QRgb c)
{
    return QStringLiteral("(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

QColor contextColour(const QString &key)
{
    for (const LegendEntry &e : MapRenderer::contextLegend())
        if (e.key == key)
            return e.fill;
    return {};
}

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<ParcelCache> mCache;
    std::shared_ptr<const ParcelStore> mStore;
    std::vector<qint64> mLargest;   // rows by bounds area, largest first

    const ParcelStore &store() const { return *mStore; }

    // The largest parcels matching \a accept, at most \a count.
    template<typename Accept>
    std::vector<qint64> largest(int count, Accept accept) const
    {
        std::vector<qint64> rows;
        for (qint64 row : mLargest) {
            if (int(rows.size()) == count)
                break;
            if (accept(row))
                rows.push_back(row);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        ParcelCache::Options options;
        options.cachePath = mDir.filePath(QStringLiteral("alatau.gpkg"));
        QString error;
        mCache = ParcelCache::open(QStringLiteral(SEZ_SAMPLE_DIR), options, &error);
        QVERIFY2(mCache, qPrintable(error));
        mStore = mCache->store();
        QVERIFY(mStore);
        QCOMPARE(mStore->size(), qint64(25000));
        for (qint64 r = 0; r < mStore->size(); ++r)
            mLargest.push_back(r);
        std::sort(mLargest.begin(), mLargest.end(), [this](qint64 a, qint64 b) {
            const QRectF ba = mStore->bounds(a), bb = mStore->bounds(b);
            return ba.width() * ba.height() > bb.width() * bb.height();
        });
    }

    void mapViewRoundTrip()
    {
        const MapView view{QRectF(500000, 4800000, 1000, 1000), QSize(400, 200), 1.0};
        const QRectF fitted = view.fittedExtent();
        QCOMPARE(fitted.width() / fitted.height(), 2.0);
        QCOMPARE(fitted.center(), view.extent.center());
        QCOMPARE(view.metresPerPixel(), 5.0);
        // y up on the map, down on the screen.
        QCOMPARE(view.toPixel(QPointF(fitted.left(), fitted.bottom())), QPointF(0, 0));
        QCOMPARE(view.toPixel(QPointF(fitted.right(), fitted.top())), QPointF(400, 200));
        const QPointF p(500123.5, 4800456.25);
        const QPointF back = view.toMap(view.toPixel(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-6 && std::abs(back.y() - p.y()) < 1e-6);
    }

    void parcelColours_data()
    {
        QTest::addColumn<ParcelStyle>("style");
        QTest::newRow("zone") << ParcelStyle::Zone;
        QTest::newRow("status") << ParcelStyle::Status;
        QTest::newRow("investor") << ParcelStyle::Investor;
    }

    // The pixel at each parcel's label point is exactly its colour, and that colour is in the legend.
    void parcelColours()
    {
        QFETCH(ParcelStyle, style);
        const std::vector<LegendEntry> legend = MapRenderer::legend(store(), style);
        QVERIFY(!legend.empty());
        const ParcelField field = style == ParcelStyle::Zone     ? ParcelField::Zone
                                  : style == ParcelStyle::Status ? ParcelField::Status
                                                                 : ParcelField::Investor;
        // Five large parcels with different values where the sample has them.
        std::set<int> seen;
        const auto rows = largest(5, [&](qint64 row) { return seen.insert(store().code(row, field)).second; });
        QVERIFY(!rows.empty());
        for (qint64 row : rows) {
            const MapView view = viewAround(store(), row);
            const QImage image = MapRenderer::render(store(), view, plainOptions(style));
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(800, 600));
            const QColor expected = MapRenderer::parcelColour(store(), row, style);
            const QRgb actual = pixelAt(image, view, store().labelPoint(row));
            QVERIFY2(qRed(actual) == expected.red() && qGreen(actual) == expected.green()
                         && qBlue(actual) == expected.blue(),
                     qPrintable(QStringLiteral("parcel %1 (%2): %3 drawn, %4 expected")
                                    .arg(row)
                                    .arg(store().value(row, field).toString(), rgbText(actual), rgbText(expected.rgb()))));
            const QString key = store().value(row, field).toString();
            const bool inLegend = std::any_of(legend.begin(), legend.end(), [&](const LegendEntry &e) {
                return e.fill == expected && (e.key == key || e.key == QLatin1String("other"));
            });
            QVERIFY2(inLegend, qPrintable(key));
        }
    }

    // With every parcel in view there is no antialiasing and small parcels take the renderer's own
    // scan conversion; the colours must be the same.
    void parcelColoursAtFullExtent()
    {
        const MapView view{store().extent(), QSize(1920, 1080), 1.0};
        const QImage image = MapRenderer::render(store(), view, plainOptions(ParcelStyle::Status));
        QVERIFY(!image.isNull());
        int checked = 0;
        for (qint64 row : mLargest) {
            const QRectF b = store().bounds(row);
            const double px = std::min(b.width(), b.height()) / view.metresPerPixel();
            if (px < 8)
                break;
            // Outside the city the parcels are hatched over, so a hatch line may cross the pixel.
            if (!store().insideCity(row))
                continue;
            const QRgb expected = MapRenderer::parcelColour(store(), row, ParcelStyle::Status).rgb();
            const QRgb actual = pixelAt(image, view, store().labelPoint(row));
            QVERIFY2((actual & 0xffffff) == (expected & 0xffffff),
                     qPrintable(QStringLiteral("parcel %1: %2 drawn, %3 expected")
                                    .arg(row)
                                    .arg(rgbText(actual), rgbText(expected))));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void legendOrder()
    {
        const auto zones = MapRenderer::legend(store(), ParcelStyle::Zone);
        const QStringList zoneOrder = {QStringLiteral("industrial"), QStringLiteral("logistics"),
                                       QStringLiteral("agro_processing"), QStringLiteral("energy"),
                                       QStringLiteral("tourism"), QStringLiteral("business_finance"),
                                       QStringLiteral("education_medicine"), QStringLiteral("residential"),
                                       QStringLiteral("green_reserve")};
        int last = -1;
        for (const LegendEntry &e : zones) {
            const int at = int(zoneOrder.indexOf(e.key));
            if (at < 0)
                continue;
            QVERIFY2(at > last, qPrintable(e.key));
            last = at;
        }
        QVERIFY(last >= 0);

        const auto statuses = MapRenderer::legend(store(), ParcelStyle::Status);
        QVERIFY(!statuses.empty());
        QCOMPARE(statuses.front().key, QStringLiteral("free"));

        // Investors: at most twenty and "other" (and "none"), in distinct keys, every colour valid.
        const auto investors = MapRenderer::legend(store(), ParcelStyle::Investor);
        QVERIFY(!investors.empty());
        QVERIFY(investors.size() <= 23);
        std::set<QString> keys;
        for (const LegendEntry &e : investors) {
            QVERIFY(e.fill.isValid());
            QVERIFY2(keys.insert(e.key).second, qPrintable(e.key));
        }
        // Colours are stable: the same value, the same colour, call after call.
        QCOMPARE(MapRenderer::legend(store(), ParcelStyle::Investor).front().fill, investors.front().fill);
    }

    // With parcels hidden, the part of the SEZ outside the city shows its own tint or hatch.
    void sezOutsideCityDrawnApart()
    {
        const auto insideRows = largest(3, [&](qint64 row) { return store().insideCity(row); });
        const auto outsideRows = largest(3, [&](qint64 row) { return !store().insideCity(row); });
        QVERIFY(!insideRows.empty());
        QVERIFY(!outsideRows.empty());
        RenderOptions options = plainOptions(ParcelStyle::Zone);
        options.parcels = false;
        const QColor inside = contextColour(QStringLiteral("sez_inside_city"));
        const QColor outside = contextColour(QStringLiteral("sez_outside_city"));
        QVERIFY(inside.isValid() && outside.isValid() && inside != outside);

        int insideHits = 0, outsideHits = 0;
        for (qint64 row : insideRows) {
            const MapView view = viewAround(store(), row);
            const QRgb pixel = pixelAt(MapRenderer::render(store(), view, options), view, store().labelPoint(row));
            insideHits += (pixel & 0xffffff) == (inside.rgb() & 0xffffff);
        }
        for (qint64 row : outsideRows) {
            const MapView view = viewAround(store(), row);
            const QImage image = MapRenderer::render(store(), view, options);
            const QRgb pixel = pixelAt(image, view, store().labelPoint(row));
            QVERIFY2((pixel & 0xffffff) != (inside.rgb() & 0xffffff), qPrintable(rgbText(pixel)));
            // The tint shows at most points; the hatch's lines cross the rest.
            int tinted = 0;
            const QPoint c = view.toPixel(store().labelPoint(row)).toPoint();
            for (int dx = -4; dx <= 4; ++dx)
                tinted += (image.pixel(c.x() + dx, c.y()) & 0xffffff) == (outside.rgb() & 0xffffff);
            outsideHits += tinted > 0;
        }
        QCOMPARE(insideHits, int(insideRows.size()));
        QCOMPARE(outsideHits, int(outsideRows.size()));
    }

    void cancelledRenderIsNull()
    {
        const std::atomic<bool> cancel{true};
        const MapView view{store().extent(), QSize(800, 600), 1.0};
        QVERIFY(MapRenderer::render(store(), view, RenderOptions(), &cancel).isNull());
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QVERIFY(!MapRenderer::paint(painter, store(), view, RenderOptions(), &cancel));
        const std::atomic<bool> go{false};
        QVERIFY(MapRenderer::paint(painter, store(), view, RenderOptions(), &go));
    }

    // Outside a query's result parcels fade; inside it they keep their full colour.
    void highlightDimsTheRest()
    {
        const qint64 target = mLargest.front();
        const MapView view = viewAround(store(), target);
        std::vector<bool> highlight(std::size_t(store().size()), false);
        highlight[std::size_t(target)] = true;
        RenderOptions options = plainOptions(ParcelStyle::Zone);
        options.highlight = &highlight;
        const QImage image = MapRenderer::render(store(), view, options);
        QVERIFY(!image.isNull());
        const QColor full = MapRenderer::parcelColour(store(), target, ParcelStyle::Zone);
        QCOMPARE(pixelAt(image, view, store().labelPoint(target)) & 0xffffff, full.rgb() & 0xffffff);

        const QRectF screen(QPointF(0, 0), QSizeF(view.size));
        int dimmed = 0, others = 0;
        for (qint64 row : store().parcelsIn(view.fittedExtent())) {
            if (row == target || std::min(store().bounds(row).width(), store().bounds(row).height())
                                         / view.metresPerPixel() < 10)
                continue;
            const QPointF at = view.toPixel(store().labelPoint(row));
            if (!screen.adjusted(2, 2, -2, -2).contains(at))
                continue;
            ++others;
            const QRgb own = MapRenderer::parcelColour(store(), row, ParcelStyle::Zone).rgb();
            dimmed += (pixelAt(image, view, store().labelPoint(row)) & 0xffffff) != (own & 0xffffff);
        }
        QVERIFY(others > 0);
        QCOMPARE(dimmed, others);
    }

    void selectionIsOutlined()
    {
        const qint64 target = mLargest.front();
        const MapView view = viewAround(store(), target);
        std::vector<bool> selection(std::size_t(store().size()), false);
        selection[std::size_t(target)] = true;
        RenderOptions options = plainOptions(ParcelStyle::Zone);
        const QImage plain = MapRenderer::render(store(), view, options);
        options.selection = &selection;
        const QImage selected = MapRenderer::render(store(), view, options);
        QVERIFY(!selected.isNull());
        QVERIFY(plain != selected);
    }

    // Every style renders at the full extent and at a parcel's scale, with labels asked for (skipped
    // without a QGuiApplication, never a crash), and shows several colours.
    void rendersEveryScale()
    {
        for (ParcelStyle style : {ParcelStyle::Zone, ParcelStyle::Status, ParcelStyle::Investor}) {
            RenderOptions options;
            options.style = style;
            const MapView full{store().extent(), QSize(640, 480), 1.0};
            const QImage image = MapRenderer::render(store(), full, options);
            QVERIFY(!image.isNull());
            std::set<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 5);
            QVERIFY(!MapRenderer::render(store(), viewAround(store(), mLargest[3]), options).isNull());
        }
        // A high-density display: twice the pixels, the same map.
        const MapView retina{store().extent(), QSize(320, 240), 2.0};
        const QImage image = MapRenderer::render(store(), retina, RenderOptions());
        QCOMPARE(image.size(), QSize(640, 480));
    }

    void emptyViewIsNull()
    {
        QVERIFY(MapRenderer::render(store(), MapView{store().extent(), QSize(0, 0), 1.0}, RenderOptions()).isNull());
        QVERIFY(MapRenderer::render(store(), MapView{store().extent(), QSize(800, 0), 1.0}, RenderOptions()).isNull());
        QVERIFY(MapRenderer::render(store(), MapView{QRectF(), QSize(800, 600), 1.0}, RenderOptions()).isNull());
        QCOMPARE(MapView{}.metresPerPixel(), 0.0);
        // Far away from every parcel: the background, no crash.
        const MapView nowhere{QRectF(0, 0, 100, 100), QSize(100, 100), 1.0};
        QVERIFY(!MapRenderer::render(store(), nowhere, RenderOptions()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
