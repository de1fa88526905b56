// SPDX-License-Identifier: GPL-3.0-or-later
// A desk for the register's tests to kill: it edits a register from a process of its own.
//   registerclient loop ADDRESS PARCELS   adds 1 to the jobs of parcels P-0..P-(PARCELS-1) in turn, for
//                                         ever, printing "committed ID PARCEL VERSION JOBS" after each commit
//   registerclient once ADDRESS PARCEL    one edit (jobs + 1), then prints the outcome
//   registerclient hold ADDRESS PARCEL    writes half an edit (the history row, not the allocation) in a
//                                         transaction, prints "holding" and waits to be killed
#include "core/register/allocationregister.h"
#include "core/register/registerconnection_p.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "registerclient: %s\n", qPrintable(message));
    return 1;
}

// The edit that adds 1 to a parcel's jobs, from the version read now.
bool nextEdit(sez::AllocationRegister &reg, const QString &parcel, const QString &reason, sez::AllocationEdit *edit, QString *error)
{
    sez::AllocationRecord record;
    if (!reg.record(parcel, &record, error))
        return false;
    edit->cadastralNumber = parcel;
    edit->expectedVersion = record.version;
    const auto jobs = record.values.find(sez::ParcelField::Jobs);
    edit->values[sez::ParcelField::Jobs] = (jobs == record.values.end() ? 0 : jobs->second.toLongLong()) + 1;
    edit->reason = reason;
    return true;
}

int loop(const sez::RegisterLocation &location, int parcels)
{
    QString error;
    auto reg = sez::AllocationRegister::open(location, {}, &error);
    if (!reg)
        return fail(error);
    for (qint64 n = 0;; ++n) {
        const QString parcel = QStringLiteral("P-%1").arg(n % parcels);
        sez::AllocationEdit edit;
        if (!nextEdit(*reg, parcel, QStringLiteral("decision %1").arg(n), &edit, &error))
            return fail(error);
        const sez::EditResult r = reg->apply(edit);
        if (r.outcome != sez::EditResult::Outcome::Applied)
            return fail(r.message);
        std::printf("committed %lld %s %lld %lld\n", r.change.id, qPrintable(parcel), r.change.version,
                    edit.values[sez::ParcelField::Jobs].toLongLong());
        std::fflush(stdout);
    }
}

int once(const sez::RegisterLocation &location, const QString &parcel)
{
    QString error;
    auto reg = sez::AllocationRegister::open(location, {}, &error);
    if (!reg)
        return fail(error);
    sez::AllocationEdit edit;
    if (!nextEdit(*reg, parcel, QStringLiteral("decision once"), &edit, &error))
        return fail(error);
    std::printf("started\n");
    std::fflush(stdout);
    const sez::EditResult r = reg->apply(edit);
    std::printf("outcome %d\n", int(r.outcome));
    return 0;
}

int hold(const sez::RegisterLocation &location, const QString &parcel)
{
    sez::RegisterConnection c(location);
    QString error;
    if (!c.open(&error) || !c.begin(&error))
        return fail(error);
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("INSERT INTO allocation_change (cadastral_number, version, reason, author) VALUES (?, 1, 'half', 'half')"));
    q.addBindValue(parcel);
    if (!q.exec())
        return fail(c.describe(q.lastError()));
    std::printf("holding\n");
    std::fflush(stdout);
    QThread::sleep(600);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: registerclient loop|once|hold ADDRESS ARG"));
    sez::RegisterLocation location;
    QString error;
    if (!sez::RegisterLocation::parse(args[2], &location, &error))
        return fail(error);
    if (args[1] == QLatin1String("loop"))
        return loop(location, args[3].toInt());
    if (args[1] == QLatin1String("once"))
        return once(location, args[3]);
    if (args[1] == QLatin1String("hold"))
        return hold(location, args[3]);
    return fail(QStringLiteral("unknown mode ") + args[1]);
}
