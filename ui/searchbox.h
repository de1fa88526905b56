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

    void setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search);
    /// The parcels \a text finds: the parcel with that cadastral number, else the full-text hits.
    std::vector<qint64> find(const QString &text) const;

Q_SIGNALS:
    /// Enter was pressed; \a rows may be empty (nothing found).
    void found(const std::vector<qint64> &rows, const QString &text);

private:
    void updateCompletions(const QString &text);
    void search();

    std::shared_ptr<const ParcelStore> mStore;
    const TextSearch *mSearch = nullptr;
    QStringListModel *mCompletions;
};

} // namespace sez
