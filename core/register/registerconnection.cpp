// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/registerconnection_p.h"

#include "core/io/outputguard.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>

namespace sez {

namespace {

// libpq's quoting of a value in a key=value connection string.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sezview-register-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

RegisterConnection::RegisterConnection(const RegisterLocation &location)
    : mLocation(location), mName(uniqueConnectionName())
{
}

RegisterConnection::~RegisterConnection()
{
    mStatements.clear();
    if (QSqlDatabase::contains(mName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(mName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(mName);
    }
}

QSqlDatabase RegisterConnection::database() const
{
    return QSqlDatabase::database(mName, false);
}

bool RegisterConnection::open(QString *error, bool readOnly)
{
    if (!isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *error = tr("Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite)");
            return false;
        }
        const QFileInfo file(mLocation.filePath());
        // The register is written: never into a source of the open dataset or its cache.
        if (!readOnly && !OutputGuard::check(file.absoluteFilePath(), error))
            return false;
        if (!file.exists() && !QDir().mkpath(file.absolutePath())) {
            *error = tr("%1: the folder cannot be created").arg(file.absolutePath());
            return false;
        }
        // SQLite writes a journal beside the file, so the folder must be writable too.
        mFileReadOnly = file.exists() && (readOnly || !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(mFileReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000")
                                           : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            *error = describe(db.lastError());
            return false;
        }
        return exec(QStringLiteral("PRAGMA foreign_keys = ON"), error);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    QStringList options;
    bool named = false, timeout = false;
    for (const auto &p : mLocation.parameters()) {
        options << p.first + QLatin1Char('=') + quoted(p.second);
        named = named || p.first == QLatin1String("application_name");
        timeout = timeout || p.first == QLatin1String("connect_timeout");
    }
    if (!named)
        options << QStringLiteral("application_name='sezview'");
    if (!timeout)
        options << QStringLiteral("connect_timeout='10'");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), mName);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = describe(db.lastError());
        return false;
    }
    // Every statement of the register names its tables without the schema.
    return exec(QStringLiteral("SET search_path TO sezview"), error);
}

QSqlQuery *RegisterConnection::statement(const QString &sql, QString *error)
{
    auto it = mStatements.find(sql);
    if (it != mStatements.end()) {
        (*it)->finish();
        return it->get();
    }
    auto query = std::make_shared<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = describe(query->lastError());
        return nullptr;
    }
    mStatements.insert(sql, query);
    return query.get();
}

bool RegisterConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    *error = describe(query.lastError());
    return false;
}

bool RegisterConnection::execInTransaction(const QStringList &statements, QString *error)
{
    if (!begin(error))
        return false;
    for (const QString &sql : statements) {
        if (!exec(sql, error)) {
            rollback();
            return false;
        }
    }
    if (commit(error))
        return true;
    rollback();
    return false;
}

bool RegisterConnection::value(const QString &sql, QVariant *value, QString *error)
{
    QSqlQuery *q = statement(sql, error);
    if (!q || !run(q, error))
        return false;
    if (!q->next()) {
        *error = tr("the register %1: no answer to %2").arg(mLocation.displayName(), sql);
        return false;
    }
    *value = q->value(0);
    q->finish();
    return true;
}

bool RegisterConnection::run(QSqlQuery *query, QString *error, ErrorKind *kind)
{
    if (query->exec())
        return true;
    *error = describe(query->lastError());
    if (kind)
        *kind = classify(query->lastError());
    return false;
}

bool RegisterConnection::begin(QString *error)
{
    return exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool RegisterConnection::commit(QString *error)
{
    return exec(QStringLiteral("COMMIT"), error);
}

void RegisterConnection::rollback()
{
    for (const auto &query : std::as_const(mStatements))
        query->finish();
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
}

RegisterConnection::ErrorKind RegisterConnection::classify(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgres()) {
        // SQLSTATE: insufficient_privilege, unique_violation, read_only_sql_transaction.
        if (code == QLatin1String("42501") || code == QLatin1String("25006"))
            return ErrorKind::PermissionDenied;
        if (code == QLatin1String("23505"))
            return ErrorKind::Duplicate;
        return ErrorKind::Other;
    }
    // SQLite's extended result codes: the primary code is the low byte.
    const int sqlite = code.toInt();
    switch (sqlite & 0xff) {
    case 8: return ErrorKind::ReadOnlyFile;    // SQLITE_READONLY
    case 5: case 6: return ErrorKind::Busy;    // SQLITE_BUSY, SQLITE_LOCKED
    case 19:                                   // SQLITE_CONSTRAINT: _PRIMARYKEY and _UNIQUE
        return sqlite == 1555 || sqlite == 2067 ? ErrorKind::Duplicate : ErrorKind::Other;
    default: return ErrorKind::Other;
    }
}

QString RegisterConnection::describe(const QSqlError &error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq's messages run over several lines (DETAIL, HINT): the first says what happened.
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return tr("the register %1: %2").arg(mLocation.displayName(), text);
}

} // namespace sez
