// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/extractplan.h"

#include "core/model/parcelstore.h"
#include "core/render/imagerypainter.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"
#include "core/render/mapview.h"
#include "core/report/reportstyle.h"
#include "core/report/extract.h"
#include "core/report/printscale.h"
#include "core/report/reportpage.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sez {

namespace {


QPointF unit(const QPointF &v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0 ? v / length : QPointF();
}

// A piece of text placed on the plan: its box (rotated with it) and how to draw it.
struct Label
{
    QString text;
    QFont font;
    QColor colour = Qt::black;
    QPointF centre;
    double angle = 0;           // degrees, page orientation
    bool backdrop = false;
    QPolygonF box;
};

// The plan's free space: labels are placed where they overlap nothing placed before.
class LabelSpace
{
public:
    explicit LabelSpace(const QRectF &bounds) : mBounds(bounds) {}

    void take(const QPolygonF &area) { mTaken.push_back(area); }
    void take(const QRectF &area) { mTaken.push_back(QPolygonF(area)); }

    bool fits(const QPolygonF &box) const
    {
        if (!mBounds.contains(box.boundingRect()))
            return false;
        return std::none_of(mTaken.begin(), mTaken.end(), [&](const QPolygonF &t) {
            return t.boundingRect().intersects(box.boundingRect()) && t.intersects(box);
        });
    }

private:
    QRectF mBounds;
    std::vector<QPolygonF> mTaken;
};

Label makeLabel(const QPaintDevice *device, const QString &text, const QFont &font, const QPointF &centre, double angle)
{
    Label label;
    label.text = text;
    label.font = font;
    label.centre = centre;
    label.angle = angle;
    const QFontMetricsF metrics(font, device);
    const double w = metrics.horizontalAdvance(text) + 2, h = metrics.ascent() + metrics.descent();
    QTransform t;
    t.translate(centre.x(), centre.y());
    t.rotate(angle);
    label.box = t.map(QPolygonF(QRectF(-w / 2, -h / 2, w, h)));
    return label;
}

void drawLabel(QPainter &p, const Label &label)
{
    p.save();
    p.translate(label.centre);
    p.rotate(label.angle);
    p.setFont(label.font);
    const QFontMetricsF metrics(label.font, p.device());
    const double w = metrics.horizontalAdvance(label.text), h = metrics.ascent() + metrics.descent();
    if (label.backdrop)
        p.fillRect(QRectF(-w / 2 - 1.5, -h / 2 - 0.5, w + 3, h + 1), ReportStyle::planLabelHalo());
    p.setPen(label.colour);
    p.drawText(QPointF(-w / 2, -h / 2 + metrics.ascent()), label.text);
    p.restore();
}

// A geometry's outline on the page, holes cut out.
QPainterPath pagePath(const Geometry &geometry, const MapView &view)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : geometry.polygons)
        for (const Path &ring : polygon.rings) {
            QPolygonF poly;
            poly.reserve(qsizetype(ring.size()) + 1);
            for (const QPointF &p : ring)
                poly << view.toPixel(p);
            if (!poly.isEmpty())
                poly << poly.front();
            path.addPolygon(poly);
        }
    return path;
}

// Places labels on a plan: boundary points, side lengths, neighbours, the parcel's own number.
class PlanLabeller
{
public:
    PlanLabeller(const ParcelExtract &extract, const MapView &view, const QSizeF &frame, const QPaintDevice *device)
        : mExtract(extract), mView(view), mSpace(QRectF(QPointF(2, 2), frame - QSizeF(4, 4))), mFrame(frame), mDevice(device)
    {
    }

    int unnumbered() const { return mUnnumbered; }

    std::vector<Label> place()
    {
        mParcel = pagePath(mExtract.store().geometry(mExtract.row()));
        reserveCorners();
        for (const ExtractRing &ring : mExtract.rings())
            for (const ExtractPoint &point : ring.points)
                mSpace.take(QRectF(page(point.map) - QPointF(2.2, 2.2), QSizeF(4.4, 4.4)));
        // In the order of what the plan owes its reader most.
        for (std::size_t r = 0; r < mExtract.rings().size(); ++r)
            placePointNumbers(r);
        for (const ExtractNeighbour &n : mExtract.neighbours())
            placeNeighbour(n);
        for (std::size_t r = 0; r < mExtract.rings().size(); ++r)
            placeSideLengths(r);
        placeOwnNumber();
        return mLabels;
    }

private:
    QPointF page(const QPointF &map) const { return mView.toPixel(map); }

    // Away from the parcel's area, on the page: outwards for an outer boundary, into a hole.
    double awaySign(std::size_t ring) const { return mExtract.rings()[ring].hole == 0 ? 1.0 : -1.0; }

    void reserveCorners()
    {
        mSpace.take(QRectF(0, mFrame.height() - 30, mFrame.width() / 4 + 45, 30));   // scale bar
        mSpace.take(QRectF(mFrame.width() - 32, 0, 32, 40));                           // north arrow
    }

    bool tryPlace(Label label)
    {
        if (!mSpace.fits(label.box))
            return false;
        mSpace.take(label.box);
        mLabels.push_back(std::move(label));
        return true;
    }

    void placePointNumbers(std::size_t r)
    {
        const ExtractRing &ring = mExtract.rings()[r];
        const std::size_t n = ring.points.size();
        const QFont font = ReportPage::font(6.5, true);
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF v = page(ring.points[i].map);
            const QPointF in = unit(v - page(ring.points[(i + n - 1) % n].map));
            const QPointF out = unit(page(ring.points[(i + 1) % n].map) - v);
            // On the page (y down) a clockwise ring has the parcel on the right: left normals point away.
            QPointF away = unit(QPointF(in.y(), -in.x()) + QPointF(out.y(), -out.x())) * awaySign(r);
            if (away.isNull())
                away = in;
            const QString text = QString::number(ring.points[i].number);
            const double base = std::atan2(away.y(), away.x());
            // Best off the parcel's area, where no line of it runs under the number.
            bool placed = false;
            for (int tier = 0; tier < 2 && !placed; ++tier)
                for (double distance : {7.0, 11.0}) {
                    for (double turn : {0.0, 0.5, -0.5, 1.0, -1.0, 1.6, -1.6, 2.4, -2.4}) {
                        const QPointF direction(std::cos(base + turn), std::sin(base + turn));
                        Label label = makeLabel(mDevice, text, font, v + direction * distance, 0);
                        if (tier == 0 && mParcel.intersects(label.box.boundingRect()))
                            continue;
                        if ((placed = tryPlace(std::move(label))))
                            break;
                    }
                    if (placed)
                        break;
                }
            if (!placed) {
                // Over something else rather than missing, unless it would hide another point's
                // number: where points crowd at a small scale the catalogue speaks for them.
                Label label = makeLabel(mDevice, text, font, v + away * 7, 0);
                label.backdrop = true;
                const bool hides = std::any_of(mPointNumbers.begin(), mPointNumbers.end(), [&](const QPolygonF &other) {
                    return other.boundingRect().intersects(label.box.boundingRect());
                });
                if (hides) {
                    ++mUnnumbered;
                    continue;
                }
                mSpace.take(label.box);
                mLabels.push_back(std::move(label));
            }
            mPointNumbers.push_back(mLabels.back().box);
        }
    }

    void placeSideLengths(std::size_t r)
    {
        const ExtractRing &ring = mExtract.rings()[r];
        const std::size_t n = ring.points.size();
        const QFont font = ReportPage::font(5.8);
        const QFontMetricsF metrics(font, mDevice);
        const QLocale locale;
        for (std::size_t i = 0; i < n; ++i) {
            const QPointF a = page(ring.points[i].map), b = page(ring.points[(i + 1) % n].map);
            const QString text = locale.toString(ring.points[i].sideLength, 'f', 2);
            const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
            if (length < metrics.horizontalAdvance(text) + 10)
                continue;   // the catalogue has it
            double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / std::numbers::pi;
            if (angle > 90)
                angle -= 180;
            else if (angle <= -90)
                angle += 180;
            const QPointF along = unit(b - a);
            const QPointF inside = QPointF(-along.y(), along.x()) * awaySign(r);
            const double offset = 1.5 + (metrics.ascent() + metrics.descent()) / 2;
            bool placed = false;
            for (int tier = 0; tier < 2 && !placed; ++tier)
                for (double at : {0.5, 0.35, 0.65}) {
                    Label label = makeLabel(mDevice, text, font, a + (b - a) * at + inside * offset, angle);
                    QPainterPath box;
                    box.addPolygon(label.box);
                    if (tier == 0 && !mParcel.contains(box))
                        continue;
                    if ((placed = tryPlace(std::move(label))))
                        break;
                }
        }
    }

    void placeNeighbour(const ExtractNeighbour &neighbour)
    {
        // Beside the longest stretch of the common boundary, just outside the parcel, inside the neighbour.
        struct Side { QPointF a, b; double away; double length; };
        std::vector<Side> sides;
        const QPainterPath area = pagePath(mExtract.store().geometry(neighbour.row));
        for (std::size_t r = 0; r < mExtract.rings().size(); ++r) {
            const ExtractRing &ring = mExtract.rings()[r];
            for (std::size_t i = 0; i < ring.points.size(); ++i) {
                const QPointF a = page(ring.points[i].map), b = page(ring.points[(i + 1) % ring.points.size()].map);
                const QPointF mid = (a + b) / 2;
                const QPointF along = unit(b - a);
                const QPointF away = QPointF(along.y(), -along.x()) * awaySign(r);
                if (area.contains(mid + away * 3))
                    sides.push_back({a, b, awaySign(r), std::hypot(b.x() - a.x(), b.y() - a.y())});
            }
        }
        std::sort(sides.begin(), sides.end(), [](const Side &x, const Side &y) { return x.length > y.length; });
        std::vector<QPointF> centres;
        for (double distance : {13.0, 22.0, 34.0})
            for (const Side &side : sides) {
                const QPointF along = unit(side.b - side.a);
                const QPointF away = QPointF(along.y(), -along.x()) * side.away;
                for (double at : {0.5, 0.3, 0.7})
                    centres.push_back(side.a + (side.b - side.a) * at + away * distance);
            }
        // At the neighbour's own label point when nothing along the common boundary will do.
        centres.push_back(page(mExtract.store().labelPoint(neighbour.row)));

        // Best wholly inside the neighbour and clear of the parcel; then with only its centre inside
        // the neighbour; a small enclave's number may have to lie over the parcel's lines.
        const QPainterPath &parcel = mParcel;
        for (int tier = 0; tier < 3; ++tier) {
            for (const QPointF &centre : centres) {
                if (!area.contains(centre))
                    continue;
                Label label = makeLabel(mDevice, neighbour.cadastralNumber, ReportPage::font(6.3), centre, 0);
                label.colour = ReportStyle::planLabelInk();
                label.backdrop = true;
                if (tier == 0 && !area.contains(label.box.boundingRect()))
                    continue;
                if (tier < 2 && parcel.intersects(label.box.boundingRect()))
                    continue;
                if (tryPlace(std::move(label)))
                    return;
            }
        }
        if (!sides.empty()) {
            // Every neighbour carries its number, over something else rather than missing.
            const Side &side = sides.front();
            const QPointF along = unit(side.b - side.a);
            Label forced = makeLabel(mDevice, neighbour.cadastralNumber, ReportPage::font(6.3),
                                     (side.a + side.b) / 2 + QPointF(along.y(), -along.x()) * side.away * 13, 0);
            forced.colour = ReportStyle::planLabelInk();
            forced.backdrop = true;
            mSpace.take(forced.box);
            mLabels.push_back(std::move(forced));
        }
    }

    // The parcel's own number, inside it where it fits, as near its label point as may be; the
    // title names the parcel anyway.
    void placeOwnNumber()
    {
        const QPointF centre = page(mExtract.store().labelPoint(mExtract.row()));
        const QRectF bounds = mParcel.boundingRect();
        std::vector<QPointF> candidates;
        for (double y = bounds.top(); y <= bounds.bottom(); y += 5)
            for (double x = bounds.left(); x <= bounds.right(); x += 5)
                candidates.emplace_back(x, y);
        std::sort(candidates.begin(), candidates.end(), [&](const QPointF &a, const QPointF &b) {
            return QLineF(a, centre).length() < QLineF(b, centre).length();
        });
        for (double size : {8.5, 7.0, 6.0}) {
            const QFont font = ReportPage::font(size, true);
            for (const QPointF &candidate : candidates) {
                const Label label = makeLabel(mDevice, mExtract.cadastralNumber(), font, candidate, 0);
                if (mParcel.contains(label.box.boundingRect()) && tryPlace(label))
                    return;
            }
        }
    }

    QPainterPath pagePath(const Geometry &geometry) const { return sez::pagePath(geometry, mView); }

    const ParcelExtract &mExtract;
    const MapView mView;
    LabelSpace mSpace;
    QSizeF mFrame;
    const QPaintDevice *mDevice;
    QPainterPath mParcel;
    std::vector<Label> mLabels;
    std::vector<QPolygonF> mPointNumbers;
    int mUnnumbered = 0;
};

} // namespace

struct ExtractPlan::Labels
{
    std::vector<Label> placed;
};

ExtractPlan::ExtractPlan(const ParcelExtract &extract, const QSizeF &frame, const QPaintDevice *device)
    : mExtract(extract), mFrame(frame), mLabels(std::make_unique<Labels>())
{
    const QRectF bounds = extract.store().bounds(extract.row());
    mScale = PrintScale::fitting(bounds.size(), frame, kLabelMargin);
    const double metresPerPoint = PrintScale::metresPerPoint(mScale);
    mExtent = QRectF(QPointF(0, 0), QSizeF(frame.width() * metresPerPoint, frame.height() * metresPerPoint));
    mExtent.moveCenter(bounds.center());
    PlanLabeller labeller(extract, view(), frame, device);
    mLabels->placed = labeller.place();
    mUnnumbered = labeller.unnumbered();
}

ExtractPlan::~ExtractPlan() = default;

MapView ExtractPlan::view() const
{
    return MapView{mExtent, QSize(int(std::lround(mFrame.width())), int(std::lround(mFrame.height()))), 1.0};
}

void ExtractPlan::paint(QPainter &p, const QRectF &frame) const
{
    const MapView view = this->view();
    const ParcelStore &store = mExtract.store();
    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), mFrame));
    p.fillRect(QRectF(QPointF(0, 0), mFrame), Qt::white);
    // The ground under the plan, at print resolution: the imagery's layers alone.
    MapLayers imagery;
    showImageryUnder(imagery, mExtract.options().imagery);
    if (imagery.size() > 0) {
        const MapStyle style(store);
        RenderOptions options;
        options.imageryWaitMs = kPrintImageryWaitMs;
        RenderContext context(store, style, view, options);
        context.setLayers(imagery);
        MapRenderer::paint(p, context);
    }
    p.setRenderHint(QPainter::Antialiasing);

    std::vector<qint64> neighbours;
    for (const ExtractNeighbour &n : mExtract.neighbours())
        neighbours.push_back(n.row);
    p.setBrush(Qt::NoBrush);
    for (qint64 row : store.parcelsIn(mExtent)) {
        if (row == mExtract.row() || std::find(neighbours.begin(), neighbours.end(), row) != neighbours.end())
            continue;
        p.setPen(QPen(ReportStyle::planOtherParcel(), 0.35));
        p.drawPath(pagePath(store.geometry(row), view));
    }
    for (qint64 row : neighbours) {
        p.setPen(QPen(ReportStyle::secondaryInk(), 0.6));
        p.drawPath(pagePath(store.geometry(row), view));
    }
    p.setPen(QPen(Qt::black, 1.3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    QColor fill = ReportStyle::planParcelFill();
    if (imagery.size() > 0)
        fill.setAlpha(90);   // a tint over the ground, which must stay visible
    p.setBrush(fill);
    p.drawPath(pagePath(store.geometry(mExtract.row()), view));

    p.setPen(QPen(Qt::black, 0.6));
    p.setBrush(Qt::white);
    for (const ExtractRing &ring : mExtract.rings())
        for (const ExtractPoint &point : ring.points)
            p.drawEllipse(view.toPixel(point.map), 1.7, 1.7);
    for (const Label &label : mLabels->placed)
        drawLabel(p, label);

    p.setFont(ReportPage::font(5.5));
    MapDecorations::paintAttribution(p, QRectF(QPointF(0, 0), mFrame), imagery.attribution());
    p.setFont(ReportPage::font(6.5));
    MapDecorations::paintScaleBar(p, PrintScale::metresPerPoint(mScale), QPointF(12, mFrame.height() - 10), mFrame.width() / 4);
    p.setFont(ReportPage::font(7));
    MapDecorations::paintNorthArrow(p, QPointF(mFrame.width() - 16, 8), 18);
    p.restore();
    p.setPen(QPen(Qt::black, 0.7));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
}

} // namespace sez
