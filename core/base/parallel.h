// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

class QThreadPool;

namespace sez {

/// A run of indices [begin, end).
struct IndexRange
{
    qint64 begin = 0;
    qint64 end = 0;
};

/// The one thread pool every background task and parallel loop of sezview runs on: Qt's global
/// pool (QtConcurrent::run uses it by default), sized to the cores.
QThreadPool *threadPool();

/// Cuts [0, count) into contiguous ranges, one for each thread of the pool, none shorter than
/// \a minSize (so small inputs stay on one thread). Empty when \a count is 0.
std::vector<IndexRange> splitForThreads(qint64 count, qint64 minSize);

/// Runs \a body(task) for every task in [0, tasks) on the pool and returns when all have run. The
/// calling thread takes tasks too, so this never waits for a pool that is busy, even when called
/// from one of its threads. Tasks run concurrently: \a body must only share what it may.
void runParallel(qint64 tasks, const std::function<void(qint64 task)> &body);

/// Runs \a body(begin, end) over splitForThreads(count, minSize), in parallel.
void parallelFor(qint64 count, qint64 minSize, const std::function<void(qint64 begin, qint64 end)> &body);

/// Gives the pages of freed heap memory back to the system (glibc's malloc_trim; nothing elsewhere).
/// For after a large transient structure is freed: glibc keeps large freed blocks in the heap, and
/// a pool thread allocates from a malloc arena of its own that would not reuse another thread's
/// freed blocks, so without it the resident size stays at its peak.
void releaseFreedMemory();

} // namespace sez
