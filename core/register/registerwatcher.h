// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"
#include "core/register/registerlocation.h"

#include <QObject>

class QThread;

namespace sez {

/// Tells its subscribers of every change recorded in a register, by any desk, once it is committed:
/// from PostgreSQL through LISTEN/NOTIFY as it happens, from a SQLite file by looking twice a second.
/// It keeps a connection of its own in a thread of its own (Qt's PostgreSQL driver delivers
/// notifications through that thread's event loop); its signals arrive in the thread that made it.
class RegisterWatcher : public QObject
{
    Q_OBJECT

public:
    explicit RegisterWatcher(const RegisterLocation &location, QObject *parent = nullptr);
    ~RegisterWatcher() override;

    /// Connects and starts listening; the changes committed from then on are reported.
    bool start(QString *error);
    void stop();

Q_SIGNALS:
    void changed(const sez::AllocationChange &change);
    /// The connection was lost and is back: changes may have been missed, so read the register again.
    void reloadNeeded();

private:
    class Listener;
    RegisterLocation mLocation;
    QThread *mThread = nullptr;
    Listener *mListener = nullptr;
};

} // namespace sez
