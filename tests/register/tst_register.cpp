// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation register, one test body on both backends: a SQLite file and the throwaway PostgreSQL
// cluster of scripts/test.sh (skipped with a message when SEZ_TEST_PG is not set, failed when
// SEZ_TEST_PG_REQUIRED=1 says it must run).
#include "registerfixture.h"

#include "core/register/allocationfields.h"
#include "core/register/registerconnection_p.h"
#include "core/register/registerwatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using sez::AllocationChange;
using sez::AllocationEdit;
using sez::AllocationRecord;
using sez::EditResult;
using sez::ParcelField;

namespace {

using Outcome = EditResult::Outcome;

const QString kParcel = QStringLiteral("03-047-125-001");

AllocationEdit edit(const QString &parcel, qint64 version, std::map<ParcelField, QVariant> values,
                    const QString &reason = QStringLiteral("Akimat decision No. 117 of 2025-03-14"))
{
    AllocationEdit e;
    e.cadastralNumber = parcel;
    e.expectedVersion = version;
    e.values = std::move(values);
    e.reason = reason;
    return e;
}

// Runs one statement of the test's own on a raw connection to the register, as \a role would by hand.
QSqlError rawExec(const sez::RegisterLocation &location, const QString &sql)
{
    sez::RegisterConnection c(location);
    QString error;
    if (!c.open(&error))
        return QSqlError(error, error, QSqlError::ConnectionError);
    QSqlQuery q(c.database());
    q.exec(sql);
    return q.lastError();
}

qint64 count(const sez::RegisterLocation &location, const QString &sql)
{
    sez::RegisterConnection c(location);
    QString error;
    if (!c.open(&error))
        return -1;
    QSqlQuery q(c.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRegister : public QObject
{
    Q_OBJECT

    RegisterFixture mFixture;

private Q_SLOTS:
    void initTestCase_data() { addRegisterBackends(); }

    void init()
    {
        SEZ_REGISTER_INIT(mFixture);
    }

    void cleanup() { mFixture.tearDown(); }

    void setAndReadBack()
    {
        auto reg = mFixture.open();
        QVERIFY(reg);
        QVERIFY2(reg->canWrite(), qPrintable(reg->readOnlyReason()));
        AllocationRecord before;
        QString error;
        QVERIFY2(reg->record(kParcel, &before, &error), qPrintable(error));
        QCOMPARE(before.version, 0);
        QVERIFY(before.values.empty());

        const EditResult r = reg->apply(edit(kParcel, 0, {
            {ParcelField::Status, QStringLiteral("allocated")},
            {ParcelField::Investor, QStringLiteral("ТОО «Алатау Агро» — Қазақстан")},
            {ParcelField::Project, QStringLiteral("Greenhouse complex")},
            {ParcelField::InvestmentKzt, 12'500'000'000.5},
            {ParcelField::Jobs, 240},
            {ParcelField::LeaseStart, QDate(2025, 4, 1)},
            {ParcelField::LeaseEnd, QDate(2074, 3, 31)},
            {ParcelField::PowerKw, 2500},
            {ParcelField::WaterM3Day, 180.5},
            {ParcelField::Gas, QStringLiteral("yes")}}));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(r.message));
        QCOMPARE(r.change.version, 1);
        QVERIFY(r.change.id > 0);
        QCOMPARE(r.change.author, QStringLiteral("officer"));
        QVERIFY(qAbs(r.change.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // A second connection reads back exactly what was written, typed.
        auto other = mFixture.open(QStringLiteral("officer2"));
        QVERIFY(other);
        AllocationRecord after;
        QVERIFY2(other->record(kParcel, &after, &error), qPrintable(error));
        QCOMPARE(after.version, 1);
        QCOMPARE(after.values.at(ParcelField::Status).toString(), QStringLiteral("allocated"));
        QCOMPARE(after.values.at(ParcelField::Investor).toString(), QStringLiteral("ТОО «Алатау Агро» — Қазақстан"));
        QCOMPARE(after.values.at(ParcelField::InvestmentKzt).toDouble(), 12'500'000'000.5);
        QCOMPARE(after.values.at(ParcelField::Jobs).toLongLong(), 240);
        QCOMPARE(after.values.at(ParcelField::LeaseStart).toDate(), QDate(2025, 4, 1));
        QCOMPARE(after.values.at(ParcelField::LeaseEnd).toDate(), QDate(2074, 3, 31));
        QCOMPARE(after.values.at(ParcelField::WaterM3Day).toDouble(), 180.5);
        QCOMPARE(after.values.at(ParcelField::Gas).toString(), QStringLiteral("yes"));
        QVERIFY(!after.values.count(ParcelField::ProjectKk));   // never recorded: the source's shows
        QCOMPARE(after.updatedBy, QStringLiteral("officer"));
        QCOMPARE(after.updatedAt, r.change.changedAt);

        std::vector<AllocationRecord> all;
        QVERIFY(other->records(&all, &error));
        QCOMPARE(all.size(), std::size_t(1));
        QStringList investors;
        QVERIFY(other->recordedValues(ParcelField::Investor, &investors, &error));
        QCOMPARE(investors, QStringList{QStringLiteral("ТОО «Алатау Агро» — Қазақстан")});

        // The same values again change nothing and record nothing.
        const EditResult same = reg->apply(edit(kParcel, 1, {{ParcelField::Jobs, 240}}));
        QCOMPARE(int(same.outcome), int(Outcome::Unchanged));
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(kParcel, &history, &error));
        QCOMPARE(history.size(), std::size_t(1));
    }

    void invalidEditsRefused()
    {
        auto reg = mFixture.open();
        QVERIFY(reg);
        EditResult r = reg->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("free")}}, QStringLiteral("  ")));
        QCOMPARE(int(r.outcome), int(Outcome::Invalid));
        QVERIFY(r.message.contains(QStringLiteral("reason")));
        r = reg->apply(edit(kParcel, 0, {{ParcelField::Zone, QStringLiteral("industrial")}}));
        QCOMPARE(int(r.outcome), int(Outcome::Invalid));
        r = reg->apply(edit(kParcel, 0, {{ParcelField::LeaseStart, QDate(2030, 1, 1)}, {ParcelField::LeaseEnd, QDate(2029, 1, 1)}}));
        QCOMPARE(int(r.outcome), int(Outcome::Invalid));
        QVERIFY(r.message.contains(QStringLiteral("2029-01-01")));
        QString error;
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(QString(), &history, &error));
        QVERIFY(history.empty());
    }

    void historyCompleteAndAppendOnly()
    {
        auto reg = mFixture.open();
        QVERIFY(reg);
        const QStringList statuses = {QStringLiteral("reserved"), QStringLiteral("allocated"), QStringLiteral("under_construction")};
        for (int i = 0; i < statuses.size(); ++i) {
            std::map<ParcelField, QVariant> values{{ParcelField::Status, statuses[i]}};
            if (i == 1)
                values[ParcelField::Investor] = QStringLiteral("Alatau Logistics LLP");
            const EditResult r = reg->apply(edit(kParcel, i, values, QStringLiteral("decision %1").arg(i + 1)));
            QVERIFY2(r.outcome == Outcome::Applied, qPrintable(r.message));
        }
        QVERIFY(reg->apply(edit(QStringLiteral("03-047-125-002"), 0, {{ParcelField::Status, QStringLiteral("reserved")}})).outcome
                == Outcome::Applied);

        QString error;
        std::vector<AllocationChange> history;
        QVERIFY2(reg->history(kParcel, &history, &error), qPrintable(error));
        QCOMPARE(history.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            const AllocationChange &c = history[std::size_t(i)];
            QCOMPARE(c.version, i + 1);
            QCOMPARE(c.cadastralNumber, kParcel);
            QCOMPARE(c.reason, QStringLiteral("decision %1").arg(i + 1));
            QCOMPARE(c.author, QStringLiteral("officer"));
            QCOMPARE(c.fields.front().field, ParcelField::Status);
            QCOMPARE(c.fields.front().newValue, statuses[i]);
            // The chain is complete: each change starts from the value the one before left.
            QCOMPARE(c.fields.front().oldValue, i == 0 ? QString() : statuses[i - 1]);
            QCOMPARE(c.fields.front().oldValue.isNull(), i == 0);
        }
        QCOMPARE(history[1].fields.size(), std::size_t(2));
        QCOMPARE(history[1].fields[1].field, ParcelField::Investor);
        QVERIFY(history[0].changedAt <= history[2].changedAt);
        std::vector<AllocationChange> all;
        QVERIFY(reg->history(QString(), &all, &error));
        QCOMPARE(all.size(), std::size_t(4));
        std::vector<AllocationChange> since;
        QVERIFY(reg->changesBetween(history[0].changedAt, QDateTime(), &since, &error));
        QCOMPARE(since.size(), std::size_t(4));
        QVERIFY(reg->changesBetween(history[0].changedAt.addDays(-2), history[0].changedAt.addDays(-1), &since, &error));
        QCOMPARE(since.size(), std::size_t(4));

        // Nobody rewrites history, not even by hand: the officer has no right to, the owner meets a trigger.
        const QString update = QStringLiteral("UPDATE allocation_change SET reason = 'forged' WHERE id = %1").arg(history[0].id);
        const QSqlError byOfficer = rawExec(mFixture.location(), update);
        QVERIFY(byOfficer.isValid());
        if (mFixture.postgres()) {
            QCOMPARE(byOfficer.nativeErrorCode(), QStringLiteral("42501"));
            const QSqlError byOwner = rawExec(mFixture.location(QStringLiteral("sez_admin")), update);
            QVERIFY(byOwner.databaseText().contains(QStringLiteral("append-only")));
            QVERIFY(rawExec(mFixture.location(QStringLiteral("sez_admin")), QStringLiteral("TRUNCATE allocation_change_value"))
                        .databaseText().contains(QStringLiteral("append-only")));
        } else {
            QVERIFY(byOfficer.databaseText().contains(QStringLiteral("append-only")));
        }
        const QString owner = mFixture.postgres() ? QStringLiteral("sez_admin") : QStringLiteral("officer");
        QVERIFY(rawExec(mFixture.location(owner), QStringLiteral("DELETE FROM allocation_change_value")).isValid());
        QVERIFY(rawExec(mFixture.location(owner), QStringLiteral("DELETE FROM allocation")).isValid());
        // Nor moves an allocation without its history row.
        const QSqlError silent = rawExec(mFixture.location(owner),
                                         QStringLiteral("UPDATE allocation SET status = 'free', version = version + 1"));
        QVERIFY(silent.databaseText().contains(QStringLiteral("history")));
        QVERIFY(reg->history(kParcel, &history, &error));
        QCOMPARE(history.size(), std::size_t(6));   // appended to the earlier vector: 3 + 3, nothing lost
        QCOMPARE(history[3].reason, QStringLiteral("decision 1"));
        AllocationRecord record;
        QVERIFY(reg->record(kParcel, &record, &error));
        QCOMPARE(record.values.at(ParcelField::Status).toString(), QStringLiteral("under_construction"));
    }

    void undoRecordsAReversal()
    {
        auto reg = mFixture.open();
        QVERIFY(reg);
        const EditResult first = reg->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("reserved")}}));
        const EditResult second = reg->apply(edit(kParcel, 1, {{ParcelField::Status, QStringLiteral("allocated")},
                                                               {ParcelField::Investor, QStringLiteral("Alatau Logistics LLP")},
                                                               {ParcelField::Jobs, 120}}));
        QVERIFY2(second.outcome == Outcome::Applied, qPrintable(second.message));

        const EditResult undone = reg->undo(second.change.id, QStringLiteral("Decision No. 117 revoked by No. 130"));
        QVERIFY2(undone.outcome == Outcome::Applied, qPrintable(undone.message));
        QCOMPARE(undone.change.version, 3);
        QCOMPARE(undone.change.undoes, second.change.id);
        QCOMPARE(undone.current.values.at(ParcelField::Status).toString(), QStringLiteral("reserved"));
        // Fields the undone change introduced go back to the source's values.
        QVERIFY(!undone.current.values.count(ParcelField::Investor));
        QVERIFY(!undone.current.values.count(ParcelField::Jobs));

        QString error;
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(kParcel, &history, &error));
        QCOMPARE(history.size(), std::size_t(3));   // nothing removed: the undo is a change of its own
        QCOMPARE(history[2].undoes, second.change.id);
        QCOMPARE(history[2].fields.size(), std::size_t(3));
        QCOMPARE(history[2].fields[0].oldValue, QStringLiteral("allocated"));
        QCOMPARE(history[2].fields[0].newValue, QStringLiteral("reserved"));
        QVERIFY(history[2].fields[1].newValue.isNull());

        // Undoing the first now would overwrite what came after it: refused, nothing recorded.
        const EditResult stale = reg->undo(first.change.id, QStringLiteral("wrong"));
        QVERIFY2(stale.outcome == Outcome::Applied, qPrintable(stale.message));   // status is 'reserved' again, as first left it
        const EditResult again = reg->undo(second.change.id, QStringLiteral("again"));
        QCOMPARE(int(again.outcome), int(Outcome::Conflict));
        QVERIFY(!again.message.isEmpty());
        // Undoing the undo redoes.
        const EditResult redo = reg->undo(stale.change.id, QStringLiteral("back"));
        QVERIFY2(redo.outcome == Outcome::Applied, qPrintable(redo.message));
        QCOMPARE(redo.current.values.at(ParcelField::Status).toString(), QStringLiteral("reserved"));
        QCOMPARE(int(reg->undo(999999, QStringLiteral("x")).outcome), int(Outcome::Invalid));
    }

    void conflictingEditDetected()
    {
        auto officer = mFixture.open(QStringLiteral("officer"));
        auto officer2 = mFixture.open(QStringLiteral("officer2"));
        QVERIFY(officer && officer2);
        QVERIFY(officer->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("free")}})).outcome == Outcome::Applied);
        // Both desks look at version 1 and both decide.
        AllocationRecord seenA, seenB;
        QString error;
        QVERIFY(officer->record(kParcel, &seenA, &error));
        QVERIFY(officer2->record(kParcel, &seenB, &error));
        QCOMPARE(seenA.version, 1);
        const EditResult a = officer->apply(edit(kParcel, seenA.version, {{ParcelField::Status, QStringLiteral("reserved")},
                                                                           {ParcelField::Investor, QStringLiteral("A")}}));
        QVERIFY2(a.outcome == Outcome::Applied, qPrintable(a.message));
        const EditResult b = officer2->apply(edit(kParcel, seenB.version, {{ParcelField::Status, QStringLiteral("allocated")},
                                                                            {ParcelField::Investor, QStringLiteral("B")}}));
        QCOMPARE(int(b.outcome), int(Outcome::Conflict));
        // Both versions are there to choose from: the caller's own, and the newer one with who made it.
        QCOMPARE(b.current.version, 2);
        QCOMPARE(b.current.values.at(ParcelField::Investor).toString(), QStringLiteral("A"));
        QCOMPARE(b.current.updatedBy, QStringLiteral("officer"));
        QVERIFY(b.message.contains(QStringLiteral("officer")));
        QVERIFY(b.message.contains(kParcel));
        // Nothing was overwritten or half-recorded.
        std::vector<AllocationChange> history;
        QVERIFY(officer2->history(kParcel, &history, &error));
        QCOMPARE(history.size(), std::size_t(2));
        // A new parcel taken by both at once: one wins.
        const QString fresh = QStringLiteral("03-047-125-009");
        QVERIFY(officer->apply(edit(fresh, 0, {{ParcelField::Status, QStringLiteral("reserved")}})).outcome == Outcome::Applied);
        QCOMPARE(int(officer2->apply(edit(fresh, 0, {{ParcelField::Status, QStringLiteral("allocated")}})).outcome),
                 int(Outcome::Conflict));
    }

    void observerHearsTheOtherDesk()
    {
        if (!mFixture.postgres()) {
            // Watching a register that is not there yet neither works nor creates it.
            sez::RegisterWatcher early(mFixture.location());
            QString error;
            QVERIFY(!early.start(&error));
            QVERIFY(!QFile::exists(mFixture.location().filePath()));
        }
        auto writer = mFixture.open(QStringLiteral("officer"));
        QVERIFY(writer);
        sez::RegisterWatcher watcher(mFixture.location(QStringLiteral("analyst")));
        QString error;
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QSignalSpy spy(&watcher, &sez::RegisterWatcher::changed);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const EditResult r = writer->apply(edit(kParcel, i, {{ParcelField::Jobs, 10 * (i + 1)}}));
            QVERIFY2(r.outcome == Outcome::Applied, qPrintable(r.message));
            // PostgreSQL notifies as the change commits; a SQLite file is looked at twice a second.
            QVERIFY(spy.size() > i || spy.wait(mFixture.postgres() ? 1000 : 3000));
            qInfo("change %d reached the other desk after %lld ms", i + 1, timer.elapsed());
            const auto heard = spy.at(i).at(0).value<AllocationChange>();
            QCOMPARE(heard.id, r.change.id);
            QCOMPARE(heard.cadastralNumber, kParcel);
            QCOMPARE(heard.version, i + 1);
            QCOMPARE(heard.author, QStringLiteral("officer"));
            QCOMPARE(heard.fields.front().newValue, QString::number(10 * (i + 1)));
        }
        QTest::qWait(200);
        QCOMPARE(spy.size(), 3);   // each change once
    }

    void readOnlyRoleRefused()
    {
        auto officer = mFixture.open();
        QVERIFY(officer);
        QVERIFY(officer->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("free")}})).outcome == Outcome::Applied);
        std::unique_ptr<sez::AllocationRegister> analyst;
        if (mFixture.postgres()) {
            analyst = mFixture.open(QStringLiteral("analyst"));
        } else {
            sez::AllocationRegister::Options options;
            options.readOnly = true;
            QString error;
            analyst = sez::AllocationRegister::open(mFixture.location(), options, &error);
        }
        QVERIFY(analyst);
        QVERIFY(!analyst->canWrite());
        QString error;
        AllocationRecord record;
        QVERIFY(analyst->record(kParcel, &record, &error));   // reading is allowed
        QCOMPARE(record.version, 1);
        const EditResult r = analyst->apply(edit(kParcel, 1, {{ParcelField::Status, QStringLiteral("reserved")}}));
        QCOMPARE(int(r.outcome), int(Outcome::ReadOnly));
        QCOMPARE(r.message, analyst->readOnlyReason());
        if (mFixture.postgres()) {
            QVERIFY(r.message.contains(QStringLiteral("'analyst'")));
            QVERIFY(r.message.contains(QStringLiteral("sezview_officer")));
            // The database refuses it too, whatever a client does.
            const QSqlError direct = rawExec(mFixture.location(QStringLiteral("analyst")),
                                             QStringLiteral("UPDATE allocation SET status = 'reserved'"));
            QCOMPARE(direct.nativeErrorCode(), QStringLiteral("42501"));
        }
        QCOMPARE(int(analyst->undo(1, QStringLiteral("x")).outcome), int(Outcome::ReadOnly));
        QVERIFY(officer->record(kParcel, &record, &error));
        QCOMPARE(record.values.at(ParcelField::Status).toString(), QStringLiteral("free"));

        // The refusal reads in the user's language.
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/sezview_ru.qm")));
        QCoreApplication::installTranslator(&russian);
        std::unique_ptr<sez::AllocationRegister> again;
        if (mFixture.postgres()) {
            again = mFixture.open(QStringLiteral("analyst"));
        } else {
            sez::AllocationRegister::Options options;
            options.readOnly = true;
            again = sez::AllocationRegister::open(mFixture.location(), options, &error);
        }
        QCoreApplication::removeTranslator(&russian);
        QVERIFY(again);
        QVERIFY2(again->readOnlyReason().contains(QStringLiteral("реестр"), Qt::CaseInsensitive), qPrintable(again->readOnlyReason()));
    }

    void killedClientLosesNothingCommitted()
    {
        // A desk editing as fast as it can is killed (SIGKILL) at some moment, mid-transaction or not.
        QProcess client;
        client.start(QStringLiteral(SEZ_REGISTER_CLIENT), {QStringLiteral("loop"), mFixture.location().text(), QStringLiteral("7")});
        QVERIFY(client.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 150 && client.state() == QProcess::Running) {
            client.waitForReadyRead(5000);
            out += client.readAllStandardOutput();
        }
        QVERIFY2(out.count('\n') >= 150, client.readAllStandardError().constData());
        client.kill();
        client.waitForFinished();
        out += client.readAllStandardOutput();

        // Every change it reported committed is there; the register holds nothing half-done.
        auto reg = mFixture.open();
        QVERIFY(reg);
        QString error;
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(QString(), &history, &error));
        std::map<qint64, const AllocationChange *> byId;
        for (const auto &c : history)
            byId[c.id] = &c;
        int reported = 0;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 5 || f[0] != "committed")
                continue;
            ++reported;
            const auto it = byId.find(f[1].toLongLong());
            QVERIFY2(it != byId.end(), line.constData());
            QCOMPARE(it->second->cadastralNumber, QString::fromUtf8(f[2]));
            QCOMPARE(it->second->version, f[3].toLongLong());
            QCOMPARE(it->second->fields.front().newValue, QString::fromUtf8(f[4]));
        }
        QVERIFY(reported >= 150);
        // At most the one commit it did not live to report.
        QVERIFY(int(history.size()) - reported <= 1);
        std::vector<AllocationRecord> records;
        QVERIFY(reg->records(&records, &error));
        qint64 versions = 0;
        for (const AllocationRecord &r : records) {
            versions += r.version;
            QCOMPARE(r.values.at(ParcelField::Jobs).toLongLong(), r.version);   // one +1 per version
        }
        QCOMPARE(versions, qint64(history.size()));
        // And the next desk writes at once: no lock outlives the killed one.
        AllocationRecord p0;
        QVERIFY(reg->record(QStringLiteral("P-0"), &p0, &error));
        const EditResult next = reg->apply(edit(QStringLiteral("P-0"), p0.version, {{ParcelField::Jobs, p0.version + 1}}));
        QVERIFY2(next.outcome == Outcome::Applied, qPrintable(next.message));
    }

    void killedMidTransactionLeavesNothingHalfDone()
    {
        // A desk that has written the history row of an edit but not its allocation dies.
        auto reg = mFixture.open();
        QVERIFY(reg);
        QProcess client;
        client.start(QStringLiteral(SEZ_REGISTER_CLIENT), {QStringLiteral("hold"), mFixture.location().text(), kParcel});
        QVERIFY(client.waitForStarted());
        QByteArray out;
        while (!out.contains("holding") && client.state() == QProcess::Running && client.waitForReadyRead(10000))
            out += client.readAllStandardOutput();
        QVERIFY2(out.contains("holding"), client.readAllStandardError().constData());
        client.kill();
        client.waitForFinished();

        QString error;
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(QString(), &history, &error));
        QVERIFY(history.empty());
        QCOMPARE(count(mFixture.location(), QStringLiteral("SELECT count(*) FROM allocation_change")), 0);
        const EditResult r = reg->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("reserved")}}));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(r.message));
        QCOMPARE(r.change.version, 1);
    }

    void killedInsideAnEditOnTheServer()
    {
        if (!mFixture.postgres())
            QSKIP("PostgreSQL only: it lets the test stop a desk between the history row and the allocation");
        auto reg = mFixture.open();
        QVERIFY(reg);
        QVERIFY(reg->apply(edit(kParcel, 0, {{ParcelField::Status, QStringLiteral("free")}})).outcome == Outcome::Applied);
        // The test holds the allocation table: the desk's edit reads, writes its history row, then waits.
        sez::RegisterConnection blocker(mFixture.location(QStringLiteral("sez_admin")));
        QString error;
        QVERIFY2(blocker.open(&error) && blocker.begin(&error), qPrintable(error));
        QVERIFY2(blocker.exec(QStringLiteral("LOCK TABLE allocation IN EXCLUSIVE MODE"), &error), qPrintable(error));
        QProcess client;
        client.start(QStringLiteral(SEZ_REGISTER_CLIENT), {QStringLiteral("once"), mFixture.location().text(), kParcel});
        QVERIFY(client.waitForStarted());
        bool waiting = false;
        for (int i = 0; i < 200 && !waiting; ++i) {
            // Inside a transaction, the activity view is a snapshot unless cleared.
            QSqlQuery q(blocker.database());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                          "AND query LIKE '%UPDATE allocation SET%' AND datname = current_database()")));
            waiting = q.next() && q.value(0).toInt() == 1;
            if (!waiting)
                QTest::qWait(50);
        }
        QVERIFY2(waiting, "the desk never reached the allocation's update");
        // Its history row is written but not committed.
        {
            QSqlQuery q(blocker.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM allocation_change")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        client.kill();
        client.waitForFinished();
        blocker.rollback();
        std::vector<AllocationChange> history;
        QVERIFY(reg->history(kParcel, &history, &error));
        QCOMPARE(history.size(), std::size_t(1));
        AllocationRecord record;
        QVERIFY(reg->record(kParcel, &record, &error));
        QCOMPARE(record.version, 1);
        QVERIFY(!record.values.count(ParcelField::Jobs));
    }

    void foreignFilesAndNewerSchemasRefused()
    {
        if (mFixture.postgres()) {
            // A database nobody initialised says what to do.
            QString error;
            sez::RegisterLocation bare;
            QVERIFY2(mFixture.emptyDatabase(QStringLiteral("officer"), &bare, &error), qPrintable(error));
            QVERIFY(!sez::AllocationRegister::open(bare, {}, &error));
            QVERIFY2(error.contains(QStringLiteral("register init")), qPrintable(error));
            QVERIFY(rawExec(mFixture.location(QStringLiteral("sez_admin")),
                            QStringLiteral("UPDATE register_meta SET value = '99' WHERE key = 'schema_version'")).type() == QSqlError::NoError);
            QVERIFY(!mFixture.open());
            QVERIFY(!sez::AllocationRegister::open(mFixture.location(), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
            return;
        }
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
        {
            sez::RegisterConnection c(sez::RegisterLocation::sqliteFile(foreign));
            QString error;
            QVERIFY(c.open(&error) && c.exec(QStringLiteral("CREATE TABLE t (x)"), &error));
        }
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QString error;
        QVERIFY(!sez::AllocationRegister::open(sez::RegisterLocation::sqliteFile(foreign), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a sezview register")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile notes(text);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("Not a database at all, just some notes.\n");
        }
        QVERIFY(!sez::AllocationRegister::open(sez::RegisterLocation::sqliteFile(text), {}, &error));
        QCOMPARE(QFile(text).size(), 40);   // untouched
        QVERIFY(mFixture.open());   // creates the register
        QVERIFY(rawExec(mFixture.location(), QStringLiteral("UPDATE register_meta SET value = '99' WHERE key = 'schema_version'")).type()
                == QSqlError::NoError);
        QVERIFY(!sez::AllocationRegister::open(mFixture.location(), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void locationsParsed()
    {
        sez::RegisterLocation l;
        QString error;
        QVERIFY(sez::RegisterLocation::parse(QStringLiteral("postgresql://officer@db.akimat.kz:5433/sez?sslmode=verify-full"), &l, &error));
        QCOMPARE(int(l.backend()), int(sez::RegisterLocation::Backend::PostgreSQL));
        QVERIFY(l.parameters().contains({QStringLiteral("sslmode"), QStringLiteral("verify-full")}));
        QVERIFY(l.parameters().contains({QStringLiteral("port"), QStringLiteral("5433")}));
        QCOMPARE(l.displayName(), QStringLiteral("officer@db.akimat.kz/sez"));
        QVERIFY(sez::RegisterLocation::parse(QStringLiteral("service=sezview"), &l, &error));
        QCOMPARE(l.displayName(), QStringLiteral("service=sezview"));
        QVERIFY(sez::RegisterLocation::parse(QStringLiteral("sqlite:/tmp/r.sqlite"), &l, &error));
        QCOMPARE(l.filePath(), QStringLiteral("/tmp/r.sqlite"));
        QVERIFY(!sez::RegisterLocation::parse(QStringLiteral("postgresql://officer:secret@db/sez"), &l, &error));
        QVERIFY(error.contains(QStringLiteral(".pgpass")));
        QVERIFY(!error.contains(QStringLiteral("secret")));
        QVERIFY(!sez::RegisterLocation::parse(QStringLiteral("postgresql://db/sez?nonsense=1"), &l, &error));
        QVERIFY(!sez::RegisterLocation::parse(QStringLiteral("register.sqlite"), &l, &error));
        QVERIFY(error.contains(QStringLiteral("sqlite:FILE")));
        QVERIFY(sez::RegisterLocation::defaultLocation().filePath().endsWith(QStringLiteral("/register.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
