// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace sez {

/// The A4 page PDF reports are drawn on, in points at 72 dpi, and the pieces every report draws
/// the same way: DejaVu Sans (embedded, so Cyrillic and Kazakh letters print anywhere), a scale
/// bar and a north arrow. Needs a QGuiApplication (fonts).
class ReportPage
{
public:
    static constexpr double kWidth = 595.0;
    static constexpr double kHeight = 842.0;
    static constexpr double kMargin = 40.0;
    static constexpr double kContentWidth = kWidth - 2 * kMargin;

    /// DejaVu Sans at \a points, from the application's resources.
    static QFont font(double points, bool bold = false);
    /// Sets \a writer up for A4 pages without printer margins, one unit a point.
    static void setUp(QPdfWriter &writer, const QString &title);
    /// A scale bar of a round length (1, 2 or 5 times a power of ten) at most \a maxWidth points long,
    /// its left end at \a origin (the bar's bottom), with 0 and the length written above it, on a
    /// white backdrop so that it reads over a map.
    static void drawScaleBar(QPainter &painter, const QPointF &origin, double metresPerPoint, double maxWidth);
    /// A north arrow pointing up (grid north) with its tip at \a tip, and "N" under it.
    static void drawNorthArrow(QPainter &painter, const QPointF &tip);
};

} // namespace sez
