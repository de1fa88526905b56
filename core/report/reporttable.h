// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFontMetricsF;
class QPaintDevice;
class QPainter;

namespace sez {

/// A table on report pages whose columns fit the paper in every language. Headers wrap at word
/// boundaries and a column is never narrower than its longest header word, so two headers never
/// run together; numbers and codes never wrap; long text (investors, projects, addresses) shares
/// what width is left and wraps onto up to three lines. When even that does not fit, the font
/// steps down; only below the smallest font are cells shortened with an ellipsis. Every row is
/// measured by layout(), so a report plans its pages before it draws any. Rows are striped by group:
/// a row and the rows that continue it (addContinuation()) share a shade. The tables of the parcel,
/// investor, summary and changes reports are all drawn here (the extract's lists are its own).
class ReportTable
{
public:
    struct Column
    {
        QString header;
        Qt::Alignment align = Qt::AlignLeft;
        bool wraps = false;   ///< long text that may wrap; otherwise one line
    };
    enum class RowStyle { Plain, Total };   ///< Total: bold, under a rule

    /// Lines a wrapped cell may take; the last is shortened with an ellipsis beyond.
    static constexpr int kMaxLines = 3;
    static constexpr double kSmallestFont = 5.0;

    explicit ReportTable(std::vector<Column> columns);

    void addRow(QStringList cells, RowStyle style = RowStyle::Plain);
    /// A row that continues the one above (another field of the same change): it shares its stripe,
    /// and shows \a atPageTop instead of \a cells when it opens a page, so that it names again what it
    /// continues.
    void addContinuation(QStringList cells, QStringList atPageTop);
    int rowCount() const { return int(mRows.size()); }
    int columnCount() const { return int(mColumns.size()); }

    /// Fits the columns into \a width points, fonts measured on \a device, starting at \a fontSize
    /// points. The table then spans the whole width.
    void layout(double width, const QPaintDevice *device, double fontSize = 6.5);
    double fontSize() const { return mFontSize; }
    double columnWidth(int column) const { return mWidths.at(std::size_t(column)); }
    /// Whether some text had to be shortened (the columns did not fit even at the smallest font).
    bool shortened() const { return mShortened; }
    double headerHeight() const { return mHeaderHeight; }
    double rowHeight(int row) const { return rowHeight(row, false); }
    /// The header and rows [first, last).
    double height(int first, int last) const;
    /// How many rows from \a first fit under the header in \a height points; at least one.
    int rowsFitting(int first, double height) const;

    /// Draws the header at \a topLeft and rows [first, last) under it; returns the table's bottom.
    double paint(QPainter &painter, const QPointF &topLeft, int first, int last) const;

private:
    struct Row
    {
        QStringList cells;
        RowStyle style;
        int lines = 1;
        std::vector<double> advances;   ///< each cell's width on one line at the font's size, measured once
        bool continues = false;         ///< shares the stripe of the row above
        std::unique_ptr<Row> atPageTop; ///< what it shows when it opens a page; null: itself
    };

    bool fits(double width, const QPaintDevice *device);
    void measure(Row &row, const QFontMetricsF &plain, const QFontMetricsF &bold) const;
    void countLines(Row &row) const;
    /// Row \a row as drawn, where it opens a page when \a pageTop says so.
    const Row &shown(int row, bool pageTop) const;
    double rowHeight(int row, bool pageTop) const;
    QStringList cellLines(const Row &row, int column) const;
    QFont font(bool bold) const;

    std::vector<Column> mColumns;
    std::vector<Row> mRows;
    std::vector<double> mWidths;
    std::vector<int> mHeaderLines;
    const QPaintDevice *mDevice = nullptr;
    double mFontSize = 6.5;
    double mLineHeight = 8;
    double mHeaderHeight = 0;
    bool mShortened = false;
};

} // namespace sez
