// SPDX-License-Identifier: GPL-3.0-or-later
// The cache's full-text index.
#pragma once

#include "core/cache/sqlitestatement_p.h"
#include "core/query/textsearch.h"

#include <memory>

namespace sez {

class Feedback;
class ParcelStore;

namespace detail {

/// The full-text index (an FTS5 table, sez_fts) of the parcels' cadastral numbers, investors,
/// projects and addresses, folded as the query language folds text, and the search over it.
/// Cadastral numbers are searched as ranges of the store's sorted index instead: a short prefix
/// matches many numbers, which the full-text index would merge one by one.
class ParcelTextIndex : public TextSearch
{
public:
    /// Creates and fills the index in \a db, inside the caller's transaction, advancing \a feedback
    /// per parcel and stopping when it or \a cancelledWith is cancelled.
    static bool build(sqlite3 *db, const ParcelStore &store, Feedback *feedback, QString *error, const Feedback *cancelledWith = nullptr);
    /// Builds the index into a new database file at \a path of its own, with no journal and no sync
    /// (it lives only until copyInto() has read it), so that it can be built on another thread while
    /// the cache file is written.
    static bool buildFile(const QString &path, const ParcelStore &store, Feedback *feedback, QString *error,
                          const Feedback *cancelledWith = nullptr);
    /// Creates the index in \a db from the one buildFile() wrote at \a path, copying its tables
    /// instead of tokenizing the texts again. \a db must not be inside a transaction (SQLite attaches
    /// \a path for the copy); the copy is a transaction of its own.
    static bool copyInto(sqlite3 *db, const QString &path, QString *error);

    /// Searches the index built in \a db, which it keeps open.
    ParcelTextIndex(SqlitePtr db, std::shared_ptr<const ParcelStore> store);
    ~ParcelTextIndex() override;

    std::vector<qint64> search(const QString &text, int limit = 0, QString *error = nullptr) const override;
    QStringList complete(const QString &text, int limit = 10) const override;

private:
    SqlitePtr mDb;
    std::shared_ptr<const ParcelStore> mStore;
};

} // namespace detail
} // namespace sez
