// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/summary.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/parcelstore.h"

#include <QJsonArray>
#include <QTextStream>

#include <cmath>

namespace sez {

namespace {

QJsonObject groupJson(const GroupFigures &g)
{
    return QJsonObject{{QStringLiteral("count"), g.count},
                       {QStringLiteral("official_ha"), std::round(g.officialHa * 10000) / 10000},
                       {QStringLiteral("computed_ha"), std::round(g.computedHa * 10000) / 10000}};
}

} // namespace

SezAreas sezAreas(const ParcelStore &store)
{
    SezAreas areas;
    const CoordinateTransform toLonLat(store.mapEpsg(), kWgs84Epsg);
    if (!toLonLat.isValid())
        return areas;
    for (const ContextFeature &part : store.sezParts()) {
        const double ha = geodesicAreaHa(part.geometry, toLonLat);
        areas.totalHa += ha;
        if (part.citySide == CitySide::Inside)
            areas.insideCityHa += ha;
        else if (part.citySide == CitySide::Outside)
            areas.outsideCityHa += ha;
    }
    return areas;
}

DatasetSummary summarize(const ParcelStore &store)
{
    DatasetSummary s;
    s.name = store.datasetName();
    const SezAreas sez = sezAreas(store);
    s.sezAreaHa = sez.totalHa;
    s.hasSez = !store.sezParts().empty();
    s.hasCityLimits = !store.cityLimits().empty();
    s.notComputed = ParcelStatistics::missingFigures(store);
    if (!s.hasSez)
        s.notComputed.prepend(DatasetSummary::tr("SEZ area: the data has no SEZ boundary layer"));
    s.insideCityHa = sez.insideCityHa;
    s.outsideCityHa = sez.outsideCityHa;
    const CoordinateTransform toLonLat(store.mapEpsg(), kWgs84Epsg);
    if (toLonLat.isValid()) {
        for (const ContextFeature &city : store.cityLimits())
            s.cityAreaHa += geodesicAreaHa(city.geometry, toLonLat);
        for (const ContextFeature &district : store.districts())
            s.byDistrictHa[district.name] += geodesicAreaHa(district.geometry, toLonLat);
    }
    s.parcels = computeStatistics(store);
    for (const ContextFeature &object : store.infrastructure())
        ++s.infrastructure[object.kind];
    return s;
}

QJsonObject DatasetSummary::toJson() const
{
    auto ha = [](double v) { return std::round(v * 100) / 100; };
    QJsonObject zones, statuses, districts, infra;
    const QMap<QString, GroupFigures> byZone = parcels.byZone.byValue(), byStatus = parcels.byStatus.byValue();
    for (auto it = byZone.begin(); it != byZone.end(); ++it)
        zones.insert(it.key(), groupJson(it.value()));
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        statuses.insert(it.key(), groupJson(it.value()));
    for (auto it = byDistrictHa.begin(); it != byDistrictHa.end(); ++it)
        districts.insert(it.key(), ha(it.value()));
    for (auto it = infrastructure.begin(); it != infrastructure.end(); ++it)
        infra.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("name"), name},
        // A figure the data cannot give is null, not 0 (not_computed says why).
        {QStringLiteral("sez_area_ha"), hasSez ? QJsonValue(ha(sezAreaHa)) : QJsonValue()},
        {QStringLiteral("inside_city_ha"), hasSez && hasCityLimits ? QJsonValue(ha(insideCityHa)) : QJsonValue()},
        {QStringLiteral("outside_city_ha"), hasSez && hasCityLimits ? QJsonValue(ha(outsideCityHa)) : QJsonValue()},
        {QStringLiteral("city_area_ha"), hasCityLimits ? QJsonValue(ha(cityAreaHa)) : QJsonValue()},
        {QStringLiteral("not_computed"), QJsonArray::fromStringList(notComputed)},
        {QStringLiteral("districts_ha"), districts},
        {QStringLiteral("parcels"), parcels.total.count},
        {QStringLiteral("parcels_official_ha"), ha(parcels.total.officialHa)},
        {QStringLiteral("parcels_computed_ha"), ha(parcels.total.computedHa)},
        {QStringLiteral("area_mismatches"), parcels.areaMismatches},
        {QStringLiteral("by_zone"), zones},
        {QStringLiteral("by_status"), statuses},
        {QStringLiteral("projects"), parcels.projects},
        {QStringLiteral("projects_under_implementation"), parcels.projectsUnderImplementation},
        {QStringLiteral("investment_kzt"), parcels.total.investmentKzt},
        {QStringLiteral("investment_under_implementation_kzt"), parcels.investmentUnderImplementationKzt},
        {QStringLiteral("jobs"), parcels.total.jobs},
        {QStringLiteral("infrastructure"), infra},
    };
}

QString DatasetSummary::toText(const QLocale &locale) const
{
    QString out;
    QTextStream ts(&out);
    auto ha = [&](double v) { return tr("%1 ha").arg(locale.toString(v, 'f', 1)); };
    auto n = [&](qint64 v) { return locale.toString(v); };
    auto tenge = [&](double v) { return tr("%1 KZT").arg(locale.toString(v, 'f', 0)); };
    // Labels padded to one column, as wide as the longest in the language.
    auto label = [](const QString &text) { return text.leftJustified(21); };
    const GroupFigures &all = parcels.total;
    ts << name << "\n\n";
    const QString absent = tr("not in the data");
    ts << label(tr("SEZ area:")) << (hasSez ? ha(sezAreaHa) : absent) << "\n";
    if (hasSez && hasCityLimits) {
        ts << label(tr("  inside the city:")) << ha(insideCityHa) << "\n";
        ts << label(tr("  outside the city:")) << ha(outsideCityHa) << "\n";
    }
    ts << label(tr("City limits:")) << (hasCityLimits ? ha(cityAreaHa) : absent) << "\n";
    for (auto it = byDistrictHa.begin(); it != byDistrictHa.end(); ++it)
        ts << "  " << it.key().leftJustified(18) << ha(it.value()) << "\n";
    ts << label(tr("Parcels:"))
       << tr("%1 (%2 official, %3 computed; %4 differ by more than 1 %)")
              .arg(n(all.count), ha(all.officialHa), ha(all.computedHa), n(parcels.areaMismatches))
       << "\n";
    auto table = [&](const QString &title, const QMap<QString, GroupFigures> &groups) {
        ts << "\n" << title << "\n";
        for (auto it = groups.begin(); it != groups.end(); ++it)
            ts << "  " << (it.key().isEmpty() ? tr("(none)") : it.key()).leftJustified(22)
               << n(it->count).rightJustified(9) << "  " << ha(it->officialHa).rightJustified(14) << "  "
               << ha(it->computedHa).rightJustified(14) << "\n";
    };
    table(tr("By zone (count, official, computed):"), parcels.byZone.byValue());
    table(tr("By status (count, official, computed):"), parcels.byStatus.byValue());
    ts << "\n" << label(tr("Projects:"))
       << tr("%1 (%2 under implementation)").arg(n(parcels.projects), n(parcels.projectsUnderImplementation)) << "\n";
    ts << label(tr("Investment:"))
       << tr("%1 (%2 under implementation)").arg(tenge(all.investmentKzt), tenge(parcels.investmentUnderImplementationKzt))
       << "\n";
    ts << label(tr("Jobs:")) << n(all.jobs) << "\n";
    ts << "\n" << tr("Infrastructure objects:") << "\n";
    for (auto it = infrastructure.begin(); it != infrastructure.end(); ++it)
        ts << "  " << it.key().leftJustified(22) << n(it.value()) << "\n";
    if (!notComputed.isEmpty()) {
        ts << "\n" << tr("Not computed, the data does not give them:") << "\n";
        for (const QString &why : notComputed)
            ts << "  " << why << "\n";
    }
    return out;
}

} // namespace sez
