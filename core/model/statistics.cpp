// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/statistics.h"

#include "core/model/parcelstore.h"
#include "core/model/rules.h"

#include <QTextStream>

#include <cmath>

namespace sez {

namespace {

void add(GroupFigures &g, double official, double computed, double investment, qint64 jobs)
{
    ++g.count;
    g.officialHa += official;
    g.computedHa += computed;
    g.investmentKzt += investment;
    g.jobs += jobs;
}

FieldGroups groupsOf(const ParcelStore &store, ParcelField field)
{
    FieldGroups groups;
    groups.field = field;
    groups.values = store.dictionary(field);
    groups.byCode.resize(std::size_t(groups.values.size()));
    return groups;
}

void addTo(FieldGroups &groups, int code, double official, double computed, double investment, qint64 jobs)
{
    if (code >= 0 && std::size_t(code) < groups.byCode.size())
        add(groups.byCode[std::size_t(code)], official, computed, investment, jobs);
}

QJsonObject json(const GroupFigures &g)
{
    auto round4 = [](double v) { return std::round(v * 10000) / 10000; };
    return QJsonObject{{QStringLiteral("count"), g.count},
                       {QStringLiteral("official_ha"), round4(g.officialHa)},
                       {QStringLiteral("computed_ha"), round4(g.computedHa)},
                       {QStringLiteral("investment_kzt"), g.investmentKzt},
                       {QStringLiteral("jobs"), g.jobs}};
}

QJsonObject json(const QMap<QString, GroupFigures> &groups)
{
    QJsonObject o;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        o.insert(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), json(it.value()));
    return o;
}

// What every row adds up to, apart from the field groups: projects are counted by their code.
struct ProjectTally
{
    std::vector<quint8> seen;   // per project code: 1 named, 2 also under implementation
    std::vector<bool> implementingStatus;   // per status code
};

} // namespace

QMap<QString, GroupFigures> FieldGroups::byValue(bool withNone) const
{
    QMap<QString, GroupFigures> out;
    for (std::size_t code = 0; code < byCode.size(); ++code) {
        const GroupFigures &g = byCode[code];
        const QString &value = values.at(qsizetype(code));
        if (g.count == 0 || (!withNone && value.isEmpty()))
            continue;
        GroupFigures &merged = out[value];   // a value coded twice (never in a store) is summed
        merged.count += g.count;
        merged.officialHa += g.officialHa;
        merged.computedHa += g.computedHa;
        merged.investmentKzt += g.investmentKzt;
        merged.jobs += g.jobs;
    }
    return out;
}

std::optional<ParcelStatistics> computeStatistics(const ParcelStore &store, const std::vector<qint64> *rows,
                                                  const std::atomic<bool> *cancel)
{
    ParcelStatistics s;
    s.byZone = groupsOf(store, ParcelField::Zone);
    s.byStatus = groupsOf(store, ParcelField::Status);
    s.byDistrict = groupsOf(store, ParcelField::District);
    s.byInvestor = groupsOf(store, ParcelField::Investor);
    const QStringList &projects = store.dictionary(ParcelField::Project);
    ProjectTally tally;
    tally.seen.assign(std::size_t(projects.size()), 0);
    for (const QString &status : s.byStatus.values)
        tally.implementingStatus.push_back(isUnderImplementation(status));

    const qint64 n = rows ? qint64(rows->size()) : store.size();
    for (qint64 i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const qint64 row = rows ? (*rows)[std::size_t(i)] : i;
        const double official = store.officialAreaHa(row);
        const double computed = store.computedAreaHa(row);
        const double investment = store.value(row, ParcelField::InvestmentKzt).toDouble();
        const qint64 jobs = store.value(row, ParcelField::Jobs).toLongLong();
        add(s.total, official, computed, investment, jobs);
        add(store.insideCity(row) ? s.insideCity : s.outsideCity, official, computed, investment, jobs);
        const int status = store.code(row, ParcelField::Status);
        addTo(s.byZone, store.code(row, ParcelField::Zone), official, computed, investment, jobs);
        addTo(s.byStatus, status, official, computed, investment, jobs);
        addTo(s.byDistrict, store.code(row, ParcelField::District), official, computed, investment, jobs);
        addTo(s.byInvestor, store.code(row, ParcelField::Investor), official, computed, investment, jobs);
        if (hasAreaMismatch(official, computed))
            ++s.areaMismatches;
        const int project = store.code(row, ParcelField::Project);
        if (project < 0 || project >= projects.size() || projects.at(project).isEmpty())
            continue;
        quint8 &seen = tally.seen[std::size_t(project)];
        seen |= 1;
        if (status >= 0 && std::size_t(status) < tally.implementingStatus.size() && tally.implementingStatus[std::size_t(status)]) {
            seen |= 2;
            s.investmentUnderImplementationKzt += investment;
        }
    }
    for (quint8 seen : tally.seen) {
        s.projects += (seen & 1) ? 1 : 0;
        s.projectsUnderImplementation += (seen & 2) ? 1 : 0;
    }
    return s;
}

ParcelStatistics computeStatistics(const ParcelStore &store, const std::vector<qint64> &rows)
{
    return *computeStatistics(store, &rows, nullptr);
}

ParcelStatistics computeStatistics(const ParcelStore &store)
{
    return *computeStatistics(store, nullptr, nullptr);
}

QJsonObject ParcelStatistics::toJson() const
{
    QJsonObject o = json(total);
    o.insert(QStringLiteral("inside_city"), json(insideCity));
    o.insert(QStringLiteral("outside_city"), json(outsideCity));
    o.insert(QStringLiteral("by_zone"), json(byZone.byValue()));
    o.insert(QStringLiteral("by_status"), json(byStatus.byValue()));
    o.insert(QStringLiteral("by_district"), json(byDistrict.byValue()));
    o.insert(QStringLiteral("by_investor"), json(byInvestor.byValue(false)));
    return o;
}

QString ParcelStatistics::toText(const QLocale &locale) const
{
    QString out;
    QTextStream ts(&out);
    auto row = [&](const QString &label, const GroupFigures &g) {
        ts << "  " << label.leftJustified(28) << locale.toString(g.count).rightJustified(10)
           << locale.toString(g.officialHa, 'f', 2).rightJustified(14) << locale.toString(g.computedHa, 'f', 2).rightJustified(14)
           << locale.toString(g.investmentKzt, 'f', 0).rightJustified(20) << locale.toString(g.jobs).rightJustified(9) << "\n";
    };
    ts << "  " << QString().leftJustified(28) << tr("parcels").rightJustified(10) << tr("official ha").rightJustified(14)
       << tr("computed ha").rightJustified(14) << tr("investment KZT").rightJustified(20) << tr("jobs").rightJustified(9) << "\n";
    row(tr("total"), total);
    row(tr("inside the city"), insideCity);
    row(tr("outside the city"), outsideCity);
    auto section = [&](const QString &title, const QMap<QString, GroupFigures> &groups) {
        ts << "\n" << title << "\n";
        for (auto it = groups.begin(); it != groups.end(); ++it)
            row(it.key().isEmpty() ? tr("(none)") : it.key(), it.value());
    };
    section(tr("By zone:"), byZone.byValue());
    section(tr("By status:"), byStatus.byValue());
    section(tr("By district:"), byDistrict.byValue());
    section(tr("By investor:"), byInvestor.byValue(false));
    return out;
}

QStringList ParcelStatistics::missingFigures(const ParcelStore &store)
{
    QStringList missing;
    auto lacks = [&store](ParcelField f) { return store.size() > 0 && !store.hasValues(f); };
    if (lacks(ParcelField::AreaHa))
        missing << tr("official area: no column of the data gives it (areas are computed from the geometry)");
    if (lacks(ParcelField::Zone))
        missing << tr("by zone: no column of the data gives the parcels' zone");
    if (lacks(ParcelField::Status))
        missing << tr("by status: no column of the data gives the parcels' status");
    if (lacks(ParcelField::District))
        missing << tr("by district: the data has no districts layer");
    if (store.size() > 0 && store.cityLimits().empty())
        missing << tr("inside and outside the city: the data has no city limits");
    if (lacks(ParcelField::Project) && lacks(ParcelField::InvestmentKzt) && lacks(ParcelField::Jobs))
        missing << tr("projects, investment and jobs: no column of the data gives them");
    return missing;
}

} // namespace sez
