// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite for the cache: a connection owned by std::unique_ptr and statements whose every result is
// checked, so no write can fail without the import knowing.
#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>

namespace sez::detail {

struct SqliteCloser { void operator()(sqlite3 *db) const { sqlite3_close_v2(db); } };
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;

/// Opens \a path (":memory:" for a database in memory) with \a flags; null and \a error on failure.
SqlitePtr openSqlite(const QString &path, int flags, QString *error);
/// Closes \a db and says whether SQLite closed it cleanly.
bool closeSqlite(SqlitePtr db, QString *error);
/// Runs statements that return no rows (several, separated by semicolons).
bool execSql(sqlite3 *db, const char *sql, QString *error);
/// SQLite's message for the last failure on \a db.
QString sqliteMessage(sqlite3 *db);

/// A prepared statement. Each bind records the first failure, which exec() and next() then report
/// with SQLite's message, so callers check one result per row instead of one per call.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// False when the statement could not be prepared; error() says why.
    bool isValid() const { return mStmt != nullptr; }
    QString error() const { return mError; }

    void bindNull(int column);
    void bindInt(int column, qint64 value);
    void bindDouble(int column, double value);
    /// Null for a null QString.
    void bindText(int column, const QString &text);
    /// Text already in UTF-8, null for a null QByteArray. SQLite does not copy it: \a utf8 must live
    /// until the statement is run.
    void bindUtf8(int column, const QByteArray &utf8);
    /// UTF-8 text, never null (an empty view binds ''), that must live until the statement is run.
    void bindUtf8View(int column, QByteArrayView utf8);
    /// A blob that, like bindUtf8's text, must live until the statement is run.
    void bindBlob(int column, const QByteArray &bytes);

    /// Runs a statement that returns no rows and makes it ready for the next binds.
    bool exec(QString *error);
    /// Steps to the next row: true on a row; false at the end, or on a failure that fills \a error.
    bool next(QString *error);

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    /// The column's bytes, valid until the next step.
    QByteArray columnBlob(int column) const;

private:
    void check(int rc);

    sqlite3 *mDb;
    sqlite3_stmt *mStmt = nullptr;
    QString mError;
};

} // namespace sez::detail
