// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTreeWidget;

namespace sez {

class ParcelStore;

/// The figures of a set of parcels (the selection, or the whole dataset when nothing is selected):
/// how many, how many hectares, inside and outside the city, by zone, status and district.
class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPanel(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// Shows the figures of \a rows; an empty vector shows the whole dataset.
    void showRows(const std::vector<qint64> &rows);

private:
    std::shared_ptr<const ParcelStore> mStore;
    QLabel *mTitle;
    QTreeWidget *mTree;
};

} // namespace sez
