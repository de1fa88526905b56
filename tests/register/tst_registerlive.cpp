// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks: a change one records reaches the other's store (the overlaid snapshot, not only the
// watcher's signal), on both backends.
#include "registerfixture.h"

#include "../core/storefixture.h"

#include "core/register/liveregisteroverlay.h"
#include "core/register/registeroverlay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using sez::AllocationEdit;
using sez::EditResult;
using sez::LiveRegisterOverlay;
using sez::ParcelField;
using sez::RegisterOverlay;

class TestRegisterLive : public QObject
{
    Q_OBJECT

    RegisterFixture mFixture;
    std::shared_ptr<const sez::ParcelStore> mSource;
    qint64 mRow = -1;
    QString mParcel;

    AllocationEdit edit(qint64 version, const QString &status) const
    {
        AllocationEdit e;
        e.cadastralNumber = mParcel;
        e.expectedVersion = version;
        e.values = {{ParcelField::Status, status}};
        e.reason = QStringLiteral("Akimat decision No. 12 of 2025-05-20");
        return e;
    }

    // The next updated() of \a live, within \a ms.
    static bool nextUpdate(QSignalSpy &spy, int ms) { return spy.wait(ms); }

private Q_SLOTS:
    void initTestCase_data() { addRegisterBackends(); }

    void initTestCase()
    {
        QString error;
        mSource = sez::test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mSource, qPrintable(error));
        for (qint64 r = 0; r < mSource->size() && mRow < 0; ++r)
            if (mSource->value(r, ParcelField::Status).toString() == QLatin1String("free"))
                mRow = r;
        QVERIFY(mRow >= 0);
        mParcel = mSource->value(mRow, ParcelField::CadastralNumber).toString();
    }

    void init() { SEZ_REGISTER_INIT(mFixture); }
    void cleanup() { mFixture.tearDown(); }

    void otherDeskChangeReachesTheStore()
    {
        auto officer = mFixture.open(QStringLiteral("officer"));
        QVERIFY(officer);
        QVERIFY(officer->apply(edit(0, QStringLiteral("reserved"))).outcome == EditResult::Outcome::Applied);

        // The analyst's desk: what it reads first already has the register's value.
        LiveRegisterOverlay live(mFixture.location(QStringLiteral("analyst")));
        QSignalSpy spy(&live, &LiveRegisterOverlay::updated);
        QSignalSpy failures(&live, &LiveRegisterOverlay::failed);
        QString error;
        QVERIFY2(live.startWatching(&error), qPrintable(error));
        live.setSource(mSource);
        QVERIFY(nextUpdate(spy, 10000));
        QVERIFY(spy.takeFirst().at(2).toBool());   // a full read
        QVERIFY(live.overlay());
        QCOMPARE(live.overlay()->store()->value(mRow, ParcelField::Status).toString(), QStringLiteral("reserved"));

        // The officer's next changes reach the analyst's store.
        const QStringList statuses = {QStringLiteral("allocated"), QStringLiteral("under_construction")};
        for (int i = 0; i < statuses.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const EditResult r = officer->apply(edit(i + 1, statuses[i]));
            QVERIFY2(r.outcome == EditResult::Outcome::Applied, qPrintable(r.message));
            // PostgreSQL notifies at the commit; a SQLite file is looked at twice a second.
            QVERIFY(nextUpdate(spy, mFixture.postgres() ? 1000 : 3000));
            qInfo("change %d reached the other desk's store after %lld ms", i + 1, timer.elapsed());
            const auto arguments = spy.takeFirst();
            QVERIFY(!arguments.at(2).toBool());
            QCOMPARE(arguments.at(1).value<std::vector<qint64>>(), std::vector<qint64>{mRow});
            const auto overlay = live.overlay();
            QCOMPARE(overlay->store()->value(mRow, ParcelField::Status).toString(), statuses[i]);
            QCOMPARE(overlay->record(mRow).version, i + 2);
            QCOMPARE(overlay->record(mRow).updatedBy, QStringLiteral("officer"));
        }
        QVERIFY(failures.isEmpty());
    }

    void ownChangeAppliedAtOnceAndOnlyOnce()
    {
        auto officer = mFixture.open(QStringLiteral("officer"));
        QVERIFY(officer);
        LiveRegisterOverlay live(mFixture.location(QStringLiteral("officer")));
        QSignalSpy spy(&live, &LiveRegisterOverlay::updated);
        QString error;
        QVERIFY2(live.startWatching(&error), qPrintable(error));
        live.setSource(mSource);
        QVERIFY(nextUpdate(spy, 10000));
        spy.clear();
        const EditResult r = officer->apply(edit(0, QStringLiteral("allocated")));
        QVERIFY2(r.outcome == EditResult::Outcome::Applied, qPrintable(r.message));
        live.recordCommitted(r.current);
        QVERIFY(nextUpdate(spy, 1000));
        QCOMPARE(live.overlay()->store()->value(mRow, ParcelField::Status).toString(), QStringLiteral("allocated"));
        // Hearing of the same change from the register afterwards makes no second snapshot.
        QTest::qWait(mFixture.postgres() ? 600 : 1200);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegisterLive)
#include "tst_registerlive.moc"
