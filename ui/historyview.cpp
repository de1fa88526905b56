// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "registersession.h"

#include "core/model/humanlabels.h"
#include "core/register/allocationfields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sez {

namespace {

constexpr int kChangeIdRole = Qt::UserRole + 1;

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), mTree(new QTreeWidget(this)), mReason(new QLineEdit(this)), mUndo(new QPushButton(tr("Undo"), this)),
      mMessage(new QLabel(this))
{
    mTree->setColumnCount(5);
    mTree->setHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("Version"), tr("Reason")});
    mTree->setWordWrap(true);
    mTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTree->header()->setStretchLastSection(true);
    mReason->setPlaceholderText(tr("Reason for the undo, e.g. decision No. 130 revoked"));
    mUndo->setToolTip(tr("Records a new change that sets the selected change's fields back; the history keeps both."));
    mMessage->setWordWrap(true);
    mMessage->hide();
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(mReason, 1);
    undoRow->addWidget(mUndo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTree, 1);
    layout->addWidget(mMessage);
    layout->addLayout(undoRow);
    connect(mTree, &QTreeWidget::currentItemChanged, this, &HistoryView::updateButtons);
    connect(mReason, &QLineEdit::textChanged, this, &HistoryView::updateButtons);
    connect(mUndo, &QPushButton::clicked, this, &HistoryView::undoSelected);
    updateButtons();
}

void HistoryView::setSession(RegisterSession *session)
{
    mSession = session;
    refresh();
}

void HistoryView::showParcel(const QString &cadastralNumber)
{
    mParcel = cadastralNumber;
    refresh();
}

QString HistoryView::message() const
{
    return mMessage->isHidden() ? QString() : mMessage->text();
}

void HistoryView::showMessage(const QString &text)
{
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

void HistoryView::refresh()
{
    mTree->clear();
    showMessage({});
    if (!mSession || mParcel.isEmpty()) {
        updateButtons();
        return;
    }
    std::vector<AllocationChange> changes;
    QString error;
    if (!mSession->history(mParcel, &changes, &error)) {
        showMessage(error);
        updateButtons();
        return;
    }
    if (changes.empty())
        showMessage(tr("The register has no changes of this parcel: its values are the source's."));
    const QLocale locale;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const AllocationChange &c = *it;
        QString reason = c.reason;
        if (c.undoes > 0)
            reason += QLatin1Char(' ') + tr("(undoes No. %1)").arg(c.undoes);
        auto *item = new QTreeWidgetItem(mTree, {QString::number(c.id), HumanLabels::dateTime(c.changedAt.toLocalTime(), locale),
                                                 c.author, locale.toString(c.version), reason});
        item->setData(0, kChangeIdRole, c.id);
        item->setToolTip(4, reason);
        // Each field on a line of its own under the change, across the columns.
        for (const FieldChange &f : c.fields) {
            auto *line = new QTreeWidgetItem(item, {tr("%1: %2 → %3").arg(HumanLabels::field(f.field),
                                                                           AllocationFields::displayCanonical(f.field, f.oldValue),
                                                                           AllocationFields::displayCanonical(f.field, f.newValue))});
            line->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    updateButtons();
}

void HistoryView::updateButtons()
{
    const bool writable = mSession && mSession->canWrite();
    QTreeWidgetItem *item = mTree->currentItem();
    const bool change = item && !item->parent();
    mUndo->setEnabled(writable && change && !mReason->text().trimmed().isEmpty());
    mReason->setEnabled(writable);
    mUndo->setToolTip(writable ? tr("Records a new change that sets the selected change's fields back; the history keeps both.")
                               : (mSession ? mSession->readOnlyReason() : QString()));
}

void HistoryView::undoSelected()
{
    QTreeWidgetItem *item = mTree->currentItem();
    if (!mSession || !item)
        return;
    while (item->parent())
        item = item->parent();
    const qint64 id = item->data(0, kChangeIdRole).toLongLong();
    if (mReason->text().trimmed().isEmpty()) {
        showMessage(tr("Say why the change is undone: the akimat's decision number and date."));
        return;
    }
    const EditResult result = mSession->undo(id, mReason->text().trimmed());
    if (result.outcome != EditResult::Outcome::Applied) {
        showMessage(result.message);
        return;
    }
    mReason->clear();
    refresh();
}

} // namespace sez
