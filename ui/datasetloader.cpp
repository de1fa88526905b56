// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/cache/parcelcache.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sez {

DatasetLoader::DatasetLoader(QObject *parent)
    : QObject(parent)
{
}

DatasetLoader::~DatasetLoader()
{
    // The worker reports into a feedback this object listens to; it must end before we do.
    cancel();
    waitForFinished();
}

void DatasetLoader::start(const QString &path, const QString &cachePath)
{
    if (isRunning()) {
        cancel();
        waitForFinished();
    }
    mPath = path;
    mCache.reset();
    auto feedback = std::make_shared<Feedback>();
    mFeedback = feedback;
    // Delivered queued, also when cancel() emits it here: the progress dialog's setValue() spins an
    // event loop, which must not run inside cancel(). At most a few hundred a phase.
    connect(feedback.get(), &Feedback::changed, this, [this, source = feedback.get()](const FeedbackState &s) {
        if (mFeedback.get() == source)
            Q_EMIT progress(s.phase, s.done, s.total);
    }, Qt::QueuedConnection);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    mWatcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, feedback] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (mWatcher == watcher)
            mWatcher = nullptr;
        const bool cancelled = feedback->isCancelled();
        if (outcome.cache && !cancelled) {
            mCache = outcome.cache;
            Q_EMIT finished(true, {}, false);
        } else {
            Q_EMIT finished(false, outcome.error, cancelled);
        }
    });

    watcher->setFuture(QtConcurrent::run(threadPool(), [path, cachePath, feedback, hold = mBeforeDeferredWrite, holdDerive = mBeforeDerive] {
        ParcelCache::Options options;
        options.cachePath = cachePath;
        options.feedback = feedback.get();
        options.deferWrite = true;
        options.beforeDeferredWrite = hold;
        options.beforeDerive = holdDerive;
        Outcome outcome;
        outcome.cache = std::shared_ptr<ParcelCache>(ParcelCache::open(path, options, &outcome.error).release());
        return outcome;
    }));
}

void DatasetLoader::cancel()
{
    if (mFeedback)
        mFeedback->cancel();
}

bool DatasetLoader::isRunning() const
{
    return mWatcher != nullptr;
}

void DatasetLoader::waitForFinished()
{
    if (mWatcher)
        mWatcher->waitForFinished();
}

std::shared_ptr<ParcelCache> DatasetLoader::takeCache()
{
    return std::move(mCache);
}

} // namespace sez
