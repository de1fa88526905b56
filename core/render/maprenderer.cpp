// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/maprenderer.h"

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace sez {

namespace {

// Rendering follows QGIS: cull with the spatial index, draw parcels under two pixels as one pixel
// from their bounds alone (no geometry read), simplify the rest to about a pixel, and antialias only
// when few features are on screen.
constexpr double kDotBelowPx = 2.0;        // parcels smaller than this are one pixel; slivers, their bounds
constexpr double kOutlineFromPx = 8.0;     // parcels at least this wide get an outline
constexpr double kLabelFromPx = 60.0;      // parcels at least this wide get their cadastral number
constexpr double kOwnRasterBelowPx = 32;  // unantialiased polygons this small are scan-converted here
constexpr double kSimplifyPx = 0.5;        // vertices closer than this to the last kept one are dropped
constexpr qsizetype kAntialiasBelow = 3000;   // measured: antialiased parcels cost ~8 us each
constexpr int kCancelEvery = 256;

const QColor kBackground(247, 247, 243);
const QColor kNoValue(204, 204, 204);      // parcels without a zone, status or investor
const QColor kOtherInvestor(150, 150, 165); // investors beyond the palette's
const QColor kSezInside(238, 233, 218);
const QColor kSezOutside(218, 233, 222);
const QColor kSezOutsideHatch(160, 190, 168);
const QColor kSezOutline(96, 128, 104);
const QColor kCityLimits(150, 60, 60);
const QColor kDistrict(120, 120, 130);
const QColor kParcelOutline(30, 30, 30, 120);
const QColor kHighlightOutline(20, 20, 20);
const QColor kSelection(0, 210, 255);

struct NamedColour
{
    const char *key;
    QRgb rgb;
};

constexpr std::array<NamedColour, 9> kZoneColours = {{
    {"industrial", qRgb(150, 130, 185)},
    {"logistics", qRgb(244, 164, 72)},
    {"agro_processing", qRgb(183, 196, 82)},
    {"energy", qRgb(222, 72, 62)},
    {"tourism", qRgb(56, 172, 168)},
    {"business_finance", qRgb(72, 122, 204)},
    {"education_medicine", qRgb(232, 142, 186)},
    {"residential", qRgb(242, 222, 140)},
    {"green_reserve", qRgb(92, 170, 92)},
}};

constexpr std::array<NamedColour, 5> kStatusColours = {{
    {"free", qRgb(84, 184, 96)},
    {"reserved", qRgb(240, 202, 60)},
    {"allocated", qRgb(70, 132, 212)},
    {"under_construction", qRgb(242, 140, 48)},
    {"operating", qRgb(128, 48, 108)},
}};

// A qualitative palette (Tableau 20 without its greys, which stand for "none" and "other"), strong
// colours first so that the largest investors, which take them in rank order, are told apart.
constexpr std::array<QRgb, 18> kQualitative = {
    qRgb(31, 119, 180), qRgb(255, 127, 14), qRgb(44, 160, 44), qRgb(214, 39, 40), qRgb(148, 103, 189),
    qRgb(140, 86, 75), qRgb(227, 119, 194), qRgb(188, 189, 34), qRgb(23, 190, 207),
    qRgb(174, 199, 232), qRgb(255, 187, 120), qRgb(152, 223, 138), qRgb(255, 152, 150), qRgb(197, 176, 213),
    qRgb(196, 156, 148), qRgb(247, 182, 210), qRgb(219, 219, 141), qRgb(158, 218, 229),
};

// FNV-1a over the UTF-16 text: unlike qHash it is the same on every platform, run and Qt version,
// so an investor keeps its colour between sessions and in exported maps.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h = (h ^ (c.unicode() & 0xff)) * 16777619u;
        h = (h ^ (c.unicode() >> 8)) * 16777619u;
    }
    return h;
}

QRgb qualitativeColour(const QString &key)
{
    return kQualitative[stableHash(key) % kQualitative.size()];
}

ParcelField styleField(ParcelStyle style)
{
    switch (style) {
    case ParcelStyle::Zone: return ParcelField::Zone;
    case ParcelStyle::Status: return ParcelField::Status;
    case ParcelStyle::Investor: return ParcelField::Investor;
    }
    return ParcelField::Zone;
}

template<std::size_t N>
const NamedColour *findNamed(const std::array<NamedColour, N> &table, const QString &key)
{
    for (const NamedColour &c : table)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

QRgb zoneColour(const QString &zone)
{
    if (zone.isEmpty())
        return kNoValue.rgb();
    const NamedColour *named = findNamed(kZoneColours, zone);
    return named ? named->rgb : qualitativeColour(zone);
}

// Investors are too many for a palette: the largest by area get its colours in rank order, so the
// ones a map reader looks for are told apart, and the rest share one "other" colour. The ranking
// needs a pass over the store, so it is kept per store (a few at a time, the stores being few).
struct InvestorColours
{
    const ParcelStore *store = nullptr;
    qint64 size = 0;
    qsizetype dictionarySize = 0;
    QRectF extent;
    std::vector<int> ranked;      // codes of named investors, largest area first
    std::vector<QRgb> byCode;
};

std::shared_ptr<const InvestorColours> investorColours(const ParcelStore &store)
{
    static std::mutex mutex;
    static std::vector<std::shared_ptr<const InvestorColours>> cache;
    const QStringList &dict = store.dictionary(ParcelField::Investor);
    {
        const std::lock_guard<std::mutex> lock(mutex);
        for (const auto &c : cache)
            if (c->store == &store && c->size == store.size() && c->dictionarySize == dict.size()
                && c->extent == store.extent())
                return c;
    }
    auto colours = std::make_shared<InvestorColours>();
    colours->store = &store;
    colours->size = store.size();
    colours->dictionarySize = dict.size();
    colours->extent = store.extent();
    std::vector<double> area(std::size_t(dict.size()), 0.0);
    for (qint64 r = 0; r < store.size(); ++r) {
        const int code = store.code(r, ParcelField::Investor);
        if (code >= 0 && code < dict.size())
            area[std::size_t(code)] += store.officialAreaHa(r) > 0 ? store.officialAreaHa(r) : store.computedAreaHa(r);
    }
    for (int code = 0; code < dict.size(); ++code)
        if (!dict.at(code).isEmpty())
            colours->ranked.push_back(code);
    std::stable_sort(colours->ranked.begin(), colours->ranked.end(), [&area, &dict](int a, int b) {
        if (area[std::size_t(a)] != area[std::size_t(b)])
            return area[std::size_t(a)] > area[std::size_t(b)];
        return dict.at(a) < dict.at(b);
    });
    colours->byCode.assign(std::size_t(dict.size()), kOtherInvestor.rgb());
    for (int code = 0; code < dict.size(); ++code)
        if (dict.at(code).isEmpty())
            colours->byCode[std::size_t(code)] = kNoValue.rgb();
    for (std::size_t rank = 0; rank < colours->ranked.size() && rank < kQualitative.size(); ++rank)
        colours->byCode[std::size_t(colours->ranked[rank])] = kQualitative[rank];

    const std::lock_guard<std::mutex> lock(mutex);
    cache.erase(std::remove_if(cache.begin(), cache.end(), [&store](const auto &c) { return c->store == &store; }),
                cache.end());
    if (cache.size() >= 4)
        cache.erase(cache.begin());
    cache.push_back(colours);
    return colours;
}

// The one place a value becomes a colour; parcelColour, legend and paint all go through it.
QRgb colourOf(const ParcelStore &store, ParcelStyle style, int code)
{
    const QStringList &dict = store.dictionary(styleField(style));
    if (code < 0 || code >= dict.size() || dict.at(code).isEmpty())
        return kNoValue.rgb();
    if (style == ParcelStyle::Investor)
        return investorColours(store)->byCode[std::size_t(code)];
    const QString &key = dict.at(code);
    const NamedColour *named = style == ParcelStyle::Zone ? findNamed(kZoneColours, key) : findNamed(kStatusColours, key);
    return named ? named->rgb : qualitativeColour(key);   // a value the palette does not know
}

QRgb blend(QRgb a, QRgb b, double t)
{
    auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

// Colours per dictionary code of the styled field, looked up once per render.
struct ColourTable
{
    std::vector<QRgb> full;
    std::vector<QRgb> faded;   // for parcels outside a highlight

    ColourTable(const ParcelStore &store, ParcelStyle style)
    {
        const qsizetype count = store.dictionary(styleField(style)).size();
        full.reserve(std::size_t(count));
        for (int code = 0; code < count; ++code)
            full.push_back(colourOf(store, style, code));
        for (QRgb c : full)
            faded.push_back(blend(c, kBackground.rgb(), 0.75));
    }
    QRgb colour(int code, bool fade) const
    {
        if (code < 0 || std::size_t(code) >= full.size())
            return fade ? blend(kNoValue.rgb(), kBackground.rgb(), 0.75) : kNoValue.rgb();
        return fade ? faded[std::size_t(code)] : full[std::size_t(code)];
    }
};

// Map to logical pixels, y flipped: the map's y grows north, the screen's down.
struct Frame
{
    double left = 0, top = 0, scale = 1;   // top: the largest map y; scale: pixels per metre
    double dpr = 1;
    QRectF extent;
    QRectF clip;   // the view in pixels with a margin wider than any pen

    explicit Frame(const MapView &view)
        : dpr(view.devicePixelRatio > 0 ? view.devicePixelRatio : 1.0), extent(view.fittedExtent()),
          clip(QRectF(QPointF(0, 0), QSizeF(view.size)).adjusted(-16, -16, 16, 16))
    {
        left = extent.left();
        top = extent.bottom();
        const double mpp = view.metresPerPixel();
        scale = mpp > 0 ? 1.0 / mpp : 1.0;
    }
    QPointF map(const QPointF &p) const { return QPointF((p.x() - left) * scale, (top - p.y()) * scale); }
};

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Text needs the font database, which only a QGuiApplication has; headless tools skip labels.
bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

// Appends a ring in pixels to \a out, dropping vertices closer than kSimplifyPx to the last kept one.
void simplifiedRing(const Path &ring, const Frame &frame, std::vector<QPointF> &out)
{
    out.clear();
    const double minStep = kSimplifyPx / frame.dpr;
    for (const QPointF &p : ring) {
        const QPointF q = frame.map(p);
        if (!out.empty()) {
            const QPointF &last = out.back();
            if (std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < minStep)
                continue;
        }
        out.push_back(q);
    }
    if (out.size() < 3 && ring.size() >= 3) {   // collapsed: keep the shape rather than nothing
        out.clear();
        for (const QPointF &p : ring)
            out.push_back(frame.map(p));
    }
}

bool within(const std::vector<QPointF> &points, const QRectF &rect)
{
    return std::all_of(points.begin(), points.end(), [&rect](const QPointF &p) { return rect.contains(p); });
}

// Sutherland-Hodgman: a ring cut to \a rect, still a ring, so fills stay right. A road crossing
// a street-level view spans kilometres of pixels off screen; the stroker and the rasterizer would
// walk all of them (and every dash of a dashed pen) if it were not cut first.
void clipRing(std::vector<QPointF> &ring, const QRectF &rect, std::vector<QPointF> &scratch)
{
    auto edge = [&](auto inside, auto cross) {
        scratch.clear();
        const std::size_t n = ring.size();
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF &cur = ring[i], &prev = ring[(i + n - 1) % n];
            const bool in = inside(cur);
            if (in != inside(prev))
                scratch.push_back(cross(prev, cur));
            if (in)
                scratch.push_back(cur);
        }
        ring.swap(scratch);
    };
    auto atX = [](double x) {
        return [x](const QPointF &a, const QPointF &b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    auto atY = [](double y) {
        return [y](const QPointF &a, const QPointF &b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    const double l = rect.left(), r = rect.right(), t = rect.top(), b = rect.bottom();
    edge([l](const QPointF &p) { return p.x() >= l; }, atX(l));
    edge([r](const QPointF &p) { return p.x() <= r; }, atX(r));
    edge([t](const QPointF &p) { return p.y() >= t; }, atY(t));
    edge([b](const QPointF &p) { return p.y() <= b; }, atY(b));
}

// Liang-Barsky per segment: the pieces of a polyline inside \a rect, each handed to \a emit.
template<typename Emit>
void clipPolyline(const std::vector<QPointF> &line, const QRectF &rect, std::vector<QPointF> &piece, Emit emit)
{
    piece.clear();
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
        bool visible = true;
        for (int k = 0; k < 4 && visible; ++k) {
            if (p[k] == 0) {
                visible = q[k] >= 0;
            } else {
                const double t = q[k] / p[k];
                if (p[k] < 0)
                    t0 = std::max(t0, t);
                else
                    t1 = std::min(t1, t);
                visible = t0 <= t1;
            }
        }
        if (!visible) {
            if (piece.size() >= 2)
                emit(piece);
            piece.clear();
            continue;
        }
        const QPointF from = a + QPointF(dx, dy) * t0, to = a + QPointF(dx, dy) * t1;
        if (piece.empty() || t0 > 0) {
            if (piece.size() >= 2)
                emit(piece);
            piece.clear();
            piece.push_back(from);
        }
        piece.push_back(to);
        if (t1 < 1) {
            emit(piece);
            piece.clear();
        }
    }
    if (piece.size() >= 2)
        emit(piece);
}

// Draws polygons (with holes) and lines, cut to the view; reuses its point buffers.
class GeometryPainter
{
public:
    GeometryPainter(QPainter &painter, const Frame &frame) : mPainter(painter), mFrame(frame) {}

    void drawPolygons(const Geometry &g)
    {
        const bool simple = g.polygons.size() == 1 && g.polygons.front().rings.size() == 1;
        if (simple) {
            simplifiedRing(g.polygons.front().rings.front(), mFrame, mBuffer);
            if (!within(mBuffer, mFrame.clip))
                clipRing(mBuffer, mFrame.clip, mScratch);
            if (mBuffer.size() >= 2)
                mPainter.drawPolygon(mBuffer.data(), int(mBuffer.size()));
            return;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const Polygon &poly : g.polygons)
            for (const Path &ring : poly.rings) {
                simplifiedRing(ring, mFrame, mBuffer);
                if (!within(mBuffer, mFrame.clip))
                    clipRing(mBuffer, mFrame.clip, mScratch);
                if (mBuffer.size() < 2)
                    continue;
                path.moveTo(mBuffer.front());
                for (std::size_t i = 1; i < mBuffer.size(); ++i)
                    path.lineTo(mBuffer[i]);
                path.closeSubpath();
            }
        mPainter.drawPath(path);
    }

    void drawLines(const Geometry &g)
    {
        for (const Path &line : g.lines) {
            simplifiedRing(line, mFrame, mBuffer);
            strokeBuffer();
        }
        // Polygon features drawn as lines (e.g. a boundary given as a polygon): their rings.
        for (const Polygon &poly : g.polygons)
            for (const Path &ring : poly.rings) {
                simplifiedRing(ring, mFrame, mBuffer);
                if (mBuffer.size() >= 2) {
                    mBuffer.push_back(mBuffer.front());
                    strokeBuffer();
                }
            }
    }

private:
    void strokeBuffer()
    {
        if (mBuffer.size() < 2)
            return;
        if (within(mBuffer, mFrame.clip)) {
            mPainter.drawPolyline(mBuffer.data(), int(mBuffer.size()));
            return;
        }
        clipPolyline(mBuffer, mFrame.clip, mScratch, [this](const std::vector<QPointF> &piece) {
            mPainter.drawPolyline(piece.data(), int(piece.size()));
        });
    }

    QPainter &mPainter;
    const Frame &mFrame;
    std::vector<QPointF> mBuffer;
    std::vector<QPointF> mScratch;
};

QPointF largestPartCentre(const Geometry &g)
{
    QRectF best;
    for (const Polygon &poly : g.polygons) {
        if (poly.rings.empty())
            continue;
        Geometry part;
        part.polygons.push_back(Polygon{{poly.rings.front()}});
        const QRectF b = part.bounds();
        if (b.width() * b.height() > best.width() * best.height())
            best = b;
    }
    return best.isNull() ? g.bounds().center() : best.center();
}

bool isOutsideCityPart(const ContextFeature &f, std::size_t index)
{
    const QString name = f.name.toLower();
    if (name.contains(QLatin1String("outside")) || name.contains(QLatin1String("вне")))
        return true;
    if (name.contains(QLatin1String("inside")) || name.contains(QLatin1String("в черте")))
        return false;
    return index % 2 == 1;
}

QBrush outsideCityBrush()
{
    return QBrush(kSezOutsideHatch, Qt::BDiagPattern);
}

// A halo from the text drawn eight times around in the halo colour: glyphs come from the glyph
// cache, where a stroked QPainterPath would outline every glyph anew.
void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QColor &ink, const QColor &halo)
{
    painter.setPen(halo);
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            if (dx || dy)
                painter.drawText(baseline + QPointF(dx, dy), text);
    painter.setPen(ink);
    painter.drawText(baseline, text);
}

void paintSezParts(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    GeometryPainter geometry(painter, frame);
    const auto &parts = store.sezParts();
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const bool outside = isOutsideCityPart(parts[i], i);
            if (!parts[i].geometry.bounds().intersects(frame.extent))
                continue;
            painter.setPen(Qt::NoPen);
            if (pass == 0) {
                painter.setBrush(outside ? kSezOutside : kSezInside);
                geometry.drawPolygons(parts[i].geometry);
            } else if (outside) {
                painter.setBrush(outsideCityBrush());
                geometry.drawPolygons(parts[i].geometry);
            }
        }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kSezOutline, 1.5));
    for (const ContextFeature &part : parts)
        geometry.drawLines(part.geometry);
}

void paintCityLimits(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    GeometryPainter geometry(painter, frame);
    QPen pen(kCityLimits, 1.5, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const ContextFeature &f : store.cityLimits())
        geometry.drawLines(f.geometry);
}

// Over the parcels: the SEZ outside the city hatched, and the city limits with a white casing, so
// that inside and outside stay apart at every scale even where parcels cover the ground.
void paintCityOverlay(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    GeometryPainter geometry(painter, frame);
    const auto &parts = store.sezParts();
    painter.setPen(Qt::NoPen);
    QColor hatch(40, 70, 50, 110);
    painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (isOutsideCityPart(parts[i], i) && parts[i].geometry.bounds().intersects(frame.extent))
            geometry.drawPolygons(parts[i].geometry);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 4));
    for (const ContextFeature &f : store.cityLimits())
        geometry.drawLines(f.geometry);
    painter.setPen(QPen(kCityLimits, 2, Qt::DashLine));
    for (const ContextFeature &f : store.cityLimits())
        geometry.drawLines(f.geometry);
}

void paintDistricts(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    GeometryPainter geometry(painter, frame);
    painter.setPen(QPen(kDistrict, 0));
    painter.setBrush(Qt::NoBrush);
    for (const ContextFeature &f : store.districts())
        if (f.geometry.bounds().intersects(frame.extent))
            geometry.drawLines(f.geometry);
}

// District names, at scales where parcels are too small to read: over everything else.
void paintDistrictNames(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const ContextFeature &f : store.districts()) {
        if (f.name.isEmpty())
            continue;
        const QPointF at = frame.map(largestPartCentre(f.geometry));
        const QRectF box = metrics.boundingRect(f.name);
        drawHaloText(painter, at - QPointF(box.width() / 2, -metrics.ascent() / 2), f.name, QColor(70, 70, 90),
                     QColor(255, 255, 255, 210));
    }
}

void paintZones(QPainter &painter, const ParcelStore &store, const Frame &frame, bool fill)
{
    GeometryPainter geometry(painter, frame);
    for (const ContextFeature &f : store.zones()) {
        if (!f.geometry.bounds().intersects(frame.extent))
            continue;
        const QColor colour = QColor::fromRgb(zoneColour(f.name));
        if (fill) {
            QColor light = colour;
            light.setAlpha(110);
            painter.setPen(Qt::NoPen);
            painter.setBrush(light);
            geometry.drawPolygons(f.geometry);
        } else {
            painter.setPen(QPen(colour.darker(140), 0, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            geometry.drawLines(f.geometry);
        }
    }
}

// One pixel per small parcel, written straight into an image when the painter draws on pixels, or
// as tiny rectangles on vector devices (PDF, SVG) where there are no pixels to write.
class DotLayer
{
public:
    DotLayer(QPainter &painter, const Frame &frame) : mPainter(painter), mFrame(frame)
    {
        QPaintDevice *device = painter.device();
        const QTransform t = painter.deviceTransform();
        mRaster = device && painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                  && t.type() <= QTransform::TxScale;
        if (mRaster) {
            mDeviceTransform = t;
            mWidth = int(std::lround(device->width() * device->devicePixelRatioF()));
            mHeight = int(std::lround(device->height() * device->devicePixelRatioF()));
        }
    }

    /// One pixel at \a logical.
    void add(const QPointF &logical, QRgb colour)
    {
        const double side = 1.0 / mFrame.dpr;
        addRect(QRectF(logical.x() - side / 2, logical.y() - side / 2, side, side), colour);
    }

    /// Every pixel \a logical touches: a sliver's bounds, which at this size is its shape.
    void addRect(const QRectF &logical, QRgb colour)
    {
        if (!mRaster) {
            mRects[colour].push_back(logical);
            return;
        }
        const QRectF d = mDeviceTransform.mapRect(logical);
        const int x0 = std::max(0, int(std::floor(d.left() + 0.25))), y0 = std::max(0, int(std::floor(d.top() + 0.25)));
        const int x1 = std::min(mWidth - 1, int(std::floor(d.right() - 0.25)));
        const int y1 = std::min(mHeight - 1, int(std::floor(d.bottom() - 0.25)));
        if (x0 > x1 || y0 > y1) {
            // Narrower than half a pixel: the pixel under its centre.
            const QPointF c = d.center();
            const int x = int(std::floor(c.x())), y = int(std::floor(c.y()));
            if (x >= 0 && y >= 0 && x < mWidth && y < mHeight)
                pixels()[qsizetype(y) * mStride + x] = colour | 0xff000000u;
            return;
        }
        QRgb *bits = pixels();
        for (int y = y0; y <= y1; ++y)
            std::fill_n(bits + qsizetype(y) * mStride + x0, x1 - x0 + 1, colour | 0xff000000u);
    }

    bool isRaster() const { return mRaster; }

    /// A small polygon (with holes, even-odd), scan-converted at pixel centres, optionally with a
    /// one-pixel outline. Qt's rasterizer costs about a microsecond to set up per polygon, which
    /// is most of the time when tens of thousands of parcels of a few pixels are on screen.
    void fillPolygon(const Geometry &g, QRgb colour, QRgb outline)
    {
        mEdges.clear();
        double top = 1e300, bottom = -1e300;
        for (const Polygon &poly : g.polygons)
            for (const Path &ring : poly.rings) {
                const std::size_t n = ring.size();
                if (n < 3)
                    continue;
                QPointF prev = mDeviceTransform.map(mFrame.map(ring[n - 1]));
                for (const QPointF &p : ring) {
                    const QPointF cur = mDeviceTransform.map(mFrame.map(p));
                    mEdges.push_back({prev, cur});
                    top = std::min(top, cur.y());
                    bottom = std::max(bottom, cur.y());
                    prev = cur;
                }
            }
        if (mEdges.empty())
            return;
        QRgb *bits = pixels();
        const QRgb solid = colour | 0xff000000u;
        const int y0 = std::max(0, int(std::ceil(top - 0.5))), y1 = std::min(mHeight - 1, int(std::floor(bottom - 0.5)));
        for (int y = y0; y <= y1; ++y) {
            const double yc = y + 0.5;
            mCrossings.clear();
            for (const auto &[a, b] : mEdges)
                if ((a.y() > yc) != (b.y() > yc))
                    mCrossings.push_back(a.x() + (yc - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            std::sort(mCrossings.begin(), mCrossings.end());
            QRgb *line = bits + qsizetype(y) * mStride;
            for (std::size_t k = 0; k + 1 < mCrossings.size(); k += 2) {
                const int x0 = std::max(0, int(std::ceil(mCrossings[k] - 0.5)));
                const int x1 = std::min(mWidth - 1, int(std::ceil(mCrossings[k + 1] - 0.5)) - 1);
                if (x0 <= x1)
                    std::fill_n(line + x0, x1 - x0 + 1, solid);
            }
        }
        if (qAlpha(outline) == 0)
            return;
        for (const auto &[a, b] : mEdges)
            blendLine(a, b, outline);
    }

    void flush()
    {
        if (!mImage.isNull()) {
            mPainter.save();
            mPainter.resetTransform();
            mPainter.drawImage(QPointF(0, 0), mImage);
            mPainter.restore();
            mImage = QImage();
        }
        if (!mRects.empty()) {
            mPainter.save();
            mPainter.setPen(Qt::NoPen);
            mPainter.setRenderHint(QPainter::Antialiasing, false);
            for (const auto &[colour, rects] : mRects) {
                mPainter.setBrush(QColor::fromRgb(colour));
                mPainter.drawRects(rects.data(), int(rects.size()));
            }
            mPainter.restore();
            mRects.clear();
        }
    }

private:
    // Bresenham, blending a (non-premultiplied) colour over what is there.
    void blendLine(const QPointF &from, const QPointF &to, QRgb colour)
    {
        const QRgb premultiplied = qPremultiply(colour);
        const int alpha = qAlpha(colour);
        int x = int(std::floor(from.x())), y = int(std::floor(from.y()));
        const int x1 = int(std::floor(to.x())), y1 = int(std::floor(to.y()));
        const int dx = std::abs(x1 - x), dy = -std::abs(y1 - y);
        const int sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
        int err = dx + dy;
        QRgb *bits = pixels();
        for (;;) {
            if (x >= 0 && y >= 0 && x < mWidth && y < mHeight) {
                QRgb &d = bits[qsizetype(y) * mStride + x];
                const int inverse = 255 - alpha;
                auto channel = [inverse](int s, int t) { return s + (t * inverse + 127) / 255; };
                d = qRgba(channel(qRed(premultiplied), qRed(d)), channel(qGreen(premultiplied), qGreen(d)),
                          channel(qBlue(premultiplied), qBlue(d)), channel(alpha, qAlpha(d)));
            }
            if (x == x1 && y == y1)
                break;
            const int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    QRgb *pixels()
    {
        if (mImage.isNull()) {
            mImage = QImage(mWidth, mHeight, QImage::Format_ARGB32_Premultiplied);
            mImage.fill(Qt::transparent);
            mBits = reinterpret_cast<QRgb *>(mImage.bits());
            mStride = mImage.bytesPerLine() / 4;
        }
        return mBits;
    }

    QPainter &mPainter;
    const Frame &mFrame;
    bool mRaster = false;
    QTransform mDeviceTransform;
    int mWidth = 0, mHeight = 0;
    QImage mImage;
    QRgb *mBits = nullptr;
    qsizetype mStride = 0;
    std::unordered_map<QRgb, std::vector<QRectF>> mRects;
    std::vector<std::pair<QPointF, QPointF>> mEdges;
    std::vector<double> mCrossings;
};

bool paintParcels(QPainter &painter, const ParcelStore &store, const Frame &frame, const RenderOptions &options,
                  const std::vector<qint64> &rows, std::vector<qint64> &labelRows, const std::atomic<bool> *cancel)
{
    const ColourTable colours(store, options.style);
    const ParcelField field = styleField(options.style);
    const std::vector<bool> *highlight = options.highlight;
    auto highlighted = [highlight](qint64 row) {
        return !highlight || (std::size_t(row) < highlight->size() && (*highlight)[std::size_t(row)]);
    };

    const double pxPerMetre = frame.scale * frame.dpr;   // device pixels, for the level of detail
    GeometryPainter geometry(painter, frame);
    DotLayer dots(painter, frame);
    const QPen outline(kParcelOutline, 0);
    bool outlined = false;
    painter.setPen(Qt::NoPen);
    // Antialiased maps are Qt's to draw; without antialiasing ours are the same pixels, faster.
    const bool ownRaster = dots.isRaster() && !painter.testRenderHint(QPainter::Antialiasing);
    QRgb currentBrush = 0;
    bool brushSet = false;

    std::size_t i = 0;
    for (qint64 row : rows) {
        if (++i % kCancelEvery == 0 && isCancelled(cancel))
            return false;
        const QRectF b = store.bounds(row);
        const double w = b.width() * pxPerMetre, h = b.height() * pxPerMetre;
        const QRgb colour = colours.colour(store.code(row, field), !highlighted(row));
        if (std::max(w, h) < kDotBelowPx) {
            dots.add(frame.map(b.center()), colour);
            continue;
        }
        if (std::min(w, h) < kDotBelowPx || std::max(w, h) < kOutlineFromPx) {
            dots.addRect(QRectF(frame.map(b.topLeft()), frame.map(b.bottomRight())).normalized(), colour);
            continue;
        }
        const bool wantOutline = options.outlines && std::min(w, h) >= kOutlineFromPx;
        if (wantOutline != outlined) {
            painter.setPen(wantOutline ? outline : QPen(Qt::NoPen));
            outlined = wantOutline;
        }
        if (!brushSet || colour != currentBrush) {
            painter.setBrush(QColor::fromRgb(colour));
            currentBrush = colour;
            brushSet = true;
        }
        if (ownRaster && std::max(w, h) <= kOwnRasterBelowPx) {
            dots.fillPolygon(store.geometry(row), colour, wantOutline ? kParcelOutline.rgba() : 0);
            continue;
        }
        geometry.drawPolygons(store.geometry(row));
        if (options.labels && w / frame.dpr >= kLabelFromPx)
            labelRows.push_back(row);
    }
    dots.flush();
    return true;
}

// Outlines over the parcels: a query's result, then the selection. Small parcels get a marker so
// that a selected sub-pixel parcel can still be found on the map.
bool paintEmphasis(QPainter &painter, const ParcelStore &store, const Frame &frame, const std::vector<qint64> &rows,
                   const std::vector<bool> &flags, const QPen &pen, const QColor &marker, double markerSide,
                   const std::atomic<bool> *cancel)
{
    GeometryPainter geometry(painter, frame);
    const double pxPerMetre = frame.scale * frame.dpr;
    std::vector<QRectF> markers;
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    std::size_t i = 0;
    for (qint64 row : rows) {
        if (++i % kCancelEvery == 0 && isCancelled(cancel))
            return false;
        if (std::size_t(row) >= flags.size() || !flags[std::size_t(row)])
            continue;
        const QRectF b = store.bounds(row);
        if (std::max(b.width(), b.height()) * pxPerMetre < kDotBelowPx) {
            const QPointF c = frame.map(b.center());
            markers.push_back(QRectF(c.x() - markerSide / 2, c.y() - markerSide / 2, markerSide, markerSide));
            continue;
        }
        geometry.drawPolygons(store.geometry(row));
    }
    if (!markers.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(marker);
        painter.drawRects(markers.data(), int(markers.size()));
    }
    return true;
}

void paintInfrastructure(QPainter &painter, const ParcelStore &store, const Frame &frame)
{
    GeometryPainter geometry(painter, frame);
    const auto &features = store.infrastructure();
    auto planned = [](const ContextFeature &f) {
        return f.status == QLatin1String("design") || f.status == QLatin1String("проектирование");
    };
    // Lines first, roads under pipelines, so that the point symbols stay on top.
    painter.setBrush(Qt::NoBrush);
    for (const ContextFeature &f : features)
        if (f.kind == QLatin1String("highway")) {
            painter.setPen(QPen(QColor(255, 255, 255, 230), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            geometry.drawLines(f.geometry);
        }
    for (const ContextFeature &f : features)
        if (f.kind == QLatin1String("highway")) {
            QPen pen(QColor(85, 85, 90), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            if (planned(f))
                pen.setColor(QColor(140, 140, 145));
            painter.setPen(pen);
            geometry.drawLines(f.geometry);
        }
    for (const ContextFeature &f : features)
        if (f.kind == QLatin1String("gas_pipeline")) {
            painter.setPen(QPen(QColor(240, 140, 20), 2, Qt::DashLine, Qt::FlatCap));
            geometry.drawLines(f.geometry);
        }

    const double r = 6;
    for (const ContextFeature &f : features) {
        const bool isPoint = f.kind == QLatin1String("substation") || f.kind == QLatin1String("water_intake")
                             || f.kind == QLatin1String("wastewater_treatment");
        if (!isPoint)
            continue;
        for (const QPointF &mapPoint : f.geometry.points) {
            if (!frame.extent.adjusted(-1e4, -1e4, 1e4, 1e4).contains(mapPoint))
                continue;
            const QPointF c = frame.map(mapPoint);
            painter.setPen(QPen(QColor(40, 40, 40), 1.2));
            if (f.kind == QLatin1String("substation")) {
                painter.setBrush(QColor(250, 204, 20));
                const QPointF triangle[3] = {c + QPointF(0, -r * 1.2), c + QPointF(r * 1.1, r * 0.8),
                                             c + QPointF(-r * 1.1, r * 0.8)};
                painter.drawPolygon(triangle, 3);
                // A small bolt inside: the usual sign for power.
                const QPointF bolt[4] = {c + QPointF(1.5, -5), c + QPointF(-2, 1), c + QPointF(1.5, 0),
                                         c + QPointF(-1.5, 5)};
                painter.setPen(QPen(QColor(40, 40, 40), 1.2));
                painter.drawPolyline(bolt, 4);
            } else if (f.kind == QLatin1String("water_intake")) {
                painter.setBrush(QColor(40, 110, 225));
                painter.drawEllipse(c, r, r);
            } else {
                painter.setBrush(QColor(140, 90, 50));
                painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            }
        }
    }
}

void paintLabels(QPainter &painter, const ParcelStore &store, const Frame &frame, std::vector<qint64> rows,
                 const QSizeF &viewSize, const std::atomic<bool> *cancel)
{
    // Largest parcels first: when labels collide, the bigger parcel keeps its number.
    std::sort(rows.begin(), rows.end(), [&store](qint64 a, qint64 b) {
        const QRectF ba = store.bounds(a), bb = store.bounds(b);
        return ba.width() * ba.height() > bb.width() * bb.height();
    });
    QFont font = painter.font();
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const QRectF screen(QPointF(0, 0), viewSize);
    std::vector<QRectF> placed;
    std::size_t i = 0;
    for (qint64 row : rows) {
        if (++i % 64 == 0 && isCancelled(cancel))
            return;
        const QString text = store.value(row, ParcelField::CadastralNumber).toString();
        if (text.isEmpty())
            continue;
        const QPointF at = frame.map(store.labelPoint(row));
        const double width = metrics.horizontalAdvance(text);
        const QRectF box(at.x() - width / 2 - 2, at.y() - metrics.height() / 2 - 1, width + 4, metrics.height() + 2);
        if (!screen.contains(box))
            continue;
        if (std::any_of(placed.begin(), placed.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        drawHaloText(painter, QPointF(at.x() - width / 2, at.y() - metrics.height() / 2 + metrics.ascent()), text,
                     QColor(25, 25, 25), QColor(255, 255, 255, 230));
    }
}

// Whether parcels are mostly sub-pixel: judged on a sample of those in view.
bool parcelsSubPixel(const ParcelStore &store, const Frame &frame, const std::vector<qint64> &rows)
{
    if (rows.empty())
        return store.size() > 0;   // nothing in view: zones are all there is to see
    std::vector<double> sizes;
    const std::size_t step = std::max<std::size_t>(1, rows.size() / 255);
    for (std::size_t i = 0; i < rows.size(); i += step) {
        const QRectF b = store.bounds(rows[i]);
        sizes.push_back(std::max(b.width(), b.height()) * frame.scale * frame.dpr);
    }
    std::nth_element(sizes.begin(), sizes.begin() + std::ptrdiff_t(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2] < kDotBelowPx;
}

} // namespace

double MapView::metresPerPixel() const
{
    if (size.width() <= 0 || size.height() <= 0)
        return 0;
    return fittedExtent().width() / size.width();
}

QRectF MapView::fittedExtent() const
{
    if (size.width() <= 0 || size.height() <= 0 || extent.isEmpty())
        return extent;
    const double aspect = double(size.width()) / size.height();
    QRectF fitted = extent;
    if (extent.width() / extent.height() < aspect)
        fitted.setWidth(extent.height() * aspect);
    else
        fitted.setHeight(extent.width() / aspect);
    fitted.moveCenter(extent.center());
    return fitted;
}

QPointF MapView::toPixel(const QPointF &map) const
{
    const QRectF f = fittedExtent();
    const double mpp = metresPerPixel();
    if (mpp <= 0)
        return {};
    return QPointF((map.x() - f.left()) / mpp, (f.bottom() - map.y()) / mpp);
}

QPointF MapView::toMap(const QPointF &pixel) const
{
    const QRectF f = fittedExtent();
    const double mpp = metresPerPixel();
    return QPointF(f.left() + pixel.x() * mpp, f.bottom() - pixel.y() * mpp);
}

QColor MapRenderer::backgroundColour()
{
    return kBackground;
}

QImage MapRenderer::render(const ParcelStore &store, const MapView &view, const RenderOptions &options,
                           const std::atomic<bool> *cancel)
{
    const double dpr = view.devicePixelRatio > 0 ? view.devicePixelRatio : 1.0;
    const QSize pixels(int(std::lround(view.size.width() * dpr)), int(std::lround(view.size.height() * dpr)));
    if (pixels.isEmpty() || view.extent.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(dpr);
    image.fill(kBackground);
    QPainter painter(&image);
    const bool done = paint(painter, store, view, options, cancel);
    painter.end();
    return done ? image : QImage();
}

bool MapRenderer::paint(QPainter &painter, const ParcelStore &store, const MapView &view, const RenderOptions &options,
                        const std::atomic<bool> *cancel)
{
    if (view.size.isEmpty() || view.extent.isEmpty())
        return !isCancelled(cancel);
    const Frame frame(view);
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(view.size)), Qt::IntersectClip);
    const bool text = canDrawText();

    // The whole store in view: every row, without asking the index.
    std::vector<qint64> rows;
    if (frame.extent.contains(store.extent())) {
        rows.resize(std::size_t(store.size()));
        for (qint64 r = 0; r < store.size(); ++r)
            rows[std::size_t(r)] = r;
    } else {
        rows = store.parcelsIn(frame.extent);
    }
    const bool zoomedOut = parcelsSubPixel(store, frame, rows);
    painter.setRenderHint(QPainter::Antialiasing, qsizetype(rows.size()) < kAntialiasBelow);

    auto finish = [&painter](bool result) {
        painter.restore();
        return result;
    };

    paintSezParts(painter, store, frame);
    paintCityLimits(painter, store, frame);
    paintDistricts(painter, store, frame);
    paintZones(painter, store, frame, zoomedOut);
    if (isCancelled(cancel))
        return finish(false);

    std::vector<qint64> labelRows;
    if (options.parcels && !paintParcels(painter, store, frame, options, rows, labelRows, cancel))
        return finish(false);
    if (options.highlight && options.highlightOutlines
        && !paintEmphasis(painter, store, frame, rows, *options.highlight, QPen(kHighlightOutline, 1.5),
                          kHighlightOutline, 3, cancel))
        return finish(false);
    if (options.selection
        && !paintEmphasis(painter, store, frame, rows, *options.selection, QPen(kSelection, 2), kSelection, 5, cancel))
        return finish(false);
    if (options.parcels)
        paintCityOverlay(painter, store, frame);
    if (options.infrastructure)
        paintInfrastructure(painter, store, frame);
    if (options.labels && text && zoomedOut)
        paintDistrictNames(painter, store, frame);
    if (options.labels && text && !labelRows.empty())
        paintLabels(painter, store, frame, std::move(labelRows), QSizeF(view.size), cancel);
    return finish(!isCancelled(cancel));
}

QColor MapRenderer::parcelColour(const ParcelStore &store, qint64 row, ParcelStyle style)
{
    return QColor::fromRgb(colourOf(store, style, store.code(row, styleField(style))));
}

std::vector<LegendEntry> MapRenderer::legend(const ParcelStore &store, ParcelStyle style)
{
    std::vector<LegendEntry> entries;
    const QStringList &dict = store.dictionary(styleField(style));
    auto add = [&](int code) { entries.push_back({dict.at(code), QColor::fromRgb(colourOf(store, style, code))}); };
    std::vector<bool> listed(std::size_t(dict.size()), false);

    if (style == ParcelStyle::Investor) {
        const auto colours = investorColours(store);
        for (std::size_t rank = 0; rank < colours->ranked.size() && rank < kQualitative.size(); ++rank) {
            add(colours->ranked[rank]);
            listed[std::size_t(colours->ranked[rank])] = true;
        }
        if (colours->ranked.size() > kQualitative.size())
            entries.push_back({QStringLiteral("other"), kOtherInvestor});
    } else {
        auto addKnown = [&](const char *key) {
            const int code = int(dict.indexOf(QLatin1String(key)));
            if (code >= 0) {
                add(code);
                listed[std::size_t(code)] = true;
            }
        };
        for (const NamedColour &c : kZoneColours)
            if (style == ParcelStyle::Zone)
                addKnown(c.key);
        for (const NamedColour &c : kStatusColours)
            if (style == ParcelStyle::Status)
                addKnown(c.key);
        // Values the palette does not know, after the known ones.
        for (int code = 0; code < dict.size(); ++code)
            if (!listed[std::size_t(code)] && !dict.at(code).isEmpty())
                add(code);
    }
    // "No value" last, keyed by the empty string.
    const int none = int(dict.indexOf(QString()));
    if (none >= 0)
        add(none);
    return entries;
}

std::vector<LegendEntry> MapRenderer::contextLegend()
{
    return {
        {QStringLiteral("sez_inside_city"), kSezInside},
        {QStringLiteral("sez_outside_city"), kSezOutside},
        {QStringLiteral("city_limits"), kCityLimits},
        {QStringLiteral("district"), kDistrict},
        {QStringLiteral("substation"), QColor(250, 204, 20)},
        {QStringLiteral("water_intake"), QColor(40, 110, 225)},
        {QStringLiteral("gas_pipeline"), QColor(240, 140, 20)},
        {QStringLiteral("wastewater_treatment"), QColor(140, 90, 50)},
        {QStringLiteral("highway"), QColor(85, 85, 90)},
    };
}

} // namespace sez
