// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/humanlabels.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sez {

QString HumanLabels::field(ParcelField field)
{
    return field == ParcelField::Count ? QString() : FieldTable::header(FieldTable::spec(field));
}

QString HumanLabels::value(ParcelField field, const QString &code)
{
    if (code.isEmpty())
        return tr("(none)");
    if (field != ParcelField::Count)
        if (QString label = FieldTable::codeLabel(FieldTable::spec(field), code); !label.isEmpty())
            return label;
    return code;
}

QString HumanLabels::infrastructureKind(const QString &kind)
{
    for (const FieldCode &c : FieldTable::infrastructureKindCodes())
        if (kind == QLatin1String(c.code))
            return FieldTable::tr(c.label);
    return kind;
}

QString HumanLabels::infrastructureStatus(const QString &status)
{
    if (status == QLatin1String("design")) return tr("Design");
    if (status == QLatin1String("construction")) return tr("Construction");
    if (status == QLatin1String("reconstruction")) return tr("Reconstruction");
    if (status == QLatin1String("existing") || status == QLatin1String("operating")) return tr("In operation");
    return status;
}

namespace {

QString withFourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString HumanLabels::dateFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString HumanLabels::date(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, dateFormat(locale));
}

QString HumanLabels::dateTime(const QDateTime &moment, const QLocale &locale)
{
    return locale.toString(moment, withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

bool HumanLabels::isBeingComputed(const ParcelStore &store, int fieldIndex)
{
    const StoreField &field = store.field(fieldIndex);
    return field.spec && !field.spec->fromSource() && store.column(fieldIndex).storage() == ColumnStorage::Absent;
}

QString HumanLabels::displayValue(const ParcelStore &store, qint64 row, int fieldIndex, bool withUnit)
{
    if (isBeingComputed(store, fieldIndex))
        return tr("being computed…");
    const StoreField &field = store.field(fieldIndex);
    const QVariant v = store.value(row, fieldIndex);
    // District names come in the user's language from the manifest, which the store holds.
    if (field.spec && field.spec->id == ParcelField::District && v.isValid() && !v.isNull())
        return store.districtDisplayName(v.toString());
    return format(field, v, withUnit);
}

QString HumanLabels::valueText(ParcelField field, const QVariant &value, bool withUnit)
{
    if (field == ParcelField::Count)
        return value.toString();
    const FieldSpec &spec = FieldTable::spec(field);
    return format({QString::fromLatin1(spec.name), spec.kind, &spec}, value, withUnit);
}

QString HumanLabels::columnValue(const QVariant &value)
{
    FieldKind kind = FieldKind::Text;
    switch (value.typeId()) {
    case QMetaType::Double: kind = FieldKind::Real; break;
    case QMetaType::Int:
    case QMetaType::LongLong: kind = FieldKind::Integer; break;
    case QMetaType::QDate: kind = FieldKind::Date; break;
    case QMetaType::Bool: kind = FieldKind::Bool; break;
    default: break;
    }
    return format({QString(), kind, nullptr}, value, false);
}

QString HumanLabels::format(const StoreField &field, const QVariant &v, bool withUnit)
{
    if (!v.isValid() || v.isNull())
        return {};
    const QLocale locale;
    switch (field.kind) {
    case FieldKind::Coded:
    case FieldKind::Text:
        return field.spec ? value(field.spec->id, v.toString()) : v.toString();
    case FieldKind::Bool: {
        const QString code = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        const QString label = field.spec ? FieldTable::codeLabel(*field.spec, code) : QString();
        return label.isEmpty() ? (v.toBool() ? tr("Yes") : tr("No")) : label;
    }
    case FieldKind::Date:
        return date(v.toDate(), locale);
    case FieldKind::Integer:
    case FieldKind::Real:
        break;
    }
    const double number = v.toDouble();
    if (!field.spec) {
        // A column the field table does not know may hold years, codes or identifiers, which no
        // group separator suits, and reals of any precision: the number the file gave, whole.
        QLocale plain = locale;
        plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
        return field.kind == FieldKind::Integer ? plain.toString(v.toLongLong())
                                                : plain.toString(number, 'g', QLocale::FloatingPointShortest);
    }
    const FieldUnit unit = field.spec->unit;
    const int decimals = field.spec->decimals;
    if (withUnit && unit == FieldUnit::Hectare)
        return hectares(number);
    if (withUnit && unit == FieldUnit::Tenge)
        return tengeInWords(number);
    if (withUnit && unit == FieldUnit::Metre)
        return distance(number);
    const QString text = field.kind == FieldKind::Integer ? locale.toString(v.toLongLong()) : locale.toString(number, 'f', decimals);
    return withUnit && unit != FieldUnit::None ? tr("%1 %2").arg(text, FieldTable::unit(unit)) : text;
}

QString HumanLabels::hectares(double ha)
{
    return tr("%1 ha").arg(QLocale().toString(ha, 'f', ha < 10 ? 2 : 1));
}

QString HumanLabels::distance(double metres)
{
    if (!std::isfinite(metres))
        return QStringLiteral("—");
    const QLocale locale;
    if (metres < 1000)
        return tr("%1 m").arg(locale.toString(qRound(metres)));
    // Round kilometres (a scale bar's) without decimals; measured ones with a useful precision.
    if (std::fmod(metres, 1000) == 0)
        return tr("%1 km").arg(locale.toString(qint64(metres / 1000)));
    return tr("%1 km").arg(locale.toString(metres / 1000, 'f', metres < 10000 ? 2 : 1));
}

QString HumanLabels::tenge(double kzt)
{
    return tr("%1 ₸").arg(QLocale().toString(kzt, 'f', 0));
}

QString HumanLabels::tengeInWords(double kzt)
{
    // Three significant figures; a value that rounds up to 1,000 takes the next word.
    const struct { double unit; const char *words; } scales[] = {
        {1e12, QT_TR_NOOP("%1 trillion ₸")}, {1e9, QT_TR_NOOP("%1 billion ₸")}, {1e6, QT_TR_NOOP("%1 million ₸")}};
    const double magnitude = std::abs(kzt);
    for (const auto &scale : scales) {
        const double v = magnitude / scale.unit;
        const int decimals = v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2;
        const double rounded = std::round(v * std::pow(10, decimals)) / std::pow(10, decimals);
        if (rounded >= 1)
            return tr(scale.words).arg(QLocale().toString(std::copysign(rounded, kzt), 'f', decimals));
    }
    return tenge(kzt);
}

QString HumanLabels::parcels(qint64 count)
{
    // %Ln: the count in the locale's digits, and the plural form the language needs (Russian has three).
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    QString text = tr("%Ln parcel(s)", nullptr, n);
    // English runs without a translation, so Qt hands back the source: its plural is chosen here.
    if (text.endsWith(QLatin1String("(s)"))) {
        text.chop(3);
        if (n != 1)
            text += QLatin1Char('s');
    }
    return text;
}

} // namespace sez
