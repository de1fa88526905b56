// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/feedback.h"

#include <QMetaMethod>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace sez {

namespace {

// Reports within a phase: enough for a smooth bar, few enough that a queued observer is not flooded.
constexpr qint64 kReportsPerPhase = 200;
// The step between reports while the total is unknown.
constexpr qint64 kUnknownTotalStep = 4096;

qint64 reportStep(qint64 total)
{
    return total > 0 ? std::max<qint64>(1, total / kReportsPerPhase) : kUnknownTotalStep;
}

// The fault-injection tests kill a process at a named point of a long task. SEZ_TEST_PAUSE_AT set
// to "PHASE" or "PHASE:DONE" stops the task there (for good): it says so on stderr, and the test,
// which waits for that line, kills it. Read once; without the variable this costs one comparison.
struct PausePoint
{
    QString phase;
    qint64 done = 0;
    PausePoint()
    {
        const QString spec = qEnvironmentVariable("SEZ_TEST_PAUSE_AT");
        phase = spec.section(QLatin1Char(':'), 0, 0);
        done = spec.section(QLatin1Char(':'), 1, 1).toLongLong();
    }
};

void pauseIfAsked(const FeedbackState &s)
{
    static const PausePoint point;
    if (point.phase.isEmpty() || s.phase != point.phase || s.done < point.done)
        return;
    std::fprintf(stderr, "sezview: paused at %s %lld\n", qPrintable(s.phase), static_cast<long long>(s.done));
    std::fflush(stderr);
    for (;;)
        ::pause();
}

} // namespace

Feedback::Feedback(QObject *parent)
    : QObject(parent)
{
}

Feedback::~Feedback() = default;

void Feedback::beginPhase(const QString &phase, qint64 total, const QString &detail)
{
    {
        QMutexLocker lock(&mPhaseMutex);
        mPhase = phase;
        mDetail = detail;
        mTotal.store(std::max<qint64>(0, total));
        mDone.store(0);
        mNextReport.store(reportStep(total));
    }
    notify();
}

void Feedback::setTotal(qint64 total)
{
    mTotal.store(std::max<qint64>(0, total));
    mNextReport.store(std::min(mNextReport.load(), mDone.load() + reportStep(total)));
}

void Feedback::setDone(qint64 done)
{
    mDone.store(done, std::memory_order_relaxed);
    reached(done);
}

void Feedback::advance(qint64 steps)
{
    reached(mDone.fetch_add(steps, std::memory_order_relaxed) + steps);
}

void Feedback::reached(qint64 done)
{
    qint64 next = mNextReport.load(std::memory_order_relaxed);
    const qint64 total = mTotal.load(std::memory_order_relaxed);
    if (done < next && done != total)
        return;
    // One of the threads that crossed the mark reports; the others go on.
    if (done >= next && !mNextReport.compare_exchange_strong(next, done + reportStep(total)))
        return;
    notify();
}

void Feedback::cancel()
{
    if (!mCancelled.exchange(true))
        notify();
}

FeedbackState Feedback::state() const
{
    FeedbackState s;
    {
        QMutexLocker lock(&mPhaseMutex);
        s.phase = mPhase;
        s.detail = mDetail;
    }
    s.total = mTotal.load();
    s.done = std::min(mDone.load(), s.total > 0 ? s.total : mDone.load());
    s.cancelled = mCancelled.load();
    return s;
}

void Feedback::notify()
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Feedback::changed);
    static const bool pausing = qEnvironmentVariableIsSet("SEZ_TEST_PAUSE_AT");
    if (pausing)
        pauseIfAsked(state());
    if (!isSignalConnected(signal))
        return;
    // A report that finds another one being emitted leaves itself to the emitting thread, which
    // emits the latest state once more when its observers return: observers never run concurrently,
    // and no thread ever waits for one. (A direct observer on the GUI thread may spin an event loop,
    // as a modal progress dialog's setValue() does, and a paint there may wait for the pool threads
    // that are reporting.) The emitter checks mPending after unlocking, and a reporter sets it before
    // trying the lock, so one of the two always sees the other.
    mPending.store(true);
    while (mPending.load()) {
        if (!mNotifyMutex.tryLock())
            return;
        if (mPending.exchange(false))
            Q_EMIT changed(state());
        mNotifyMutex.unlock();
    }
}

} // namespace sez
