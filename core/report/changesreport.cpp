// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/changesreport.h"

#include "core/io/atomicfile.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/register/allocationfields.h"
#include "core/report/reportstyle.h"
#include "core/report/reportpage.h"
#include "core/report/reporttable.h"

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
constexpr double kTableBottom = kFooterTop - 6;

class ChangesReport
{
    Q_DECLARE_TR_FUNCTIONS(sez::ChangesReport)

public:
    ChangesReport(const ParcelStore &store, const std::vector<AllocationChange> &changes, const ChangesReportOptions &options)
        : mStore(store), mChanges(changes), mOptions(options), mTable(columns())
    {
        const QLocale locale;
        for (const AllocationChange &c : changes) {
            QString reason = c.reason;
            if (c.undoes > 0)
                reason = tr("undoes No. %1: %2").arg(c.undoes).arg(reason);
            const QStringList head = {QString::number(c.id), HumanLabels::dateTime(c.changedAt.toLocalTime(), locale), c.cadastralNumber};
            for (std::size_t i = 0; i < c.fields.size(); ++i) {
                const FieldChange &f = c.fields[i];
                const QStringList values = {FieldTable::label(FieldTable::spec(f.field)),
                                            AllocationFields::displayCanonical(f.field, f.oldValue),
                                            AllocationFields::displayCanonical(f.field, f.newValue)};
                const QStringList full = head + values + QStringList{reason, c.author};
                // A change's own cells on its first field only, and again where it goes on over a page.
                if (i == 0)
                    mTable.addRow(full);
                else
                    mTable.addContinuation(QStringList{QString(), QString(), QString()} + values + QStringList{QString(), QString()}, full);
            }
        }
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
        // The rows each page takes, measured on the PDF's own fonts: [starts[i], starts[i + 1]).
        mTable.layout(Page::kContentWidth, &writer);
        std::vector<int> starts = {0};
        for (double top = kFirstTableTop; starts.back() < mTable.rowCount(); top = kTableTop)
            starts.push_back(starts.back() + mTable.rowsFitting(starts.back(), kTableBottom - top));
        mPages = std::max(1, int(starts.size()) - 1);
        QPainter p;
        if (!p.begin(&writer)) {
            *error = QCoreApplication::translate("sez::Report", "the PDF could not be started");
            return false;
        }
        for (int page = 1; page <= mPages; ++page) {
            if (page > 1)
                writer.newPage();
            double top = kTableTop;
            if (page == 1) {
                drawHeading(p);
                top = kFirstTableTop;
            }
            if (std::size_t(page) < starts.size())
                mTable.paint(p, QPointF(Page::kMargin, top), starts[std::size_t(page) - 1], starts[std::size_t(page)]);
            footer(p, page);
        }
        return p.end();
    }

private:
    static std::vector<ReportTable::Column> columns()
    {
        return {{tr("No."), Qt::AlignRight, false},
                {tr("When"), Qt::AlignLeft, false},
                {HumanLabels::field(ParcelField::CadastralNumber), Qt::AlignLeft, false},
                {tr("Field"), Qt::AlignLeft, true},
                {tr("Before"), Qt::AlignLeft, true},
                {tr("After"), Qt::AlignLeft, true},
                {tr("Reason"), Qt::AlignLeft, true},
                {tr("Who"), Qt::AlignLeft, true}};
    }

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
    ReportTable mTable;
    int mPages = 1;
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
