// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/register/allocation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sez {

/// Another desk changed the parcel while this one was editing it: the user's values beside the
/// register's newer ones, field by field, and the choice: record mine over the newer version, or
/// keep the register's.
class AllocationConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepTheirs = 0, RecordMine = 1 };

    AllocationConflictDialog(const AllocationEdit &mine, const EditResult &conflict, QWidget *parent = nullptr);

    QTreeWidget *comparison() const { return mComparison; }
    QPushButton *recordMineButton() const { return mRecordMine; }
    QPushButton *keepTheirsButton() const { return mKeepTheirs; }
    QString explanation() const;

private:
    QLabel *mExplanation;
    QTreeWidget *mComparison;
    QPushButton *mRecordMine;
    QPushButton *mKeepTheirs;
};

} // namespace sez
