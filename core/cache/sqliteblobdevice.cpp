// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/sqliteblobdevice_p.h"

#include <algorithm>

namespace sez::detail {

SqliteBlobDevice::~SqliteBlobDevice()
{
    close();
}

bool SqliteBlobDevice::openBlob(sqlite3 *db, const char *table, const char *column, qint64 rowid, QString *error)
{
    close();
    if (sqlite3_blob_open(db, "main", table, column, rowid, 0, &mBlob) != SQLITE_OK) {
        *error = sqliteMessage(db);
        mBlob = nullptr;   // SQLite leaves it null on failure
        return false;
    }
    mSize = sqlite3_blob_bytes(mBlob);
    mStarts = {0, mSize};
    mChunk = 0;
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SqliteBlobDevice::openChunks(sqlite3 *db, const char *table, const char *column, std::vector<qint64> chunkSizes, QString *error)
{
    close();
    if (chunkSizes.empty() || !openBlob(db, table, column, 1, error))
        return false;
    mStarts.assign(1, 0);
    for (qint64 size : chunkSizes)
        mStarts.push_back(mStarts.back() + size);
    mSize = mStarts.back();
    mChunk = 0;
    if (sqlite3_blob_bytes(mBlob) != chunkSizes.front()) {
        *error = QStringLiteral("chunk 1 has %1 bytes, not %2").arg(sqlite3_blob_bytes(mBlob)).arg(chunkSizes.front());
        close();
        return false;
    }
    return true;
}

void SqliteBlobDevice::close()
{
    if (isOpen())
        QIODevice::close();
    sqlite3_blob_close(mBlob);
    mBlob = nullptr;
    mSize = 0;
    mStarts.clear();
    mChunk = 0;
}

bool SqliteBlobDevice::selectChunk(std::size_t chunk)
{
    if (chunk == mChunk)
        return true;
    // A chunk of another size than the one announced is damage: no read goes past its end.
    if (sqlite3_blob_reopen(mBlob, sqlite3_int64(chunk + 1)) != SQLITE_OK
        || sqlite3_blob_bytes(mBlob) != mStarts[chunk + 1] - mStarts[chunk]) {
        sqlite3_blob_close(mBlob);
        mBlob = nullptr;
        return false;
    }
    mChunk = chunk;
    return true;
}

qint64 SqliteBlobDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < mSize) {
        // The chunk holding \c at; a blob's size is an int (sqlite3_blob_bytes), so are every offset
        // and length within it.
        const auto next = std::upper_bound(mStarts.begin(), mStarts.end(), at);
        const std::size_t chunk = std::size_t(next - mStarts.begin()) - 1;
        if (!mBlob || !selectChunk(chunk))
            return -1;
        const qint64 offset = at - mStarts[chunk];
        const qint64 n = std::min(maxSize - done, mStarts[chunk + 1] - at);
        if (sqlite3_blob_read(mBlob, data + done, int(n), int(offset)) != SQLITE_OK)
            return -1;
        done += n;
        at += n;
    }
    return done;
}

namespace {

QByteArray insertSql(const char *table)
{
    return QByteArrayLiteral("INSERT INTO ") + table + QByteArrayLiteral(" VALUES (?, ?)");
}

} // namespace

SqliteChunkWriter::SqliteChunkWriter(sqlite3 *db, const char *table, qint64 chunkBytes)
    : mInsert(db, insertSql(table))
    , mChunkBytes(std::max<qint64>(chunkBytes, 1))
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SqliteChunkWriter::writeData(const char *data, qint64 size)
{
    if (!mError.isEmpty())
        return -1;
    qint64 done = 0;
    while (done < size) {
        if (mBuffer.capacity() < mChunkBytes)
            mBuffer.reserve(qsizetype(mChunkBytes));   // untouched pages cost nothing: the last chunk may be small
        const qint64 n = std::min(size - done, mChunkBytes - qint64(mBuffer.size()));
        mBuffer.append(data + done, qsizetype(n));
        done += n;
        if (mBuffer.size() == mChunkBytes && !flush())
            return -1;
    }
    mBytes += size;
    return size;
}

bool SqliteChunkWriter::flush()
{
    mInsert.bindInt(1, mNextId);
    mInsert.bindBlob(2, mBuffer);
    if (!mInsert.exec(&mError))
        return false;
    ++mNextId;
    mBuffer.resize(0);   // keeps its memory for the next chunk
    return true;
}

bool SqliteChunkWriter::finish(QString *error)
{
    // Also an empty last chunk when nothing was written: the reader expects one row at least.
    if (mError.isEmpty() && (!mBuffer.isEmpty() || mNextId == 1))
        flush();
    mBuffer = QByteArray();
    QIODevice::close();
    if (!mError.isEmpty()) {
        *error = mError;
        return false;
    }
    return true;
}

} // namespace sez::detail
