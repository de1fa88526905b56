// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticspanel.h"

#include "core/model/humanlabels.h"

#include "core/model/parcelstore.h"
#include "core/model/statistics.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

namespace sez {

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mTree(new QTreeWidget(this))
{
    mTree->setHeaderLabels({tr("Group"), tr("Parcels"), tr("Official area"), tr("Computed area")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTitle->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTitle);
    layout->addWidget(mTree, 1);
}

void StatisticsPanel::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    showRows({});
}

void StatisticsPanel::showRows(const std::vector<qint64> &rows)
{
    mTree->clear();
    if (!mStore) {
        mTitle->clear();
        return;
    }
    std::vector<qint64> all;
    if (rows.empty()) {
        all.resize(std::size_t(mStore->size()));
        std::iota(all.begin(), all.end(), qint64(0));
    }
    const ParcelStatistics stats = computeStatistics(*mStore, rows.empty() ? all : rows);
    const QLocale locale;
    mTitle->setText(rows.empty() ? tr("All parcels of the dataset") : tr("The selected parcels"));
    const auto line = [&](QTreeWidgetItem *parent, const QString &label, const GroupFigures &g) {
        QStringList cells{label, locale.toString(g.count), HumanLabels::hectares(g.officialHa), HumanLabels::hectares(g.computedHa)};
        auto *item = parent ? new QTreeWidgetItem(parent, cells) : new QTreeWidgetItem(mTree, cells);
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    line(nullptr, tr("Total"), stats.total);
    line(nullptr, tr("Inside the city"), stats.insideCity);
    line(nullptr, tr("Outside the city"), stats.outsideCity);
    const auto group = [&](const QString &title, ParcelField field, const QMap<QString, GroupFigures> &groups) {
        auto *parent = new QTreeWidgetItem(mTree, {title});
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            line(parent, HumanLabels::value(field, it.key()), it.value());
        parent->setExpanded(field != ParcelField::District);
    };
    group(tr("By zone"), ParcelField::Zone, stats.byZone);
    group(tr("By status"), ParcelField::Status, stats.byStatus);
    group(tr("By district"), ParcelField::District, stats.byDistrict);
}

} // namespace sez
