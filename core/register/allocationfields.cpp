// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/allocationfields.h"

#include "core/model/humanlabels.h"

#include <QDate>

#include <cmath>

namespace sez {

const std::vector<ParcelField> &AllocationFields::all()
{
    // The field table says which fields are the register's; their order is the register's columns'.
    static const std::vector<ParcelField> fields = [] {
        std::vector<ParcelField> list;
        for (const FieldSpec &spec : FieldTable::all())
            if (spec.origin == FieldOrigin::Register)
                list.push_back(spec.id);
        return list;
    }();
    return fields;
}

bool AllocationFields::contains(ParcelField field)
{
    return field != ParcelField::Count && FieldTable::spec(field).origin == FieldOrigin::Register;
}

AllocationFields::Type AllocationFields::type(ParcelField field)
{
    switch (FieldTable::spec(field).kind) {
    case FieldKind::Integer:
        return Type::Integer;
    case FieldKind::Real:
        return Type::Real;
    case FieldKind::Date:
        return Type::Date;
    default:
        return Type::Text;
    }
}

QStringList AllocationFields::codes(ParcelField field, const ParcelStore *store)
{
    QStringList list;
    for (const FieldCode &code : FieldTable::spec(field).codes)
        list << QString::fromLatin1(code.code);
    if (store && store->isCoded(field))
        for (const QString &code : store->dictionary(field))
            if (!code.isEmpty() && !list.contains(code))
                list << code;
    return list;
}

QVariant AllocationFields::normalize(ParcelField field, const QVariant &value, bool *ok)
{
    bool converted = true;
    QVariant out;
    if (!value.isNull()) {
        switch (type(field)) {
        case Type::Text:
            out = value.toString();
            break;
        case Type::Integer:
            out = value.toLongLong(&converted);
            break;
        case Type::Real:
            out = value.toDouble(&converted);
            converted = converted && std::isfinite(out.toDouble());
            break;
        case Type::Date: {
            // SQLite keeps dates as ISO text; PostgreSQL hands back QDate.
            const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                                   : QDate::fromString(value.toString(), Qt::ISODate);
            converted = date.isValid();
            out = date;
            break;
        }
        }
    }
    if (ok)
        *ok = converted;
    return converted ? out : QVariant();
}

QString AllocationFields::toText(ParcelField field, const QVariant &value)
{
    bool ok = false;
    const QVariant v = normalize(field, value, &ok);
    if (!ok || v.isNull())
        return {};
    switch (type(field)) {
    case Type::Integer:
        return QString::number(v.toLongLong());
    case Type::Real: {
        // Shortest text that reads back to the same double, never in exponent form for money.
        QString text = QString::number(v.toDouble(), 'f', 6);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    }
    case Type::Date:
        return v.toDate().toString(Qt::ISODate);
    case Type::Text:
        break;
    }
    // Not null even when empty: "" is a value recorded as none.
    const QString text = v.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

QString AllocationFields::displayText(ParcelField field, const QVariant &value)
{
    if (value.isNull())
        return tr("(the source's)");
    const QVariant v = normalize(field, value);
    if (v.isNull())
        return value.toString();
    if (type(field) == Type::Text && v.toString().isEmpty())
        return HumanLabels::value(field, QString());   // "(none)"
    return HumanLabels::valueText(field, v, true);
}

QString AllocationFields::displayCanonical(ParcelField field, const QString &text)
{
    QVariant value;
    QString ignored;
    if (!fromText(field, text, &value, &ignored))
        return text;
    return displayText(field, value);
}

bool AllocationFields::fromText(ParcelField field, const QString &text, QVariant *value, QString *error)
{
    *value = QVariant();
    if (text.isNull())
        return true;
    const QString name = parcelFieldName(field);
    const QString trimmed = text.trimmed();
    switch (type(field)) {
    case Type::Text:
        *value = trimmed.isNull() ? QStringLiteral("") : trimmed;
        return true;
    case Type::Integer: {
        bool ok = false;
        const qint64 v = trimmed.toLongLong(&ok);
        if (ok && v >= 0) {
            *value = v;
            return true;
        }
        *error = tr("%1 must be a whole number of zero or more, not '%2'").arg(name, text);
        return false;
    }
    case Type::Real: {
        bool ok = false;
        const double v = trimmed.toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0) {
            *value = v;
            return true;
        }
        *error = tr("%1 must be a number of zero or more, not '%2'").arg(name, text);
        return false;
    }
    case Type::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            *value = date;
            return true;
        }
        *error = tr("%1 must be a date as YYYY-MM-DD, not '%2'").arg(name, text);
        return false;
    }
    }
    return false;
}

} // namespace sez
