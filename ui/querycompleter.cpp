// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycompleter.h"

#include "core/query/querycompletion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace sez {

namespace {

constexpr int kInsertRole = Qt::UserRole + 1;

} // namespace

QueryCompleter::QueryCompleter(QLineEdit *edit)
    : QObject(edit)
    , mEdit(edit)
    , mCompleter(new QCompleter(this))
    , mModel(new QStandardItemModel(this))
{
    mCompleter->setModel(mModel);
    mCompleter->setWidget(mEdit);   // not setCompleter(): a choice replaces one word, not the line
    // The list is already what fits; the completer must not filter it again.
    mCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    mCompleter->setMaxVisibleItems(12);
    connect(mEdit, &QLineEdit::textEdited, this, [this] { update(false); });
    connect(mCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        if (index.isValid())
            choose(index.row());
    });
    mEdit->installEventFilter(this);
}

void QueryCompleter::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    mModel->clear();
}

void QueryCompleter::update(bool evenWhenEmpty)
{
    mModel->clear();
    if (!mStore)
        return;
    mCursor = mEdit->cursorPosition();
    const QString text = mEdit->text();
    // Right after a space or an operator only Ctrl+Space asks; a word being typed always does.
    if (!evenWhenEmpty && (mCursor == 0 || text.at(mCursor - 1).isSpace()) && !text.left(mCursor).trimmed().endsWith(QLatin1Char('='))) {
        mCompleter->popup()->hide();
        return;
    }
    for (const QueryCompletion &c : QueryCompletions::at(*mStore, text, mCursor, &mReplaceFrom)) {
        auto *item = new QStandardItem(c.display);
        item->setData(c.insert, kInsertRole);
        mModel->appendRow(item);
    }
    if (mModel->rowCount() == 0) {
        mCompleter->popup()->hide();
        return;
    }
    mCompleter->complete(mEdit->rect());
}

void QueryCompleter::choose(int row)
{
    if (row < 0 || row >= mModel->rowCount())
        return;
    const QString insert = mModel->item(row)->data(kInsertRole).toString();
    QString text = mEdit->text();
    text.replace(mReplaceFrom, mCursor - mReplaceFrom, insert);
    mEdit->setText(text);
    mEdit->setCursorPosition(mReplaceFrom + int(insert.size()));
    mCompleter->popup()->hide();
}

QStringList QueryCompleter::shown() const
{
    QStringList list;
    for (int r = 0; r < mModel->rowCount(); ++r)
        list << mModel->item(r)->text();
    return list;
}

bool QueryCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
            update(true);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sez
