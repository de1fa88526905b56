// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/statistics.h"

#include "core/model/parcelstore.h"

#include <QJsonArray>
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

} // namespace

ParcelStatistics computeStatistics(const ParcelStore &store, const std::vector<qint64> &rows)
{
    ParcelStatistics s;
    for (qint64 row : rows) {
        const double official = store.officialAreaHa(row);
        const double computed = store.computedAreaHa(row);
        const double investment = store.value(row, ParcelField::InvestmentKzt).toDouble();
        const qint64 jobs = store.value(row, ParcelField::Jobs).toLongLong();
        add(s.total, official, computed, investment, jobs);
        add(store.insideCity(row) ? s.insideCity : s.outsideCity, official, computed, investment, jobs);
        add(s.byZone[store.value(row, ParcelField::Zone).toString()], official, computed, investment, jobs);
        add(s.byStatus[store.value(row, ParcelField::Status).toString()], official, computed, investment, jobs);
        add(s.byDistrict[store.value(row, ParcelField::District).toString()], official, computed, investment, jobs);
        const QString investor = store.value(row, ParcelField::Investor).toString();
        if (!investor.isEmpty())
            add(s.byInvestor[investor], official, computed, investment, jobs);
    }
    return s;
}

QJsonObject ParcelStatistics::toJson() const
{
    QJsonObject o = json(total);
    o.insert(QStringLiteral("inside_city"), json(insideCity));
    o.insert(QStringLiteral("outside_city"), json(outsideCity));
    o.insert(QStringLiteral("by_zone"), json(byZone));
    o.insert(QStringLiteral("by_status"), json(byStatus));
    o.insert(QStringLiteral("by_district"), json(byDistrict));
    o.insert(QStringLiteral("by_investor"), json(byInvestor));
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
    ts << "  " << QStringLiteral("").leftJustified(28) << QStringLiteral("parcels").rightJustified(10)
       << QStringLiteral("official ha").rightJustified(14) << QStringLiteral("computed ha").rightJustified(14)
       << QStringLiteral("investment KZT").rightJustified(20) << QStringLiteral("jobs").rightJustified(9) << "\n";
    row(QStringLiteral("total"), total);
    row(QStringLiteral("inside the city"), insideCity);
    row(QStringLiteral("outside the city"), outsideCity);
    auto section = [&](const char *title, const QMap<QString, GroupFigures> &groups) {
        ts << "\n" << title << "\n";
        for (auto it = groups.begin(); it != groups.end(); ++it)
            row(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), it.value());
    };
    section("By zone:", byZone);
    section("By status:", byStatus);
    section("By district:", byDistrict);
    section("By investor:", byInvestor);
    return out;
}

} // namespace sez
