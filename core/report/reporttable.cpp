// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttable.h"

#include "core/report/reportstyle.h"
#include "core/report/reportpage.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sez {

namespace {

constexpr double kCellPadding = 6;   // left and right together: 3 points between columns each side
constexpr double kRowPadding = 3.5;  // above and below together
// A wrapping column may be made this narrow (points, text only) before the font gets smaller.
constexpr double kNarrowestText = 60;

double advance(const QFontMetricsF &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text);
}

double longestWord(const QFontMetricsF &metrics, const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    double widest = 0;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, advance(metrics, word));
    return widest;
}

// \a text broken into lines of at most \a width at word boundaries (inside a word only when the
// word alone is wider), at most \a maxLines of them, the last shortened with an ellipsis.
QStringList wrapLines(const QString &text, const QFont &font, const QPaintDevice *device, double width, int maxLines)
{
    const QFontMetricsF metrics(font, const_cast<QPaintDevice *>(device));
    const double whole = advance(metrics, text);
    if (whole <= width)
        return {text};
    if (maxLines <= 1)
        return {metrics.elidedText(text, Qt::ElideRight, width)};
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (int(lines.size()) == maxLines - 1) {
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

ReportTable::ReportTable(std::vector<Column> columns)
    : mColumns(std::move(columns))
{
}

void ReportTable::addRow(QStringList cells, RowStyle style)
{
    while (cells.size() < qsizetype(mColumns.size()))
        cells << QString();
    mRows.push_back({std::move(cells), style, 1, {}, false, nullptr});
}

void ReportTable::addContinuation(QStringList cells, QStringList atPageTop)
{
    addRow(std::move(atPageTop));
    auto top = std::make_unique<Row>(std::move(mRows.back()));
    mRows.pop_back();
    addRow(std::move(cells));
    mRows.back().continues = true;
    mRows.back().atPageTop = std::move(top);
}

void ReportTable::measure(Row &row, const QFontMetricsF &plain, const QFontMetricsF &bold) const
{
    row.advances.resize(mColumns.size());
    for (std::size_t c = 0; c < mColumns.size(); ++c)
        row.advances[c] = advance(row.style == RowStyle::Total ? bold : plain, row.cells[qsizetype(c)]);
}

void ReportTable::countLines(Row &row) const
{
    row.lines = 1;
    for (std::size_t c = 0; c < mColumns.size(); ++c)
        if (mColumns[c].wraps && row.advances[c] > mWidths[c] - kCellPadding)
            row.lines = std::max(row.lines, int(cellLines(row, int(c)).size()));
}

const ReportTable::Row &ReportTable::shown(int row, bool pageTop) const
{
    const Row &r = mRows[std::size_t(row)];
    return pageTop && r.atPageTop ? *r.atPageTop : r;
}

QFont ReportTable::font(bool bold) const
{
    return ReportPage::font(mFontSize, bold);
}

bool ReportTable::fits(double width, const QPaintDevice *device)
{
    const QFontMetricsF plain(font(false), const_cast<QPaintDevice *>(device));
    const QFontMetricsF bold(font(true), const_cast<QPaintDevice *>(device));
    const std::size_t n = mColumns.size();
    std::vector<double> least(n), natural(n), header(n);
    for (Row &row : mRows) {
        measure(row, plain, bold);
        if (row.atPageTop)
            measure(*row.atPageTop, plain, bold);
    }
    for (std::size_t c = 0; c < n; ++c) {
        double widest = 0;
        for (const Row &row : mRows)
            widest = std::max({widest, row.advances[c], row.atPageTop ? row.atPageTop->advances[c] : 0.0});
        const double word = longestWord(bold, mColumns[c].header);
        header[c] = advance(bold, mColumns[c].header) + kCellPadding;
        natural[c] = std::max(word, widest) + kCellPadding;
        least[c] = mColumns[c].wraps ? std::max(word, std::min(widest, kNarrowestText)) + kCellPadding : natural[c];
    }
    mWidths = least;
    double spare = width - std::accumulate(least.begin(), least.end(), 0.0);
    if (spare < 0)
        return false;
    // What is left goes first to long text up to its length, then to headers that would wrap, then
    // to every column by its width, so that the table spans the page.
    auto share = [&](const std::vector<double> &wanted) {
        std::vector<double> more(n, 0);
        for (std::size_t c = 0; c < n; ++c)
            more[c] = std::max(0.0, wanted[c] - mWidths[c]);
        const double total = std::accumulate(more.begin(), more.end(), 0.0);
        if (total <= 0)
            return;
        const double part = std::min(1.0, spare / total);
        for (std::size_t c = 0; c < n; ++c)
            mWidths[c] += more[c] * part;
        spare -= total * part;
    };
    share(natural);
    share(header);
    const double used = std::accumulate(mWidths.begin(), mWidths.end(), 0.0);
    for (double &w : mWidths)
        w += spare * w / used;
    return true;
}

void ReportTable::layout(double width, const QPaintDevice *device, double fontSize)
{
    mDevice = device;
    mShortened = false;
    for (mFontSize = fontSize; !fits(width, device) && mFontSize > kSmallestFont;)
        mFontSize = std::max(kSmallestFont, mFontSize - 0.5);
    const double needed = std::accumulate(mWidths.begin(), mWidths.end(), 0.0);
    if (needed > width) {
        mShortened = true;
        for (double &w : mWidths)
            w *= width / needed;
    }
    mLineHeight = QFontMetricsF(font(false), const_cast<QPaintDevice *>(device)).lineSpacing();
    int headerLines = 1;
    for (std::size_t c = 0; c < mColumns.size(); ++c)
        headerLines = std::max(headerLines, int(wrapLines(mColumns[c].header, font(true), device, mWidths[c] - kCellPadding, 4).size()));
    mHeaderHeight = headerLines * QFontMetricsF(font(true), const_cast<QPaintDevice *>(device)).lineSpacing() + kRowPadding;
    for (Row &row : mRows) {
        countLines(row);
        if (row.atPageTop)
            countLines(*row.atPageTop);
    }
}

QStringList ReportTable::cellLines(const Row &row, int column) const
{
    const Column &c = mColumns[std::size_t(column)];
    return wrapLines(row.cells[column], font(row.style == RowStyle::Total), mDevice, mWidths[std::size_t(column)] - kCellPadding,
                     c.wraps ? kMaxLines : 1);
}

double ReportTable::rowHeight(int row, bool pageTop) const
{
    return shown(row, pageTop).lines * mLineHeight + kRowPadding;
}

double ReportTable::height(int first, int last) const
{
    double h = mHeaderHeight;
    for (int r = first; r < last; ++r)
        h += rowHeight(r, r == first);
    return h;
}

int ReportTable::rowsFitting(int first, double height) const
{
    double h = mHeaderHeight;
    int r = first;
    while (r < rowCount() && h + rowHeight(r, r == first) <= height) {
        h += rowHeight(r, r == first);
        ++r;
    }
    return std::max(1, r - first);
}

double ReportTable::paint(QPainter &p, const QPointF &topLeft, int first, int last) const
{
    const double width = std::accumulate(mWidths.begin(), mWidths.end(), 0.0);
    double y = topLeft.y();
    p.save();
    p.setPen(Qt::black);
    p.fillRect(QRectF(topLeft.x(), y, width, mHeaderHeight), ReportStyle::tableHeader());
    const QFont bold = font(true);
    const double boldLine = QFontMetricsF(bold, p.device()).lineSpacing();
    p.setFont(bold);
    double x = topLeft.x();
    for (std::size_t c = 0; c < mColumns.size(); ++c) {
        const QStringList lines = wrapLines(mColumns[c].header, bold, mDevice, mWidths[c] - kCellPadding, 4);
        // Headers sit at the bottom of the header row, over their column's values.
        double ly = y + mHeaderHeight - kRowPadding / 2 - lines.size() * boldLine;
        for (const QString &line : lines) {
            p.drawText(QRectF(x + kCellPadding / 2, ly, mWidths[c] - kCellPadding, boldLine), mColumns[c].align | Qt::AlignVCenter, line);
            ly += boldLine;
        }
        x += mWidths[c];
    }
    y += mHeaderHeight;
    bool shaded = true;   // each group turns the shade over, and a page's first row is unshaded
    for (int r = first; r < last; ++r) {
        const Row &row = shown(r, r == first);
        const double h = rowHeight(r, r == first);
        if (r == first || !mRows[std::size_t(r)].continues)
            shaded = !shaded;
        if (row.style == RowStyle::Total) {
            p.setPen(QPen(Qt::black, 0.5));
            p.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + width, y));
        } else if (shaded) {
            p.fillRect(QRectF(topLeft.x(), y, width, h), ReportStyle::tableStripe());
        }
        p.setPen(Qt::black);
        p.setFont(font(row.style == RowStyle::Total));
        x = topLeft.x();
        for (std::size_t c = 0; c < mColumns.size(); ++c) {
            double ly = y + kRowPadding / 2;
            // Most cells hold on one line: measured once, in layout().
            const QStringList lines = row.advances[c] <= mWidths[c] - kCellPadding ? QStringList{row.cells[qsizetype(c)]} : cellLines(row, int(c));
            for (const QString &line : lines) {
                p.drawText(QRectF(x + kCellPadding / 2, ly, mWidths[c] - kCellPadding, mLineHeight), mColumns[c].align | Qt::AlignVCenter, line);
                ly += mLineHeight;
            }
            x += mWidths[c];
        }
        y += h;
    }
    p.restore();
    return y;
}

} // namespace sez
