// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/generator.h"

#include "core/base/feedback.h"
#include "core/geo/crs.h"
#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/geo/geodesic.h"
#include "core/geo/geometry.h"
#include "core/geo/planar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <cstring>
#include <unordered_map>

namespace sez {

namespace {

using detail::DatasetPtr;
using detail::FeaturePtr;
using detail::GeometryPtr;
using detail::SrsPtr;
using detail::TransformPtr;

constexpr int kUtmEpsg = 32643;
constexpr int kPulkovoGkEpsg = 2542;  // Pulkovo 1942 / 3-degree Gauss-Kruger zone 26
constexpr double kPi = 3.14159265358979323846;

constexpr double kCityTargetHa = 88'000;
constexpr double kSettlementsHa = 14'600;     // city 88,000 - SEZ inside the city 73,400
constexpr double kCellSize = 2000;            // zone lattice, independent of the parcel count
constexpr double kMinPieceM2 = 100;           // 0.01 ha: smaller clip pieces are slivers
constexpr int kMaxStreet = 180;
constexpr int kMaxHouse = 240;
// A fixed DBF header date keeps the files byte-identical from one day to the next; the GeoPackage's
// own timestamps are fixed by OGR_CURRENT_DATE.
constexpr const char *kDbfDate = "DBF_DATE_LAST_UPDATE=2025-11-21";
constexpr const char *kGpkgDate = "2025-11-21T00:00:00Z";
// The largest DBF the shapefile world reads: dBase and Esri stop at 2 GB (GDAL's 2GB_LIMIT; it writes
// past it with a warning, and its .shp/.shx stop at 4 GB). A parcels table beyond it is a GeoPackage.
constexpr qint64 kDbfLimitBytes = (qint64(1) << 31) - 1;
// Features per GeoPackage transaction: one transaction per feature would be SQLite's slowest way.
constexpr int kGpkgBatch = 100'000;

// ---------------------------------------------------------------------------------------------
// Randomness: splitmix64, with doubles made from the raw bits so every platform draws the same.

constexpr quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashOf(std::initializer_list<quint64> values)
{
    quint64 h = 0x51ed270b27d3a8f1ULL;
    for (quint64 v : values)
        h = mix64(h ^ mix64(v));
    return h;
}

class Rng
{
public:
    explicit Rng(quint64 seed) : mState(seed) {}
    quint64 next() { mState += 0x9e3779b97f4a7c15ULL; return mix64(mState); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 mState;
};

// ---------------------------------------------------------------------------------------------
// The vocabulary: zones, categories, projects, districts, infrastructure.

enum Zone { Industrial, Logistics, AgroProcessing, Energy, Tourism, BusinessFinance, EducationMedicine,
            Residential, GreenReserve, ZoneCount };

struct ZoneInfo
{
    const char *code;
    const char *ru;       // the ZONA value
    const char *title;    // the zone layer's NAZV stem
    std::array<const char *, 3> uses;
};

const std::array<ZoneInfo, ZoneCount> kZones = {{
    {"industrial", "промышленная", "Промышленная зона",
     {"для размещения производственного комплекса", "для предприятия пищевой промышленности",
      "для предприятия лёгкой промышленности"}},
    {"logistics", "логистическая", "Логистическая зона",
     {"для строительства логистического центра", "для размещения складского комплекса",
      "для размещения грузового терминала"}},
    {"agro_processing", "агропереработка", "Зона агропереработки",
     {"для агроперерабатывающего комплекса", "для строительства тепличного комплекса",
      "для размещения овощехранилища"}},
    {"energy", "энергетическая", "Энергетическая зона",
     {"для размещения объектов энергетики", "для строительства солнечной электростанции",
      "для размещения подстанции"}},
    {"tourism", "туристическая", "Туристическая зона",
     {"для строительства гостиничного комплекса", "для объектов туризма и отдыха",
      "для строительства этнодеревни"}},
    {"business_finance", "деловая и финансовая", "Деловая и финансовая зона",
     {"для строительства делового центра", "для административно-офисного здания",
      "для объектов финансового центра"}},
    {"education_medicine", "образование и медицина", "Зона образования и медицины",
     {"для строительства школы", "для строительства медицинского центра",
      "для университетского кампуса"}},
    {"residential", "жилая", "Жилая зона",
     {"для многоквартирного жилого дома", "для индивидуального жилищного строительства",
      "для объектов социальной инфраструктуры"}},
    {"green_reserve", "зелёная/резервная", "Зелёная и резервная зона",
     {"для озеленения и рекреации", "резервная территория", "для лесопарковой зоны"}},
}};

const char *const kCategorySettlement = "земли населённых пунктов";
const char *const kCategoryIndustry = "земли промышленности, транспорта, связи";
const char *const kCategoryAgriculture = "земли сельскохозяйственного назначения";
const char *const kCategoryReserve = "земли запаса";

const char *const kStatusFree = "свободен";
const char *const kStatusReserved = "зарезервирован";
const char *const kStatusAllocated = "выделен";
const char *const kStatusBuilding = "строится";
const char *const kStatusOperating = "действует";

struct StatusCode { const char *ru; const char *code; };
const std::array<StatusCode, 5> kStatuses = {{
    {kStatusFree, "free"}, {kStatusReserved, "reserved"}, {kStatusAllocated, "allocated"},
    {kStatusBuilding, "under_construction"}, {kStatusOperating, "operating"},
}};

struct Project
{
    const char *investor;
    const char *ru;
    const char *kk;
    const char *use;
    Zone zone;
    qint64 investmentBn;   // billions of tenge
    int jobs;
    const char *status;
};

// The pool the November 2025 council reported: 41 projects, more than 21 thousand jobs, 18 of them
// worth 1 trillion tenge under implementation. The first 18 are those; names beyond the seven
// reported investors are invented.
const std::array<Project, 41> kProjects = {{
    {"PepsiCo", "Завод напитков и снеков", "Сусын мен снек зауыты", "для предприятия пищевой промышленности", Industrial, 145, 1100, kStatusOperating},
    {"United Hygiene", "Фабрика гигиенической продукции", "Гигиеналық өнімдер фабрикасы", "для предприятия лёгкой промышленности", Industrial, 68, 650, kStatusBuilding},
    {"ТОО «Молочная долина»", "Молочный комплекс", "Сүт өңдеу кешені", "для агроперерабатывающего комплекса", AgroProcessing, 92, 900, kStatusBuilding},
    {"АСП Арена", "Производство спортивных покрытий", "Спорттық жабындар өндірісі", "для предприятия лёгкой промышленности", Industrial, 55, 480, kStatusBuilding},
    {"QazQon Hub", "Мультимодальный логистический хаб", "Мультимодальды логистикалық хаб", "для строительства логистического центра", Logistics, 120, 1300, kStatusBuilding},
    {"АВЗ", "Производственный комплекс АВЗ", "АВЗ өндірістік кешені", "для размещения производственного комплекса", Industrial, 60, 520, kStatusOperating},
    {"Исткомтранс", "Вагоноремонтное депо и терминал", "Вагон жөндеу депосы мен терминал", "для размещения грузового терминала", Logistics, 85, 750, kStatusBuilding},
    {"ТОО «Алатау Агро Өнім»", "Тепличный комплекс", "Жылыжай кешені", "для строительства тепличного комплекса", AgroProcessing, 40, 420, kStatusOperating},
    {"ТОО «Жетісу Консерві»", "Консервный завод", "Консерві зауыты", "для предприятия пищевой промышленности", Industrial, 35, 380, kStatusBuilding},
    {"АО «ҚазЛогистик Терминал»", "Складской комплекс класса А", "А класты қойма кешені", "для размещения складского комплекса", Logistics, 48, 460, kStatusBuilding},
    {"ТОО «Іле Ет Өнімдері»", "Мясоперерабатывающий комплекс", "Ет өңдеу кешені", "для агроперерабатывающего комплекса", AgroProcessing, 52, 540, kStatusBuilding},
    {"ТОО «Текстиль Алатау»", "Швейно-текстильная фабрика", "Тігін-тоқыма фабрикасы", "для предприятия лёгкой промышленности", Industrial, 30, 850, kStatusOperating},
    {"ТОО «Дала Құс»", "Птицеперерабатывающий комплекс", "Құс өңдеу кешені", "для агроперерабатывающего комплекса", AgroProcessing, 38, 400, kStatusBuilding},
    {"АО «Еуразия Карго»", "Логистический центр «Евразия»", "«Еуразия» логистикалық орталығы", "для строительства логистического центра", Logistics, 44, 430, kStatusOperating},
    {"ТОО «Алтын Дән»", "Мукомольный комбинат", "Ұн тарту комбинаты", "для агроперерабатывающего комплекса", AgroProcessing, 26, 260, kStatusBuilding},
    {"ТОО «Жиһаз Алатау»", "Мебельная фабрика", "Жиһаз фабрикасы", "для предприятия лёгкой промышленности", Industrial, 22, 390, kStatusBuilding},
    {"ТОО «Бақша Фрут»", "Фруктохранилище", "Жеміс сақтау қоймасы", "для размещения овощехранилища", AgroProcessing, 19, 180, kStatusOperating},
    {"ТОО «СуПак»", "Производство упаковки", "Қаптама өндірісі", "для размещения производственного комплекса", Industrial, 41, 310, kStatusBuilding},
    {"ТОО «Алатау Сүт»", "Сыроваренный завод", "Ірімшік зауыты", "для агроперерабатывающего комплекса", AgroProcessing, 18, 210, kStatusAllocated},
    {"ТОО «Қазақ Шыны»", "Стекольный завод", "Шыны зауыты", "для размещения производственного комплекса", Industrial, 75, 900, kStatusAllocated},
    {"ТОО «Транзит Хаб Іле»", "Контейнерный терминал", "Контейнерлік терминал", "для размещения грузового терминала", Logistics, 64, 540, kStatusReserved},
    {"ТОО «Агро Пак Жетісу»", "Плодоовощной распределительный центр", "Жеміс-көкөніс тарату орталығы", "для агроперерабатывающего комплекса", AgroProcessing, 27, 320, kStatusAllocated},
    {"ТОО «Алатау Нан»", "Хлебозавод", "Нан зауыты", "для предприятия пищевой промышленности", Industrial, 12, 230, kStatusAllocated},
    {"ТОО «Тәтті Әлем»", "Кондитерская фабрика", "Кондитер фабрикасы", "для предприятия пищевой промышленности", Industrial, 24, 410, kStatusReserved},
    {"ТОО «Сауда Лог»", "Распределительный центр ритейла", "Бөлшек сауда тарату орталығы", "для размещения складского комплекса", Logistics, 33, 1100, kStatusAllocated},
    {"ТОО «Экоферма Қапшағай»", "Молочная ферма", "Сүт фермасы", "для агроперерабатывающего комплекса", AgroProcessing, 15, 190, kStatusReserved},
    {"ТОО «Тері Өнім»", "Кожевенно-обувная фабрика", "Былғары-аяқ киім фабрикасы", "для предприятия лёгкой промышленности", Industrial, 21, 900, kStatusAllocated},
    {"АО «Жібек Жолы Логистикс»", "Сухой порт", "Құрғақ порт", "для размещения грузового терминала", Logistics, 110, 1500, kStatusAllocated},
    {"ТОО «Балық Өңдеу»", "Рыбоперерабатывающий завод", "Балық өңдеу зауыты", "для агроперерабатывающего комплекса", AgroProcessing, 14, 170, kStatusReserved},
    {"ТОО «Көкөніс Агро»", "Овощехранилище", "Көкөніс сақтау қоймасы", "для размещения овощехранилища", AgroProcessing, 9, 120, kStatusAllocated},
    {"ТОО «Фарм Алатау»", "Фармацевтическое производство", "Фармацевтика өндірісі", "для размещения производственного комплекса", Industrial, 85, 800, kStatusReserved},
    {"ТОО «Мақта Текстиль»", "Прядильная фабрика", "Иіру фабрикасы", "для предприятия лёгкой промышленности", Industrial, 46, 1200, kStatusAllocated},
    {"ТОО «Суық Тізбек»", "Холодильный склад", "Тоңазытқыш қойма", "для размещения складского комплекса", Logistics, 17, 150, kStatusAllocated},
    {"ТОО «Жем Өнім»", "Комбикормовый завод", "Құрама жем зауыты", "для агроперерабатывающего комплекса", AgroProcessing, 13, 140, kStatusReserved},
    {"ТОО «Полимер Іле»", "Производство полимерных изделий", "Полимер бұйымдары өндірісі", "для размещения производственного комплекса", Industrial, 29, 330, kStatusAllocated},
    {"ТОО «Авто Лог Сервис»", "Грузовой автотерминал", "Жүк автотерминалы", "для размещения грузового терминала", Logistics, 11, 210, kStatusReserved},
    {"ТОО «Шырын»", "Соковый завод", "Шырын зауыты", "для предприятия пищевой промышленности", Industrial, 16, 200, kStatusAllocated},
    {"ТОО «Балапан Киім»", "Производство детской одежды", "Балалар киімін тігу", "для предприятия лёгкой промышленности", Industrial, 8, 700, kStatusReserved},
    {"ТОО «Дән Логистика»", "Зерновой терминал", "Астық терминалы", "для размещения складского комплекса", Logistics, 23, 190, kStatusAllocated},
    {"ТОО «Бал Арасы»", "Переработка мёда", "Бал өңдеу цехы", "для агроперерабатывающего комплекса", AgroProcessing, 4, 60, kStatusReserved},
    {"ТОО «Ұлы Дала Фуд»", "Производство полуфабрикатов", "Жартылай фабрикаттар өндірісі", "для предприятия пищевой промышленности", Industrial, 19, 510, kStatusAllocated},
}};

struct District
{
    const char *name;   // English, as the akimat's communications use them
    const char *ru;
    const char *kk;
    const char *profile;
    const char *kadCode;
    double areaHa;
};

// South to north along the highway; Gate's 4,000 ha is the published figure, the others fill the city.
const std::array<District, 4> kDistricts = {{
    {"Gate", "район Гейт", "Гейт ауданы", "деловой и финансовый центр", "361", 4'000},
    {"Golden", "район Голден", "Голден ауданы", "образование и медицина", "362", 21'000},
    {"Growing", "район Гроуинг", "Гроуинг ауданы", "промышленность, транспорт и логистика", "363", 36'000},
    {"Green", "район Грин", "Грин ауданы", "туризм и отдых", "364", 27'000},
}};
constexpr const char *kOutsideKadCode = "047";  // Ili district

struct OutsidePart
{
    const char *ru;
    const char *okrug;   // rural district, for addresses
    double u;            // position along the city axis, 0 = south end, 1 = north end
    double side;         // -1 west, +1 east of the axis
    double targetHa;
};

// The agro-processing areas adjoining the city: 24,500 ha outside the city limits in all.
const std::array<OutsidePart, 3> kOutsideParts = {{
    {"Агропромышленная площадка «Байсерке»", "Байсерке", 0.47, -1, 10'200},
    {"Агропромышленная площадка «Өтеген батыр»", "Өтеген батыр", 0.22, +1, 8'300},
    {"Агропромышленная площадка «Қоянқұс»", "Қоянқұс", 0.76, +1, 6'000},
}};

const char *const kInsideCity = "в черте города";
const char *const kOutsideCity = "за чертой города";

// ---------------------------------------------------------------------------------------------
// Geometry helpers.

struct ParcelRecord
{
    std::vector<Polygon> parts;
};

// A parcel's parts as the shapefile gets them: a polygon, or a multipolygon when there are several.
GeometryPtr partsToOgr(const std::vector<Polygon> &parts)
{
    if (parts.size() == 1)
        return detail::polygonToOgr(parts.front());
    Geometry g;
    g.polygons = parts;
    return detail::toOgr(g);
}

// Every polygon inside g, whatever collection GEOS returned.
void collectPolygons(OGRGeometryH g, std::vector<Polygon> &out)
{
    Geometry parts;
    detail::appendOgr(g, parts);
    for (Polygon &p : parts.polygons)
        out.push_back(std::move(p));
}

double ringAreaSigned(const Path &ring)
{
    double a = 0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        a += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return a / 2;
}

double planarArea(const Polygon &p)
{
    double a = 0;
    for (std::size_t i = 0; i < p.rings.size(); ++i)
        a += (i == 0 ? 1 : -1) * std::abs(ringAreaSigned(p.rings[i]));
    return a;
}

/// Ellipsoidal area of a UTM geometry made of polygons.
double geodesicHa(OGRGeometryH g, const CoordinateTransform &toLonLat)
{
    std::vector<Polygon> parts;
    collectPolygons(g, parts);
    double ha = 0;
    for (const Polygon &p : parts)
        ha += geodesicAreaHa(p, toLonLat);
    return ha;
}

double distanceToPolyline(const QPointF &p, const Path &line)
{
    double best = 1e300;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], d = line[i] - a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + d * t - p;
        best = std::min(best, std::hypot(q.x(), q.y()));
    }
    return best;
}

struct PreparedDeleter { void operator()(OGRPreparedGeometryH h) const { if (h) OGRDestroyPreparedGeometry(h); } };
using PreparedPtr = std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, PreparedDeleter>;

// ---------------------------------------------------------------------------------------------
// The city, its districts and the SEZ, in UTM 43N metres. These do not depend on the seed: the
// published figures are the same for every dataset.

struct Layout
{
    QPointF origin;     // south end of the city axis
    QPointF along;      // unit vector, south to north
    QPointF across;     // unit vector, west to east
    double length = 0;
    double widthScale = 0;

    GeometryPtr city;
    GeometryPtr inside;                       // the SEZ within the city: the city minus settlements
    std::vector<GeometryPtr> outside;         // the SEZ parts outside the city
    std::array<GeometryPtr, 4> districts;
    GeometryPtr sez;                          // union of inside and outside
    Path highway;
    double cityHa = 0;
    double insideHa = 0;
    std::vector<double> outsideHa;
    std::array<double, 4> districtHa{};

    QPointF at(double u, double v) const { return origin + along * (u * length) + across * v; }

    // Half-widths east and west of the axis: irregular, narrowing at the ends.
    double east(double u) const
    {
        const double profile = 0.55 + 0.45 * std::sqrt(std::max(0.0, std::sin(kPi * std::clamp(u, 0.0, 1.0))));
        return widthScale * 1.08 * profile
            * (1 + 0.09 * std::sin(2 * kPi * 1.3 * u + 1.9) + 0.07 * std::sin(2 * kPi * 3.7 * u + 0.4)
               + 0.03 * std::sin(2 * kPi * 8.3 * u + 1.1));
    }
    double west(double u) const
    {
        const double profile = 0.55 + 0.45 * std::sqrt(std::max(0.0, std::sin(kPi * std::clamp(u, 0.0, 1.0))));
        return widthScale * 0.92 * profile
            * (1 + 0.10 * std::sin(2 * kPi * 1.7 * u + 0.6) + 0.06 * std::sin(2 * kPi * 4.3 * u + 2.1)
               + 0.03 * std::sin(2 * kPi * 9.1 * u + 0.3));
    }

    Polygon cityPolygon() const
    {
        constexpr int steps = 64;
        Path ring;
        for (int i = 0; i <= steps; ++i) {
            const double u = double(i) / steps;
            ring.push_back(at(u, east(u)));
        }
        // The north and south ends are not straight cuts: a few points bow them outwards.
        ring.push_back(at(1.012, 0.35 * east(1)));
        ring.push_back(at(1.018, -0.2 * west(1)));
        for (int i = steps; i >= 0; --i) {
            const double u = double(i) / steps;
            ring.push_back(at(u, -west(u)));
        }
        ring.push_back(at(-0.010, -0.3 * west(0)));
        ring.push_back(at(-0.016, 0.25 * east(0)));
        return Polygon{{ring}};
    }

    // The district boundaries are slanted cuts across the axis; the strip between two of them
    // reaches far beyond the city, so intersecting it with the city gives the district.
    GeometryPtr strip(double u0, double slant0, double u1, double slant1) const
    {
        constexpr double reach = 22'000;  // beyond the widest point, short enough that cuts never cross
        Path ring = {at(u0 - slant0 * reach / length, -reach), at(u1 - slant1 * reach / length, -reach),
                     at(u1 + slant1 * reach / length, reach), at(u0 + slant0 * reach / length, reach)};
        return detail::polygonToOgr(Polygon{{ring}});
    }
};

Polygon blob(const QPointF &centre, double radius, int vertices, const std::array<double, 4> &shape)
{
    Path ring;
    for (int i = 0; i < vertices; ++i) {
        const double a = 2 * kPi * i / vertices;
        const double r = radius * (1 + shape[0] * std::sin(3 * a + shape[1]) + shape[2] * std::sin(5 * a + shape[3]));
        ring.emplace_back(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
    }
    return Polygon{{ring}};
}

// Solves f(x) = target for a function increasing in x by bisection.
template<typename F>
double bisect(double lo, double hi, double target, F f, int iterations = 48)
{
    for (int i = 0; i < iterations; ++i) {
        const double mid = (lo + hi) / 2;
        if (f(mid) < target)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

GeometryPtr largestPolygon(OGRGeometryH g)
{
    std::vector<Polygon> parts;
    collectPolygons(g, parts);
    if (parts.empty())
        return {};
    auto best = std::max_element(parts.begin(), parts.end(), [](const Polygon &a, const Polygon &b) {
        return planarArea(a) < planarArea(b);
    });
    return detail::polygonToOgr(*best);
}

bool buildLayout(Layout &layout, const CoordinateTransform &fromLonLat, const CoordinateTransform &toLonLat,
                 QString *error)
{
    auto utm = [&](double lon, double lat) {
        QPointF p(lon, lat);
        fromLonLat.transform(p);
        return p;
    };
    // The city axis follows the Almaty–Konaev highway from the south of Alatau to just short of Konaev.
    const QPointF south = utm(77.035, 43.585);
    const QPointF north = utm(77.075, 43.862);
    layout.origin = south;
    layout.length = std::hypot(north.x() - south.x(), north.y() - south.y());
    layout.along = (north - south) / layout.length;
    layout.across = QPointF(layout.along.y(), -layout.along.x());
    const std::array<std::pair<double, double>, 8> highway = {{
        {76.948, 43.330}, {76.985, 43.450}, {77.028, 43.560}, {77.060, 43.650},
        {77.088, 43.735}, {77.090, 43.790}, {77.082, 43.850}, {77.076, 43.878},
    }};
    for (const auto &[lon, lat] : highway)
        layout.highway.push_back(utm(lon, lat));

    // The city's area is linear in the width scale, so two proportional corrections converge.
    layout.widthScale = 13'000;
    for (int i = 0; i < 4; ++i) {
        const double ha = geodesicAreaHa(layout.cityPolygon(), toLonLat);
        layout.widthScale *= kCityTargetHa / ha;
    }
    layout.city = detail::polygonToOgr(layout.cityPolygon());
    layout.cityHa = geodesicHa(layout.city.get(), toLonLat);
    if (!OGR_G_IsValid(layout.city.get())) {
        *error = QStringLiteral("internal error: the city outline is not valid");
        return false;
    }

    // Existing villages stay outside the SEZ: holes in its part inside the city. Zhetygen is where
    // it really is; the others are placed across the city.
    struct Site { double u; double v; double weight; std::array<double, 4> shape; };
    const QPointF zhetygen = utm(77.12, 43.73);
    const QPointF zRel = zhetygen - south;
    const double zu = QPointF::dotProduct(zRel, layout.along) / layout.length;
    const double zv = QPointF::dotProduct(zRel, layout.across);
    const std::array<Site, 6> sites = {{
        {zu, zv / layout.east(zu), 1.25, {0.16, 0.4, 0.07, 1.3}},
        {0.25, -0.50, 1.0, {0.18, 2.1, 0.06, 0.2}},
        {0.22, 0.45, 0.9, {0.12, 1.0, 0.08, 2.6}},
        {0.50, -0.35, 1.0, {0.15, 3.3, 0.05, 0.9}},
        {0.80, 0.45, 0.85, {0.17, 0.7, 0.07, 1.8}},
        {0.78, -0.50, 0.95, {0.14, 2.8, 0.06, 0.5}},
    }};
    std::vector<Polygon> unitSettlements;
    double unitHa = 0;
    std::vector<QPointF> centres;
    for (const Site &s : sites) {
        const QPointF c = layout.at(s.u, s.v * (s.v > 0 ? layout.east(s.u) : layout.west(s.u)));
        centres.push_back(c);
        const Polygon p = blob(c, 1000 * s.weight, 48, s.shape);
        unitHa += geodesicAreaHa(p, toLonLat);
    }
    const double radius = 1000 * std::sqrt(kSettlementsHa / unitHa);
    GeometryPtr settlements(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (std::size_t i = 0; i < sites.size(); ++i) {
        GeometryPtr p = detail::polygonToOgr(blob(centres[i], radius * sites[i].weight, 48, sites[i].shape));
        if (!OGR_G_Within(p.get(), layout.city.get()) || OGR_G_Intersects(p.get(), settlements.get())) {
            *error = QStringLiteral("internal error: settlement %1 does not fit the city").arg(i);
            return false;
        }
        OGR_G_AddGeometryDirectly(settlements.get(), p.release());
    }
    layout.inside.reset(OGR_G_Difference(layout.city.get(), settlements.get()));
    layout.insideHa = geodesicHa(layout.inside.get(), toLonLat);

    // Agro-processing areas adjoining the city: a blob overlapping the city edge minus the city,
    // grown until the part outside has its share of the 24,500 ha.
    GeometryPtr sez(OGR_G_Clone(layout.inside.get()));
    for (std::size_t i = 0; i < kOutsideParts.size(); ++i) {
        const OutsidePart &part = kOutsideParts[i];
        const double halfWidth = part.side > 0 ? layout.east(part.u) : layout.west(part.u);
        const QPointF centre = layout.at(part.u, part.side * (halfWidth + 2500));
        const std::array<double, 4> shape = {0.08, 1.1 + i, 0.05, 0.3 + 2 * i};
        auto outsidePiece = [&](double r) {
            GeometryPtr b = detail::polygonToOgr(blob(centre, r, 72, shape));
            GeometryPtr diff(OGR_G_Difference(b.get(), layout.city.get()));
            return largestPolygon(diff.get());
        };
        const double r = bisect(1000, 20'000, part.targetHa, [&](double r) {
            GeometryPtr g = outsidePiece(r);
            return g ? geodesicHa(g.get(), toLonLat) : 0.0;
        }, 40);
        GeometryPtr piece = outsidePiece(r);
        GeometryPtr overlap(piece ? OGR_G_Intersection(piece.get(), sez.get()) : nullptr);
        if (!piece || (overlap && OGR_G_Area(overlap.get()) > 1)) {
            *error = QStringLiteral("internal error: outside part %1 overlaps the SEZ").arg(i);
            return false;
        }
        for (const GeometryPtr &other : layout.outside) {
            if (OGR_G_Intersects(piece.get(), other.get())) {
                *error = QStringLiteral("internal error: outside parts %1 overlap").arg(i);
                return false;
            }
        }
        layout.outsideHa.push_back(geodesicHa(piece.get(), toLonLat));
        sez.reset(OGR_G_Union(sez.get(), piece.get()));
        layout.outside.push_back(std::move(piece));
    }
    layout.sez = std::move(sez);

    // Districts, south to north, each cut where the area from the south reaches its figure.
    const std::array<double, 5> slants = {0, 0.08, -0.06, 0.10, 0};
    std::array<double, 5> cuts = {-0.5, 0, 0, 0, 1.5};
    double cumulative = 0;
    for (int d = 0; d < 3; ++d) {
        cumulative += kDistricts[std::size_t(d)].areaHa;
        cuts[std::size_t(d + 1)] = bisect(0, 1, cumulative, [&](double u) {
            GeometryPtr s = layout.strip(cuts[0], slants[0], u, slants[std::size_t(d + 1)]);
            GeometryPtr piece(OGR_G_Intersection(layout.city.get(), s.get()));
            return geodesicHa(piece.get(), toLonLat);
        }, 36);
    }
    for (std::size_t d = 0; d < 4; ++d) {
        GeometryPtr s = layout.strip(cuts[d], slants[d], cuts[d + 1], slants[d + 1]);
        layout.districts[d].reset(OGR_G_Intersection(layout.city.get(), s.get()));
        layout.districtHa[d] = geodesicHa(layout.districts[d].get(), toLonLat);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Blocks and parcels.

/// A convex quadrilateral, counter-clockwise: p[0] = (s 0, t 0), p[1] = (1, 0), p[2] = (1, 1), p[3] = (0, 1).
struct Quad
{
    std::array<QPointF, 4> p;

    QPointF map(double s, double t) const
    {
        return p[0] * ((1 - s) * (1 - t)) + p[1] * (s * (1 - t)) + p[2] * (s * t) + p[3] * ((1 - s) * t);
    }

    Quad inset(double h) const
    {
        std::array<QPointF, 4> base, dir;
        for (int i = 0; i < 4; ++i) {
            const QPointF a = p[std::size_t(i)], b = p[std::size_t((i + 1) % 4)];
            const QPointF d = b - a;
            const double len = std::hypot(d.x(), d.y());
            const QPointF normal(-d.y() / len, d.x() / len);  // interior is on the left
            base[std::size_t(i)] = a + normal * h;
            dir[std::size_t(i)] = d;
        }
        Quad q;
        for (int i = 0; i < 4; ++i) {
            const std::size_t prev = std::size_t((i + 3) % 4), cur = std::size_t(i);
            const QPointF d1 = dir[prev], d2 = dir[cur], w = base[cur] - base[prev];
            const double den = d1.x() * d2.y() - d1.y() * d2.x();
            const double t = (w.x() * d2.y() - w.y() * d2.x()) / den;
            q.p[cur] = base[prev] + d1 * t;
        }
        return q;
    }

    double area() const { return std::abs(ringAreaSigned(Path(p.begin(), p.end()))); }
    Polygon polygon() const { return Polygon{{Path(p.begin(), p.end())}}; }
};

/// A row boundary t = f(s), piecewise linear through (s, t) knots from s = 0 to s = 1.
struct RowBoundary
{
    std::vector<std::pair<double, double>> knots;

    double at(double s) const
    {
        for (std::size_t i = 1; i < knots.size(); ++i) {
            if (s <= knots[i].first || i + 1 == knots.size()) {
                const auto &[s0, t0] = knots[i - 1];
                const auto &[s1, t1] = knots[i];
                return s1 > s0 ? t0 + (t1 - t0) * (s - s0) / (s1 - s0) : t0;
            }
        }
        return knots.front().second;
    }
};

/// A cut across a row from its lower to its upper boundary: s at increasing row heights tau.
struct Cut
{
    std::vector<std::pair<double, double>> knots;  // (tau, s), tau from 0 to 1

    double at(double tau) const
    {
        for (std::size_t i = 1; i < knots.size(); ++i) {
            if (tau <= knots[i].first || i + 1 == knots.size()) {
                const auto &[a0, s0] = knots[i - 1];
                const auto &[a1, s1] = knots[i];
                return a1 > a0 ? s0 + (s1 - s0) * (tau - a0) / (a1 - a0) : s0;
            }
        }
        return knots.front().second;
    }
};

// Row boundaries 0..rows of a block; the outer two are the block's own edges.
std::vector<RowBoundary> rowBoundaries(int rows, Rng &rng)
{
    std::vector<RowBoundary> bounds(static_cast<std::size_t>(rows + 1));
    bounds[0].knots = {{0.0, 0.0}, {1.0, 0.0}};
    bounds[std::size_t(rows)].knots = {{0.0, 1.0}, {1.0, 1.0}};
    for (int j = 1; j < rows; ++j) {
        const double base = double(j) / rows + rng.range(-0.12, 0.12) / rows;
        RowBoundary &b = bounds[std::size_t(j)];
        b.knots.push_back({0.0, base + rng.range(-0.1, 0.1) / rows});
        const int kinks = rng.below(3);
        if (kinks == 1) {
            b.knots.push_back({rng.range(0.25, 0.75), base + rng.range(-0.08, 0.08) / rows});
        } else if (kinks == 2) {
            b.knots.push_back({rng.range(0.18, 0.42), base + rng.range(-0.08, 0.08) / rows});
            b.knots.push_back({rng.range(0.58, 0.82), base + rng.range(-0.08, 0.08) / rows});
        }
        b.knots.push_back({1.0, base + rng.range(-0.1, 0.1) / rows});
    }
    return bounds;
}

// The cuts within each row of a block: cut 0 and cut q are the block's sides.
std::vector<std::vector<Cut>> rowCuts(const std::vector<int> &perRow, Rng &rng)
{
    std::vector<std::vector<Cut>> cuts(perRow.size());
    for (std::size_t j = 0; j < perRow.size(); ++j) {
        const int q = perRow[j];
        auto &row = cuts[j];
        row.resize(std::size_t(q + 1));
        row[0].knots = {{0.0, 0.0}, {1.0, 0.0}};
        row[std::size_t(q)].knots = {{0.0, 1.0}, {1.0, 1.0}};
        for (int c = 1; c < q; ++c) {
            const double base = double(c) / q;
            auto jitter = [&] { return base + rng.range(-0.2, 0.2) / q; };
            Cut &cut = row[std::size_t(c)];
            cut.knots.push_back({0.0, jitter()});
            const double r = rng.uniform();
            if (r < 0.45) {
                cut.knots.push_back({rng.range(0.35, 0.65), jitter()});
            } else if (r < 0.62) {
                cut.knots.push_back({rng.range(0.25, 0.4), jitter()});
                cut.knots.push_back({rng.range(0.6, 0.75), jitter()});
            }
            cut.knots.push_back({1.0, jitter()});
        }
    }
    return cuts;
}

/**
 * Splits a block into rows and the rows into parcels along cut polylines with up to two kinks.
 * Neighbouring parcels share every vertex of their common edge (a cut end on one side of a row
 * boundary becomes a vertex on the other side too), so the tiling has neither slivers nor overlaps.
 * With \a hole one parcel gets an enclave, itself a parcel; with \a multi two pieces of a row that do
 * not touch become one record. Returns exactly \a records records.
 */
std::vector<ParcelRecord> subdivideBlock(const Quad &quad, int records, Rng &rng, bool hole, bool multi)
{
    int pieces = records + (multi ? 1 : 0) - (hole ? 1 : 0);
    if (pieces < 1) {
        pieces = records;
        hole = multi = false;
    }
    int rows = std::max(1, int(std::lround(std::sqrt(pieces / 2.0))));
    std::vector<int> perRow(std::size_t(rows), pieces / rows);
    for (int i = 0; i < pieces % rows; ++i)
        ++perRow[std::size_t((i * 7 + int(rng.next() % 3)) % rows)];
    if (multi && *std::max_element(perRow.begin(), perRow.end()) < 3) {
        if (pieces >= 3) {
            rows = 1;
            perRow.assign(1, pieces);
        } else {
            multi = false;
            pieces = records - (hole ? 1 : 0);
            perRow.assign(1, pieces);
            rows = 1;
        }
    }

    const std::vector<RowBoundary> bounds = rowBoundaries(rows, rng);
    const std::vector<std::vector<Cut>> cuts = rowCuts(perRow, rng);

    // The points on each row boundary, shared by the rows above and below it.
    struct BoundaryPoints { std::vector<double> s; std::vector<QPointF> xy; };
    std::vector<BoundaryPoints> points(static_cast<std::size_t>(rows + 1));
    for (int j = 0; j <= rows; ++j) {
        std::vector<double> &s = points[std::size_t(j)].s;
        for (const auto &k : bounds[std::size_t(j)].knots)
            s.push_back(k.first);
        if (j < rows)
            for (const Cut &c : cuts[std::size_t(j)])
                s.push_back(c.knots.front().second);
        if (j > 0)
            for (const Cut &c : cuts[std::size_t(j - 1)])
                s.push_back(c.knots.back().second);
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        auto &xy = points[std::size_t(j)].xy;
        xy.reserve(s.size());
        for (double v : s)
            xy.push_back(quad.map(v, bounds[std::size_t(j)].at(v)));
    }

    auto rowPoint = [&](int j, double s, double tau) {
        const double lo = bounds[std::size_t(j)].at(s), hi = bounds[std::size_t(j + 1)].at(s);
        return quad.map(s, lo + tau * (hi - lo));
    };
    auto index = [](const std::vector<double> &s, double v) {
        return std::size_t(std::lower_bound(s.begin(), s.end(), v) - s.begin());
    };

    struct Piece { int row; int col; Polygon polygon; };
    std::vector<Piece> all;
    all.reserve(std::size_t(pieces));
    for (int j = 0; j < rows; ++j) {
        const auto &rowCuts = cuts[std::size_t(j)];
        // Interior kink points of each cut, in xy, shared by the parcels on both sides.
        std::vector<Path> kinkXy(rowCuts.size());
        for (std::size_t c = 0; c < rowCuts.size(); ++c)
            for (std::size_t k = 1; k + 1 < rowCuts[c].knots.size(); ++k)
                kinkXy[c].push_back(rowPoint(j, rowCuts[c].knots[k].second, rowCuts[c].knots[k].first));
        const BoundaryPoints &lower = points[std::size_t(j)], &upper = points[std::size_t(j + 1)];
        for (std::size_t c = 0; c + 1 < rowCuts.size(); ++c) {
            const Cut &left = rowCuts[c], &right = rowCuts[c + 1];
            Path ring;
            const std::size_t a0 = index(lower.s, left.knots.front().second), a1 = index(lower.s, right.knots.front().second);
            for (std::size_t i = a0; i <= a1; ++i)
                ring.push_back(lower.xy[i]);
            for (const QPointF &k : kinkXy[c + 1])
                ring.push_back(k);
            const std::size_t b0 = index(upper.s, left.knots.back().second), b1 = index(upper.s, right.knots.back().second);
            for (std::size_t i = b1 + 1; i-- > b0;)
                ring.push_back(upper.xy[i]);
            for (auto it = kinkXy[c].rbegin(); it != kinkXy[c].rend(); ++it)
                ring.push_back(*it);
            all.push_back({j, int(c), Polygon{{std::move(ring)}}});
        }
    }

    // Two pieces of one row with a piece between them: they cannot touch.
    int mergeA = -1, mergeB = -1;
    if (multi) {
        std::vector<int> eligible;
        for (int j = 0; j < rows; ++j)
            if (perRow[std::size_t(j)] >= 3)
                eligible.push_back(j);
        const int row = eligible[std::size_t(rng.below(int(eligible.size())))];
        int first = 0;
        for (int j = 0; j < row; ++j)
            first += perRow[std::size_t(j)];
        mergeA = first + rng.below(perRow[std::size_t(row)] - 2);
        mergeB = mergeA + 2;
    }
    int host = -1;
    Polygon enclave;
    if (hole) {
        do {
            host = rng.below(int(all.size()));
        } while (host == mergeA || host == mergeB);
        const Piece &piece = all[std::size_t(host)];
        const auto &rowCuts = cuts[std::size_t(piece.row)];
        const Cut &left = rowCuts[std::size_t(piece.col)], &right = rowCuts[std::size_t(piece.col + 1)];
        const double lo = rng.range(0.25, 0.35), hi = rng.range(0.65, 0.75);
        const double bottom = rng.range(0.25, 0.35), top = rng.range(0.65, 0.75);
        Path ring;
        auto add = [&](double frac, double tau) {
            const double sl = left.at(tau), sr = right.at(tau);
            ring.push_back(rowPoint(piece.row, sl + frac * (sr - sl), tau));
        };
        add(lo, bottom);
        add(hi, bottom);
        add(hi, (bottom + top) / 2);
        add(hi, top);
        add(lo, top);
        add(lo, (bottom + top) / 2);
        enclave.rings.push_back(ring);
        Path holeRing(ring.rbegin(), ring.rend());  // holes run clockwise
        all[std::size_t(host)].polygon.rings.push_back(std::move(holeRing));
    }

    std::vector<ParcelRecord> out;
    out.reserve(std::size_t(records));
    for (int i = 0; i < int(all.size()); ++i) {
        if (i == mergeB)
            continue;
        ParcelRecord r;
        r.parts.push_back(std::move(all[std::size_t(i)].polygon));
        if (i == mergeA)
            r.parts.push_back(std::move(all[std::size_t(mergeB)].polygon));
        out.push_back(std::move(r));
        if (i == host)
            out.push_back(ParcelRecord{{enclave}});
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The zone lattice.

struct Block
{
    Quad quad;            // inset by the road half-width
    bool interior = true; // wholly inside the SEZ: no clipping
    int records = 0;
    int group = 4;        // district index, or 4 + outside part index
    std::vector<ParcelRecord> clipped;  // boundary blocks, generated and clipped ahead of writing
};

struct Cell
{
    int index = 0;        // row-major in the lattice
    int row = 0, col = 0;
    QPointF origin;
    Zone zone = GreenReserve;
    int group = 4;
    bool full = false;
    GeometryPtr clip;     // cell ∩ SEZ, when not full
    std::vector<Block> blocks;
    int records() const
    {
        int n = 0;
        for (const Block &b : blocks)
            n += b.interior ? b.records : int(b.clipped.size());
        return n;
    }
};

int groupAt(const QPointF &p, const std::array<PreparedPtr, 4> &districts, const std::vector<PreparedPtr> &outside)
{
    const GeometryPtr pt = detail::pointToOgr(p);
    for (std::size_t d = 0; d < districts.size(); ++d)
        if (OGRPreparedGeometryContains(districts[d].get(), pt.get()))
            return int(d);
    for (std::size_t i = 0; i < outside.size(); ++i)
        if (OGRPreparedGeometryContains(outside[i].get(), pt.get()))
            return 4 + int(i);
    return -1;
}

Zone zoneFor(int group, double highwayDistance, Rng &rng)
{
    const double r = rng.uniform();
    switch (group) {
    case 0:  // Gate: the business district
        return r < 0.72 ? BusinessFinance : r < 0.86 ? Residential : r < 0.93 ? EducationMedicine : GreenReserve;
    case 1:  // Golden
        if (highwayDistance < 2500 && r < 0.3)
            return Logistics;
        return r < 0.45 ? EducationMedicine : r < 0.72 ? Residential : r < 0.80 ? BusinessFinance
             : r < 0.90 ? GreenReserve : Industrial;
    case 2:  // Growing
        if (highwayDistance < 3500)
            return r < 0.6 ? Logistics : r < 0.9 ? Industrial : Energy;
        return r < 0.50 ? Industrial : r < 0.64 ? Logistics : r < 0.74 ? Energy : r < 0.84 ? AgroProcessing
             : r < 0.93 ? Residential : GreenReserve;
    case 3:  // Green, by Konaev and the reservoir
        return r < 0.55 ? Tourism : r < 0.78 ? GreenReserve : r < 0.90 ? Residential : AgroProcessing;
    default: // outside the city
        if (highwayDistance < 3000 && r < 0.4)
            return Logistics;
        return r < 0.86 ? AgroProcessing : r < 0.93 ? Energy : GreenReserve;
    }
}

// ---------------------------------------------------------------------------------------------
// Writing.

struct FieldSpec { const char *name; OGRFieldType type; int width; int precision; };

class LayerWriter
{
public:
    bool open(const QString &path, int epsg, OGRwkbGeometryType type, const std::vector<FieldSpec> &fields,
              bool cp1251, QString *error)
    {
        mPath = path;
        mGpkg = path.endsWith(QStringLiteral(".gpkg"));
        GDALDriverH driver = GDALGetDriverByName(mGpkg ? "GPKG" : "ESRI Shapefile");
        if (!driver) {
            *error = QStringLiteral("the GDAL %1 driver is missing").arg(mGpkg ? QStringLiteral("GeoPackage") : QStringLiteral("Shapefile"));
            return false;
        }
        if (mGpkg)
            CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", kGpkgDate);
        mDataset.reset(GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!mDataset) {
            *error = QStringLiteral("%1: cannot create (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        mSrs = detail::srsFromEpsg(epsg);
        // A GeoPackage is UTF-8 by definition; a polygon layer there holds multipolygons, as a shapefile's may.
        const char *shpOptions[] = {cp1251 ? "ENCODING=CP1251" : "ENCODING=UTF-8", kDbfDate, nullptr};
        if (mGpkg && type == wkbPolygon)
            type = wkbMultiPolygon;
        mType = type;
        const QByteArray name = QFileInfo(path).completeBaseName().toUtf8();
        mLayer = GDALDatasetCreateLayer(mDataset.get(), name.constData(), mSrs.get(), type,
                                        mGpkg ? nullptr : const_cast<char **>(shpOptions));
        if (!mLayer) {
            *error = QStringLiteral("%1: cannot create the layer (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        for (const FieldSpec &f : fields) {
            OGRFieldDefnH defn = OGR_Fld_Create(f.name, f.type);
            // A GeoPackage's text has no width to keep (a DBF's does); cadastral numbers may outgrow 14.
            if (f.width > 0 && !(mGpkg && f.type == OFTString))
                OGR_Fld_SetWidth(defn, f.width);
            if (f.precision > 0)
                OGR_Fld_SetPrecision(defn, f.precision);
            const OGRErr err = OGR_L_CreateField(mLayer, defn, TRUE);
            OGR_Fld_Destroy(defn);
            if (err != OGRERR_NONE) {
                *error = QStringLiteral("%1: cannot create the field %2").arg(path, QString::fromUtf8(f.name));
                return false;
            }
        }
        mDefn = OGR_L_GetLayerDefn(mLayer);
        return !mGpkg || begin(error);
    }

    FeaturePtr feature() const { return FeaturePtr(OGR_F_Create(mDefn)); }

    bool write(OGRFeatureH f, GeometryPtr geometry, QString *error)
    {
        OGRGeometryH g = geometry.release();
        if (mType == wkbMultiPolygon && OGR_G_GetGeometryType(g) == wkbPolygon)
            g = OGR_G_ForceToMultiPolygon(g);
        OGR_F_SetGeometryDirectly(f, g);
        if (OGR_L_CreateFeature(mLayer, f) != OGRERR_NONE) {
            *error = QStringLiteral("%1: cannot write a feature (%2)").arg(mPath, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        if (mGpkg && ++mInBatch == kGpkgBatch)
            return commit(error) && begin(error);
        return true;
    }

    bool close(QString *error)
    {
        if (!mDataset)
            return true;
        if (mGpkg && !commit(error))
            return false;
        // Flushing the DBF and the index (a GeoPackage's R-tree) happens here; earlier GEOS notices are not write errors.
        CPLErrorReset();
        mDataset.reset();
        if (mGpkg)
            CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr);
        if (CPLGetLastErrorType() == CE_Failure) {
            *error = QStringLiteral("%1: %2").arg(mPath, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        return true;
    }

private:
    bool begin(QString *error)
    {
        mInBatch = 0;
        if (GDALDatasetStartTransaction(mDataset.get(), FALSE) != OGRERR_NONE) {
            *error = QStringLiteral("%1: cannot start a transaction (%2)").arg(mPath, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        return true;
    }

    bool commit(QString *error)
    {
        if (GDALDatasetCommitTransaction(mDataset.get()) != OGRERR_NONE) {
            *error = QStringLiteral("%1: cannot commit (%2)").arg(mPath, QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
        return true;
    }

    QString mPath;
    bool mGpkg = false;
    OGRwkbGeometryType mType = wkbUnknown;
    int mInBatch = 0;
    DatasetPtr mDataset;
    SrsPtr mSrs;
    OGRLayerH mLayer = nullptr;
    OGRFeatureDefnH mDefn = nullptr;
};

// The size of a DBF of \a records rows of these columns: header, one descriptor a column, records
// (a deletion flag and the columns' widths), end-of-file marker.
qint64 dbfBytes(const std::vector<FieldSpec> &fields, qint64 records)
{
    qint64 record = 1;
    for (const FieldSpec &f : fields)
        record += f.width;
    return 32 + 32 * qint64(fields.size()) + 1 + records * record + 1;
}

int maxBytes(std::initializer_list<const char *> values)
{
    int m = 1;
    for (const char *v : values)
        m = std::max(m, int(std::strlen(v)));
    return m;
}

/// Integer shares of \a total in proportion to \a weights that add up to \a total exactly.
std::vector<qint64> splitTotal(qint64 total, const std::vector<double> &weights)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<qint64> out(weights.size(), 0);
    qint64 given = 0;
    double acc = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        acc += weights[i];
        const qint64 upTo = i + 1 == weights.size() ? total : qint64(std::floor(double(total) * acc / sum));
        out[i] = upTo - given;
        given = upTo;
    }
    return out;
}

/// A JSON value that keeps its members in the order they were added: QJsonObject sorts them, and
/// the manifest reads best (and lists columns in file order) as written.
struct JsonNode
{
    enum Kind { Scalar, Object, Array } kind = Scalar;
    QJsonValue scalar;
    std::vector<std::pair<QString, JsonNode>> members;
    std::vector<JsonNode> items;

    JsonNode() = default;
    JsonNode(const QJsonValue &v) : scalar(v) {}
    JsonNode(const char *utf8) : scalar(QString::fromUtf8(utf8)) {}
    static JsonNode object() { JsonNode n; n.kind = Object; return n; }
    static JsonNode array() { JsonNode n; n.kind = Array; return n; }
    JsonNode &add(const QString &key, JsonNode value) { members.emplace_back(key, std::move(value)); return *this; }
    JsonNode &add(const char *key, JsonNode value) { return add(QString::fromUtf8(key), std::move(value)); }
    JsonNode &append(JsonNode value) { items.push_back(std::move(value)); return *this; }

    static QByteArray quoted(const QJsonValue &v)
    {
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }

    void write(QByteArray &out, int depth) const
    {
        const QByteArray indent(4 * (depth + 1), ' '), closing(4 * depth, ' ');
        if (kind == Scalar) {
            out += quoted(scalar);
        } else if (kind == Object) {
            out += "{\n";
            for (std::size_t i = 0; i < members.size(); ++i) {
                out += indent + quoted(members[i].first) + ": ";
                members[i].second.write(out, depth + 1);
                out += i + 1 < members.size() ? ",\n" : "\n";
            }
            out += closing + "}";
        } else {
            out += "[\n";
            for (std::size_t i = 0; i < items.size(); ++i) {
                out += indent;
                items[i].write(out, depth + 1);
                out += i + 1 < items.size() ? ",\n" : "\n";
            }
            out += closing + "]";
        }
    }
};

JsonNode pairs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    JsonNode o = JsonNode::object();
    for (const auto &[key, value] : list)
        o.add(key, value);
    return o;
}

JsonNode zoneValueMap()
{
    JsonNode zones = JsonNode::object();
    for (const ZoneInfo &z : kZones)
        zones.add(z.ru, z.code);
    return zones;
}

JsonNode infraValues()
{
    return JsonNode::object()
        .add("kind", pairs({{"подстанция", "substation"}, {"водозабор", "water_intake"}, {"газопровод", "gas_pipeline"},
                            {"очистные сооружения", "wastewater_treatment"}, {"автодорога", "highway"}}))
        .add("status", pairs({{"проектирование", "design"}, {"строительство", "construction"}, {"реконструкция", "reconstruction"}}));
}

QByteArray manifestJson(const GeneratorOptions &options, bool parcelsInGeoPackage)
{
    JsonNode statuses = JsonNode::object();
    for (const StatusCode &s : kStatuses)
        statuses.add(s.ru, s.code);
    const JsonNode infraFields = pairs({{"NAIMENOV", "name"}, {"VID", "kind"}, {"STATUS", "status"}, {"GOD", "planned_year"}});
    auto layer = [](const char *name, const char *role, JsonNode fields, JsonNode values = JsonNode::object()) {
        JsonNode o = JsonNode::object();
        o.add("name", name).add("role", role).add("path", QJsonValue(QString::fromUtf8(name) + QStringLiteral(".shp")));
        o.add("fields", std::move(fields));
        if (!values.members.empty())
            o.add("values", std::move(values));
        return o;
    };
    JsonNode layers = JsonNode::array();
    JsonNode parcels = layer("parcels", "parcels",
                        pairs({{"KAD_NOMER", "cadastral_number"}, {"PLOSHAD", "area_ha"}, {"KATEGORIA", "land_category"},
                               {"CEL_NAZN", "permitted_use"}, {"ZONA", "zone"}, {"STATUS", "status"},
                               {"INVESTOR", "investor"}, {"PROEKT", "project"}, {"PROEKT_KZ", "project_kk"},
                               {"INVEST_KZT", "investment_kzt"}, {"RAB_MESTA", "jobs"}, {"AREND_NACH", "lease_start"},
                               {"AREND_KON", "lease_end"}, {"MOSCH_KVT", "power_kw"}, {"VODA_M3", "water_m3_day"},
                               {"GAZ", "gas"}, {"ADRES", "address"}}),
                        JsonNode::object().add("zone", zoneValueMap()).add("status", statuses)
                            .add("gas", pairs({{"да", "yes"}, {"нет", "no"}})));
    if (parcelsInGeoPackage)
        for (std::size_t i = 0; i < parcels.members.size(); ++i)
            if (parcels.members[i].first == QLatin1String("path")) {
                parcels.members[i].second = JsonNode(QJsonValue(QStringLiteral("parcels.gpkg")));
                parcels.members.insert(parcels.members.begin() + std::ptrdiff_t(i) + 1, {QStringLiteral("layer"), JsonNode("parcels")});
                break;
            }
    layers.append(std::move(parcels));
    layers.append(layer("zones", "zones", pairs({{"ZONA", "zone"}, {"NAZV", "name"}, {"PLOSHAD", "area_ha"}}),
                        JsonNode::object().add("zone", zoneValueMap())));
    layers.append(layer("sez_boundary", "sez_boundary", pairs({{"CHAST", "part"}, {"NAZV", "name"}, {"PLOSHAD", "area_ha"}}),
                        JsonNode::object().add("part", pairs({{kInsideCity, "inside_city"}, {kOutsideCity, "outside_city"}}))));
    layers.append(layer("city_limits", "city_limits", pairs({{"NAME", "name"}, {"NAZV", "name_ru"}, {"ATAUY", "name_kk"}, {"PLOSHAD", "area_ha"}})));
    layers.append(layer("districts", "districts", pairs({{"NAME", "district"}, {"NAZV", "name_ru"}, {"ATAUY", "name_kk"}, {"PLOSHAD", "area_ha"}})));
    layers.append(layer("infra_objects", "infrastructure", infraFields, infraValues()));
    layers.append(layer("infra_networks", "infrastructure", infraFields, infraValues()));
    JsonNode root = JsonNode::object();
    root.add("name", "Alatau SEZ — synthetic sample")
        .add("map_crs", "EPSG:32643")
        .add("generator", JsonNode::object().add("seed", QJsonValue(qint64(options.seed))).add("parcels", QJsonValue(options.parcels)))
        .add("layers", std::move(layers));
    QByteArray out;
    root.write(out, 0);
    return out + '\n';
}

// ---------------------------------------------------------------------------------------------

struct InfraObject { const char *name; const char *kind; const char *status; int year; double lon; double lat; };
struct InfraLine { const char *name; const char *kind; const char *status; int year; std::vector<std::pair<double, double>> lonLat; };

// The 30 first-priority engineering objects, placed to serve the districts and the outside areas.
const std::array<InfraObject, 13> kInfraObjects = {{
    {"ПС 220/110/10 кВ «Алатау»", "подстанция", "проектирование", 2026, 77.070, 43.700},
    {"ПС 110/10 кВ «Гейт»", "подстанция", "строительство", 2026, 77.040, 43.600},
    {"ПС 110/10 кВ «Голден-1»", "подстанция", "проектирование", 2027, 77.010, 43.640},
    {"ПС 110/10 кВ «Голден-2»", "подстанция", "проектирование", 2027, 77.110, 43.655},
    {"ПС 110/10 кВ «Гроуинг-1»", "подстанция", "строительство", 2026, 77.020, 43.730},
    {"ПС 110/10 кВ «Гроуинг-2»", "подстанция", "проектирование", 2027, 77.150, 43.760},
    {"ПС 110/10 кВ «Индустриальная»", "подстанция", "проектирование", 2028, 77.060, 43.780},
    {"ПС 110/10 кВ «Грин»", "подстанция", "проектирование", 2029, 77.090, 43.840},
    {"ПС 110/35/10 кВ «Жетыген»", "подстанция", "реконструкция", 2026, 77.125, 43.715},
    {"Водозабор «Алатау»", "водозабор", "проектирование", 2027, 77.030, 43.845},
    {"Очистные сооружения «Южные»", "очистные сооружения", "проектирование", 2027, 76.985, 43.615},
    {"Очистные сооружения «Северные»", "очистные сооружения", "проектирование", 2028, 77.005, 43.815},
    {"Очистные сооружения «Жетыген»", "очистные сооружения", "реконструкция", 2026, 77.170, 43.700},
}};

const std::array<InfraLine, 17> kInfraLines = {{
    {"Автодорога Алматы — Конаев, участок км 30–50", "автодорога", "реконструкция", 2026,
     {{76.985, 43.450}, {77.028, 43.560}, {77.060, 43.650}}},
    {"Автодорога Алматы — Конаев, участок км 50–75", "автодорога", "реконструкция", 2027,
     {{77.060, 43.650}, {77.088, 43.735}, {77.090, 43.790}, {77.082, 43.850}, {77.076, 43.878}}},
    {"Магистральная улица Гейт — Голден", "автодорога", "проектирование", 2026,
     {{76.990, 43.595}, {77.040, 43.605}, {77.110, 43.615}}},
    {"Магистральная улица Голден — Жетыген", "автодорога", "проектирование", 2027,
     {{77.000, 43.680}, {77.070, 43.690}, {77.160, 43.705}}},
    {"Обход Жетыгена", "автодорога", "проектирование", 2028,
     {{77.100, 43.690}, {77.165, 43.725}, {77.150, 43.770}}},
    {"Подъезд к индустриальной зоне", "автодорога", "строительство", 2026,
     {{77.088, 43.760}, {77.030, 43.765}, {76.960, 43.775}}},
    {"Дорога к туристическому кластеру", "автодорога", "проектирование", 2029,
     {{77.085, 43.830}, {77.040, 43.850}, {77.000, 43.855}}},
    {"Магистральный газопровод-отвод на Алатау", "газопровод", "строительство", 2026,
     {{76.980, 43.440}, {77.020, 43.560}, {77.050, 43.640}, {77.070, 43.700}}},
    {"Газопровод высокого давления Алатау — Конаев", "газопровод", "проектирование", 2027,
     {{77.070, 43.700}, {77.080, 43.780}, {77.085, 43.860}}},
    {"Газопровод к району Гейт", "газопровод", "строительство", 2026,
     {{77.030, 43.580}, {77.045, 43.600}, {77.070, 43.612}}},
    {"Газопровод к району Голден", "газопровод", "проектирование", 2027,
     {{77.050, 43.640}, {77.010, 43.650}, {76.990, 43.665}}},
    {"Газопровод к индустриальной зоне", "газопровод", "проектирование", 2027,
     {{77.070, 43.700}, {77.030, 43.740}, {76.990, 43.760}}},
    {"Газопровод на Жетыген", "газопровод", "реконструкция", 2026,
     {{77.070, 43.700}, {77.120, 43.712}, {77.160, 43.735}}},
    {"Газопровод к агроплощадке «Байсерке»", "газопровод", "проектирование", 2028,
     {{77.030, 43.740}, {76.960, 43.720}, {76.900, 43.715}}},
    {"Газопровод к агроплощадке «Отеген батыр»", "газопровод", "проектирование", 2028,
     {{77.110, 43.615}, {77.180, 43.640}, {77.240, 43.650}}},
    {"Газопровод к агроплощадке «Коянкус»", "газопровод", "проектирование", 2029,
     {{77.120, 43.790}, {77.200, 43.790}, {77.260, 43.800}}},
    {"Газопровод к туристическому кластеру", "газопровод", "проектирование", 2029,
     {{77.080, 43.780}, {77.060, 43.830}, {77.035, 43.850}}},
}};

QByteArray readmeText(const GeneratorOptions &options, qint64 parcels, const Layout &layout, bool parcelsInGeoPackage)
{
    double outside = 0;
    for (double ha : layout.outsideHa)
        outside += ha;
    const QString text = QStringLiteral(
        "# Alatau SEZ — synthetic sample dataset\n\n"
        "**Synthetic data.** No public parcel data exists for the Alatau special economic zone; every parcel,\n"
        "zone, boundary, investor figure and engineering object here is invented. The layout is placed where the\n"
        "city of Alatau is (north of Almaty along the Almaty–Konaev highway, around Zhetygen) and is made to agree\n"
        "with the figures published after the Council for the Development of Alatau, November 2025.\n\n"
        "Made by `sezview-cli generate --parcels %1 --out DIR --seed %2` (the same seed and parcel count give\n"
        "byte-identical shapefiles).\n\n"
        "## Figures it agrees with\n\n"
        "| figure | published | here (ellipsoidal, WGS 84) |\n"
        "| --- | --- | --- |\n"
        "| SEZ area | 97.9 thousand ha | %3 ha |\n"
        "| SEZ outside the city limits | more than 24 thousand ha | %4 ha |\n"
        "| city limits of Alatau | about 88 thousand ha | %5 ha |\n"
        "| Gate district | about 4,000 ha | %6 ha |\n"
        "| investment projects | 41, more than 21 thousand jobs | 41, 21,400 jobs |\n"
        "| projects under implementation | 18, 1 trillion tenge | 18, 1.02 trillion tenge |\n"
        "| first-priority engineering objects | 30 | 30 (13 points, 17 lines) |\n\n"
        "The city is split into four districts along the highway, south to north: Gate (business and finance),\n"
        "Golden (education and medicine), Growing (industry, transport and logistics) and Green (tourism, near\n"
        "Konaev). The SEZ is the city minus six existing villages plus three agro-processing areas adjoining it.\n"
        "Named investors (PepsiCo, United Hygiene, «Молочная долина», АСП Арена, QazQon Hub, АВЗ, Исткомтранс)\n"
        "are the ones reported; their sites, sums and the other companies are invented.\n\n"
        "%7 parcels tile the functional zones, leaving streets between the blocks. About 2 % of the parcels have a\n"
        "hole (an enclave that is a parcel of its own), about 1 % have two parts, and about 3 % carry an official\n"
        "area (PLOSHAD) that differs from the computed one by 1.5–8 %, as real registries do.\n\n"
        "## Files\n\n"
        "| file | contents | CRS | DBF encoding |\n"
        "| --- | --- | --- | --- |\n"
        "%9"
        "| zones.shp | functional zones | EPSG:32643 WGS 84 / UTM 43N | UTF-8 |\n"
        "| sez_boundary.shp | the SEZ, inside and outside the city | EPSG:4326 WGS 84 | UTF-8 |\n"
        "| city_limits.shp | the city of Alatau | EPSG:2542 Pulkovo 1942 / 3-degree Gauss-Kruger zone 26 | UTF-8 |\n"
        "| districts.shp | the four districts | EPSG:2542 Pulkovo 1942 / 3-degree Gauss-Kruger zone 26 | UTF-8 |\n"
        "| infra_objects.shp | substations, water intake, wastewater treatment | EPSG:4326 WGS 84 | CP1251 |\n"
        "| infra_networks.shp | gas pipelines, roads | EPSG:32643 WGS 84 / UTM 43N | CP1251 |\n\n"
        "Each shapefile has its `.prj` and a `.cpg` naming its encoding (`UTF-8` or `1251`).\n"
        "`dataset.json` maps the columns and values (Russian) to sezview's canonical names.\n\n"
        "Seed: %2. Parcels requested: %8.\n")
        .arg(parcels)
        .arg(options.seed)
        .arg(layout.insideHa + outside, 0, 'f', 0)
        .arg(outside, 0, 'f', 0)
        .arg(layout.cityHa, 0, 'f', 0)
        .arg(layout.districtHa[0], 0, 'f', 0)
        .arg(parcels)
        .arg(options.parcels)
        .arg(parcelsInGeoPackage
                 ? QStringLiteral("| parcels.gpkg | land parcels with cadastral attributes (a GeoPackage: as a shapefile its DBF "
                                  "would pass the 2 GB that dBase and Esri read) | EPSG:32643 WGS 84 / UTM 43N | UTF-8 |\n")
                 : QStringLiteral("| parcels.shp | land parcels with cadastral attributes | EPSG:32643 WGS 84 / UTM 43N | UTF-8 |\n"));
    return text.toUtf8();
}

bool isGeneratorOutput(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("dataset.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() && doc.object().contains(QStringLiteral("generator"));
}

class Generator
{
public:
    Generator(const GeneratorOptions &options, Feedback *feedback)
        : mOptions(options), mFeedback(feedback), mToLonLat(kUtmEpsg, kWgs84Epsg), mFromLonLat(kWgs84Epsg, kUtmEpsg)
    {
    }

    bool run(const QString &dir, GeneratorResult *result, QString *error)
    {
        if (!mToLonLat.isValid() || !mFromLonLat.isValid()) {
            *error = QStringLiteral("PROJ cannot transform between UTM 43N and WGS 84: %1").arg(mToLonLat.errorString());
            return false;
        }
        if (!buildLayout(mLayout, mFromLonLat, mToLonLat, error))
            return false;
        for (const GeometryPtr &g : mLayout.districts)
            mPreparedDistricts[std::size_t(&g - mLayout.districts.data())].reset(OGRCreatePreparedGeometry(g.get()));
        for (const GeometryPtr &g : mLayout.outside)
            mPreparedOutside.emplace_back(OGRCreatePreparedGeometry(g.get()));
        mPreparedSez.reset(OGRCreatePreparedGeometry(mLayout.sez.get()));

        buildCells();
        if (!allocate(error))
            return false;
        assignProjects();
        // The count written may pass the request by 2 %.
        mParcelsInGeoPackage = mOptions.parcelsInGeoPackage
            || dbfBytes(parcelFields(), mOptions.parcels + mOptions.parcels / 50) > kDbfLimitBytes;

        if (!writeParcels(dir, error) || !writeZones(dir, error) || !writeBoundaries(dir, error)
            || !writeInfrastructure(dir, error))
            return false;
        QFile manifest(QDir(dir).filePath(QStringLiteral("dataset.json")));
        QFile readme(QDir(dir).filePath(QStringLiteral("README.md")));
        if (!manifest.open(QIODevice::WriteOnly) || manifest.write(manifestJson(mOptions, mParcelsInGeoPackage)) < 0
            || !readme.open(QIODevice::WriteOnly) || readme.write(readmeText(mOptions, mWritten, mLayout, mParcelsInGeoPackage)) < 0) {
            *error = QStringLiteral("%1: cannot write dataset.json or README.md").arg(dir);
            return false;
        }
        result->parcels = mWritten;
        result->parcelsInGeoPackage = mParcelsInGeoPackage;
        result->outsideCityHa = std::accumulate(mLayout.outsideHa.begin(), mLayout.outsideHa.end(), 0.0);
        result->sezAreaHa = mLayout.insideHa + result->outsideCityHa;
        return true;
    }

private:
    // Blocks per cell side and the road half-width follow from the parcel density: small parcels sit
    // in small blocks, and narrower streets keep the roads' share of the land in proportion.
    void buildCells()
    {
        OGREnvelope env;
        OGR_G_GetEnvelope(mLayout.sez.get(), &env);
        const double x0 = std::floor(env.MinX / kCellSize) * kCellSize;
        const double y0 = std::floor(env.MinY / kCellSize) * kCellSize;
        mCols = int(std::ceil((env.MaxX - x0) / kCellSize));
        const int rows = int(std::ceil((env.MaxY - y0) / kCellSize));
        const double sezM2 = OGR_G_Area(mLayout.sez.get());
        const double perCell = double(mOptions.parcels) * kCellSize * kCellSize / sezM2;
        mBlocksPerSide = std::clamp(int(std::ceil(std::sqrt(perCell / 12.0))), 1, 10);
        const double blockSize = kCellSize / mBlocksPerSide;
        mRoadHalfWidth = blockSize >= 600 ? 10 : blockSize >= 300 ? 8 : 6;

        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < mCols; ++c) {
                Cell cell;
                cell.index = r * mCols + c;
                cell.row = r;
                cell.col = c;
                cell.origin = QPointF(x0 + c * kCellSize, y0 + r * kCellSize);
                const Quad square{{cell.origin, cell.origin + QPointF(kCellSize, 0),
                                   cell.origin + QPointF(kCellSize, kCellSize), cell.origin + QPointF(0, kCellSize)}};
                GeometryPtr sq = detail::polygonToOgr(square.polygon());
                if (!OGRPreparedGeometryIntersects(mPreparedSez.get(), sq.get()))
                    continue;
                cell.full = OGRPreparedGeometryContains(mPreparedSez.get(), sq.get());
                if (!cell.full) {
                    cell.clip.reset(OGR_G_Intersection(mLayout.sez.get(), sq.get()));
                    if (!cell.clip || OGR_G_Area(cell.clip.get()) < kMinPieceM2)
                        continue;
                }
                const QPointF centre = cell.origin + QPointF(kCellSize / 2, kCellSize / 2);
                cell.group = groupAt(centre, mPreparedDistricts, mPreparedOutside);
                if (cell.group < 0)
                    cell.group = nearestGroup(centre);
                Rng zoneRng(hashOf({mOptions.seed, 0x5a0e, quint64(cell.index)}));
                cell.zone = zoneFor(cell.group, distanceToPolyline(centre, mLayout.highway), zoneRng);
                buildBlocks(cell);
                if (!cell.blocks.empty())
                    mCells.push_back(std::move(cell));
            }
        }
    }

    // The district (0-3) or outside part (4 + its index) an address names: the parcel's own, by
    // the point sezview decides its district from, so that the address and the district agree
    // even where a block straddles the city limits or a district boundary.
    int addressGroup(const std::vector<Polygon> &parts) const
    {
        Geometry g;
        g.polygons = parts;
        const QPointF label = labelPointOf(g);
        const GeometryPtr pt = detail::pointToOgr(label);
        for (std::size_t d = 0; d < mPreparedDistricts.size(); ++d)
            if (OGRPreparedGeometryContains(mPreparedDistricts[d].get(), pt.get()))
                return int(d);
        int best = 4;
        double bestDistance = 1e300;
        for (std::size_t i = 0; i < mLayout.outside.size(); ++i) {
            const double dist = OGR_G_Distance(mLayout.outside[i].get(), pt.get());
            if (dist < bestDistance) { bestDistance = dist; best = 4 + int(i); }
        }
        return best;
    }

    int nearestGroup(const QPointF &p) const
    {
        const GeometryPtr pt = detail::pointToOgr(p);
        int best = 4;
        double bestDistance = 1e300;
        for (std::size_t d = 0; d < 4; ++d) {
            const double dist = OGR_G_Distance(mLayout.districts[d].get(), pt.get());
            if (dist < bestDistance) { bestDistance = dist; best = int(d); }
        }
        for (std::size_t i = 0; i < mLayout.outside.size(); ++i) {
            const double dist = OGR_G_Distance(mLayout.outside[i].get(), pt.get());
            if (dist < bestDistance) { bestDistance = dist; best = 4 + int(i); }
        }
        return best;
    }

    void buildBlocks(Cell &cell)
    {
        const int k = mBlocksPerSide;
        const double size = kCellSize / k;
        // Interior lattice nodes are jittered; the cell's edges stay straight so cells never overlap.
        std::vector<QPointF> nodes(std::size_t((k + 1) * (k + 1)));
        for (int b = 0; b <= k; ++b) {
            for (int a = 0; a <= k; ++a) {
                Rng rng(hashOf({mOptions.seed, 0xb10c, quint64(cell.index), quint64(a), quint64(b)}));
                const double jx = (a == 0 || a == k) ? 0 : rng.range(-0.15, 0.15) * size;
                const double jy = (b == 0 || b == k) ? 0 : rng.range(-0.15, 0.15) * size;
                nodes[std::size_t(b * (k + 1) + a)] = cell.origin + QPointF(a * size + jx, b * size + jy);
            }
        }
        for (int b = 0; b < k; ++b) {
            for (int a = 0; a < k; ++a) {
                auto node = [&](int x, int y) { return nodes[std::size_t(y * (k + 1) + x)]; };
                Block block;
                block.quad = Quad{{node(a, b), node(a + 1, b), node(a + 1, b + 1), node(a, b + 1)}}.inset(mRoadHalfWidth);
                if (!cell.full) {
                    GeometryPtr g = detail::polygonToOgr(block.quad.polygon());
                    if (!OGRPreparedGeometryIntersects(mPreparedSez.get(), g.get()))
                        continue;
                    block.interior = OGRPreparedGeometryContains(mPreparedSez.get(), g.get());
                }
                const QPointF centre = block.quad.map(0.5, 0.5);
                block.group = groupAt(centre, mPreparedDistricts, mPreparedOutside);
                if (block.group < 0)
                    block.group = cell.group;
                cell.blocks.push_back(std::move(block));
            }
        }
    }

    quint64 blockSeed(const Cell &cell, std::size_t block) const
    {
        return hashOf({mOptions.seed, 0xb10cc, quint64(cell.index), quint64(block), quint64(mOptions.parcels)});
    }

    // Boundary blocks are cut and clipped first; the interior blocks then share what is left of the
    // requested count, so the total comes out at the request whatever the clipping dropped.
    bool allocate(QString *error)
    {
        double interiorArea = 0, boundaryArea = 0;
        for (Cell &cell : mCells) {
            for (Block &block : cell.blocks) {
                if (block.interior) {
                    interiorArea += block.quad.area();
                } else {
                    GeometryPtr g = detail::polygonToOgr(block.quad.polygon());
                    GeometryPtr piece(OGR_G_Intersection(g.get(), cell.clip.get()));
                    const double a = piece ? OGR_G_Area(piece.get()) : 0;
                    boundaryArea += a;
                }
            }
        }
        const double density = double(mOptions.parcels) / (interiorArea + boundaryArea);
        qint64 boundaryRecords = 0;
        for (Cell &cell : mCells) {
            for (std::size_t bi = 0; bi < cell.blocks.size(); ++bi) {
                Block &block = cell.blocks[bi];
                if (block.interior)
                    continue;
                Rng rng(blockSeed(cell, bi));
                const int n = std::max(1, int(std::lround(block.quad.area() * density)));
                for (ParcelRecord &record : subdivideBlock(block.quad, n, rng, false, false)) {
                    GeometryPtr g = detail::polygonToOgr(record.parts.front());
                    GeometryPtr piece(OGR_G_Intersection(g.get(), cell.clip.get()));
                    std::vector<Polygon> parts;
                    collectPolygons(piece.get(), parts);
                    for (Polygon &p : parts)
                        if (planarArea(p) >= kMinPieceM2)
                            block.clipped.push_back(ParcelRecord{{std::move(p)}});
                }
                boundaryRecords += qint64(block.clipped.size());
            }
        }
        const qint64 remaining = mOptions.parcels - boundaryRecords;
        if (remaining < 0 || interiorArea <= 0) {
            *error = QStringLiteral("cannot lay out %1 parcels").arg(mOptions.parcels);
            return false;
        }
        double acc = 0;
        qint64 given = 0;
        for (Cell &cell : mCells) {
            for (Block &block : cell.blocks) {
                if (!block.interior)
                    continue;
                acc += block.quad.area();
                const qint64 upTo = qint64(std::llround(double(remaining) * acc / interiorArea));
                block.records = int(std::max<qint64>(1, upTo - given));
                given += block.records;
            }
        }
        return true;
    }

    struct ProjectSite { int cell = -1; int parcels = 0; };

    // Each project takes the first parcels of a cell wholly inside the SEZ in a zone that suits it; the
    // choice of cells depends only on the seed, so every parcel count carries the same 41 projects.
    void assignProjects()
    {
        mSites.assign(kProjects.size(), {});
        QSet<int> taken;
        for (std::size_t p = 0; p < kProjects.size(); ++p) {
            std::vector<int> candidates;
            for (std::size_t c = 0; c < mCells.size(); ++c)
                if (mCells[c].full && mCells[c].zone == kProjects[p].zone && !taken.contains(int(c)))
                    candidates.push_back(int(c));
            if (candidates.empty())
                for (std::size_t c = 0; c < mCells.size(); ++c)
                    if (mCells[c].full && !taken.contains(int(c)))
                        candidates.push_back(int(c));
            Rng rng(hashOf({mOptions.seed, 0x9e0, quint64(p)}));
            const int cell = candidates[std::size_t(rng.below(int(candidates.size())))];
            taken.insert(cell);
            const int wanted = 1 + rng.below(30);
            mSites[p] = {cell, std::clamp(mCells[std::size_t(cell)].records(), 1, wanted)};
            mProjectOfCell.insert(cell, int(p));
        }
    }

    QString kadNumber(int group)
    {
        const int code = group < 4 ? group : 4;
        const qint64 n = mKadCounter[std::size_t(code)]++;
        const char *district = group < 4 ? kDistricts[std::size_t(group)].kadCode : kOutsideKadCode;
        return QStringLiteral("03-%1-%2-%3")
            .arg(QString::fromLatin1(district))
            .arg(n / 999 + 1, 3, 10, QLatin1Char('0'))
            .arg(n % 999 + 1, 3, 10, QLatin1Char('0'));
    }

    QString address(int group, int street, int house) const
    {
        if (group < 4)
            return QStringLiteral("Алатау қ., %1, %2-көше, %3")
                .arg(QString::fromUtf8(kDistricts[std::size_t(group)].kk)).arg(street).arg(house);
        return QStringLiteral("Алматы обл., Іле ауданы, %1 а.о., %2-көше, %3")
            .arg(QString::fromUtf8(kOutsideParts[std::size_t(group - 4)].okrug)).arg(street).arg(house);
    }

    QString parcelsFileName() const { return mParcelsInGeoPackage ? QStringLiteral("parcels.gpkg") : QStringLiteral("parcels.shp"); }

    // The parcels' columns, each as wide as its longest value.
    std::vector<FieldSpec> parcelFields() const
    {
        int useWidth = 1, investorWidth = 1, projectWidth = 1, projectKkWidth = 1;
        for (const ZoneInfo &z : kZones)
            for (const char *u : z.uses)
                useWidth = std::max(useWidth, int(std::strlen(u)));
        for (const Project &p : kProjects) {
            useWidth = std::max(useWidth, int(std::strlen(p.use)));
            investorWidth = std::max(investorWidth, int(std::strlen(p.investor)));
            projectWidth = std::max(projectWidth, int(std::strlen(p.ru)));
            projectKkWidth = std::max(projectKkWidth, int(std::strlen(p.kk)));
        }
        int zoneWidth = 1;
        for (const ZoneInfo &z : kZones)
            zoneWidth = std::max(zoneWidth, int(std::strlen(z.ru)));
        int addressWidth = 1;
        for (int group = 0; group < 4 + int(kOutsideParts.size()); ++group)
            addressWidth = std::max(addressWidth, int(address(group, kMaxStreet, kMaxHouse).toUtf8().size()));
        return {
            {"KAD_NOMER", OFTString, 14, 0},
            {"PLOSHAD", OFTReal, 12, 4},
            {"KATEGORIA", OFTString, maxBytes({kCategorySettlement, kCategoryIndustry, kCategoryAgriculture, kCategoryReserve}), 0},
            {"CEL_NAZN", OFTString, useWidth, 0},
            {"ZONA", OFTString, zoneWidth, 0},
            {"STATUS", OFTString, maxBytes({kStatusFree, kStatusReserved, kStatusAllocated, kStatusBuilding, kStatusOperating}), 0},
            {"INVESTOR", OFTString, investorWidth, 0},
            {"PROEKT", OFTString, projectWidth, 0},
            {"PROEKT_KZ", OFTString, projectKkWidth, 0},
            {"INVEST_KZT", OFTInteger64, 20, 0},
            {"RAB_MESTA", OFTInteger, 6, 0},
            {"AREND_NACH", OFTDate, 8, 0},
            {"AREND_KON", OFTDate, 8, 0},
            {"MOSCH_KVT", OFTInteger, 7, 0},
            {"VODA_M3", OFTReal, 9, 1},
            {"GAZ", OFTString, 6, 0},
            {"ADRES", OFTString, addressWidth, 0},
        };
    }

    bool writeParcels(const QString &dir, QString *error)
    {
        const std::vector<FieldSpec> fields = parcelFields();
        LayerWriter writer;
        if (!writer.open(QDir(dir).filePath(parcelsFileName()), kUtmEpsg, wkbPolygon, fields, false, error))
            return false;

        if (mFeedback)
            mFeedback->beginPhase(QStringLiteral("generating"), mOptions.parcels);
        for (const Cell &cell : mCells) {
            if (isCancelled(mFeedback)) {
                *error = QStringLiteral("the generation was cancelled");
                return false;
            }
            std::vector<ParcelRecord> records;
            std::vector<int> groups;
            std::vector<int> blockIndex;
            for (std::size_t bi = 0; bi < cell.blocks.size(); ++bi) {
                const Block &block = cell.blocks[bi];
                if (block.interior) {
                    Rng rng(blockSeed(cell, bi));
                    const bool hole = block.records >= 2 && rng.chance(std::min(0.95, 0.021 * block.records));
                    const bool multi = block.records + 1 - (hole ? 1 : 0) >= 3
                        && rng.chance(std::min(0.95, 0.0105 * block.records));
                    for (ParcelRecord &r : subdivideBlock(block.quad, block.records, rng, hole, multi)) {
                        records.push_back(std::move(r));
                        groups.push_back(block.group);
                        blockIndex.push_back(int(bi));
                    }
                } else {
                    for (const ParcelRecord &r : block.clipped) {
                        records.push_back(r);
                        groups.push_back(block.group);
                        blockIndex.push_back(int(bi));
                    }
                }
            }
            std::vector<double> areas(records.size());
            for (std::size_t i = 0; i < records.size(); ++i)
                for (const Polygon &p : records[i].parts)
                    areas[i] += geodesicAreaHa(p, mToLonLat);

            const int project = mProjectOfCell.value(int(&cell - mCells.data()), -1);
            std::vector<qint64> investment, jobs, power;
            std::vector<double> water;
            int projectParcels = 0;
            if (project >= 0) {
                projectParcels = std::min<int>(mSites[std::size_t(project)].parcels, int(records.size()));
                const std::vector<double> weights(areas.begin(), areas.begin() + projectParcels);
                const Project &p = kProjects[std::size_t(project)];
                investment = splitTotal(p.investmentBn * 1'000'000'000LL + qint64(p.jobs) * 137'000LL, weights);
                jobs = splitTotal(p.jobs, weights);
                power = splitTotal(qint64(p.jobs) * 6 + 400, weights);
            }

            for (std::size_t i = 0; i < records.size(); ++i) {
                Rng rng(hashOf({mOptions.seed, 0xa77, quint64(cell.index), quint64(i)}));
                const int group = groups[i];
                const bool inCity = group < 4;
                const bool inProject = int(i) < projectParcels;
                const Project *p = inProject ? &kProjects[std::size_t(project)] : nullptr;
                const ZoneInfo &zone = kZones[cell.zone];
                FeaturePtr f = writer.feature();
                OGRFeatureH h = f.get();
                OGR_F_SetFieldString(h, 0, kadNumber(group).toLatin1().constData());
                double official = std::round(areas[i] * 10'000) / 10'000;
                if (rng.chance(0.03))
                    official = std::round(areas[i] * (1 + (rng.chance(0.5) ? 1 : -1) * rng.range(0.015, 0.08)) * 10'000) / 10'000;
                OGR_F_SetFieldDouble(h, 1, official);
                const char *category = kCategorySettlement;
                if (cell.zone == Industrial || cell.zone == Logistics || cell.zone == Energy)
                    category = kCategoryIndustry;
                else if (cell.zone == GreenReserve)
                    category = inCity ? kCategorySettlement : kCategoryReserve;
                else if (!inCity)
                    category = kCategoryAgriculture;
                OGR_F_SetFieldString(h, 2, category);
                OGR_F_SetFieldString(h, 3, p ? p->use : zone.uses[std::size_t(rng.below(3))]);
                OGR_F_SetFieldString(h, 4, zone.ru);
                const char *status = p ? p->status : (rng.chance(0.12) ? kStatusReserved : kStatusFree);
                OGR_F_SetFieldString(h, 5, status);
                if (p) {
                    OGR_F_SetFieldString(h, 6, p->investor);
                    OGR_F_SetFieldString(h, 7, p->ru);
                    OGR_F_SetFieldString(h, 8, p->kk);
                    OGR_F_SetFieldInteger64(h, 9, investment[i]);
                    OGR_F_SetFieldInteger(h, 10, int(jobs[i]));
                    // Reserved sites have no lease yet; the others were leased before the November 2025 council.
                    if (p->status != kStatusReserved) {
                        Rng lease(hashOf({mOptions.seed, 0x1ea5e, quint64(project)}));
                        const int year = 2024 + lease.below(2);
                        const int month = 1 + lease.below(year == 2025 ? 10 : 12), day = 1 + lease.below(28);
                        OGR_F_SetFieldDateTime(h, 11, year, month, day, 0, 0, 0, 0);
                        OGR_F_SetFieldDateTime(h, 12, year + (lease.chance(0.5) ? 49 : 25), month, day, 0, 0, 0, 0);
                    }
                    OGR_F_SetFieldInteger(h, 13, int(power[i]));
                    OGR_F_SetFieldDouble(h, 14, std::round(double(jobs[i]) * 0.35 * 10 + 5) / 10);
                } else {
                    OGR_F_SetFieldInteger64(h, 9, 0);
                    OGR_F_SetFieldInteger(h, 10, 0);
                    OGR_F_SetFieldInteger(h, 13, 0);
                    OGR_F_SetFieldDouble(h, 14, 0);
                }
                const bool gas = p ? !rng.chance(0.1) : rng.chance(cell.zone == GreenReserve ? 0.1 : 0.45);
                OGR_F_SetFieldString(h, 15, gas ? "да" : "нет");
                const int street = 1 + (cell.row * mBlocksPerSide + blockIndex[i] / mBlocksPerSide) % kMaxStreet;
                const int house = 1 + (cell.col * 37 + int(i)) % kMaxHouse;
                OGR_F_SetFieldString(h, 16, address(addressGroup(records[i].parts), street, house).toUtf8().constData());
                if (!writer.write(h, partsToOgr(records[i].parts), error))
                    return false;
                ++mWritten;
                if (mFeedback)
                    mFeedback->setDone(std::min(mWritten, mOptions.parcels));
            }
        }
        if (mFeedback)
            mFeedback->setDone(mOptions.parcels);
        return writer.close(error);
    }

    bool writeZones(const QString &dir, QString *error)
    {
        std::map<std::pair<int, int>, GeometryPtr> groups;  // (zone, group) -> the cells' pieces
        for (const Cell &cell : mCells) {
            const int group = cell.group < 4 ? cell.group : 4;
            GeometryPtr &collection = groups[{int(cell.zone), group}];
            if (!collection)
                collection.reset(OGR_G_CreateGeometry(wkbMultiPolygon));
            if (cell.full) {
                const Quad square{{cell.origin, cell.origin + QPointF(kCellSize, 0),
                                   cell.origin + QPointF(kCellSize, kCellSize), cell.origin + QPointF(0, kCellSize)}};
                OGR_G_AddGeometryDirectly(collection.get(), detail::polygonToOgr(square.polygon()).release());
            } else {
                std::vector<Polygon> parts;
                collectPolygons(cell.clip.get(), parts);
                for (const Polygon &p : parts)
                    OGR_G_AddGeometryDirectly(collection.get(), detail::polygonToOgr(p).release());
            }
        }
        int nameWidth = 1;
        std::vector<std::pair<QByteArray, QByteArray>> names;
        for (const auto &[key, geometry] : groups) {
            const QByteArray where = key.second < 4
                ? QByteArray(kDistricts[std::size_t(key.second)].ru)
                : QByteArray("за чертой города");
            names.push_back({kZones[std::size_t(key.first)].ru,
                             QByteArray(kZones[std::size_t(key.first)].title) + " (" + where + ")"});
            nameWidth = std::max(nameWidth, int(names.back().second.size()));
        }
        LayerWriter writer;
        if (!writer.open(QDir(dir).filePath(QStringLiteral("zones.shp")), kUtmEpsg, wkbPolygon,
                         {{"ZONA", OFTString, 50, 0}, {"NAZV", OFTString, nameWidth, 0}, {"PLOSHAD", OFTReal, 12, 2}},
                         false, error))
            return false;
        std::size_t i = 0;
        for (auto &[key, geometry] : groups) {
            GeometryPtr merged(OGR_G_UnionCascaded(geometry.get()));
            FeaturePtr f = writer.feature();
            OGR_F_SetFieldString(f.get(), 0, names[i].first.constData());
            OGR_F_SetFieldString(f.get(), 1, names[i].second.constData());
            OGR_F_SetFieldDouble(f.get(), 2, std::round(geodesicHa(merged.get(), mToLonLat) * 100) / 100);
            if (!writer.write(f.get(), std::move(merged), error))
                return false;
            ++i;
        }
        return writer.close(error);
    }

    GeometryPtr transformed(OGRGeometryH g, int epsg) const
    {
        SrsPtr src = detail::srsFromEpsg(kUtmEpsg), dst = detail::srsFromEpsg(epsg);
        TransformPtr ct(OCTNewCoordinateTransformation(src.get(), dst.get()));
        GeometryPtr copy(OGR_G_Clone(g));
        if (ct)
            OGR_G_Transform(copy.get(), ct.get());
        return copy;
    }

    bool writeBoundaries(const QString &dir, QString *error)
    {
        {
            LayerWriter writer;
            if (!writer.open(QDir(dir).filePath(QStringLiteral("sez_boundary.shp")), kWgs84Epsg, wkbPolygon,
                             {{"CHAST", OFTString, 32, 0}, {"NAZV", OFTString, 90, 0}, {"PLOSHAD", OFTReal, 12, 2}}, false, error))
                return false;
            auto put = [&](OGRGeometryH g, const char *part, const char *name, double ha) {
                FeaturePtr f = writer.feature();
                OGR_F_SetFieldString(f.get(), 0, part);
                OGR_F_SetFieldString(f.get(), 1, name);
                OGR_F_SetFieldDouble(f.get(), 2, std::round(ha * 100) / 100);
                return writer.write(f.get(), transformed(g, kWgs84Epsg), error);
            };
            if (!put(mLayout.inside.get(), kInsideCity, "СЭЗ «Алатау» в черте города Алатау", mLayout.insideHa))
                return false;
            for (std::size_t i = 0; i < mLayout.outside.size(); ++i)
                if (!put(mLayout.outside[i].get(), kOutsideCity, kOutsideParts[i].ru, mLayout.outsideHa[i]))
                    return false;
            if (!writer.close(error))
                return false;
        }
        {
            LayerWriter writer;
            if (!writer.open(QDir(dir).filePath(QStringLiteral("city_limits.shp")), kPulkovoGkEpsg, wkbPolygon,
                             {{"NAME", OFTString, 20, 0}, {"NAZV", OFTString, 30, 0}, {"ATAUY", OFTString, 30, 0}, {"PLOSHAD", OFTReal, 12, 2}},
                             false, error))
                return false;
            FeaturePtr f = writer.feature();
            OGR_F_SetFieldString(f.get(), 0, "Alatau");
            OGR_F_SetFieldString(f.get(), 1, "город Алатау");
            OGR_F_SetFieldString(f.get(), 2, "Алатау қаласы");
            OGR_F_SetFieldDouble(f.get(), 3, std::round(mLayout.cityHa * 100) / 100);
            if (!writer.write(f.get(), transformed(mLayout.city.get(), kPulkovoGkEpsg), error) || !writer.close(error))
                return false;
        }
        LayerWriter writer;
        if (!writer.open(QDir(dir).filePath(QStringLiteral("districts.shp")), kPulkovoGkEpsg, wkbPolygon,
                         {{"NAME", OFTString, 10, 0}, {"NAZV", OFTString, 30, 0}, {"ATAUY", OFTString, 30, 0},
                          {"PROFIL", OFTString, 80, 0}, {"PLOSHAD", OFTReal, 12, 2}},
                         false, error))
            return false;
        for (std::size_t d = 0; d < kDistricts.size(); ++d) {
            FeaturePtr f = writer.feature();
            OGR_F_SetFieldString(f.get(), 0, kDistricts[d].name);
            OGR_F_SetFieldString(f.get(), 1, kDistricts[d].ru);
            OGR_F_SetFieldString(f.get(), 2, kDistricts[d].kk);
            OGR_F_SetFieldString(f.get(), 3, kDistricts[d].profile);
            OGR_F_SetFieldDouble(f.get(), 4, std::round(mLayout.districtHa[d] * 100) / 100);
            if (!writer.write(f.get(), transformed(mLayout.districts[d].get(), kPulkovoGkEpsg), error))
                return false;
        }
        return writer.close(error);
    }

    bool writeInfrastructure(const QString &dir, QString *error)
    {
        const std::vector<FieldSpec> fields = {
            {"NAIMENOV", OFTString, 60, 0}, {"VID", OFTString, 20, 0}, {"STATUS", OFTString, 16, 0}, {"GOD", OFTInteger, 4, 0}};
        for (const InfraObject &o : kInfraObjects)
            if (!fitsCp1251(o.name) || !fitsCp1251(o.kind) || !fitsCp1251(o.status)) {
                *error = QStringLiteral("internal error: %1 cannot be written in CP1251").arg(QString::fromUtf8(o.name));
                return false;
            }
        for (const InfraLine &l : kInfraLines)
            if (!fitsCp1251(l.name) || !fitsCp1251(l.kind) || !fitsCp1251(l.status)) {
                *error = QStringLiteral("internal error: %1 cannot be written in CP1251").arg(QString::fromUtf8(l.name));
                return false;
            }
        auto fill = [](OGRFeatureH f, const char *name, const char *kind, const char *status, int year) {
            // The layer recodes UTF-8 to CP1251 as it writes.
            OGR_F_SetFieldString(f, 0, name);
            OGR_F_SetFieldString(f, 1, kind);
            OGR_F_SetFieldString(f, 2, status);
            OGR_F_SetFieldInteger(f, 3, year);
        };
        {
            const QString path = QDir(dir).filePath(QStringLiteral("infra_objects.shp"));
            LayerWriter writer;
            if (!writer.open(path, kWgs84Epsg, wkbPoint, fields, true, error))
                return false;
            for (const InfraObject &o : kInfraObjects) {
                FeaturePtr f = writer.feature();
                fill(f.get(), o.name, o.kind, o.status, o.year);
                if (!writer.write(f.get(), detail::pointToOgr(QPointF(o.lon, o.lat)), error))
                    return false;
            }
            if (!writer.close(error) || !writeCpg(path, "1251", error))
                return false;
        }
        const QString path = QDir(dir).filePath(QStringLiteral("infra_networks.shp"));
        LayerWriter writer;
        if (!writer.open(path, kUtmEpsg, wkbLineString, fields, true, error))
            return false;
        for (const InfraLine &l : kInfraLines) {
            FeaturePtr f = writer.feature();
            fill(f.get(), l.name, l.kind, l.status, l.year);
            Path line;
            for (const auto &[lon, lat] : l.lonLat) {
                QPointF p(lon, lat);
                mFromLonLat.transform(p);
                line.push_back(p);
            }
            if (!writer.write(f.get(), detail::lineToOgr(line), error))
                return false;
        }
        return writer.close(error) && writeCpg(path, "1251", error);
    }

    // GDAL drops what CP1251 cannot encode (Kazakh letters among them) without a word.
    static bool fitsCp1251(const char *utf8)
    {
        const QString text = QString::fromUtf8(utf8);
        const QString extra = QStringLiteral("ЁёЇїІіЄєЎўҐґ«»—–№");
        for (QChar c : text)
            if (c.unicode() >= 0x80 && !(c.unicode() >= 0x0410 && c.unicode() <= 0x044F) && !extra.contains(c))
                return false;
        return true;
    }

    // GDAL names the code page "CP1251"; Kazakh data from the field says "1251", which GDAL reads too.
    static bool writeCpg(const QString &shpPath, const char *codePage, QString *error)
    {
        QFile cpg(QFileInfo(shpPath).path() + QLatin1Char('/') + QFileInfo(shpPath).completeBaseName() + QStringLiteral(".cpg"));
        if (!cpg.open(QIODevice::WriteOnly | QIODevice::Truncate) || cpg.write(codePage) < 0) {
            *error = QStringLiteral("%1: cannot write").arg(cpg.fileName());
            return false;
        }
        return true;
    }

    const GeneratorOptions &mOptions;
    Feedback *mFeedback;
    CoordinateTransform mToLonLat;
    CoordinateTransform mFromLonLat;
    Layout mLayout;
    std::array<PreparedPtr, 4> mPreparedDistricts;
    std::vector<PreparedPtr> mPreparedOutside;
    PreparedPtr mPreparedSez;
    std::vector<Cell> mCells;
    int mCols = 0;
    int mBlocksPerSide = 1;
    double mRoadHalfWidth = 10;
    std::vector<ProjectSite> mSites;
    QHash<int, int> mProjectOfCell;
    std::array<qint64, 5> mKadCounter{};
    qint64 mWritten = 0;
    bool mParcelsInGeoPackage = false;
};

} // namespace

bool generateDataset(const GeneratorOptions &options, GeneratorResult *result, QString *error, Feedback *feedback)
{
    QString localError;
    if (!error)
        error = &localError;
    GeneratorResult localResult;
    if (!result)
        result = &localResult;
    *result = {};
    if (options.outDir.isEmpty()) {
        *error = QStringLiteral("no output directory given");
        return false;
    }
    if (options.parcels < 1000 || options.parcels > kMaxGeneratedParcels) {
        *error = QStringLiteral("the parcel count must be between 1000 and %1 (got %2)").arg(kMaxGeneratedParcels).arg(options.parcels);
        return false;
    }
    const QString outDir = QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath());
    const QDir out(outDir);
    const bool exists = QFileInfo(outDir).exists();
    if (exists && !QFileInfo(outDir).isDir()) {
        *error = QStringLiteral("%1: exists and is not a directory").arg(outDir);
        return false;
    }
    if (exists && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) && !isGeneratorOutput(outDir)) {
        *error = QStringLiteral("%1: the directory is not empty and holds no earlier generated dataset; not overwriting it").arg(outDir);
        return false;
    }
    const QString tmpDir = outDir + QStringLiteral(".tmp-") + QString::number(QCoreApplication::applicationPid());
    QDir(tmpDir).removeRecursively();
    if (!QDir().mkpath(tmpDir)) {
        *error = QStringLiteral("%1: cannot create the directory").arg(tmpDir);
        return false;
    }
    detail::ensureGdal();
    CPLErrorReset();

    GeneratorOptions resolved = options;
    resolved.outDir = outDir;
    Generator generator(resolved, feedback);
    if (!generator.run(tmpDir, result, error)) {
        QDir(tmpDir).removeRecursively();
        return false;
    }
    if (exists && !QDir(outDir).removeRecursively()) {
        *error = QStringLiteral("%1: cannot replace the earlier dataset").arg(outDir);
        QDir(tmpDir).removeRecursively();
        return false;
    }
    if (!QDir().rename(tmpDir, outDir)) {
        *error = QStringLiteral("%1: cannot move the dataset into place").arg(outDir);
        QDir(tmpDir).removeRecursively();
        return false;
    }
    const QStringList names = QDir(outDir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        result->files.append(QDir(outDir).filePath(name));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Checking a generated dataset.

namespace {

struct LayerReader
{
    DatasetPtr dataset;
    OGRLayerH layer = nullptr;
    int epsg = 0;

    bool open(const QString &path, QString *error)
    {
        dataset.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        layer = dataset ? GDALDatasetGetLayer(dataset.get(), 0) : nullptr;
        if (!layer) {
            *error = QStringLiteral("%1: cannot open").arg(path);
            return false;
        }
        // Identified from the .prj text as a reader would see it, not from GDAL's parsed copy.
        QFile prj(QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".prj"));
        if (prj.open(QIODevice::ReadOnly)) {
            epsg = crsFromWkt(prj.readAll()).epsg;
        } else if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {   // a GeoPackage names its EPSG code
            const char *code = OSRGetAuthorityCode(srs, nullptr);
            epsg = code ? QByteArray(code).toInt() : 0;
        }
        return true;
    }

    int field(const char *name) const { return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), name); }
};

std::vector<Polygon> polygonsOf(OGRGeometryH g)
{
    std::vector<Polygon> parts;
    collectPolygons(g, parts);
    return parts;
}

double areaHaInLonLat(OGRGeometryH g)
{
    double ha = 0;
    for (const Polygon &p : polygonsOf(g))
        for (std::size_t i = 0; i < p.rings.size(); ++i)
            ha += (i == 0 ? 1 : -1) * geodesicRingAreaM2(p.rings[i]) / 10'000;
    return ha;
}

GeometryPtr readUnion(LayerReader &reader, int targetEpsg, const std::function<void(OGRFeatureH, OGRGeometryH)> &each = {})
{
    SrsPtr dst = detail::srsFromEpsg(targetEpsg);
    OGRSpatialReferenceH src = OGR_L_GetSpatialRef(reader.layer);
    SrsPtr srcCopy(src ? OSRClone(src) : nullptr);
    if (srcCopy)
        OSRSetAxisMappingStrategy(srcCopy.get(), OAMS_TRADITIONAL_GIS_ORDER);
    TransformPtr ct(srcCopy ? OCTNewCoordinateTransformation(srcCopy.get(), dst.get()) : nullptr);
    GeometryPtr all(OGR_G_CreateGeometry(wkbMultiPolygon));
    OGR_L_ResetReading(reader.layer);
    while (FeaturePtr f{OGR_L_GetNextFeature(reader.layer)}) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
        if (!g)
            continue;
        GeometryPtr copy(OGR_G_Clone(g));
        if (ct)
            OGR_G_Transform(copy.get(), ct.get());
        if (each)
            each(f.get(), copy.get());
        for (const Polygon &p : polygonsOf(copy.get()))
            OGR_G_AddGeometryDirectly(all.get(), detail::polygonToOgr(p).release());
    }
    return all;
}

// The total pairwise overlap of the parcels, in hectares: envelopes bucketed on a grid, a pair measured
// only in the bucket holding the lower-left corner of the overlap of their envelopes, so once.
double overlapHa(const std::vector<GeometryPtr> &geometries, const std::vector<OGREnvelope> &envelopes, double parcelAreaHa)
{
    if (geometries.empty())
        return 0;
    const double cell = std::max(50.0, 4 * std::sqrt(parcelAreaHa * 10'000 / double(geometries.size())));
    double minX = 1e300, minY = 1e300;
    for (const OGREnvelope &e : envelopes) {
        minX = std::min(minX, e.MinX);
        minY = std::min(minY, e.MinY);
    }
    std::unordered_map<quint64, std::vector<int>> buckets;
    auto key = [](qint64 x, qint64 y) { return (quint64(x) << 32) ^ quint64(quint32(y)); };
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        const OGREnvelope &e = envelopes[i];
        for (qint64 x = qint64((e.MinX - minX) / cell); x <= qint64((e.MaxX - minX) / cell); ++x)
            for (qint64 y = qint64((e.MinY - minY) / cell); y <= qint64((e.MaxY - minY) / cell); ++y)
                buckets[key(x, y)].push_back(int(i));
    }
    double overlapM2 = 0;
    for (const auto &[k, members] : buckets) {
        for (std::size_t a = 0; a < members.size(); ++a) {
            for (std::size_t b = a + 1; b < members.size(); ++b) {
                const OGREnvelope &ea = envelopes[std::size_t(members[a])], &eb = envelopes[std::size_t(members[b])];
                const double x0 = std::max(ea.MinX, eb.MinX), y0 = std::max(ea.MinY, eb.MinY);
                const double x1 = std::min(ea.MaxX, eb.MaxX), y1 = std::min(ea.MaxY, eb.MaxY);
                if (x0 >= x1 || y0 >= y1)
                    continue;
                if (key(qint64((x0 - minX) / cell), qint64((y0 - minY) / cell)) != k)
                    continue;
                OGRGeometryH ga = geometries[std::size_t(members[a])].get(), gb = geometries[std::size_t(members[b])].get();
                GeometryPtr inter(OGR_G_Intersection(ga, gb));
                if (!inter)
                    continue;
                for (const Polygon &p : polygonsOf(inter.get()))
                    overlapM2 += planarArea(p);
            }
        }
    }
    return overlapM2 / 10'000;
}

} // namespace

bool checkGeneratedDataset(const QString &dirPath, DatasetCheck *out, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!out) {
        *error = QStringLiteral("no result given");
        return false;
    }
    *out = {};
    detail::ensureGdal();
    const QDir dir(dirPath);
    auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name) + QStringLiteral(".shp")); };
    CoordinateTransform toLonLat(kUtmEpsg, kWgs84Epsg);

    // Parcels: a GeoPackage beyond the DBF's limit.
    const QString parcelsPath = QFileInfo::exists(dir.filePath(QStringLiteral("parcels.gpkg"))) ? dir.filePath(QStringLiteral("parcels.gpkg"))
                                                                                                 : path("parcels");
    LayerReader parcels;
    if (!parcels.open(parcelsPath, error))
        return false;
    out->layerEpsg.insert(QStringLiteral("parcels"), parcels.epsg);
    const int fKad = parcels.field("KAD_NOMER"), fArea = parcels.field("PLOSHAD"), fStatus = parcels.field("STATUS"),
              fProject = parcels.field("PROEKT"), fInvest = parcels.field("INVEST_KZT"), fJobs = parcels.field("RAB_MESTA");
    if (fKad < 0 || fArea < 0 || fStatus < 0 || fProject < 0 || fInvest < 0 || fJobs < 0) {
        *error = QStringLiteral("%1: a parcel column is missing").arg(parcelsPath);
        return false;
    }
    std::vector<GeometryPtr> geometries;
    std::vector<OGREnvelope> envelopes;
    QSet<QString> numbers;
    struct ProjectFigures { bool implementing = false; double investment = 0; };
    QHash<QString, ProjectFigures> projects;
    qint64 parts = 0, goodParts = 0;
    OGR_L_ResetReading(parcels.layer);
    while (FeaturePtr f{OGR_L_GetNextFeature(parcels.layer)}) {
        ++out->parcels;
        numbers.insert(QString::fromUtf8(OGR_F_GetFieldAsString(f.get(), fKad)));
        const qint64 jobs = OGR_F_GetFieldAsInteger64(f.get(), fJobs);
        out->jobs += jobs;
        const QString project = QString::fromUtf8(OGR_F_GetFieldAsString(f.get(), fProject));
        if (!project.isEmpty()) {
            ProjectFigures &pf = projects[project];
            const QString status = QString::fromUtf8(OGR_F_GetFieldAsString(f.get(), fStatus));
            if (status == QString::fromUtf8(kStatusBuilding) || status == QString::fromUtf8(kStatusOperating))
                pf.implementing = true;
            pf.investment += double(OGR_F_GetFieldAsInteger64(f.get(), fInvest));
        }
        OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
        if (!g || !OGR_G_IsValid(g)) {
            ++out->invalidGeometries;
            if (!g)
                continue;
        }
        const std::vector<Polygon> polygons = polygonsOf(g);
        if (polygons.size() > 1)
            ++out->multiPartParcels;
        double computedHa = 0;
        bool holes = false;
        for (const Polygon &p : polygons) {
            ++parts;
            Path ring = p.rings.front();
            ring.erase(std::unique(ring.begin(), ring.end()), ring.end());
            if (ring.size() >= 4 && ring.size() <= 12)
                ++goodParts;
            holes = holes || p.rings.size() > 1;
            out->parcelAreaHa += planarArea(p) / 10'000;
            computedHa += geodesicAreaHa(p, toLonLat);
        }
        if (holes)
            ++out->parcelsWithHoles;
        const double official = OGR_F_GetFieldAsDouble(f.get(), fArea);
        if (computedHa > 0 && std::abs(official - computedHa) > 0.01 * computedHa)
            ++out->officialAreaOffByMoreThan1Percent;
        OGREnvelope env;
        OGR_G_GetEnvelope(g, &env);
        envelopes.push_back(env);
        geometries.emplace_back(OGR_G_Clone(g));
    }
    out->uniqueCadastralNumbers = numbers.size();
    out->partsWith4To12Vertices = parts ? double(goodParts) / double(parts) : 0;
    out->projects = int(projects.size());
    for (const ProjectFigures &pf : projects) {
        if (pf.implementing) {
            ++out->projectsUnderImplementation;
            out->investmentUnderImplementationKzt += pf.investment;
        }
    }

    out->overlapHa = overlapHa(geometries, envelopes, out->parcelAreaHa);
    geometries.clear();

    // Zones.
    LayerReader zones;
    if (!zones.open(path("zones"), error))
        return false;
    out->layerEpsg.insert(QStringLiteral("zones"), zones.epsg);
    OGR_L_ResetReading(zones.layer);
    while (FeaturePtr f{OGR_L_GetNextFeature(zones.layer)})
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get()))
            for (const Polygon &p : polygonsOf(g))
                out->zoneAreaHa += planarArea(p) / 10'000;

    // The SEZ, the city and the districts, measured on the ellipsoid in lon/lat.
    LayerReader sez, city, districts;
    if (!sez.open(path("sez_boundary"), error) || !city.open(path("city_limits"), error)
        || !districts.open(path("districts"), error))
        return false;
    out->layerEpsg.insert(QStringLiteral("sez_boundary"), sez.epsg);
    out->layerEpsg.insert(QStringLiteral("city_limits"), city.epsg);
    out->layerEpsg.insert(QStringLiteral("districts"), districts.epsg);
    const int fPart = sez.field("CHAST");
    GeometryPtr sezAll = readUnion(sez, kWgs84Epsg, [&](OGRFeatureH f, OGRGeometryH g) {
        const double ha = areaHaInLonLat(g);
        out->sezAreaHa += ha;
        if (fPart >= 0 && QString::fromUtf8(OGR_F_GetFieldAsString(f, fPart)) == QString::fromUtf8(kOutsideCity))
            out->sezOutsideCityHa += ha;
    });
    GeometryPtr cityAll = readUnion(city, kWgs84Epsg, [&](OGRFeatureH, OGRGeometryH g) { out->cityAreaHa += areaHaInLonLat(g); });
    const int fName = districts.field("NAME");
    readUnion(districts, kWgs84Epsg, [&](OGRFeatureH f, OGRGeometryH g) {
        out->districtAreaHa[QString::fromUtf8(fName >= 0 ? OGR_F_GetFieldAsString(f, fName) : "")] += areaHaInLonLat(g);
    });
    {
        GeometryPtr sezUnion(OGR_G_UnionCascaded(sezAll.get()));
        GeometryPtr cityUnion(OGR_G_UnionCascaded(cityAll.get()));
        GeometryPtr inside(OGR_G_Intersection(sezUnion.get(), cityUnion.get()));
        out->sezInsideCityHa = inside ? areaHaInLonLat(inside.get()) : 0;
    }

    // Infrastructure.
    for (const char *name : {"infra_objects", "infra_networks"}) {
        LayerReader infra;
        if (!infra.open(path(name), error))
            return false;
        out->layerEpsg.insert(QString::fromLatin1(name), infra.epsg);
        out->infrastructureObjects += int(OGR_L_GetFeatureCount(infra.layer, TRUE));
    }
    return true;
}

} // namespace sez
