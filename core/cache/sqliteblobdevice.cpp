// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/sqliteblobdevice_p.h"

#include "core/cache/sqlitestatement_p.h"

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
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void SqliteBlobDevice::close()
{
    if (isOpen())
        QIODevice::close();
    sqlite3_blob_close(mBlob);
    mBlob = nullptr;
    mSize = 0;
}

qint64 SqliteBlobDevice::readData(char *data, qint64 maxSize)
{
    // A blob's size is an int (sqlite3_blob_bytes), so are every offset and length within it.
    const qint64 n = std::min(maxSize, mSize - pos());
    if (n <= 0)
        return 0;
    if (!mBlob || sqlite3_blob_read(mBlob, data, int(n), int(pos())) != SQLITE_OK)
        return -1;
    return n;
}

} // namespace sez::detail
