// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

template <typename T>
class QFuture;

namespace sez {

class Feedback;
class TextSearch;

/// A dataset opened through its cache: a GeoPackage file (parcels and context layers with their
/// R-tree index, readable by ogrinfo and QGIS) that also keeps the project's own tables: the
/// sources' fingerprints, schema version, the import's warnings, a full-text index and a packed
/// snapshot of the parcel store, so that a later open reads one file and no source.
///
/// The cache is built in a temporary file, marked complete in its last transaction and renamed into
/// place; a damaged, foreign, half-written or stale cache is never trusted, it is rebuilt. The parts
/// are classes of their own: CacheFingerprint (is the cache fresh?), the GeoPackage writer and the
/// full-text index (ParcelTextIndex, the TextSearch the query language uses).
class ParcelCache
{
public:
    struct Options
    {
        QString cachePath;              ///< empty: the user's cache directory
        Feedback *feedback = nullptr;   ///< an import's phases ("reading", "computing", "writing") and its cancel
        bool verify = false;            ///< hash every source, not only those whose size or time changed
        /// On an import, return as soon as the geometry and the source's columns are in a store
        /// (StoreBuilder::buildSource(): the map needs no more), then compute the derived fields
        /// (StoreBuilder::derive()) and write the cache file of that complete store with its
        /// full-text index on the thread pool, without cancel; backgroundFeedback() counts them
        /// (the options' feedback is not used after open() returns). Whatever needs them waits:
        /// derivedStore(), cachePath(), warnings(), writeError(), textSearch(), waitForCache() and
        /// the destructor.
        bool deferWrite = false;
        /// Tests only: run on the pool before a deferred derive() and before a deferred write start
        /// (to hold them while they look).
        std::function<void()> beforeDerive = {};
        std::function<void()> beforeDeferredWrite = {};
        /// Tests only: the size of the chunks the store's snapshot is kept in (0: 256 MiB).
        qint64 snapshotChunkBytes = 0;
    };

    /// Opens \a datasetPath (see DatasetManifest::load) through its cache, importing when needed.
    /// Returns nullptr with a one-line \a error when the dataset cannot be read, the import was
    /// cancelled (it stops within a feature or row and leaves no file behind), or the cache path
    /// holds a file that is not a sezview cache outside sezview's own cache directory (it is left
    /// untouched). Leftovers of imports killed earlier are removed first.
    static std::unique_ptr<ParcelCache> open(const QString &datasetPath, const Options &options, QString *error);
    ~ParcelCache();

    /// sezview's own cache directory, $XDG_CACHE_HOME/sezview: the same for the viewer, the command
    /// line and the bench, whatever the application's or organisation's name, so that a dataset one
    /// of them imported is reopened by the others.
    static QString cacheDirectory();
    /// Where the cache of \a datasetPath lives in \a directory: one file per dataset.
    static QString cachePathIn(const QString &directory, const QString &datasetPath);
    /// Where the cache of a dataset lives by default: cachePathIn(cacheDirectory(), datasetPath).
    static QString defaultCachePath(const QString &datasetPath);
    /// True for cacheDirectory(): there a damaged or foreign file is rebuilt.
    static bool isOwnCacheDirectory(const QString &directory);

    /// The store open() returned with, the same for the cache's whole life: the complete store,
    /// except after an import with Options::deferWrite, where it is the source store (geometry,
    /// context layers and the source's columns; the derived fields of FieldTable, FieldOrigin::Derived,
    /// are null). derivedStore() is then the complete one.
    std::shared_ptr<const ParcelStore> store() const { return mStore; }
    /// The complete store, with the derived fields: store() unless an import deferred them; then
    /// waits for derive(). Null only when deriving failed (warnings() says why).
    std::shared_ptr<const ParcelStore> derivedStore() const;
    /// False while a deferred derive() is still running.
    bool derivedReady() const;
    /// The deferred derive() (finished at once when there is none): a window watches it.
    QFuture<void> derived() const;
    /// The progress of what an import deferred: "deriving" (areas, inside the city, district,
    /// distances; done counts parcels), then "writing" (the cache file). Emitted on the pool.
    Feedback *backgroundFeedback() const;
    /// The cache file; empty when it could not be written and the store came from the sources.
    QString cachePath() const;
    /// True when this open imported the sources; why, in rebuildReason() ("no cache yet", ...).
    bool rebuilt() const { return mRebuilt; }
    QString rebuildReason() const { return mRebuildReason; }
    /// The import's warnings (the reader's, kept in the cache) and the cache's own.
    QStringList warnings() const;
    /// SHA-256 (hex) over the dataset's source files' names and content hashes: which data a
    /// report or an extract was made from. Known when open() returns, also for a deferred write.
    QString sourcesDigest() const { return mSourcesDigest; }
    /// Why the cache could not be written (one line naming it), when cachePath() is empty.
    QString writeError() const;
    /// Waits for a deferred write (Options::deferWrite) to end; at once otherwise.
    void waitForCache() const;
    /// False while a deferred write is still running.
    bool cacheReady() const;
    /// The deferred write (finished at once when there is none): a window watches it instead of waiting.
    QFuture<void> cacheWritten() const;

    /// The full-text search over the store: the cache's index, or one in memory when the cache
    /// could not be written; null when neither could be made (after a deferred write, warnings()
    /// says why). Lives as long as this cache.
    const TextSearch *textSearch() const;

private:
    ParcelCache();
    struct Private;
    std::unique_ptr<Private> d;
    std::shared_ptr<const ParcelStore> mStore;
    QString mCachePath;
    bool mRebuilt = false;
    QString mRebuildReason;
    QStringList mWarnings;
    QString mSourcesDigest;
    QString mWriteError;
};

} // namespace sez
