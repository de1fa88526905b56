// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sez {

/// A dataset opened through its cache: a GeoPackage file (parcels and context layers with their
/// R-tree index, readable by ogrinfo and QGIS) that also keeps the project's own tables: source
/// fingerprints, schema version, the import's warnings, a full-text index and a packed snapshot of
/// the parcel store, so that a later open reads one file and no source.
///
/// The cache is built in a temporary file, marked complete in its last transaction and renamed into
/// place; a damaged, foreign, half-written or stale cache is never trusted, it is rebuilt.
class ParcelCache
{
public:
    /// Import progress: a phase ("reading", "computing", "writing") and how far it is.
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

    struct Options
    {
        QString cachePath;                        ///< empty: the user's cache directory
        Progress progress;
        const std::atomic<bool> *cancel = nullptr; ///< set to stop an import; open() then fails
    };

    /// Opens \a datasetPath (see DatasetManifest::load) through its cache, importing when needed.
    /// Returns nullptr with a one-line \a error when the dataset cannot be read (or was cancelled).
    static std::unique_ptr<ParcelCache> open(const QString &datasetPath, const Options &options, QString *error);
    ~ParcelCache();

    /// Where the cache of a dataset lives by default.
    static QString defaultCachePath(const QString &datasetPath);

    std::shared_ptr<const ParcelStore> store() const { return mStore; }
    /// The cache file; empty when it could not be written and the store came from the sources.
    QString cachePath() const { return mCachePath; }
    /// True when this open imported the sources; why, in rebuildReason() ("no cache yet", ...).
    bool rebuilt() const { return mRebuilt; }
    QString rebuildReason() const { return mRebuildReason; }
    /// The import's warnings (the reader's, kept in the cache) and the cache's own.
    QStringList warnings() const { return mWarnings; }

    /// Parcels whose cadastral number, investor, project or address contain words starting with
    /// each word of \a text (case-insensitive, ё = е), ordered by row; a cadastral number or its
    /// prefix (with or without hyphens) gives the numbers in their order. At most \a limit when > 0.
    std::vector<qint64> search(const QString &text, int limit = 0) const;
    /// Completions for a search box: distinct cadastral numbers, investors, projects and addresses
    /// that have a word starting with the last word of \a text.
    QStringList complete(const QString &text, int limit = 10) const;

private:
    ParcelCache();
    struct Private;
    std::unique_ptr<Private> d;
    std::shared_ptr<const ParcelStore> mStore;
    QString mCachePath;
    bool mRebuilt = false;
    QString mRebuildReason;
    QStringList mWarnings;
};

} // namespace sez
