// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fieldtable.h"

#include "core/base/languages.h"
#include "core/model/codematcher.h"

#include <QHash>

#include <array>
#include <string_view>
#include <utility>

namespace sez {

namespace {

// Each code's words are what land offices write for it, in Russian, Kazakh and English, lower case.
constexpr FieldCode kZones[] = {
    {"industrial", QT_TRANSLATE_NOOP("sez::FieldTable", "Industrial"), "промышленная|промышленная зона|промзона|производственная|производственная зона|промышленность|өнеркәсіптік|өнеркәсіптік аймақ|өнеркәсіп|industrial|industry"},
    {"logistics", QT_TRANSLATE_NOOP("sez::FieldTable", "Logistics"), "логистическая|логистическая зона|логистика|транспортно-логистическая|складская|логистикалық|логистикалық аймақ|logistics|logistic"},
    {"agro_processing", QT_TRANSLATE_NOOP("sez::FieldTable", "Agro-processing"), "агропереработка|агропромышленная|агропромышленная зона|переработка сельхозпродукции|агроөнеркәсіптік|агроөңдеу|ауыл шаруашылығы өнімдерін өңдеу|agro-processing|agro processing|agroprocessing|agro"},
    {"energy", QT_TRANSLATE_NOOP("sez::FieldTable", "Energy"), "энергетическая|энергетическая зона|энергетика|энергетикалық|энергетикалық аймақ|energy|power"},
    {"tourism", QT_TRANSLATE_NOOP("sez::FieldTable", "Tourism"), "туристическая|туристическая зона|туризм|рекреационная|туристік|туристік аймақ|tourism|tourist"},
    {"business_finance", QT_TRANSLATE_NOOP("sez::FieldTable", "Business and finance"), "деловая и финансовая|деловая|финансовая|общественно-деловая|деловой центр|іскерлік және қаржылық|іскерлік|қаржылық|business and finance|business finance|business|finance"},
    {"education_medicine", QT_TRANSLATE_NOOP("sez::FieldTable", "Education and medicine"), "образование и медицина|образование|медицина|образовательная|медицинская|білім беру және медицина|білім беру|education and medicine|education medicine|education|medicine|health"},
    {"residential", QT_TRANSLATE_NOOP("sez::FieldTable", "Residential"), "жилая|жилая зона|жилая застройка|жилищная|тұрғын|тұрғын үй|тұрғын аймақ|residential|housing"},
    {"green_reserve", QT_TRANSLATE_NOOP("sez::FieldTable", "Green / reserve"), "зелёная/резервная|зеленая/резервная|зелёная и резервная|зелёная|зеленая|резервная|озеленение|жасыл/резервтік|жасыл|резервтік|green / reserve|green reserve|green|reserve"}};
constexpr FieldCode kStatuses[] = {
    {"free", QT_TRANSLATE_NOOP("sez::FieldTable", "Free"), "свободен|свободный|свободна|свободно|не предоставлен|не распределен|бос|бос жер|free|vacant|available"},
    {"reserved", QT_TRANSLATE_NOOP("sez::FieldTable", "Reserved"), "зарезервирован|зарезервирована|зарезервировано|резерв|забронирован|резервте|резервке алынған|reserved"},
    {"allocated", QT_TRANSLATE_NOOP("sez::FieldTable", "Allocated"), "выделен|выделена|выделено|предоставлен|предоставлена|отведен|отведён|бөлінген|берілген|allocated|granted|assigned"},
    {"under_construction", QT_TRANSLATE_NOOP("sez::FieldTable", "Under construction"), "строится|строительство|в стадии строительства|стройка|салынуда|құрылыс|құрылыс жүргізілуде|under construction|construction"},
    {"operating", QT_TRANSLATE_NOOP("sez::FieldTable", "Operating"), "действует|действующий|действующее|эксплуатация|в эксплуатации|введен в эксплуатацию|функционирует|жұмыс істейді|пайдалануда|operating|operational|in operation"}};
constexpr FieldCode kYesNo[] = {{"yes", QT_TRANSLATE_NOOP("sez::FieldTable", "Yes"), "да|есть|имеется|подключен|иә|бар|yes|y|true"},
                                {"no", QT_TRANSLATE_NOOP("sez::FieldTable", "No"), "нет|отсутствует|не подключен|жоқ|no|n|false"}};
constexpr FieldCode kCitySide[] = {{"true", QT_TRANSLATE_NOOP("sez::FieldTable", "inside the city limits")}, {"false", QT_TRANSLATE_NOOP("sez::FieldTable", "outside the city limits")}};

// The context layers' codes: infrastructure kinds (in the distance fields' order) and statuses, and
// the SEZ's parts.
constexpr FieldCode kInfrastructureKinds[] = {
    {"substation", QT_TRANSLATE_NOOP("sez::FieldTable", "Substation"), "подстанция|подстанции|электроподстанция|пс|ктп|тп|қосалқы станция|substation|substations"},
    {"water_intake", QT_TRANSLATE_NOOP("sez::FieldTable", "Water intake"), "водозабор|водозаборы|водозаборное сооружение|скважина|вода|водоснабжение|су алу|су алу құрылысы|су|water intake|water_intake|water"},
    {"gas_pipeline", QT_TRANSLATE_NOOP("sez::FieldTable", "Gas pipeline"), "газопровод|газопроводы|газ|газоснабжение|газ құбыры|gas pipeline|gas_pipeline|gas"},
    {"wastewater_treatment", QT_TRANSLATE_NOOP("sez::FieldTable", "Wastewater treatment"), "очистные сооружения|очистные|кос|канализационные очистные сооружения|канализация|тазарту құрылыстары|тазарту|wastewater treatment|wastewater_treatment|wastewater|sewage|wwtp"},
    {"highway", QT_TRANSLATE_NOOP("sez::FieldTable", "Highway"), "автодорога|автодороги|автомобильная дорога|дорога|трасса|шоссе|магистраль|автожол|тас жол|жол|highway|road|motorway"}};
constexpr FieldCode kInfrastructureStatuses[] = {
    {"design", QT_TRANSLATE_NOOP("sez::FieldTable", "Design"), "проектирование|проект|в проекте|планируется|планируемый|жобалау|жобада|design|planned"},
    {"construction", QT_TRANSLATE_NOOP("sez::FieldTable", "Construction"), "строительство|строится|құрылыс|салынуда|construction|under construction"},
    {"reconstruction", QT_TRANSLATE_NOOP("sez::FieldTable", "Reconstruction"), "реконструкция|қайта құру|reconstruction|rehabilitation"}};
constexpr FieldCode kSezParts[] = {
    {"inside_city", QT_TRANSLATE_NOOP("sez::FieldTable", "inside the city limits"), "в черте города|в границах города|внутри города|қала шегінде|inside the city|inside city|inside"},
    {"outside_city", QT_TRANSLATE_NOOP("sez::FieldTable", "outside the city limits"), "за чертой города|за пределами города|вне города|қала шегінен тыс|outside the city|outside city|outside"}};

constexpr ContextFieldSpec kContextFields[] = {
    {"zone", "ZONA|ZONE|ZON|ZONE_CODE|ZONING|ЗОНА|ЗОНЫ|ЗОНИРОВАНИЕ|ФУНКЦ_ЗОНА|АЙМАҚ|АЙМАК|АЙМАҒЫ", kZones},
    {"name", "NAME|NAIMENOV|NAIMEN|NAIMENOVANIE|TITLE|НАИМЕНОВАНИЕ|НАИМЕН|НАИМ"},
    {"name_ru", "NAZV|NAZVANIE|NAME_RU|НАЗВАНИЕ|НАЗВ"},
    {"name_kk", "ATAUY|ATAU|NAME_KK|NAME_KZ|АТАУЫ|АТАУ"},
    {"district", "RAION|RAYON|DISTRICT|AUDAN|РАЙОН|АУДАН"},
    {"part", "CHAST|PART|ЧАСТЬ|БӨЛІГІ|БӨЛІК", kSezParts},
    {"kind", "VID|KIND|TYPE|TIP|VID_OB|ВИД|ТИП|ВИД_ОБЪЕКТА|ТҮРІ|ТҮР", kInfrastructureKinds},
    {"status", "STATUS|STATE|SOSTOYANIE|СТАТУС|СОСТОЯНИЕ|МӘРТЕБЕ|МӘРТЕБЕСІ", kInfrastructureStatuses},
    {"planned_year", "GOD|YEAR|GOD_VVODA|ГОД|ГОД_ВВОДА|ЖЫЛ|ЖЫЛЫ"},
    {"area_ha", "PLOSHAD|PLOSH|AREA|AREA_HA|S_GA|ПЛОЩАДЬ|ПЛОЩ|АУДАНЫ"},
};

// Units a source gives values in, converted to the field's own on reading.
constexpr SourceUnit kSourceUnits[] = {
    {FieldUnit::Hectare, "ha", 1}, {FieldUnit::Hectare, "m2", 1e-4}, {FieldUnit::Hectare, "sotka", 0.01},
    {FieldUnit::Hectare, "km2", 100}, {FieldUnit::Hectare, "acre", 0.40468564224},
    {FieldUnit::Tenge, "kzt", 1}, {FieldUnit::Tenge, "thousand_kzt", 1e3}, {FieldUnit::Tenge, "million_kzt", 1e6},
    {FieldUnit::Kilowatt, "kw", 1}, {FieldUnit::Kilowatt, "mw", 1e3},
    {FieldUnit::CubicMetrePerDay, "m3_day", 1}, {FieldUnit::CubicMetrePerDay, "thousand_m3_day", 1e3},
    {FieldUnit::Metre, "m", 1}, {FieldUnit::Metre, "km", 1e3},
};

using F = ParcelField;
using K = FieldKind;
using O = FieldOrigin;
using U = FieldUnit;
using G = FieldGroup;

// One line a field. Export names keep the canonical names recognisable in 10 characters.
constexpr FieldSpec kFields[] = {
    {F::CadastralNumber, "cadastral_number", K::Text, O::Source, "cad_number", QT_TRANSLATE_NOOP("sez::FieldTable", "Cadastral number"), U::None, 0, G::Parcel, DefaultExport, "KAD_NOMER|KADNOMER|KAD_NOM|KADNOM|KAD_N|KAD_NUM|KAD_NO|KADASTR|CAD_NUM|CADNUM|CAD_NUMBER|CADASTRAL|CADASTRAL_NUMBER|CADASTRE|KN|КАД_НОМЕР|КАД_НОМ|КАДНОМЕР|КАДНОМ|КАД_N|КАД_№|КАДАСТР|КАДАСТРОВЫЙ_НОМЕР|КАДАСТРОВЫЙ_№|КАДАСТР_НОМЕР|КН|КАДАСТРЛЫҚ_НӨМІР|КАДАСТРЛЫҚ_НӨМІРІ|КАДАСТР*|KADASTR*|CADAST*|KAD_NOM*|КАД_НОМ*"},
    {F::AreaHa, "area_ha", K::Real, O::Source, "area_ha", QT_TRANSLATE_NOOP("sez::FieldTable", "Official area"), U::Hectare, 4, G::Parcel, DefaultExport, "PLOSHAD|PLOSH|PLOSH_GA|PLOSHAD_GA|PLOSCHAD|PLOSHCHAD|S_GA|S_HA|S_ZU|S_UCH|SZU|S|AREA|AREA_HA|AREA_M2|ПЛОЩАДЬ|ПЛОЩ|ПЛОЩАДЬ_ГА|ПЛОЩАДЬ_М2|ПЛОЩ_ГА|S_ГА|S_ЗУ|АУДАНЫ|АУДАНЫ_ГА|ЖЕР_АУДАНЫ|ПЛОЩАД*|PLOSH*"},
    {F::ComputedAreaHa, "computed_area_ha", K::Real, O::Derived, "area_calc", QT_TRANSLATE_NOOP("sez::FieldTable", "Computed area"), U::Hectare, 4, G::Parcel, DefaultExport | SinglePrecision, "", {}, "area"},
    {F::LandCategory, "land_category", K::Coded, O::Source, "land_categ", QT_TRANSLATE_NOOP("sez::FieldTable", "Land category"), U::None, 0, G::Parcel, DefaultExport, "KATEGORIA|KATEGORIYA|KATEGORIJA|KATEG|KAT_ZEM|CATEGORY|LAND_CAT|LANDCAT|КАТЕГОРИЯ|КАТЕГ|КАТЕГОРИЯ_ЗЕМЕЛЬ|КАТЕГОРИЯ_ЗЕМЛИ|КАТ_ЗЕМ|САНАТ|САНАТЫ|ЖЕР_САНАТЫ|КАТЕГОРИ*"},
    {F::PermittedUse, "permitted_use", K::Coded, O::Source, "permit_use", QT_TRANSLATE_NOOP("sez::FieldTable", "Permitted use"), U::None, 0, G::Parcel, DefaultExport, "CEL_NAZN|CELNAZN|CEL_NAZ|NAZNACH|NAZNACHEN|NAZNACHENIE|NAZN|PURPOSE|LAND_USE|LANDUSE|ЦЕЛ_НАЗН|ЦЕЛ_НАЗ|ЦЕЛЕВОЕ_НАЗНАЧЕНИЕ|ЦЕЛЕВОЕ|НАЗНАЧЕНИЕ|НАЗНАЧ|ВРИ|ВИД_ИСП|ВИД_ИСПОЛЬЗОВАНИЯ|НЫСАНАЛЫ_МАҚСАТЫ|МАҚСАТЫ|ЦЕЛЕВ*|НАЗНАЧ*"},
    {F::Zone, "zone", K::Coded, O::Source, "zone", QT_TRANSLATE_NOOP("sez::FieldTable", "Zone"), U::None, 0, G::Parcel, DefaultExport, "ZONA|ZONE|ZON|ZONE_CODE|ZONING|FUNC_ZONE|ЗОНА|ЗОНЫ|ЗОНИРОВАНИЕ|ФУНКЦ_ЗОНА|ФУНКЦИОНАЛЬНАЯ_ЗОНА|АЙМАҚ|АЙМАК|АЙМАҒЫ", kZones},
    {F::Status, "status", K::Coded, O::Register, "status", QT_TRANSLATE_NOOP("sez::FieldTable", "Status"), U::None, 0, G::Parcel, DefaultExport, "STATUS|STATE|SOSTOYANIE|STATUS_ZU|СТАТУС|СОСТОЯНИЕ|СТАТУС_ЗУ|МӘРТЕБЕ|МӘРТЕБЕСІ|МАРТЕБЕ", kStatuses},
    {F::District, "district", K::Coded, O::Derived, "district", QT_TRANSLATE_NOOP("sez::FieldTable", "District"), U::None, 0, G::Parcel, DefaultExport, ""},
    {F::Investor, "investor", K::Coded, O::Register, "investor", QT_TRANSLATE_NOOP("sez::FieldTable", "Investor"), U::None, 0, G::Allocation, DefaultExport, "INVESTOR|INVESTR|ARENDATOR|TENANT|ZEMLEPOLZ|PRAVOOBL|ИНВЕСТОР|АРЕНДАТОР|ЗЕМЛЕПОЛЬЗОВАТЕЛЬ|ЗЕМЛЕПОЛЬЗ|ПРАВООБЛАДАТЕЛЬ|ИНВЕСТОРЫ|ЖАЛҒА_АЛУШЫ|ЖЕР_ПАЙДАЛАНУШЫ"},
    {F::Project, "project", K::Coded, O::Register, "project", QT_TRANSLATE_NOOP("sez::FieldTable", "Project"), U::None, 0, G::Allocation, DefaultExport, "PROEKT|PROJECT|PROJ_NAME|ПРОЕКТ|НАИМ_ПРОЕКТА|НАЗВАНИЕ_ПРОЕКТА|ЖОБА|ЖОБАСЫ"},
    {F::ProjectKk, "project_kk", K::Coded, O::Register, "project_kk", QT_TRANSLATE_NOOP("sez::FieldTable", "Project (Kazakh)"), U::None, 0, G::Allocation, DefaultExport, "PROEKT_KZ|PROEKT_KK|PROJECT_KK|PROJECT_KZ|ПРОЕКТ_КАЗ|ПРОЕКТ_KZ|ПРОЕКТ_КЗ|ЖОБА_ҚАЗ|ЖОБА_KZ"},
    {F::InvestmentKzt, "investment_kzt", K::Real, O::Register, "invest_kzt", QT_TRANSLATE_NOOP("sez::FieldTable", "Investment"), U::Tenge, 0, G::Allocation, DefaultExport | ZeroIsNone, "INVEST_KZT|INVEST|INVESTICII|INVESTMENT|INVESTMENTS|SUMMA_INV|ИНВЕСТИЦИИ|ИНВЕСТ_ТГ|ИНВЕСТ_KZT|ОБЪЕМ_ИНВ|ОБЪЕМ_ИНВЕСТИЦИЙ|ИНВЕСТИЦИЯ|ИНВЕСТИЦИЯЛАР"},
    {F::Jobs, "jobs", K::Integer, O::Register, "jobs", QT_TRANSLATE_NOOP("sez::FieldTable", "Jobs"), U::None, 0, G::Allocation, DefaultExport | ZeroIsNone, "RAB_MESTA|RABMESTA|RAB_MEST|JOBS|WORKPLACES|EMPLOYEES|РАБ_МЕСТА|РАБ_МЕСТ|РАБОЧИЕ_МЕСТА|КОЛ_РАБ_МЕСТ|ЖҰМЫС_ОРЫНДАРЫ|ЖҰМЫС_ОРЫН"},
    {F::LeaseStart, "lease_start", K::Date, O::Register, "lease_from", QT_TRANSLATE_NOOP("sez::FieldTable", "Lease from"), U::None, 0, G::Allocation, DefaultExport, "AREND_NACH|AREND_START|LEASE_START|LEASE_FROM|DATA_NACH|DATE_START|НАЧ_АРЕНДЫ|АРЕНДА_С|ДАТА_НАЧ|ДАТА_НАЧАЛА|ЖАЛҒА_БАСТАУ"},
    {F::LeaseEnd, "lease_end", K::Date, O::Register, "lease_to", QT_TRANSLATE_NOOP("sez::FieldTable", "Lease until"), U::None, 0, G::Allocation, DefaultExport, "AREND_KON|AREND_END|LEASE_END|LEASE_TO|DATA_KON|DATE_END|КОН_АРЕНДЫ|АРЕНДА_ПО|ДАТА_КОН|ДАТА_ОКОНЧ|ДАТА_ОКОНЧАНИЯ|СРОК_АРЕНДЫ|ЖАЛҒА_АЯҚТАУ"},
    {F::PowerKw, "power_kw", K::Integer, O::Register, "power_kw", QT_TRANSLATE_NOOP("sez::FieldTable", "Power"), U::Kilowatt, 0, G::Conditions, DefaultExport | ZeroIsNone, "MOSCH_KVT|MOSHN_KVT|MOSHCH_KVT|POWER_KW|POWER|MOSHCHNOST|МОЩНОСТЬ|МОЩН_КВТ|МОЩ_КВТ|ЭЛЕКТР_КВТ|ҚУАТ|ҚУАТЫ"},
    {F::WaterM3Day, "water_m3_day", K::Real, O::Register, "water_m3", QT_TRANSLATE_NOOP("sez::FieldTable", "Water"), U::CubicMetrePerDay, 1, G::Conditions, DefaultExport | ZeroIsNone | SinglePrecision, "VODA_M3|VODA|WATER_M3|WATER|ВОДА|ВОДА_М3|ВОДОПОТРЕБ|СУ|СУ_М3"},
    {F::Gas, "gas", K::Coded, O::Register, "gas", QT_TRANSLATE_NOOP("sez::FieldTable", "Gas connection"), U::None, 0, G::Conditions, DefaultExport, "GAZ|GAS|ГАЗ|ГАЗИФ|ГАЗОСНАБ|ГАЗ_ҚОСУ", kYesNo},
    {F::Address, "address", K::Text, O::Source, "address", QT_TRANSLATE_NOOP("sez::FieldTable", "Address"), U::None, 0, G::Parcel, DefaultExport, "ADRES|ADDRESS|ADR|MESTOPOL|LOCATION|АДРЕС|МЕСТОПОЛОЖЕНИЕ|МЕСТОПОЛОЖ|МЕКЕНЖАЙ|МЕКЕНЖАЙЫ|ОРНАЛАСҚАН_ЖЕРІ"},
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

// Source names of one list, exact ones by their normalized name and prefix patterns apart.
template<typename Spec>
struct SourceNameIndex
{
    QHash<QString, const Spec *> exact;
    std::vector<std::pair<QString, const Spec *>> prefixes;

    explicit SourceNameIndex(std::span<const Spec> specs)
    {
        for (const Spec &f : specs)
            for (const QString &name : QString::fromUtf8(f.sourceNames).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (name.endsWith(QLatin1Char('*')))
                    prefixes.emplace_back(FieldTable::normalizedSourceName(name.chopped(1)), &f);
                else
                    exact.insert(FieldTable::normalizedSourceName(name), &f);
            }
    }

    const Spec *find(const QString &sourceName, bool exactOnly, bool *byPrefix) const
    {
        if (byPrefix)
            *byPrefix = false;
        const QString name = FieldTable::normalizedSourceName(sourceName);
        if (const Spec *f = exact.value(name, nullptr))
            return f;
        if (exactOnly)
            return nullptr;
        for (const auto &[prefix, f] : prefixes)
            if (name.startsWith(prefix)) {
                if (byPrefix)
                    *byPrefix = true;
                return f;
            }
        return nullptr;
    }
};

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

const FieldSpec *FieldTable::fromSourceName(const QString &sourceName, bool exact, bool *byPrefix)
{
    static const SourceNameIndex<FieldSpec> index{std::span<const FieldSpec>(kFields)};
    return index.find(sourceName, exact, byPrefix);
}

QString FieldTable::normalizedSourceName(const QString &name)
{
    // № is part of names such as КАД_№.
    return CodeMatcher::normalized(name, QLatin1Char('_'), u"\u2116").toUpper();
}

std::span<const ContextFieldSpec> FieldTable::contextFields()
{
    return kContextFields;
}

const ContextFieldSpec *FieldTable::contextField(const QString &name)
{
    for (const ContextFieldSpec &f : kContextFields)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

const ContextFieldSpec *FieldTable::contextFromSourceName(const QString &sourceName, bool exact, bool *byPrefix)
{
    static const SourceNameIndex<ContextFieldSpec> index{std::span<const ContextFieldSpec>(kContextFields)};
    return index.find(sourceName, exact, byPrefix);
}

std::span<const FieldCode> FieldTable::codesOf(const QString &role, const QString &field)
{
    if (role == QLatin1String("parcels")) {
        const FieldSpec *spec = find(field);
        return spec && spec->kind == FieldKind::Coded ? spec->codes : std::span<const FieldCode>();
    }
    const ContextFieldSpec *spec = contextField(field);
    return spec ? spec->codes : std::span<const FieldCode>();
}

std::span<const FieldCode> FieldTable::infrastructureKindCodes()
{
    return kInfrastructureKinds;
}

std::vector<SourceUnit> FieldTable::sourceUnits(FieldUnit unit)
{
    std::vector<SourceUnit> units;
    for (const SourceUnit &u : kSourceUnits)
        if (u.unit == unit)
            units.push_back(u);
    return units;
}

const SourceUnit *FieldTable::sourceUnit(FieldUnit unit, const QString &name)
{
    for (const SourceUnit &u : kSourceUnits)
        if (u.unit == unit && name.compare(QLatin1String(u.name), Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

FieldUnit FieldTable::unitOf(const QString &role, const QString &field)
{
    if (role == QLatin1String("parcels")) {
        const FieldSpec *spec = find(field);
        return spec ? spec->unit : FieldUnit::None;
    }
    return field == QLatin1String("area_ha") ? FieldUnit::Hectare : FieldUnit::None;
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

namespace {

constexpr bool kindCodesFollowDistances()
{
    std::size_t k = 0;
    for (const FieldSpec &f : kFields)
        if (f.infrastructureKind && std::string_view(f.infrastructureKind) != std::string_view(kInfrastructureKinds[k++].code))
            return false;
    return k == std::size(kInfrastructureKinds);
}
static_assert(kindCodesFollowDistances(), "one infrastructure kind code a distance field, in the same order");

} // namespace

} // namespace sez
