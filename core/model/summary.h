// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>

namespace sez {

class Dataset;

/// Parcels grouped by one attribute: how many and how large.
struct AreaGroup
{
    qint64 count = 0;
    double officialHa = 0;
    double computedHa = 0;
};

/// The SEZ at a glance, computed from the data each time (nothing stored in the files is trusted
/// for the totals): areas are ellipsoidal, inside/outside the city is the SEZ cut by the city limits.
struct DatasetSummary
{
    QString name;
    double sezAreaHa = 0;
    double insideCityHa = 0;
    double outsideCityHa = 0;
    double cityAreaHa = 0;
    qint64 parcels = 0;
    double parcelsOfficialHa = 0;
    double parcelsComputedHa = 0;
    qint64 areaMismatches = 0;        ///< parcels whose official area differs from the computed by > 1 %
    QMap<QString, AreaGroup> byZone;
    QMap<QString, AreaGroup> byStatus;
    QMap<QString, double> byDistrictHa;
    qint64 projects = 0;
    qint64 projectsUnderImplementation = 0;
    double investmentKzt = 0;
    double investmentUnderImplementationKzt = 0;
    qint64 jobs = 0;
    QMap<QString, qint64> infrastructure;   ///< kind -> objects

    QJsonObject toJson() const;
    QString toText(const QLocale &locale) const;
};

/// Computes the summary of a dataset read into memory.
DatasetSummary summarize(const Dataset &dataset);

/// True for the statuses of a project being implemented: under construction or operating.
bool isUnderImplementation(const QString &status);

} // namespace sez
