// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace sez {

/// The parcel fields the allocation register keeps, their value types, and their canonical text
/// (what the history stores and exports show): ISO dates, numbers in the C locale.
class AllocationFields
{
    Q_DECLARE_TR_FUNCTIONS(sez::AllocationFields)

public:
    enum class Type { Text, Integer, Real, Date };

    /// In the register's column order.
    static const std::vector<ParcelField> &all();
    static bool contains(ParcelField field);
    static Type type(ParcelField field);
    /// The codes a coded field (status, gas) may take: the field table's list, then any other code
    /// the dataset's \a store uses (may be null). Empty for a field without codes.
    static QStringList codes(ParcelField field, const ParcelStore *store);

    /// Canonical text of a value; a null QString for a null value.
    static QString toText(ParcelField field, const QVariant &value);
    /// Parses canonical text into \a value (a null QString gives a null QVariant: back to the
    /// source's value); false and a translated \a error naming the field when it does not parse.
    static bool fromText(ParcelField field, const QString &text, QVariant *value, QString *error);
    /// A register value as the user reads it: codes in words, numbers and dates in the locale, "(none)"
    /// for a text recorded as none, and "(the source's)" for null (the register holds nothing).
    static QString displayText(ParcelField field, const QVariant &value);
    /// The same for a value in canonical text, as the history keeps it.
    static QString displayCanonical(ParcelField field, const QString &text);
    /// Brings a value to the field's type (QString, qint64, double, QDate); null stays null.
    static QVariant normalize(ParcelField field, const QVariant &value, bool *ok = nullptr);
};

} // namespace sez
