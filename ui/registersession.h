// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"
#include "core/register/registerlocation.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace sez {

class AllocationRegister;
class LiveRegisterOverlay;
class ParcelStore;
class RegisterOverlay;

/// The viewer's allocation register: the connection this desk records its changes through, and the
/// live overlay that brings every desk's changes into the store the window shows. It lives on the
/// GUI thread; reading the register for the overlay happens on a worker.
class RegisterSession : public QObject
{
    Q_OBJECT

public:
    explicit RegisterSession(QObject *parent = nullptr);
    ~RegisterSession() override;

    /// The register the viewer's settings name (the user's own SQLite file by default).
    static RegisterLocation configuredLocation();
    static void setConfiguredLocation(const RegisterLocation &location);

    /// Opens \a location and starts hearing of other desks' changes; false and *error when it cannot
    /// be opened (the source's values then show). A SQLite file that is not there yet is made when
    /// the first change is recorded.
    bool open(const RegisterLocation &location, QString *error);
    bool isOpen() const { return mRegister != nullptr || mUnborn; }
    RegisterLocation location() const { return mLocation; }
    /// Whether this desk may record changes, and if not, why, as the user reads it.
    bool canWrite() const;
    QString readOnlyReason() const;
    /// Why the register is not open (after a failed open), for the card to say.
    QString problem() const { return mProblem; }

    /// The dataset's store as read: the overlay is made over it (updated() follows).
    void setSource(std::shared_ptr<const ParcelStore> source);
    /// The last overlay; null until the first after setSource().
    std::shared_ptr<const RegisterOverlay> overlay() const;

    /// A record this desk has read (e.g. the newer one of a conflict): the overlay gets it at once.
    void noteRecord(const AllocationRecord &record);
    /// Records an edit; on success the overlay gets it at once.
    EditResult apply(const AllocationEdit &edit);
    EditResult undo(qint64 changeId, const QString &reason);
    bool history(const QString &cadastralNumber, std::vector<AllocationChange> *changes, QString *error);
    bool changesBetween(const QDateTime &from, const QDateTime &to, std::vector<AllocationChange> *changes, QString *error);
    /// The investors the register has recorded (for AllocationCheck and the editor's list).
    QStringList recordedInvestors();

Q_SIGNALS:
    /// A new overlay is current (see LiveRegisterOverlay::updated).
    void overlayChanged(std::shared_ptr<const sez::RegisterOverlay> overlay, const std::vector<qint64> &changedRows, bool full);
    /// Something went wrong with the register, in the user's language.
    void problemOccurred(const QString &message);
    /// This desk recorded a change (or an undo).
    void changeRecorded(const sez::AllocationChange &change);

private:
    bool connectRegister(QString *error);
    /// Connects a register not made yet; false with the refusal when this desk may not record.
    bool ready(EditResult *refusal);
    EditResult recorded(const EditResult &result);

    RegisterLocation mLocation;
    std::unique_ptr<AllocationRegister> mRegister;
    std::unique_ptr<LiveRegisterOverlay> mLive;
    std::shared_ptr<const ParcelStore> mSource;
    QString mProblem;
    bool mUnborn = false;   // the user's own SQLite register, not made until the first change
    QTimer mBirth;          // looks for an unborn register's file
};

} // namespace sez
