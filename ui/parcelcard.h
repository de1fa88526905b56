// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardview.h"

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sez {

class AllocationEditor;
class HistoryView;
class ParcelStore;
class RegisterOverlay;
class RegisterSession;

/// Everything about one parcel, in words: "whose is this, how big, what may be built, what is near".
/// Each value is a label of its own that wraps, so long values (addresses, permitted uses) are read
/// whole in every language; the labels are made anew for each parcel, so nothing of the last one
/// stays on screen.
class ParcelCard : public CardView
{
    Q_OBJECT

public:
    explicit ParcelCard(QWidget *parent = nullptr);
    ~ParcelCard() override;

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// Shows parcel \a row; -1 shows a hint instead.
    void showParcel(qint64 row);
    qint64 parcel() const { return mRow; }

    /// The allocation register: Edit allocation, the History tab, and where each value comes from.
    void setSession(RegisterSession *session);
    /// A new snapshot with the register's values (the same dataset): the parcel shown stays.
    void setOverlay(std::shared_ptr<const RegisterOverlay> overlay);
    /// Opens Edit allocation for the parcel shown; null when it may not be edited (see editReason()).
    AllocationEditor *editAllocation();
    /// Why Edit allocation is not offered, in the user's language; empty when it is.
    QString editReason() const;
    HistoryView *history() const { return mHistory; }
    QTabWidget *tabs() const { return mTabs; }
    /// Where the value of the field labelled \a fieldLabel comes from, as the card says it ("register,
    /// v. 2", "source"); empty for a field the register does not keep.
    QString origin(const QString &fieldLabel) const;
Q_SIGNALS:
    /// The user asked for the extract of the parcel shown.
    void extractRequested(qint64 row);
    /// The user asked to see on the map the lines from the parcel to its nearest infrastructure.
    void nearestRequested(qint64 row);

private:
    void updateEditing();

    std::shared_ptr<const ParcelStore> mStore;
    qint64 mRow = -1;
    QPushButton *mCopy;
    QPushButton *mExtract;
    QPushButton *mNearest;
    QTabWidget *mTabs;
    HistoryView *mHistory;
    QPushButton *mEdit;
    QLabel *mReadOnly;
    RegisterSession *mSession = nullptr;
    std::shared_ptr<const RegisterOverlay> mOverlay;
};

} // namespace sez
