// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/extractwriter.h"

#include "core/io/atomicfile.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"
#include "core/report/reportstyle.h"
#include "core/report/extract.h"
#include "core/report/extractplan.h"
#include "core/report/reportpage.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace sez {

namespace {

constexpr double kTop = ReportPage::kMargin;
constexpr double kBottom = ReportPage::kHeight - ReportPage::kMargin - 12;
constexpr double kLeft = ReportPage::kMargin;
constexpr double kWidth = ReportPage::kContentWidth;
// The plan takes what the first page leaves after the attributes, within these bounds.
constexpr double kPlanMinHeight = 330;
constexpr double kPlanMaxHeight = 470;
constexpr double kTitleHeight = 62;
constexpr double kPlanHeadingHeight = 16;
constexpr double kLegendHeight = 20;

// A cell of a table's header: its text over \a span columns from \a column, and down \a rows
// header rows from its own.
struct HeaderCell
{
    QString text;
    int column = 0;
    int span = 1;
    int rows = 1;
};

// A row of a table's body: its cells, or a heading across the whole table.
struct TableRow
{
    QStringList cells;
    QString heading;
};

struct Table
{
    std::vector<double> widths;
    std::vector<Qt::Alignment> aligns;
    std::vector<std::vector<HeaderCell>> header;
    std::vector<TableRow> rows;
    double fontSize = 7;
    double rowHeight = 10.5;
};

class ExtractDocument
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelExtract)

public:
    ExtractDocument(const ParcelExtract &extract, const QPaintDevice *device)
        : mExtract(extract), mStore(extract.store()), mDevice(device)
    {
        mPlain.setNumberOptions(QLocale::OmitGroupSeparator);
    }

    QString title() const { return tr("Parcel extract %1").arg(mExtract.cadastralNumber()); }

    void layout()
    {
        // The first page holds the title, the plan and the attributes: the plan gets the room left.
        const auto attributes = attributeRows();
        const double fixed = kTitleHeight + kPlanHeadingHeight + kLegendHeight + headingHeight() + factsHeight(attributes) + 6;
        const double planHeight = std::clamp(kBottom - kTop - fixed, kPlanMinHeight, kPlanMaxHeight);
        mPlan = std::make_unique<ExtractPlan>(mExtract, QSizeF(kWidth, std::floor(planHeight)), mDevice);
        newPage();
        titleBlock();
        planBlock();
        heading(tr("The parcel"), 60);
        facts(attributes);
        catalogueBlock();
        neighboursBlock();
        distancesBlock();
        sourceBlock();
    }

    int pageCount() const { return int(mPages.size()); }

    bool write(QPdfWriter &writer, QString *error)
    {
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("the PDF could not be started");
            return false;
        }
        for (std::size_t i = 0; i < mPages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const auto &item : mPages[i]) {
                painter.save();
                item(painter);
                painter.restore();
            }
            footer(painter, int(i) + 1);
        }
        return painter.end();
    }

private:
    using Item = std::function<void(QPainter &)>;

    // --- Flow: blocks go down the page and onto the next when they do not fit.

    void newPage()
    {
        mPages.emplace_back();
        mY = kTop;
    }

    void need(double height)
    {
        if (mY + height > kBottom)
            newPage();
    }

    void add(Item item) { mPages.back().push_back(std::move(item)); }

    double textHeight(const QString &text, const QFont &font, double width) const
    {
        return QFontMetricsF(font, mDevice).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString &text, double size, bool bold = false, const QColor &colour = Qt::black, double after = 3)
    {
        const QFont font = ReportPage::font(size, bold);
        const double height = textHeight(text, font, kWidth);
        need(height);
        const QRectF box(kLeft, mY, kWidth, height);
        add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, text);
        });
        mY += height + after;
    }

    void heading(const QString &text, double minimumAfter)
    {
        // A heading is never left alone at the foot of a page.
        need(16 + minimumAfter);
        mY += 6;
        paragraph(text, 10, true, Qt::black, 4);
    }

    double headingHeight() const { return 6 + textHeight(QStringLiteral("X"), ReportPage::font(10, true), kWidth) + 3 + 4; }

    // --- Tables

    std::vector<double> headerHeights(const Table &t) const
    {
        std::vector<double> heights;
        const QFont font = ReportPage::font(t.fontSize - 0.3, true);
        for (const auto &row : t.header) {
            double h = t.rowHeight;
            for (const HeaderCell &c : row) {
                double w = 0;
                for (int k = c.column; k < c.column + c.span; ++k)
                    w += t.widths[std::size_t(k)];
                if (c.rows == 1)
                    h = std::max(h, textHeight(c.text, font, w - 4) + 4);
            }
            heights.push_back(h);
        }
        return heights;
    }

    void tableHeader(const Table &t, const std::vector<double> &heights)
    {
        const double top = mY;
        add([=](QPainter &p) {
            double y = top;
            p.setFont(ReportPage::font(t.fontSize - 0.3, true));
            for (std::size_t r = 0; r < t.header.size(); ++r) {
                for (const HeaderCell &c : t.header[r]) {
                    double x = kLeft, w = 0;
                    for (int k = 0; k < c.column; ++k)
                        x += t.widths[std::size_t(k)];
                    for (int k = c.column; k < c.column + c.span; ++k)
                        w += t.widths[std::size_t(k)];
                    double h = 0;
                    for (std::size_t k = r; k < std::min(heights.size(), r + std::size_t(c.rows)); ++k)
                        h += heights[k];
                    const QRectF cell(x, y, w, h);
                    p.fillRect(cell, ReportStyle::tableHeader());
                    p.setPen(QPen(ReportStyle::tableRule(), 0.4));
                    p.drawRect(cell);
                    p.setPen(Qt::black);
                    p.drawText(cell.adjusted(2, 1, -2, -1), Qt::AlignCenter | Qt::TextWordWrap, c.text);
                }
                y += heights[r];
            }
        });
        for (double h : heights)
            mY += h;
    }

    // A column is never narrower than its header's longest word (Russian and Kazakh words are long,
    // "Дирекционный" was cut) nor than its cells: the width comes from columns with room to spare,
    // so the table keeps its width.
    void fitHeaderWords(Table &t) const
    {
        const QFontMetricsF head(ReportPage::font(t.fontSize - 0.3, true), const_cast<QPaintDevice *>(mDevice));
        const QFontMetricsF body(ReportPage::font(t.fontSize), const_cast<QPaintDevice *>(mDevice));
        const std::size_t n = t.widths.size();
        std::vector<double> least(n, 0);
        for (const TableRow &row : t.rows)
            if (row.heading.isEmpty())
                for (std::size_t c = 0; c < n; ++c)
                    least[c] = std::max(least[c], body.horizontalAdvance(row.cells.value(int(c))) + 6);
        for (const auto &row : t.header)
            for (const HeaderCell &cell : row)
                if (cell.span == 1)
                    for (const QString &word : cell.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        least[std::size_t(cell.column)] = std::max(least[std::size_t(cell.column)], head.horizontalAdvance(word) + 6);
        double deficit = 0, spare = 0;
        for (std::size_t c = 0; c < n; ++c)
            (least[c] > t.widths[c] ? deficit : spare) += std::abs(least[c] - t.widths[c]);
        if (deficit <= 0 || spare <= 0)
            return;
        const double moved = std::min(deficit, spare);
        for (std::size_t c = 0; c < n; ++c)
            t.widths[c] += least[c] > t.widths[c] ? (least[c] - t.widths[c]) * moved / deficit : -(t.widths[c] - least[c]) * moved / spare;
    }

    void table(Table t)
    {
        fitHeaderWords(t);
        const std::vector<double> heights = headerHeights(t);
        double headerHeight = 0;
        for (double h : heights)
            headerHeight += h;
        need(headerHeight + 2 * t.rowHeight);
        tableHeader(t, heights);
        const QFont font = ReportPage::font(t.fontSize);
        const QFont bold = ReportPage::font(t.fontSize, true);
        const QFontMetricsF metrics(font, mDevice);
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            if (mY + t.rowHeight > kBottom) {
                newPage();
                tableHeader(t, heights);
            }
            const TableRow row = t.rows[i];
            const double y = mY;
            const bool zebra = i % 2 == 1;
            add([=](QPainter &p) {
                p.setPen(QPen(ReportStyle::tableRule(), 0.4));
                if (!row.heading.isEmpty()) {
                    const QRectF cell(kLeft, y, kWidth, t.rowHeight);
                    p.fillRect(cell, ReportStyle::tableGroupRow());
                    p.drawRect(cell);
                    p.setFont(bold);
                    p.setPen(Qt::black);
                    p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, row.heading);
                    return;
                }
                double x = kLeft;
                p.setFont(font);
                for (std::size_t c = 0; c < t.widths.size(); ++c) {
                    const QRectF cell(x, y, t.widths[c], t.rowHeight);
                    if (zebra)
                        p.fillRect(cell, ReportStyle::tableStripe());
                    p.setPen(QPen(ReportStyle::tableRule(), 0.4));
                    p.drawRect(cell);
                    p.setPen(Qt::black);
                    const QString text = metrics.elidedText(row.cells.value(int(c)), Qt::ElideRight, t.widths[c] - 4);
                    p.drawText(cell.adjusted(2, 0, -2, 0), t.aligns[c] | Qt::AlignVCenter, text);
                    x += t.widths[c];
                }
            });
            mY += t.rowHeight;
        }
        mY += 4;
    }

    // Label and value rows; values wrap.
    static constexpr double kFactLabelWidth = 190;

    double factHeight(const std::pair<QString, QString> &row) const
    {
        const QFont font = ReportPage::font(7.5);
        return std::max(textHeight(row.first, font, kFactLabelWidth - 6), textHeight(row.second, font, kWidth - kFactLabelWidth - 6)) + 3;
    }

    double factsHeight(const std::vector<std::pair<QString, QString>> &rows) const
    {
        double height = 4;
        for (const auto &row : rows)
            height += factHeight(row);
        return height;
    }

    void facts(const std::vector<std::pair<QString, QString>> &rows)
    {
        const double labelWidth = kFactLabelWidth, valueWidth = kWidth - labelWidth;
        const QFont font = ReportPage::font(7.5), labelFont = ReportPage::font(7.5);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            // Plain copies, not a structured binding: clang 14 (the sanitizer build) cannot capture one.
            const QString label = rows[i].first, value = rows[i].second;
            const double height = factHeight(rows[i]);
            need(height);
            const double y = mY;
            add([=](QPainter &p) {
                if (i % 2 == 0)
                    p.fillRect(QRectF(kLeft, y, kWidth, height), ReportStyle::tableStripe());
                p.setPen(ReportStyle::secondaryInk());
                p.setFont(labelFont);
                p.drawText(QRectF(kLeft + 3, y + 1.5, labelWidth - 6, height), Qt::AlignLeft | Qt::TextWordWrap, label);
                p.setPen(Qt::black);
                p.setFont(font);
                p.drawText(QRectF(kLeft + labelWidth + 3, y + 1.5, valueWidth - 6, height), Qt::AlignLeft | Qt::TextWordWrap, value);
            });
            mY += height;
        }
        mY += 4;
    }

    // --- Numbers as an extract prints them

    // "29 November 2026", "29 ноября 2026": the day, the month in words, the whole year.
    QString longDate(const QDate &date) const { return mLocale.toString(date, QStringLiteral("d MMMM yyyy")); }
    QString coordinate(double v) const { return mPlain.toString(v, 'f', 2); }
    QString degrees(double v) const { return mPlain.toString(v, 'f', 7); }
    QString metres(double v) const { return mPlain.toString(v, 'f', 2); }
    // Four decimals, a square metre: what the sources give; no "-0.0000" for a difference that rounds away.
    QString hectares(double v) const { return tr("%1 ha").arg(mLocale.toString(std::abs(v) < 0.00005 ? 0.0 : v, 'f', 4)); }

    // Degrees and minutes, as direction angles are written: 154°07′.
    static QString angle(double degrees)
    {
        long minutes = std::lround(degrees * 60);
        const bool negative = minutes < 0;
        minutes = std::labs(minutes) % (360 * 60);
        return QStringLiteral("%1%2°%3′").arg(negative ? QStringLiteral("−") : QString()).arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }

    QString runs(const std::vector<BoundaryRun> &list) const
    {
        QStringList parts;
        for (const BoundaryRun &run : list) {
            if (run.from == run.to) {
                for (const BoundaryRing &ring : mExtract.boundary().rings())
                    if (ring.firstNumber == run.from)
                        parts << tr("%1–%2 (the whole ring)").arg(run.from).arg(ring.lastNumber());
            } else {
                parts << QStringLiteral("%1–%2").arg(run.from).arg(run.to);
            }
        }
        return parts.join(QStringLiteral(", "));
    }

    QString ringHeading(const ExtractRing &ring) const
    {
        const int first = ring.points.front().number, last = ring.points.back().number;
        if (ring.hole == 0)
            return tr("Part %1, outer boundary: points %2–%3").arg(ring.part + 1).arg(first).arg(last);
        return tr("Part %1, hole %2: points %3–%4").arg(ring.part + 1).arg(ring.hole).arg(first).arg(last);
    }

    // --- Blocks

    void titleBlock()
    {
        const QString number = mExtract.cadastralNumber();
        const QString dataset = mStore.datasetName();
        const QString date = tr("As of %1").arg(longDate(mExtract.options().asOf));
        const double y = mY;
        add([=](QPainter &p) {
            p.setPen(Qt::black);
            p.setFont(ReportPage::font(15, true));
            p.drawText(QRectF(kLeft, y, kWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, tr("Parcel extract"));
            p.setFont(ReportPage::font(8));
            p.drawText(QRectF(kLeft, y, kWidth, 20), Qt::AlignRight | Qt::AlignVCenter, date);
            p.setFont(ReportPage::font(12, true));
            p.drawText(QRectF(kLeft, y + 22, kWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("Cadastral number %1").arg(number));
            p.setFont(ReportPage::font(8));
            p.setPen(ReportStyle::secondaryInk());
            p.drawText(QRectF(kLeft, y + 40, kWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, dataset);
            p.setPen(QPen(Qt::black, 0.8));
            p.drawLine(QPointF(kLeft, y + 55), QPointF(kLeft + kWidth, y + 55));
        });
        mY += kTitleHeight;
    }

    void planBlock()
    {
        const QString heading = tr("Plan of the parcel");
        const QString scale = tr("Scale 1:%1").arg(mLocale.toString(mPlan->scale()));
        const double y = mY;
        const QRectF frame(kLeft, y + kPlanHeadingHeight, kWidth, mPlan->frame().height());
        const ExtractPlan *plan = mPlan.get();
        add([=](QPainter &p) {
            p.setPen(Qt::black);
            p.setFont(ReportPage::font(10, true));
            p.drawText(QRectF(kLeft, y, kWidth, 14), Qt::AlignLeft | Qt::AlignVCenter, heading);
            p.setFont(ReportPage::font(9, true));
            p.drawText(QRectF(kLeft, y, kWidth, 14), Qt::AlignRight | Qt::AlignVCenter, scale);
            plan->paint(p, frame);
        });
        mY = frame.bottom() + 4;
        legend();
        if (mPlan->unnumberedPoints() > 0)
            paragraph(tr("Boundary points too close together to be numbered at this scale: %1; the catalogue lists every point.")
                          .arg(mPlan->unnumberedPoints()),
                      6.5, false, ReportStyle::secondaryInk());
    }

    void legend()
    {
        const double y = mY;
        const QString parcel = tr("the parcel"), neighbour = tr("neighbouring parcel, its cadastral number"),
                      point = tr("boundary point, its number"), side = tr("side length, m");
        const QLocale locale;
        add([=](QPainter &p) {
            p.setFont(ReportPage::font(6.5));
            const QFontMetricsF metrics(p.font(), p.device());
            double x = kLeft;
            const double mid = y + 6;
            auto text = [&](const QString &s) {
                p.setPen(Qt::black);
                p.drawText(QPointF(x, mid + metrics.ascent() / 2 - 0.5), s);
                x += metrics.horizontalAdvance(s) + 14;
            };
            p.setPen(QPen(Qt::black, 1.2));
            p.setBrush(ReportStyle::planParcelFill());
            p.drawRect(QRectF(x, mid - 3.5, 12, 7));
            x += 16;
            text(parcel);
            p.setPen(QPen(ReportStyle::secondaryInk(), 0.6));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(x, mid - 3.5, 12, 7));
            x += 16;
            text(neighbour);
            p.setPen(QPen(Qt::black, 0.6));
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(x + 3, mid), 1.7, 1.7);
            p.setFont(ReportPage::font(6.5, true));
            p.drawText(QPointF(x + 6, mid - 1), QStringLiteral("7"));
            p.setFont(ReportPage::font(6.5));
            x += 14;
            text(point);
            p.setFont(ReportPage::font(5.8));
            const QString sample = locale.toString(12.34, 'f', 2);
            p.drawText(QPointF(x, mid + 2), sample);
            x += QFontMetricsF(p.font(), p.device()).horizontalAdvance(sample) + 4;
            p.setFont(ReportPage::font(6.5));
            text(side);
        });
        mY += kLegendHeight - 4;
    }

    std::vector<std::pair<QString, QString>> attributeRows() const
    {
        std::vector<std::pair<QString, QString>> rows;
        auto field = [&](ParcelField f) {
            const QString v = HumanLabels::displayValue(mStore, mExtract.row(), f);
            if (!v.isEmpty())
                rows.emplace_back(HumanLabels::field(f), v);
        };
        const qint64 row = mExtract.row();
        field(ParcelField::Address);
        field(ParcelField::District);
        rows.emplace_back(tr("City of Alatau"), mStore.insideCity(row) ? tr("inside the city limits") : tr("outside the city limits"));
        field(ParcelField::Zone);
        field(ParcelField::LandCategory);
        field(ParcelField::PermittedUse);
        field(ParcelField::Status);

        const double official = mExtract.officialAreaHa(), computed = mExtract.computedAreaHa();
        rows.emplace_back(tr("Official area"), hectares(official));
        rows.emplace_back(tr("Computed area (ellipsoidal, WGS 84)"), hectares(computed));
        QString difference = hectares(computed - official);
        if (computed > 0) {
            // As a share of the computed area, as the rule measures it (core/model/rules.h).
            const double percent = 100.0 * areaDifferenceShare(official, computed);
            difference += QStringLiteral(" (%1 %)").arg(mLocale.toString(std::abs(percent) < 0.005 ? 0.0 : percent, 'f', 2));
        }
        if (hasAreaMismatch(official, computed))
            difference += QStringLiteral(" — ") + tr("differs by more than 1 %");
        rows.emplace_back(tr("Computed minus official area"), difference);
        rows.emplace_back(tr("Area from the catalogue's coordinates"), hectares(mExtract.catalogueAreaHa()));
        double perimeter = 0;
        for (const ExtractRing &ring : mExtract.rings())
            for (const ExtractPoint &p : ring.points)
                perimeter += p.sideLength;
        rows.emplace_back(tr("Boundary"), tr("points: %1, rings: %2, perimeter: %3 m")
                                              .arg(mExtract.pointCount())
                                              .arg(mExtract.rings().size())
                                              .arg(mLocale.toString(perimeter, 'f', 2)));

        // What the register knows: the investor, the project, the lease, the technical conditions.
        for (ParcelField f : {ParcelField::Investor, ParcelField::Project, ParcelField::ProjectKk, ParcelField::InvestmentKzt,
                              ParcelField::Jobs, ParcelField::LeaseStart, ParcelField::LeaseEnd, ParcelField::PowerKw,
                              ParcelField::WaterM3Day, ParcelField::Gas})
            field(f);
        return rows;
    }

    Table catalogueTable() const
    {
        const bool extra = mExtract.extraEpsg() != 0;
        Table t;
        if (extra) {
            t.widths = {22, 60, 55, 62, 66, 56, 58, 40, 44, 52};
            t.fontSize = 6.6;
        } else {
            t.widths = {30, 76, 72, 70, 70, 52, 62, 83};
        }
        t.aligns.assign(t.widths.size(), Qt::AlignRight);
        t.aligns.front() = Qt::AlignCenter;
        t.aligns[t.widths.size() - 3] = Qt::AlignCenter;
        const int lonLat = extra ? 5 : 3, side = lonLat + 2;
        std::vector<HeaderCell> groups = {{tr("No."), 0, 1, 2}, {tr("EPSG:%1, m").arg(mExtract.mapEpsg()), 1, 2}};
        std::vector<HeaderCell> names = {{tr("X (north)"), 1, 1}, {tr("Y (east)"), 2, 1}};
        if (extra) {
            const bool geographic = mExtract.extraGeographic();
            groups.push_back({tr("EPSG:%1, %2").arg(mExtract.extraEpsg()).arg(geographic ? QStringLiteral("°") : tr("m")), 3, 2});
            names.push_back({geographic ? tr("Latitude") : tr("X (north)"), 3, 1});
            names.push_back({geographic ? tr("Longitude") : tr("Y (east)"), 4, 1});
        }
        groups.push_back({tr("WGS 84, degrees"), lonLat, 2});
        groups.push_back({tr("Side"), side, 3});
        names.push_back({tr("Latitude"), lonLat, 1});
        names.push_back({tr("Longitude"), lonLat + 1, 1});
        names.push_back({tr("Points"), side, 1});
        names.push_back({tr("Length, m"), side + 1, 1});
        names.push_back({tr("Direction angle"), side + 2, 1});
        t.header = {groups, names};

        const bool headings = mExtract.rings().size() > 1;
        for (const ExtractRing &ring : mExtract.rings()) {
            if (headings)
                t.rows.push_back({{}, ringHeading(ring)});
            for (std::size_t i = 0; i < ring.points.size(); ++i) {
                const ExtractPoint &p = ring.points[i];
                const int next = ring.points[(i + 1) % ring.points.size()].number;
                QStringList cells = {QString::number(p.number), coordinate(p.map.y()), coordinate(p.map.x())};
                if (extra) {
                    auto value = [&](double v) { return mExtract.extraGeographic() ? degrees(v) : coordinate(v); };
                    cells << (p.extraOk ? value(p.extra.y()) : QStringLiteral("—"))
                          << (p.extraOk ? value(p.extra.x()) : QStringLiteral("—"));
                }
                cells << degrees(p.lonLat.y()) << degrees(p.lonLat.x()) << QStringLiteral("%1–%2").arg(p.number).arg(next)
                      << metres(p.sideLength) << angle(p.sideAngle);
                t.rows.push_back({cells, {}});
            }
        }
        return t;
    }

    void catalogueBlock()
    {
        // The catalogue, its explanation, the table's header and a few rows stay together.
        heading(tr("Catalogue of boundary point coordinates"), 120);
        const QString systems = mExtract.extraEpsg() != 0
            ? tr("Coordinates in %1 (EPSG:%2), in %3 (EPSG:%4) and in WGS 84 latitude and longitude.")
                  .arg(mExtract.mapCrsName()).arg(mExtract.mapEpsg()).arg(mExtract.extraCrsName()).arg(mExtract.extraEpsg())
            : tr("Coordinates in %1 (EPSG:%2) and in WGS 84 latitude and longitude.").arg(mExtract.mapCrsName()).arg(mExtract.mapEpsg());
        paragraph(systems, 7.5);
        table(catalogueTable());

        paragraph(tr("Area from the catalogue's coordinates: %1; computed area: %2.")
                      .arg(hectares(mExtract.catalogueAreaHa()), hectares(mExtract.computedAreaHa())),
                  7.5, true);
        const double scale = mExtract.gridScale();
        QString notes = tr("X is the northing and Y the easting, in metres, as in geodetic practice. Points are numbered "
                           "clockwise from the north-westernmost point of each ring; the numbers run on from ring to ring "
                           "and each ring closes on its first point. Side lengths and direction angles are measured on the "
                           "grid of EPSG:%1, direction angles clockwise from grid north. Here 1 m on the grid is %2 m on "
                           "the ellipsoid, and true north has a direction angle of %3.")
                            .arg(mExtract.mapEpsg())
                            .arg(mLocale.toString(scale > 0 ? 1 / scale : 1, 'f', 5), angle(mExtract.trueNorthAngle()));
        notes += QLatin1Char(' ') + tr("Both areas are ellipsoidal (WGS 84); the official area is the one on record.");
        paragraph(notes, 6.5, false, ReportStyle::secondaryInk());
    }

    void neighboursBlock()
    {
        heading(tr("Neighbouring parcels"), 40);
        Table t;
        t.widths = {30, 110, 255, 120};
        t.aligns = {Qt::AlignCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
        t.fontSize = 7.2;
        t.header = {{{tr("No."), 0, 1}, {tr("Cadastral number"), 1, 1}, {tr("Along the boundary, from point to point"), 2, 1},
                     {tr("Common boundary, m"), 3, 1}}};
        int n = 0;
        for (const ExtractNeighbour &neighbour : mExtract.neighbours())
            t.rows.push_back({{QString::number(++n), neighbour.cadastralNumber, runs(neighbour.runs), metres(neighbour.sharedLength)}, {}});
        if (!mExtract.unbordered().empty())
            t.rows.push_back({{QStringLiteral("—"), tr("no parcel in the data"), runs(mExtract.unbordered()), QString()}, {}});
        if (t.rows.empty()) {
            paragraph(tr("No parcel of the data shares a boundary with this one."), 7.5);
            return;
        }
        table(t);
        paragraph(tr("A neighbour shares at least %1 m of the boundary within %2 m.")
                      .arg(mLocale.toString(ParcelExtract::kMinimumSharedLength, 'f', 1),
                           mLocale.toString(ParcelExtract::kSharedEdgeTolerance, 'f', 2)),
                  6.5, false, ReportStyle::secondaryInk());
    }

    void distancesBlock()
    {
        heading(tr("Distance to the nearest infrastructure object"), 60);
        std::vector<std::pair<QString, QString>> rows;
        const QStringList &kinds = infrastructureKinds();
        for (int k = 0; k < kinds.size(); ++k)
            rows.emplace_back(HumanLabels::infrastructureKind(kinds[k]), HumanLabels::distance(mStore.distanceTo(mExtract.row(), k)));
        facts(rows);
    }

    void sourceBlock()
    {
        heading(tr("Data source"), 60);
        std::vector<std::pair<QString, QString>> rows;
        rows.emplace_back(tr("Dataset"), mStore.datasetName());
        if (!mExtract.options().source.isEmpty())
            rows.emplace_back(tr("Source files"), mExtract.options().source);
        if (!mExtract.options().sourceDigest.isEmpty())
            rows.emplace_back(tr("Fingerprint of the source files (SHA-256)"), mExtract.options().sourceDigest);
        rows.emplace_back(tr("Prepared"), tr("with sezview on %1").arg(longDate(mExtract.options().asOf)));
        facts(rows);

        // Where the officer who issues the extract signs.
        need(50);
        mY += 14;
        const double y = mY;
        const QString issued = tr("Issued by (name, position)"), signature = tr("Signature"), date = tr("Date");
        add([=](QPainter &p) {
            p.setFont(ReportPage::font(7.5));
            p.setPen(QPen(Qt::black, 0.5));
            const double line = y + 22;
            const std::pair<QString, std::pair<double, double>> fields[] = {
                {issued, {kLeft, kLeft + 250}}, {signature, {kLeft + 270, kLeft + 400}}, {date, {kLeft + 420, kLeft + kWidth}}};
            for (const auto &[label, span] : fields) {
                p.drawLine(QPointF(span.first, line), QPointF(span.second, line));
                p.drawText(QRectF(span.first, line + 2, span.second - span.first, 10), Qt::AlignLeft, label);
            }
        });
        mY += 40;
    }

    void footer(QPainter &p, int page)
    {
        const double top = ReportPage::kHeight - ReportPage::kMargin + 4;
        p.save();
        p.setFont(ReportPage::font(7));
        p.setPen(ReportStyle::footerInk());
        p.drawLine(QPointF(kLeft, top - 4), QPointF(kLeft + kWidth, top - 4));
        QString left = tr("Extract %1 · %2").arg(mExtract.cadastralNumber(), mStore.datasetName());
        if (!mExtract.options().sourceDigest.isEmpty())
            left += QStringLiteral(" · ") + mExtract.options().sourceDigest.left(12);
        p.drawText(QRectF(kLeft, top, kWidth - 80, 12), Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(QRectF(kLeft, top, kWidth, 12), Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pageCount()));
        p.restore();
    }

    const ParcelExtract &mExtract;
    const ParcelStore &mStore;
    const QPaintDevice *mDevice;
    std::unique_ptr<ExtractPlan> mPlan;
    QLocale mLocale;
    QLocale mPlain;
    std::vector<std::vector<Item>> mPages;
    double mY = kTop;
};

} // namespace

bool writeParcelExtract(const ParcelExtract &extract, const QString &path, QString *error)
{
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        QPdfWriter writer(&device);
        ExtractDocument document(extract, &writer);
        ReportPage::setUp(writer, document.title());
        document.layout();
        return document.write(writer, reason);
    }, error);
}

} // namespace sez
