// SPDX-License-Identifier: GPL-3.0-or-later
// What the render tests say about pixels: colours near each other, in words, the edge between two
// colours along a line, and a layer that fills the view (what is under imagery, or imagery itself).
#pragma once

#include "core/render/rendercontext.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QString>

#include <cstdlib>

namespace sez::test {

inline bool near(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
           && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

inline int colourDistance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

inline QString rgbText(QRgb c)
{
    return QStringLiteral("(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

/// Along \a count pixels from \a from by \a step, the first that is nearer \a after than \a before:
/// where an edge between two colours was drawn. -1 when there is none.
inline int firstPixelNearer(const QImage &image, QPoint from, QPoint step, int count, QRgb before, QRgb after)
{
    for (int i = 0; i < count; ++i) {
        const QPoint p = from + step * i;
        if (image.rect().contains(p) && colourDistance(image.pixel(p), after) < colourDistance(image.pixel(p), before))
            return i;
    }
    return -1;
}

/// Fills the whole view with one colour.
class FillPainter : public LayerPainter
{
public:
    explicit FillPainter(QColor colour) : mColour(colour) {}
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const override
    {
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(context.view().size())), mColour);
        return true;
    }

private:
    QColor mColour;
};

} // namespace sez::test
