// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbox.h"

#include "core/query/textsearch.h"
#include "core/model/parcelstore.h"

#include <QCompleter>
#include <QStringListModel>

#include <utility>

namespace sez {

namespace {

// More hits than this are not a search result a user can look through; the first ones are shown.
constexpr int kMaxHits = 2000;

} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , mCompletions(new QStringListModel(this))
{
    setPlaceholderText(tr("Search: cadastral number, investor, project, address"));
    setClearButtonEnabled(true);
    auto *completer = new QCompleter(mCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The index already matched by word; the completer must not filter its answers again.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateCompletions);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::search);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        setText(text);
        search();
    });
}

void SearchBox::setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search)
{
    mStore = std::move(store);
    mSearch = search;
    mWaiting.clear();
    mCompletions->setStringList({});
}

void SearchBox::replaceStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
}

void SearchBox::setSearch(const TextSearch *search)
{
    mSearch = search;
    const QString waiting = std::exchange(mWaiting, QString());
    if (mSearch && !waiting.isEmpty() && text().trimmed() == waiting)
        this->search();
}

void SearchBox::updateCompletions(const QString &text)
{
    if (!mSearch || text.trimmed().size() < 2) {
        mCompletions->setStringList({});
        return;
    }
    mCompletions->setStringList(mSearch->complete(text.trimmed(), 12));
}

std::vector<qint64> SearchBox::find(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || !mStore)
        return {};
    const qint64 exact = mStore->findCadastralNumber(t);
    if (exact >= 0)
        return {exact};
    if (!mSearch)
        return {};
    return mSearch->search(t, kMaxHits);
}

void SearchBox::search()
{
    const QString t = text().trimmed();
    std::vector<qint64> rows = find(t);
    // Without the index, find() gives only an exact cadastral number: anything else waits for it.
    if (rows.empty() && !mSearch && mStore && !t.isEmpty()) {
        mWaiting = t;
        Q_EMIT waiting(t);
        return;
    }
    Q_EMIT found(rows, t);
}

} // namespace sez
