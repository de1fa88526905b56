// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/halotext_p.h"

#include <QPaintEngine>
#include <QTextLayout>

namespace sez::detail {

// On pixels the text is shaped once and its glyphs drawn nine times: QPainter::drawText() shapes it
// on every call, which was half the cost of the labels. The glyphs land on the same pixels. Other
// devices (PDF, SVG) get drawText(), which keeps the text searchable.
HaloText::HaloText(const QPainter &painter, const QString &text) : mText(text)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return;
    QTextLayout layout(text, painter.font(), painter.device());
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    mAscent = line.ascent();   // the layout puts the first line's baseline at its ascent
    mRuns = layout.glyphRuns();
    mShaped = true;
}

// A halo from the text drawn eight times around in the halo colour: glyphs come from the glyph
// cache, where a stroked QPainterPath would outline every glyph anew.
void HaloText::draw(QPainter &painter, const QPointF &baseline, const QColor &ink, const QColor &halo) const
{
    const QPointF origin = mShaped ? baseline - QPointF(0, mAscent) : baseline;
    auto drawAt = [&](const QPointF &offset) {
        if (!mShaped) {
            painter.drawText(origin + offset, mText);
            return;
        }
        for (const QGlyphRun &run : mRuns)
            painter.drawGlyphRun(origin + offset, run);
    };
    painter.setPen(halo);
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            if (dx || dy)
                drawAt(QPointF(dx, dy));
    painter.setPen(ink);
    drawAt(QPointF(0, 0));
}

void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QColor &ink, const QColor &halo)
{
    HaloText(painter, text).draw(painter, baseline, ink, halo);
}

} // namespace sez::detail
