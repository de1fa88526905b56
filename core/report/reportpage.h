// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace sez {

/// The A4 page PDF reports are drawn on, in points at 72 dpi, and DejaVu Sans (embedded, so Cyrillic
/// and Kazakh letters print anywhere). The scale bar and north arrow are the map's own
/// (MapDecorations). Needs a QGuiApplication (fonts).
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
};

} // namespace sez
