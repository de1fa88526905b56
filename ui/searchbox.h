// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <memory>
#include <vector>

class QStringListModel;

namespace sez {

class TextSearch;
class ParcelStore;

/// One box for everything a user may type: a cadastral number (with or without hyphens, or its
/// beginning), an investor, a project or an address. Completions come from the cache's full-text
/// index; Enter reports the parcels found.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    /// \a search is null while the cache's full-text index is being prepared: a search then waits
    /// for setSearch() (a cadastral number is found at once, from the store).
    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// Another snapshot of the same dataset (the register's values): the index, and a search waiting
    /// for it, stay.
    void replaceStore(std::shared_ptr<const ParcelStore> store);
    /// The index, once prepared; runs the search that waited for it if the box still shows it.
    void setSearch(const TextSearch *search);
    /// The parcels \a text finds: the parcel with that cadastral number, else the full-text hits.
    std::vector<qint64> find(const QString &text) const;

Q_SIGNALS:
    /// Enter was pressed; \a rows may be empty (nothing found).
    void found(const std::vector<qint64> &rows, const QString &text);
    /// Enter was pressed before the index was ready: \a text is searched once setSearch() gives it.
    void waiting(const QString &text);

private:
    void updateCompletions(const QString &text);
    void search();

    std::shared_ptr<const ParcelStore> mStore;
    const TextSearch *mSearch = nullptr;
    QStringListModel *mCompletions;
    QString mWaiting;   ///< the text whose search waits for the index
};

} // namespace sez
