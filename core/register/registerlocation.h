// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sez {

/// Where an allocation register lives, as a user names it:
///  - `sqlite:FILE`, a local file for one desk (created on first use);
///  - `postgresql://[user@]host[:port]/dbname?sslmode=…` (also `postgres://`), a libpq URI, or a libpq
///    `key=value …` string such as `service=sezview`, for a database shared by an office.
/// Passwords are never taken here: libpq finds them in ~/.pgpass (PGPASSFILE) or the service file.
class RegisterLocation
{
    Q_DECLARE_TR_FUNCTIONS(sez::RegisterLocation)

public:
    enum class Backend { SQLite, PostgreSQL };

    /// Parses \a text; false and a translated \a error (naming the problem, never a password) when it
    /// is not a register location.
    static bool parse(const QString &text, RegisterLocation *location, QString *error);
    /// A SQLite register in the user's data folder (not the cache: a register is not re-creatable).
    static RegisterLocation defaultLocation();
    static RegisterLocation sqliteFile(const QString &path);

    Backend backend() const { return mBackend; }
    /// The absolute file path (SQLite).
    QString filePath() const { return mFilePath; }
    /// The libpq keywords and values given (PostgreSQL), in the order given.
    const QList<QPair<QString, QString>> &parameters() const { return mParameters; }
    /// How messages name it: the file, or role@host/database, or the service.
    QString displayName() const;
    /// The text it was given as (or sqlite:PATH); round-trips through parse().
    QString text() const { return mText; }

private:
    Backend mBackend = Backend::SQLite;
    QString mFilePath;
    QList<QPair<QString, QString>> mParameters;
    QString mText;
};

} // namespace sez
