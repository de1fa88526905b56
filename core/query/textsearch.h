// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace sez {

/// Full-text search over the parcels of a store: what the query language's matches() and the
/// search box need, whoever keeps the index (the cache's FTS5 table, ParcelTextIndex).
class TextSearch
{
public:
    virtual ~TextSearch() = default;

    /// Parcels whose cadastral number, investor, project or address contain words starting with
    /// each word of \a text (case-insensitive, ё = е), ordered by row; a cadastral number or its
    /// prefix (with or without hyphens) gives the numbers in their order. At most \a limit when > 0.
    /// When the index cannot be read, the rows found so far and, if given, \a error.
    virtual std::vector<qint64> search(const QString &text, int limit = 0, QString *error = nullptr) const = 0;

    /// Completions for a search box: distinct cadastral numbers, investors, projects and addresses
    /// that have a word starting with the last word of \a text.
    virtual QStringList complete(const QString &text, int limit = 10) const = 0;
};

} // namespace sez
