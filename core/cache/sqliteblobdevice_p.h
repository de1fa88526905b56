// SPDX-License-Identifier: GPL-3.0-or-later
// One blob of a SQLite table read as a random-access device through SQLite's incremental blob I/O,
// so that a reader's large reads go from SQLite's pages straight into their destination: no copy of
// the whole blob is made first (sqlite3_column_blob would assemble one, and a QByteArray another).
#pragma once

#include <QIODevice>

#include <sqlite3.h>

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

    bool isSequential() const override { return false; }
    qint64 size() const override { return mSize; }
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    sqlite3_blob *mBlob = nullptr;
    qint64 mSize = 0;
};

} // namespace sez::detail
