// SPDX-License-Identifier: GPL-3.0-or-later
// Labels on the map: text with a halo, for the layer painters.
#pragma once

#include <QGlyphRun>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>

namespace sez::detail {

/// A label drawn with a halo around it: shaped once (on pixels) and drawable many times, so that a
/// render drawing the same name at several places shapes it once.
class HaloText
{
public:
    /// \a text in \a painter's current font.
    HaloText(const QPainter &painter, const QString &text);
    /// Draws the text with its left end on its baseline at \a baseline.
    void draw(QPainter &painter, const QPointF &baseline, const QColor &ink, const QColor &halo) const;
    /// Draws it as draw() does at \a baseline rounded to whole pixels, from an image of the label with
    /// its halo made at the first call: for a label drawn at many places (the zone names), one image
    /// drawn instead of nine glyph runs. Falls back to draw() where the image would not land on the
    /// same pixels (vector devices, a scaled painter, a high-density display).
    void stamp(QPainter &painter, const QPointF &baseline, const QColor &ink, const QColor &halo);

private:
    bool stampable(const QPainter &painter) const;


    QString mText;
    bool mShaped = false;       // false: drawn with QPainter::drawText() (vector devices)
    double mAscent = 0;
    QList<QGlyphRun> mRuns;
    QImage mStamp;             // the label and its halo on transparent pixels, once made
    QPoint mStampOrigin;       // where the text's top-left lands in mStamp
    QColor mStampInk, mStampHalo;
};

/// Text with a halo around it (\a baseline is the text's left end on its baseline).
void drawHaloText(QPainter &painter, const QPointF &baseline, const QString &text, const QColor &ink, const QColor &halo);

} // namespace sez::detail
