// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/tilecache.h"

#include "core/cache/sqlitestatement_p.h"

#include <QCache>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace sez {

namespace {

constexpr qint64 kMemoryLimitKb = 96 * 1024;   // decoded tiles: about 380 of 256x256
constexpr double kTrimTo = 0.9;               // a full cache is trimmed to this share of its limit

// MBTiles counts rows from the south (TMS).
int tmsRow(const TileKey &key)
{
    return (1 << key.z) - 1 - key.y;
}

} // namespace

struct TileCache::Private
{
    QString path;
    qint64 limit = kDefaultLimitBytes;
    mutable QMutex mutex;                         // guards everything below
    detail::SqlitePtr db;
    mutable QCache<TileKey, QImage> decoded{kMemoryLimitKb};
    qint64 bytes = 0;
    qint64 count = 0;

    bool createSchema(const TileSource &source, QString *error);
    bool trim(QString *error);
};

TileCache::TileCache() : d(std::make_unique<Private>()) {}
TileCache::~TileCache() = default;

QString TileCache::defaultPath(const QString &cacheDir, const TileSource &source)
{
    const QByteArray hash = QCryptographicHash::hash(source.urlTemplate().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    QString host = source.host();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QDir(cacheDir).filePath(QStringLiteral("tiles/%1-%2.mbtiles").arg(host, QString::fromLatin1(hash)));
}

std::unique_ptr<TileCache> TileCache::open(const QString &path, const TileSource &source, qint64 limitBytes, QString *error)
{
    auto cache = std::unique_ptr<TileCache>(new TileCache);
    Private &p = *cache->d;
    p.path = QFileInfo(path).absoluteFilePath();
    p.limit = limitBytes > 0 ? limitBytes : kDefaultLimitBytes;
    if (!QDir().mkpath(QFileInfo(p.path).absolutePath())) {
        *error = tr("%1: the tile cache's folder cannot be created").arg(p.path);
        return nullptr;
    }
    QString reason;
    p.db = detail::openSqlite(p.path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, &reason);
    if (!p.db || !p.createSchema(source, &reason)) {
        *error = tr("%1: the tile cache cannot be used: %2").arg(p.path, reason);
        return nullptr;
    }
    detail::SqliteStatement sizes(p.db.get(), "SELECT coalesce(sum(length(tile_data)), 0), count(*) FROM tiles");
    if (!sizes.next(&reason)) {
        *error = tr("%1: the tile cache cannot be read: %2").arg(p.path, reason);
        return nullptr;
    }
    p.bytes = sizes.columnInt(0);
    p.count = sizes.columnInt(1);
    return cache;
}

bool TileCache::Private::createSchema(const TileSource &source, QString *error)
{
    sqlite3_busy_timeout(db.get(), 5000);   // a second program (the CLI) may be writing the same file
    if (!detail::execSql(db.get(),
                         "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                         "CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);"
                         "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                         " tile_data BLOB, last_used INTEGER);"
                         "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);"
                         "CREATE INDEX IF NOT EXISTS tile_use ON tiles (last_used);",
                         error))
        return false;
    // A file of another source under this name would mix two maps: refused, never overwritten.
    detail::SqliteStatement owner(db.get(), "SELECT value FROM metadata WHERE name = 'sezview_url'");
    if (owner.next(error)) {
        if (owner.columnText(0) != source.urlTemplate()) {
            *error = tr("it holds the tiles of %1").arg(owner.columnText(0));
            return false;
        }
        return true;
    }
    if (!error->isEmpty())
        return false;
    detail::SqliteStatement insert(db.get(), "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)");
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("name"), source.host()},
        {QStringLiteral("type"), QStringLiteral("baselayer")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("attribution"), source.attribution()},
        {QStringLiteral("description"), QStringLiteral("sezview's cache of %1").arg(source.urlTemplate())},
        {QStringLiteral("sezview_url"), source.urlTemplate()},
    };
    for (const auto &[name, value] : rows) {
        insert.bindText(1, name);
        insert.bindText(2, value);
        if (!insert.exec(error))
            return false;
    }
    return true;
}

QString TileCache::path() const
{
    return d->path;
}

QImage TileCache::tile(const TileKey &key) const
{
    QMutexLocker lock(&d->mutex);
    if (const QImage *image = d->decoded.object(key))
        return *image;
    detail::SqliteStatement select(d->db.get(), "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    select.bindInt(1, key.z);
    select.bindInt(2, key.x);
    select.bindInt(3, tmsRow(key));
    QString error;
    if (!select.next(&error))
        return {};
    QImage image = QImage::fromData(select.columnBlob(0));
    if (image.isNull())
        return {};
    image = image.convertToFormat(QImage::Format_RGBA8888);
    d->decoded.insert(key, new QImage(image), int(image.sizeInBytes() / 1024));
    // Kept longer: a tile read again is one the user comes back to. Failing to note it costs nothing.
    detail::SqliteStatement touch(d->db.get(), "UPDATE tiles SET last_used = ? WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    touch.bindInt(1, QDateTime::currentSecsSinceEpoch());
    touch.bindInt(2, key.z);
    touch.bindInt(3, key.x);
    touch.bindInt(4, tmsRow(key));
    touch.exec(&error);
    return image;
}

bool TileCache::store(const TileKey &key, const QByteArray &encoded, QString *error)
{
    QImage image = QImage::fromData(encoded);
    if (image.isNull()) {
        *error = tr("the server sent something that is not an image");
        return false;
    }
    image = image.convertToFormat(QImage::Format_RGBA8888);
    QMutexLocker lock(&d->mutex);
    detail::SqliteStatement old(d->db.get(), "SELECT length(tile_data) FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    old.bindInt(1, key.z);
    old.bindInt(2, key.x);
    old.bindInt(3, tmsRow(key));
    QString ignored;
    const qint64 replaced = old.next(&ignored) ? old.columnInt(0) : -1;
    detail::SqliteStatement insert(d->db.get(), "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data, last_used) "
                                                "VALUES (?, ?, ?, ?, ?)");
    insert.bindInt(1, key.z);
    insert.bindInt(2, key.x);
    insert.bindInt(3, tmsRow(key));
    insert.bindBlob(4, encoded);
    insert.bindInt(5, QDateTime::currentSecsSinceEpoch());
    if (!insert.exec(error))
        return false;
    d->bytes += encoded.size() - std::max<qint64>(replaced, 0);
    d->count += replaced < 0 ? 1 : 0;
    d->decoded.insert(key, new QImage(image), int(image.sizeInBytes() / 1024));
    return d->bytes <= d->limit || d->trim(error);
}

// The least recently used tiles go until the file is at kTrimTo of its limit.
bool TileCache::Private::trim(QString *error)
{
    detail::SqliteStatement oldest(db.get(), "SELECT rowid, length(tile_data) FROM tiles ORDER BY last_used, rowid");
    error->clear();
    std::vector<qint64> rows;
    qint64 freed = 0;
    const qint64 target = bytes - qint64(double(limit) * kTrimTo);
    while (freed < target && oldest.next(error)) {
        rows.push_back(oldest.columnInt(0));
        freed += oldest.columnInt(1);
    }
    if (!error->isEmpty())
        return false;
    if (!detail::execSql(db.get(), "BEGIN", error))
        return false;
    detail::SqliteStatement remove(db.get(), "DELETE FROM tiles WHERE rowid = ?");
    for (qint64 row : rows) {
        remove.bindInt(1, row);
        if (!remove.exec(error)) {
            QString ignored;
            detail::execSql(db.get(), "ROLLBACK", &ignored);
            return false;
        }
    }
    if (!detail::execSql(db.get(), "COMMIT", error))
        return false;
    bytes -= freed;
    count -= qint64(rows.size());
    decoded.clear();   // cheap to refill from disk, and no evicted tile stays drawn from memory
    return true;
}

qint64 TileCache::bytes() const
{
    QMutexLocker lock(&d->mutex);
    return d->bytes;
}

qint64 TileCache::tileCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->count;
}

qint64 TileCache::limit() const
{
    return d->limit;
}

} // namespace sez
