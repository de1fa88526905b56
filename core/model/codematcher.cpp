// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/codematcher.h"

#include <algorithm>

namespace sez {

namespace {

// Below these a fuzzy match is not trusted.
constexpr double kMinSimilarity = 0.8;
constexpr int kStemLength = 5;

bool containsSequence(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; all && j < needle.size(); ++j)
            all = haystack.at(i + j) == needle.at(j);
        if (all)
            return true;
    }
    return false;
}

} // namespace

CodeMatcher::CodeMatcher(std::span<const FieldCode> codes)
{
    for (const FieldCode &c : codes) {
        const int index = int(mCodes.size());
        mCodes << QString::fromLatin1(c.code);
        QStringList words = QString::fromUtf8(c.words).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        words << QString::fromLatin1(c.code) << QString::fromUtf8(c.label);
        for (const QString &w : words) {
            const QString text = normalized(w);
            if (text.isEmpty())
                continue;
            mExact.insert(text, index);
            mWords.push_back({text, text.split(QLatin1Char(' ')), index});
        }
    }
}

QString CodeMatcher::normalized(const QString &text, QChar separator, QStringView keep)
{
    QString out;
    out.reserve(text.size());
    bool gap = false;
    for (QChar c : text.toLower()) {
        if (c == QChar(0x0451))   // ё
            c = QChar(0x0435);
        if (c.isLetterOrNumber() || keep.contains(c)) {
            if (gap && !out.isEmpty())
                out += separator;
            out += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

double CodeMatcher::similarity(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    if (n == 0 || m == 0)
        return n == m ? 1 : 0;
    std::vector<qsizetype> row(std::size_t(m) + 1);
    for (qsizetype j = 0; j <= m; ++j)
        row[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j) - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return 1.0 - double(row[std::size_t(m)]) / double(std::max(n, m));
}

CodeMatcher::Match CodeMatcher::match(const QString &value) const
{
    const QString text = normalized(value);
    if (text.isEmpty())
        return {};
    if (auto it = mExact.constFind(text); it != mExact.constEnd())
        return {mCodes.at(it.value()), 1.0, true};

    // The best candidate of each kind; two codes equally good are no answer.
    struct Best
    {
        int code = -1;
        double score = 0;
        bool tied = false;

        void offer(int c, double s)
        {
            if (s > score + 1e-9) {
                code = c;
                score = s;
                tied = false;
            } else if (s > score - 1e-9 && s > 0 && c != code) {
                tied = true;
            }
        }
        bool decided() const { return code >= 0 && !tied; }
    };
    const QStringList tokens = text.split(QLatin1Char(' '));

    // A dictionary word inside the value ("промышленная зона №2"): the longest word wins.
    Best inside;
    for (const Word &w : mWords)
        if (containsSequence(tokens, w.tokens))
            inside.offer(w.code, double(w.text.size()));
    if (inside.decided())
        return {mCodes.at(inside.code), 0.85, false};

    // A misspelling or another ending ("промышленая", "логистический").
    Best similar;
    for (const Word &w : mWords)
        similar.offer(w.code, similarity(text, w.text));
    if (similar.decided() && similar.score >= kMinSimilarity)
        return {mCodes.at(similar.code), 0.9 * similar.score, false};

    // A shared stem of a long word ("агропромышленный комплекс" and "агропромышленная").
    Best stem;
    for (const QString &token : tokens) {
        if (token.size() < kStemLength + 1)
            continue;
        for (const Word &w : mWords)
            for (const QString &wt : w.tokens)
                if (wt.size() > kStemLength && wt.left(kStemLength + 1) == token.left(kStemLength + 1))
                    stem.offer(w.code, 1);
    }
    if (stem.decided())
        return {mCodes.at(stem.code), 0.6, false};
    return {};
}

} // namespace sez
