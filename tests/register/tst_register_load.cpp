// SPDX-License-Identifier: GPL-3.0-or-later
// The register under load on loopback: 20 desks make 10,000 edits together, each a read and an
// optimistic write retried on conflict; no update may be lost and the history must be complete.
// Also how long an edit takes to reach another desk's watcher. Figures are printed, not asserted.
// ctest label "load": scripts/test.sh runs it with SEZ_TEST_LOAD=1.
#include "registerfixture.h"

#include "core/register/registerwatcher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using sez::EditResult;
using sez::ParcelField;

namespace {

constexpr int kClients = 20;
constexpr int kEditsPerClient = 500;   // 10,000 in all
constexpr int kParcels = 200;

struct ClientFigures
{
    int applied = 0;
    int conflicts = 0;
    QString failure;
    std::vector<double> latenciesMs;   // read + write of each committed edit, retries included
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

class TestRegisterLoad : public QObject
{
    Q_OBJECT

    RegisterFixture mFixture;

private Q_SLOTS:
    void initTestCase_data() { addRegisterBackends(); }

    void init()
    {
        SEZ_REGISTER_INIT(mFixture);
        QVERIFY(mFixture.open());   // a SQLite register is created before the desks start
    }

    void cleanup() { mFixture.tearDown(); }

    void twentyDesksTenThousandEdits()
    {
        std::vector<ClientFigures> figures(kClients);
        std::vector<std::thread> clients;
        std::atomic<int> ready{0};
        QElapsedTimer wall;
        for (int c = 0; c < kClients; ++c) {
            clients.emplace_back([&, c] {
                ClientFigures &f = figures[std::size_t(c)];
                auto reg = mFixture.open(c % 2 ? QStringLiteral("officer2") : QStringLiteral("officer"),
                                         QStringLiteral("desk %1").arg(c));
                ++ready;
                while (ready < kClients)
                    std::this_thread::yield();
                if (!reg) {
                    f.failure = QStringLiteral("desk %1 could not open the register").arg(c);
                    return;
                }
                QRandomGenerator random(quint32(1000 + c));
                QString error;
                while (f.applied < kEditsPerClient) {
                    const QString parcel = QStringLiteral("L-%1").arg(random.bounded(kParcels));
                    QElapsedTimer timer;
                    timer.start();
                    for (;;) {
                        sez::AllocationRecord record;
                        if (!reg->record(parcel, &record, &error)) {
                            f.failure = error;
                            return;
                        }
                        const auto jobs = record.values.find(ParcelField::Jobs);
                        sez::AllocationEdit edit;
                        edit.cadastralNumber = parcel;
                        edit.expectedVersion = record.version;
                        edit.values[ParcelField::Jobs] = (jobs == record.values.end() ? 0 : jobs->second.toLongLong()) + 1;
                        edit.reason = QStringLiteral("load test, desk %1").arg(c);
                        const EditResult r = reg->apply(edit);
                        if (r.outcome == EditResult::Outcome::Applied)
                            break;
                        if (r.outcome != EditResult::Outcome::Conflict) {
                            f.failure = r.message;
                            return;
                        }
                        ++f.conflicts;
                    }
                    f.latenciesMs.push_back(timer.nsecsElapsed() / 1e6);
                    ++f.applied;
                }
            });
        }
        while (ready < kClients)
            std::this_thread::yield();
        wall.start();
        for (auto &t : clients)
            t.join();
        const double seconds = wall.nsecsElapsed() / 1e9;

        int applied = 0, conflicts = 0;
        std::vector<double> latencies;
        for (const ClientFigures &f : figures) {
            QVERIFY2(f.failure.isEmpty(), qPrintable(f.failure));
            applied += f.applied;
            conflicts += f.conflicts;
            latencies.insert(latencies.end(), f.latenciesMs.begin(), f.latenciesMs.end());
        }
        QCOMPARE(applied, kClients * kEditsPerClient);

        // No lost update: every +1 is in the jobs, every edit in the history, one version each.
        auto reg = mFixture.open();
        QVERIFY(reg);
        QString error;
        std::vector<sez::AllocationRecord> records;
        QVERIFY(reg->records(&records, &error));
        qint64 jobs = 0;
        for (const auto &r : records) {
            QCOMPARE(r.values.at(ParcelField::Jobs).toLongLong(), r.version);
            jobs += r.version;
        }
        QCOMPARE(jobs, qint64(applied));
        std::vector<sez::AllocationChange> history;
        QVERIFY(reg->history(QString(), &history, &error));
        QCOMPARE(int(history.size()), applied);
        std::map<QString, qint64> lastVersion;
        for (const auto &c : history) {
            QCOMPARE(c.fields.size(), std::size_t(1));
            QCOMPARE(c.fields[0].newValue.toLongLong(), c.fields[0].oldValue.toLongLong() + 1);
            QCOMPARE(c.fields[0].newValue.toLongLong(), c.version);
            lastVersion[c.cadastralNumber] = std::max(lastVersion[c.cadastralNumber], c.version);
        }
        for (const auto &r : records)
            QCOMPARE(lastVersion[r.cadastralNumber], r.version);

        QFETCH_GLOBAL(QString, backend);
        qInfo("%s: %d desks, %d edits in %.2f s: %.0f edits/s; %d conflicts retried (%.1f %%); "
              "edit latency median %.1f ms, 95th percentile %.1f ms, max %.1f ms",
              qPrintable(backend), kClients, applied, seconds, applied / seconds, conflicts, 100.0 * conflicts / applied,
              percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    }

    void editReachesTheOtherDesk()
    {
        auto writer = mFixture.open();
        QVERIFY(writer);
        sez::RegisterWatcher watcher(mFixture.location(QStringLiteral("analyst")));
        QString error;
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QSignalSpy spy(&watcher, &sez::RegisterWatcher::changed);
        std::vector<double> latencies;
        const int edits = mFixture.postgres() ? 200 : 20;
        for (int i = 0; i < edits; ++i) {
            QElapsedTimer timer;
            timer.start();
            const EditResult r = writer->apply([&] {
                sez::AllocationEdit e;
                e.cadastralNumber = QStringLiteral("N-1");
                e.expectedVersion = i;
                e.values[ParcelField::Jobs] = i + 1;
                e.reason = QStringLiteral("latency");
                return e;
            }());
            QVERIFY2(r.outcome == EditResult::Outcome::Applied, qPrintable(r.message));
            QVERIFY(spy.size() > i || spy.wait(5000));
            latencies.push_back(timer.nsecsElapsed() / 1e6);
            QCOMPARE(spy.at(i).at(0).value<sez::AllocationChange>().id, r.change.id);
        }
        QFETCH_GLOBAL(QString, backend);
        qInfo("%s: an edit reaches another desk's watcher in %.1f ms (median of %d), 95th percentile %.1f ms, max %.1f ms",
              qPrintable(backend), percentile(latencies, 0.5), edits, percentile(latencies, 0.95), percentile(latencies, 1.0));
    }
};

QTEST_GUILESS_MAIN(TestRegisterLoad)
#include "tst_register_load.moc"
