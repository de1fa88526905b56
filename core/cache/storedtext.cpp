// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/storedtext_p.h"

#include "core/query/query.h"

#include <QString>

#include <array>

namespace sez::detail {

namespace {

constexpr char32_t kShortLimit = 0x800;   // code points of one or two bytes in UTF-8

// A code point's UTF-8 bytes (one to three here) and their count.
struct Utf8Bytes
{
    std::array<char, 3> bytes{};
    quint8 size = 0;
};

Utf8Bytes utf8Of(char32_t c)
{
    Utf8Bytes u;
    if (c < 0x80) {
        u.bytes = {char(c), 0, 0};
        u.size = 1;
    } else if (c < 0x800) {
        u.bytes = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F)), 0};
        u.size = 2;
    } else {   // below U+10000: folding keeps a code point of the BMP there
        u.bytes = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
        u.size = 3;
    }
    return u;
}

// ilikeFold() and QChar::isDigit() of every code point below U+0800, asked once of the functions
// that define them, so that the fold and the digits stay theirs.
struct ShortCodePoints
{
    std::array<Utf8Bytes, kShortLimit> folded{};
    std::array<bool, kShortLimit> digit{};
    ShortCodePoints()
    {
        for (char32_t c = 0; c < kShortLimit; ++c) {
            const QString one{QChar(char16_t(c))};
            const QString f = ilikeFold(one);
            Q_ASSERT(f.size() == 1 && !f.at(0).isSurrogate());
            folded[c] = utf8Of(char32_t(f.at(0).unicode()));
            digit[c] = QChar(char16_t(c)).isDigit();
        }
    }
};

const ShortCodePoints &shortCodePoints()
{
    static const ShortCodePoints table;
    return table;
}

// Appends to \a out the bytes \a each gives for every code point of \a utf8 (isShortUtf8() already
// checked); each writes at most three bytes for the two or fewer it reads, so the buffer is sized once.
template<typename Each>
void appendEach(QByteArrayView utf8, QByteArray &out, Each each)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size(), before = out.size();
    out.resize(before + 2 * n);
    char *to = out.data() + before;
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            to = each(char32_t(s[i]), to);
            ++i;
        } else {
            to = each(char32_t(((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F)), to);
            i += 2;
        }
    }
    out.truncate(to - out.constData());
}

char *put(const Utf8Bytes &u, char *to)
{
    to[0] = u.bytes[0];
    if (u.size > 1) {
        to[1] = u.bytes[1];
        if (u.size > 2)
            to[2] = u.bytes[2];
    }
    return to + u.size;
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
    appendEach(utf8, out, [&](char32_t c, char *to) { return put(table.folded[c], to); });
    return true;
}

bool StoredText::appendDigits(QByteArrayView utf8, QByteArray &out)
{
    if (!isShortUtf8(utf8))
        return false;
    const ShortCodePoints &table = shortCodePoints();
    appendEach(utf8, out, [&](char32_t c, char *to) { return table.digit[c] ? put(utf8Of(c), to) : to; });
    return true;
}

} // namespace sez::detail
