// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QString>

namespace sez {

/// The words users read instead of the store's canonical names and codes: field names, zone and
/// status codes, infrastructure kinds, and numbers formatted in the user's locale. Kept in one place
/// so the card, the table, the legend and the query builder always say the same thing.
class HumanLabels
{
    Q_DECLARE_TR_FUNCTIONS(sez::HumanLabels)

public:
    static QString field(ParcelField field);
    /// A coded value (zone "industrial" -> "Industrial"); unknown codes are shown as they are.
    static QString value(ParcelField field, const QString &code);
    static QString infrastructureKind(const QString &kind);
    /// A parcel attribute as a user reads it: codes translated, numbers and dates in the locale.
    static QString displayValue(const ParcelStore &store, qint64 row, ParcelField field);
    static QString hectares(double ha);
    /// Metres below a kilometre, kilometres above; "—" for infinity (nothing of that kind).
    static QString distance(double metres);
    static QString tenge(double kzt);
    /// "1 parcel", "25,000 parcels": a count with the locale's separators.
    static QString parcels(qint64 count);
};

} // namespace sez
