// SPDX-License-Identifier: GPL-3.0-or-later
// The feedback object and the shared thread pool: counts from several threads, throttled
// notifications, cancel from another thread, loops that cover every index once.
#include "core/base/feedback.h"
#include "core/base/parallel.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <numeric>
#include <set>
#include <thread>

using namespace sez;

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesAndCounts()
    {
        Feedback feedback;
        QSignalSpy changed(&feedback, &Feedback::changed);
        feedback.beginPhase(QStringLiteral("reading"), 1000, QStringLiteral("parcels"));
        QCOMPARE(changed.size(), 1);
        for (int i = 0; i < 1000; ++i)
            feedback.advance();
        const FeedbackState s = feedback.state();
        QCOMPARE(s.phase, QStringLiteral("reading"));
        QCOMPARE(s.detail, QStringLiteral("parcels"));
        QCOMPARE(s.done, qint64(1000));
        QCOMPARE(s.total, qint64(1000));
        QVERIFY(!s.cancelled);
        // 1000 steps give at most 200 reports (one each 5 steps), and the last one says 1000 of 1000.
        QVERIFY2(changed.size() > 100 && changed.size() <= 202, qPrintable(QString::number(changed.size())));
        const auto last = changed.constLast().constFirst().value<FeedbackState>();
        QCOMPARE(last.done, qint64(1000));

        feedback.beginPhase(QStringLiteral("writing"), 10);
        QCOMPARE(feedback.state().done, qint64(0));
        QCOMPARE(feedback.state().detail, QString());
        feedback.setDone(7);
        QCOMPARE(feedback.state().done, qint64(7));
        QCOMPARE(changed.constLast().constFirst().value<FeedbackState>().done, qint64(7));
    }

    void countsFromManyThreads()
    {
        Feedback feedback;
        std::atomic<int> reports{0};
        std::atomic<int> concurrent{0};
        std::atomic<bool> overlapped{false};
        connect(&feedback, &Feedback::changed, this, [&](const FeedbackState &) {
            if (concurrent.fetch_add(1) != 0)
                overlapped = true;
            ++reports;
            concurrent.fetch_sub(1);
        }, Qt::DirectConnection);
        const qint64 n = 200'000;
        feedback.beginPhase(QStringLiteral("computing"), n);
        parallelFor(n, 1000, [&](qint64 begin, qint64 end) {
            for (qint64 i = begin; i < end; ++i)
                feedback.advance();
        });
        QCOMPARE(feedback.state().done, n);
        QVERIFY(!overlapped);
        QVERIFY2(reports > 1 && reports <= 250, qPrintable(QString::number(reports)));
    }

    void cancelFromAnotherThread()
    {
        Feedback feedback;
        QSignalSpy changed(&feedback, &Feedback::changed);
        feedback.beginPhase(QStringLiteral("reading"));
        QtConcurrent::run(threadPool(), [&] { feedback.cancel(); }).waitForFinished();
        QVERIFY(feedback.isCancelled());
        QVERIFY(isCancelled(&feedback));
        QVERIFY(!isCancelled(nullptr));
        QVERIFY(feedback.state().cancelled);
        QVERIFY(changed.constLast().constFirst().value<FeedbackState>().cancelled);
    }

    // An observer connected directly runs on the thread that reports. When that is the GUI thread
    // cancelling (a progress dialog's setValue() then spins an event loop, and a paint there can
    // wait for the pool), a worker that reports meanwhile must not wait for the observer to return:
    // it leaves its report to the emitting thread, which emits the latest state once more.
    void reportingNeverWaitsForAnObserver()
    {
        Feedback feedback;
        feedback.beginPhase(QStringLiteral("reading"), 100);
        QSemaphore workerDone;
        bool workerFinishedMeanwhile = false;
        FeedbackState last;
        int calls = 0;
        std::thread worker;
        connect(&feedback, &Feedback::changed, this, [&](const FeedbackState &s) {
            last = s;
            if (!s.cancelled || calls++ > 0)
                return;
            worker = std::thread([&] {
                feedback.beginPhase(QStringLiteral("computing"), 10);
                feedback.setDone(10);
                workerDone.release();
            });
            workerFinishedMeanwhile = workerDone.tryAcquire(1, 20000);
        }, Qt::DirectConnection);
        feedback.cancel();
        worker.join();
        QVERIFY(workerFinishedMeanwhile);
        // The worker's reports were not lost: the last state emitted is where the worker got to.
        QCOMPARE(last.phase, QStringLiteral("computing"));
        QCOMPARE(last.done, qint64(10));
        QCOMPARE(last.total, qint64(10));
        QVERIFY(last.cancelled);
    }

    void unknownTotal()
    {
        Feedback feedback;
        feedback.beginPhase(QStringLiteral("hashing"));
        feedback.advance(5);
        QCOMPARE(feedback.state().done, qint64(5));
        QCOMPARE(feedback.state().total, qint64(0));
        feedback.setTotal(10);
        QCOMPARE(feedback.state().total, qint64(10));
    }

    void rangesCoverEveryIndexOnce_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("minSize");
        QTest::newRow("empty") << qint64(0) << qint64(10);
        QTest::newRow("one") << qint64(1) << qint64(10);
        QTest::newRow("small stays whole") << qint64(99) << qint64(100);
        QTest::newRow("large") << qint64(1'000'003) << qint64(1000);
    }
    void rangesCoverEveryIndexOnce()
    {
        QFETCH(qint64, count);
        QFETCH(qint64, minSize);
        const auto ranges = splitForThreads(count, minSize);
        qint64 next = 0;
        for (const IndexRange &r : ranges) {
            QCOMPARE(r.begin, next);
            QVERIFY(r.end > r.begin);
            next = r.end;
        }
        QCOMPARE(next, count);
        QVERIFY(qint64(ranges.size()) <= std::max(1, threadPool()->maxThreadCount()));
        if (count < 2 * minSize)
            QVERIFY(ranges.size() <= 1);

        std::vector<std::atomic<int>> hits(static_cast<std::size_t>(count));
        parallelFor(count, minSize, [&](qint64 begin, qint64 end) {
            for (qint64 i = begin; i < end; ++i)
                ++hits[std::size_t(i)];
        });
        for (const auto &h : hits)
            QCOMPARE(h.load(), 1);
    }

    void loopInsideABusyPool()
    {
        // Every pool thread runs a loop of its own: the loops must not wait for free threads.
        const int threads = threadPool()->maxThreadCount();
        std::atomic<qint64> sum{0};
        std::vector<QFuture<void>> outer;
        for (int t = 0; t < threads + 1; ++t)
            outer.push_back(QtConcurrent::run(threadPool(), [&] {
                runParallel(50, [&](qint64 task) { sum += task; });
            }));
        for (auto &f : outer)
            f.waitForFinished();
        QCOMPARE(sum.load(), qint64(threads + 1) * (49 * 50 / 2));
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
