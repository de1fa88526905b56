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
    switch (field) {
    case ParcelField::CadastralNumber: return tr("Cadastral number");
    case ParcelField::AreaHa: return tr("Official area, ha");
    case ParcelField::Area: return tr("Computed area, ha");
    case ParcelField::LandCategory: return tr("Land category");
    case ParcelField::PermittedUse: return tr("Permitted use");
    case ParcelField::Zone: return tr("Zone");
    case ParcelField::Status: return tr("Status");
    case ParcelField::District: return tr("District");
    case ParcelField::Investor: return tr("Investor");
    case ParcelField::Project: return tr("Project");
    case ParcelField::ProjectKk: return tr("Project (Kazakh)");
    case ParcelField::InvestmentKzt: return tr("Investment, ₸");
    case ParcelField::Jobs: return tr("Jobs");
    case ParcelField::LeaseStart: return tr("Lease from");
    case ParcelField::LeaseEnd: return tr("Lease until");
    case ParcelField::PowerKw: return tr("Power, kW");
    case ParcelField::WaterM3Day: return tr("Water, m³/day");
    case ParcelField::Gas: return tr("Gas connection");
    case ParcelField::Address: return tr("Address");
    case ParcelField::Count: break;
    }
    return parcelFieldName(field);
}

QString HumanLabels::value(ParcelField field, const QString &code)
{
    if (field == ParcelField::Zone) {
        if (code == QLatin1String("industrial")) return tr("Industrial");
        if (code == QLatin1String("logistics")) return tr("Logistics");
        if (code == QLatin1String("agro_processing")) return tr("Agro-processing");
        if (code == QLatin1String("energy")) return tr("Energy");
        if (code == QLatin1String("tourism")) return tr("Tourism");
        if (code == QLatin1String("business_finance")) return tr("Business and finance");
        if (code == QLatin1String("education_medicine")) return tr("Education and medicine");
        if (code == QLatin1String("residential")) return tr("Residential");
        if (code == QLatin1String("green_reserve")) return tr("Green / reserve");
    } else if (field == ParcelField::Status) {
        if (code == QLatin1String("free")) return tr("Free");
        if (code == QLatin1String("reserved")) return tr("Reserved");
        if (code == QLatin1String("allocated")) return tr("Allocated");
        if (code == QLatin1String("under_construction")) return tr("Under construction");
        if (code == QLatin1String("operating")) return tr("Operating");
    } else if (field == ParcelField::Gas) {
        if (code == QLatin1String("yes")) return tr("Yes");
        if (code == QLatin1String("no")) return tr("No");
    }
    if (code.isEmpty())
        return tr("(none)");
    return code;
}

QString HumanLabels::infrastructureKind(const QString &kind)
{
    if (kind == QLatin1String("substation")) return tr("Substation");
    if (kind == QLatin1String("water_intake")) return tr("Water intake");
    if (kind == QLatin1String("gas_pipeline")) return tr("Gas pipeline");
    if (kind == QLatin1String("wastewater_treatment")) return tr("Wastewater treatment");
    if (kind == QLatin1String("highway")) return tr("Highway");
    return kind;
}

QString HumanLabels::displayValue(const ParcelStore &store, qint64 row, ParcelField field)
{
    const QVariant v = store.value(row, field);
    if (!v.isValid() || v.isNull())
        return {};
    const QLocale locale;
    switch (field) {
    case ParcelField::Zone:
    case ParcelField::Status:
    case ParcelField::Gas:
        return value(field, v.toString());
    case ParcelField::AreaHa:
        return hectares(v.toDouble());
    case ParcelField::InvestmentKzt:
        return tenge(v.toDouble());
    case ParcelField::Jobs:
    case ParcelField::PowerKw:
        return locale.toString(v.toLongLong());
    case ParcelField::WaterM3Day:
        return locale.toString(v.toDouble(), 'f', 1);
    case ParcelField::LeaseStart:
    case ParcelField::LeaseEnd:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    default:
        break;
    }
    if (v.typeId() == QMetaType::Double)
        return locale.toString(v.toDouble(), 'f', 2);
    return v.toString();
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
