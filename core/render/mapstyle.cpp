// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/mapstyle.h"

#include "core/model/humanlabels.h"
#include "core/render/rendercontext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace sez {

namespace {

const QColor kBackground(247, 247, 243);
const QColor kNoValue(204, 204, 204);         // parcels without a zone, status or investor
const QColor kOtherInvestor(150, 150, 165);   // investors beyond the palette's
const QColor kParcelOutline(30, 30, 30, 120);
const QColor kSezInside(238, 233, 218);
const QColor kSezOutside(218, 233, 222);
const QColor kSezOutsideHatch(160, 190, 168);
const QColor kSezOutline(96, 128, 104);
const QColor kOutsideOverlayHatch(40, 70, 50, 110);
const QColor kCityLimits(150, 60, 60);
const QColor kCasing(255, 255, 255, 220);
const QColor kDistrict(120, 120, 130);
const QColor kHighlight(20, 20, 20);
const QColor kSelection(0, 210, 255);
const QColor kSymbolOutline(40, 40, 40);
constexpr double kFadeToBackground = 0.75;   // parcels outside a highlighted result

struct NamedColour
{
    const char *key;
    QRgb rgb;
};

// The zones and statuses in the order of their legends.
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

// Strong, well-separated colours (Tableau 10 without its grey, which stands for "none"), taken
// first by the largest investors and by values the zone and status tables do not know.
constexpr std::array<QRgb, 9> kQualitative = {
    qRgb(31, 119, 180), qRgb(255, 127, 14), qRgb(44, 160, 44), qRgb(214, 39, 40), qRgb(148, 103, 189),
    qRgb(140, 86, 75), qRgb(227, 119, 194), qRgb(188, 189, 34), qRgb(23, 190, 207),
};
// Investors beyond this many share the "other" colour: no palette tells more apart.
constexpr std::size_t kMaxInvestorColours = 64;

struct Lab
{
    double l, a, b;
};

// CIE L*a*b* (D65) of an sRGB colour: distances in it follow what the eye tells apart.
Lab toLab(QRgb rgb)
{
    auto linear = [](int c) {
        const double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = linear(qRed(rgb)), g = linear(qGreen(rgb)), b = linear(qBlue(rgb));
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double labDistance(const Lab &p, const Lab &q)
{
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

// kMaxInvestorColours colours as far apart as a greedy choice gets them: the strong palette first,
// then each time the candidate farthest from every colour taken and from the map's greys and
// background. Neither too dark for the outlines nor pale enough to pass for "no value".
const std::vector<QRgb> &distinctPalette()
{
    static const std::vector<QRgb> palette = [] {
        std::vector<QRgb> out(kQualitative.begin(), kQualitative.end());
        std::vector<Lab> avoid = {toLab(kBackground.rgb()), toLab(kNoValue.rgb()), toLab(kOtherInvestor.rgb())};
        std::vector<QRgb> candidates;
        for (int r = 0; r < 256; r += 17)
            for (int g = 0; g < 256; g += 17)
                for (int b = 0; b < 256; b += 17) {
                    const Lab lab = toLab(qRgb(r, g, b));
                    if (lab.l >= 35 && lab.l <= 85 && std::hypot(lab.a, lab.b) >= 30)
                        candidates.push_back(qRgb(r, g, b));
                }
        std::vector<double> nearest(candidates.size(), 1e300);
        auto take = [&](const Lab &lab) {
            for (std::size_t i = 0; i < candidates.size(); ++i)
                nearest[i] = std::min(nearest[i], labDistance(lab, toLab(candidates[i])));
        };
        for (const Lab &lab : avoid)
            take(lab);
        for (QRgb c : out)
            take(toLab(c));
        while (out.size() < kMaxInvestorColours) {
            const auto best = std::max_element(nearest.begin(), nearest.end());
            const QRgb c = candidates[std::size_t(best - nearest.begin())];
            out.push_back(c);
            take(toLab(c));
        }
        return out;
    }();
    return palette;
}

// FNV-1a over the UTF-16 text: unlike qHash it is the same on every platform, run and Qt version,
// so a value the palette does not know keeps its colour between sessions and in exported maps.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h = (h ^ (c.unicode() & 0xff)) * 16777619u;
        h = (h ^ (c.unicode() >> 8)) * 16777619u;
    }
    return h;
}

template<std::size_t N>
const NamedColour *findNamed(const std::array<NamedColour, N> &table, const QString &key)
{
    for (const NamedColour &c : table)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

template<std::size_t N>
QRgb namedOrHashed(const std::array<NamedColour, N> &table, const QString &key)
{
    if (key.isEmpty())
        return kNoValue.rgb();
    const NamedColour *named = findNamed(table, key);
    return named ? named->rgb : kQualitative[stableHash(key) % kQualitative.size()];
}

QRgb blend(QRgb a, QRgb b, double t)
{
    auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

std::vector<QRgb> faded(const std::vector<QRgb> &colours)
{
    std::vector<QRgb> out;
    out.reserve(colours.size());
    for (QRgb c : colours)
        out.push_back(blend(c, kBackground.rgb(), kFadeToBackground));
    return out;
}

Symbol area(const QColor &fill, const QColor &stroke = QColor(), const QColor &hatch = QColor())
{
    Symbol s;
    s.shape = Symbol::Shape::Area;
    s.fill = fill;
    s.stroke = stroke;
    s.hatch = hatch;
    return s;
}

Symbol line(const QColor &stroke, double width, Qt::PenStyle dash = Qt::SolidLine, Qt::PenCapStyle cap = Qt::SquareCap)
{
    Symbol s;
    s.shape = Symbol::Shape::Line;
    s.stroke = stroke;
    s.width = width;
    s.dash = dash;
    s.cap = cap;
    return s;
}

Symbol point(Symbol::Shape shape, const QColor &fill)
{
    Symbol s;
    s.shape = shape;
    s.fill = fill;
    s.stroke = kSymbolOutline;
    s.width = 1.2;
    s.radius = 6;
    return s;
}

} // namespace

QPen Symbol::pen() const
{
    if (!stroke.isValid())
        return QPen(Qt::NoPen);
    QPen p(stroke, width, dash, cap, cap == Qt::RoundCap ? Qt::RoundJoin : Qt::BevelJoin);
    return p;
}

QPen Symbol::casingPen() const
{
    if (!casing.isValid())
        return QPen(Qt::NoPen);
    return QPen(casing, casingWidth, Qt::SolidLine, cap, cap == Qt::RoundCap ? Qt::RoundJoin : Qt::BevelJoin);
}

MapStyle::MapStyle(const ParcelStore &store)
    : mZoneCodes(store.dictionary(ParcelField::Zone))
    , mStatusCodes(store.dictionary(ParcelField::Status))
    , mInvestorNames(store.dictionary(ParcelField::Investor))
{
    for (const QString &zone : mZoneCodes)
        mZone.push_back(namedOrHashed(kZoneColours, zone));
    for (const QString &status : mStatusCodes)
        mStatus.push_back(namedOrHashed(kStatusColours, status));
    rankInvestors(store);
    mOtherLayers = store.otherLayers();
    for (const QString &layer : mOtherLayers) {
        Symbol::Shape shape = Symbol::Shape::Circle;
        for (const ContextFeature &f : store.otherFeatures())
            if (f.kind == layer) {
                shape = !f.geometry.polygons.empty() ? Symbol::Shape::Area : !f.geometry.lines.empty() ? Symbol::Shape::Line : Symbol::Shape::Circle;
                break;
            }
        mOtherShapes.push_back(shape);
    }
    mZoneFaded = faded(mZone);
    mStatusFaded = faded(mStatus);
    mInvestorFaded = faded(mInvestor);
}

// Every investor gets a colour of its own, told apart from the others' by the eye: the largest by
// investment (then by area) take the strongest colours, so the ones a map reader looks for stand
// out; only beyond the palette's size do the smallest share one "other" colour.
void MapStyle::rankInvestors(const ParcelStore &store)
{
    const QStringList &names = mInvestorNames;
    std::vector<double> investment(std::size_t(names.size()), 0.0), area(std::size_t(names.size()), 0.0);
    for (qint64 r = 0; r < store.size(); ++r) {
        const int code = store.code(r, ParcelField::Investor);
        if (code < 0 || code >= names.size())
            continue;
        bool isNull = false;
        const double kzt = store.number(r, int(ParcelField::InvestmentKzt), &isNull);
        if (!isNull)
            investment[std::size_t(code)] += kzt;
        area[std::size_t(code)] += store.officialAreaHa(r) > 0 ? store.officialAreaHa(r) : store.computedAreaHa(r);
    }
    std::vector<int> ranked;
    for (int code = 0; code < names.size(); ++code)
        if (!names.at(code).isEmpty())
            ranked.push_back(code);
    std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        const std::size_t i = std::size_t(a), j = std::size_t(b);
        if (investment[i] != investment[j])
            return investment[i] > investment[j];
        if (area[i] != area[j])
            return area[i] > area[j];
        return names.at(a) < names.at(b);
    });
    mInvestor.assign(std::size_t(names.size()), kOtherInvestor.rgb());
    for (int code = 0; code < names.size(); ++code)
        if (names.at(code).isEmpty())
            mInvestor[std::size_t(code)] = kNoValue.rgb();
    const std::vector<QRgb> &palette = distinctPalette();
    mOtherInvestors = ranked.size() > palette.size();
    if (mOtherInvestors)
        ranked.resize(palette.size());
    for (std::size_t rank = 0; rank < ranked.size(); ++rank)
        mInvestor[std::size_t(ranked[rank])] = palette[rank];
    mRankedInvestors = std::move(ranked);
}

ParcelField MapStyle::field(ParcelStyle style)
{
    switch (style) {
    case ParcelStyle::Zone: return ParcelField::Zone;
    case ParcelStyle::Status: return ParcelField::Status;
    case ParcelStyle::Investor: return ParcelField::Investor;
    }
    return ParcelField::Zone;
}

QColor MapStyle::background()
{
    return kBackground;
}

const std::vector<QRgb> &MapStyle::parcelColours(ParcelStyle style, bool fade) const
{
    return style == ParcelStyle::Zone     ? (fade ? mZoneFaded : mZone)
           : style == ParcelStyle::Status ? (fade ? mStatusFaded : mStatus)
                                          : (fade ? mInvestorFaded : mInvestor);
}

QRgb MapStyle::parcelColour(ParcelStyle style, int code, bool fade) const
{
    const std::vector<QRgb> &table = parcelColours(style, fade);
    if (code < 0 || std::size_t(code) >= table.size())
        return fade ? blend(kNoValue.rgb(), kBackground.rgb(), kFadeToBackground) : kNoValue.rgb();
    return table[std::size_t(code)];
}

QColor MapStyle::parcelColour(const ParcelStore &store, qint64 row, ParcelStyle style) const
{
    return QColor::fromRgb(parcelColour(style, store.code(row, field(style))));
}

std::vector<LegendEntry> MapStyle::legend(ParcelStyle style) const
{
    const ParcelField f = field(style);
    const QStringList &values = style == ParcelStyle::Zone ? mZoneCodes : style == ParcelStyle::Status ? mStatusCodes : mInvestorNames;
    std::vector<LegendEntry> entries;
    std::vector<bool> listed(std::size_t(values.size()), false);
    auto add = [&](int code) {
        listed[std::size_t(code)] = true;
        entries.push_back({values.at(code), HumanLabels::value(f, values.at(code)),
                           area(QColor::fromRgb(parcelColour(style, code)))});
    };
    if (style == ParcelStyle::Investor) {
        for (int code : mRankedInvestors)
            add(code);
        if (mOtherInvestors)
            entries.push_back({QStringLiteral("other"), tr("Other investors"), area(kOtherInvestor)});
    } else {
        auto addKnown = [&](const char *key) {
            const int code = int(values.indexOf(QLatin1String(key)));
            if (code >= 0)
                add(code);
        };
        if (style == ParcelStyle::Zone)
            for (const NamedColour &c : kZoneColours)
                addKnown(c.key);
        else
            for (const NamedColour &c : kStatusColours)
                addKnown(c.key);
        // Values the palette does not know, after the known ones.
        for (int code = 0; code < values.size(); ++code)
            if (!listed[std::size_t(code)] && !values.at(code).isEmpty())
                add(code);
    }
    // "No value" last, keyed by the empty string.
    const int none = int(values.indexOf(QString()));
    if (none >= 0)
        entries.push_back({QString(), HumanLabels::value(f, QString()), area(kNoValue)});
    return entries;
}

std::vector<LegendEntry> MapStyle::legendInView(const ParcelStore &store, ParcelStyle style, const QRectF &extent) const
{
    std::vector<LegendEntry> all = legend(style);
    if (extent.contains(store.extent()))
        return all;
    const ParcelField f = field(style);
    const QStringList &values = store.dictionary(f);
    std::vector<bool> shown(std::size_t(values.size()), false);
    bool other = false;
    for (qint64 row : store.parcelsIn(extent)) {
        const int code = store.code(row, f);
        if (code < 0 || code >= values.size())
            continue;
        shown[std::size_t(code)] = true;
        other = other || (style == ParcelStyle::Investor && mInvestor[std::size_t(code)] == kOtherInvestor.rgb());
    }
    std::vector<LegendEntry> out;
    for (LegendEntry &entry : all) {
        const int code = int(values.indexOf(entry.key));
        const bool isOther = style == ParcelStyle::Investor && entry.key == QLatin1String("other") && code < 0;
        if ((isOther && other) || (code >= 0 && shown[std::size_t(code)]))
            out.push_back(std::move(entry));
    }
    return out;
}

QColor MapStyle::parcelOutline() const
{
    return kParcelOutline;
}

QColor MapStyle::zoneColour(const QString &zone) const
{
    return QColor::fromRgb(namedOrHashed(kZoneColours, zone));
}

Symbol MapStyle::zoneOutline(const QString &zone) const
{
    return line(zoneColour(zone).darker(140), 0, Qt::DotLine);
}

Symbol MapStyle::sezPart(CitySide side) const
{
    // A part on neither side (no city limits in the dataset) is drawn as the city's.
    Symbol s = side == CitySide::Outside ? area(kSezOutside, kSezOutline, kSezOutsideHatch) : area(kSezInside, kSezOutline);
    s.width = 1.5;
    return s;
}

Symbol MapStyle::outsideCityOverlay() const
{
    return area(QColor(), QColor(), kOutsideOverlayHatch);
}

Symbol MapStyle::cityLimits() const
{
    Symbol s = line(kCityLimits, 2, Qt::DashLine);
    s.casing = kCasing;
    s.casingWidth = 4;
    return s;
}

Symbol MapStyle::district() const
{
    return line(kDistrict, 0);
}

Symbol MapStyle::highlight() const
{
    Symbol s = line(kHighlight, 1.5);
    s.fill = kHighlight;   // the marker of a parcel too small to outline
    s.radius = 1.5;
    return s;
}

Symbol MapStyle::selection() const
{
    Symbol s = line(kSelection, 2);
    s.fill = kSelection;
    s.radius = 2.5;
    return s;
}

Symbol MapStyle::infrastructure(const QString &kind, bool planned) const
{
    if (kind == QLatin1String("highway")) {
        Symbol s = line(planned ? QColor(140, 140, 145) : QColor(85, 85, 90), 3.5, Qt::SolidLine, Qt::RoundCap);
        s.casing = QColor(255, 255, 255, 230);
        s.casingWidth = 6;
        return s;
    }
    if (kind == QLatin1String("gas_pipeline"))
        return line(QColor(240, 140, 20), 2, Qt::DashLine, Qt::FlatCap);
    if (kind == QLatin1String("substation"))
        return point(Symbol::Shape::TriangleWithBolt, QColor(250, 204, 20));
    if (kind == QLatin1String("water_intake"))
        return point(Symbol::Shape::Circle, QColor(40, 110, 225));
    if (kind == QLatin1String("wastewater_treatment"))
        return point(Symbol::Shape::Square, QColor(140, 90, 50));
    return {};
}

QStringList MapStyle::infrastructureKinds() const
{
    // Roads under pipelines, lines under point symbols.
    return {QStringLiteral("highway"), QStringLiteral("gas_pipeline"), QStringLiteral("substation"),
            QStringLiteral("water_intake"), QStringLiteral("wastewater_treatment")};
}

Symbol MapStyle::otherLayer(const QString &layer) const
{
    // Darker colours of the qualitative palette, by the layer's name so that it keeps its colour.
    const QColor colour = QColor::fromRgb(kQualitative[stableHash(layer) % 9]).darker(120);
    QColor tint = colour;
    tint.setAlpha(40);
    const qsizetype index = mOtherLayers.indexOf(layer);
    const Symbol::Shape shape = index >= 0 ? mOtherShapes[std::size_t(index)] : Symbol::Shape::Area;
    Symbol s = shape == Symbol::Shape::Area ? area(tint, colour) : shape == Symbol::Shape::Line ? line(colour, 1.5) : point(Symbol::Shape::Circle, colour);
    if (shape == Symbol::Shape::Area)
        s.width = 1.2;
    if (shape == Symbol::Shape::Circle)
        s.radius = 3.5;
    return s;
}

std::vector<LegendEntry> MapStyle::contextLegend() const
{
    Symbol outside = sezPart(CitySide::Outside);
    std::vector<LegendEntry> entries = {
        {QStringLiteral("sez_inside_city"), tr("SEZ inside the city"), sezPart(CitySide::Inside)},
        {QStringLiteral("sez_outside_city"), tr("SEZ outside the city (hatched)"), outside},
        {QStringLiteral("city_limits"), tr("City limits (dashed)"), cityLimits()},
        {QStringLiteral("district"), tr("District boundaries"), district()},
    };
    for (const QString &kind : infrastructureKinds())
        entries.push_back({kind, HumanLabels::infrastructureKind(kind), infrastructure(kind)});
    for (const QString &layer : mOtherLayers)
        //: A layer of the user's data that is none of the SEZ's own layers, e.g. "Other layer: roads".
        entries.push_back({kOtherLayerPrefix + layer, tr("Other layer: %1").arg(layer), otherLayer(layer)});
    return entries;
}

namespace {

// The colour an infrastructure symbol is known by: a line's stroke, a point symbol's fill.
QColor kindColour(const Symbol &object)
{
    const QColor colour = object.shape == Symbol::Shape::Line ? object.stroke : object.fill;
    return colour.isValid() ? colour : kHighlight;
}

} // namespace

Symbol MapStyle::distanceBuffer(const QString &kind) const
{
    QColor colour = kindColour(infrastructure(kind));
    colour.setAlpha(255);
    QColor tint = colour;
    tint.setAlpha(45);
    Symbol s = area(tint, colour.darker(130));
    s.width = 1.5;
    s.dash = Qt::DashLine;
    return s;
}

Symbol MapStyle::nearestLine(const QString &kind) const
{
    const QColor colour = kindColour(infrastructure(kind));
    Symbol s = line(colour.darker(140), 2, Qt::DashLine, Qt::RoundCap);
    s.casing = kCasing;
    s.casingWidth = 4;
    s.radius = 3;   // the dots at its ends
    return s;
}

Symbol MapStyle::dragBox() const
{
    Symbol s = area(QColor(30, 90, 200, 40), QColor(30, 90, 200));
    s.width = 1;
    s.dash = Qt::DashLine;
    return s;
}

Symbol MapStyle::sketch() const
{
    Symbol s = area(QColor(200, 30, 60, 40), QColor(200, 30, 60));
    s.width = 2;
    s.casing = Qt::white;
    s.casingWidth = 3;
    return s;
}

QColor MapStyle::labelInk() const { return QColor(25, 25, 25); }
QColor MapStyle::labelHalo() const { return QColor(255, 255, 255, 230); }
QColor MapStyle::districtNameInk() const { return QColor(70, 70, 90); }
QColor MapStyle::districtNameHalo() const { return QColor(255, 255, 255, 210); }

QColor MapStyle::citySideChartColour(CitySide side) const
{
    // The map's pale tints would wash out in a chart: the same hues, saturated and apart.
    return side == CitySide::Outside ? QColor(88, 150, 104) : QColor(196, 160, 96);
}

QColor MapStyle::infrastructureStatusColour(const QString &status) const
{
    if (status == QLatin1String("design")) return QColor(120, 160, 215);
    if (status == QLatin1String("construction")) return QColor(240, 150, 40);
    if (status == QLatin1String("reconstruction")) return QColor(150, 90, 170);
    return QColor(150, 150, 150);
}

QColor MapStyle::investmentBarColour() const { return QColor(52, 120, 190); }
QColor MapStyle::jobsBarColour() const { return QColor(46, 150, 110); }
QColor MapStyle::otherBarColour() const { return QColor(170, 170, 170); }

void paintPointSymbol(QPainter &painter, const QPointF &c, const Symbol &symbol)
{
    const double r = symbol.radius;
    painter.setPen(symbol.pen());
    painter.setBrush(symbol.fill.isValid() ? QBrush(symbol.fill) : QBrush(Qt::NoBrush));
    switch (symbol.shape) {
    case Symbol::Shape::TriangleWithBolt: {
        const QPointF triangle[3] = {c + QPointF(0, -r * 1.2), c + QPointF(r * 1.1, r * 0.8), c + QPointF(-r * 1.1, r * 0.8)};
        painter.drawPolygon(triangle, 3);
        // A small bolt inside: the usual sign for power.
        const double k = r / 6;
        const QPointF bolt[4] = {c + QPointF(1.5, -5) * k, c + QPointF(-2, 1) * k, c + QPointF(1.5, 0) * k,
                                 c + QPointF(-1.5, 5) * k};
        painter.drawPolyline(bolt, 4);
        break;
    }
    case Symbol::Shape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case Symbol::Shape::Square:
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    default:
        break;
    }
}

void paintLegendSymbol(QPainter &painter, const QRectF &box, const Symbol &symbol)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (symbol.shape) {
    case Symbol::Shape::Area: {
        const QRectF r = box.adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(Qt::NoPen);
        if (symbol.fill.isValid())
            painter.fillRect(r, symbol.fill);
        if (symbol.hatch.isValid())
            painter.fillRect(r, QBrush(symbol.hatch, Qt::BDiagPattern));
        const QColor edge = symbol.stroke.isValid() ? symbol.stroke : symbol.fill.darker(150);
        painter.setPen(QPen(edge, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        break;
    }
    case Symbol::Shape::Line: {
        const double y = box.center().y();
        const QLineF across(box.left() + 1, y, box.right() - 1, y);
        if (symbol.casing.isValid()) {
            painter.setPen(symbol.casingPen());
            painter.drawLine(across);
        }
        QPen pen = symbol.pen();
        pen.setWidthF(std::max(1.0, symbol.width));
        painter.setPen(pen);
        painter.drawLine(across);
        break;
    }
    case Symbol::Shape::TriangleWithBolt:
    case Symbol::Shape::Circle:
    case Symbol::Shape::Square: {
        Symbol fitted = symbol;
        fitted.radius = std::min(symbol.radius, box.height() / 2 - 1);
        paintPointSymbol(painter, box.center(), fitted);
        break;
    }
    case Symbol::Shape::None:
        break;
    }
    painter.restore();
}

} // namespace sez
