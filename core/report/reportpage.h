// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>

class QPdfWriter;

namespace sez {

/// The paper a report is printed on: A4 or A3, portrait or landscape.
struct ReportPaper
{
    enum class Size { A4, A3 };
    Size size = Size::A4;
    bool landscape = false;

    /// Width and height in points (1/72 inch).
    QSizeF points() const;
    /// "a4", "a3" (any case); false when unknown.
    static bool sizeFromName(const QString &name, Size *size);
};

/// The page PDF reports are drawn on, in points at 72 dpi, and DejaVu Sans (embedded, so Cyrillic
/// and Kazakh letters print anywhere). The scale bar and north arrow are the map's own
/// (MapDecorations). Needs a QGuiApplication (fonts).
class ReportPage
{
public:
    // A4 portrait, the extract's page.
    static constexpr double kWidth = 595.0;
    static constexpr double kHeight = 842.0;
    static constexpr double kMargin = 40.0;
    static constexpr double kContentWidth = kWidth - 2 * kMargin;

    /// DejaVu Sans at \a points, from the application's resources.
    static QFont font(double points, bool bold = false);
    /// Sets \a writer up for pages of \a paper without printer margins, one unit a point.
    static void setUp(QPdfWriter &writer, const QString &title, const ReportPaper &paper = {});
};

} // namespace sez
