// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sez {

class Feedback;
class ParcelCache;

/// Opens a dataset through its cache on a worker thread, so a first import of many seconds never
/// freezes the window. The import's Feedback is relayed as progress() signals on the GUI thread;
/// cancel() stops the import within a feature or row, and it then leaves no cache file behind.
/// An import finishes as soon as the source store is built: its derived fields are still being
/// computed (ParcelCache::derivedReady()) and its cache file and full-text index written
/// (ParcelCache::cacheReady()), so the window can show the map meanwhile.
class DatasetLoader : public QObject
{
    Q_OBJECT

public:
    explicit DatasetLoader(QObject *parent = nullptr);
    ~DatasetLoader() override;

    /// Starts opening \a path with its cache at \a cachePath (empty: the user's cache directory).
    /// A load already running is cancelled first.
    void start(const QString &path, const QString &cachePath = {});
    void cancel();
    bool isRunning() const;
    /// Waits for the worker (for tests and shutdown).
    void waitForFinished();

    QString path() const { return mPath; }
    /// The opened cache after finished(true); the loader gives it up.
    std::shared_ptr<ParcelCache> takeCache();
    /// Tests only: see ParcelCache::Options::beforeDeferredWrite (the loader defers every import's write).
    void setBeforeDeferredWrite(std::function<void()> hook) { mBeforeDeferredWrite = std::move(hook); }
    /// Tests only: see ParcelCache::Options::beforeDerive.
    void setBeforeDerive(std::function<void()> hook) { mBeforeDerive = std::move(hook); }
    /// The running (or last) import's feedback, to watch more than progress() says; null before start().
    std::shared_ptr<Feedback> feedback() const { return mFeedback; }

Q_SIGNALS:
    void progress(const QString &phase, qint64 done, qint64 total);
    /// \a ok false: \a error says why; \a cancelled when the user stopped it.
    void finished(bool ok, const QString &error, bool cancelled);

private:
    struct Outcome
    {
        std::shared_ptr<ParcelCache> cache;
        QString error;
    };

    QFutureWatcher<Outcome> *mWatcher = nullptr;
    std::shared_ptr<Feedback> mFeedback;
    std::shared_ptr<ParcelCache> mCache;
    QString mPath;
    std::function<void()> mBeforeDeferredWrite;
    std::function<void()> mBeforeDerive;
};

} // namespace sez
