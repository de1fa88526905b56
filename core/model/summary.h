// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/statistics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>

namespace sez {

class ParcelStore;

/// The SEZ at a glance, computed from the store each time (nothing stored in the files is trusted for
/// the totals): areas are ellipsoidal; inside and outside the city are the SEZ parts' areas by the
/// side of the city limits decided at import; the parcels' figures are ParcelStatistics.
struct DatasetSummary
{
    Q_DECLARE_TR_FUNCTIONS(sez::DatasetSummary)

public:
    QString name;
    double sezAreaHa = 0;
    double insideCityHa = 0;
    double outsideCityHa = 0;
    double cityAreaHa = 0;
    QMap<QString, double> byDistrictHa;
    ParcelStatistics parcels;
    QMap<QString, qint64> infrastructure;   ///< kind -> objects
    bool hasSez = false;          ///< the data has the SEZ's boundary; without it the SEZ figures are not known
    bool hasCityLimits = false;   ///< the data has the city limits; without them inside/outside is not known
    QStringList notComputed;      ///< the figures the data cannot give, and why (ParcelStatistics::missingFigures)

    QJsonObject toJson() const;
    QString toText(const QLocale &locale) const;
};

/// The SEZ's own areas (its parts inside and outside the city limits, and in all) in hectares.
struct SezAreas
{
    double insideCityHa = 0;
    double outsideCityHa = 0;
    double totalHa = 0;   ///< every part, whatever its side (none when the dataset has no city limits)
};
SezAreas sezAreas(const ParcelStore &store);

/// Computes the summary of a store.
DatasetSummary summarize(const ParcelStore &store);

} // namespace sez
