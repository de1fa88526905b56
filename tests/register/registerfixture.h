// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh register per test on either backend: a SQLite file in a temporary folder, or a new database
// in the throwaway PostgreSQL cluster that scripts/test.sh starts (SEZ_TEST_PG; roles sez_admin, officer,
// officer2 and analyst, see scripts/pg-cluster.sh), created as its owner would with `register init`.
#pragma once

#include "core/register/allocationregister.h"
#include "core/register/registerlocation.h"
#include "tests/register/postgrescluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

class RegisterFixture
{
public:
    ~RegisterFixture() { tearDown(); }

    /// A new, empty register for \a backend ("sqlite" or "postgresql"); false and *error when it fails.
    bool setUp(const QString &backend, QString *error)
    {
        tearDown();
        mPostgres = backend == QLatin1String("postgresql");
        if (!mPostgres) {
            mDir = std::make_unique<QTemporaryDir>();
            mFile = mDir->filePath(QStringLiteral("register.sqlite"));
            return true;
        }
        if (!PostgresCluster::server(&mServer, error))
            return false;
        static int counter = 0;
        mDatabase = QStringLiteral("register_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(mDatabase), error))
            return false;
        sez::AllocationRegister::Options options;
        options.create = true;
        return sez::AllocationRegister::open(location(QStringLiteral("sez_admin")), options, error) != nullptr;
    }

    void tearDown()
    {
        if (!mDatabase.isEmpty()) {
            QString ignored;
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(mDatabase), &ignored);
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1_empty WITH (FORCE)").arg(mDatabase), &ignored);
            mDatabase.clear();
        }
        mServer.clear();
        mDir.reset();
    }

    bool postgres() const { return mPostgres; }

    /// The register as \a role sees it (PostgreSQL); the SQLite file whoever asks.
    sez::RegisterLocation location(const QString &role = QStringLiteral("officer")) const
    {
        if (!mPostgres)
            return sez::RegisterLocation::sqliteFile(mFile);
        sez::RegisterLocation location;
        QString error;
        sez::RegisterLocation::parse(mServer.join(QLatin1Char(' ')) + QStringLiteral(" dbname=%1 user=%2").arg(mDatabase, role),
                                     &location, &error);
        return location;
    }

    /// A PostgreSQL database of the cluster that holds no register, as \a role sees it.
    bool emptyDatabase(const QString &role, sez::RegisterLocation *location, QString *error) const
    {
        const QString name = mDatabase + QStringLiteral("_empty");
        return admin(QStringLiteral("CREATE DATABASE %1").arg(name), error)
            && sez::RegisterLocation::parse(mServer.join(QLatin1Char(' ')) + QStringLiteral(" dbname=%1 user=%2").arg(name, role),
                                            location, error);
    }

    std::unique_ptr<sez::AllocationRegister> open(const QString &role = QStringLiteral("officer"), const QString &author = {}) const
    {
        sez::AllocationRegister::Options options;
        options.author = author.isEmpty() ? role : author;
        QString error;
        auto reg = sez::AllocationRegister::open(location(role), options, &error);
        if (!reg)
            qWarning("%s", qPrintable(error));
        return reg;
    }

private:
    // Runs one statement as the cluster's superuser, in the cluster's own test database.
    bool admin(const QString &sql, QString *error) const
    {
        return PostgresCluster::admin(mServer, PostgresCluster::adminDatabase(), {sql}, error);
    }

    bool mPostgres = false;
    std::unique_ptr<QTemporaryDir> mDir;
    QString mFile;
    QStringList mServer;
    QString mDatabase;
};

/// The rows of initTestCase_data() in every register test: one body, both backends.
inline void addRegisterBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/// The body of init() in every register test: a fresh register for the row's backend. Without a
/// cluster the PostgreSQL rows are skipped with the reason, or fail where they must run.
#define SEZ_REGISTER_INIT(fixture)                                                                   \
    do {                                                                                             \
        QFETCH_GLOBAL(QString, backend);                                                             \
        if (backend == QLatin1String("postgresql"))                                                  \
            SEZ_REQUIRE_POSTGRES();                                                                  \
        QString fixtureError;                                                                        \
        QVERIFY2((fixture).setUp(backend, &fixtureError), qPrintable(fixtureError));                 \
    } while (false)
