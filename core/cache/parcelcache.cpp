// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/parcelcache.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/cache/cachefingerprint.h"
#include "core/io/postgissource.h"
#include "core/cache/geopackagewriter_p.h"
#include "core/cache/parceltextindex_p.h"
#include "core/cache/sqliteblobdevice_p.h"
#include "core/io/dataset.h"
#include "core/io/memorytrace.h"
#include "core/io/outputguard.h"
#include "core/io/storebuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

#include <signal.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sez {

using detail::SqlitePtr;
using detail::SqliteStatement;

namespace {

class CacheMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::ParcelCache)
};

// 2: the parcels table and the store's snapshot follow the field table. 3: the snapshot keeps the
// layers of no role. 4: the snapshot is kept in chunks, rows 1..N of sez_store, its length and chunk
// size in sez_meta (store_bytes, store_chunk_bytes): one value may not pass SQLITE_MAX_LENGTH.
// 5: the full-text index keeps no positions (detail=column): search() sends no phrase that needs them;
// and it has prefix indexes of 2 to 6 characters (4 before).
constexpr int kSchemaVersion = 5;
// A chunk of the snapshot: well below SQLite's limit on one value (1,000,000,000 bytes in Debian's
// build, not to be raised at run time), and what the write holds in memory at once, twice (the
// buffer and SQLite's record of it): small, so that the import's peak does not grow by the snapshot.
constexpr qint64 kSnapshotChunkBytes = qint64(32) << 20;
constexpr int kGpkgApplicationId = 0x47504B47;   // "GPKG"

// The cache's own tables, beside the GeoPackage's.
const char *const kOwnSchema = R"SQL(
CREATE TABLE sez_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sez_sources (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE sez_warnings (id INTEGER PRIMARY KEY, message TEXT NOT NULL);
CREATE TABLE sez_store (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
)SQL";

QString cancelledMessage()
{
    return CacheMessages::tr("the import was cancelled");
}

// What an existing cache says about itself, read without trusting it.
struct CacheState
{
    bool usable = false;
    QString problem;      // why it cannot be used: damaged, foreign, incomplete or of another version
    CacheFingerprint fingerprint;
    bool ours = false;    // sezview's own (it has sezview's tables), even when it cannot be used
    bool otherVersion = false;   // whole, but made by another version of sezview: rebuilt without alarm

    static CacheState broken(const QString &why, bool ours = false) { return {false, why, {}, ours}; }
};

// True when the database has sezview's own table: a file sezview made, which it may replace.
bool hasOwnTables(sqlite3 *db)
{
    SqliteStatement own(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sez_meta'");
    QString error;
    return own.isValid() && own.next(&error);
}

CacheState inspectCache(sqlite3 *db, const QDir &base)
{
    QString error;
    if (!hasOwnTables(db)) {
        SqliteStatement header(db, "PRAGMA schema_version");
        return CacheState::broken(header.isValid() && header.next(&error)
                                      ? CacheMessages::tr("it is not a sezview cache")
                                      : CacheMessages::tr("it is not an SQLite database (%1)").arg(header.isValid() ? error : header.error()));
    }
    const auto broken = [](const QString &why) { return CacheState::broken(why, true); };
    SqliteStatement check(db, "PRAGMA application_id");
    if (!check.isValid())
        return broken(CacheMessages::tr("it is not an SQLite database (%1)").arg(check.error()));
    if (!check.next(&error) || check.columnInt(0) != kGpkgApplicationId)
        return broken(CacheMessages::tr("it is not a sezview cache"));
    SqliteStatement meta(db, "SELECT key, value FROM sez_meta");
    if (!meta.isValid())
        return broken(CacheMessages::tr("it is not a sezview cache (%1)").arg(meta.error()));
    QHash<QString, QString> values;
    while (meta.next(&error))
        values.insert(meta.columnText(0), meta.columnText(1));
    if (!error.isEmpty())
        return broken(CacheMessages::tr("it is damaged (%1)").arg(error));
    if (values.value(QStringLiteral("complete")) != QLatin1String("1"))
        return broken(CacheMessages::tr("it was not written to the end"));
    if (values.value(QStringLiteral("schema_version")).toInt() != kSchemaVersion) {
        CacheState state = broken(CacheMessages::tr("it was made by another version of sezview"));
        state.otherVersion = true;
        return state;
    }
    SqliteStatement sources(db, "SELECT path, size, mtime_ms, sha256 FROM sez_sources ORDER BY path");
    if (!sources.isValid())
        return broken(CacheMessages::tr("it is damaged (%1)").arg(sources.error()));
    QList<CacheFingerprint::Source> files;
    while (sources.next(&error))
        files.append({sources.columnText(0), sources.columnInt(1), sources.columnInt(2), sources.columnText(3).toLatin1()});
    if (!error.isEmpty())
        return broken(CacheMessages::tr("it is damaged (%1)").arg(error));
    return {true, {}, CacheFingerprint(base, std::move(files)), true};
}

// The sizes of the snapshot's chunks, rows 1..N of sez_store, checked against the length and chunk
// size sez_meta records: empty and \a error when a chunk is missing, of another size or one too many.
std::vector<qint64> snapshotChunks(sqlite3 *db, QString *error)
{
    qint64 total = -1, chunkBytes = -1;
    {
        SqliteStatement meta(db, "SELECT key, value FROM sez_meta WHERE key IN ('store_bytes', 'store_chunk_bytes')");
        while (meta.next(error)) {
            bool ok = false;
            const qint64 value = meta.columnText(1).toLongLong(&ok);
            (meta.columnText(0) == QLatin1String("store_bytes") ? total : chunkBytes) = ok ? value : -1;
        }
        if (!error->isEmpty())
            return {};
    }
    // Bounds no sezview writes near, so that no sum below overflows whatever a damaged file says.
    if (total <= 0 || chunkBytes <= 0 || total > (qint64(1) << 48) || chunkBytes > (qint64(1) << 40)) {
        *error = CacheMessages::tr("the length of its parcel snapshot is missing or impossible");
        return {};
    }
    const qint64 count = (total + chunkBytes - 1) / chunkBytes;
    std::vector<qint64> sizes;
    SqliteStatement chunks(db, "SELECT id, length(data), typeof(data) = 'blob' FROM sez_store ORDER BY id");
    while (chunks.next(error)) {
        const qint64 id = chunks.columnInt(0);
        const qint64 expectedId = qint64(sizes.size()) + 1;
        if (id != expectedId) {
            *error = CacheMessages::tr("chunk %1 of %2 of its parcel snapshot is missing").arg(expectedId).arg(count);
            return {};
        }
        if (id > count) {
            *error = CacheMessages::tr("its parcel snapshot has a chunk too many (%1 of %2)").arg(id).arg(count);
            return {};
        }
        const qint64 expected = id < count ? chunkBytes : total - (count - 1) * chunkBytes;
        if (chunks.columnInt(1) != expected || chunks.columnInt(2) != 1) {
            *error = CacheMessages::tr("chunk %1 of %2 of its parcel snapshot has %3 bytes, not %4")
                         .arg(id).arg(count).arg(chunks.columnInt(1)).arg(expected);
            return {};
        }
        sizes.push_back(expected);
    }
    if (!error->isEmpty())
        return {};
    if (qint64(sizes.size()) != count) {
        *error = sizes.empty() ? CacheMessages::tr("it holds no store")
                               : CacheMessages::tr("chunk %1 of %2 of its parcel snapshot is missing").arg(sizes.size() + 1).arg(count);
        return {};
    }
    return sizes;
}

// The store and warnings of a fresh cache; null and \a error when they cannot be read, with
// \a otherVersion when that is because another version of sezview wrote the store.
std::shared_ptr<ParcelStore> loadStore(sqlite3 *db, QStringList *warnings, QString *error, bool *otherVersion)
{
    std::shared_ptr<ParcelStore> store;
    {
        std::vector<qint64> chunks = snapshotChunks(db, error);
        if (chunks.empty())
            return nullptr;
        // Read in place, the chunks in sequence as one device: no copy of the whole snapshot (a
        // quarter of a gigabyte at 1M parcels, 2.5 GB at 10M).
        detail::SqliteBlobDevice blob;
        if (!blob.openChunks(db, "sez_store", "data", std::move(chunks), error))
            return nullptr;
        store = ParcelStore::deserialize(blob, error, otherVersion);
        if (!store)
            return nullptr;
    }
    SqliteStatement select(db, "SELECT message FROM sez_warnings ORDER BY id");
    while (select.next(error))
        *warnings << select.columnText(0);
    return error->isEmpty() ? store : nullptr;
}

// Remembers new times of unchanged files so their content is not hashed again. Only an
// optimisation: a cache that cannot be updated (a read-only directory) is still used, and the
// files are hashed again next time.
void rememberTouched(sqlite3 *db, const QList<CacheFingerprint::Source> &touched)
{
    SqliteStatement update(db, "UPDATE sez_sources SET mtime_ms = ? WHERE path = ?");
    QString ignored;
    for (const CacheFingerprint::Source &t : touched) {
        update.bindInt(1, t.mtimeMs);
        update.bindText(2, t.relative);
        if (!update.exec(&ignored))
            return;
    }
}

// What the cache file keeps of the dataset besides the store: the read features are not needed
// once the store is built, and are let go before the file is written.
struct ImportedDataset
{
    QString name;
    QStringList warnings;
    qint64 snapshotChunkBytes = 0;   // Options::snapshotChunkBytes (tests only); 0: kSnapshotChunkBytes
};

bool writeOwnTables(sqlite3 *db, const ParcelStore &store, const ImportedDataset &dataset, const CacheFingerprint &fingerprint, QString *error)
{
    SqliteStatement meta(db, "INSERT INTO sez_meta VALUES (?, ?)");
    const QList<QPair<QString, QString>> metaRows = {
        {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
        {QStringLiteral("dataset_name"), dataset.name},
        {QStringLiteral("map_epsg"), QString::number(store.mapEpsg())},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : metaRows) {
        meta.bindText(1, key);
        meta.bindText(2, value);
        if (!meta.exec(error))
            return false;
    }
    SqliteStatement sources(db, "INSERT INTO sez_sources VALUES (?, ?, ?, ?)");
    for (const CacheFingerprint::Source &s : fingerprint.sources()) {
        sources.bindText(1, s.relative);
        sources.bindInt(2, s.size);
        sources.bindInt(3, s.mtimeMs);
        sources.bindUtf8(4, s.sha256.isNull() ? QByteArray("") : s.sha256);
        if (!sources.exec(error))
            return false;
    }
    SqliteStatement warnings(db, "INSERT INTO sez_warnings (message) VALUES (?)");
    for (const QString &w : dataset.warnings) {
        warnings.bindText(1, w);
        if (!warnings.exec(error))
            return false;
    }
    // The snapshot in chunks as it is made: one at a time in memory, none over SQLite's limit on a value.
    const qint64 chunkBytes = dataset.snapshotChunkBytes > 0 ? dataset.snapshotChunkBytes : kSnapshotChunkBytes;
    detail::SqliteChunkWriter snapshot(db, "sez_store", chunkBytes);
    const bool written = store.serialize(snapshot);
    if (!snapshot.finish(error))
        return false;
    if (!written) {
        *error = CacheMessages::tr("the parcel snapshot could not be written");
        return false;
    }
    for (const auto &[key, value] : {std::pair{"store_bytes", snapshot.bytes()}, std::pair{"store_chunk_bytes", chunkBytes}}) {
        meta.bindText(1, QLatin1String(key));
        meta.bindText(2, QString::number(value));
        if (!meta.exec(error))
            return false;
    }
    return true;
}

// While an import holds the packed rings, the store, the full-text index and the writer (not a
// deferred one, which gives the map first), every block of 128 KiB or more is mapped apart, so that
// what is freed goes back to the system at once. glibc's default raises that threshold each time
// such a block is freed (up to 32 MiB); then the rings' blocks, SQLite's pages and FTS5's pending
// terms come from its arenas, where the pages freed between live blocks stay resident (at 3M parcels
// 200-400 MB of the write phase; docs/BENCHMARKS.md, "Round 9: the 10M import's peak"). Afterwards
// the threshold is fixed at the 32 MiB the default reaches, so later large blocks (images) come
// from the arenas as before.
class LargeBlocksMappedApart
{
public:
    explicit LargeBlocksMappedApart(bool on) : mOn(on)
    {
#ifdef __GLIBC__
        if (mOn)
            mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    }
    ~LargeBlocksMappedApart()
    {
#ifdef __GLIBC__
        if (mOn)
            mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
    }
    LargeBlocksMappedApart(const LargeBlocksMappedApart &) = delete;
    LargeBlocksMappedApart &operator=(const LargeBlocksMappedApart &) = delete;

private:
    bool mOn;
};

// A new file's name beside \a path, NAME.tmp-PID-XXXXXXXX: removeLeftovers() knows it when its process is gone.
QString temporaryPathFor(const QString &path)
{
    return QStringLiteral("%1.tmp-%2-%3").arg(path).arg(::getpid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// The full-text index, built on the pool into a file of its own beside the cache, then copied in. It
// needs only the source's texts, so an import starts it as soon as the source store is built: it runs
// beside the computing of the derived fields and the writing of the GeoPackage rows and the snapshot
// (the index is about two thirds of the write's instructions, the rows and their R-tree the rest;
// docs/BENCHMARKS.md). It counts into its own feedback (the writing phase takes its count when it
// begins), stops when the import's \a feedback is cancelled, and is cancelled when this goes; its
// file goes then too, once the build has ended.
class IndexBuiltApart
{
public:
    IndexBuiltApart(const QString &cachePath, std::shared_ptr<const ParcelStore> store, const Feedback *feedback)
        : mPath(temporaryPathFor(cachePath)), mParcels(store->size())
    {
        mProgress.beginPhase(QStringLiteral("indexing"), mParcels);
        QDir().mkpath(QFileInfo(cachePath).absolutePath());   // as writeCacheFile() does, which may come later
        mBuild = QtConcurrent::run(threadPool(), [this, store = std::move(store), feedback] {
            mOk = detail::ParcelTextIndex::buildFile(mPath, *store, &mProgress, &mError, feedback);
            traceMemory("search index built");
        });
    }
    ~IndexBuiltApart()
    {
        mProgress.cancel();
        mBuild.waitForFinished();
        QFile::remove(mPath);
    }
    IndexBuiltApart(const IndexBuiltApart &) = delete;
    IndexBuiltApart &operator=(const IndexBuiltApart &) = delete;

    qint64 parcels() const { return mParcels; }
    // The parcels indexed so far.
    qint64 done() const { return mProgress.state().done; }
    // Waits for the build, then copies the index into \a db, outside any transaction.
    bool copyInto(sqlite3 *db, QString *error)
    {
        mBuild.waitForFinished();   // runs the build here if the pool has not started it
        if (!mOk) {
            *error = mError;
            return false;
        }
        return detail::ParcelTextIndex::copyInto(db, mPath, error);
    }

private:
    QString mPath;
    qint64 mParcels;
    Feedback mProgress;
    QFuture<void> mBuild;
    bool mOk = false;
    QString mError;
};

// Writes every table of the cache into an open, empty database, with the full-text index of \a index
// (built beside it). The last statement marks the cache complete: a file without the mark is never
// trusted. The transactions are for speed, not safety: the file is a temporary one, renamed into place
// only once it is whole (writeCacheFile()).
bool writeCache(sqlite3 *db, IndexBuiltApart &index, const ParcelStore &store, const ImportedDataset &dataset,
                const CacheFingerprint &fingerprint, Feedback *feedback, QString *error)
{
    // A cache large enough for the R-tree while it is built.
    const QByteArray pragmas = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=65536; PRAGMA cache_size=-131072; "
                               "PRAGMA application_id=" + QByteArray::number(kGpkgApplicationId) + "; PRAGMA user_version=10200;";
    detail::GeoPackageWriter geoPackage(db, store);
    const auto traced = [](const char *step) { traceMemory(step); return true; };
    const qint64 indexedBefore = index.done();
    if (feedback) {
        feedback->beginPhase(QStringLiteral("writing"), store.size() + index.parcels());   // the parcels and their index
        feedback->advance(indexedBefore);
    }
    const bool ok = detail::execSql(db, pragmas.constData(), error) && detail::execSql(db, "BEGIN", error)
                    && geoPackage.writeSchema(error) && detail::execSql(db, kOwnSchema, error)
                    && geoPackage.writeParcels(feedback, error) && traced("parcels' rows written")
                    && geoPackage.writeContextLayers(error)
                    && writeOwnTables(db, store, dataset, fingerprint, error) && traced("snapshot written")
                    && geoPackage.registerAttributes(QByteArrayLiteral("sez_meta"), QStringLiteral("sezview cache: schema version and state"), error)
                    && detail::execSql(db, "COMMIT", error)
                    && index.copyInto(db, error) && traced("search index copied");
    if (ok && feedback)
        feedback->advance(index.parcels() - indexedBefore);
    return ok && detail::execSql(db, "INSERT INTO sez_meta VALUES ('complete', '1');", error);
}

// Writes the cache beside its final place and renames it there; false and \a error when it could not.
// The index may have been started before (ParcelCache's import starts it once the source store is built).
bool writeCacheFile(const QString &cachePath, const std::shared_ptr<const ParcelStore> &store, std::unique_ptr<IndexBuiltApart> index,
                    const ImportedDataset &dataset, const CacheFingerprint &fingerprint, Feedback *feedback, QString *error)
{
    if (!index)
        index = std::make_unique<IndexBuiltApart>(cachePath, store, feedback);
    if (!QDir().mkpath(QFileInfo(cachePath).absolutePath())) {
        *error = CacheMessages::tr("its directory cannot be created");
        return false;
    }
    const QString tempPath = temporaryPathFor(cachePath);
    // One thread uses the connection (NOMUTEX): SQLite's lock on each call was 7 % of the write's instructions.
    SqlitePtr db = detail::openSqlite(tempPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, error);
    bool ok = db && writeCache(db.get(), *index, *store, dataset, fingerprint, feedback, error) && detail::closeSqlite(std::move(db), error);
    if (ok && ::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(cachePath).constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    if (!ok) {
        db.reset();
        QFile::remove(tempPath);
    }
    return ok;
}

// The full-text index alone, in memory, for when the cache file could not be written or reopened.
std::unique_ptr<detail::ParcelTextIndex> indexInMemory(std::shared_ptr<const ParcelStore> store, Feedback *feedback, QString *error)
{
    SqlitePtr db = detail::openSqlite(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    if (!db || !detail::execSql(db.get(), "BEGIN", error) || !detail::ParcelTextIndex::build(db.get(), *store, feedback, error)
        || !detail::execSql(db.get(), "COMMIT", error))
        return nullptr;
    return std::make_unique<detail::ParcelTextIndex>(std::move(db), std::move(store));
}

// Removes what imports killed before their rename left: NAME.tmp-PID-XXXXXXXX files whose process
// no longer runs. In sezview's own cache directory every cache's leftovers, elsewhere only this one's.
void removeLeftovers(const QString &cachePath, bool ownDirectory)
{
    const QFileInfo info(cachePath);
    const QDir dir = info.absoluteDir();
    const QString pattern = (ownDirectory ? QStringLiteral("*.gpkg") : info.fileName()) + QStringLiteral(".tmp-*");
    static const QRegularExpression tail(QStringLiteral("\\.tmp-(\\d+)-[0-9a-f]{8}$"));
    for (const QString &name : dir.entryList({pattern}, QDir::Files | QDir::Hidden | QDir::System)) {
        const QRegularExpressionMatch match = tail.match(name);
        bool ok = false;
        const qint64 pid = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
        // This process's own (an import on another thread) and those of running processes stay.
        if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        QFile::remove(dir.filePath(name));
    }
}

// Before round 4 the viewer kept its caches in Qt's CacheLocation, $XDG_CACHE_HOME/sezview/sezview
// (its organisation's name added a level), and imported again what the command line had imported.
// Each cache found there is moved once into the shared directory, where the freshness check judges
// it like any other, so a user of the viewer alone does not import again; it is removed when the
// shared directory has its own. Dead imports' temporary files go too, then the folder.
void adoptViewerCaches(const QString &directory)
{
    const QDir own(directory);
    const QDir old(own.filePath(QStringLiteral("sezview")));
    if (!old.exists())
        return;
    static const QRegularExpression cacheName(QStringLiteral("^.+-[0-9a-f]{16}\\.gpkg$"));
    for (const QString &name : old.entryList({QStringLiteral("*.gpkg")}, QDir::Files | QDir::Hidden)) {
        if (!cacheName.match(name).hasMatch())
            continue;
        // rename() never replaces: a cache already in the shared directory wins.
        if (QFileInfo::exists(own.filePath(name)) || !QFile::rename(old.filePath(name), own.filePath(name)))
            QFile::remove(old.filePath(name));
    }
    removeLeftovers(old.filePath(QStringLiteral("any.gpkg")), true);
    own.rmdir(QStringLiteral("sezview"));
}

} // namespace

struct ParcelCache::Private
{
    std::unique_ptr<detail::ParcelTextIndex> index;
    // A deferred write (Options::deferWrite): the derived fields, then the cache file and the
    // full-text index, after the source store.
    mutable QFuture<void> deferred;
    // Its first part: derivedStore is set when it finishes; deriving tells derivedStore() to wait.
    QPromise<void> derivePromise;
    QFuture<void> deriveDone;
    std::shared_ptr<const ParcelStore> derivedStore;
    bool deriving = false;
    mutable Feedback background;

    // Opens a whole, fresh cache; false with the reason when it cannot be used, with \a state.usable
    // false when that is because it is damaged, foreign or of another version rather than merely
    // stale, and state.ours when it is a file sezview made all the same.
    bool openExisting(ParcelCache &cache, const QString &cachePath, const QDir &base, bool verify, QString *reason,
                      CacheState *state);
    // Reads the sources, builds the store and writes the cache (or hands the write to the pool).
    bool import(ParcelCache &cache, const QString &manifestPath, const QString &cachePath, const Options &options, QString *error);
    // Writes the cache file and opens its full-text index, or builds the index in memory when the
    // file cannot be written; false with \a error when not even that could be done.
    bool finishImport(ParcelCache &cache, const QString &cachePath, const std::shared_ptr<const ParcelStore> &store,
                      const ImportedDataset &dataset, const CacheFingerprint &fingerprint, Feedback *feedback, QString *error,
                      std::unique_ptr<IndexBuiltApart> built = nullptr);
    // The import of Options::deferWrite: returns with the source store, derives and writes on the pool.
    bool importDeferred(ParcelCache &cache, const QString &cachePath, std::shared_ptr<Dataset> dataset, const Options &options,
                        std::shared_ptr<CacheFingerprint> fingerprint, QFuture<void> hashing, QString *error);
    void wait() const { deferred.waitForFinished(); }
};

bool ParcelCache::Private::importDeferred(ParcelCache &cache, const QString &cachePath, std::shared_ptr<Dataset> dataset,
                                          const Options &options, std::shared_ptr<CacheFingerprint> fingerprint, QFuture<void> hashing,
                                          QString *error)
{
    Feedback *feedback = options.feedback;
    // Only buildSource() in the foreground, counted to the number of parcels.
    const qint64 parcels = StoreBuilder::parcelCount(*dataset);
    if (feedback)
        feedback->setTotal(parcels);
    auto builder = std::make_shared<StoreBuilder>(*dataset);
    builder->countSourceApart();
    builder->releaseRingsAfterAreas(dataset.get());
    std::shared_ptr<const ParcelStore> source = builder->buildSource(error, feedback);
    // Joined here: the hashing reports to the caller's feedback.
    hashing.waitForFinished();
    if (!source || isCancelled(feedback)) {
        if (isCancelled(feedback))
            *error = cancelledMessage();
        return false;
    }
    cache.mStore = source;
    cache.mSourcesDigest = fingerprint->digest();
    // The columns hold the attributes now; derive() needs only the rings.
    dataset->releaseParcelValues();
    const ImportedDataset facts{dataset->manifest().name(), dataset->warnings(), options.snapshotChunkBytes};
    deriving = true;
    deriveDone = derivePromise.future();
    derivePromise.start();
    // The features (the task holds their last reference) are needed by derive() and let go before
    // the file is written, so the peak is never features, store and writer at once.
    deferred = QtConcurrent::run(threadPool(), [this, &cache, cachePath, source, builder, dataset = std::move(dataset), facts, fingerprint,
                                                parcels, holdDerive = options.beforeDerive, holdWrite = options.beforeDeferredWrite]() mutable {
        // Background work: its thread leaves its slot of the pool to what a user waits for (the
        // viewer's map renders on the pool), and takes it back at its end (QThreadPool::releaseThread()).
        threadPool()->releaseThread();
        struct Reserve { ~Reserve() { threadPool()->reserveThread(); } } reserve;
        if (holdDerive)
            holdDerive();
        background.beginPhase(QStringLiteral("deriving"), parcels);
        builder->countDeriveApart();
        QString error;
        std::shared_ptr<const ParcelStore> complete = builder->derive(*source, &error, &background);
        if (!complete)
            cache.mWarnings << CacheMessages::tr("%1: %2").arg(dataset->manifest().path(), error);
        derivedStore = complete;
        derivePromise.finish();
        builder.reset();
        dataset.reset();
        releaseFreedMemory();
        if (!complete) {
            cache.mWriteError = CacheMessages::tr("%1: the cache could not be written: %2").arg(cachePath, error);
            return;
        }
        if (holdWrite)
            holdWrite();
        // A write that failed is in writeError() and warnings() already; a search index that
        // could not be made either joins the warnings (textSearch() is then null).
        if (!finishImport(cache, cachePath, complete, facts, *fingerprint, &background, &error))
            cache.mWarnings << CacheMessages::tr("%1: %2").arg(cachePath, error);
    });
    return true;
}

bool ParcelCache::Private::openExisting(ParcelCache &cache, const QString &cachePath, const QDir &base, bool verify,
                                       QString *reason, CacheState *state)
{
    QString error;
    // Read-only at first: a file that is not sezview's is never opened for writing.
    SqlitePtr db = detail::openSqlite(cachePath, SQLITE_OPEN_READONLY, &error);
    *state = db ? inspectCache(db.get(), base) : CacheState::broken(error);
    if (!state->usable) {
        *reason = state->problem;
        return false;
    }
    // The files it was made from are the dataset's: no export may replace them.
    for (const CacheFingerprint::Source &source : state->fingerprint.sources())
        OutputGuard::protectSource(base.filePath(source.relative));
    // The sources are looked at (and the small ones hashed) on the pool while the snapshot loads: each
    // takes milliseconds, and the store of a stale cache is dropped unused. A wait on a task the pool
    // has not started runs it here.
    QFuture<CacheFingerprint> now = QtConcurrent::run(threadPool(), [fingerprint = state->fingerprint] { return fingerprint.current(); });
    QStringList warnings;
    bool otherVersion = false;
    std::shared_ptr<ParcelStore> store = loadStore(db.get(), &warnings, &error, &otherVersion);
    QList<CacheFingerprint::Source> touched;
    *reason = state->fingerprint.staleness(now.result(), &touched, verify);
    if (!reason->isEmpty())
        return false;
    if (!store) {
        state->usable = false;
        state->otherVersion = otherVersion;
        *reason = otherVersion ? CacheMessages::tr("it was made by another version of sezview")
                               : CacheMessages::tr("it is damaged (%1)").arg(error);
        return false;
    }
    if (!touched.isEmpty()) {
        SqlitePtr writable = detail::openSqlite(cachePath, SQLITE_OPEN_READWRITE, &error);
        if (writable)
            rememberTouched(writable.get(), touched);
    }
    cache.mSourcesDigest = state->fingerprint.digest();
    cache.mWarnings = warnings;
    cache.mStore = store;
    cache.mCachePath = cachePath;
    index = std::make_unique<detail::ParcelTextIndex>(std::move(db), std::move(store));
    return true;
}

bool ParcelCache::Private::import(ParcelCache &cache, const QString &manifestPath, const QString &cachePath, const Options &options,
                                 QString *error)
{
    Feedback *feedback = options.feedback;
    // Loaded (for data without a manifest: guessed) once, here; the dataset is read from this one.
    auto manifest = DatasetManifest::load(manifestPath, error, feedback);
    if (!manifest) {
        if (isCancelled(feedback))
            *error = cancelledMessage();
        return false;
    }
    const QString loadedPath = manifest->path();
    if (OutputGuard::isSource(cachePath)) {
        *error = CacheMessages::tr("%1: this is a source file of the dataset; it cannot be its cache. Give --cache "
                                   "another file").arg(cachePath);
        return false;
    }
    // The fingerprints are needed only when the cache is written: the sources are hashed on the
    // pool while they are read and the store is built.
    const LargeBlocksMappedApart mappedApart(!options.deferWrite);
    auto fingerprint = std::make_shared<CacheFingerprint>(CacheFingerprint::ofDataset(*manifest));
    QFuture<void> hashing = QtConcurrent::run(threadPool(), [fingerprint, feedback] { fingerprint->computeHashes(feedback); });
    struct Join { QFuture<void> &f; ~Join() { f.waitForFinished(); } } join{hashing};

    // The parcels packed as they are read: the store is all the cache needs of them.
    std::shared_ptr<Dataset> dataset = Dataset::open(std::move(manifest), error, feedback, Dataset::ParcelFeatures::Packed);
    traceMemory("read");
    if (dataset && !isCancelled(feedback)) {
        cache.mWarnings = dataset->warnings() + cache.mWarnings;
        if (feedback)
            feedback->beginPhase(QStringLiteral("computing"));
        if (options.deferWrite)
            return importDeferred(cache, cachePath, std::move(dataset), options, fingerprint, hashing, error);
        // StoreBuilder::build() in its two steps, so that the full-text index (of the source's texts)
        // is built beside the computing of the derived fields.
        std::unique_ptr<IndexBuiltApart> index;
        std::shared_ptr<const ParcelStore> store;
        {
            StoreBuilder builder(*dataset);
            std::shared_ptr<const ParcelStore> source;
            // The index starts once the areas are computed and the rings let go: its SQLite pages
            // and pending terms are never held beside the rings (at 10M, the import's peak).
            builder.releaseRingsAfterAreas(dataset.get(), [&] {
                if (!isCancelled(feedback))
                    index = std::make_unique<IndexBuiltApart>(cachePath, source, feedback);
            });
            // Nothing is shown before the store is derived: the areas are computed with the geometry
            // store, and the rings go batch by batch behind it.
            builder.computeAreasWithSource();
            if (feedback)
                feedback->setTotal(StoreBuilder::parcelCount(*dataset));
            source = builder.buildSource(error, feedback);
            traceMemory("source store built");
            if (source) {
                // The columns hold the attributes now; derive() needs none of them.
                dataset->releaseParcelValues();
                store = builder.derive(*source, error, feedback);
            }
        }
        if (!store) {
            if (isCancelled(feedback))
                *error = cancelledMessage();
            return false;
        }
        cache.mStore = store;
        // The store holds all the cache file needs of the features, so they are let go before the
        // file is written, and the import's peak memory is not features, store and writer at once.
        const ImportedDataset facts{dataset->manifest().name(), dataset->warnings(), options.snapshotChunkBytes};
        // Joined here even when the write is deferred: the hashing reports to the caller's feedback.
        hashing.waitForFinished();
        cache.mSourcesDigest = fingerprint->digest();
        traceMemory("derived store built");
        dataset.reset();
        traceMemory("features let go");
        if (!isCancelled(feedback) && finishImport(cache, cachePath, store, facts, *fingerprint, feedback, error, std::move(index))) {
            traceMemory("cache written");
            return true;
        }
        if (!isCancelled(feedback))
            *error = CacheMessages::tr("%1: %2").arg(loadedPath, *error);
    }
    if (isCancelled(feedback))
        *error = cancelledMessage();
    return false;
}

bool ParcelCache::Private::finishImport(ParcelCache &cache, const QString &cachePath, const std::shared_ptr<const ParcelStore> &store,
                                        const ImportedDataset &dataset, const CacheFingerprint &fingerprint, Feedback *feedback, QString *error,
                                        std::unique_ptr<IndexBuiltApart> built)
{
    QString writeError;
    if (!isCancelled(feedback) && writeCacheFile(cachePath, store, std::move(built), dataset, fingerprint, feedback, &writeError)) {
        SqlitePtr db = detail::openSqlite(cachePath, SQLITE_OPEN_READONLY, &writeError);
        if (db) {
            cache.mCachePath = cachePath;
            index = std::make_unique<detail::ParcelTextIndex>(std::move(db), store);
            return true;
        }
    }
    if (isCancelled(feedback))
        return false;
    // The cache could not be written: work from the sources, with the search index in memory.
    cache.mWriteError = CacheMessages::tr("%1: the cache could not be written: %2").arg(cachePath, writeError);
    cache.mWarnings << CacheMessages::tr("the cache %1 could not be written (%2); working from the sources").arg(cachePath, writeError);
    index = indexInMemory(store, feedback, &writeError);
    if (index)
        return true;
    *error = writeError;
    return false;
}

ParcelCache::ParcelCache() : d(std::make_unique<Private>()) {}

ParcelCache::~ParcelCache()
{
    // A deferred write ends before the cache goes: a program that exits leaves its cache whole.
    d->wait();
}

QString ParcelCache::cachePath() const
{
    d->wait();
    return mCachePath;
}

QStringList ParcelCache::warnings() const
{
    d->wait();
    return mWarnings;
}

QString ParcelCache::writeError() const
{
    d->wait();
    return mWriteError;
}

void ParcelCache::waitForCache() const
{
    d->wait();
}

bool ParcelCache::cacheReady() const
{
    return d->deferred.isFinished();
}

QFuture<void> ParcelCache::cacheWritten() const
{
    return d->deferred;
}

std::shared_ptr<const ParcelStore> ParcelCache::derivedStore() const
{
    if (!d->deriving)
        return mStore;
    d->deriveDone.waitForFinished();
    return d->derivedStore;
}

bool ParcelCache::derivedReady() const
{
    return !d->deriving || d->deriveDone.isFinished();
}

QFuture<void> ParcelCache::derived() const
{
    return d->deriveDone;
}

Feedback *ParcelCache::backgroundFeedback() const
{
    return &d->background;
}

QString ParcelCache::cacheDirectory()
{
    // Not CacheLocation: that adds the organisation and application names, which the viewer and the
    // command line do not share (it gave the viewer $XDG_CACHE_HOME/sezview/sezview, a second copy).
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return generic.isEmpty() ? QDir::tempPath() + QStringLiteral("/sezview-cache") : generic + QStringLiteral("/sezview");
}

QString ParcelCache::cachePathIn(const QString &directory, const QString &datasetPath)
{
    // A PostGIS database is named by its connection, not by a file.
    const bool database = PostgisSource::isConnection(datasetPath);
    const QString key = database ? datasetPath.trimmed() : QFileInfo(datasetPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString name = database ? QStringLiteral("postgis") : QFileInfo(datasetPath).completeBaseName();
    return QDir(directory).filePath(QStringLiteral("%1-%2.gpkg").arg(name, QString::fromLatin1(hash)));
}

QString ParcelCache::defaultCachePath(const QString &datasetPath)
{
    return cachePathIn(cacheDirectory(), datasetPath);
}

std::unique_ptr<ParcelCache> ParcelCache::open(const QString &datasetPath, const Options &options, QString *error)
{
    auto cache = std::unique_ptr<ParcelCache>(new ParcelCache);
    // The manifest is not parsed yet: a fresh cache is used without reading any source file.
    const QString manifestPath = DatasetManifest::resolvePath(datasetPath, error);
    if (manifestPath.isEmpty())
        return nullptr;
    const QString cachePath = options.cachePath.isEmpty() ? defaultCachePath(manifestPath) : QFileInfo(options.cachePath).absoluteFilePath();
    const QDir base = QFileInfo(manifestPath).absoluteDir();
    const bool ownDirectory = options.cachePath.isEmpty() || isOwnCacheDirectory(QFileInfo(cachePath).absolutePath());
    if (options.cachePath.isEmpty())
        adoptViewerCaches(cacheDirectory());
    removeLeftovers(cachePath, ownDirectory);

    // 1. A cache that exists, is whole and is fresh is used as it is.
    QString reason = CacheMessages::tr("no cache yet");
    const QFileInfo existing(cachePath);
    if (existing.exists() && (existing.size() > 0 || !existing.isFile())) {
        CacheState state;
        if (cache->d->openExisting(*cache, cachePath, base, options.verify, &reason, &state)) {
            OutputGuard::protectCache(cachePath);
            return cache;
        }
        // sezview writes only files it made or new files: a file that is not recognisably a cache
        // is rebuilt only in sezview's own cache directory, and refused anywhere else.
        if (!state.usable && !state.ours && !ownDirectory) {
            *error = CacheMessages::tr("%1: %2; sezview writes only files it created or new files, and leaves this one "
                                       "untouched. Give --cache a new file name, or move the file away").arg(cachePath, reason);
            return nullptr;
        }
        if (state.otherVersion)
            cache->mWarnings << CacheMessages::tr("the cache %1 was made by another version of sezview; it is rebuilt from the sources").arg(cachePath);
        else if (!state.usable)
            cache->mWarnings << CacheMessages::tr("the cache %1 could not be used: %2; it is rebuilt from the sources").arg(cachePath, reason);
    }

    // 2. Import: read the sources, build the store, write the cache beside its final place.
    cache->mRebuilt = true;
    cache->mRebuildReason = reason;
    if (!cache->d->import(*cache, manifestPath, cachePath, options, error))
        return nullptr;
    OutputGuard::protectCache(cachePath);
    return cache;
}

bool ParcelCache::isOwnCacheDirectory(const QString &directory)
{
    const QString own = cacheDirectory();
    const QString a = QFileInfo(directory).canonicalFilePath(), b = QFileInfo(own).canonicalFilePath();
    return QDir::cleanPath(directory) == QDir::cleanPath(own) || (!a.isEmpty() && a == b);
}

const TextSearch *ParcelCache::textSearch() const
{
    d->wait();
    return d->index.get();
}

} // namespace sez
