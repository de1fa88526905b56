// SPDX-License-Identifier: GPL-3.0-or-later
// The map renderer on the bundled Alatau sample: the one map<->pixel conversion and scale bar,
// reference images compared with a tolerance, parcels in their legend colours, the SEZ inside and
// outside the city told apart, layers shown, hidden, faded and inserted, highlights, cancellation,
// degenerate views, a style that belongs to its own store, and the small parcels' own pixels.
#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"
#include "core/render/dotlayer_p.h"
#include "core/render/layerpainters_p.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"
#include "tests/core/pixelchecks.h"
#include "tests/core/renderchecker.h"
#include "tests/core/samplecache.h"
#include "tools/generator.h"

#include <QPainter>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <set>

using namespace sez;
using sez::test::FillPainter;
using sez::test::near;
using sez::test::rgbText;

Q_DECLARE_METATYPE(sez::ParcelStyle)

namespace {

// A view three times a parcel's bounds, centred on it.
MapView viewAround(const ParcelStore &store, qint64 row, QSize size = QSize(800, 600))
{
    const QRectF b = store.bounds(row);
    QRectF extent(0, 0, b.width() * 3, b.height() * 3);
    extent.moveCenter(b.center());
    return MapView(extent, size);
}

RenderOptions plainOptions(ParcelStyle style)
{
    RenderOptions options;
    options.style = style;
    options.labels = false;   // a label's halo could cover the pixel under test
    return options;
}

QRgb pixelAt(const QImage &image, const MapView &view, const QPointF &map)
{
    const QPointF p = view.toPixel(map) * view.devicePixelRatio();
    return image.pixel(int(std::floor(p.x())), int(std::floor(p.y())));
}

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

    test::SampleCache mSample;
    std::shared_ptr<const ParcelStore> mStore;
    std::unique_ptr<MapStyle> mStyle;
    std::vector<qint64> mLargest;   // rows by bounds area, largest first

    const ParcelStore &store() const { return *mStore; }
    const MapStyle &style() const { return *mStyle; }

    QImage render(const MapView &view, const RenderOptions &options, const std::atomic<bool> *cancel = nullptr) const
    {
        return MapRenderer::render(RenderContext(store(), style(), view, options, cancel));
    }

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

    // The district holding the most parcels: a typical "district zoom".
    QRectF districtExtent() const
    {
        QRectF best;
        std::size_t most = 0;
        for (const ContextFeature &d : store().districts()) {
            const std::size_t n = store().parcelsIn(d.geometry.bounds()).size();
            if (n > most) {
                most = n;
                best = d.geometry.bounds();
            }
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mStore = mSample.store();
        QVERIFY(mStore);
        QCOMPARE(mStore->size(), qint64(25000));
        mStyle = std::make_unique<MapStyle>(*mStore);
        for (qint64 r = 0; r < mStore->size(); ++r)
            mLargest.push_back(r);
        std::stable_sort(mLargest.begin(), mLargest.end(), [this](qint64 a, qint64 b) {
            const QRectF ba = mStore->bounds(a), bb = mStore->bounds(b);
            return ba.width() * ba.height() > bb.width() * bb.height();
        });
    }

    void mapViewConversions()
    {
        const MapView view(QRectF(500000, 4800000, 1000, 1000), QSize(400, 200));
        const QRectF extent = view.extent();
        QCOMPARE(extent.width() / extent.height(), 2.0);
        QCOMPARE(extent.center(), QPointF(500500, 4800500));
        QCOMPARE(view.metresPerPixel(), 5.0);
        // y up on the map, down on the screen.
        QCOMPARE(view.toPixel(QPointF(extent.left(), extent.bottom())), QPointF(0, 0));
        QCOMPARE(view.toPixel(QPointF(extent.right(), extent.top())), QPointF(400, 200));
        const QPointF p(500123.5, 4800456.25);
        const QPointF back = view.toMap(view.toPixel(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-6 && std::abs(back.y() - p.y()) < 1e-6);
        QCOMPARE(view.toMap(QRectF(0, 0, 400, 200)), extent);
        // 5 m a pixel at 96 dpi is 1:18,898.
        QCOMPARE(qRound(view.scaleDenominator(96)), 18898);

        // Zooming keeps the map point under the cursor; panning moves the map with the pointer.
        const QPointF anchor(100, 50);
        const QPointF under = view.toMap(anchor);
        const MapView zoomed = view.zoomedBy(2.5, anchor);
        QCOMPARE(zoomed.metresPerPixel(), 2.0);
        const QPointF still = zoomed.toMap(anchor);
        QVERIFY(std::abs(still.x() - under.x()) < 1e-6 && std::abs(still.y() - under.y()) < 1e-6);
        const MapView panned = view.pannedBy(QPointF(10, -4));
        const QPointF moved = panned.toPixel(p) - view.toPixel(p);
        QVERIFY(std::abs(moved.x() - 10) < 1e-9 && std::abs(moved.y() + 4) < 1e-9);
        // A resized window keeps the centre and the scale.
        const MapView wider = view.resized(QSize(800, 200), 2.0);
        QCOMPARE(wider.centre(), view.centre());
        QCOMPARE(wider.metresPerPixel(), view.metresPerPixel());
        QCOMPARE(wider.devicePixelRatio(), 2.0);
        QCOMPARE(wider.extent().width(), 4000.0);
    }

    void scaleBar()
    {
        // The longest 1, 2 or 5 times a power of ten that fits.
        auto metres = [](double metresPerPixel, double maxPixels) {
            return MapDecorations::scaleBar(MapView::atResolution(QPointF(), metresPerPixel, QSize(100, 100)), maxPixels).metres;
        };
        QCOMPARE(metres(10, 120), 1000.0);
        QCOMPARE(metres(3.2, 120), 200.0);
        QCOMPARE(metres(45, 120), 5000.0);
        QCOMPARE(metres(0.5, 100), 50.0);
        QCOMPARE(metres(1, 100), 100.0);
        const auto bar = MapDecorations::scaleBar(MapView::atResolution(QPointF(), 32, QSize(100, 100)), 119);
        QCOMPARE(bar.metres, 2000.0);
        QCOMPARE(bar.pixels, 62.5);
        QCOMPARE(MapDecorations::scaleBar(MapView(), 120).metres, 0.0);
    }

    // The map against reference images in tests/reference/ (see renderchecker.h to regenerate them).
    void referenceImages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("zone_full") << QStringLiteral("zone_full");
        QTest::newRow("investor_full") << QStringLiteral("investor_full");
        QTest::newRow("status_district") << QStringLiteral("status_district");
        QTest::newRow("emphasis_parcel") << QStringLiteral("emphasis_parcel");
        QTest::newRow("context_only") << QStringLiteral("context_only");
        QTest::newRow("faded_parcels_no_infrastructure") << QStringLiteral("faded_parcels_no_infrastructure");
        QTest::newRow("hidpi_district") << QStringLiteral("hidpi_district");
    }

    void referenceImages()
    {
        QFETCH(QString, name);
        const QSize size(400, 300);
        RenderOptions options = plainOptions(ParcelStyle::Zone);
        MapView view(store().extent(), size);
        std::vector<bool> highlight, selection;
        RenderContext context(store(), style(), view, options);
        if (name == QLatin1String("investor_full")) {
            options.style = ParcelStyle::Investor;
        } else if (name == QLatin1String("status_district")) {
            options.style = ParcelStyle::Status;
            view = MapView(districtExtent(), size);
        } else if (name == QLatin1String("emphasis_parcel")) {
            // The largest parcel selected; it and its neighbours to the east a query's result.
            const qint64 target = mLargest.front();
            view = viewAround(store(), target, size);
            selection.assign(std::size_t(store().size()), false);
            selection[std::size_t(target)] = true;
            highlight.assign(std::size_t(store().size()), false);
            for (qint64 row : store().parcelsIn(view.extent()))
                highlight[std::size_t(row)] = store().labelPoint(row).x() >= store().labelPoint(target).x();
            options.selection = &selection;
            options.highlight = &highlight;
        } else if (name == QLatin1String("context_only")) {
            context.layers().setVisible(kParcelsLayer, false);
        } else if (name == QLatin1String("faded_parcels_no_infrastructure")) {
            view = MapView(districtExtent(), size);
            context.layers().setOpacity(kParcelsLayer, 0.5);
            for (const QString &kind : style().infrastructureKinds())
                context.layers().setVisible(kInfrastructureLayerPrefix + kind, false);
        } else if (name == QLatin1String("hidpi_district")) {
            view = MapView(districtExtent(), size / 2, 2.0);
        }
        context.setView(view);
        context.setOptions(options);
        const QImage image = MapRenderer::render(context);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        QString message;
        QVERIFY2(test::RenderCheck().matches(image, name, &message), qPrintable(message));
    }

    void parcelColours_data()
    {
        QTest::addColumn<ParcelStyle>("colourBy");
        QTest::newRow("zone") << ParcelStyle::Zone;
        QTest::newRow("status") << ParcelStyle::Status;
        QTest::newRow("investor") << ParcelStyle::Investor;
    }

    // The pixel at each parcel's label point is exactly its colour, and that colour is in the legend.
    void parcelColours()
    {
        QFETCH(ParcelStyle, colourBy);
        const std::vector<LegendEntry> legend = style().legend(colourBy);
        QVERIFY(!legend.empty());
        const ParcelField field = MapStyle::field(colourBy);
        // Five large parcels with different values where the sample has them.
        std::set<int> seen;
        const auto rows = largest(5, [&](qint64 row) { return seen.insert(store().code(row, field)).second; });
        QVERIFY(!rows.empty());
        for (qint64 row : rows) {
            const MapView view = viewAround(store(), row);
            const QImage image = render(view, plainOptions(colourBy));
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(800, 600));
            const QColor expected = style().parcelColour(store(), row, colourBy);
            const QRgb actual = pixelAt(image, view, store().labelPoint(row));
            // Infrastructure may cross the label point; then the parcel's colour is right beside it.
            QVERIFY2((actual & 0xffffff) == (expected.rgb() & 0xffffff) || store().distanceTo(row, 0) < 200
                         || store().distanceTo(row, 2) < 200 || store().distanceTo(row, 4) < 200,
                     qPrintable(QStringLiteral("parcel %1 (%2): %3 drawn, %4 expected")
                                    .arg(row)
                                    .arg(store().value(row, field).toString(), rgbText(actual), rgbText(expected.rgb()))));
            const QString key = store().value(row, field).toString();
            const bool inLegend = std::any_of(legend.begin(), legend.end(), [&](const LegendEntry &e) {
                return e.symbol.fill == expected && (e.key == key || e.key == QLatin1String("other"));
            });
            QVERIFY2(inLegend, qPrintable(key));
        }
    }

    // With every parcel in view there is no antialiasing and small parcels take the renderer's own
    // scan conversion; the colours must be the same.
    void parcelColoursAtFullExtent()
    {
        const MapView view(store().extent(), QSize(1920, 1080));
        RenderContext context(store(), style(), view, plainOptions(ParcelStyle::Status));
        for (const QString &kind : style().infrastructureKinds())
            context.layers().setVisible(kInfrastructureLayerPrefix + kind, false);
        const QImage image = MapRenderer::render(context);
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
            const QRgb expected = style().parcelColour(store(), row, ParcelStyle::Status).rgb();
            const QRgb actual = pixelAt(image, view, store().labelPoint(row));
            QVERIFY2((actual & 0xffffff) == (expected & 0xffffff),
                     qPrintable(QStringLiteral("parcel %1: %2 drawn, %3 expected").arg(row).arg(rgbText(actual), rgbText(expected))));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void legendOrder()
    {
        const auto zones = style().legend(ParcelStyle::Zone);
        const QStringList zoneOrder = {QStringLiteral("industrial"), QStringLiteral("logistics"),
                                       QStringLiteral("agro_processing"), QStringLiteral("energy"),
                                       QStringLiteral("tourism"), QStringLiteral("business_finance"),
                                       QStringLiteral("education_medicine"), QStringLiteral("residential"),
                                       QStringLiteral("green_reserve")};
        QCOMPARE(zones.size(), std::size_t(9));
        for (std::size_t i = 0; i < zones.size(); ++i)
            QCOMPARE(zones[i].key, zoneOrder.at(qsizetype(i)));
        QCOMPARE(zones.front().label, QStringLiteral("Industrial"));   // what a reader sees, not the code

        const auto statuses = style().legend(ParcelStyle::Status);
        QVERIFY(!statuses.empty());
        QCOMPARE(statuses.front().key, QStringLiteral("free"));

        // Investors: each its own colour up to the palette's 64, then "other" (and "none"), distinct
        // keys, every colour valid.
        const auto investors = style().legend(ParcelStyle::Investor);
        QVERIFY(!investors.empty());
        QVERIFY(investors.size() <= 66);
        std::set<QString> keys, colours;
        for (const LegendEntry &e : investors) {
            QVERIFY(e.symbol.fill.isValid());
            QVERIFY2(keys.insert(e.key).second, qPrintable(e.key));
            if (e.key != QLatin1String("other") && !e.key.isEmpty())
                QVERIFY2(colours.insert(e.symbol.fill.name()).second, qPrintable(e.key));   // told apart
        }
        const auto other = std::find_if(investors.begin(), investors.end(), [](const LegendEntry &e) { return e.key == QLatin1String("other"); });
        if (other != investors.end())
            QCOMPARE(other->label, QStringLiteral("Other investors"));
        // The context layers' legend draws the map's own symbols.
        const auto context = style().contextLegend();
        auto symbolOf = [&context](const char *key) {
            for (const LegendEntry &e : context)
                if (e.key == QLatin1String(key))
                    return e.symbol;
            return Symbol();
        };
        QCOMPARE(symbolOf("city_limits").dash, Qt::DashLine);
        QVERIFY(symbolOf("sez_outside_city").hatch.isValid());
        QVERIFY(!symbolOf("sez_inside_city").hatch.isValid());
        QCOMPARE(symbolOf("substation").shape, Symbol::Shape::TriangleWithBolt);
        QCOMPARE(symbolOf("gas_pipeline").dash, Qt::DashLine);
    }

    // A style is built for its store: investors are ranked by their investment (then area) in that
    // store, whatever store came before (there is no cache keyed by a store's address to go stale).
    void styleBelongsToItsStore()
    {
        QTemporaryDir dir;
        GeneratorOptions generate;
        generate.parcels = 1000;
        generate.seed = 7;
        generate.outDir = dir.filePath(QStringLiteral("small"));
        QString error;
        QVERIFY2(generateDataset(generate, nullptr, &error), qPrintable(error));
        ParcelCache::Options options;
        options.cachePath = dir.filePath(QStringLiteral("small.gpkg"));
        auto small = ParcelCache::open(generate.outDir, options, &error);
        QVERIFY2(small, qPrintable(error));
        for (const ParcelStore *other : {mStore.get(), small->store().get()}) {
            std::map<QString, std::pair<double, double>> area;   // investment, area
            for (qint64 r = 0; r < other->size(); ++r) {
                const QString investor = other->value(r, ParcelField::Investor).toString();
                if (investor.isEmpty())
                    continue;
                area[investor].first += other->value(r, ParcelField::InvestmentKzt).toDouble();
                area[investor].second += other->officialAreaHa(r) > 0 ? other->officialAreaHa(r) : other->computedAreaHa(r);
            }
            QVERIFY(!area.empty());
            const auto top = std::max_element(area.begin(), area.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
            const MapStyle own(*other);
            QCOMPARE(own.legend(ParcelStyle::Investor).front().key, top->first);
            QCOMPARE(own.legend(ParcelStyle::Investor).front().symbol.fill, QColor(31, 119, 180));
        }
    }

    // With parcels hidden, the part of the SEZ outside the city shows its own tint or hatch.
    void sezOutsideCityDrawnApart()
    {
        const auto insideRows = largest(3, [&](qint64 row) { return store().insideCity(row); });
        const auto outsideRows = largest(3, [&](qint64 row) { return !store().insideCity(row); });
        QVERIFY(!insideRows.empty());
        QVERIFY(!outsideRows.empty());
        const QColor inside = style().sezPart(CitySide::Inside).fill;
        const QColor outside = style().sezPart(CitySide::Outside).fill;
        QVERIFY(inside.isValid() && outside.isValid() && inside != outside);
        auto renderContext = [&](const MapView &view) {
            RenderContext context(store(), style(), view, plainOptions(ParcelStyle::Zone));
            context.layers().setVisible(kParcelsLayer, false);
            for (const QString &kind : style().infrastructureKinds())
                context.layers().setVisible(kInfrastructureLayerPrefix + kind, false);
            return MapRenderer::render(context);
        };
        int insideHits = 0, outsideHits = 0;
        for (qint64 row : insideRows) {
            const MapView view = viewAround(store(), row);
            insideHits += (pixelAt(renderContext(view), view, store().labelPoint(row)) & 0xffffff) == (inside.rgb() & 0xffffff);
        }
        for (qint64 row : outsideRows) {
            const MapView view = viewAround(store(), row);
            const QImage image = renderContext(view);
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

    // Layers are shown, hidden and faded by id, and a layer inserted at the bottom is drawn under all.
    void layersHideFadeAndInsert()
    {
        const qint64 target = largest(1, [&](qint64 row) {
            return store().insideCity(row) && store().distanceTo(row, 2) > 500 && store().distanceTo(row, 4) > 500;
        }).front();
        const MapView view = viewAround(store(), target, QSize(300, 300));
        const QPointF at = store().labelPoint(target);
        const QRgb parcel = style().parcelColour(store(), target, ParcelStyle::Zone).rgb();
        const QRgb tint = style().sezPart(CitySide::Inside).fill.rgb();
        RenderContext context(store(), style(), view, plainOptions(ParcelStyle::Zone));
        QCOMPARE(pixelAt(MapRenderer::render(context), view, at) & 0xffffff, parcel & 0xffffff);

        QVERIFY(context.layers().setVisible(kParcelsLayer, false));
        QCOMPARE(pixelAt(MapRenderer::render(context), view, at) & 0xffffff, tint & 0xffffff);

        QVERIFY(context.layers().setVisible(kParcelsLayer, true));
        QVERIFY(context.layers().setOpacity(kParcelsLayer, 0.5));
        const QRgb half = pixelAt(MapRenderer::render(context), view, at);
        const QRgb expected = qRgb((qRed(parcel) + qRed(tint)) / 2, (qGreen(parcel) + qGreen(tint)) / 2, (qBlue(parcel) + qBlue(tint)) / 2);
        QVERIFY2(near(half, expected, 2), qPrintable(rgbText(half) + QStringLiteral(" vs ") + rgbText(expected)));
        QVERIFY(!context.layers().setOpacity(QStringLiteral("no such layer"), 0.5));

        // A layer under all the others (imagery, one day) shows only where nothing else is drawn.
        const MapView wide(store().extent().adjusted(-5000, -5000, 5000, 5000), QSize(300, 300));
        context.setView(wide);
        context.layers().setOpacity(kParcelsLayer, 1.0);
        context.layers().insert(0, MapLayer{QStringLiteral("imagery"), true, 1.0, std::make_shared<FillPainter>(QColor(255, 0, 255)), QString()});
        QCOMPARE(context.layers().at(0).id, QStringLiteral("imagery"));
        const QImage withImagery = MapRenderer::render(context);
        QCOMPARE(withImagery.pixel(2, 2) & 0xffffff, 0xff00ffu);   // outside the SEZ
        QCOMPARE(pixelAt(withImagery, wide, at) & 0xffffff, parcel & 0xffffff);
    }

    void layerLegends()
    {
        const MapLayers layers = MapLayers::standard(style());
        QCOMPARE(layers.at(0).id, QString(kSezPartsLayer));
        QCOMPARE(layers.at(layers.size() - 1).id, QString(kLabelsLayer));
        RenderOptions options = plainOptions(ParcelStyle::Status);
        std::vector<bool> selection(std::size_t(store().size()), false);
        options.selection = &selection;
        std::map<QString, QStringList> keys;
        for (const MapLayer &layer : layers)
            for (const LegendEntry &e : layer.painter->legend(style(), options))
                keys[layer.id] << e.key;
        QCOMPARE(keys[kParcelsLayer].front(), QStringLiteral("free"));
        QCOMPARE(keys[kSezPartsLayer], (QStringList{QStringLiteral("sez_inside_city"), QStringLiteral("sez_outside_city")}));
        QCOMPARE(keys[kCityLimitsLayer], QStringList{QStringLiteral("city_limits")});
        QCOMPARE(keys[kEmphasisLayer], QStringList{QStringLiteral("selection")});
        QCOMPARE(keys[kInfrastructureLayerPrefix + QStringLiteral("highway")], QStringList{QStringLiteral("highway")});
        QVERIFY(keys[kLabelsLayer].isEmpty());
    }

    void cancelledRenderIsNull()
    {
        const std::atomic<bool> cancel{true};
        const MapView view(store().extent(), QSize(800, 600));
        QVERIFY(render(view, RenderOptions(), &cancel).isNull());
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QVERIFY(!MapRenderer::paint(painter, RenderContext(store(), style(), view, RenderOptions(), &cancel)));
        const std::atomic<bool> go{false};
        QVERIFY(MapRenderer::paint(painter, RenderContext(store(), style(), view, RenderOptions(), &go)));
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
        RenderContext context(store(), style(), view, options);
        for (const QString &kind : style().infrastructureKinds())
            context.layers().setVisible(kInfrastructureLayerPrefix + kind, false);
        const QImage image = MapRenderer::render(context);
        QVERIFY(!image.isNull());
        const QColor full = style().parcelColour(store(), target, ParcelStyle::Zone);
        QCOMPARE(pixelAt(image, view, store().labelPoint(target)) & 0xffffff, full.rgb() & 0xffffff);

        const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
        int dimmed = 0, others = 0;
        for (qint64 row : store().parcelsIn(view.extent())) {
            if (row == target || std::min(store().bounds(row).width(), store().bounds(row).height()) / view.metresPerPixel() < 10)
                continue;
            const QPointF at = view.toPixel(store().labelPoint(row));
            if (!screen.adjusted(2, 2, -2, -2).contains(at))
                continue;
            ++others;
            const QRgb own = style().parcelColour(store(), row, ParcelStyle::Zone).rgb();
            dimmed += (pixelAt(image, view, store().labelPoint(row)) & 0xffffff) != (own & 0xffffff);
        }
        QVERIFY(others > 0);
        QCOMPARE(dimmed, others);
    }

    // Every style renders at the full extent and at a parcel's scale, with labels asked for (skipped
    // without a QGuiApplication, never a crash), and shows several colours.
    void rendersEveryScale()
    {
        for (ParcelStyle colourBy : {ParcelStyle::Zone, ParcelStyle::Status, ParcelStyle::Investor}) {
            RenderOptions options;
            options.style = colourBy;
            const QImage image = render(MapView(store().extent(), QSize(640, 480)), options);
            QVERIFY(!image.isNull());
            std::set<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 5);
            QVERIFY(!render(viewAround(store(), mLargest[3]), options).isNull());
        }
        // A high-density display: twice the pixels, the same map.
        const QImage image = render(MapView(store().extent(), QSize(320, 240), 2.0), RenderOptions());
        QCOMPARE(image.size(), QSize(640, 480));
    }

    // At two device pixels a point the parcels are where the vectors are: the renderer's own
    // pixels (small parcels) land on the device's pixels, not at twice their place.
    void highDensityDisplay()
    {
        // Every parcel in view, a few pixels each: drawn by the renderer's own scan conversion.
        const MapView view(store().extent(), QSize(1200, 900), 2.0);
        RenderContext context(store(), style(), view, plainOptions(ParcelStyle::Zone));
        for (const QString &kind : style().infrastructureKinds())
            context.layers().setVisible(kInfrastructureLayerPrefix + kind, false);
        const QImage image = MapRenderer::render(context);
        QCOMPARE(image.size(), QSize(2400, 1800));
        int checked = 0, right = 0;
        for (qint64 row : store().parcelsIn(view.extent())) {
            const QRectF b = store().bounds(row);
            const QPointF at = view.toPixel(store().labelPoint(row));
            if (std::min(b.width(), b.height()) / view.metresPerPixel() < 3 || !store().insideCity(row)
                || !QRectF(2, 2, 1196, 896).contains(at))
                continue;
            ++checked;
            right += (pixelAt(image, view, store().labelPoint(row)) & 0xffffff)
                     == (style().parcelColour(store(), row, ParcelStyle::Zone).rgb() & 0xffffff);
        }
        QVERIFY(checked >= 50);
        QVERIFY2(right >= checked * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(checked)));
    }

    // The dot layer's two ways to its pixels, DotLayer::addRect() and the parcels' loop's
    // DotLayer::Pixels, write the same pixels where they should be: the first rectangle too (it
    // allocates the layer's image), slivers from far off the view, clamped to it, and a rectangle
    // just left of it (floored, not truncated, to -1: no pixel).
    void dotLayerPixels()
    {
        const MapView view(QRectF(0, 0, 64, 48), QSize(64, 48));
        const QRgb red = qRgb(200, 30, 30), blue = qRgb(20, 40, 220), white = qRgb(255, 255, 255);
        auto draw = [&](bool direct) {
            QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            detail::DotLayer dots(painter, view);
            std::optional<detail::DotLayer::Pixels> pixels;
            if (direct)
                pixels = dots.directPixels();
            if (direct != pixels.has_value())
                return QImage();
            auto rect = [&](const QRectF &r, QRgb c) { pixels ? pixels->addRect(r, c) : dots.addRect(r, c); };
            rect(QRectF(10, 20, 3, 2), red);
            pixels ? pixels->add(QPointF(30.5, 30.5), blue) : dots.add(QPointF(30.5, 30.5), blue);
            rect(QRectF(40.2, 5.3, 0.3, 0.2), blue);
            rect(QRectF(-1e12, 40, 1e12 + 5, 1), red);
            rect(QRectF(60, -1e12, 1, 2e12), blue);
            rect(QRectF(-1.2, 10, 1, 1), red);   // left of the image: its floors are negative, not truncated to 0
            dots.flush();
            return image;
        };
        const QImage viaLayer = draw(false), viaPixels = draw(true);
        QVERIFY(!viaPixels.isNull());
        QCOMPARE(viaPixels, viaLayer);
        const std::vector<std::pair<QPoint, QRgb>> expected = {
            {{10, 20}, red}, {{12, 21}, red}, {{13, 20}, white}, {{10, 0}, white}, {{10, 22}, white},
            {{30, 30}, blue}, {{31, 30}, white}, {{40, 5}, blue}, {{0, 40}, red}, {{4, 40}, red},
            {{5, 40}, white}, {{0, 41}, white}, {{60, 0}, blue}, {{60, 47}, blue}, {{59, 47}, white}, {{0, 10}, white}};
        for (const auto &[at, colour] : expected)
            QVERIFY2(viaPixels.pixel(at) == (colour | 0xff000000u),
                     qPrintable(QStringLiteral("%1,%2: %3").arg(at.x()).arg(at.y()).arg(viaPixels.pixel(at), 8, 16)));
    }

    // The small parcels' pixels written straight into the painter's image (startOnDevice()) are
    // the pixels the layer's own image laid over it gives: for opaque dots and rectangles, on a
    // background with translucent pixels too, and when a polygon comes after them (leaveDevice()
    // and the same rectangles written again into the layer, under the polygon's own pixels). Where
    // the layer's image would be laid over through a clip or at less than full opacity, the
    // pixels do not go to the device.
    void dotLayerOnDevice()
    {
        const MapView view(QRectF(0, 0, 64, 48), QSize(64, 48));
        const QRgb red = qRgb(200, 30, 30), blue = qRgb(20, 40, 220), green = qRgb(30, 160, 40);
        enum Way { Layer, Device };
        auto draw = [&](Way way, bool polygon, bool *onDevice) {
            QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
            image.fill(qRgba(10, 20, 30, 255));
            for (int x = 0; x < 64; ++x)
                image.setPixel(x, 7, qPremultiply(qRgba(200, 100, 0, 90)));   // translucent pixels under the dots
            QPainter painter(&image);
            detail::DotLayer dots(painter, view);
            *onDevice = way == Device && dots.startOnDevice();
            std::optional<detail::DotLayer::Pixels> pixels = dots.directPixels();
            if (!pixels)
                return QImage();
            const std::vector<std::pair<QRectF, QRgb>> rects = {
                {QRectF(10, 5, 3, 4), red}, {QRectF(11, 6, 0.3, 0.2), blue}, {QRectF(-1e12, 40, 1e12 + 5, 1), red},
                {QRectF(20, 20, 6, 6), blue}, {QRectF(60, -1e12, 1, 2e12), green}};
            for (const auto &[r, c] : rects)
                pixels->addRect(r, c);
            pixels->add(QPointF(30.5, 7.5), green);
            if (polygon) {
                if (dots.isOnDevice()) {
                    dots.leaveDevice();
                    pixels = dots.directPixels();
                    for (const auto &[r, c] : rects)
                        pixels->addRect(r, c);
                    pixels->add(QPointF(30.5, 7.5), green);
                }
                const std::vector<QPointF> ring = {{18, 18}, {30, 18}, {30, 30}, {18, 30}};
                dots.fillPolygon(ring, {ring.size()}, green, qRgba(0, 0, 0, 128));
            }
            dots.flush();
            painter.end();
            return image;
        };
        for (const bool polygon : {false, true}) {
            bool layerOnDevice = true, onDevice = false;
            const QImage viaLayer = draw(Layer, polygon, &layerOnDevice), viaDevice = draw(Device, polygon, &onDevice);
            QVERIFY(!viaLayer.isNull() && !layerOnDevice);
            QVERIFY(onDevice);
            QCOMPARE(viaDevice, viaLayer);
            QCOMPARE(viaDevice.pixel(11, 7), red | 0xff000000u);
            QCOMPARE(viaDevice.pixel(30, 7), green | 0xff000000u);
            QCOMPARE(viaDevice.pixel(40, 7), qPremultiply(qRgba(200, 100, 0, 90)));
            QCOMPARE(viaDevice.pixel(22, 22), (polygon ? green : blue) | 0xff000000u);
        }

        QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setClipRect(QRectF(0, 0, 64, 48));
        QVERIFY(detail::DotLayer(painter, view).startOnDevice());
        painter.setClipRect(QRectF(0, 0, 63.5, 48));
        QVERIFY(!detail::DotLayer(painter, view).startOnDevice());
        painter.setClipRect(QRectF(2, 2, 20, 20));
        QVERIFY(!detail::DotLayer(painter, view).startOnDevice());
        painter.setClipping(false);
        painter.setOpacity(0.5);
        QVERIFY(!detail::DotLayer(painter, view).startOnDevice());
        painter.setOpacity(1);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        QVERIFY(!detail::DotLayer(painter, view).startOnDevice());
        painter.end();
        const QImage shared = image;   // a copy shares the pixels: writing them would write both
        QPainter onShared(&image);
        QVERIFY(!detail::DotLayer(onShared, view).startOnDevice() || image.constBits() != shared.constBits());
    }

    // render() writes the small parcels into the map's image until the first polygon, then into
    // the dot layer's own image with what went before written again: the same map as a render
    // through the layer's image from the start (a clip short of the image's last column refuses
    // the device), at scales from the overview, all small parcels, through those that mix them
    // with polygons, to a parcel's.
    void smallParcelsOnTheMapsImage()
    {
        const QSize size(640, 480);
        std::vector<QRectF> extents;
        auto around = [&](const QPointF &centre, const QSizeF &span) {
            QRectF e(QPointF(0, 0), span);
            e.moveCenter(centre);
            extents.push_back(e);
        };
        const QRectF district = districtExtent();
        for (const double zoom : {1.0, 2.0, 4.0, 8.0, 16.0})
            around(district.center(), district.size() / zoom);
        for (std::size_t i = 0; i < 5; ++i)
            for (const double out : {1.0, 4.0, 16.0})
                around(store().bounds(mLargest[i]).center(), store().bounds(mLargest[i]).size() * 3 * out);
        for (const QRectF &extent : extents) {
            const MapView view(extent, size);
            RenderOptions options;
            const QImage onDevice = render(view, options);
            QImage throughLayer(size, QImage::Format_ARGB32_Premultiplied);
            throughLayer.fill(MapStyle::background());
            QPainter painter(&throughLayer);
            painter.setClipRect(QRectF(0, 0, size.width() - 0.5, size.height()));
            QVERIFY(MapRenderer::paint(painter, RenderContext(store(), style(), view, options)));
            painter.end();
            const QRect inside(0, 0, size.width() - 2, size.height());
            QCOMPARE(onDevice.copy(inside), throughLayer.copy(inside));
        }
    }

    // Small parcels drawn straight into the map's image, then a polygon: from the first polygon the
    // small parcels go into the layer laid over the map at the end, and the ones drawn before are
    // written into it again, so that they stay over every polygon as through the layer alone. The
    // parcels are taken smallest first, so that thousands of pixels are on the map's image before
    // the polygons come, many of them at a polygon's edge.
    void smallParcelsBeforeAPolygonStayOnTop()
    {
        const QSize size(640, 480);
        const QRectF extent = districtExtent();
        const MapView view(extent, size);
        RenderOptions options;
        options.labels = false;
        ParcelsInView parcels;
        parcels.rows = store().parcelsIn(extent);
        std::stable_sort(parcels.rows.begin(), parcels.rows.end(), [this](qint64 a, qint64 c) {
            const QRectF ba = store().bounds(a), bc = store().bounds(c);
            return ba.width() * ba.height() < bc.width() * bc.height();
        });
        const double pxPerMetre = view.pixelsPerMetre();
        const auto isPolygon = [&](qint64 row) {
            const QRectF r = store().bounds(row);
            return std::max(r.width(), r.height()) * pxPerMetre >= detail::kOutlineFromPx && std::min(r.width(), r.height()) * pxPerMetre >= 2;
        };
        const auto firstPolygon = std::find_if(parcels.rows.begin(), parcels.rows.end(), isPolygon);
        QVERIFY(firstPolygon != parcels.rows.end());
        QVERIFY(firstPolygon - parcels.rows.begin() > 1000);   // drawn on the map's image first
        const RenderContext context(store(), style(), view, options);
        const auto paint = [&](bool clipped) {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(MapStyle::background());
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);   // polygons' edges then touch their small neighbours' pixels
            if (clipped)   // a clip short of the whole image: the layer's own image all the way
                painter.setClipRect(QRectF(0, 0, size.width() - 0.5, size.height()));
            if (!detail::ParcelsPainter().paint(painter, context, parcels))
                return QImage();
            painter.end();
            return image;
        };
        const QImage onDevice = paint(false), throughLayer = paint(true);
        QVERIFY(!onDevice.isNull() && !throughLayer.isNull());
        const QRect inside(0, 0, size.width() - 2, size.height());
        QCOMPARE(onDevice.copy(inside), throughLayer.copy(inside));
    }

    // render() paints on a free pool thread (where Qt's fills run inline), on the calling thread
    // when every pool thread is busy (it must not wait for one), and inline on a pool thread: the
    // same pixels each way, at a district zoom where thousands of small parcels are scan-converted
    // and the zones' fills span more than 96 scanlines.
    void sameImageOnAnyThread()
    {
        const MapView view(districtExtent(), QSize(1200, 800));
        RenderOptions options;
        const QImage free = render(view, options);
        QVERIFY(!free.isNull());

        QThreadPool *pool = QThreadPool::globalInstance();
        QImage onPool;
        QSemaphore rendered;
        QVERIFY(pool->tryStart([&] {
            onPool = render(view, options);
            rendered.release();
        }));
        QVERIFY(rendered.tryAcquire(1, 60000));
        QCOMPARE(onPool, free);

        // Every pool thread busy for a while: the render starts on this thread. (Qt's own fills
        // from this thread queue on the pool and wait, as they always did, so the tasks end by
        // themselves.)
        QSemaphore never, started;
        const int threads = pool->maxThreadCount();
        int held = 0;
        for (int i = 0; i < threads; ++i)
            if (pool->tryStart([&] {
                    started.release();
                    never.tryAcquire(1, 300);
                }))
                ++held;
        QVERIFY(started.tryAcquire(held, 10000));
        const QImage busy = render(view, options);
        pool->waitForDone(10000);
        QCOMPARE(busy, free);
    }

    void emptyViewIsNull()
    {
        QVERIFY(render(MapView(store().extent(), QSize(0, 0)), RenderOptions()).isNull());
        QVERIFY(render(MapView(store().extent(), QSize(800, 0)), RenderOptions()).isNull());
        QVERIFY(render(MapView(QRectF(), QSize(800, 600)), RenderOptions()).isNull());
        QCOMPARE(MapView().metresPerPixel(), 0.0);
        QVERIFY(!MapView().isValid());
        // Far away from every parcel: the background, no crash.
        const QImage nowhere = render(MapView(QRectF(0, 0, 100, 100), QSize(100, 100)), RenderOptions());
        QVERIFY(!nowhere.isNull());
        QCOMPARE(nowhere.pixel(50, 50) & 0xffffff, MapStyle::background().rgb() & 0xffffff);
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
