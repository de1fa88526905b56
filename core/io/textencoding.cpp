// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/textencoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <string_view>

namespace sez {

namespace {

// The context of the decisions' wording in the translations.
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(sez::TextEncoding)
};

} // namespace

QString EncodingDecision::sourceName() const
{
    switch (source) {
    case EncodingSource::Override: return QStringLiteral("override");
    case EncodingSource::Cpg: return QStringLiteral("cpg");
    case EncodingSource::LanguageDriver: return QStringLiteral("ldid");
    case EncodingSource::Header: return QStringLiteral("header");
    case EncodingSource::Detected: return QStringLiteral("detected");
    case EncodingSource::Default: break;
    }
    return QStringLiteral("default");
}

QByteArray normalizeEncodingName(const QByteArray &declared)
{
    QByteArray s = declared.trimmed().toUpper();
    s.replace('_', '-');
    if (s.startsWith("ANSI "))
        s = s.mid(5).trimmed();
    if (s.isEmpty())
        return {};
    static const QHash<QByteArray, QByteArray> names = {
        {"UTF-8", "UTF-8"}, {"UTF8", "UTF-8"}, {"65001", "UTF-8"},
        {"1251", "CP1251"}, {"CP1251", "CP1251"}, {"WINDOWS-1251", "CP1251"}, {"WIN1251", "CP1251"},
        {"866", "CP866"}, {"CP866", "CP866"}, {"IBM866", "CP866"}, {"OEM 866", "CP866"}, {"DOS-866", "CP866"},
        {"KZ-1048", "RK1048"}, {"RK1048", "RK1048"}, {"STRK1048-2002", "RK1048"}, {"1048", "RK1048"},
        {"KOI8-R", "KOI8-R"}, {"KOI8R", "KOI8-R"}, {"20866", "KOI8-R"},
        {"KOI8-U", "KOI8-U"}, {"21866", "KOI8-U"},
        {"1252", "CP1252"}, {"CP1252", "CP1252"}, {"WINDOWS-1252", "CP1252"},
        {"1250", "CP1250"}, {"1253", "CP1253"}, {"1254", "CP1254"},
        {"936", "CP936"}, {"CP936", "CP936"}, {"GBK", "CP936"}, {"GB2312", "CP936"},
        {"950", "BIG5"}, {"BIG5", "BIG5"}, {"932", "CP932"}, {"SHIFT-JIS", "CP932"},
        {"437", "CP437"}, {"850", "CP850"},
        {"LATIN1", "ISO-8859-1"}, {"ISO-8859-1", "ISO-8859-1"}, {"88591", "ISO-8859-1"}, {"8859-1", "ISO-8859-1"},
        {"ISO-8859-5", "ISO-8859-5"}, {"88595", "ISO-8859-5"}, {"8859-5", "ISO-8859-5"},
    };
    if (auto it = names.constFind(s); it != names.constEnd())
        return it.value();
    static const QRegularExpression isoPart(QStringLiteral("^(?:ISO)?-?8859-?(\\d{1,2})$"));
    if (auto m = isoPart.match(QString::fromLatin1(s)); m.hasMatch())
        return "ISO-8859-" + m.captured(1).toLatin1();
    // Unknown to this table: hand it to iconv if iconv knows it.
    iconv_t cd = iconv_open("UTF-8", s.constData());
    if (cd == iconv_t(-1))
        return {};
    iconv_close(cd);
    return s;
}

namespace {

// One descriptor a thread for the encoding it last decoded from: iconv_open() costs more than
// decoding a value, and a reader decodes millions of values from one encoding.
class ThreadDecoder
{
public:
    ThreadDecoder() = default;
    ~ThreadDecoder() { close(); }
    ThreadDecoder(const ThreadDecoder &) = delete;
    ThreadDecoder &operator=(const ThreadDecoder &) = delete;

    // A descriptor from \a encoding to UTF-8 in its initial state, or iconv_t(-1).
    iconv_t from(const QByteArray &encoding)
    {
        if (encoding != mEncoding) {
            close();
            mEncoding = encoding;
            mCd = iconv_open("UTF-8", encoding.constData());
        } else if (mCd != iconv_t(-1)) {
            iconv(mCd, nullptr, nullptr, nullptr, nullptr);
        }
        return mCd;
    }

private:
    void close()
    {
        if (mCd != iconv_t(-1))
            iconv_close(mCd);
        mCd = iconv_t(-1);
    }

    QByteArray mEncoding;
    iconv_t mCd = iconv_t(-1);
};

} // namespace

QString decodeText(QByteArrayView bytes, const QByteArray &encoding, bool *lossy)
{
    if (lossy)
        *lossy = false;
    if (bytes.isEmpty())
        return {};
    if (encoding.isEmpty() || encoding == "UTF-8") {
        QString text = QString::fromUtf8(bytes);
        if (lossy && text.contains(QChar::ReplacementCharacter)
            && std::string_view(bytes.data(), std::size_t(bytes.size())).find("\xEF\xBF\xBD") == std::string_view::npos)
            *lossy = true;
        return text;
    }
    thread_local ThreadDecoder decoder;
    iconv_t cd = decoder.from(encoding);
    if (cd == iconv_t(-1)) {
        if (lossy)
            *lossy = true;
        return QString::fromLatin1(bytes);
    }
    QByteArray out;
    out.reserve(bytes.size() * 3);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char buffer[1024];
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer, outPtr - buffer);
        if (r == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ or EINVAL: a byte this code page does not define; mark it and go on.
            out.append("\xEF\xBF\xBD");
            ++in;
            --inLeft;
            if (lossy)
                *lossy = true;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    return QString::fromUtf8(out);
}

QByteArray encodeText(const QString &text, const QByteArray &encoding)
{
    const QByteArray utf8 = text.toUtf8();
    if (encoding.isEmpty() || encoding == "UTF-8")
        return utf8;
    iconv_t cd = iconv_open(encoding.constData(), "UTF-8");
    if (cd == iconv_t(-1))
        return utf8;
    QByteArray out;
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char buffer[1024];
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer, outPtr - buffer);
        if (r == size_t(-1) && errno != E2BIG) {
            out.append('?');
            // Skip the whole UTF-8 sequence of the unmappable character.
            do { ++in; --inLeft; } while (inLeft > 0 && (uchar(*in) & 0xC0) == 0x80);
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return out;
}

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        int extra = 0;
        uint cp = 0;
        if (c < 0x80) { ++p; continue; }
        if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07; }
        else return false;
        if (end - p <= extra) return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr uint minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        p += extra + 1;
    }
    return true;
}

// How much a decoded text reads like Cyrillic words: letters count for it, while box-drawing,
// control characters, letters of other scripts, and Cyrillic letters glued to Latin ones inside a
// word (a Latin-1 "Ñandú" read as CP1251 gives "Сandъ") count against it. Lower-case letters after
// a Cyrillic one are the common case in names and addresses.
double cyrillicScore(const QString &text)
{
    // The letters of Russian and Kazakh; Serbian or Ukrainian letters in their place are what a
    // wrong code page shows (CP1251 reads RK1048's Kazakh letters as Ђ, Њ, Ћ, ...).
    auto isCyrillic = [](QChar c) {
        const char16_t u = c.unicode();
        if ((u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451 || u == 0x0406 || u == 0x0456)
            return true;
        static constexpr char16_t kazakh[] = {0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3,
                                              0x04E8, 0x04E9, 0x04B0, 0x04B1, 0x04AE, 0x04AF, 0x04BA, 0x04BB};
        return std::find(std::begin(kazakh), std::end(kazakh), u) != std::end(kazakh);
    };
    auto isAsciiLetter = [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); };
    double score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        if (u < 0x80)
            continue;
        if (isCyrillic(ch)) {
            const QChar before = i > 0 ? text.at(i - 1) : QChar();
            const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (isAsciiLetter(before) || isAsciiLetter(after))
                score -= 2;
            else
                score += ch.isLower() && isCyrillic(before) ? 1.5 : 1;
        } else if (u == 0xFFFD || (u >= 0x2500 && u <= 0x259F) || u < 0xA0) {
            score -= 2;
        } else {
            score -= 1;
        }
    }
    return score;
}

} // namespace

QByteArray encodingFromLanguageDriver(int ldid)
{
    switch (ldid) {
    case 0x01: return "CP437";
    case 0x02: return "CP850";
    case 0x03: return "CP1252";
    case 0x26: case 0x65: return "CP866";
    case 0x4D: case 0x7A: return "CP936";
    case 0x4E: case 0x79: return "CP949";
    case 0x4F: case 0x78: return "CP950";
    case 0x57: return {};   // "current ANSI code page": says nothing, so the bytes decide
    case 0x64: return "CP852";
    case 0x66: return "CP865";
    case 0x67: return "CP861";
    case 0x6A: return "CP737";
    case 0x6B: return "CP857";
    case 0x7B: case 0x13: return "CP932";
    case 0x7C: return "CP874";
    case 0xC8: return "CP1250";
    case 0xC9: return "CP1251";
    case 0xCA: return "CP1254";
    case 0xCB: return "CP1253";
    default: return {};
    }
}

EncodingDecision detectEncoding(const std::vector<QByteArray> &samples)
{
    EncodingDecision decision;
    decision.source = EncodingSource::Detected;
    bool anyHigh = false;
    bool allUtf8 = true;
    for (const QByteArray &s : samples) {
        for (const char c : s)
            if (uchar(c) >= 0x80) { anyHigh = true; break; }
        if (allUtf8 && !isValidUtf8(s))
            allUtf8 = false;
    }
    if (!anyHigh) {
        decision.encoding = "UTF-8";
        decision.detail = TextEncoding::tr("text is plain ASCII");
        return decision;
    }
    if (allUtf8) {
        decision.encoding = "UTF-8";
        decision.detail = TextEncoding::tr("every value is valid UTF-8");
        return decision;
    }
    // RK1048 is CP1251 with Kazakh letters in place of a few Serbian/Macedonian ones, so it is
    // tried first and wins only when those positions are used (the score is otherwise equal).
    const QByteArray candidates[] = {"RK1048", "CP1251", "CP866"};
    QByteArray best;
    double bestScore = 0;
    int cyrillicChars = 0;
    for (const QByteArray &encoding : candidates) {
        double score = 0;
        int letters = 0;
        for (const QByteArray &s : samples) {
            const QString text = decodeText(s, encoding);
            score += cyrillicScore(text);
            for (const QChar ch : text)
                letters += ch.unicode() >= 0x0400 && ch.unicode() <= 0x04FF;   // for the report only
        }
        if (best.isEmpty() || score > bestScore) {
            best = encoding;
            bestScore = score;
            cyrillicChars = letters;
        }
    }
    if (bestScore > 0) {
        // Prefer plain CP1251 where RK1048 adds nothing: the names differ only in Kazakh letters.
        if (best == "RK1048") {
            double cp1251 = 0;
            for (const QByteArray &s : samples)
                cp1251 += cyrillicScore(decodeText(s, "CP1251"));
            if (cp1251 >= bestScore)
                best = "CP1251";
        }
        decision.encoding = best;
        decision.detail = TextEncoding::tr("bytes are not UTF-8; %1 reads as Cyrillic (%2 letters)")
                              .arg(QString::fromLatin1(best)).arg(QLocale().toString(cyrillicChars));
        return decision;
    }
    decision.encoding = "ISO-8859-1";
    decision.detail = TextEncoding::tr("bytes are not UTF-8 and no Cyrillic code page fits; read as Latin-1");
    return decision;
}

namespace {

bool hasHighBytes(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

// How well an encoding reads a set of values: values it cannot decode whole, and how much the
// decoded text reads like Cyrillic words.
struct Reading
{
    qint64 lossy = 0;
    double score = 0;
};

Reading readingOf(const std::vector<QByteArray> &values, const QByteArray &encoding)
{
    Reading r;
    for (const QByteArray &v : values) {
        bool lossy = false;
        r.score += cyrillicScore(decodeText(v, encoding, &lossy));
        r.lossy += lossy;
    }
    return r;
}

} // namespace

EncodingDecision checkDeclaredEncoding(const EncodingDecision &declared, const std::vector<QByteArray> &samples)
{
    std::vector<QByteArray> high;
    for (const QByteArray &s : samples)
        if (hasHighBytes(s))
            high.push_back(s);
    if (high.empty() || declared.encoding.isEmpty())
        return declared;
    EncodingDecision detected = detectEncoding(high);
    if (detected.encoding == declared.encoding)
        return declared;
    const Reading as = readingOf(high, declared.encoding);
    const Reading other = readingOf(high, detected.encoding);
    const qint64 n = qint64(high.size());
    // Most values broken in the declared encoding and whole in the other; or both whole, and only
    // the other reads as words (a margin, and at least three values, keep a file of a few odd values
    // with its declaration: two Chinese characters read as four Kazakh letters too).
    const bool broken = other.lossy == 0 && as.lossy * 2 > n;
    const bool noise = n >= 3 && as.lossy == 0 && other.lossy == 0 && other.score > 0
                       && other.score > as.score + std::max(5.0, std::abs(as.score)) && as.score < other.score / 2;
    // RK1048 is CP1251 with Kazakh letters where CP1251 has Serbian ones: a CP1251 declaration that
    // reads Serbian letters into words RK1048 reads as Kazakh is wrong however Russian the rest is.
    const bool kazakh = declared.encoding == "CP1251" && detected.encoding == "RK1048" && other.lossy == 0 && other.score > as.score;
    if (!broken && !noise && !kazakh)
        return declared;
    detected.overruled = declared.encoding;
    //: %1: what the file said ("the .cpg says '1251'"); %2: the encoding read instead; %3: why.
    detected.detail = TextEncoding::tr("%1, but the text is %2 (%3)").arg(declared.detail, QString::fromLatin1(detected.encoding), detected.detail);
    return detected;
}

QByteArray encodingFromCharsetName(const QByteArray &name)
{
    const QByteArray s = name.trimmed().toUpper();
    if (s.isEmpty() || s == "NEUTRAL")
        return {};
    static const QHash<QByteArray, QByteArray> names = {
        {"WINDOWSCYRILLIC", "CP1251"}, {"WINDOWSLATIN1", "CP1252"}, {"WINDOWSLATIN2", "CP1250"},
        {"WINDOWSGREEK", "CP1253"}, {"WINDOWSTURKISH", "CP1254"}, {"WINDOWSBALTICRIM", "CP1257"},
        {"CODEPAGE437", "CP437"}, {"CODEPAGE850", "CP850"}, {"CODEPAGE852", "CP852"}, {"CODEPAGE866", "CP866"},
        {"ISO8859_1", "ISO-8859-1"}, {"ISO8859_5", "ISO-8859-5"}, {"UTF-8", "UTF-8"}, {"UTF8", "UTF-8"},
        {"WINDOWSSIMPCHINESE", "CP936"}, {"WINDOWSTRADCHINESE", "BIG5"}, {"WINDOWSJAPANESE", "CP932"},
        {"WINDOWSKOREAN", "CP949"},
    };
    if (auto it = names.constFind(s); it != names.constEnd())
        return it.value();
    if (s.startsWith("ANSI_"))   // DXF: ANSI_1251, ANSI_1252, ...
        return normalizeEncodingName(s.mid(5));
    if (s.startsWith("DOS"))     // DXF: DOS866
        return normalizeEncodingName(s.mid(3));
    return normalizeEncodingName(s);
}

} // namespace sez
