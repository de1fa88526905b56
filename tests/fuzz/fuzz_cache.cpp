// SPDX-License-Identifier: GPL-3.0-or-later
// The cache file: any bytes at the cache path of a small dataset. The cache is served only when it
// is whole and fresh; a file that is not a sezview cache is refused and left as it was; one that
// is sezview's but damaged or stale is rebuilt. Whatever is served has the dataset's parcels.
#include "fuzzdataset.h"

#include "core/cache/parcelcache.h"
#include "core/io/dataset.h"
#include "core/model/parcelstore.h"

#include <QFile>

#include <sqlite3.h>

namespace {

qint64 expectedParcels()
{
    static const qint64 parcels = [] {
        QString error;
        auto dataset = sez::Dataset::open(sez::fuzz::tinyDataset(), &error);
        if (!dataset)
            sez::fuzz::fail(qPrintable(error));
        return qint64(dataset->layers().front()->features.size());
    }();
    return parcels;
}

QString cachePath()
{
    return sez::fuzz::scratchDir() + QStringLiteral("/cache.gpkg");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sez::fuzz::initOnce();
    if (size > 4 << 20)
        return -1;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(cachePath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
            sez::fuzz::fail("cannot write the cache file");
    }
    sez::ParcelCache::Options options;
    options.cachePath = cachePath();
    QString error;
    const auto cache = sez::ParcelCache::open(sez::fuzz::tinyDataset(), options, &error);
    if (!cache) {
        // Refused: it must say so, and the file must be as it was.
        QFile f(cachePath());
        if (error.isEmpty() || !f.open(QIODevice::ReadOnly) || f.readAll() != input)
            sez::fuzz::fail(qPrintable(QStringLiteral("a refused cache was changed, or refused without a word: %1").arg(error)));
        return 0;
    }
    if (cache->store()->size() != expectedParcels())
        sez::fuzz::fail(qPrintable(QStringLiteral("the cache served %1 parcels, not %2").arg(cache->store()->size()).arg(expectedParcels())));
    return 0;
}

QList<QByteArray> sez::fuzz::seeds()
{
    // A whole, fresh cache of the tiny dataset, made here: with the snapshot in one chunk, in many
    // small ones, and in many with one missing, one cut short and one too many.
    const auto make = [](qint64 chunkBytes, const char *damage) {
        QFile::remove(cachePath());
        sez::ParcelCache::Options options;
        options.cachePath = cachePath();
        options.snapshotChunkBytes = chunkBytes;
        QString error;
        if (!sez::ParcelCache::open(sez::fuzz::tinyDataset(), options, &error))
            sez::fuzz::fail(qPrintable(error));
        if (damage) {
            sqlite3 *db = nullptr;
            if (sqlite3_open(QFile::encodeName(cachePath()).constData(), &db) != SQLITE_OK
                || sqlite3_exec(db, damage, nullptr, nullptr, nullptr) != SQLITE_OK)
                sez::fuzz::fail(sqlite3_errmsg(db));
            sqlite3_close(db);
        }
        QFile f(cachePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    return {make(0, nullptr), make(1000, nullptr), make(1000, "DELETE FROM sez_store WHERE id = 2"),
            make(1000, "UPDATE sez_store SET data = substr(data, 1, 10) WHERE id = 2"),
            make(1000, "INSERT INTO sez_store SELECT max(id) + 1, X'00' FROM sez_store")};
}
