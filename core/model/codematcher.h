// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/fieldtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace sez {

/// Matches the category values a file uses ("Промышленная зона №2", "өнеркәсіптік", "свободный") to
/// the canonical codes of a code list of the field table: first the dictionary (each code's words,
/// its code and its English label), then fuzzy matching (a word inside the value, a misspelling, a
/// shared stem). A value that fits no code, or two codes equally, is no match: the caller keeps it
/// as a category of its own.
class CodeMatcher
{
public:
    /// How a value was matched; confidence is 1 for the dictionary and less for fuzzy matches.
    struct Match
    {
        QString code;            ///< empty when nothing fits
        double confidence = 0;
        bool fromDictionary = false;

        bool isValid() const { return !code.isEmpty(); }
    };

    explicit CodeMatcher(std::span<const FieldCode> codes);

    Match match(const QString &value) const;
    bool isEmpty() const { return mWords.empty(); }

    /// Lower case, ё as е, every run of other characters than letters, digits and those in \a keep as
    /// one \a separator, none at either end. The field table compares column names so too.
    static QString normalized(const QString &text, QChar separator = QLatin1Char(' '), QStringView keep = {});
    /// 1 for equal texts, 0 for nothing in common: 1 - edit distance / the longer length.
    static double similarity(const QString &a, const QString &b);

private:
    struct Word
    {
        QString text;          // normalized
        QStringList tokens;
        int code;
    };
    QStringList mCodes;
    std::vector<Word> mWords;
    QHash<QString, int> mExact;   // normalized word -> code index
};

} // namespace sez
