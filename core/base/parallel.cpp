// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/parallel.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>

namespace sez {

QThreadPool *threadPool()
{
    return QThreadPool::globalInstance();
}

std::vector<IndexRange> splitForThreads(qint64 count, qint64 minSize)
{
    std::vector<IndexRange> ranges;
    if (count <= 0)
        return ranges;
    const qint64 threads = std::max(1, threadPool()->maxThreadCount());
    const qint64 parts = std::clamp<qint64>(count / std::max<qint64>(1, minSize), 1, threads);
    const qint64 size = (count + parts - 1) / parts;
    for (qint64 begin = 0; begin < count; begin += size)
        ranges.push_back({begin, std::min(count, begin + size)});
    return ranges;
}

void runParallel(qint64 tasks, const std::function<void(qint64 task)> &body)
{
    std::atomic<qint64> next{0};
    auto drain = [&] {
        for (qint64 task = next.fetch_add(1); task < tasks; task = next.fetch_add(1))
            body(task);
    };
    // Helpers are queued on the pool while this thread starts on the tasks itself. A helper the
    // busy pool has not started yet is run here by waitForFinished() and finds nothing left to do,
    // so nothing ever waits for a free thread.
    const qint64 helpers = std::min<qint64>(tasks - 1, threadPool()->maxThreadCount());
    std::vector<QFuture<void>> running;
    for (qint64 i = 0; i < helpers; ++i)
        running.push_back(QtConcurrent::run(threadPool(), drain));
    drain();
    for (QFuture<void> &f : running)
        f.waitForFinished();
}

void parallelFor(qint64 count, qint64 minSize, const std::function<void(qint64 begin, qint64 end)> &body)
{
    const std::vector<IndexRange> ranges = splitForThreads(count, minSize);
    runParallel(qint64(ranges.size()), [&](qint64 task) {
        const IndexRange &r = ranges[std::size_t(task)];
        body(r.begin, r.end);
    });
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace sez
