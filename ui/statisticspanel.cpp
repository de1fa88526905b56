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
    const ParcelStatistics stats = rows.empty() ? computeStatistics(*mStore) : computeStatistics(*mStore, rows);
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
    const auto group = [&](const QString &title, const FieldGroups &groups) {
        auto *parent = new QTreeWidgetItem(mTree, {title});
        const QMap<QString, GroupFigures> byValue = groups.byValue();
        for (auto it = byValue.cbegin(); it != byValue.cend(); ++it)
            line(parent, HumanLabels::value(groups.field, it.key()), it.value());
        parent->setExpanded(groups.field != ParcelField::District);
    };
    group(tr("By zone"), stats.byZone);
    group(tr("By status"), stats.byStatus);
    group(tr("By district"), stats.byDistrict);
}

} // namespace sez
