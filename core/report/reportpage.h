// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <span>

class QPainter;
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

    /// A column of a report's table.
    struct Column
    {
        double width;
        Qt::Alignment align;
    };
    static constexpr double kRowHeight = 11.5;
    /// One row of a table from the left margin at \a y, on \a fill when it is valid: a header row is
    /// two lines high and wraps its titles, a body row's cells are elided to their columns. Returns
    /// the row's height.
    static double drawTableRow(QPainter &painter, double y, std::span<const Column> columns, const QStringList &texts,
                               bool header, const QColor &fill = {});
};

} // namespace sez
