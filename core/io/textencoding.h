// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace sez {

/// How a layer's text encoding was decided, in order of precedence. Header: the format's own
/// header says it (a MapInfo table's !charset line, a DXF drawing's $DWGCODEPAGE).
enum class EncodingSource { Override, Cpg, LanguageDriver, Header, Detected, Default };

/// The encoding a layer's text is decoded from, with the reason for it.
struct EncodingDecision
{
    QByteArray encoding;          ///< iconv name: UTF-8, CP1251, CP866, RK1048, KOI8-R, CP936, ...
    EncodingSource source = EncodingSource::Default;
    QString detail;               ///< e.g. ".cpg says '1251'" or "bytes are not UTF-8; CP1251 fits 98 %"
    /// What the file declared when its bytes plainly contradicted it (the decision is then
    /// Detected and says both); empty otherwise.
    QByteArray overruled;

    QString sourceName() const;   ///< "override", "cpg", "ldid", "header", "detected", "default"
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

/// The one check of a declared encoding (a .cpg, a DBF language driver, a MapInfo !charset, a DXF
/// code page) against the bytes, with detectEncoding()'s own measure: the declaration stands unless
/// the bytes plainly contradict it (most values invalid in it while another reads them whole, or
/// another code page reads them as Cyrillic words where it reads them as noise). Then the detected
/// encoding is returned with overruled set and a detail naming both.
EncodingDecision checkDeclaredEncoding(const EncodingDecision &declared, const std::vector<QByteArray> &samples);

/// The code page a MapInfo charset name ("WindowsCyrillic", "CodePage866", "Neutral", ...) or a DXF
/// $DWGCODEPAGE ("ANSI_1251") stands for; empty for Neutral and for names it does not know.
QByteArray encodingFromCharsetName(const QByteArray &name);

/// Decodes \a bytes; bytes that are invalid in the encoding become U+FFFD and set \a lossy.
/// The result is always valid Unicode.
/// Safe from several threads at once.
QString decodeText(QByteArrayView bytes, const QByteArray &encoding, bool *lossy = nullptr);

/// Encodes UTF-16 text to \a encoding (for writing DBFs); unmappable characters become '?'.
QByteArray encodeText(const QString &text, const QByteArray &encoding);

} // namespace sez
