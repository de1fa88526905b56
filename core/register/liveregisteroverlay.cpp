// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/liveregisteroverlay.h"

#include "core/model/parcelstore.h"
#include "core/register/allocationregister.h"
#include "core/register/registeroverlay.h"
#include "core/register/registerwatcher.h"

#include <QFileInfo>
#include <QThread>

namespace sez {

namespace {

// Past this many parcels in one batch, reading every record is quicker than one at a time.
constexpr int kReadAllOver = 500;

} // namespace

/// Lives in the overlay's thread: owns a connection of its own and the chain of overlays.
class LiveRegisterOverlay::Worker : public QObject
{
public:
    Worker(LiveRegisterOverlay *owner, const RegisterLocation &location) : mOwner(owner), mLocation(location) {}

    void full(quint64 generation, std::shared_ptr<const ParcelStore> source)
    {
        mGeneration = generation;
        mCurrent.reset();
        std::vector<AllocationRecord> records;
        QString error;
        if (!readAll(&records, &error)) {
            fail(error);
            return;
        }
        auto overlay = RegisterOverlay::create(std::move(source), records, &error);
        if (!overlay) {
            fail(error);
            return;
        }
        mCurrent = overlay;
        std::vector<qint64> rows;
        for (const AllocationRecord &r : records)
            if (const qint64 row = overlay->source()->findCadastralNumber(r.cadastralNumber); row >= 0)
                rows.push_back(row);
        post(std::move(overlay), std::move(rows), true);
    }

    void touched(quint64 generation, const QStringList &parcels)
    {
        if (generation != mGeneration || !mCurrent)
            return;
        std::vector<AllocationRecord> records;
        QString error;
        if (parcels.size() > kReadAllOver) {
            if (!readAll(&records, &error))
                return fail(error);
        } else {
            for (const QString &parcel : parcels) {
                AllocationRecord record;
                if (!reg(&error) || !mRegister->record(parcel, &record, &error))
                    return fail(error);
                records.push_back(std::move(record));
            }
        }
        apply(records);
    }

    void committed(quint64 generation, const AllocationRecord &record)
    {
        if (generation == mGeneration && mCurrent)
            apply({record});
    }

    void close() { mRegister.reset(); }

private:
    bool reg(QString *error)
    {
        if (mRegister)
            return true;
        AllocationRegister::Options options;
        options.readOnly = true;
        mRegister = AllocationRegister::open(mLocation, options, error);
        return mRegister != nullptr;
    }

    bool readAll(std::vector<AllocationRecord> *records, QString *error)
    {
        // A desk's own register that was never written to holds nothing yet.
        if (mLocation.backend() == RegisterLocation::Backend::SQLite && !QFileInfo::exists(mLocation.filePath()))
            return true;
        return reg(error) && mRegister->records(records, error);
    }

    void apply(const std::vector<AllocationRecord> &records)
    {
        QString error;
        std::vector<qint64> rows;
        auto next = mCurrent->withRecords(records, &error, &rows);
        if (!next)
            return fail(error);
        mCurrent = next;
        if (!rows.empty())
            post(std::move(next), std::move(rows), false);
    }

    void post(std::shared_ptr<const RegisterOverlay> overlay, std::vector<qint64> rows, bool full)
    {
        LiveRegisterOverlay *owner = mOwner;
        const quint64 generation = mGeneration;
        QMetaObject::invokeMethod(owner, [owner, generation, overlay = std::move(overlay), rows = std::move(rows), full]() mutable {
            owner->accept(generation, std::move(overlay), std::move(rows), full);
        }, Qt::QueuedConnection);
    }

    void fail(const QString &error)
    {
        // The connection may be what failed: the next task opens a new one.
        mRegister.reset();
        LiveRegisterOverlay *owner = mOwner;
        QMetaObject::invokeMethod(owner, [owner, error] { Q_EMIT owner->failed(error); }, Qt::QueuedConnection);
    }

    LiveRegisterOverlay *mOwner;
    RegisterLocation mLocation;
    std::unique_ptr<AllocationRegister> mRegister;
    std::shared_ptr<const RegisterOverlay> mCurrent;
    quint64 mGeneration = 0;
};

LiveRegisterOverlay::LiveRegisterOverlay(const RegisterLocation &location, QObject *parent)
    : QObject(parent), mLocation(location), mThread(new QThread), mWorker(new Worker(this, location))
{
    mThread->setObjectName(QStringLiteral("sezview register overlay"));
    mWorker->moveToThread(mThread);
    mThread->start();
    mBatch.setSingleShot(true);
    mBatch.setInterval(kBatchMs);
    connect(&mBatch, &QTimer::timeout, this, &LiveRegisterOverlay::flush);
}

LiveRegisterOverlay::~LiveRegisterOverlay()
{
    delete mWatcher;
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    mThread->quit();
    mThread->wait();
    delete mWorker;
    delete mThread;
}

void LiveRegisterOverlay::setSource(std::shared_ptr<const ParcelStore> source)
{
    const quint64 generation = ++mGeneration;
    mOverlay.reset();
    mTouched.clear();
    mBatch.stop();
    if (!source)
        return;
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(worker, [worker, generation, source] { worker->full(generation, source); }, Qt::QueuedConnection);
}

bool LiveRegisterOverlay::startWatching(QString *error)
{
    delete mWatcher;
    mWatcher = new RegisterWatcher(mLocation);
    if (!mWatcher->start(error)) {
        delete mWatcher;
        mWatcher = nullptr;
        return false;
    }
    connect(mWatcher, &RegisterWatcher::changed, this, &LiveRegisterOverlay::changeHeard);
    connect(mWatcher, &RegisterWatcher::reloadNeeded, this, &LiveRegisterOverlay::reload);
    return true;
}

void LiveRegisterOverlay::recordCommitted(const AllocationRecord &record)
{
    const quint64 generation = mGeneration;
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(worker, [worker, generation, record] { worker->committed(generation, record); }, Qt::QueuedConnection);
}

void LiveRegisterOverlay::reload()
{
    if (mOverlay)
        setSource(mOverlay->source());
}

void LiveRegisterOverlay::changeHeard(const AllocationChange &change)
{
    mTouched.insert(change.cadastralNumber);
    // The first change of a batch starts the clock; later ones join it, so none waits longer.
    if (!mBatch.isActive())
        mBatch.start();
}

void LiveRegisterOverlay::flush()
{
    if (mTouched.isEmpty())
        return;
    const QStringList parcels(mTouched.begin(), mTouched.end());
    mTouched.clear();
    const quint64 generation = mGeneration;
    Worker *worker = mWorker;
    QMetaObject::invokeMethod(worker, [worker, generation, parcels] { worker->touched(generation, parcels); }, Qt::QueuedConnection);
}

void LiveRegisterOverlay::accept(quint64 generation, std::shared_ptr<const RegisterOverlay> overlay, std::vector<qint64> rows,
                                 bool full)
{
    if (generation != mGeneration)
        return;   // made for a store that has since been replaced
    mOverlay = overlay;
    Q_EMIT updated(std::move(overlay), rows, full);
}

} // namespace sez
