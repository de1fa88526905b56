// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"

#include "core/cache/parcelcache.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sez {

DatasetLoader::DatasetLoader(QObject *parent)
    : QObject(parent)
{
}

DatasetLoader::~DatasetLoader()
{
    // The worker posts progress to this object; it must end before we do.
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
    mCancel = std::make_shared<std::atomic<bool>>(false);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    mWatcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, cancelFlag = mCancel] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (mWatcher == watcher)
            mWatcher = nullptr;
        const bool cancelled = cancelFlag->load();
        if (outcome.cache && !cancelled) {
            mCache = outcome.cache;
            Q_EMIT finished(true, {}, false);
        } else {
            Q_EMIT finished(false, outcome.error, cancelled);
        }
    });

    const auto cancelFlag = mCancel;
    watcher->setFuture(QtConcurrent::run([this, path, cachePath, cancelFlag] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        QString lastPhase;
        ParcelCache::Options options;
        options.cachePath = cachePath;
        options.cancel = cancelFlag.get();
        // At most about 20 reports a second reach the GUI thread, plus every change of phase.
        options.progress = [&](const QString &phase, qint64 done, qint64 total) {
            if (phase == lastPhase && done != total && sinceReport.elapsed() < 50)
                return;
            lastPhase = phase;
            sinceReport.restart();
            QMetaObject::invokeMethod(this, [this, phase, done, total] { Q_EMIT progress(phase, done, total); },
                                      Qt::QueuedConnection);
        };
        Outcome outcome;
        outcome.cache = std::shared_ptr<ParcelCache>(ParcelCache::open(path, options, &outcome.error).release());
        return outcome;
    }));
}

void DatasetLoader::cancel()
{
    if (mCancel)
        mCancel->store(true);
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
