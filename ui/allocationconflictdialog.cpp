// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocationconflictdialog.h"

#include "core/model/humanlabels.h"
#include "core/register/allocationfields.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sez {

AllocationConflictDialog::AllocationConflictDialog(const AllocationEdit &mine, const EditResult &conflict, QWidget *parent)
    : QDialog(parent)
    , mExplanation(new QLabel(this))
    , mComparison(new QTreeWidget(this))
    , mRecordMine(new QPushButton(tr("Record mine over version %1").arg(conflict.current.version), this))
    , mKeepTheirs(new QPushButton(tr("Keep the register's"), this))
{
    setWindowTitle(tr("%1 was changed meanwhile").arg(mine.cadastralNumber));
    const AllocationRecord &newer = conflict.current;
    mExplanation->setWordWrap(true);
    mExplanation->setText(tr("While you were editing, %1 recorded version %2 of this parcel (%3). "
                             "Nothing has been overwritten. Compare, then choose.")
                              .arg(newer.updatedBy.isEmpty() ? tr("another desk") : newer.updatedBy)
                              .arg(newer.version)
                              .arg(HumanLabels::dateTime(newer.updatedAt.toLocalTime(), QLocale())));
    mComparison->setColumnCount(3);
    mComparison->setHeaderLabels({tr("Field"), tr("You entered"), tr("In the register now")});
    mComparison->setRootIsDecorated(false);
    mComparison->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every field either side touched: what the user entered, and the newer record's value.
    for (ParcelField field : AllocationFields::all()) {
        const auto entered = mine.values.find(field);
        const auto now = newer.values.find(field);
        if (entered == mine.values.end())
            continue;
        const QString mineText = AllocationFields::displayText(field, entered->second);
        const QString theirText = AllocationFields::displayText(field, now == newer.values.end() ? QVariant() : now->second);
        auto *item = new QTreeWidgetItem(mComparison, {HumanLabels::field(field), mineText, theirText});
        if (mineText != theirText)
            for (int c = 1; c < 3; ++c)
                item->setForeground(c, QColor(170, 60, 0));
    }
    connect(mRecordMine, &QPushButton::clicked, this, [this] { done(RecordMine); });
    connect(mKeepTheirs, &QPushButton::clicked, this, [this] { done(KeepTheirs); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mKeepTheirs);
    buttons->addWidget(mRecordMine);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mExplanation);
    layout->addWidget(mComparison, 1);
    layout->addLayout(buttons);
    mKeepTheirs->setDefault(true);   // the safe choice
    resize(560, 320);
}

QString AllocationConflictDialog::explanation() const
{
    return mExplanation->text();
}

} // namespace sez
