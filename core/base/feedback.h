// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QRecursiveMutex>
#include <QString>

#include <atomic>

namespace sez {

/// Where a long task is: its phase, how far into it, and whether it was asked to stop.
struct FeedbackState
{
    QString phase;          ///< a stable key ("reading", "computing", "writing", ...); the GUI words it
    QString detail;         ///< what the phase works on, e.g. the layer being read; may be empty
    qint64 done = 0;
    qint64 total = 0;       ///< 0 while unknown
    bool cancelled = false;
};

/// Progress and cancellation of one long task (an import, a report, a generated dataset), shared by
/// the code doing the work and whoever watches it.
///
/// The worker names each phase with beginPhase() and counts with setDone() or advance(); both are
/// cheap (one atomic operation) and safe from several threads at once, so they belong inside the
/// loops, once per feature or row. The loops also ask isCancelled() and stop when it is true;
/// cancel() may come from any thread.
///
/// Observers connect to changed(): it is emitted at each new phase and at most a few hundred times
/// within one, never concurrently, so a direct connection (a command-line progress line) needs no
/// locking of its own, and a queued one (a progress dialog) is not flooded. It is emitted on a
/// reporting thread: the one that reported, or, when another thread was emitting at that moment,
/// that thread, with the latest state. Reporting never waits for an observer.
class Feedback : public QObject
{
    Q_OBJECT

public:
    explicit Feedback(QObject *parent = nullptr);
    ~Feedback() override;

    /// Starts \a phase with \a total steps (0: unknown) and \a done back at 0.
    void beginPhase(const QString &phase, qint64 total = 0, const QString &detail = {});
    void setTotal(qint64 total);
    void setDone(qint64 done);
    void advance(qint64 steps = 1);

    /// Asks the task to stop; it does so at its next check.
    void cancel();
    bool isCancelled() const { return mCancelled.load(std::memory_order_relaxed); }

    FeedbackState state() const;

Q_SIGNALS:
    void changed(const sez::FeedbackState &state);

private:
    void reached(qint64 done);
    void notify();

    std::atomic<qint64> mDone{0};
    std::atomic<qint64> mTotal{0};
    std::atomic<qint64> mNextReport{0};
    std::atomic<bool> mCancelled{false};
    mutable QMutex mPhaseMutex;        // guards mPhase and mDetail
    QString mPhase;
    QString mDetail;
    QRecursiveMutex mNotifyMutex;      // held while emitting: one emission at a time
    std::atomic<bool> mPending{false}; // a state not emitted yet (see notify())
};

/// True when \a feedback exists and was cancelled: for code whose feedback is optional.
inline bool isCancelled(const Feedback *feedback)
{
    return feedback && feedback->isCancelled();
}

} // namespace sez

Q_DECLARE_METATYPE(sez::FeedbackState)
