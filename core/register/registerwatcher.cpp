// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/registerwatcher.h"

#include "core/register/changereader_p.h"
#include "core/register/registerconnection_p.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <memory>

namespace sez {

namespace {

const QString kChannel = QStringLiteral("sezview_register");
constexpr int kSqlitePollMs = 500;
constexpr int kPostgresCheckMs = 5000;

} // namespace

/// Lives in the watcher's thread: owns the connection and hands each change to the watcher.
class RegisterWatcher::Listener : public QObject
{
public:
    Listener(RegisterWatcher *watcher, const RegisterLocation &location) : mWatcher(watcher), mLocation(location) {}

    bool open(QString *error)
    {
        if (!connectToRegister(error))
            return false;
        mTimer = new QTimer(this);
        QObject::connect(mTimer, &QTimer::timeout, this, [this] { mConnection && !mConnection->isPostgres() ? poll() : checkAlive(); });
        mTimer->start(mLocation.backend() == RegisterLocation::Backend::PostgreSQL ? kPostgresCheckMs : kSqlitePollMs);
        return true;
    }

    void close()
    {
        delete mTimer;
        mTimer = nullptr;
        mConnection.reset();
    }

private:
    bool connectToRegister(QString *error)
    {
        // Watching never creates a register: that is for the desk that writes.
        if (mLocation.backend() == RegisterLocation::Backend::SQLite && !QFileInfo::exists(mLocation.filePath())) {
            *error = RegisterWatcher::tr("there is no register at %1 yet").arg(mLocation.filePath());
            return false;
        }
        mConnection = std::make_unique<RegisterConnection>(mLocation);
        if (!mConnection->open(error))
            return false;
        if (!mConnection->isPostgres())
            return lastChangeId(&mLastId, error) && dataVersion(&mDataVersion, error);
        QSqlDriver *driver = mConnection->database().driver();
        QObject::connect(driver, &QSqlDriver::notification, this,
                         [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             if (name == kChannel)
                                 deliver(QJsonDocument::fromJson(payload.toString().toUtf8()).object()
                                             .value(QStringLiteral("id")).toInteger());
                         });
        if (!driver->subscribeToNotification(kChannel)) {
            *error = mConnection->describe(driver->lastError());
            return false;
        }
        return true;
    }

    bool lastChangeId(qint64 *id, QString *error)
    {
        QVariant value;
        if (!mConnection->value(QStringLiteral("SELECT coalesce(max(id), 0) FROM allocation_change"), &value, error))
            return false;
        *id = value.toLongLong();
        return true;
    }

    // SQLite's count of commits by other connections: polling costs nothing while it stands still.
    bool dataVersion(qint64 *version, QString *error)
    {
        QVariant value;
        if (!mConnection->value(QStringLiteral("PRAGMA data_version"), &value, error))
            return false;
        *version = value.toLongLong();
        return true;
    }

    void deliver(qint64 id)
    {
        std::vector<AllocationChange> changes;
        QString error;
        if (id <= 0 || !ChangeReader::read(*mConnection, QStringLiteral("c.id = ?"), {id}, &changes, &error))
            return;
        emitChanges(changes);
    }

    void emitChanges(const std::vector<AllocationChange> &changes)
    {
        RegisterWatcher *watcher = mWatcher;
        for (const AllocationChange &change : changes)
            QMetaObject::invokeMethod(watcher, [watcher, change] { Q_EMIT watcher->changed(change); }, Qt::QueuedConnection);
    }

    // SQLite: commits are serialised, so the changes after the last one seen are all the new ones.
    void poll()
    {
        QString error;
        qint64 version = 0;
        if (!dataVersion(&version, &error) || version == mDataVersion)
            return;
        mDataVersion = version;
        std::vector<AllocationChange> changes;
        if (!ChangeReader::read(*mConnection, QStringLiteral("c.id > ?"), {mLastId}, &changes, &error))
            return;
        if (!changes.empty())
            mLastId = changes.back().id;
        emitChanges(changes);
    }

    // PostgreSQL: a dropped connection misses notifications; after reconnecting, say so.
    void checkAlive()
    {
        QString error;
        if (mConnection && mConnection->exec(QStringLiteral("SELECT 1"), &error))
            return;
        mConnection.reset();
        if (!connectToRegister(&error)) {
            mConnection.reset();   // tried again at the next tick
            return;
        }
        RegisterWatcher *watcher = mWatcher;
        QMetaObject::invokeMethod(watcher, [watcher] { Q_EMIT watcher->reloadNeeded(); }, Qt::QueuedConnection);
    }

    RegisterWatcher *mWatcher;
    RegisterLocation mLocation;
    std::unique_ptr<RegisterConnection> mConnection;
    QTimer *mTimer = nullptr;
    qint64 mLastId = 0;
    qint64 mDataVersion = 0;
};

RegisterWatcher::RegisterWatcher(const RegisterLocation &location, QObject *parent)
    : QObject(parent), mLocation(location)
{
}

RegisterWatcher::~RegisterWatcher()
{
    stop();
}

bool RegisterWatcher::start(QString *error)
{
    stop();
    mThread = new QThread;
    mThread->setObjectName(QStringLiteral("sezview register watcher"));
    mListener = new Listener(this, mLocation);
    mListener->moveToThread(mThread);
    mThread->start();
    bool ok = false;
    QMetaObject::invokeMethod(mListener, [&] { ok = mListener->open(error); }, Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void RegisterWatcher::stop()
{
    if (!mThread)
        return;
    QMetaObject::invokeMethod(mListener, [this] { mListener->close(); }, Qt::BlockingQueuedConnection);
    mThread->quit();
    mThread->wait();
    delete mListener;
    delete mThread;
    mListener = nullptr;
    mThread = nullptr;
}

} // namespace sez
