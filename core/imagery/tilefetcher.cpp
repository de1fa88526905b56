// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/tilefetcher.h"

#include "core/imagery/tilecache.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <chrono>
#include <deque>

namespace sez {

namespace {

class FetchMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::TileFetcher)
};

constexpr int kNotifyEveryMs = 250;   // tiles arriving in a burst bring one repaint, not one each

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

// What the fetcher's thread and the threads asking for tiles share, under one mutex.
struct TileFetcher::Shared
{
    TileSource source;
    std::shared_ptr<TileCache> cache;
    Options options;
    mutable QMutex mutex;
    mutable QWaitCondition changed;       // a tile arrived or failed
    std::deque<TileKey> queue;            // wanted, not requested yet, most wanted first
    QSet<TileKey> inFlight;
    QSet<TileKey> wanted;                 // the last frame's missing tiles: what a retry may fetch
    QHash<TileKey, qint64> retryAt;       // failed tiles and when they may be fetched again
    qint64 fetched = 0;
    qint64 failures = 0;
    QString lastError;

    // Under the mutex: whether a frame's tile is still on its way.
    bool underWay(const TileKey &key) const
    {
        return inFlight.contains(key) || std::find(queue.begin(), queue.end(), key) != queue.end();
    }
};

class TileFetcher::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, TileFetcher *owner) : mShared(std::move(shared)), mOwner(owner) {}

    // On the fetcher's thread: the network access manager must live there.
    void start()
    {
        mNetwork = new QNetworkAccessManager(this);
        mNetwork->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        mNotify.setSingleShot(true);
        mNotify.setInterval(kNotifyEveryMs);
        QObject::connect(&mNotify, &QTimer::timeout, this, [this] { notify(); });
        mRetry.setSingleShot(true);
        QObject::connect(&mRetry, &QTimer::timeout, this, [this] { retryDue(); });
    }

    void pump()
    {
        QMutexLocker lock(&mShared->mutex);
        while (mShared->inFlight.size() < mShared->options.parallel && !mShared->queue.empty()) {
            const TileKey key = mShared->queue.front();
            mShared->queue.pop_front();
            if (mShared->inFlight.contains(key))
                continue;
            mShared->inFlight.insert(key);
            lock.unlock();
            request(key);
            lock.relock();
        }
    }

private:
    void request(const TileKey &key)
    {
        QNetworkRequest request(mShared->source.url(key));
        request.setTransferTimeout(mShared->options.timeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("sezview/%1").arg(QCoreApplication::applicationVersion().isEmpty()
                                                                                                 ? QStringLiteral("0.1")
                                                                                                 : QCoreApplication::applicationVersion()));
        QNetworkReply *reply = mNetwork->get(request);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, key] { finished(reply, key); });
    }

    void finished(QNetworkReply *reply, const TileKey &key)
    {
        reply->deleteLater();
        QString reason;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            reason = FetchMessages::tr("%1: %2").arg(reply->url().toDisplayString(), reply->errorString());
        else if (status != 200)
            reason = FetchMessages::tr("%1: the server answered %2").arg(reply->url().toDisplayString()).arg(status);
        else if (QString error; !mShared->cache->store(key, reply->readAll(), &error))
            reason = FetchMessages::tr("%1: %2").arg(reply->url().toDisplayString(), error);
        {
            QMutexLocker lock(&mShared->mutex);
            mShared->inFlight.remove(key);
            if (reason.isEmpty()) {
                ++mShared->fetched;
                mShared->retryAt.remove(key);
            } else {
                ++mShared->failures;
                mShared->lastError = reason;
                mShared->retryAt.insert(key, nowMs() + mShared->options.retryAfterMs);
                mFailure = reason;
            }
            mShared->changed.wakeAll();
        }
        if (!reason.isEmpty() && !mRetry.isActive())
            mRetry.start(mShared->options.retryAfterMs);
        if (!mNotify.isActive())
            mNotify.start();
        pump();
    }

    void notify()
    {
        Q_EMIT mOwner->tilesArrived();
        if (!mFailure.isEmpty())
            Q_EMIT mOwner->fetchFailed(mFailure);
        mFailure.clear();
    }

    // Failed tiles that are due and still wanted go back in the queue.
    void retryDue()
    {
        qint64 next = 0;
        {
            QMutexLocker lock(&mShared->mutex);
            const qint64 now = nowMs();
            for (auto it = mShared->retryAt.begin(); it != mShared->retryAt.end();) {
                if (it.value() <= now && mShared->wanted.contains(it.key())) {
                    if (!mShared->underWay(it.key()))
                        mShared->queue.push_back(it.key());
                    it = mShared->retryAt.erase(it);
                    continue;
                }
                if (mShared->wanted.contains(it.key()))
                    next = next == 0 ? it.value() : std::min(next, it.value());
                ++it;
            }
            if (next > 0)
                next = std::max<qint64>(next - now, 10);
        }
        if (next > 0)
            mRetry.start(int(next));
        pump();
    }

    std::shared_ptr<Shared> mShared;
    TileFetcher *mOwner;
    QNetworkAccessManager *mNetwork = nullptr;
    QTimer mNotify{this};
    QTimer mRetry{this};
    QString mFailure;
};

TileFetcher::TileFetcher(const TileSource &source, std::shared_ptr<TileCache> cache, Options options)
    : mShared(std::make_shared<Shared>())
{
    mShared->source = source;
    mShared->cache = std::move(cache);
    mShared->options = options;
    mThread = new QThread;
    mThread->setObjectName(QStringLiteral("tiles %1").arg(source.host()));
    mWorker = new Worker(mShared, this);
    mWorker->moveToThread(mThread);
    mThread->start();
    QMetaObject::invokeMethod(mWorker, [worker = mWorker] { worker->start(); }, Qt::BlockingQueuedConnection);
}

TileFetcher::~TileFetcher()
{
    // The worker and its network access manager are deleted on their own thread, replies aborted.
    QMetaObject::invokeMethod(mWorker, [worker = mWorker] { delete worker; }, Qt::BlockingQueuedConnection);
    mThread->quit();
    mThread->wait();
    delete mThread;
    mShared->changed.wakeAll();
}

void TileFetcher::want(const std::vector<TileKey> &tiles)
{
    {
        QMutexLocker lock(&mShared->mutex);
        mShared->queue.clear();
        mShared->wanted.clear();
        const qint64 now = nowMs();
        for (const TileKey &key : tiles) {
            mShared->wanted.insert(key);
            const auto retry = mShared->retryAt.constFind(key);
            if (mShared->inFlight.contains(key) || (retry != mShared->retryAt.constEnd() && retry.value() > now))
                continue;
            mShared->queue.push_back(key);
        }
        if (mShared->queue.empty())
            return;
    }
    QMetaObject::invokeMethod(mWorker, [worker = mWorker] { worker->pump(); }, Qt::QueuedConnection);
}

bool TileFetcher::waitFor(const std::vector<TileKey> &tiles, int timeoutMs, const std::atomic<bool> *cancel) const
{
    const qint64 deadline = nowMs() + timeoutMs;
    QMutexLocker lock(&mShared->mutex);
    for (;;) {
        const bool pending = std::any_of(tiles.begin(), tiles.end(), [this](const TileKey &key) { return mShared->underWay(key); });
        const qint64 left = deadline - nowMs();
        if (!pending)
            return true;
        if (left <= 0 || (cancel && cancel->load(std::memory_order_relaxed)))
            return false;
        // Woken by each arrival; the cancel flag is looked at every 50 ms.
        mShared->changed.wait(&mShared->mutex, QDeadlineTimer(std::min<qint64>(left, 50)));
    }
}

qint64 TileFetcher::fetchedCount() const
{
    QMutexLocker lock(&mShared->mutex);
    return mShared->fetched;
}

qint64 TileFetcher::failedCount() const
{
    QMutexLocker lock(&mShared->mutex);
    return mShared->failures;
}

QString TileFetcher::lastError() const
{
    QMutexLocker lock(&mShared->mutex);
    return mShared->lastError;
}

} // namespace sez
