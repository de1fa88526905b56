// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace sez {

/// Figures of one group of parcels.
struct GroupFigures
{
    qint64 count = 0;
    double officialHa = 0;
    double computedHa = 0;
    double investmentKzt = 0;
    qint64 jobs = 0;
};

/// A set of parcels grouped by one coded field: the figures of each of the field's values, indexed
/// by the store's dictionary code, so that grouping costs no string per parcel.
struct FieldGroups
{
    ParcelField field = ParcelField::Count;
    QStringList values;                 ///< the field's dictionary: values[code]
    std::vector<GroupFigures> byCode;   ///< the figures of values[code]

    /// The groups with parcels, keyed by value ("" for none, unless \a withNone is false), in the
    /// values' order.
    QMap<QString, GroupFigures> byValue(bool withNone = true) const;
};

/// The figures of a set of parcels (every parcel, a query's result, a selection): totals, the side
/// of the city, breakdowns by zone, status, district and investor, projects and area mismatches.
/// One aggregate for `sezview-cli stats`, the summary, the dashboard and the reports.
struct ParcelStatistics
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelStatistics)

public:
    GroupFigures total;
    GroupFigures insideCity;
    GroupFigures outsideCity;
    FieldGroups byZone;
    FieldGroups byStatus;
    FieldGroups byDistrict;
    FieldGroups byInvestor;
    qint64 areaMismatches = 0;                  ///< parcels whose areas differ (see hasAreaMismatch())
    qint64 projects = 0;                        ///< distinct projects named
    qint64 projectsUnderImplementation = 0;     ///< of which with a parcel under implementation
    double investmentUnderImplementationKzt = 0;

    QJsonObject toJson() const;
    QString toText(const QLocale &locale) const;

    /// The figures \a store cannot give, each with why ("by zone: no column of the data gives the
    /// parcels' zone"), in the user's language; empty when it has every one. Data without a manifest
    /// often lacks some, and a figure that is not there is said to be missing, never shown as zero.
    static QStringList missingFigures(const ParcelStore &store);
};

/// The figures of \a rows, or of every parcel when \a rows is null. Returns nothing once \a cancel
/// (checked every 65,536 rows) is set, so a worker can stop early.
std::optional<ParcelStatistics> computeStatistics(const ParcelStore &store, const std::vector<qint64> *rows,
                                                  const std::atomic<bool> *cancel);
ParcelStatistics computeStatistics(const ParcelStore &store, const std::vector<qint64> &rows);
ParcelStatistics computeStatistics(const ParcelStore &store);

} // namespace sez
