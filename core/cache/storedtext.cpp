// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/storedtext_p.h"

#include "core/query/query.h"

#include <QString>

#include <array>

namespace sez::detail {

namespace {

constexpr char32_t kShortLimit = 0x800;   // code points of one or two bytes in UTF-8

// ilikeFold() and QChar::isDigit() of every code point below U+0800, asked once of the functions
// that define them, so that the fold and the digits stay theirs.
struct ShortCodePoints
{
    std::array<char32_t, kShortLimit> folded{};
    std::array<bool, kShortLimit> digit{};
    ShortCodePoints()
    {
        for (char32_t c = 0; c < kShortLimit; ++c) {
            const QString one{QChar(char16_t(c))};
            const QString f = ilikeFold(one);
            folded[c] = f.size() == 1 ? char32_t(f.at(0).unicode()) : f.toUcs4().value(0);
            digit[c] = QChar(char16_t(c)).isDigit();
        }
    }
};

const ShortCodePoints &shortCodePoints()
{
    static const ShortCodePoints table;
    return table;
}

void appendCodePoint(char32_t c, QByteArray &out)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Calls \a each with every code point of \a utf8 (isShortUtf8() already checked).
template<typename Each>
void forEachShort(QByteArrayView utf8, Each each)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            each(char32_t(s[i]));
            ++i;
        } else {
            each(char32_t(((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F)));
            i += 2;
        }
    }
}

} // namespace

bool StoredText::isShortUtf8(QByteArrayView utf8)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        // C0 and C1 would be overlong; three- and four-byte leads go the QString way.
        if (b < 0xC2 || b > 0xDF || i + 1 >= n || (s[i + 1] & 0xC0) != 0x80)
            return false;
        i += 2;
    }
    return true;
}

bool StoredText::appendFolded(QByteArrayView utf8, QByteArray &out)
{
    if (!isShortUtf8(utf8))
        return false;
    const ShortCodePoints &table = shortCodePoints();
    out.reserve(out.size() + utf8.size());
    forEachShort(utf8, [&](char32_t c) { appendCodePoint(table.folded[c], out); });
    return true;
}

bool StoredText::appendDigits(QByteArrayView utf8, QByteArray &out)
{
    if (!isShortUtf8(utf8))
        return false;
    const ShortCodePoints &table = shortCodePoints();
    forEachShort(utf8, [&](char32_t c) {
        if (table.digit[c])
            appendCodePoint(c, out);
    });
    return true;
}

} // namespace sez::detail
