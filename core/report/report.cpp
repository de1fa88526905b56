// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report.h"

#include "core/base/feedback.h"
#include "core/io/atomicfile.h"
#include "core/io/exporter.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"
#include "core/model/statistics.h"
#include "core/model/summary.h"
#include "core/query/query.h"
#include "core/render/imagerypainter.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/report/reportstyle.h"
#include "core/report/printscale.h"
#include "core/report/reportpage.h"
#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sez {

namespace {

constexpr double kMargin = 40.0;
constexpr double kGap = 8.0;
// A legend column's width at most (points), and how many columns a legend may take beside its map.
constexpr double kLegendColumn = 150.0;
constexpr int kMostLegendColumns = 3;
constexpr double kLegendSwatch = 11.0;
constexpr double kLegendTitle = 15.0;
// Parcels picked by hand listed by number on the title page; the table has them all.
constexpr int kListedByHand = 60;

QFont font(double points, bool bold = false)
{
    return ReportPage::font(points, bold);
}

QFontMetricsF metrics(double points, bool bold, const QPaintDevice *device)
{
    return QFontMetricsF(font(points, bold), device);
}

// The height \a text takes wrapped at \a width.
double textHeight(const QString &text, double points, bool bold, double width, const QPaintDevice *device)
{
    return metrics(points, bold, device).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// A page of the plan: what it shows. Pages are planned first so "page N of M" is known up front.
struct PagePlan
{
    enum class Kind { Title, Figures, Summary, Investor, Table } kind = Kind::Table;
    int first = 0;     // table rows [first, last)
    int last = 0;
    int group = -1;    // investor group of Investor pages and their tables
};

struct InvestorGroup
{
    QString name;
    std::vector<qint64> rows;
    GroupFigures figures;
    QStringList projects;
    std::optional<ReportTable> table;
    double mapHeight = 0;
};

/// One column of the parcel table: a store field, or the row number (index -1).
struct TableColumn
{
    int index = -1;
    ParcelField field = ParcelField::Count;
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sez::Report)

public:
    ReportWriter(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options, const QStringList &columns)
        : mStore(store), mStyle(store), mRows(rows), mOptions(options), mLocale()
    {
        const QSizeF paper = options.paper.points();
        mPageWidth = paper.width();
        mPageHeight = paper.height();
        mContentWidth = mPageWidth - 2 * kMargin;
        mFooterTop = mPageHeight - kMargin + 8;
        mBodyBottom = mFooterTop - 12;
        mColumns.push_back({});
        for (const QString &name : columns) {
            const int index = store.fieldIndex(name);
            const StoreField &f = store.field(index);
            mColumns.push_back({index, f.spec ? f.spec->id : ParcelField::Count});
        }
        mStats = computeStatistics(store, rows);
        if (options.kind == ReportKind::Investor)
            groupByInvestor();
    }

    bool write(QPdfWriter &writer, QString *error)
    {
        ReportPage::setUp(writer, title(), mOptions.paper);
        mDevice = &writer;
        plan();
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("the PDF could not be started");
            return false;
        }
        if (mOptions.feedback)
            mOptions.feedback->beginPhase(QStringLiteral("report"), qint64(mPlan.size()));
        for (std::size_t i = 0; i < mPlan.size(); ++i) {
            if (isCancelled(mOptions.feedback)) {
                painter.end();
                *error = tr("the report was cancelled");
                return false;
            }
            if (i > 0)
                writer.newPage();
            mPage = int(i) + 1;
            drawPage(painter, mPlan[i]);
            if (mOptions.feedback)
                mOptions.feedback->setDone(qint64(i) + 1);
        }
        return painter.end();
    }

private:
    QString title() const
    {
        switch (mOptions.kind) {
        case ReportKind::Parcels: return tr("Parcel report");
        case ReportKind::Investor: return tr("Investor report");
        case ReportKind::Summary: return tr("The SEZ at a glance");
        case ReportKind::Extract: break;
        }
        return {};
    }

    // --- figures -------------------------------------------------------------------------------

    QString ha(double v) const { return mLocale.toString(v, 'f', 2); }
    QString count(qint64 v) const { return mLocale.toString(v); }
    QString tenge(double v) const { return HumanLabels::tenge(v); }

    // Investors in the order they first appear, then largest computed area first; each with its
    // rows, its figures (the statistics' own) and its projects.
    void groupByInvestor()
    {
        std::vector<int> groupOfCode(std::size_t(mStats.byInvestor.values.size()), -1);
        for (qint64 row : mRows) {
            const int code = mStore.code(row, ParcelField::Investor);
            if (code < 0 || std::size_t(code) >= groupOfCode.size() || mStats.byInvestor.values.at(code).isEmpty())
                continue;
            int &group = groupOfCode[std::size_t(code)];
            if (group < 0) {
                group = int(mGroups.size());
                mGroups.push_back({mStats.byInvestor.values.at(code), {}, mStats.byInvestor.byCode[std::size_t(code)], {}, {}, 0});
            }
            InvestorGroup &g = mGroups[std::size_t(group)];
            g.rows.push_back(row);
            QString project = mStore.value(row, ParcelField::Project).toString();
            const QString kk = mStore.value(row, ParcelField::ProjectKk).toString();
            if (!kk.isEmpty() && kk != project)
                project += QStringLiteral(" / ") + kk;
            if (!project.isEmpty() && !g.projects.contains(project))
                g.projects << project;
        }
        std::stable_sort(mGroups.begin(), mGroups.end(), [](const InvestorGroup &a, const InvestorGroup &b) {
            return a.figures.computedHa > b.figures.computedHa;
        });
    }

    // A table of figures by the values of \a field, with a total.
    ReportTable figuresTable(const QMap<QString, GroupFigures> &groups, ParcelField field) const
    {
        const Qt::Alignment right = Qt::AlignRight;
        ReportTable table({{FieldTable::label(FieldTable::spec(field)), Qt::AlignLeft, true},
                           {tr("Parcels"), right, false},
                           {FieldTable::header(FieldTable::spec(ParcelField::AreaHa)), right, false},
                           {FieldTable::header(FieldTable::spec(ParcelField::ComputedAreaHa)), right, false},
                           {FieldTable::header(FieldTable::spec(ParcelField::InvestmentKzt)), right, false},
                           {FieldTable::header(FieldTable::spec(ParcelField::Jobs)), right, false}});
        auto cells = [&](const QString &label, const GroupFigures &g) {
            return QStringList{label, count(g.count), ha(g.officialHa), ha(g.computedHa), mLocale.toString(g.investmentKzt, 'f', 0), count(g.jobs)};
        };
        for (auto it = groups.begin(); it != groups.end(); ++it)
            table.addRow(cells(HumanLabels::value(field, it.key()), it.value()));
        table.addRow(cells(tr("Total"), mStats.total), ReportTable::RowStyle::Total);
        table.layout(mContentWidth, mDevice, 7.5);
        return table;
    }

    // --- the parcel table ----------------------------------------------------------------------

    // A report in Kazakh names projects in Kazakh where the registry has the name.
    QString projectName(qint64 row) const
    {
        if (mLocale.language() == QLocale::Kazakh) {
            const QString kk = mStore.value(row, ParcelField::ProjectKk).toString();
            if (!kk.isEmpty())
                return kk;
        }
        return mStore.value(row, ParcelField::Project).toString();
    }

    // A cell: codes in words, numbers in the locale with the field table's decimals, the computed
    // area marked where it differs from the official one by more than 1 %.
    QString cellText(qint64 row, const TableColumn &column, qint64 number) const
    {
        switch (column.field) {
        case ParcelField::Count:
            if (column.index < 0)
                return count(number);
            break;
        case ParcelField::ComputedAreaHa: {
            const QString text = HumanLabels::displayValue(mStore, row, column.index);
            return hasAreaMismatch(mStore.officialAreaHa(row), mStore.computedAreaHa(row)) ? text + QStringLiteral(" ≠") : text;
        }
        case ParcelField::Project: return projectName(row);
        default: break;
        }
        return HumanLabels::displayValue(mStore, row, column.index);
    }

    // Outside tableColumn(): lupdate would take ReportTable for the context of a message there.
    static QString numberHeader() { return tr("No."); }

    ReportTable::Column tableColumn(const TableColumn &column) const
    {
        if (column.index < 0)
            return {numberHeader(), Qt::AlignRight, false};
        const StoreField &f = mStore.field(column.index);
        const bool number = f.kind == FieldKind::Real || f.kind == FieldKind::Integer;
        // Free text wraps; codes, numbers, dates and cadastral numbers keep to one line.
        const bool wraps = f.kind == FieldKind::Text || (f.kind == FieldKind::Coded && (!f.spec || f.spec->codes.empty()));
        return {f.header(), number ? Qt::AlignRight : Qt::AlignLeft, wraps && column.field != ParcelField::CadastralNumber};
    }

    ReportTable parcelTable(const std::vector<qint64> &rows) const
    {
        std::vector<ReportTable::Column> columns;
        for (const TableColumn &c : mColumns)
            columns.push_back(tableColumn(c));
        ReportTable table(std::move(columns));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QStringList cells;
            for (const TableColumn &c : mColumns)
                cells << cellText(rows[i], c, qint64(i) + 1);
            table.addRow(std::move(cells));
        }
        table.layout(mContentWidth, mDevice);
        return table;
    }

    bool showsAreaMismatch() const
    {
        return std::any_of(mColumns.begin(), mColumns.end(), [](const TableColumn &c) { return c.field == ParcelField::ComputedAreaHa; });
    }

    // --- planning ------------------------------------------------------------------------------

    static constexpr double kTableTop = kMargin + 18;

    void planTable(const ReportTable &table, int group, int from = 0)
    {
        const double footnote = showsAreaMismatch() ? 16 : 0;
        for (int first = from; first < table.rowCount();) {
            int last = first + table.rowsFitting(first, mBodyBottom - kTableTop);
            if (last == table.rowCount() && kTableTop + table.height(first, last) + footnote > mBodyBottom && last - first > 1)
                --last;   // room for the footnote under the last row
            mPlan.push_back({PagePlan::Kind::Table, first, last, group});
            first = last;
        }
    }

    void plan()
    {
        mZoneTable.emplace(figuresTable(mStats.byZone.byValue(), ParcelField::Zone));
        mStatusTable.emplace(figuresTable(mStats.byStatus.byValue(), ParcelField::Status));
        mPlan.push_back({PagePlan::Kind::Title, 0, 0, -1});
        // The title page holds the figures when the map can stay large; else they get a page.
        const double rest = mBodyBottom - kMargin - titleHeaderHeight() - summaryLineHeight() - figuresHeight();
        mFiguresOnTitle = rest >= 0.38 * (mBodyBottom - kMargin);
        if (!mFiguresOnTitle)
            mPlan.push_back({PagePlan::Kind::Figures, 0, 0, -1});
        switch (mOptions.kind) {
        case ReportKind::Parcels:
            mTable.emplace(parcelTable(mRows));
            planTable(*mTable, -1);
            break;
        case ReportKind::Investor:
            for (std::size_t g = 0; g < mGroups.size(); ++g) {
                InvestorGroup &group = mGroups[g];
                group.table.emplace(parcelTable(group.rows));
                // The table starts under the map when a few of its rows fit there; the map gives
                // up some height when that lets the whole table fit.
                const ReportTable &table = *group.table;
                const double footnote = showsAreaMismatch() ? 16 : 0;
                const double whole = table.height(0, table.rowCount()) + footnote;
                group.mapHeight = investorMapHeight();
                const double smallest = 0.36 * (mBodyBottom - kMargin);
                if (investorTableTop(group) + whole > mBodyBottom && investorTableTop(group) - group.mapHeight + smallest + whole <= mBodyBottom)
                    group.mapHeight = mBodyBottom - whole - (investorTableTop(group) - group.mapHeight);
                const double top = investorTableTop(group);
                int under = 0;
                if (top + table.height(0, std::min(3, table.rowCount())) <= mBodyBottom)
                    under = table.rowsFitting(0, mBodyBottom - top);
                if (under == table.rowCount() && under > 1 && top + table.height(0, under) + footnote > mBodyBottom)
                    --under;
                mPlan.push_back({PagePlan::Kind::Investor, 0, under, int(g)});
                planTable(*group.table, int(g), under);
            }
            break;
        case ReportKind::Summary:
            mPlan.push_back({PagePlan::Kind::Summary, 0, 0, -1});
            break;
        case ReportKind::Extract:
            break;
        }
    }

    // --- the title page ------------------------------------------------------------------------

    QString numbers(const std::vector<qint64> &rows) const
    {
        QStringList list;
        for (std::size_t i = 0; i < rows.size() && i < std::size_t(kListedByHand); ++i)
            list << mStore.value(rows[i], ParcelField::CadastralNumber).toString();
        QString text = list.join(QStringLiteral(", "));
        if (rows.size() > std::size_t(kListedByHand))
            text += QLatin1Char(' ') + tr("and %1 more (all in the table)").arg(count(qint64(rows.size()) - kListedByHand));
        return text;
    }

    // What the report is of: the query and the parcels picked by hand, each a paragraph.
    QStringList selectionParagraphs() const
    {
        QStringList out;
        const QString query = mOptions.where.trimmed();
        if (!query.isEmpty())
            out << tr("Query: %1").arg(query);
        else if (mOptions.addedByHand.empty())
            out << tr("Query: %1").arg(tr("all parcels"));
        if (!mOptions.addedByHand.empty()) {
            const QString n = count(qint64(mOptions.addedByHand.size()));
            out << (query.isEmpty() ? tr("Picked by hand (%1): %2") : tr("Added by hand (%1): %2")).arg(n, numbers(mOptions.addedByHand));
        }
        if (!mOptions.removedByHand.empty())
            out << tr("Taken out by hand (%1): %2").arg(count(qint64(mOptions.removedByHand.size())), numbers(mOptions.removedByHand));
        return out;
    }

    double titleHeaderHeight() const
    {
        double h = 22 + 14;
        for (const QString &paragraph : selectionParagraphs())
            h += textHeight(paragraph, 9, false, mContentWidth, mDevice) + 2;
        return h + 14 + 6;
    }

    QString summaryLine() const
    {
        const GroupFigures &t = mStats.total;
        return tr("%1 parcels, %2 ha official, %3 ha computed; inside the city %4, outside %5")
            .arg(count(t.count), ha(t.officialHa), ha(t.computedHa), count(mStats.insideCity.count), count(mStats.outsideCity.count));
    }

    double summaryLineHeight() const { return textHeight(summaryLine(), 9, false, mContentWidth, mDevice) + kGap; }

    double figuresHeight() const
    {
        return 2 * (16 + kGap) + mZoneTable->height(0, mZoneTable->rowCount()) + mStatusTable->height(0, mStatusTable->rowCount());
    }

    double drawFigures(QPainter &p, double y, const QString &heading, const ReportTable &table)
    {
        p.setPen(Qt::black);
        p.setFont(font(9, true));
        p.drawText(QRectF(kMargin, y, mContentWidth, 14), Qt::AlignLeft | Qt::AlignBottom, heading);
        return table.paint(p, QPointF(kMargin, y + 16), 0, table.rowCount()) + kGap;
    }

    void drawTitle(QPainter &p)
    {
        p.setPen(Qt::black);
        p.setFont(font(16, true));
        p.drawText(QRectF(kMargin, kMargin, mContentWidth, 22), Qt::AlignLeft | Qt::AlignVCenter, title());
        double y = kMargin + 24;
        p.setFont(font(9));
        p.drawText(QRectF(kMargin, y, mContentWidth, 12), Qt::AlignLeft, mStore.datasetName());
        y += 14;
        for (const QString &paragraph : selectionParagraphs()) {
            const double h = textHeight(paragraph, 9, false, mContentWidth, mDevice);
            p.drawText(QRectF(kMargin, y, mContentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, paragraph);
            y += h + 2;
        }
        p.drawText(QRectF(kMargin, y, mContentWidth, 12), Qt::AlignLeft, tr("As of %1").arg(mLocale.toString(mOptions.asOf, QLocale::LongFormat)));
        y += 14 + 6;
        double mapBottom = mBodyBottom - summaryLineHeight();
        if (mFiguresOnTitle)
            mapBottom -= figuresHeight();
        drawMap(p, QRectF(kMargin, y, mContentWidth, mapBottom - y), mRows);
        y = mapBottom;
        p.setPen(Qt::black);
        p.setFont(font(9));
        const double h = textHeight(summaryLine(), 9, false, mContentWidth, mDevice);
        p.drawText(QRectF(kMargin, y + 4, mContentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, summaryLine());
        y += h + kGap;
        if (mFiguresOnTitle)
            drawAllFigures(p, y);
    }

    void drawAllFigures(QPainter &p, double y)
    {
        y = drawFigures(p, y, tr("By zone"), *mZoneTable);
        drawFigures(p, y, tr("By status"), *mStatusTable);
    }

    // --- the map -------------------------------------------------------------------------------

    // The map of \a rows in \a box: the map frame, the legend beside it and the scale under it.
    void drawMap(QPainter &p, const QRectF &box, const std::vector<qint64> &rows);
    void drawOverview(QPainter &p, const QRectF &frame, const QRectF &shown) const;
    int legendColumns(const std::vector<LegendSection> &legend, double columnWidth, double height) const;
    void drawLegend(QPainter &p, const QRectF &box, int columns, const std::vector<LegendSection> &legend) const;

    // --- the other pages -----------------------------------------------------------------------

    void drawSummaryPage(QPainter &p);
    QStringList investorParagraphs(const InvestorGroup &g) const;
    double investorMapTop(const InvestorGroup &g) const;
    double investorMapHeight() const;
    double investorTableTop(const InvestorGroup &g) const;
    void drawInvestor(QPainter &p, const InvestorGroup &g, const PagePlan &page);
    void drawTableRows(QPainter &p, const PagePlan &page, double top);

    void footer(QPainter &p)
    {
        p.setFont(font(7));
        p.setPen(ReportStyle::footerInk());
        p.drawLine(QPointF(kMargin, mFooterTop - 4), QPointF(mPageWidth - kMargin, mFooterTop - 4));
        const QString pages = tr("Page %1 of %2").arg(mPage).arg(mPlan.size());
        const double pagesWidth = metrics(7, false, mDevice).horizontalAdvance(pages) + 12;
        const QString left = metrics(7, false, mDevice).elidedText(QStringLiteral("%1 — %2").arg(mStore.datasetName(), title()), Qt::ElideRight,
                                                                   mContentWidth - pagesWidth);
        p.drawText(QRectF(kMargin, mFooterTop, mContentWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(QRectF(kMargin, mFooterTop, mContentWidth, 12), Qt::AlignRight | Qt::AlignVCenter, pages);
    }

    void drawPage(QPainter &p, const PagePlan &page)
    {
        p.save();
        switch (page.kind) {
        case PagePlan::Kind::Title: drawTitle(p); break;
        case PagePlan::Kind::Figures:
            p.setFont(font(13, true));
            p.drawText(QRectF(kMargin, kMargin, mContentWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, title());
            drawAllFigures(p, kMargin + 26);
            break;
        case PagePlan::Kind::Summary: drawSummaryPage(p); break;
        case PagePlan::Kind::Investor: drawInvestor(p, mGroups[std::size_t(page.group)], page); break;
        case PagePlan::Kind::Table: drawTableRows(p, page, kMargin); break;
        }
        p.restore();
        footer(p);
    }

    const ParcelStore &mStore;
    const MapStyle mStyle;
    const std::vector<qint64> &mRows;
    const ReportOptions &mOptions;
    QLocale mLocale;
    std::vector<TableColumn> mColumns;
    ParcelStatistics mStats;
    std::vector<InvestorGroup> mGroups;
    std::vector<PagePlan> mPlan;
    std::optional<ReportTable> mTable, mZoneTable, mStatusTable;
    const QPaintDevice *mDevice = nullptr;
    bool mFiguresOnTitle = true;
    int mPage = 0;
    double mPageWidth = 0, mPageHeight = 0, mContentWidth = 0, mFooterTop = 0, mBodyBottom = 0;
};

void ReportWriter::drawMap(QPainter &p, const QRectF &box, const std::vector<qint64> &rows)
{
    constexpr double kScaleLine = 13;
    QRectF bounds;
    for (qint64 row : rows)
        bounds = bounds.isNull() ? mStore.bounds(row) : bounds.united(mStore.bounds(row));
    if (bounds.isNull())
        bounds = mStore.extent();
    // The legend takes a column beside the map, more when its entries are too many for one (a
    // landscape page's short map): the map gives up width for them, never an entry.
    const double columnWidth = std::min(kLegendColumn, box.width() * 0.27);
    int columns = 1;
    QRectF frame;
    int scale = 0;
    std::vector<bool> highlight;
    RenderOptions options;
    options.style = ParcelStyle::Zone;
    options.labels = false;
    options.highlightOutlines = true;
    if (qint64(rows.size()) < mStore.size()) {
        highlight.assign(std::size_t(mStore.size()), false);
        for (qint64 row : rows)
            highlight[std::size_t(row)] = true;
        options.highlight = &highlight;
    }
    options.imageryWaitMs = kPrintImageryWaitMs;
    RenderContext context(mStore, mStyle, MapView(), options);
    if (mOptions.layers)
        context.setLayers(*mOptions.layers);
    showImageryUnder(context.layers(), mOptions.imagery);
    std::vector<LegendSection> legend;
    for (;;) {
        const double legendWidth = columns * columnWidth + (columns - 1) * kGap;
        frame = QRectF(box.topLeft(), QSizeF(std::floor(box.width() - legendWidth - kGap), std::floor(box.height() - kScaleLine)));
        // The largest round scale that holds the parcels, a few points clear of the frame.
        scale = PrintScale::fitting(bounds.size(), frame.size(), 6);
        options.outlines = scale <= 10000;   // at smaller scales outlines would hide the parcels' colours
        context.setOptions(options);
        context.setView(MapView::atResolution(bounds.center(), PrintScale::metresPerPoint(scale), frame.size().toSize()));
        legend = mapLegend(context);
        const int needed = legendColumns(legend, columnWidth, frame.height());
        if (needed <= columns || columns == kMostLegendColumns)
            break;
        columns = std::min(needed, kMostLegendColumns);
    }
    const MapView &view = context.view();
    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    p.fillRect(QRectF(QPointF(0, 0), frame.size()), MapStyle::background());
    MapRenderer::paint(p, context);
    p.setFont(font(5.5));
    MapDecorations::paintAttribution(p, QRectF(QPointF(0, 0), frame.size()), context.layers().attribution());
    // An inset shows where a map of a small part of the SEZ lies in it.
    const QRectF whole = mStore.extent();
    const bool overview = view.extent().width() * view.extent().height() * 9 < whole.width() * whole.height();
    if (overview)
        drawOverview(p, QRectF(QPointF(0, 0), frame.size()), view.extent());
    p.setFont(font(6.5));
    MapDecorations::paintScaleBar(p, view, QPointF(10, frame.height() - 9), frame.width() / 4);
    p.setFont(font(7));
    MapDecorations::paintNorthArrow(p, QPointF(16, 8), 18);
    p.restore();
    p.setPen(QPen(ReportStyle::secondaryInk(), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.setPen(Qt::black);
    p.setFont(font(7));
    p.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), kScaleLine - 2), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Scale 1:%1").arg(count(scale)));
    drawLegend(p, QRectF(frame.right() + kGap, frame.top(), box.right() - frame.right() - kGap, frame.height()), columns, legend);
    if (mOptions.maps)
        mOptions.maps->push_back({mPage, frame, view.extent(), scale, bounds, legend, overview});
}

void ReportWriter::drawOverview(QPainter &p, const QRectF &frame, const QRectF &shown) const
{
    const QRectF whole = mStore.extent();
    double width = frame.width() * 0.28, height = width * whole.height() / whole.width();
    if (height > frame.height() * 0.4) {
        height = frame.height() * 0.4;
        width = height * whole.width() / whole.height();
    }
    const QRectF inset(frame.right() - width - 6, 6, width, height);
    // The SEZ's parts and the city limits, nothing else, at the inset's scale.
    MapLayers layers = MapLayers::standard(mStyle);
    QStringList ids;
    for (const MapLayer &layer : layers)
        ids << layer.id;
    for (const QString &id : ids)
        layers.setVisible(id, id == kSezPartsLayer || id == kCityLimitsLayer);
    RenderOptions options;
    options.labels = false;
    RenderContext context(mStore, mStyle, MapView(whole, inset.size().toSize()), options);
    context.setLayers(layers);
    p.save();
    p.fillRect(inset.adjusted(-1, -1, 1, 1), Qt::white);
    p.translate(inset.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), inset.size()));
    MapRenderer::paint(p, context);
    // Where the main map lies: a rectangle, or a cross where it would be too small to see.
    QRectF mark = context.view().toPixel(shown);
    p.setPen(QPen(ReportStyle::overviewMark(), 1.2));
    p.setBrush(Qt::NoBrush);
    if (mark.width() < 4 && mark.height() < 4) {
        const QPointF c = mark.center();
        p.drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
        p.drawLine(c - QPointF(0, 5), c + QPointF(0, 5));
    }
    p.drawRect(mark);
    p.restore();
    p.setPen(QPen(ReportStyle::secondaryInk(), 0.6));
    p.drawRect(inset);
}

// How many columns of \a columnWidth and \a height the legend's entries take, flowing from one
// column into the next; a layer's entries stay in order, the air between layers is dropped at a
// column's top.
int ReportWriter::legendColumns(const std::vector<LegendSection> &legend, double columnWidth, double height) const
{
    const double labelWidth = columnWidth - kLegendSwatch - 4;
    int columns = 1;
    double y = kLegendTitle;
    for (const LegendSection &section : legend) {
        for (const LegendEntry &e : section.entries) {
            const double h = std::max(8.0, textHeight(e.label, 6.5, false, labelWidth, mDevice));
            if (y + h > height && y > kLegendTitle) {
                ++columns;
                y = kLegendTitle;
            }
            y += h + 2;
        }
        y += 3;   // a little air between layers
    }
    return columns;
}

void ReportWriter::drawLegend(QPainter &p, const QRectF &box, int columns, const std::vector<LegendSection> &legend) const
{
    const double columnWidth = (box.width() - (columns - 1) * kGap) / columns;
    const double labelWidth = columnWidth - kLegendSwatch - 4;
    p.save();
    p.setPen(Qt::black);
    p.setFont(font(8, true));
    p.drawText(QRectF(box.left(), box.top(), columnWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    int column = 0;
    double y = box.top() + kLegendTitle;
    for (const LegendSection &section : legend) {
        for (const LegendEntry &e : section.entries) {
            const double h = std::max(8.0, textHeight(e.label, 6.5, false, labelWidth, mDevice));
            if (y + h > box.bottom() && y > box.top() + kLegendTitle) {
                if (column + 1 == columns) {
                    // Only where even the most columns do not hold it all.
                    p.setFont(font(6.5));
                    p.drawText(QRectF(box.left() + column * (columnWidth + kGap), y, columnWidth, 9), Qt::AlignLeft, QStringLiteral("…"));
                    p.restore();
                    return;
                }
                ++column;
                y = box.top() + kLegendTitle;
            }
            const double x = box.left() + column * (columnWidth + kGap);
            paintLegendSymbol(p, QRectF(x, y + 0.5, kLegendSwatch, 7), e.symbol);
            p.setPen(Qt::black);
            p.setFont(font(6.5));
            p.drawText(QRectF(x + kLegendSwatch + 4, y, labelWidth, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, e.label);
            y += h + 2;
        }
        y += 3;   // a little air between layers
    }
    p.restore();
}

void ReportWriter::drawSummaryPage(QPainter &p)
{
    // The SEZ itself, from its boundary: areas inside and outside the city limits.
    const SezAreas sez = sezAreas(mStore);
    QMap<QString, int> infrastructure;
    for (const ContextFeature &f : mStore.infrastructure())
        ++infrastructure[f.kind];

    p.setPen(Qt::black);
    p.setFont(font(14, true));
    p.drawText(QRectF(kMargin, kMargin, mContentWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, tr("Special economic zone"));
    double y = kMargin + 30;
    const double valueWidth = 160;
    auto line = [&](const QString &label, const QString &value) {
        const double h = std::max(13.0, textHeight(label, 9, false, mContentWidth - valueWidth - kGap, mDevice));
        p.setFont(font(9));
        p.drawText(QRectF(kMargin, y, mContentWidth - valueWidth - kGap, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
        p.setFont(font(9, true));
        p.drawText(QRectF(kMargin + mContentWidth - valueWidth, y, valueWidth, h), Qt::AlignRight | Qt::AlignVCenter, value);
        y += h + 2;
    };
    line(tr("SEZ area"), tr("%1 ha").arg(mLocale.toString(sez.totalHa, 'f', 0)));
    line(tr("inside the city limits"), tr("%1 ha").arg(mLocale.toString(sez.insideCityHa, 'f', 0)));
    line(tr("outside the city limits"), tr("%1 ha").arg(mLocale.toString(sez.outsideCityHa, 'f', 0)));
    line(tr("Parcels"), count(mStats.total.count));
    line(tr("Investment projects"), count(mStats.projects));
    line(tr("under implementation"), count(mStats.projectsUnderImplementation));
    line(tr("Investment"), HumanLabels::tengeInWords(mStats.total.investmentKzt));
    line(tr("Planned jobs"), count(mStats.total.jobs));
    y += 10;
    p.setFont(font(9, true));
    p.drawText(QRectF(kMargin, y, mContentWidth, 14), Qt::AlignLeft | Qt::AlignBottom, tr("First-priority infrastructure objects"));
    y += 18;
    for (auto it = infrastructure.begin(); it != infrastructure.end(); ++it)
        line(HumanLabels::infrastructureKind(it.key()), count(it.value()));
    y += 10;
    drawFigures(p, y, tr("By status"), *mStatusTable);
}

QStringList ReportWriter::investorParagraphs(const InvestorGroup &g) const
{
    QStringList out;
    out << tr("Parcels: %1; official area %2 ha; computed area %3 ha").arg(count(g.figures.count), ha(g.figures.officialHa), ha(g.figures.computedHa))
        << tr("Investment: %1; planned jobs: %2").arg(HumanLabels::tengeInWords(g.figures.investmentKzt), count(g.figures.jobs));
    for (const QString &project : g.projects)
        out << tr("Project: %1").arg(project);
    return out;
}

double ReportWriter::investorMapTop(const InvestorGroup &g) const
{
    double y = kMargin + textHeight(g.name, 13, true, mContentWidth, mDevice) + 6;
    for (const QString &paragraph : investorParagraphs(g))
        y += textHeight(paragraph, 9, false, mContentWidth, mDevice) + 2;
    return y + kGap;
}

double ReportWriter::investorMapHeight() const
{
    return std::min(0.55 * (mBodyBottom - kMargin), mContentWidth * 0.72);
}

double ReportWriter::investorTableTop(const InvestorGroup &g) const
{
    return investorMapTop(g) + g.mapHeight + kGap + 18;
}

void ReportWriter::drawInvestor(QPainter &p, const InvestorGroup &g, const PagePlan &page)
{
    p.setPen(Qt::black);
    double y = kMargin;
    auto paragraph = [&](const QString &text, double points, bool bold) {
        const double h = textHeight(text, points, bold, mContentWidth, mDevice);
        p.setFont(font(points, bold));
        p.drawText(QRectF(kMargin, y, mContentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
        y += h + 2;
    };
    paragraph(g.name, 13, true);
    y += 4;
    for (const QString &text : investorParagraphs(g))
        paragraph(text, 9, false);
    drawMap(p, QRectF(kMargin, investorMapTop(g), mContentWidth, g.mapHeight), g.rows);
    if (page.last > page.first)
        drawTableRows(p, page, investorTableTop(g) - 18);
}

// The table's rows of \a page under its heading at \a top.
void ReportWriter::drawTableRows(QPainter &p, const PagePlan &page, double top)
{
    const bool grouped = page.group >= 0;
    const ReportTable &table = grouped ? *mGroups[std::size_t(page.group)].table : *mTable;
    p.setPen(Qt::black);
    p.setFont(font(10, true));
    const QString heading = grouped ? tr("Parcels of %1").arg(mGroups[std::size_t(page.group)].name) : tr("Parcels");
    p.drawText(QRectF(kMargin, top, mContentWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
               metrics(10, true, mDevice).elidedText(heading, Qt::ElideRight, mContentWidth));
    const double bottom = table.paint(p, QPointF(kMargin, top + 18), page.first, page.last);
    if (page.last == table.rowCount() && showsAreaMismatch()) {
        p.setPen(Qt::black);
        p.setFont(font(6.5));
        p.drawText(QRectF(kMargin, bottom + 4, mContentWidth, 10), Qt::AlignLeft,
                   tr("≠ marks parcels whose computed area differs from the official one by more than 1 %."));
    }
}

} // namespace

namespace {

// An unknown column is named with the nearest field, as the query language does.
bool knownColumns(const ParcelStore &store, const QStringList &columns, QString *error)
{
    QStringList names;
    for (int f = 0; f < store.fieldCount(); ++f)
        names << store.field(f).name;
    for (const QString &column : columns)
        if (store.fieldIndex(column.trimmed()) < 0) {
            *error = ReportWriter::tr("unknown column '%1'%2").arg(column.trimmed(), didYouMeanSuffix(column.trimmed(), names));
            return false;
        }
    return true;
}

} // namespace

bool reportKindFromName(const QString &name, ReportKind *kind)
{
    if (name == QLatin1String("parcels"))
        *kind = ReportKind::Parcels;
    else if (name == QLatin1String("investor"))
        *kind = ReportKind::Investor;
    else if (name == QLatin1String("summary"))
        *kind = ReportKind::Summary;
    else if (name == QLatin1String("extract"))
        *kind = ReportKind::Extract;
    else
        return false;
    return true;
}

ReportSelection ReportSelection::compare(const QString &query, std::vector<qint64> queryRows, std::vector<qint64> rows)
{
    std::sort(queryRows.begin(), queryRows.end());
    std::sort(rows.begin(), rows.end());
    ReportSelection out;
    std::vector<qint64> common;
    std::set_intersection(rows.begin(), rows.end(), queryRows.begin(), queryRows.end(), std::back_inserter(common));
    if (query.trimmed().isEmpty() || common.empty()) {
        out.added = std::move(rows);
        return out;
    }
    out.query = query.trimmed();
    std::set_difference(rows.begin(), rows.end(), queryRows.begin(), queryRows.end(), std::back_inserter(out.added));
    std::set_difference(queryRows.begin(), queryRows.end(), rows.begin(), rows.end(), std::back_inserter(out.removed));
    return out;
}

QStringList defaultReportColumns(ReportKind kind)
{
    QList<ParcelField> fields = {ParcelField::CadastralNumber, ParcelField::Zone, ParcelField::Status, ParcelField::District,
                                 ParcelField::AreaHa, ParcelField::ComputedAreaHa};
    if (kind == ReportKind::Investor)
        fields << ParcelField::Project << ParcelField::LeaseEnd;
    else
        fields << ParcelField::Investor << ParcelField::Project;
    QStringList names;
    for (ParcelField f : fields)
        names << parcelFieldName(f);
    return names;
}

bool writeReport(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                 const QString &path, QString *error)
{
    if (options.kind == ReportKind::Extract) {
        *error = QStringLiteral("an extract is written by writeParcelExtract()");
        return false;
    }
    if (!knownColumns(store, options.columns, error))
        return false;
    QStringList columns;
    if (!resolveExportFields(store, options.columns.isEmpty() ? defaultReportColumns(options.kind) : options.columns, &columns, error))
        return false;
    ReportWriter report(store, rows, options, columns);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        QPdfWriter writer(&device);
        return report.write(writer, reason);
    }, error);
}

bool writeReportWorkbook(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                         bool valueLabels, const QString &path, QString *error)
{
    if (!knownColumns(store, options.columns, error))
        return false;
    ExportOptions exportOptions;
    exportOptions.format = ExportFormat::Xlsx;
    exportOptions.fields = options.columns.isEmpty() ? defaultReportColumns(options.kind) : options.columns;
    exportOptions.labelHeaders = true;
    exportOptions.valueLabels = valueLabels;
    return exportParcels(store, rows, exportOptions, path, error);
}

} // namespace sez
