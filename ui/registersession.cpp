// SPDX-License-Identifier: GPL-3.0-or-later
#include "registersession.h"

#include "core/register/allocationregister.h"
#include "core/register/liveregisteroverlay.h"
#include "core/register/registeroverlay.h"

#include <QFileInfo>
#include <QSettings>

namespace sez {

namespace {

const QString kLocationKey = QStringLiteral("register/location");
constexpr int kLookForFileMs = 1000;

} // namespace

RegisterSession::RegisterSession(QObject *parent) : QObject(parent)
{
    connect(&mBirth, &QTimer::timeout, this, [this] {
        QString error;
        if (mUnborn && QFileInfo::exists(mLocation.filePath()) && !connectRegister(&error))
            Q_EMIT problemOccurred(mProblem);
    });
}

RegisterSession::~RegisterSession() = default;

RegisterLocation RegisterSession::configuredLocation()
{
    const QString text = QSettings().value(kLocationKey).toString();
    RegisterLocation location;
    QString ignored;
    if (!text.isEmpty() && RegisterLocation::parse(text, &location, &ignored))
        return location;
    return RegisterLocation::defaultLocation();
}

void RegisterSession::setConfiguredLocation(const RegisterLocation &location)
{
    QSettings().setValue(kLocationKey, location.text());
}

bool RegisterSession::open(const RegisterLocation &location, QString *error)
{
    mBirth.stop();
    mLive.reset();
    mRegister.reset();
    mLocation = location;
    mProblem.clear();
    mLive = std::make_unique<LiveRegisterOverlay>(location);
    connect(mLive.get(), &LiveRegisterOverlay::updated, this, &RegisterSession::overlayChanged);
    connect(mLive.get(), &LiveRegisterOverlay::failed, this, [this](const QString &message) {
        Q_EMIT problemOccurred(tr("The allocation register could not be read: %1").arg(message));
    });
    // A desk's own register file is made when the first decision is recorded, not by looking; until
    // then (or until another program makes it) it is looked for every second.
    mUnborn = location.backend() == RegisterLocation::Backend::SQLite && !QFileInfo::exists(location.filePath());
    if (!mUnborn && !connectRegister(error)) {
        mLive.reset();
        return false;
    }
    if (mUnborn)
        mBirth.start(kLookForFileMs);
    if (mSource)
        mLive->setSource(mSource);
    return true;
}

bool RegisterSession::connectRegister(QString *error)
{
    AllocationRegister::Options options;
    options.author = qEnvironmentVariable("SEZ_REGISTER_AUTHOR");
    mRegister = AllocationRegister::open(mLocation, options, error);
    if (!mRegister) {
        mProblem = tr("The allocation register %1 could not be opened: %2. The map shows the source's values.")
                       .arg(mLocation.displayName(), *error);
        return false;
    }
    const bool wasUnborn = mUnborn;
    mUnborn = false;
    mBirth.stop();
    // Listening starts before the first read, so no change falls between the two.
    QString watchError;
    if (!mLive->startWatching(&watchError))
        Q_EMIT problemOccurred(tr("Changes other desks make will not show until the dataset is opened again: %1").arg(watchError));
    if (wasUnborn)
        mLive->reload();   // what was written before listening started
    return true;
}

void RegisterSession::noteRecord(const AllocationRecord &record)
{
    if (mLive)
        mLive->recordCommitted(record);
}

bool RegisterSession::canWrite() const
{
    return mUnborn || (mRegister && mRegister->canWrite());
}

QString RegisterSession::readOnlyReason() const
{
    if (mUnborn)
        return {};
    if (!mRegister)
        return mProblem.isEmpty() ? tr("No allocation register is open.") : mProblem;
    return mRegister->readOnlyReason();
}

void RegisterSession::setSource(std::shared_ptr<const ParcelStore> source)
{
    mSource = std::move(source);
    if (mLive)
        mLive->setSource(mSource);
}

std::shared_ptr<const RegisterOverlay> RegisterSession::overlay() const
{
    return mLive ? mLive->overlay() : nullptr;
}

EditResult RegisterSession::recorded(const EditResult &result)
{
    if (result.outcome == EditResult::Outcome::Applied) {
        if (mLive)
            mLive->recordCommitted(result.current);
        Q_EMIT changeRecorded(result.change);
    }
    return result;
}

bool RegisterSession::ready(EditResult *refusal)
{
    QString error;
    if (mUnborn && !connectRegister(&error)) {
        refusal->outcome = EditResult::Outcome::Failed;
        refusal->message = mProblem;
        return false;
    }
    if (!mRegister) {
        refusal->outcome = EditResult::Outcome::ReadOnly;
        refusal->message = readOnlyReason();
        return false;
    }
    return true;
}

EditResult RegisterSession::apply(const AllocationEdit &edit)
{
    EditResult refusal;
    if (!ready(&refusal))
        return refusal;
    return recorded(mRegister->apply(edit));
}

EditResult RegisterSession::undo(qint64 changeId, const QString &reason)
{
    EditResult refusal;
    if (!ready(&refusal))
        return refusal;
    return recorded(mRegister->undo(changeId, reason));
}

bool RegisterSession::history(const QString &cadastralNumber, std::vector<AllocationChange> *changes, QString *error)
{
    if (mUnborn)
        return true;   // nothing recorded yet
    if (!mRegister) {
        *error = readOnlyReason();
        return false;
    }
    return mRegister->history(cadastralNumber, changes, error);
}

bool RegisterSession::changesBetween(const QDateTime &from, const QDateTime &to, std::vector<AllocationChange> *changes,
                                     QString *error)
{
    if (mUnborn)
        return true;
    if (!mRegister) {
        *error = readOnlyReason();
        return false;
    }
    return mRegister->changesBetween(from, to, changes, error);
}

QStringList RegisterSession::recordedInvestors()
{
    QStringList investors;
    QString ignored;
    if (mRegister)
        mRegister->recordedValues(ParcelField::Investor, &investors, &ignored);
    return investors;
}

} // namespace sez
