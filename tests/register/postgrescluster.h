// SPDX-License-Identifier: GPL-3.0-or-later
// The throwaway PostgreSQL cluster that scripts/test.sh starts (scripts/pg-cluster.sh): whether the
// tests can reach it, where it is, and its superuser's statements (databases made and dropped).
#pragma once

#include "core/register/registerlocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace PostgresCluster {

/// The cluster's own database, where the superuser makes the tests' databases.
inline QString adminDatabase() { return QStringLiteral("sezview_test"); }

/// Why the PostgreSQL tests cannot run here, or an empty string.
inline QString missing()
{
    if (qEnvironmentVariableIsEmpty("SEZ_TEST_PG"))
        return QStringLiteral("SEZ_TEST_PG is not set: the PostgreSQL tests need the throwaway cluster that "
                              "scripts/test.sh starts (scripts/pg-cluster.sh start DIR, then source DIR/env)");
    return {};
}

/// Whether a missing cluster fails the test instead of skipping it (scripts/test.sh, CI).
inline bool required() { return qEnvironmentVariableIntValue("SEZ_TEST_PG_REQUIRED") == 1; }

/// Where the cluster listens, as libpq's key=value pairs (host, and port when SEZ_TEST_PG gives one);
/// false and *error when SEZ_TEST_PG cannot be read.
inline bool server(QStringList *pairs, QString *error)
{
    sez::RegisterLocation base;
    if (!sez::RegisterLocation::parse(qEnvironmentVariable("SEZ_TEST_PG"), &base, error))
        return false;
    pairs->clear();
    for (const auto &p : base.parameters())
        if (p.first == QLatin1String("host") || p.first == QLatin1String("port"))
            *pairs << p.first + QStringLiteral("=") + p.second;
    return true;
}

/// Runs \a statements in order as the cluster's superuser in \a database of the cluster at \a server;
/// false and *error at the first that fails.
inline bool admin(const QStringList &server, const QString &database, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("cluster-admin");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(server.join(QLatin1Char(';')) + QStringLiteral(";dbname=%1;user=sez_admin").arg(database));
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                *error = q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace PostgresCluster

/// Skips the test function with the reason when the cluster cannot be reached, or fails it where the
/// cluster must be there (PostgresCluster::required()).
#define SEZ_REQUIRE_POSTGRES()                                                                      \
    do {                                                                                            \
        if (!PostgresCluster::missing().isEmpty()) {                                                \
            if (PostgresCluster::required())                                                        \
                QFAIL(qPrintable(PostgresCluster::missing()));                                      \
            QSKIP(qPrintable(PostgresCluster::missing()));                                          \
        }                                                                                           \
    } while (false)
