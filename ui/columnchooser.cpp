// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace sez {

ColumnChooser::ColumnChooser(const QList<Column> &columns, QWidget *parent)
    : QDialog(parent)
    , mList(new QListWidget(this))
{
    setWindowTitle(tr("Columns of the attribute table"));
    for (const Column &c : columns) {
        auto *item = new QListWidgetItem(c.header, mList);
        item->setData(Qt::UserRole, c.name);
        item->setToolTip(c.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(c.visible ? Qt::Checked : Qt::Unchecked);
    }
    mList->setDragDropMode(QAbstractItemView::InternalMove);
    mList->setCurrentRow(0);
    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    auto *all = new QPushButton(tr("Show all"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Tick the columns to show; drag them, or use the buttons, to order them."), this), 0, 0, 1, 2);
    layout->addWidget(mList, 1, 0, 4, 1);
    layout->addWidget(up, 1, 1);
    layout->addWidget(down, 2, 1);
    layout->addWidget(all, 3, 1);
    layout->setRowStretch(4, 1);
    layout->addWidget(buttons, 5, 0, 1, 2);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < mList->count(); ++i)
            mList->item(i)->setCheckState(Qt::Checked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 480);
}

void ColumnChooser::move(int by)
{
    const int row = mList->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= mList->count())
        return;
    QListWidgetItem *item = mList->takeItem(row);
    mList->insertItem(to, item);
    mList->setCurrentRow(to);
}

QStringList ColumnChooser::visibleColumns() const
{
    QStringList names;
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->checkState() == Qt::Checked)
            names << mList->item(i)->data(Qt::UserRole).toString();
    return names;
}

} // namespace sez
