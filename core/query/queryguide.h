// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sez {

class ParcelStore;

/// The query language explained to its users, in the program's current language, generated from
/// the field table (every field, its unit, its codes and their labels) and, when given, a store
/// (the values its coded fields have, its own extra columns), so the guide cannot drift from what
/// the parser accepts: every example it shows is a query that parses.
class QueryGuide
{
    Q_DECLARE_TR_FUNCTIONS(sez::QueryGuide)

public:
    /// A query shown in the guide and what it asks.
    struct Example
    {
        QString query;
        QString meaning;
    };

    /// The whole guide as HTML (for a text browser). \a store may be null.
    static QString html(const ParcelStore *store);
    /// The examples the guide shows: one a field, then questions().
    static QList<Example> examples(const ParcelStore *store);
    /// Whole questions, as users ask them.
    static QList<Example> questions(const ParcelStore *store);
};

} // namespace sez
