// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample opened into a cache of the test's own: what the renderer, report, imagery and
// dashboard tests start from. No widgets, so core tests use it too.
#pragma once

#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"

#include <QTemporaryDir>

#include <memory>

namespace sez::test {

/// A temporary folder holding the sample's cache (alatau.gpkg), which the test's other files may
/// share; both go with the object.
class SampleCache
{
public:
    /// Builds the cache of SEZ_SAMPLE_DIR in the folder; false and *error when the folder or the cache
    /// could not be made.
    bool open(QString *error)
    {
        if (!mDir.isValid()) {
            *error = mDir.errorString();
            return false;
        }
        ParcelCache::Options options;
        options.cachePath = path();
        mCache = ParcelCache::open(QStringLiteral(SEZ_SAMPLE_DIR), options, error);
        return mCache != nullptr;
    }

    /// Closes the cache, keeping its file, for a process of its own to open it.
    void close() { mCache.reset(); }

    /// The cache file.
    QString path() const { return filePath(QStringLiteral("alatau.gpkg")); }
    /// A file of the test's own next to the cache.
    QString filePath(const QString &name) const { return mDir.filePath(name); }

    ParcelCache &cache() const { return *mCache; }
    std::shared_ptr<const ParcelStore> store() const { return mCache->store(); }

private:
    QTemporaryDir mDir;
    std::unique_ptr<ParcelCache> mCache;
};

} // namespace sez::test
