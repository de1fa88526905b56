// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QString>

class QDate;
class QDateTime;
class QLocale;

namespace sez {

/// The words users read instead of the store's canonical names and codes: field names, zone and
/// status codes, infrastructure kinds, and numbers formatted in the user's locale. The fields'
/// labels, units, formats and code lists come from the field table; this class puts them into
/// words, so the card, the table, the legend and the query builder always say the same thing.
class HumanLabels
{
    Q_DECLARE_TR_FUNCTIONS(sez::HumanLabels)

public:
    /// A field's label with its unit ("Official area, ha"), as column headers show it.
    static QString field(ParcelField field);
    /// A coded value (zone "industrial" -> "Industrial"); unknown codes are shown as they are.
    static QString value(ParcelField field, const QString &code);
    static QString infrastructureKind(const QString &kind);
    /// A date, or a date and time, in the locale's short format with a four-digit year (Kazakh's short
    /// format has two: a lease to 2074 would read "74").
    static QString date(const QDate &date, const QLocale &locale);
    static QString dateTime(const QDateTime &moment, const QLocale &locale);
    /// The short date format with a four-digit year, for date edits.
    static QString dateFormat(const QLocale &locale);
    /// An infrastructure object's status ("design" -> "Design"); unknown ones as they are.
    static QString infrastructureStatus(const QString &status);
    /// A parcel attribute as a user reads it: codes translated, numbers and dates in the locale;
    /// with \a withUnit the unit follows the number ("0.14 ha", "1.2 km"). Empty for null;
    /// "being computed…" for a derived field a source store does not hold yet (isBeingComputed()).
    static QString displayValue(const ParcelStore &store, qint64 row, int fieldIndex, bool withUnit = false);
    static QString displayValue(const ParcelStore &store, qint64 row, ParcelField field, bool withUnit = false)
    {
        return displayValue(store, row, int(field), withUnit);
    }
    /// True for a derived field (FieldOrigin::Derived) that \a store has no column of: a source
    /// store, shown while its derived fields are computed (ParcelCache::Options::deferWrite).
    /// StoreBuilder::derive() always makes those columns, so a complete store has none such.
    static bool isBeingComputed(const ParcelStore &store, int fieldIndex);
    /// A value of a canonical field as displayValue() shows it (empty for null).
    static QString valueText(ParcelField field, const QVariant &value, bool withUnit = false);
    /// A value of a column the field table does not know (a layer of no role's), by the kind of
    /// \a value: text as it is, numbers whole and without group separators, dates in the locale.
    static QString columnValue(const QVariant &value);
    static QString hectares(double ha);
    /// Metres below a kilometre, kilometres above; "—" for infinity (nothing of that kind).
    static QString distance(double metres);
    static QString tenge(double kzt);
    /// Money as a reader takes it in at a glance, to three significant figures in the language's
    /// own words: "1.72 trillion ₸", "145 billion ₸", "1,72 трлн ₸"; sums under a million exactly.
    static QString tengeInWords(double kzt);
    /// "1 parcel", "25,000 parcels": a count with the locale's separators.
    static QString parcels(qint64 count);

private:
    static QString format(const StoreField &field, const QVariant &value, bool withUnit);
};

} // namespace sez
