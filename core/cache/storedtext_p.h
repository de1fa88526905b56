// SPDX-License-Identifier: GPL-3.0-or-later
// The store's free text as the cache writes it, straight from its UTF-8.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sez::detail {

/// Texts of the store written into the cache without a QString on the way. The store keeps free
/// text as UTF-8; the writers used to decode each row into a QString, fold or filter it, and encode
/// it again (a third of the full-text index's instructions outside SQLite). These give the same
/// bytes for text made of one- and two-byte characters (Latin, Cyrillic, Kazakh), checked as they
/// are read; anything else says so, and the caller takes the QString path as before.
class StoredText
{
public:
    /// True when \a utf8 is well-formed UTF-8 of code points below U+0800 only: decoding it into a
    /// QString and encoding it again gives the same bytes.
    static bool isShortUtf8(QByteArrayView utf8);
    /// ilikeFold() of the text, as UTF-8, appended to \a out; false (and \a out unchanged) unless
    /// isShortUtf8(\a utf8).
    static bool appendFolded(QByteArrayView utf8, QByteArray &out);
    /// cadastralDigits() of the text, as UTF-8, appended to \a out; false (and \a out unchanged)
    /// unless isShortUtf8(\a utf8).
    static bool appendDigits(QByteArrayView utf8, QByteArray &out);
};

} // namespace sez::detail
