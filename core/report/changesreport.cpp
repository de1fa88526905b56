// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/changesreport.h"

#include "core/io/atomicfile.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/register/allocationfields.h"
#include "core/render/reportstyle.h"
#include "core/report/reportpage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

namespace sez {

namespace {

using Page = ReportPage;

constexpr double kFooterTop = Page::kHeight - Page::kMargin + 8;
constexpr double kTableTop = Page::kMargin + 24;
constexpr double kFirstTableTop = Page::kMargin + 150;

// When, parcel, field, before, after, reason, who: the content width, 515 points.
constexpr Page::Column kColumns[] = {
    {30, Qt::AlignRight}, {62, Qt::AlignLeft}, {66, Qt::AlignLeft}, {66, Qt::AlignLeft},
    {70, Qt::AlignLeft}, {70, Qt::AlignLeft}, {96, Qt::AlignLeft}, {55, Qt::AlignLeft}};

using LineIndex = std::size_t;

// One row of the table: a changed field; the change's own cells on its first field only.
struct Line
{
    const AllocationChange *change;
    const FieldChange *field;
    bool first;
};

class ChangesReport
{
    Q_DECLARE_TR_FUNCTIONS(sez::ChangesReport)

public:
    ChangesReport(const ParcelStore &store, const std::vector<AllocationChange> &changes, const ChangesReportOptions &options)
        : mStore(store), mChanges(changes), mOptions(options)
    {
        for (const AllocationChange &c : changes)
            for (std::size_t i = 0; i < c.fields.size(); ++i)
                mLines.push_back({&c, &c.fields[i], i == 0});
        const int first = rowsFrom(kFirstTableTop), later = rowsFrom(kTableTop);
        mPages = 1 + (int(mLines.size()) > first ? (int(mLines.size()) - first + later - 1) / later : 0);
    }

    QString title() const
    {
        const QLocale locale;
        return tr("Allocation changes from %1 to %2")
            .arg(HumanLabels::date(mOptions.from, locale), HumanLabels::date(mOptions.to, locale));
    }

    bool write(QPdfWriter &writer, QString *error)
    {
        Page::setUp(writer, title());
        QPainter p;
        if (!p.begin(&writer)) {
            *error = QCoreApplication::translate("sez::Report", "the PDF could not be started");
            return false;
        }
        LineIndex next = 0;
        for (int page = 1; page <= mPages; ++page) {
            if (page > 1)
                writer.newPage();
            double top = kTableTop;
            if (page == 1) {
                drawHeading(p);
                top = kFirstTableTop;
            }
            next = drawTable(p, top, next);
            footer(p, page);
        }
        return p.end();
    }

private:
    static int rowsFrom(double top) { return int((kFooterTop - 6 - top - 2 * Page::kRowHeight) / Page::kRowHeight); }

    void drawHeading(QPainter &p)
    {
        const QLocale locale;
        p.setPen(Qt::black);
        p.setFont(Page::font(15, true));
        p.drawText(QRectF(Page::kMargin, Page::kMargin, Page::kContentWidth, 40), Qt::AlignLeft | Qt::TextWordWrap, title());
        QSet<QString> parcels;
        QMap<QString, int> statuses;   // the status a parcel moved to, last change counted
        QMap<QString, QString> lastStatus;
        for (const AllocationChange &c : mChanges) {
            parcels.insert(c.cadastralNumber);
            for (const FieldChange &f : c.fields)
                if (f.field == ParcelField::Status)
                    lastStatus[c.cadastralNumber] = f.newValue;
        }
        for (const QString &status : lastStatus)
            ++statuses[AllocationFields::displayCanonical(ParcelField::Status, status)];
        QStringList moved;
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            moved << tr("%1: %2").arg(it.key(), HumanLabels::parcels(it.value()));
        const QStringList lines = {
            tr("Dataset: %1").arg(mStore.datasetName()),
            tr("Register: %1").arg(mOptions.registerName),
            tr("Made on %1").arg(locale.toString(mOptions.asOf, QLocale::LongFormat)),
            tr("Changes: %1; parcels changed: %2").arg(locale.toString(qint64(mChanges.size())), locale.toString(qint64(parcels.size()))),
            moved.isEmpty() ? tr("No parcel changed its status.") : tr("Statuses given: %1").arg(moved.join(QStringLiteral("; "))),
        };
        p.setFont(Page::font(8.5));
        double y = Page::kMargin + 44;
        for (const QString &line : lines) {
            p.drawText(QRectF(Page::kMargin, y, Page::kContentWidth, 26), Qt::AlignLeft | Qt::TextWordWrap, line);
            y += line.size() > 110 ? 24 : 13;
        }
        if (mChanges.empty()) {
            p.setFont(Page::font(9));
            p.drawText(QRectF(Page::kMargin, kFirstTableTop, Page::kContentWidth, 20), Qt::AlignLeft,
                       tr("The register recorded no change in this period."));
        }
    }

    // Draws the lines from \a first on; returns the first line not drawn.
    LineIndex drawTable(QPainter &p, double y, LineIndex first)
    {
        if (mLines.empty())
            return first;
        p.setPen(Qt::black);
        const QStringList header = {tr("No."), tr("When"), HumanLabels::field(ParcelField::CadastralNumber), tr("Field"),
                                    tr("Before"), tr("After"), tr("Reason"), tr("Who")};
        y += Page::drawTableRow(p, y, kColumns, header, true, ReportStyle::tableHeader());
        const QLocale locale;
        const int rows = rowsFrom(y - 2 * Page::kRowHeight);
        LineIndex i = first;
        for (int r = 0; r < rows && i < mLines.size(); ++r, ++i) {
            const Line &line = mLines[i];
            const AllocationChange &c = *line.change;
            // A change continued on a new page names its parcel again.
            const bool head = line.first || r == 0;
            QString reason = c.reason;
            if (c.undoes > 0)
                reason = tr("undoes No. %1: %2").arg(c.undoes).arg(reason);
            const QStringList cells = {
                head ? QString::number(c.id) : QString(),
                head ? HumanLabels::dateTime(c.changedAt.toLocalTime(), locale) : QString(),
                head ? c.cadastralNumber : QString(),
                FieldTable::label(FieldTable::spec(line.field->field)),
                AllocationFields::displayCanonical(line.field->field, line.field->oldValue),
                AllocationFields::displayCanonical(line.field->field, line.field->newValue),
                head ? reason : QString(),
                head ? c.author : QString()};
            y += Page::drawTableRow(p, y, kColumns, cells, false, mChangeShade[c.id % 2 ? 1 : 0]);
        }
        return i;
    }

    void footer(QPainter &p, int page)
    {
        p.setFont(Page::font(7));
        p.setPen(ReportStyle::footerInk());
        p.drawLine(QPointF(Page::kMargin, kFooterTop - 4), QPointF(Page::kWidth - Page::kMargin, kFooterTop - 4));
        p.drawText(QRectF(Page::kMargin, kFooterTop, Page::kContentWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 — %2").arg(mStore.datasetName(), title()));
        p.drawText(QRectF(Page::kMargin, kFooterTop, Page::kContentWidth, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("sez::Report", "Page %1 of %2").arg(page).arg(mPages));
    }

    const ParcelStore &mStore;
    const std::vector<AllocationChange> &mChanges;
    const ChangesReportOptions &mOptions;
    std::vector<Line> mLines;
    int mPages = 1;
    const QColor mChangeShade[2] = {QColor(), ReportStyle::tableStripe()};
};

} // namespace

bool writeChangesReport(const ParcelStore &store, const std::vector<AllocationChange> &changes,
                        const ChangesReportOptions &options, const QString &path, QString *error)
{
    ChangesReport report(store, changes, options);
    return writeFileAtomically(path, [&](QIODevice &device, QString *reason) {
        QPdfWriter writer(&device);
        return report.write(writer, reason);
    }, error);
}

} // namespace sez
