// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/distancepainters.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/render/halotext_p.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <cmath>

namespace sez {

namespace {

// The area within \a radius pixels of an object drawn in \a view: discs around its points, bands
// along its lines, its polygons grown by the radius. The parts are united, so the tint is even.
QPainterPath bufferPath(const Geometry &g, const MapView &view, double radius)
{
    QPainterPath shapes;
    shapes.setFillRule(Qt::WindingFill);
    for (const QPointF &p : g.points) {
        QPainterPath disc;
        disc.addEllipse(view.toPixel(p), radius, radius);
        shapes = shapes.united(disc);
    }
    QPainterPathStroker stroker;
    stroker.setWidth(2 * radius);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    auto addStroked = [&](const Path &path, bool closed) {
        if (path.empty())
            return;
        QPainterPath line(view.toPixel(path.front()));
        for (std::size_t i = 1; i < path.size(); ++i)
            line.lineTo(view.toPixel(path[i]));
        if (closed)
            line.closeSubpath();
        if (path.size() == 1) {
            QPainterPath disc;
            disc.addEllipse(view.toPixel(path.front()), radius, radius);
            shapes = shapes.united(disc);
            return;
        }
        shapes = shapes.united(stroker.createStroke(line).simplified());
        if (closed) {
            QPainterPath inside;
            inside.addPolygon(QPolygonF(line.toFillPolygon()));
            shapes = shapes.united(inside);
        }
    };
    for (const Path &l : g.lines)
        addStroked(l, false);
    for (const Polygon &poly : g.polygons)
        if (!poly.rings.empty())
            addStroked(poly.rings.front(), true);
    return shapes;
}

} // namespace

bool DistanceBuffersPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    const MapView &view = context.view();
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(view.size()));
    for (const QueryDistanceLimit &limit : mLimits) {
        const double radius = limit.metres * view.pixelsPerMetre();
        if (!(radius > 0))
            continue;
        // Objects whose buffer cannot reach the view are left out.
        const QRectF reach = view.extent().adjusted(-limit.metres, -limit.metres, limit.metres, limit.metres);
        QPainterPath area;
        for (const ContextFeature &f : context.store().infrastructure()) {
            if (context.isCancelled())
                return false;
            if (f.kind == limit.kind && f.geometry.bounds().adjusted(-1, -1, 1, 1).intersects(reach))
                area = area.united(bufferPath(f.geometry, view, radius));
        }
        if (area.isEmpty() || !area.boundingRect().intersects(screen))
            continue;
        const Symbol symbol = context.style().distanceBuffer(limit.kind);
        painter.setPen(symbol.pen());
        painter.setBrush(symbol.fill);
        painter.drawPath(area);
    }
    return !context.isCancelled();
}

std::vector<LegendEntry> DistanceBuffersPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    std::vector<LegendEntry> out;
    for (const QueryDistanceLimit &limit : mLimits)
        out.push_back({QStringLiteral("within/") + limit.kind,
                       tr("Within %1 of: %2").arg(HumanLabels::distance(limit.metres), HumanLabels::infrastructureKind(limit.kind)),
                       style.distanceBuffer(limit.kind)});
    return out;
}

bool NearestLinesPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    const MapView &view = context.view();
    const MapStyle &style = context.style();
    painter.setBrush(Qt::NoBrush);
    for (const NearestInfrastructure &link : mLinks) {
        const Symbol symbol = style.nearestLine(link.kind);
        const QLineF line(view.toPixel(link.fromParcel), view.toPixel(link.toObject));
        painter.setPen(symbol.casingPen());
        painter.drawLine(line);
        painter.setPen(symbol.pen());
        painter.drawLine(line);
        painter.setPen(QPen(symbol.stroke, 1));
        painter.setBrush(Qt::white);
        painter.drawEllipse(line.p1(), symbol.radius, symbol.radius);
        painter.drawEllipse(line.p2(), symbol.radius, symbol.radius);
        painter.setBrush(Qt::NoBrush);
    }
    if (!RenderContext::canDrawText() || !context.options().labels)
        return !context.isCancelled();
    QFont font = painter.font();
    font.setPixelSize(12);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const NearestInfrastructure &link : mLinks) {
        const QString text = HumanLabels::distance(link.metres);
        const QPointF middle = (view.toPixel(link.fromParcel) + view.toPixel(link.toObject)) / 2;
        detail::drawHaloText(painter, middle + QPointF(-metrics.horizontalAdvance(text) / 2, -4), text,
                             style.nearestLine(link.kind).stroke, style.labelHalo());
    }
    return !context.isCancelled();
}

std::vector<LegendEntry> NearestLinesPainter::legend(const MapStyle &style, const RenderOptions &) const
{
    std::vector<LegendEntry> out;
    for (const NearestInfrastructure &link : mLinks)
        out.push_back({QStringLiteral("nearest/") + link.kind,
                       tr("Nearest: %1, %2").arg(HumanLabels::infrastructureKind(link.kind), HumanLabels::distance(link.metres)),
                       style.nearestLine(link.kind)});
    return out;
}

} // namespace sez
