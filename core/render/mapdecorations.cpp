// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/mapdecorations.h"

#include "core/model/humanlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sez {

MapDecorations::ScaleBar MapDecorations::scaleBar(const MapView &view, double maxPixels)
{
    const double target = maxPixels * view.metresPerPixel();
    if (!(target > 0) || !std::isfinite(target))
        return {};
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double metres = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude <= target)
            metres = m * magnitude;
    return {metres, metres / view.metresPerPixel()};
}

void MapDecorations::paintScaleBar(QPainter &painter, const MapView &view, const QPointF &bottomLeft, double maxPixels)
{
    const ScaleBar bar = scaleBar(view, maxPixels);
    if (bar.pixels <= 0)
        return;
    const QString label = HumanLabels::distance(bar.metres);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double pad = std::max(2.0, metrics.height() * 0.25);
    const double thickness = std::max(3.0, metrics.height() * 0.35);
    const QRectF plate(bottomLeft.x(), bottomLeft.y() - (2 * pad + metrics.height() + thickness),
                       std::max(bar.pixels, metrics.horizontalAdvance(label)) + 2 * pad, 2 * pad + metrics.height() + thickness);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(plate, pad, pad);
    const QPointF origin(plate.left() + pad, plate.bottom() - pad - thickness);
    painter.setPen(QPen(Qt::black, std::max(0.6, thickness / 6)));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(origin, QSizeF(bar.pixels / 2, thickness)));
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(origin + QPointF(bar.pixels / 2, 0), QSizeF(bar.pixels / 2, thickness)));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(origin.x(), origin.y() - metrics.descent() - 1), label);
    painter.restore();
}

void MapDecorations::paintNorthArrow(QPainter &painter, const QPointF &tip, double height)
{
    const double k = height / 26;
    QPolygonF arrow;
    arrow << tip << tip + QPointF(9, 26) * k << tip + QPointF(0, 20) * k << tip + QPointF(-9, 26) * k;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(arrow);
    painter.setPen(QPen(Qt::black, 0.8 * k));
    painter.setBrush(QColor(40, 40, 40));
    painter.drawPolygon(arrow);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(QRectF(tip.x() - 15 * k, tip.y() + 27 * k, 30 * k, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                     tr("N", "north"));
    painter.restore();
}

} // namespace sez
