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

bool HaloText::stampable(const QPainter &painter) const
{
    const QPaintDevice *device = painter.device();
    return mShaped && device && device->devicePixelRatio() == 1.0
        && painter.deviceTransform().type() <= QTransform::TxTranslate;
}

// Source-over is associative: the halo and the text composed on transparent pixels, then over the
// map, give the colours of the nine draws over the map, to the rounding of a channel.
void HaloText::stamp(QPainter &painter, const QPointF &baseline, const QColor &ink, const QColor &halo)
{
    if (!stampable(painter)) {
        draw(painter, baseline, ink, halo);
        return;
    }
    if (mStamp.isNull() || ink != mStampInk || halo != mStampHalo) {
        QRectF bounds;
        for (const QGlyphRun &run : mRuns)
            bounds |= run.boundingRect();
        const QRect whole = bounds.toAlignedRect().adjusted(-2, -2, 2, 2);   // the halo's pixel and antialiasing
        mStamp = QImage(whole.size(), QImage::Format_ARGB32_Premultiplied);
        mStamp.fill(Qt::transparent);
        mStampOrigin = -whole.topLeft();
        QPainter onStamp(&mStamp);
        onStamp.setRenderHints(painter.renderHints());
        onStamp.setFont(painter.font());
        draw(onStamp, QPointF(mStampOrigin) + QPointF(0, mAscent), ink, halo);
        mStampInk = ink;
        mStampHalo = halo;
    }
    const QPointF origin = baseline - QPointF(0, mAscent);
    painter.drawImage(QPoint(qRound(origin.x()), qRound(origin.y())) - mStampOrigin, mStamp);
}

void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QColor &ink, const QColor &halo)
{
    HaloText(painter, text).draw(painter, baseline, ink, halo);
}

} // namespace sez::detail
