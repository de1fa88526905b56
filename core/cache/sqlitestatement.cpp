// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/sqlitestatement_p.h"

#include <QFile>

namespace sez::detail {

SqlitePtr openSqlite(const QString &path, int flags, QString *error)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path == QLatin1String(":memory:") ? ":memory:" : QFile::encodeName(path).constData(),
                                   &raw, flags, nullptr);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK) {
        *error = db ? sqliteMessage(db.get()) : QString::fromUtf8(sqlite3_errstr(rc));
        return {};
    }
    return db;
}

bool closeSqlite(SqlitePtr db, QString *error)
{
    const int rc = sqlite3_close(db.get());
    if (rc != SQLITE_OK) {
        *error = sqliteMessage(db.get());
        return false;   // the deleter still closes it, once its statements are gone
    }
    db.release();
    return true;
}

bool execSql(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql)
    : mDb(db)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &mStmt, nullptr) != SQLITE_OK) {
        mError = sqliteMessage(db);
        sqlite3_finalize(mStmt);
        mStmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(mStmt);
}

void SqliteStatement::check(int rc)
{
    if (rc != SQLITE_OK && mError.isEmpty())
        mError = QString::fromUtf8(sqlite3_errstr(rc));
}

void SqliteStatement::bindNull(int column)
{
    check(sqlite3_bind_null(mStmt, column));
}

void SqliteStatement::bindInt(int column, qint64 value)
{
    check(sqlite3_bind_int64(mStmt, column, value));
}

void SqliteStatement::bindDouble(int column, double value)
{
    check(sqlite3_bind_double(mStmt, column, value));
}

void SqliteStatement::bindText(int column, const QString &text)
{
    if (text.isNull()) {
        bindNull(column);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text(mStmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void SqliteStatement::bindUtf8(int column, const QByteArray &utf8)
{
    if (utf8.isNull())
        bindNull(column);
    else
        check(sqlite3_bind_text(mStmt, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindUtf8View(int column, QByteArrayView utf8)
{
    check(sqlite3_bind_text(mStmt, column, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindBlob(int column, const QByteArray &bytes)
{
    check(sqlite3_bind_blob64(mStmt, column, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC));
}

bool SqliteStatement::exec(QString *error)
{
    if (!mStmt || !mError.isEmpty()) {
        *error = mError;
        return false;
    }
    const int rc = sqlite3_step(mStmt);
    // reset() returns the step's failure again; the step's own code is the one that counts.
    sqlite3_reset(mStmt);
    if (rc != SQLITE_DONE) {
        *error = sqliteMessage(mDb);
        return false;
    }
    return true;
}

bool SqliteStatement::next(QString *error)
{
    if (!mStmt || !mError.isEmpty()) {
        *error = mError;
        return false;
    }
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        *error = sqliteMessage(mDb);
    return false;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(mStmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(mStmt, column)) : QString();
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void *blob = sqlite3_column_blob(mStmt, column);
    return QByteArray::fromRawData(static_cast<const char *>(blob), sqlite3_column_bytes(mStmt, column));
}

} // namespace sez::detail
