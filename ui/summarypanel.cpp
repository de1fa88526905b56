// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include "core/model/summary.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sez {

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
    , mTree(new QTreeWidget(this))
{
    mTree->setColumnCount(4);
    mTree->setHeaderLabels({tr("Item"), tr("Count"), tr("Official, ha"), tr("Computed, ha")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTree);
}

void SummaryPanel::setSummary(const DatasetSummary &s)
{
    const QLocale locale;
    auto ha = [&](double v) { return locale.toString(v, 'f', 1); };
    mTree->clear();
    auto row = [&](QTreeWidgetItem *parent, const QString &label, const QString &count = {},
                   const QString &official = {}, const QString &computed = {}) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(mTree);
        item->setText(0, label);
        item->setText(1, count);
        item->setText(2, official);
        item->setText(3, computed);
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    auto *sez = row(nullptr, tr("SEZ area"), {}, {}, ha(s.sezAreaHa));
    row(sez, tr("inside the city"), {}, {}, ha(s.insideCityHa));
    row(sez, tr("outside the city"), {}, {}, ha(s.outsideCityHa));
    auto *city = row(nullptr, tr("City limits"), {}, {}, ha(s.cityAreaHa));
    for (auto it = s.byDistrictHa.begin(); it != s.byDistrictHa.end(); ++it)
        row(city, it.key(), {}, {}, ha(it.value()));
    auto *parcels = row(nullptr, tr("Parcels"), locale.toString(s.parcels), ha(s.parcelsOfficialHa), ha(s.parcelsComputedHa));
    auto *zones = row(parcels, tr("by zone"));
    for (auto it = s.byZone.begin(); it != s.byZone.end(); ++it)
        row(zones, it.key(), locale.toString(it->count), ha(it->officialHa), ha(it->computedHa));
    auto *statuses = row(parcels, tr("by status"));
    for (auto it = s.byStatus.begin(); it != s.byStatus.end(); ++it)
        row(statuses, it.key(), locale.toString(it->count), ha(it->officialHa), ha(it->computedHa));
    row(parcels, tr("official and computed area differ by more than 1 %"), locale.toString(s.areaMismatches));
    auto *projects = row(nullptr, tr("Investment projects"), locale.toString(s.projects));
    row(projects, tr("under implementation"), locale.toString(s.projectsUnderImplementation));
    row(projects, tr("investment, tenge"), locale.toString(s.investmentKzt, 'f', 0));
    row(projects, tr("planned jobs"), locale.toString(s.jobs));
    auto *infra = row(nullptr, tr("Infrastructure objects"));
    qint64 total = 0;
    for (auto it = s.infrastructure.begin(); it != s.infrastructure.end(); ++it) {
        row(infra, it.key(), locale.toString(it.value()));
        total += it.value();
    }
    infra->setText(1, locale.toString(total));
    mTree->expandAll();
}

} // namespace sez
