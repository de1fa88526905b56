// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/registerlocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace sez {

/// One Qt SQL connection to a register, usable only in the thread that opened it. It keeps each
/// statement prepared once (the statements are the register's own texts; values are only ever bound)
/// and tells the backends' errors apart.
class RegisterConnection
{
    Q_DECLARE_TR_FUNCTIONS(sez::RegisterConnection)

public:
    enum class ErrorKind { Other, PermissionDenied, Duplicate, ReadOnlyFile, Busy };

    explicit RegisterConnection(const RegisterLocation &location);
    ~RegisterConnection();
    RegisterConnection(const RegisterConnection &) = delete;
    RegisterConnection &operator=(const RegisterConnection &) = delete;

    /// Opens the connection; a SQLite file that may not be written, or any with \a readOnly, is
    /// opened read-only.
    bool open(QString *error, bool readOnly = false);
    bool isPostgres() const { return mLocation.backend() == RegisterLocation::Backend::PostgreSQL; }
    const RegisterLocation &location() const { return mLocation; }
    bool fileReadOnly() const { return mFileReadOnly; }
    QSqlDatabase database() const;

    /// The statement \a sql, prepared on first use and reset for new bindings; nullptr and *error on failure.
    QSqlQuery *statement(const QString &sql, QString *error);
    /// Runs \a sql (one statement of the register's own, no values) once.
    bool exec(const QString &sql, QString *error);
    /// Runs \a statements one after the other in one transaction.
    bool execInTransaction(const QStringList &statements, QString *error);
    /// The first column of the first row of \a sql (prepared once, no values); false when it has none.
    bool value(const QString &sql, QVariant *value, QString *error);
    /// Runs a prepared statement with its bound values; on failure \a error and \a kind.
    bool run(QSqlQuery *query, QString *error, ErrorKind *kind = nullptr);

    /// Starts a write transaction (SQLite takes the write lock at once, so two desks never deadlock).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    ErrorKind classify(const QSqlError &error) const;
    /// One line: where, and what the database said.
    QString describe(const QSqlError &error) const;

private:
    RegisterLocation mLocation;
    QString mName;
    bool mFileReadOnly = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> mStatements;
};

} // namespace sez
