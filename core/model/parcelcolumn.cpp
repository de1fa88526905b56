// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parcelcolumn.h"

#include "core/model/snapshotstream_p.h"

#include <QDate>

#include <algorithm>
#include <bit>
#include <charconv>

namespace sez {

double decimalOfFloat(float value)
{
    if (!std::isfinite(value))
        return double(value);
    // std::to_chars gives the shortest text that reads back as the same float; read as a double.
    char text[32];
    const std::to_chars_result written = std::to_chars(text, text + sizeof text, value);
    double decimal = double(value);
    std::from_chars(text, written.ptr, decimal);
    return decimal;
}

using namespace detail;

namespace {

constexpr quint64 kMaxOffset = std::numeric_limits<quint32>::max();

bool isInteger(ColumnStorage s)
{
    return s == ColumnStorage::Int32 || s == ColumnStorage::JulianDay;
}

// Real64 as Decimal32 when every value comes back as the very same double (compared bit for bit,
// so -0.0 stays a double): areas written with four decimals are n / 10^4, round sums of money
// n × 10^3. False when no power of ten serves every row.
bool encodeDecimals(const std::vector<double> &values, std::vector<qint32> &codes, double *divisor, double *multiplier)
{
    auto encodes = [&](double d, double m, std::vector<qint32> *out) {
        for (double v : values) {
            if (std::isnan(v)) {
                if (out)
                    out->push_back(ParcelColumn::kNullInt32);
                continue;
            }
            const double scaled = v * d / m;
            if (!(std::abs(scaled) < 2147483647.0))
                return false;
            const qint32 n = qint32(std::llround(scaled));
            const double back = double(n) / d * m;
            if (n == ParcelColumn::kNullInt32 || std::bit_cast<quint64>(back) != std::bit_cast<quint64>(v))
                return false;
            if (out)
                out->push_back(n);
        }
        return true;
    };
    static constexpr double kPowers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    for (double d : kPowers)
        if (encodes(d, 1, nullptr)) {
            *divisor = d;
            *multiplier = 1;
            return encodes(d, 1, &codes);
        }
    for (double m : {10.0, 1e2, 1e3, 1e4, 1e5, 1e6})
        if (encodes(1, m, nullptr)) {
            *divisor = 1;
            *multiplier = m;
            return encodes(1, m, &codes);
        }
    return false;
}

} // namespace

void ParcelColumnBuilder::narrowToDecimals(ParcelColumn &c)
{
    std::vector<qint32> int32;
    int32.reserve(c.mReal64.size());
    double divisor = 1, multiplier = 1;
    if (c.mReal64.empty() || !encodeDecimals(c.mReal64, int32, &divisor, &multiplier) || int32.size() != c.mReal64.size())
        return;
    c.mInt32 = std::move(int32);
    c.mReal64 = {};
    c.mDivisor = divisor;
    c.mMultiplier = multiplier;
    c.mStorage = ColumnStorage::Decimal32;
}

void ParcelColumnBuilder::narrowIntegers(ParcelColumn &c)
{
    qint32 low = std::numeric_limits<qint32>::max(), high = std::numeric_limits<qint32>::min();
    for (qint32 v : c.mInt32)
        if (v != ParcelColumn::kNullInt32) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (c.mInt32.empty())
        return;
    if (low > high)
        low = high = 0;   // all null
    if (qint64(high) - low >= ParcelColumn::kNullStep || qint64(low) + 0xFFFF > std::numeric_limits<qint32>::max())
        return;
    c.mInt16.reserve(c.mInt32.size());
    for (qint32 v : c.mInt32)
        c.mInt16.push_back(v == ParcelColumn::kNullInt32 ? ParcelColumn::kNullStep : quint16(v - low));
    c.mInt32 = {};
    c.mBase = low;
    c.mStorage = c.mStorage == ColumnStorage::Int32 ? ColumnStorage::Int16 : ColumnStorage::JulianDay16;
}

std::shared_ptr<const ParcelColumn> ParcelColumn::absent(qint64 rows)
{
    auto column = std::make_shared<ParcelColumn>();
    column->mSize = rows;
    return column;
}

QString ParcelColumn::text(qint64 row) const
{
    switch (mStorage) {
    case ColumnStorage::Utf8: {
        const QByteArrayView bytes = utf8(row);
        return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
    }
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes16:
    case ColumnStorage::Codes32: return mDictionary.at(code(row));
    default: return {};
    }
}

QVariant ParcelColumn::value(qint64 row, bool writtenDecimals) const
{
    const std::size_t i = std::size_t(row);
    switch (mStorage) {
    case ColumnStorage::Absent: return {};
    case ColumnStorage::Utf8:
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes16:
    case ColumnStorage::Codes32: {
        const QString t = text(row);
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case ColumnStorage::Real64: return std::isfinite(mReal64[i]) ? QVariant(mReal64[i]) : QVariant();
    case ColumnStorage::Real32:
        if (!std::isfinite(mReal32[i]))
            return QVariant();
        return writtenDecimals ? decimalOfFloat(mReal32[i]) : double(mReal32[i]);
    case ColumnStorage::Int32: return mInt32[i] == kNullInt32 ? QVariant() : QVariant(qint64(mInt32[i]));
    case ColumnStorage::Int64: return mInt64[i] == kNullInt64 ? QVariant() : QVariant(mInt64[i]);
    case ColumnStorage::JulianDay: return mInt32[i] == kNullInt32 ? QVariant() : QVariant(QDate::fromJulianDay(mInt32[i]));
    case ColumnStorage::Flag: return mFlags[i] == kNullFlag ? QVariant() : QVariant(mFlags[i] != 0);
    case ColumnStorage::Decimal32: return mInt32[i] == kNullInt32 ? QVariant() : QVariant(view().decimal(mInt32[i]));
    case ColumnStorage::Int16: return mInt16[i] == kNullStep ? QVariant() : QVariant(qint64(mBase + qint32(mInt16[i])));
    case ColumnStorage::JulianDay16: return mInt16[i] == kNullStep ? QVariant() : QVariant(QDate::fromJulianDay(mBase + qint32(mInt16[i])));
    }
    return {};
}

std::size_t ParcelColumn::structuralBytes() const
{
    return mReal64.size() * sizeof(double) + mReal32.size() * sizeof(float) + mInt32.size() * sizeof(qint32) + mInt16.size() * 2
           + mInt64.size() * sizeof(qint64) + mFlags.size() + mCodes8.size() + mCodes16.size() * sizeof(quint16)
           + mCodes32.size() * sizeof(quint32) + mOffsets.size() * sizeof(quint32);
}

std::size_t ParcelColumn::textBytes() const
{
    std::size_t bytes = std::size_t(mText.size());
    for (const QString &s : mDictionary)
        bytes += std::size_t(s.toUtf8().size());
    return bytes;
}

void ParcelColumn::write(QDataStream &out) const
{
    out << quint8(mStorage) << qint64(mSize);
    switch (mStorage) {
    case ColumnStorage::Absent: break;
    case ColumnStorage::Utf8: out << mText; writeVector(out, mOffsets); break;
    case ColumnStorage::Codes8: writeStrings(out, mDictionary); writeVector(out, mCodes8); break;
    case ColumnStorage::Codes16: writeStrings(out, mDictionary); writeVector(out, mCodes16); break;
    case ColumnStorage::Codes32: writeStrings(out, mDictionary); writeVector(out, mCodes32); break;
    case ColumnStorage::Real64: writeVector(out, mReal64); break;
    case ColumnStorage::Real32: writeVector(out, mReal32); break;
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay: writeVector(out, mInt32); break;
    case ColumnStorage::Int64: writeVector(out, mInt64); break;
    case ColumnStorage::Flag: writeVector(out, mFlags); break;
    case ColumnStorage::Decimal32: out << mDivisor << mMultiplier; writeVector(out, mInt32); break;
    case ColumnStorage::Int16:
    case ColumnStorage::JulianDay16: out << mBase; writeVector(out, mInt16); break;
    }
}

std::shared_ptr<const ParcelColumn> ParcelColumn::read(QDataStream &in, qint64 rows)
{
    quint8 storage = 0;
    qint64 size = -1;
    in >> storage >> size;
    if (in.status() != QDataStream::Ok || storage > quint8(ColumnStorage::JulianDay16) || size != rows)
        return nullptr;
    auto c = std::make_shared<ParcelColumn>();
    c->mStorage = ColumnStorage(storage);
    c->mSize = size;
    const std::size_t n = std::size_t(size);
    bool ok = true;
    switch (c->mStorage) {
    case ColumnStorage::Absent: break;
    case ColumnStorage::Utf8:
        in >> c->mText;
        ok = in.status() == QDataStream::Ok && readVector(in, c->mOffsets) && c->mOffsets.size() == n + 1
             && c->mOffsets.front() == 0 && c->mOffsets.back() == quint64(c->mText.size())
             && std::is_sorted(c->mOffsets.begin(), c->mOffsets.end());
        break;
    case ColumnStorage::Codes8:
        ok = readStrings(in, c->mDictionary) && readVector(in, c->mCodes8) && c->mCodes8.size() == n
             && std::all_of(c->mCodes8.begin(), c->mCodes8.end(), [&](quint8 v) { return v < c->mDictionary.size(); });
        break;
    case ColumnStorage::Codes16:
        ok = readStrings(in, c->mDictionary) && readVector(in, c->mCodes16) && c->mCodes16.size() == n
             && std::all_of(c->mCodes16.begin(), c->mCodes16.end(), [&](quint16 v) { return v < c->mDictionary.size(); });
        break;
    case ColumnStorage::Codes32:
        ok = readStrings(in, c->mDictionary) && readVector(in, c->mCodes32) && c->mCodes32.size() == n
             && std::all_of(c->mCodes32.begin(), c->mCodes32.end(), [&](quint32 v) { return v < quint64(c->mDictionary.size()); });
        break;
    case ColumnStorage::Real64: ok = readVector(in, c->mReal64) && c->mReal64.size() == n; break;
    case ColumnStorage::Real32: ok = readVector(in, c->mReal32) && c->mReal32.size() == n; break;
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay: ok = readVector(in, c->mInt32) && c->mInt32.size() == n; break;
    case ColumnStorage::Int64: ok = readVector(in, c->mInt64) && c->mInt64.size() == n; break;
    case ColumnStorage::Flag:
        ok = readVector(in, c->mFlags) && c->mFlags.size() == n
             && std::all_of(c->mFlags.begin(), c->mFlags.end(), [](quint8 v) { return v <= kNullFlag; });
        break;
    case ColumnStorage::Decimal32:
        in >> c->mDivisor >> c->mMultiplier;
        ok = readVector(in, c->mInt32) && c->mInt32.size() == n;
        break;
    case ColumnStorage::Int16:
    case ColumnStorage::JulianDay16: {
        qint32 base = 0;
        in >> base;
        c->mBase = base;
        // base + a step never passes qint32's range.
        ok = readVector(in, c->mInt16) && c->mInt16.size() == n && qint64(base) + 0xFFFF <= std::numeric_limits<qint32>::max();
        break;
    }
    }
    if (!ok || in.status() != QDataStream::Ok)
        return nullptr;
    return c;
}

ColumnStorage ParcelColumnBuilder::storageFor(FieldKind kind, bool singlePrecision)
{
    switch (kind) {
    case FieldKind::Text: return ColumnStorage::Utf8;
    case FieldKind::Coded: return ColumnStorage::Codes16;
    case FieldKind::Real: return singlePrecision ? ColumnStorage::Real32 : ColumnStorage::Real64;
    case FieldKind::Integer: return ColumnStorage::Int32;
    case FieldKind::Date: return ColumnStorage::JulianDay;
    case FieldKind::Bool: return ColumnStorage::Flag;
    }
    return ColumnStorage::Absent;
}

ParcelColumnBuilder::ParcelColumnBuilder(ColumnStorage storage, qint64 expectedRows)
    : mColumn(std::make_shared<ParcelColumn>())
{
    // Coded columns grow as 16-bit codes, widened past 65,536 entries, narrowed by finish().
    // Decimals are appended as doubles and narrowed by finish() too.
    switch (storage) {
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes32: mColumn->mStorage = ColumnStorage::Codes16; break;
    case ColumnStorage::Decimal32: mColumn->mStorage = ColumnStorage::Real64; break;
    case ColumnStorage::Int16: mColumn->mStorage = ColumnStorage::Int32; break;
    case ColumnStorage::JulianDay16: mColumn->mStorage = ColumnStorage::JulianDay; break;
    default: mColumn->mStorage = storage; break;
    }
    const std::size_t n = std::size_t(std::max<qint64>(expectedRows, 0));
    switch (mColumn->mStorage) {
    case ColumnStorage::Utf8: mColumn->mOffsets.reserve(n + 1); mColumn->mOffsets.push_back(0); break;
    case ColumnStorage::Codes16: mColumn->mCodes16.reserve(n); break;
    case ColumnStorage::Real64: mColumn->mReal64.reserve(n); break;
    case ColumnStorage::Real32: mColumn->mReal32.reserve(n); break;
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay: mColumn->mInt32.reserve(n); break;
    case ColumnStorage::Int64: mColumn->mInt64.reserve(n); break;
    case ColumnStorage::Flag: mColumn->mFlags.reserve(n); break;
    default: break;
    }
}

void ParcelColumnBuilder::appendNull()
{
    ParcelColumn &c = *mColumn;
    switch (c.mStorage) {
    case ColumnStorage::Absent: ++c.mSize; break;
    case ColumnStorage::Utf8:
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes16:
    case ColumnStorage::Codes32: appendText(QString()); break;
    case ColumnStorage::Real64:
    case ColumnStorage::Real32:
    case ColumnStorage::Decimal32: appendReal(std::nan("")); break;
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay:
    case ColumnStorage::Int16:
    case ColumnStorage::JulianDay16: c.mInt32.push_back(ParcelColumn::kNullInt32); ++c.mSize; break;
    case ColumnStorage::Int64: c.mInt64.push_back(ParcelColumn::kNullInt64); ++c.mSize; break;
    case ColumnStorage::Flag: c.mFlags.push_back(ParcelColumn::kNullFlag); ++c.mSize; break;
    }
}

void ParcelColumnBuilder::append(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        appendNull();
        return;
    }
    switch (mColumn->mStorage) {
    case ColumnStorage::Utf8:
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes16:
    case ColumnStorage::Codes32:
        appendText(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
        break;
    case ColumnStorage::Real64:
    case ColumnStorage::Real32:
    case ColumnStorage::Decimal32: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        ok ? appendReal(v) : appendNull();
        break;
    }
    case ColumnStorage::Int32:
    case ColumnStorage::Int16:
    case ColumnStorage::Int64: {
        bool ok = false;
        const qint64 v = value.typeId() == QMetaType::Double ? qint64(std::llround(value.toDouble(&ok))) : value.toLongLong(&ok);
        ok ? appendInteger(v) : appendNull();
        break;
    }
    case ColumnStorage::JulianDay:
    case ColumnStorage::JulianDay16: {
        const QDate d = value.toDate();
        if (d.isValid())
            appendInteger(d.toJulianDay());
        else
            appendNull();
        break;
    }
    case ColumnStorage::Flag: appendFlag(value.toBool()); break;
    case ColumnStorage::Absent: appendNull(); break;
    }
}

void ParcelColumnBuilder::appendText(const QString &text)
{
    ParcelColumn &c = *mColumn;
    if (c.mStorage == ColumnStorage::Utf8) {
        appendUtf8(text.toUtf8());
        return;
    }
    if (!c.isCoded()) {
        append(text.isEmpty() ? QVariant() : QVariant(text));
        return;
    }
    auto it = mLookup.constFind(text);
    quint32 code = 0;
    if (it != mLookup.constEnd()) {
        code = it.value();
    } else {
        code = quint32(c.mDictionary.size());
        if (c.mStorage == ColumnStorage::Codes16 && code > std::numeric_limits<quint16>::max())
            widenCodes();
        c.mDictionary.append(text);
        mLookup.insert(text, code);
    }
    if (c.mStorage == ColumnStorage::Codes16)
        c.mCodes16.push_back(quint16(code));
    else
        c.mCodes32.push_back(code);
    ++c.mSize;
    if (mMaxDistinct >= 0 && c.mDictionary.size() > mMaxDistinct)
        codesToText();
}

void ParcelColumnBuilder::appendUtf8(QByteArrayView bytes)
{
    ParcelColumn &c = *mColumn;
    if (quint64(c.mText.size()) + quint64(bytes.size()) > kMaxOffset)
        mOverflow = true;
    else
        c.mText += bytes;
    c.mOffsets.push_back(quint32(c.mText.size()));
    ++c.mSize;
}

void ParcelColumnBuilder::appendReal(double value)
{
    ParcelColumn &c = *mColumn;
    if (c.mStorage == ColumnStorage::Real64)
        c.mReal64.push_back(value);
    else if (c.mStorage == ColumnStorage::Real32)
        c.mReal32.push_back(float(value));
    else if (isInteger(c.mStorage) || c.mStorage == ColumnStorage::Int64)
        return appendInteger(std::isfinite(value) ? qint64(std::llround(value)) : 0);
    else
        return append(QVariant(value));
    ++c.mSize;
}

void ParcelColumnBuilder::appendInteger(qint64 value)
{
    ParcelColumn &c = *mColumn;
    if (isInteger(c.mStorage)) {
        // An integer that does not fit is kept as null rather than wrapped around.
        const bool fits = value > ParcelColumn::kNullInt32 && value <= std::numeric_limits<qint32>::max();
        c.mInt32.push_back(fits ? qint32(value) : ParcelColumn::kNullInt32);
    } else if (c.mStorage == ColumnStorage::Int64) {
        c.mInt64.push_back(value == ParcelColumn::kNullInt64 ? value + 1 : value);
    } else {
        return append(QVariant(value));
    }
    ++c.mSize;
}

void ParcelColumnBuilder::appendFlag(bool value)
{
    ParcelColumn &c = *mColumn;
    if (c.mStorage != ColumnStorage::Flag)
        return append(QVariant(value));
    c.mFlags.push_back(value ? 1 : 0);
    ++c.mSize;
}

void ParcelColumnBuilder::widenCodes()
{
    ParcelColumn &c = *mColumn;
    c.mCodes32.reserve(c.mCodes16.capacity());
    c.mCodes32.assign(c.mCodes16.begin(), c.mCodes16.end());
    c.mCodes16 = {};
    c.mStorage = ColumnStorage::Codes32;
}

void ParcelColumnBuilder::textIfDistinctOver(qint64 maxDistinct)
{
    if (mColumn->isCoded() && mColumn->mDictionary.size() > maxDistinct)
        codesToText();
}

void ParcelColumnBuilder::codesToText()
{
    ParcelColumn &c = *mColumn;
    std::vector<QByteArray> utf8;
    utf8.reserve(std::size_t(c.mDictionary.size()));
    for (const QString &s : c.mDictionary)
        utf8.push_back(s.toUtf8());
    const qint64 rows = c.mSize;
    c.mOffsets.reserve(std::size_t(rows) + 1);
    c.mOffsets.push_back(0);
    for (qint64 r = 0; r < rows; ++r) {
        c.mText += utf8[std::size_t(c.code(r))];
        c.mOffsets.push_back(quint32(std::min<quint64>(quint64(c.mText.size()), kMaxOffset)));
    }
    mOverflow = mOverflow || quint64(c.mText.size()) > kMaxOffset;
    c.mCodes16 = {};
    c.mCodes32 = {};
    c.mDictionary.clear();
    mLookup.clear();
    c.mStorage = ColumnStorage::Utf8;
}

void ParcelColumnBuilder::moveLastTo(qint64 row)
{
    ParcelColumn &c = *mColumn;
    const auto move = [row](auto &values) {
        values[std::size_t(row)] = values.back();
        values.pop_back();
    };
    switch (c.mStorage) {
    case ColumnStorage::Codes16: move(c.mCodes16); break;
    case ColumnStorage::Codes32: move(c.mCodes32); break;
    case ColumnStorage::Real64: move(c.mReal64); break;
    case ColumnStorage::Real32: move(c.mReal32); break;
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay: move(c.mInt32); break;
    case ColumnStorage::Int64: move(c.mInt64); break;
    case ColumnStorage::Flag: move(c.mFlags); break;
    default: return;
    }
    --c.mSize;
}

std::shared_ptr<const ParcelColumn> ParcelColumnBuilder::patched(const ParcelColumn &column,
                                                                 const std::vector<std::pair<qint64, QVariant>> &values,
                                                                 ColumnStorage storageIfAbsent, QString *error)
{
    const qint64 rows = column.size();
    if (column.storage() == ColumnStorage::Absent || column.storage() == ColumnStorage::Utf8) {
        // Free text is one block with offsets, so it is rebuilt in order; so is a column that had none.
        std::vector<const QVariant *> replaced(std::size_t(rows), nullptr);
        for (const auto &[row, value] : values)
            if (row >= 0 && row < rows)
                replaced[std::size_t(row)] = &value;
        const ColumnStorage storage = column.storage() == ColumnStorage::Absent ? storageIfAbsent : ColumnStorage::Utf8;
        ParcelColumnBuilder builder(storage, rows);
        for (qint64 r = 0; r < rows; ++r) {
            if (const QVariant *v = replaced[std::size_t(r)])
                builder.append(*v);
            else if (column.storage() == ColumnStorage::Utf8)
                builder.appendUtf8(column.utf8(r));
            else
                builder.appendNull();
        }
        return builder.finish(error);
    }
    // Fixed width: the arrays copied, each new value appended as usual and moved into its row.
    ParcelColumnBuilder builder(column.storage(), 0);
    *builder.mColumn = column;
    ParcelColumn &c = *builder.mColumn;
    if (c.mStorage == ColumnStorage::Codes8) {   // appended to as 16-bit codes, narrowed again by finish()
        c.mCodes16.assign(c.mCodes8.begin(), c.mCodes8.end());
        c.mCodes8 = {};
        c.mStorage = ColumnStorage::Codes16;
    }
    if (c.mStorage == ColumnStorage::Int16 || c.mStorage == ColumnStorage::JulianDay16) {   // widened, narrowed again by finish()
        c.mInt32.reserve(c.mInt16.size());
        for (quint16 v : c.mInt16)
            c.mInt32.push_back(v == ParcelColumn::kNullStep ? ParcelColumn::kNullInt32 : c.mBase + qint32(v));
        c.mInt16 = {};
        c.mStorage = c.mStorage == ColumnStorage::Int16 ? ColumnStorage::Int32 : ColumnStorage::JulianDay;
    }
    if (c.mStorage == ColumnStorage::Decimal32) {   // appended to as doubles, narrowed again by finish()
        const ColumnView view = column.view();
        c.mReal64.reserve(c.mInt32.size());
        for (qint32 v : c.mInt32)
            c.mReal64.push_back(v == ParcelColumn::kNullInt32 ? std::nan("") : view.decimal(v));
        c.mInt32 = {};
        c.mStorage = ColumnStorage::Real64;
    }
    for (int code = 0; code < column.mDictionary.size(); ++code)
        builder.mLookup.insert(column.mDictionary.at(code), quint32(code));
    for (const auto &[row, value] : values) {
        if (row < 0 || row >= rows)
            continue;
        builder.append(value);
        builder.moveLastTo(row);
    }
    return builder.finish(error);
}

std::shared_ptr<const ParcelColumn> ParcelColumnBuilder::finish(QString *error)
{
    if (mOverflow) {
        *error = QCoreApplication::translate("sez::ParcelColumn", "a text column holds more than 4 GiB of text");
        return nullptr;
    }
    auto column = std::move(mColumn);
    mColumn = std::make_shared<ParcelColumn>();
    column->mReal64.shrink_to_fit();
    column->mReal32.shrink_to_fit();
    column->mInt32.shrink_to_fit();
    // A dictionary of at most 256 entries (zones, statuses, districts, ...) needs a byte a row.
    if (column->mStorage == ColumnStorage::Codes16 && column->mDictionary.size() <= 256) {
        column->mCodes8.assign(column->mCodes16.begin(), column->mCodes16.end());
        column->mCodes16 = {};
        column->mStorage = ColumnStorage::Codes8;
    }
    if (column->mStorage == ColumnStorage::Real64)
        narrowToDecimals(*column);
    if (isInteger(column->mStorage))
        narrowIntegers(*column);
    column->mCodes16.shrink_to_fit();
    column->mCodes32.shrink_to_fit();
    column->mOffsets.shrink_to_fit();
    return column;
}

} // namespace sez
