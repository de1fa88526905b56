// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fieldtable.h"

#include "core/base/languages.h"

#include <QHash>

#include <array>

namespace sez {

namespace {

constexpr FieldCode kZones[] = {
    {"industrial", QT_TRANSLATE_NOOP("sez::FieldTable", "Industrial")}, {"logistics", QT_TRANSLATE_NOOP("sez::FieldTable", "Logistics")}, {"agro_processing", QT_TRANSLATE_NOOP("sez::FieldTable", "Agro-processing")},
    {"energy", QT_TRANSLATE_NOOP("sez::FieldTable", "Energy")}, {"tourism", QT_TRANSLATE_NOOP("sez::FieldTable", "Tourism")}, {"business_finance", QT_TRANSLATE_NOOP("sez::FieldTable", "Business and finance")},
    {"education_medicine", QT_TRANSLATE_NOOP("sez::FieldTable", "Education and medicine")}, {"residential", QT_TRANSLATE_NOOP("sez::FieldTable", "Residential")},
    {"green_reserve", QT_TRANSLATE_NOOP("sez::FieldTable", "Green / reserve")}};
constexpr FieldCode kStatuses[] = {
    {"free", QT_TRANSLATE_NOOP("sez::FieldTable", "Free")}, {"reserved", QT_TRANSLATE_NOOP("sez::FieldTable", "Reserved")}, {"allocated", QT_TRANSLATE_NOOP("sez::FieldTable", "Allocated")},
    {"under_construction", QT_TRANSLATE_NOOP("sez::FieldTable", "Under construction")}, {"operating", QT_TRANSLATE_NOOP("sez::FieldTable", "Operating")}};
constexpr FieldCode kYesNo[] = {{"yes", QT_TRANSLATE_NOOP("sez::FieldTable", "Yes")}, {"no", QT_TRANSLATE_NOOP("sez::FieldTable", "No")}};
constexpr FieldCode kCitySide[] = {{"true", QT_TRANSLATE_NOOP("sez::FieldTable", "inside the city limits")}, {"false", QT_TRANSLATE_NOOP("sez::FieldTable", "outside the city limits")}};

using F = ParcelField;
using K = FieldKind;
using O = FieldOrigin;
using U = FieldUnit;
using G = FieldGroup;

// One line a field. Export names keep the canonical names recognisable in 10 characters.
constexpr FieldSpec kFields[] = {
    {F::CadastralNumber, "cadastral_number", K::Text, O::Source, "cad_number", QT_TRANSLATE_NOOP("sez::FieldTable", "Cadastral number"), U::None, 0, G::Parcel, DefaultExport, "KAD_NOMER|KADNOMER|KAD_NOM|CAD_NUM|CADASTRAL"},
    {F::AreaHa, "area_ha", K::Real, O::Source, "area_ha", QT_TRANSLATE_NOOP("sez::FieldTable", "Official area"), U::Hectare, 4, G::Parcel, DefaultExport, "PLOSHAD|PLOSH_GA|AREA_HA"},
    {F::ComputedAreaHa, "computed_area_ha", K::Real, O::Derived, "area_calc", QT_TRANSLATE_NOOP("sez::FieldTable", "Computed area"), U::Hectare, 4, G::Parcel, DefaultExport | SinglePrecision, "", {}, "area"},
    {F::LandCategory, "land_category", K::Coded, O::Source, "land_categ", QT_TRANSLATE_NOOP("sez::FieldTable", "Land category"), U::None, 0, G::Parcel, DefaultExport, "KATEGORIA"},
    {F::PermittedUse, "permitted_use", K::Coded, O::Source, "permit_use", QT_TRANSLATE_NOOP("sez::FieldTable", "Permitted use"), U::None, 0, G::Parcel, DefaultExport, "CEL_NAZN"},
    {F::Zone, "zone", K::Coded, O::Source, "zone", QT_TRANSLATE_NOOP("sez::FieldTable", "Zone"), U::None, 0, G::Parcel, DefaultExport, "ZONA", kZones},
    {F::Status, "status", K::Coded, O::Source, "status", QT_TRANSLATE_NOOP("sez::FieldTable", "Status"), U::None, 0, G::Parcel, DefaultExport, "STATUS", kStatuses},
    {F::District, "district", K::Coded, O::Derived, "district", QT_TRANSLATE_NOOP("sez::FieldTable", "District"), U::None, 0, G::Parcel, DefaultExport, ""},
    {F::Investor, "investor", K::Coded, O::Source, "investor", QT_TRANSLATE_NOOP("sez::FieldTable", "Investor"), U::None, 0, G::Allocation, DefaultExport, "INVESTOR"},
    {F::Project, "project", K::Coded, O::Source, "project", QT_TRANSLATE_NOOP("sez::FieldTable", "Project"), U::None, 0, G::Allocation, DefaultExport, "PROEKT"},
    {F::ProjectKk, "project_kk", K::Coded, O::Source, "project_kk", QT_TRANSLATE_NOOP("sez::FieldTable", "Project (Kazakh)"), U::None, 0, G::Allocation, DefaultExport, ""},
    {F::InvestmentKzt, "investment_kzt", K::Real, O::Source, "invest_kzt", QT_TRANSLATE_NOOP("sez::FieldTable", "Investment"), U::Tenge, 0, G::Allocation, DefaultExport | ZeroIsNone, ""},
    {F::Jobs, "jobs", K::Integer, O::Source, "jobs", QT_TRANSLATE_NOOP("sez::FieldTable", "Jobs"), U::None, 0, G::Allocation, DefaultExport | ZeroIsNone, ""},
    {F::LeaseStart, "lease_start", K::Date, O::Source, "lease_from", QT_TRANSLATE_NOOP("sez::FieldTable", "Lease from"), U::None, 0, G::Allocation, DefaultExport, ""},
    {F::LeaseEnd, "lease_end", K::Date, O::Source, "lease_to", QT_TRANSLATE_NOOP("sez::FieldTable", "Lease until"), U::None, 0, G::Allocation, DefaultExport, ""},
    {F::PowerKw, "power_kw", K::Integer, O::Source, "power_kw", QT_TRANSLATE_NOOP("sez::FieldTable", "Power"), U::Kilowatt, 0, G::Conditions, DefaultExport | ZeroIsNone, ""},
    {F::WaterM3Day, "water_m3_day", K::Real, O::Source, "water_m3", QT_TRANSLATE_NOOP("sez::FieldTable", "Water"), U::CubicMetrePerDay, 1, G::Conditions, DefaultExport | ZeroIsNone | SinglePrecision, ""},
    {F::Gas, "gas", K::Coded, O::Source, "gas", QT_TRANSLATE_NOOP("sez::FieldTable", "Gas connection"), U::None, 0, G::Conditions, DefaultExport, "", kYesNo},
    {F::Address, "address", K::Text, O::Source, "address", QT_TRANSLATE_NOOP("sez::FieldTable", "Address"), U::None, 0, G::Parcel, DefaultExport, "ADRES"},
    {F::InsideCity, "inside_city", K::Bool, O::Derived, "in_city", QT_TRANSLATE_NOOP("sez::FieldTable", "City of Alatau"), U::None, 0, G::Parcel, DefaultExport, "", kCitySide},
    {F::DistanceSubstation, "distance_substation_m", K::Real, O::Derived, "d_substat", QT_TRANSLATE_NOOP("sez::FieldTable", "Nearest substation"), U::Metre, 0, G::Infrastructure, SinglePrecision, "", {}, nullptr, "substation"},
    {F::DistanceWaterIntake, "distance_water_intake_m", K::Real, O::Derived, "d_water", QT_TRANSLATE_NOOP("sez::FieldTable", "Nearest water intake"), U::Metre, 0, G::Infrastructure, SinglePrecision, "", {}, nullptr, "water_intake"},
    {F::DistanceGasPipeline, "distance_gas_pipeline_m", K::Real, O::Derived, "d_gas", QT_TRANSLATE_NOOP("sez::FieldTable", "Nearest gas pipeline"), U::Metre, 0, G::Infrastructure, SinglePrecision, "", {}, nullptr, "gas_pipeline"},
    {F::DistanceWastewater, "distance_wastewater_m", K::Real, O::Derived, "d_wwtp", QT_TRANSLATE_NOOP("sez::FieldTable", "Nearest wastewater treatment"), U::Metre, 0, G::Infrastructure, SinglePrecision, "", {}, nullptr, "wastewater_treatment"},
    {F::DistanceHighway, "distance_highway_m", K::Real, O::Derived, "d_highway", QT_TRANSLATE_NOOP("sez::FieldTable", "Nearest highway"), U::Metre, 0, G::Infrastructure, SinglePrecision, "", {}, nullptr, "highway"},
};

constexpr const char *kUnits[] = {"", QT_TRANSLATE_NOOP("sez::FieldTable", "ha"), QT_TRANSLATE_NOOP("sez::FieldTable", "₸"), QT_TRANSLATE_NOOP("sez::FieldTable", "kW"), QT_TRANSLATE_NOOP("sez::FieldTable", "m³/day"), QT_TRANSLATE_NOOP("sez::FieldTable", "m")};

static_assert(std::size(kFields) == std::size_t(ParcelField::Count), "one row a canonical field");

constexpr bool rowsInOrder()
{
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (kFields[i].id != ParcelField(i))
            return false;
    return true;
}
static_assert(rowsInOrder(), "the table's rows are in ParcelField order");

constexpr bool exportNamesFit()
{
    for (const FieldSpec &f : kFields)
        if (std::char_traits<char>::length(f.exportName) > 10)
            return false;
    return true;
}
static_assert(exportNamesFit(), "DBF column names hold 10 characters");

constexpr bool distancesContiguous()
{
    int first = -1, count = 0;
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (kFields[i].infrastructureKind) {
            if (first < 0)
                first = int(i);
            if (int(i) != first + count++)
                return false;
        }
    return first == int(ParcelField::DistanceSubstation) && count == kDistanceFieldCount;
}
static_assert(distancesContiguous(), "distanceField() counts from DistanceSubstation");

const QHash<QString, const FieldSpec *> &sourceNameIndex()
{
    static const QHash<QString, const FieldSpec *> index = [] {
        QHash<QString, const FieldSpec *> names;
        for (const FieldSpec &f : kFields)
            for (const QString &name : QString::fromUtf8(f.sourceNames).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                names.insert(name.toUpper(), &f);
        return names;
    }();
    return index;
}

} // namespace

std::span<const FieldSpec> FieldTable::all()
{
    return kFields;
}

const FieldSpec &FieldTable::spec(ParcelField field)
{
    return kFields[std::size_t(field)];
}

const FieldSpec *FieldTable::find(const QString &name)
{
    for (const FieldSpec &f : kFields)
        if (name == QLatin1String(f.name))
            return &f;
    for (const FieldSpec &f : kFields)
        if (f.alias && name == QLatin1String(f.alias))
            return &f;
    return nullptr;
}

const FieldSpec *FieldTable::fromSourceName(const QString &sourceName)
{
    return sourceNameIndex().value(sourceName.toUpper(), nullptr);
}

QString FieldTable::label(const FieldSpec &spec)
{
    return tr(spec.label);
}

QString FieldTable::unit(FieldUnit unit)
{
    return unit == FieldUnit::None ? QString() : tr(kUnits[std::size_t(unit)]);
}

QString FieldTable::header(const FieldSpec &spec)
{
    const QString u = unit(spec.unit);
    //: A column header: a field's label and its unit, e.g. "Official area, ha".
    return u.isEmpty() ? label(spec) : QCoreApplication::translate("sez::FieldTable", "%1, %2").arg(label(spec), u);
}

QString FieldTable::codeLabel(const FieldSpec &spec, const QString &code)
{
    for (const FieldCode &c : spec.codes)
        if (code == QLatin1String(c.code))
            return tr(c.label);
    return {};
}

QStringList FieldTable::codeLabelsInEveryLanguage(const FieldCode &code)
{
    QStringList labels;
    for (const QString &language : programLanguages())
        labels << translateIn(language, "sez::FieldTable", code.label);
    return labels;
}

ParcelField FieldTable::distanceField(int kindIndex)
{
    return ParcelField(int(ParcelField::DistanceSubstation) + kindIndex);
}

QString parcelFieldName(ParcelField field)
{
    return field == ParcelField::Count ? QString() : QString::fromLatin1(kFields[std::size_t(field)].name);
}

ParcelField parcelFieldFromName(const QString &name)
{
    const FieldSpec *f = FieldTable::find(name);
    return f ? f->id : ParcelField::Count;
}

const QStringList &infrastructureKinds()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const FieldSpec &f : kFields)
            if (f.infrastructureKind)
                list << QString::fromLatin1(f.infrastructureKind);
        return list;
    }();
    return kinds;
}

} // namespace sez
