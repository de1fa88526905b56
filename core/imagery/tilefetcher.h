// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/tilesource.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace sez {

class TileCache;

/// Fetches a basemap's tiles into its cache on a thread of its own, several at a time, each with a
/// timeout, so that nothing drawing the map ever waits for the network unless it asks to. A tile
/// that failed (no network, a timeout, an error from the server) is left empty and fetched again
/// after a while if it is still wanted. Nothing is requested that no render asked for.
class TileFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int parallel = 6;          ///< requests at once (what browsers allow per server)
        int timeoutMs = 15000;     ///< a request that has not finished by then fails
        int retryAfterMs = 30000;  ///< a failed tile is fetched again this long after, if still wanted
    };

    TileFetcher(const TileSource &source, std::shared_ptr<TileCache> cache, Options options);
    explicit TileFetcher(const TileSource &source, std::shared_ptr<TileCache> cache)
        : TileFetcher(source, std::move(cache), Options{}) {}
    ~TileFetcher() override;

    /// The tiles a frame found missing, most wanted first. They replace those of an earlier frame not
    /// yet requested (the view moved on); requests under way go on. Any thread.
    void want(const std::vector<TileKey> &tiles);
    /// Waits until each of \a tiles is in the cache or has failed, at most \a timeoutMs, and less
    /// when \a cancel is set: for printed maps, which should hold what can be had. Any thread but the
    /// fetcher's. True when none is still under way.
    bool waitFor(const std::vector<TileKey> &tiles, int timeoutMs, const std::atomic<bool> *cancel) const;

    /// Tiles stored and failures since the start, and the last failure's reason: for the status
    /// bar and the tests.
    qint64 fetchedCount() const;
    qint64 failedCount() const;
    QString lastError() const;

Q_SIGNALS:
    /// Tiles came in: a render now would show more. Emitted from the fetcher's thread, at most a
    /// few times a second.
    void tilesArrived();
    /// A tile could not be fetched (\a reason in words); emitted as tilesArrived is, once per burst.
    void fetchFailed(const QString &reason);

private:
    class Worker;
    struct Shared;
    std::shared_ptr<Shared> mShared;
    Worker *mWorker = nullptr;
    class QThread *mThread = nullptr;
};

} // namespace sez
