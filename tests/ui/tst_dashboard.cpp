// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard shows the same figures as the statistics, for the whole SEZ and for a selection.
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/model/statistics.h"
#include "tests/core/samplecache.h"
#include "ui/dashboard.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <numeric>
#include <set>

using namespace sez;

namespace {

double sum(const QList<qreal> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

// Sums of floats in different orders differ in the last digits.
bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    void checkFigures(const std::vector<qint64> &rows)
    {
        const ParcelStatistics stats = computeStatistics(*mStore, rows);
        const QLocale locale;
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Parcels), locale.toString(stats.total.count));
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::OfficialHa), HumanLabels::hectares(stats.total.officialHa));
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::ComputedHa), HumanLabels::hectares(stats.total.computedHa));
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Investment), HumanLabels::tengeInWords(stats.total.investmentKzt));
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Jobs), locale.toString(stats.total.jobs));
        std::set<QString> projects;
        for (qint64 r : rows)
            if (const QString p = mStore->value(r, ParcelField::Project).toString(); !p.isEmpty())
                projects.insert(p);
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Projects), locale.toString(qint64(projects.size())));

        QVERIFY(near(sum(mDashboard->chartValues(Dashboard::Chart::ZoneArea)), stats.total.computedHa));
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::StatusParcels)))), stats.total.count);
        double investorKzt = 0;
        qint64 investorJobs = 0;
        for (const GroupFigures &g : stats.byInvestor.byValue(false)) {
            investorKzt += g.investmentKzt;
            investorJobs += g.jobs;
        }
        QVERIFY(near(sum(mDashboard->chartValues(Dashboard::Chart::InvestorInvestment)) * 1e9, investorKzt));
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::InvestorJobs)))), investorJobs);
        QVERIFY(mDashboard->chartValues(Dashboard::Chart::InvestorInvestment).size() <= 11);
        QVERIFY(mDashboard->chartValues(Dashboard::Chart::InvestorJobs).size() <= 11);
        QVERIFY(near(sum(mDashboard->chartValues(Dashboard::Chart::SectorInvestment)) * 1e9, stats.total.investmentKzt));
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::SectorJobs)))), stats.total.jobs);
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::Infrastructure)))),
                 qint64(mStore->infrastructure().size()));

        // Zones and statuses are shown by their translated names, each with its own bar or slice.
        const QStringList zones = mDashboard->chartCategories(Dashboard::Chart::ZoneArea);
        const QMap<QString, GroupFigures> byZone = stats.byZone.byValue(), byStatus = stats.byStatus.byValue();
        for (auto it = byZone.begin(); it != byZone.end(); ++it)
            QVERIFY2(zones.contains(HumanLabels::value(ParcelField::Zone, it.key())), qPrintable(it.key()));
        const QStringList statuses = mDashboard->chartCategories(Dashboard::Chart::StatusParcels);
        QCOMPARE(statuses.size(), byStatus.size());
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            QVERIFY2(statuses.contains(HumanLabels::value(ParcelField::Status, it.key())), qPrintable(it.key()));
    }

    test::SampleCache mSample;
    std::shared_ptr<const ParcelStore> mStore;
    std::unique_ptr<Dashboard> mDashboard;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSample.open(&error), qPrintable(error));
        mStore = mSample.store();
        QVERIFY(mStore->size() > 20000);
        mDashboard = std::make_unique<Dashboard>();
        mDashboard->resize(460, 900);
        mDashboard->show();
        mDashboard->setStore(mStore);
    }

    void wholeSez()
    {
        mDashboard->setRows({}, false);
        QVERIFY(!mDashboard->showsSelection());
        std::vector<qint64> all(std::size_t(mStore->size()));
        std::iota(all.begin(), all.end(), qint64(0));
        checkFigures(all);
        QCOMPARE(mStore->infrastructure().size(), std::size_t(30));
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::Infrastructure)))), qint64(30));
        // The whole SEZ is measured on its boundary: 97,900 ha, 24,500 of them outside the city.
        const QList<qreal> city = mDashboard->chartValues(Dashboard::Chart::CityArea);
        QCOMPARE(city.size(), 2);
        QVERIFY2(std::abs(sum(city) - 97900) < 1000, qPrintable(QString::number(sum(city))));
        QVERIFY2(std::abs(city.at(1) - 24500) < 500, qPrintable(QString::number(city.at(1))));
    }

    void selection()
    {
        std::vector<qint64> rows;
        for (qint64 r = 7; rows.size() < 100; r += mStore->size() / 100)
            rows.push_back(r);
        QSignalSpy updated(mDashboard.get(), &Dashboard::updated);
        mDashboard->setRows(rows, true);
        QCOMPARE(updated.size(), 1);   // a small selection is shown at once
        QVERIFY(mDashboard->showsSelection());
        checkFigures(rows);
        const ParcelStatistics stats = computeStatistics(*mStore, rows);
        const QList<qreal> city = mDashboard->chartValues(Dashboard::Chart::CityArea);
        QVERIFY(near(sum(city), stats.total.computedHa));

        // Cleared, the selection leaves the whole SEZ.
        mDashboard->setRows({}, false);
        QVERIFY(!mDashboard->showsSelection());
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Parcels), QLocale().toString(mStore->size()));
    }

    void largeSelectionOnWorker()
    {
        // A million rows (the sample's, repeated) go to a worker; the result still adds up.
        std::vector<qint64> rows(1000000);
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = qint64(i) % mStore->size();
        QSignalSpy updated(mDashboard.get(), &Dashboard::updated);
        mDashboard->setRows(rows, true);
        QVERIFY(mDashboard->isBusy());
        QVERIFY(updated.wait(30000));
        QVERIFY(mDashboard->showsSelection());
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Parcels), QLocale().toString(qint64(rows.size())));
        QCOMPARE(qint64(std::llround(sum(mDashboard->chartValues(Dashboard::Chart::StatusParcels)))), qint64(rows.size()));
        mDashboard->setRows({}, false);
    }

    // How long these take is measured by sezview-bench, not asserted here (a loaded machine is slow);
    // what must hold at any speed is that every row is counted, once each.
    void largeInputsAreCountedWhole()
    {
        std::vector<qint64> all(std::size_t(mStore->size()));
        std::iota(all.begin(), all.end(), qint64(0));
        const std::atomic<bool> never{false};
        const auto whole = computeStatistics(*mStore, &all, &never);
        QVERIFY(whole);
        QCOMPARE(whole->total.count, mStore->size());
        QVERIFY(near(whole->total.computedHa, computeStatistics(*mStore, all).total.computedHa));

        mDashboard->setRows(all, true);   // figures and every chart rebuilt
        QCOMPARE(mDashboard->headlineText(Dashboard::Headline::Parcels), QLocale().toString(mStore->size()));

        std::vector<qint64> million(1000000);
        for (std::size_t i = 0; i < million.size(); ++i)
            million[i] = qint64(i) % mStore->size();
        const auto repeated = computeStatistics(*mStore, &million, &never);
        QVERIFY(repeated);
        QCOMPARE(repeated->total.count, qint64(million.size()));
        mDashboard->setRows({}, false);
        // A cancelled computation stops with nothing.
        const std::atomic<bool> cancelled{true};
        QVERIFY(!computeStatistics(*mStore, &million, &cancelled));
    }

    void cleanupTestCase()
    {
        mDashboard.reset();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
