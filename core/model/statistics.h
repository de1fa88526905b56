// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>

#include <vector>

namespace sez {

class ParcelStore;

/// Figures of one group of parcels.
struct GroupFigures
{
    qint64 count = 0;
    double officialHa = 0;
    double computedHa = 0;
    double investmentKzt = 0;
    qint64 jobs = 0;
};

/// Statistics over any set of parcels (a query's result, a selection): totals and breakdowns.
struct ParcelStatistics
{
    GroupFigures total;
    GroupFigures insideCity;
    GroupFigures outsideCity;
    QMap<QString, GroupFigures> byZone;
    QMap<QString, GroupFigures> byStatus;
    QMap<QString, GroupFigures> byDistrict;
    QMap<QString, GroupFigures> byInvestor;

    QJsonObject toJson() const;
    QString toText(const QLocale &locale) const;
};

ParcelStatistics computeStatistics(const ParcelStore &store, const std::vector<qint64> &rows);

} // namespace sez
