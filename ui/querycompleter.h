// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace sez {

class ParcelStore;

/// Autocompletion for a query box: as the user types, a list of the field names, functions and
/// keywords, or of a field's values, that fit at the cursor (QueryCompletions); a choice replaces
/// the word being typed, not the whole line. Ctrl+Space opens the list at any place.
class QueryCompleter : public QObject
{
    Q_OBJECT

public:
    explicit QueryCompleter(QLineEdit *edit);

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// The completions now offered, as the list shows them.
    QStringList shown() const;
    QCompleter *completer() const { return mCompleter; }
    /// Puts the completion the list shows at \a row in place of the word being typed.
    void choose(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(bool evenWhenEmpty);

    QLineEdit *mEdit;
    QCompleter *mCompleter;
    QStandardItemModel *mModel;
    std::shared_ptr<const ParcelStore> mStore;
    int mReplaceFrom = 0;
    int mCursor = 0;
};

} // namespace sez
