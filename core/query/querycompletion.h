// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sez {

class ParcelStore;

/// One thing that may be typed at the cursor.
struct QueryCompletion
{
    QString insert;    ///< the text that replaces the word being typed: "zone", "'industrial'"
    QString display;   ///< what the list shows: "zone — Zone", "'industrial' — Industrial"
};

/// What may be typed next at a place in a query, for the query boxes' autocompletion: field
/// names, functions and keywords where a name goes; a field's values (its codes with their
/// labels, or the values the store has) after "=", "!=" or "in ("; infrastructure kinds, zones
/// and districts inside distance(), zone() and district().
class QueryCompletions
{
    Q_DECLARE_TR_FUNCTIONS(sez::QueryCompletions)

public:
    /// The completions of \a text with the cursor at \a position (at most \a limit), and in
    /// \a replaceFrom where the text they replace begins (it ends at the cursor).
    static QList<QueryCompletion> at(const ParcelStore &store, const QString &text, int position, int *replaceFrom,
                                     int limit = 50);
};

} // namespace sez
