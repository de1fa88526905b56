// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;

namespace sez {

struct DatasetSummary;

/// The SEZ at a glance: areas inside and outside the city, parcels by zone and status, projects,
/// investment, jobs and infrastructure, as a tree the user can expand.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setSummary(const DatasetSummary &summary);

private:
    QTreeWidget *mTree;
};

} // namespace sez
