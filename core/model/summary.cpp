// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/summary.h"

#include "core/geo/crs.h"
#include "core/io/dataset.h"
#include "core/geo/geodesic.h"
#include "core/geo/ogrgeometry_p.h"

#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <cmath>

namespace sez {

bool isUnderImplementation(const QString &status)
{
    return status == QLatin1String("under_construction") || status == QLatin1String("operating");
}

namespace {

// Ellipsoidal area of the polygonal part of an OGR geometry in the map CRS.
double ogrAreaHa(OGRGeometryH g, const CoordinateTransform &toLonLat)
{
    Geometry geometry;
    detail::appendOgr(g, geometry);
    return geodesicAreaHa(geometry, toLonLat);
}

// The union of a role's polygons, for cutting one layer by another.
detail::GeometryPtr unionOf(const std::vector<const LayerData *> &layers)
{
    detail::GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const LayerData *layer : layers) {
        for (const Feature &f : layer->features) {
            if (f.geometry.polygons.empty())
                continue;
            detail::GeometryPtr parts = detail::toOgr(f.geometry);
            for (int i = 0; i < OGR_G_GetGeometryCount(parts.get()); ++i)
                OGR_G_AddGeometry(multi.get(), OGR_G_GetGeometryRef(parts.get(), i));
        }
    }
    return detail::GeometryPtr(OGR_G_UnionCascaded(multi.get()));
}

QJsonObject groupJson(const AreaGroup &g)
{
    return QJsonObject{{QStringLiteral("count"), g.count},
                       {QStringLiteral("official_ha"), std::round(g.officialHa * 10000) / 10000},
                       {QStringLiteral("computed_ha"), std::round(g.computedHa * 10000) / 10000}};
}

} // namespace

DatasetSummary summarize(const Dataset &dataset)
{
    DatasetSummary s;
    s.name = dataset.manifest().name();
    const CoordinateTransform toLonLat(dataset.manifest().mapEpsg(), kWgs84Epsg);

    const auto sezLayers = dataset.layersWithRole(QStringLiteral("sez_boundary"));
    const auto cityLayers = dataset.layersWithRole(QStringLiteral("city_limits"));
    for (const LayerData *layer : sezLayers)
        for (const Feature &f : layer->features)
            s.sezAreaHa += geodesicAreaHa(f.geometry, toLonLat);
    for (const LayerData *layer : cityLayers)
        for (const Feature &f : layer->features)
            s.cityAreaHa += geodesicAreaHa(f.geometry, toLonLat);
    if (!sezLayers.empty() && !cityLayers.empty()) {
        detail::GeometryPtr sez = unionOf(sezLayers);
        detail::GeometryPtr city = unionOf(cityLayers);
        if (sez && city) {
            detail::GeometryPtr inside(OGR_G_Intersection(sez.get(), city.get()));
            s.insideCityHa = inside ? ogrAreaHa(inside.get(), toLonLat) : 0;
        }
        s.outsideCityHa = s.sezAreaHa - s.insideCityHa;
    }

    // Districts: the parcels' computed area per district is for later; here, each district's size.
    for (const LayerData *layer : dataset.layersWithRole(QStringLiteral("districts"))) {
        for (const Feature &f : layer->features) {
            QString name = layer->value(f, QStringLiteral("district")).toString();
            if (name.isEmpty())
                name = layer->value(f, QStringLiteral("name")).toString();
            s.byDistrictHa[name] += geodesicAreaHa(f.geometry, toLonLat);
        }
    }

    QSet<QString> projects, implementing;
    for (const LayerData *layer : dataset.layersWithRole(QStringLiteral("parcels"))) {
        const int zoneIdx = layer->fieldIndex(QStringLiteral("zone"));
        const int statusIdx = layer->fieldIndex(QStringLiteral("status"));
        const int areaIdx = layer->fieldIndex(QStringLiteral("area_ha"));
        const int projectIdx = layer->fieldIndex(QStringLiteral("project"));
        const int investIdx = layer->fieldIndex(QStringLiteral("investment_kzt"));
        const int jobsIdx = layer->fieldIndex(QStringLiteral("jobs"));
        auto at = [](const Feature &f, int i) { return i < 0 ? QVariant() : f.values[std::size_t(i)]; };
        for (const Feature &f : layer->features) {
            const QString zone = at(f, zoneIdx).toString();
            const QString status = at(f, statusIdx).toString();
            const double official = at(f, areaIdx).toDouble();
            const double computed = geodesicAreaHa(f.geometry, toLonLat);
            ++s.parcels;
            s.parcelsOfficialHa += official;
            s.parcelsComputedHa += computed;
            if (computed > 0 && std::abs(official - computed) > 0.01 * computed)
                ++s.areaMismatches;
            for (AreaGroup *g : {&s.byZone[zone], &s.byStatus[status]}) {
                ++g->count;
                g->officialHa += official;
                g->computedHa += computed;
            }
            const QString project = at(f, projectIdx).toString();
            const double investment = at(f, investIdx).toDouble();
            s.investmentKzt += investment;
            s.jobs += at(f, jobsIdx).toLongLong();
            if (!project.isEmpty()) {
                projects.insert(project);
                if (isUnderImplementation(status)) {
                    implementing.insert(project);
                    s.investmentUnderImplementationKzt += investment;
                }
            }
        }
    }
    s.projects = projects.size();
    s.projectsUnderImplementation = implementing.size();

    for (const LayerData *layer : dataset.layersWithRole(QStringLiteral("infrastructure"))) {
        const int kindIdx = layer->fieldIndex(QStringLiteral("kind"));
        for (const Feature &f : layer->features)
            ++s.infrastructure[kindIdx < 0 ? QString() : f.values[std::size_t(kindIdx)].toString()];
    }
    return s;
}

QJsonObject DatasetSummary::toJson() const
{
    auto ha = [](double v) { return std::round(v * 100) / 100; };
    QJsonObject zones, statuses, districts, infra;
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
        {QStringLiteral("sez_area_ha"), ha(sezAreaHa)},
        {QStringLiteral("inside_city_ha"), ha(insideCityHa)},
        {QStringLiteral("outside_city_ha"), ha(outsideCityHa)},
        {QStringLiteral("city_area_ha"), ha(cityAreaHa)},
        {QStringLiteral("districts_ha"), districts},
        {QStringLiteral("parcels"), parcels},
        {QStringLiteral("parcels_official_ha"), ha(parcelsOfficialHa)},
        {QStringLiteral("parcels_computed_ha"), ha(parcelsComputedHa)},
        {QStringLiteral("area_mismatches"), areaMismatches},
        {QStringLiteral("by_zone"), zones},
        {QStringLiteral("by_status"), statuses},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("projects_under_implementation"), projectsUnderImplementation},
        {QStringLiteral("investment_kzt"), investmentKzt},
        {QStringLiteral("investment_under_implementation_kzt"), investmentUnderImplementationKzt},
        {QStringLiteral("jobs"), jobs},
        {QStringLiteral("infrastructure"), infra},
    };
}

QString DatasetSummary::toText(const QLocale &locale) const
{
    QString out;
    QTextStream ts(&out);
    auto ha = [&](double v) { return QString(locale.toString(v, 'f', 1) + QStringLiteral(" ha")); };
    auto n = [&](qint64 v) { return locale.toString(v); };
    auto tenge = [&](double v) { return QString(locale.toString(v, 'f', 0) + QStringLiteral(" KZT")); };
    ts << name << "\n\n";
    ts << "SEZ area:            " << ha(sezAreaHa) << "\n";
    ts << "  inside the city:   " << ha(insideCityHa) << "\n";
    ts << "  outside the city:  " << ha(outsideCityHa) << "\n";
    ts << "City limits:         " << ha(cityAreaHa) << "\n";
    for (auto it = byDistrictHa.begin(); it != byDistrictHa.end(); ++it)
        ts << "  " << it.key().leftJustified(18) << ha(it.value()) << "\n";
    ts << "Parcels:             " << n(parcels) << " (" << ha(parcelsOfficialHa) << " official, "
       << ha(parcelsComputedHa) << " computed; " << n(areaMismatches) << " differ by more than 1 %)\n";
    auto table = [&](const char *title, const QMap<QString, AreaGroup> &groups) {
        ts << "\n" << title << "\n";
        for (auto it = groups.begin(); it != groups.end(); ++it)
            ts << "  " << (it.key().isEmpty() ? QStringLiteral("(none)") : it.key()).leftJustified(22)
               << n(it->count).rightJustified(9) << "  " << ha(it->officialHa).rightJustified(14) << "  "
               << ha(it->computedHa).rightJustified(14) << "\n";
    };
    table("By zone (count, official, computed):", byZone);
    table("By status (count, official, computed):", byStatus);
    ts << "\nProjects:            " << n(projects) << " (" << n(projectsUnderImplementation) << " under implementation)\n";
    ts << "Investment:          " << tenge(investmentKzt) << " (" << tenge(investmentUnderImplementationKzt)
       << " under implementation)\n";
    ts << "Jobs:                " << n(jobs) << "\n";
    ts << "\nInfrastructure objects:\n";
    for (auto it = infrastructure.begin(); it != infrastructure.end(); ++it)
        ts << "  " << it.key().leftJustified(22) << n(it.value()) << "\n";
    return out;
}

} // namespace sez
