// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sez {

class AllocationConflictDialog;
class RegisterOverlay;
class RegisterSession;

/// Edit allocation: the status, investor, project and lease of one parcel, and the reason (the
/// akimat's decision). The edit starts from the version the card showed and records only the
/// fields the user changed. It is checked against the dataset (AllocationCheck) before it is
/// recorded; when another desk changed the parcel meanwhile, the conflict dialog shows both and
/// the user chooses. Nothing is ever overwritten silently.
class AllocationEditor : public QDialog
{
    Q_OBJECT

public:
    AllocationEditor(RegisterSession *session, std::shared_ptr<const RegisterOverlay> overlay, qint64 row,
                     QWidget *parent = nullptr);
    ~AllocationEditor() override;

    QComboBox *statusBox() const { return mStatus; }
    QComboBox *investorBox() const { return mInvestor; }
    QCheckBox *newInvestorBox() const { return mNewInvestor; }
    QLineEdit *projectEdit() const { return mProject; }
    QDateEdit *leaseStartEdit() const { return mLeaseStart; }
    QDateEdit *leaseEndEdit() const { return mLeaseEnd; }
    QLineEdit *reasonEdit() const { return mReason; }
    /// What went wrong with the last submit, as shown under the form; empty when nothing did.
    QString message() const;
    /// The dialog of the last conflict, while it is open.
    AllocationConflictDialog *conflictDialog() const;
    /// The version the edit starts from.
    qint64 baseVersion() const { return mBase.version; }

    /// Checks and records the edit (the Record button).
    void submit();

Q_SIGNALS:
    /// The edit (or, after a conflict, the user's choice) was recorded.
    void recorded(const sez::EditResult &result);

private:
    void fill();
    AllocationEdit editFromForm() const;
    void record(const AllocationEdit &edit);
    void showMessage(const QString &text);

    RegisterSession *mSession;
    std::shared_ptr<const RegisterOverlay> mOverlay;
    qint64 mRow;
    AllocationRecord mBase;
    QLabel *mVersion;
    QComboBox *mStatus;
    QComboBox *mInvestor;
    QCheckBox *mNewInvestor;
    QLineEdit *mProject;
    QDateEdit *mLeaseStart;
    QDateEdit *mLeaseEnd;
    QLineEdit *mReason;
    QLabel *mMessage;
    QPointer<AllocationConflictDialog> mConflict;
};

} // namespace sez
