// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace sez {

/// How a layer's text encoding was decided, in order of precedence.
enum class EncodingSource { Override, Cpg, LanguageDriver, Detected, Default };

/// The encoding a layer's text is decoded from, with the reason for it.
struct EncodingDecision
{
    QByteArray encoding;          ///< iconv name: UTF-8, CP1251, CP866, RK1048, KOI8-R, CP936, ...
    EncodingSource source = EncodingSource::Default;
    QString detail;               ///< e.g. ".cpg says '1251'" or "bytes are not UTF-8; CP1251 fits 98 %"

    QString sourceName() const;   ///< "override", "cpg", "ldid", "detected", "default"
};

/// Maps what a .cpg file or a manifest says to an iconv encoding name; empty if unknown.
/// Knows the spellings seen in Kazakh data: 1251, ANSI 1251, 866, UTF-8, 65001, KOI8-R,
/// KZ-1048 / RK1048 / STRK1048-2002, 936, 1252, ISO 8859-x.
QByteArray normalizeEncodingName(const QByteArray &declared);

/// The code page a DBF header's language-driver byte (LDID) names, from ESRI's table (the entries
/// seen in practice); empty for 0x57 ("the current ANSI code page") and for unknown bytes.
QByteArray encodingFromLanguageDriver(int ldid);

/// Guesses the encoding of byte strings with no declaration: UTF-8 when every string is valid
/// UTF-8, else the Cyrillic code page (CP1251, CP866 or RK1048) whose decoding reads most like
/// Cyrillic words, else Latin-1.
EncodingDecision detectEncoding(const std::vector<QByteArray> &samples);

/// Decodes \a bytes; bytes that are invalid in the encoding become U+FFFD and set \a lossy.
/// The result is always valid Unicode.
QString decodeText(const QByteArray &bytes, const QByteArray &encoding, bool *lossy = nullptr);

/// Encodes UTF-16 text to \a encoding (for writing DBFs); unmappable characters become '?'.
QByteArray encodeText(const QString &text, const QByteArray &encoding);

} // namespace sez
