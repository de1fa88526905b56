// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/mapdecorations.h"

#include "core/model/humanlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sez {

MapDecorations::ScaleBar MapDecorations::scaleBar(double metresPerPixel, double maxPixels)
{
    const double target = maxPixels * metresPerPixel;
    if (!(target > 0) || !std::isfinite(target))
        return {};
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double metres = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude <= target * (1 + 1e-9))   // a target of exactly 5 km, give or take rounding, is 5 km
            metres = m * magnitude;
    return {metres, metres / metresPerPixel};
}

MapDecorations::ScaleBar MapDecorations::scaleBar(const MapView &view, double maxPixels)
{
    return scaleBar(view.metresPerPixel(), maxPixels);
}

void MapDecorations::paintScaleBar(QPainter &painter, const MapView &view, const QPointF &origin, double maxPixels)
{
    paintScaleBar(painter, view.metresPerPixel(), origin, maxPixels);
}

void MapDecorations::paintScaleBar(QPainter &painter, double metresPerPixel, const QPointF &origin, double maxPixels)
{
    const ScaleBar bar = scaleBar(metresPerPixel, maxPixels);
    if (bar.pixels <= 0)
        return;
    // 1 and 2 are split in fifths and quarters, 5 in fifths: each piece is itself a round length.
    const double leading = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
    const int pieces = std::lround(leading) == 2 ? 4 : 5;
    const QString label = HumanLabels::distance(bar.metres), zero = QStringLiteral("0");
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double thickness = std::max(3.0, metrics.height() * 0.46);
    const double baseline = origin.y() - thickness - metrics.height() * 0.33;
    const double labelRight = origin.x() + bar.pixels + metrics.horizontalAdvance(label) / 2;
    const double pad = metrics.height() * 0.4;
    painter.save();
    painter.fillRect(QRectF(origin.x() - pad - metrics.horizontalAdvance(zero) / 2, baseline - metrics.ascent() - pad / 2,
                            labelRight - origin.x() + 2 * pad + metrics.horizontalAdvance(zero) / 2,
                            origin.y() - baseline + metrics.ascent() + pad),
                     QColor(255, 255, 255, 220));
    painter.setPen(QPen(Qt::black, std::max(0.6, thickness / 6)));
    for (int i = 0; i < pieces; ++i) {
        painter.setBrush(i % 2 ? Qt::white : Qt::black);
        painter.drawRect(QRectF(origin.x() + bar.pixels * i / pieces, origin.y() - thickness, bar.pixels / pieces, thickness));
    }
    painter.drawText(QPointF(origin.x() - metrics.horizontalAdvance(zero) / 2, baseline), zero);
    painter.drawText(QPointF(origin.x() + bar.pixels - metrics.horizontalAdvance(label) / 2, baseline), label);
    painter.restore();
}

void MapDecorations::paintNorthArrow(QPainter &painter, const QPointF &tip, double height)
{
    const double k = height / 18;
    QPainterPath left, right;
    left.moveTo(tip);
    left.lineTo(tip + QPointF(-6, 18) * k);
    left.lineTo(tip + QPointF(0, 13) * k);
    left.closeSubpath();
    right.moveTo(tip);
    right.lineTo(tip + QPointF(6, 18) * k);
    right.lineTo(tip + QPointF(0, 13) * k);
    right.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 0.6 * k));
    painter.setBrush(Qt::white);
    painter.drawPath(left);
    painter.setBrush(Qt::black);
    painter.drawPath(right);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(QRectF(tip.x() - 10 * k, tip.y() + 18 * k, 20 * k, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                     tr("N", "north"));
    painter.restore();
}

void MapDecorations::paintAttribution(QPainter &painter, const QRectF &frame, const QString &text)
{
    if (text.isEmpty() || frame.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double pad = metrics.height() * 0.25;
    const QString shown = metrics.elidedText(text, Qt::ElideMiddle, frame.width() - 4 * pad);
    const QRectF box(frame.right() - metrics.horizontalAdvance(shown) - 2 * pad, frame.bottom() - metrics.height() - pad,
                     metrics.horizontalAdvance(shown) + 2 * pad, metrics.height() + pad);
    painter.save();
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

} // namespace sez
