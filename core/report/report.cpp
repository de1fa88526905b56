// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report.h"

#include "core/base/feedback.h"
#include "core/io/atomicfile.h"
#include "core/model/humanlabels.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"
#include "core/model/statistics.h"
#include "core/report/reportpage.h"
#include "core/model/summary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

// Points on an A4 page at 72 dpi.
constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 40.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kRowHeight = 11.5;
constexpr double kTableTop = kMargin + 34;
constexpr double kFooterTop = kPageHeight - kMargin + 8;
constexpr int kRowsPerTablePage = int((kFooterTop - 14 - kTableTop - 2 * kRowHeight) / kRowHeight);

QFont font(double points, bool bold = false)
{
    return ReportPage::font(points, bold);
}

// The parcel table's columns: a field of the field table (Count: the row number), headed by its
// label unless the column is too narrow for it.
struct Column
{
    ParcelField field;
    const char *shortTitle;
    double width;
    Qt::Alignment align;
};

const Column kColumns[] = {
    {ParcelField::Count, QT_TRANSLATE_NOOP("sez::Report", "No."), 24, Qt::AlignRight},
    {ParcelField::CadastralNumber, nullptr, 70, Qt::AlignLeft},
    {ParcelField::Zone, nullptr, 64, Qt::AlignLeft},
    {ParcelField::Status, nullptr, 60, Qt::AlignLeft},
    {ParcelField::AreaHa, QT_TRANSLATE_NOOP("sez::Report", "Official, ha"), 46, Qt::AlignRight},
    {ParcelField::ComputedAreaHa, QT_TRANSLATE_NOOP("sez::Report", "Computed, ha"), 50, Qt::AlignRight},
    {ParcelField::Investor, nullptr, 92, Qt::AlignLeft},
    {ParcelField::Project, nullptr, 109, Qt::AlignLeft},
};

// A page of the plan: what it shows. Pages are planned first so "page N of M" is known up front.
struct PagePlan
{
    enum class Kind { Title, Summary, Investor, Table } kind = Kind::Table;
    qint64 first = 0;     // rows[first, last) for table pages
    qint64 last = 0;
    int group = -1;       // investor group for Investor pages and their tables
};

struct InvestorGroup
{
    QString name;
    std::vector<qint64> rows;
    GroupFigures figures;
    QStringList projects;
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sez::Report)

public:
    ReportWriter(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options)
        : mStore(store), mStyle(store), mRows(rows), mOptions(options), mLocale()
    {
        mStats = computeStatistics(store, rows);
        if (options.kind == ReportKind::Investor)
            groupByInvestor();
        plan();
    }

    int pageCount() const { return int(mPlan.size()); }

    bool write(QPdfWriter &writer, QString *error)
    {
        ReportPage::setUp(writer, title());
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("the PDF could not be started");
            return false;
        }
        if (mOptions.feedback)
            mOptions.feedback->beginPhase(QStringLiteral("report"), pageCount());
        for (std::size_t i = 0; i < mPlan.size(); ++i) {
            if (isCancelled(mOptions.feedback)) {
                painter.end();
                *error = tr("the report was cancelled");
                return false;
            }
            if (i > 0)
                writer.newPage();
            drawPage(painter, mPlan[i], int(i) + 1);
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
                mGroups.push_back({mStats.byInvestor.values.at(code), {}, mStats.byInvestor.byCode[std::size_t(code)], {}});
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
        std::sort(mGroups.begin(), mGroups.end(), [](const InvestorGroup &a, const InvestorGroup &b) {
            return a.figures.computedHa > b.figures.computedHa;
        });
    }

    void planTable(qint64 count, int group)
    {
        for (qint64 first = 0; first < count; first += kRowsPerTablePage)
            mPlan.push_back({PagePlan::Kind::Table, first, std::min(count, first + kRowsPerTablePage), group});
    }

    void plan()
    {
        mPlan.push_back({PagePlan::Kind::Title, 0, 0, -1});
        switch (mOptions.kind) {
        case ReportKind::Parcels:
            planTable(qint64(mRows.size()), -1);
            break;
        case ReportKind::Investor:
            for (std::size_t g = 0; g < mGroups.size(); ++g) {
                mPlan.push_back({PagePlan::Kind::Investor, 0, 0, int(g)});
                planTable(qint64(mGroups[g].rows.size()), int(g));
            }
            break;
        case ReportKind::Summary:
            mPlan.push_back({PagePlan::Kind::Summary, 0, 0, -1});
            break;
        case ReportKind::Extract:
            break;
        }
    }

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

    QString ha(double v) const { return mLocale.toString(v, 'f', 2); }

    // A cell of the parcel table: codes in words, areas with two decimals (the computed one marked
    // where it differs from the official one by more than 1 %), the project in the report's language.
    QString cellText(qint64 row, ParcelField field, qint64 number) const
    {
        const double official = mStore.officialAreaHa(row), computed = mStore.computedAreaHa(row);
        switch (field) {
        case ParcelField::Count: return count(number);
        case ParcelField::AreaHa: return ha(official);
        case ParcelField::ComputedAreaHa:
            return hasAreaMismatch(official, computed) ? QStringLiteral("%1 ≠").arg(ha(computed)) : ha(computed);
        case ParcelField::Project: return projectName(row);
        default: break;
        }
        const QString text = mStore.value(row, field).toString();
        return FieldTable::spec(field).codes.empty() ? text : HumanLabels::value(field, text);
    }
    QString count(qint64 v) const { return mLocale.toString(v); }
    QString tenge(double v) const { return mLocale.toString(v, 'f', 0) + QStringLiteral(" ₸"); }

    void footer(QPainter &p, int page)
    {
        p.setFont(font(7));
        p.setPen(QColor(90, 90, 90));
        p.drawLine(QPointF(kMargin, kFooterTop - 4), QPointF(kPageWidth - kMargin, kFooterTop - 4));
        p.drawText(QRectF(kMargin, kFooterTop, kContentWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 — %2").arg(mStore.datasetName(), title()));
        p.drawText(QRectF(kMargin, kFooterTop, kContentWidth, 12), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1 of %2").arg(page).arg(pageCount()));
    }

    void drawPage(QPainter &p, const PagePlan &page, int number)
    {
        p.save();
        switch (page.kind) {
        case PagePlan::Kind::Title: drawTitle(p); break;
        case PagePlan::Kind::Summary: drawSummaryPage(p); break;
        case PagePlan::Kind::Investor: drawInvestor(p, mGroups[std::size_t(page.group)]); break;
        case PagePlan::Kind::Table: drawTable(p, page); break;
        }
        p.restore();
        footer(p, number);
    }

    // A map of the parcels (highlighted among the others) with legend, scale bar and north arrow.
    void drawMap(QPainter &p, const QRectF &box, const std::vector<qint64> &rows)
    {
        QRectF extent;
        for (qint64 row : rows)
            extent = extent.isNull() ? mStore.bounds(row) : extent.united(mStore.bounds(row));
        if (extent.isNull() || qint64(rows.size()) == mStore.size())
            extent = mStore.extent();
        const double pad = std::max(extent.width(), extent.height()) * 0.08 + 200;
        extent.adjust(-pad, -pad, pad, pad);
        std::vector<bool> highlight;
        RenderOptions options;
        options.style = ParcelStyle::Zone;
        options.labels = false;
        options.outlines = false;   // at a page's scale outlines would hide the parcels' colours
        options.highlightOutlines = false;
        if (qint64(rows.size()) < mStore.size()) {
            highlight.assign(std::size_t(mStore.size()), false);
            for (qint64 row : rows)
                highlight[std::size_t(row)] = true;
            options.highlight = &highlight;
        }
        const MapView view(extent, box.size().toSize());
        p.save();
        p.translate(box.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), box.size()));
        p.fillRect(QRectF(QPointF(0, 0), box.size()), MapStyle::background());
        MapRenderer::paint(p, RenderContext(mStore, mStyle, view, options));
        p.setFont(font(6.5));
        MapDecorations::paintScaleBar(p, view, QPointF(12, box.height() - 10), box.width() / 5);
        p.setFont(font(7));
        MapDecorations::paintNorthArrow(p, QPointF(box.width() - 16, 10), 18);
        p.restore();
        p.setPen(QPen(QColor(60, 60, 60), 0.6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);

        // Legend: the zones present among the rows.
        QSet<QString> present;
        for (qint64 row : rows)
            present.insert(mStore.value(row, ParcelField::Zone).toString());
        double y = box.top() + 8;
        p.setFont(font(6.5));
        for (const LegendEntry &e : mStyle.legend(ParcelStyle::Zone)) {
            if (!present.contains(e.key))
                continue;
            const QRectF swatch(box.left() + 8, y, 9, 7);
            p.setPen(QPen(QColor(255, 255, 255, 200), 3));
            p.drawText(QPointF(swatch.right() + 4, y + 6.5), e.label);
            paintLegendSymbol(p, swatch, e.symbol);
            p.setPen(Qt::black);
            p.drawText(QPointF(swatch.right() + 4, y + 6.5), e.label);
            y += 10;
        }
    }

    double figuresTable(QPainter &p, double y, const QString &heading, const QMap<QString, GroupFigures> &groups, ParcelField field)
    {
        p.setFont(font(9, true));
        p.setPen(Qt::black);
        p.drawText(QPointF(kMargin, y), heading);
        y += 4;
        const double widths[] = {150, 55, 70, 70, 95, 75};
        const QString headers[] = {QString(), tr("Parcels"), tr("Official, ha"), tr("Computed, ha"), tr("Investment, ₸"), tr("Jobs")};
        auto row = [&](const QStringList &cells, bool bold) {
            p.setFont(font(7.5, bold));
            double x = kMargin;
            for (int c = 0; c < cells.size(); ++c) {
                p.drawText(QRectF(x + 2, y, widths[c] - 4, kRowHeight), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells[c]);
                x += widths[c];
            }
            y += kRowHeight;
        };
        QStringList h;
        for (const QString &s : headers)
            h << s;
        p.fillRect(QRectF(kMargin, y, kContentWidth, kRowHeight), QColor(230, 234, 240));
        row(h, true);
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const GroupFigures &g = it.value();
            row({it.key().isEmpty() ? tr("(none)") : HumanLabels::value(field, it.key()), count(g.count), ha(g.officialHa),
                 ha(g.computedHa), mLocale.toString(g.investmentKzt, 'f', 0), count(g.jobs)},
                false);
        }
        const GroupFigures &t = mStats.total;
        p.setPen(QPen(Qt::black, 0.5));
        p.drawLine(QPointF(kMargin, y), QPointF(kPageWidth - kMargin, y));
        row({tr("Total"), count(t.count), ha(t.officialHa), ha(t.computedHa), mLocale.toString(t.investmentKzt, 'f', 0), count(t.jobs)}, true);
        return y + 10;
    }

    void drawTitle(QPainter &p)
    {
        p.setPen(Qt::black);
        p.setFont(font(16, true));
        p.drawText(QRectF(kMargin, kMargin, kContentWidth, 22), Qt::AlignLeft | Qt::AlignVCenter, title());
        p.setFont(font(9));
        p.drawText(QRectF(kMargin, kMargin + 24, kContentWidth, 12), Qt::AlignLeft, mStore.datasetName());
        const QString query = mOptions.where.trimmed().isEmpty() ? tr("all parcels") : mOptions.where.trimmed();
        p.drawText(QRectF(kMargin, kMargin + 37, kContentWidth, 24), Qt::AlignLeft | Qt::TextWordWrap, tr("Query: %1").arg(query));
        p.drawText(QRectF(kMargin, kMargin + 62, kContentWidth, 12), Qt::AlignLeft,
                   tr("As of %1").arg(mLocale.toString(mOptions.asOf, QLocale::LongFormat)));
        const QRectF mapBox(kMargin, kMargin + 80, kContentWidth, 300);
        drawMap(p, mapBox, mRows);
        double y = mapBox.bottom() + 18;
        p.setFont(font(9));
        const GroupFigures &t = mStats.total;
        p.drawText(QRectF(kMargin, y, kContentWidth, 24), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("%1 parcels, %2 ha official, %3 ha computed; inside the city %4, outside %5")
                       .arg(count(t.count), ha(t.officialHa), ha(t.computedHa), count(mStats.insideCity.count), count(mStats.outsideCity.count)));
        y += 30;
        y = figuresTable(p, y, tr("By zone"), mStats.byZone.byValue(), ParcelField::Zone);
        figuresTable(p, y, tr("By status"), mStats.byStatus.byValue(), ParcelField::Status);
    }

    void drawSummaryPage(QPainter &p)
    {
        // The SEZ itself, from its boundary: areas inside and outside the city limits.
        const SezAreas sez = sezAreas(mStore);
        QMap<QString, int> infrastructure;
        for (const ContextFeature &f : mStore.infrastructure())
            ++infrastructure[f.kind];

        p.setPen(Qt::black);
        p.setFont(font(14, true));
        p.drawText(QPointF(kMargin, kMargin + 14), tr("Special economic zone"));
        double y = kMargin + 36;
        auto line = [&](const QString &label, const QString &value) {
            p.setFont(font(9));
            p.drawText(QRectF(kMargin, y, 300, 13), Qt::AlignLeft | Qt::AlignVCenter, label);
            p.setFont(font(9, true));
            p.drawText(QRectF(kMargin + 300, y, 215, 13), Qt::AlignRight | Qt::AlignVCenter, value);
            y += 15;
        };
        line(tr("SEZ area"), tr("%1 ha").arg(mLocale.toString(sez.totalHa, 'f', 0)));
        line(tr("inside the city limits"), tr("%1 ha").arg(mLocale.toString(sez.insideCityHa, 'f', 0)));
        line(tr("outside the city limits"), tr("%1 ha").arg(mLocale.toString(sez.outsideCityHa, 'f', 0)));
        line(tr("Parcels"), count(mStats.total.count));
        line(tr("Investment projects"), count(mStats.projects));
        line(tr("under implementation"), count(mStats.projectsUnderImplementation));
        line(tr("Investment"), tenge(mStats.total.investmentKzt));
        line(tr("Planned jobs"), count(mStats.total.jobs));
        y += 10;
        p.setFont(font(9, true));
        p.drawText(QPointF(kMargin, y), tr("First-priority infrastructure objects"));
        y += 6;
        for (auto it = infrastructure.begin(); it != infrastructure.end(); ++it)
            line(HumanLabels::infrastructureKind(it.key()), count(it.value()));
        y += 10;
        figuresTable(p, y, tr("By status"), mStats.byStatus.byValue(), ParcelField::Status);
    }

    void drawInvestor(QPainter &p, const InvestorGroup &g)
    {
        p.setPen(Qt::black);
        p.setFont(font(13, true));
        p.drawText(QRectF(kMargin, kMargin, kContentWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, g.name);
        p.setFont(font(9));
        double y = kMargin + 24;
        auto line = [&](const QString &text) {
            p.drawText(QRectF(kMargin, y, kContentWidth, 13), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += 14;
        };
        line(tr("Parcels: %1; official area %2 ha; computed area %3 ha").arg(count(g.figures.count), ha(g.figures.officialHa), ha(g.figures.computedHa)));
        line(tr("Investment: %1; planned jobs: %2").arg(tenge(g.figures.investmentKzt), count(g.figures.jobs)));
        for (const QString &project : g.projects)
            line(tr("Project: %1").arg(project));
        drawMap(p, QRectF(kMargin, y + 8, kContentWidth, std::min(420.0, kFooterTop - 30 - y)), g.rows);
    }

    void drawTable(QPainter &p, const PagePlan &page)
    {
        const std::vector<qint64> &rows = page.group >= 0 ? mGroups[std::size_t(page.group)].rows : mRows;
        p.setPen(Qt::black);
        p.setFont(font(10, true));
        const QString heading = page.group >= 0 ? tr("Parcels of %1").arg(mGroups[std::size_t(page.group)].name) : tr("Parcels");
        p.drawText(QRectF(kMargin, kMargin, kContentWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, heading);
        double y = kTableTop;
        // The header wraps onto two lines; body cells are elided to their column.
        auto cells = [&](const QStringList &texts, bool header, const QColor &fill) {
            const double height = header ? 2 * kRowHeight : kRowHeight;
            if (fill.isValid())
                p.fillRect(QRectF(kMargin, y, kContentWidth, height), fill);
            const QFont f = font(header ? 6.2 : 6.5, header);
            p.setFont(f);
            const QFontMetricsF metrics(f, p.device());
            double x = kMargin;
            for (int c = 0; c < texts.size(); ++c) {
                const Column &col = kColumns[c];
                const QRectF cell(x + 2, y, col.width - 4, height);
                if (header)
                    p.drawText(cell, col.align | Qt::AlignVCenter | Qt::TextWordWrap, texts[c]);
                else
                    p.drawText(cell, col.align | Qt::AlignVCenter, metrics.elidedText(texts[c], Qt::ElideRight, col.width - 4));
                x += col.width;
            }
            y += height;
        };
        QStringList header;
        for (const Column &c : kColumns)
            header << (c.shortTitle ? tr(c.shortTitle) : FieldTable::label(FieldTable::spec(c.field)));
        cells(header, true, QColor(230, 234, 240));
        for (qint64 i = page.first; i < page.last; ++i) {
            QStringList texts;
            for (const Column &c : kColumns)
                texts << cellText(rows[std::size_t(i)], c.field, i + 1);
            cells(texts, false, i % 2 ? QColor(247, 247, 247) : QColor());
        }
        if (page.last == qint64(rows.size())) {
            p.setFont(font(6.5));
            p.drawText(QRectF(kMargin, y + 4, kContentWidth, 10), Qt::AlignLeft,
                       tr("≠ marks parcels whose computed area differs from the official one by more than 1 %."));
        }
    }

    const ParcelStore &mStore;
    const MapStyle mStyle;
    const std::vector<qint64> &mRows;
    const ReportOptions &mOptions;
    QLocale mLocale;
    ParcelStatistics mStats;
    std::vector<InvestorGroup> mGroups;
    std::vector<PagePlan> mPlan;
};

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

int reportPageCount(ReportKind kind, qint64 rowCount, int)
{
    switch (kind) {
    case ReportKind::Parcels: return 1 + int((rowCount + kRowsPerTablePage - 1) / kRowsPerTablePage);
    case ReportKind::Summary: return 2;
    case ReportKind::Investor:
    case ReportKind::Extract: break;
    }
    return -1;
}

bool writeReport(const ParcelStore &store, const std::vector<qint64> &rows, const ReportOptions &options,
                 const QString &path, QString *error)
{
    if (options.kind == ReportKind::Extract) {
        *error = QStringLiteral("an extract is written by writeParcelExtract()");
        return false;
    }
    ReportWriter report(store, rows, options);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        QPdfWriter writer(&device);
        return report.write(writer, reason);
    }, error);
}

} // namespace sez
