// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"
#include "core/register/registerlocation.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QThread;

namespace sez {

class ParcelStore;
class RegisterOverlay;
class RegisterWatcher;

/// Keeps a RegisterOverlay in step with a register that other desks write: every change it hears of
/// (RegisterWatcher) is read back and patched into a new overlay on a worker thread, changes that
/// arrive together are taken in one batch (about 200 ms), and updated() hands the new snapshot to
/// the thread that made this object, which swaps it in. A lost connection that comes back, or
/// reload(), reads every record again.
///
/// The overlays are made one after another on the worker, each from the one before, so none is
/// lost or applied twice; results for a store that has since been replaced are dropped.
class LiveRegisterOverlay : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchMs = 200;

    explicit LiveRegisterOverlay(const RegisterLocation &location, QObject *parent = nullptr);
    ~LiveRegisterOverlay() override;

    /// Starts over on a dataset's store (as read, not overlaid): every record is read on the worker
    /// and updated() follows; then the changes heard are applied as they come.
    void setSource(std::shared_ptr<const ParcelStore> source);
    /// Starts hearing of other desks' changes; false and *error when it cannot (the overlay is still
    /// made, but only reload() and recordCommitted() bring it up to date).
    bool startWatching(QString *error);
    /// The last overlay made; null until the first one after setSource().
    std::shared_ptr<const RegisterOverlay> overlay() const { return mOverlay; }
    /// A record this desk has just committed (or read), applied without waiting to hear of it; an
    /// older version than the overlay's is ignored.
    void recordCommitted(const AllocationRecord &record);
    /// Reads every record again.
    void reload();

Q_SIGNALS:
    /// A new overlay is current; \a changedRows are the parcels whose values changed (every parcel
    /// with a record after a full read, flagged by \a full).
    void updated(std::shared_ptr<const sez::RegisterOverlay> overlay, const std::vector<qint64> &changedRows, bool full);
    /// Reading the register failed; the last overlay stays.
    void failed(const QString &message);

private:
    class Worker;
    void changeHeard(const AllocationChange &change);
    void flush();
    void accept(quint64 generation, std::shared_ptr<const RegisterOverlay> overlay, std::vector<qint64> rows, bool full);

    RegisterLocation mLocation;
    QThread *mThread;
    Worker *mWorker;
    RegisterWatcher *mWatcher = nullptr;
    QTimer mBatch;
    QSet<QString> mTouched;
    quint64 mGeneration = 0;
    std::shared_ptr<const RegisterOverlay> mOverlay;
};

} // namespace sez
