// SPDX-License-Identifier: GPL-3.0-or-later
// Blobs of a SQLite table read as one random-access device through SQLite's incremental blob I/O,
// so that a reader's large reads go from SQLite's pages straight into their destination: no copy of
// the whole blob is made first (sqlite3_column_blob would assemble one, and a QByteArray another).
// A value larger than SQLite allows in one row (SQLITE_MAX_LENGTH, 1 GB in Debian's build) is kept
// in chunks, rows 1..N, written by SqliteChunkWriter and read back in sequence as one device.
#pragma once

#include "core/cache/sqlitestatement_p.h"

#include <QByteArray>
#include <QIODevice>

#include <sqlite3.h>

#include <vector>

namespace sez::detail {

/// Unbuffered, as QBuffer is: each read goes to SQLite at pos(), large ones straight into the
/// reader's memory.
class SqliteBlobDevice : public QIODevice
{
public:
    SqliteBlobDevice() = default;
    ~SqliteBlobDevice() override;

    /// Opens the blob of \a column in the row \a rowid of \a table for reading; false and \a error
    /// when SQLite cannot.
    bool openBlob(sqlite3 *db, const char *table, const char *column, qint64 rowid, QString *error);
    /// Opens the blobs of \a column in the rows 1..chunkSizes.size() of \a table as one device, in
    /// that order; each must hold as many bytes as \a chunkSizes says (checked as it is reached: a
    /// read of a chunk of another size fails). False and \a error when SQLite cannot open the first.
    bool openChunks(sqlite3 *db, const char *table, const char *column, std::vector<qint64> chunkSizes, QString *error);

    bool isSequential() const override { return false; }
    qint64 size() const override { return mSize; }
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool selectChunk(std::size_t chunk);

    sqlite3_blob *mBlob = nullptr;
    qint64 mSize = 0;
    std::vector<qint64> mStarts;   // each chunk's first byte in the device, then the size
    std::size_t mChunk = 0;        // the chunk mBlob points at
};

/// A write-only sequential device that stores what is written to it in rows 1, 2, ... of a table
/// (INSERT INTO table VALUES (id, blob)), each of \a chunkBytes except the last, holding one chunk
/// in memory at a time. finish() writes the last; the caller's transaction makes them one.
class SqliteChunkWriter : public QIODevice
{
public:
    SqliteChunkWriter(sqlite3 *db, const char *table, qint64 chunkBytes);

    bool isSequential() const override { return true; }
    /// Writes the last chunk; false and \a error when this or an earlier chunk could not be written.
    bool finish(QString *error);
    qint64 chunks() const { return mNextId - 1; }
    qint64 bytes() const { return mBytes; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flush();

    SqliteStatement mInsert;
    qint64 mChunkBytes;
    QByteArray mBuffer;
    qint64 mNextId = 1;
    qint64 mBytes = 0;
    QString mError;
};

} // namespace sez::detail
