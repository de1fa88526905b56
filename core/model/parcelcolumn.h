// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/fieldtable.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

class QDataStream;

namespace sez {

/// How a column keeps its values in memory.
enum class ColumnStorage : quint8 {
    Absent,      ///< no values (yet): every row is null
    Utf8,        ///< free text, UTF-8 with offsets; an empty text is null
    Codes16,     ///< coded text: a dictionary and a 16-bit code a row; an empty entry is null
    Codes32,     ///< the same past 65,536 distinct values
    Real64,      ///< NaN is null
    Real32,      ///< NaN is null
    Int32,       ///< kNullInt32 is null
    Int64,       ///< kNullInt64 is null
    JulianDay,   ///< dates as Julian day numbers; kNullInt32 is null
    Flag,        ///< 0, 1; kNullFlag is null
    Codes8,      ///< coded text of at most 256 entries, 8-bit codes (ParcelColumnBuilder::finish narrows Codes16)
    /// Real64 whose every value is a 32-bit integer n over a power of ten (n / 10^k, or n × 10^-k
    /// for large round numbers) that gives back the very same double: ParcelColumnBuilder::finish
    /// narrows Real64 to it when every row does. kNullInt32 is null.
    Decimal32,
    /// Int32 and JulianDay whose values span less than 65,535: a 16-bit step up from the column's
    /// base a row, 0xFFFF null (made by ParcelColumnBuilder::finish, like Decimal32).
    Int16,
    JulianDay16,
};

/// The decimal a float was made from: the shortest decimal that reads back as the same float, as a
/// double (10.6f is 10.6, not 10.6000003814697). A real a file wrote with a few decimals and that
/// is kept as a float comes back as the file wrote it, in every text, export and comparison.
double decimalOfFloat(float value);

/// A column's storage and the address of its values: what the hot paths (the query language, the
/// renderer) read, one load away from the value. Valid while the column lives.
struct ColumnView
{
    ColumnStorage storage = ColumnStorage::Absent;
    const void *values = nullptr;
    /// Real32: the floats keep decimals a file wrote, read back as decimalOfFloat() gives them;
    /// otherwise (a value sezview computed) as the floats are, which are nearer the computed value.
    bool writtenDecimals = false;
    /// Decimal32: a value is double(n) / divisor * multiplier (one of them 1).
    double divisor = 1, multiplier = 1;
    /// Int16, JulianDay16: a value is base + the row's step.
    qint32 base = 0;

    /// The row's index into the dictionary, or -1 when the column is not coded.
    int code(qint64 row) const
    {
        if (storage == ColumnStorage::Codes8)
            return static_cast<const quint8 *>(values)[row];
        if (storage == ColumnStorage::Codes16)
            return static_cast<const quint16 *>(values)[row];
        if (storage == ColumnStorage::Codes32)
            return int(static_cast<const quint32 *>(values)[row]);
        return -1;
    }

    /// Numbers as they are, dates as Julian day numbers, flags as 0/1; *isNull for nulls and text.
    double number(qint64 row, bool *isNull) const;
    /// A Decimal32 value.
    double decimal(qint32 n) const { return double(n) / divisor * multiplier; }
};

/// One attribute of every parcel, immutable once built. Stores share columns through
/// std::shared_ptr, so a new snapshot that replaces a few columns copies none of the others.
class ParcelColumn
{
public:
    static constexpr qint32 kNullInt32 = std::numeric_limits<qint32>::min();
    static constexpr qint64 kNullInt64 = std::numeric_limits<qint64>::min();
    static constexpr quint8 kNullFlag = 2;
    static constexpr quint16 kNullStep = 0xFFFF;   // Int16, JulianDay16

    /// A column of \a rows nulls, holding no memory a row.
    static std::shared_ptr<const ParcelColumn> absent(qint64 rows);

    ColumnStorage storage() const { return mStorage; }
    qint64 size() const { return mSize; }
    bool isCoded() const
    {
        return mStorage == ColumnStorage::Codes8 || mStorage == ColumnStorage::Codes16 || mStorage == ColumnStorage::Codes32;
    }

    /// The storage and the address of the values, for loops over rows.
    ColumnView view() const
    {
        switch (mStorage) {
        case ColumnStorage::Codes8: return {mStorage, mCodes8.data()};
        case ColumnStorage::Codes16: return {mStorage, mCodes16.data()};
        case ColumnStorage::Codes32: return {mStorage, mCodes32.data()};
        case ColumnStorage::Real64: return {mStorage, mReal64.data()};
        case ColumnStorage::Real32: return {mStorage, mReal32.data()};
        case ColumnStorage::Int32:
        case ColumnStorage::JulianDay: return {mStorage, mInt32.data()};
        case ColumnStorage::Int64: return {mStorage, mInt64.data()};
        case ColumnStorage::Flag: return {mStorage, mFlags.data()};
        case ColumnStorage::Decimal32: return {mStorage, mInt32.data(), false, mDivisor, mMultiplier};
        case ColumnStorage::Int16:
        case ColumnStorage::JulianDay16: return {mStorage, mInt16.data(), false, 1, 1, mBase};
        default: return {mStorage, nullptr};
        }
    }
    /// The row's index into dictionary(), or -1 when the column is not coded.
    int code(qint64 row) const { return view().code(row); }
    /// The distinct values of a coded column (empty otherwise).
    const QStringList &dictionary() const { return mDictionary; }
    /// Numbers as they are, dates as Julian day numbers, flags as 0/1; *isNull for nulls and text.
    double number(qint64 row, bool *isNull) const { return view().number(row, isNull); }

    /// The text of a row (coded or free text); a null QString for null and for other storages.
    QString text(qint64 row) const;
    /// A text or coded row's UTF-8 bytes without building a QString (free text only; empty otherwise).
    QByteArrayView utf8(qint64 row) const
    {
        if (mStorage != ColumnStorage::Utf8)
            return {};
        const quint32 a = mOffsets[std::size_t(row)], b = mOffsets[std::size_t(row) + 1];
        return QByteArrayView(mText.constData() + a, qsizetype(b - a));
    }
    /// Free text as one block of UTF-8 and each row's offset into it (rows + 1), for tight loops.
    const QByteArray &textBlock() const { return mText; }
    const std::vector<quint32> &textOffsets() const { return mOffsets; }
    /// The value as the query language and the exporters see it: QString, double, qint64, QDate or
    /// bool; an invalid QVariant for null (and for an infinite distance).
    /// \a writtenDecimals: a Real32 column's floats are read back as the decimals a file wrote
    /// (see ColumnView::writtenDecimals).
    QVariant value(qint64 row, bool writtenDecimals = false) const;

    /// Bytes held a row and for the offsets and codes (what the benchmarks call structural).
    std::size_t structuralBytes() const;
    /// Bytes of text: free text and dictionary entries as UTF-8.
    std::size_t textBytes() const;

    void write(QDataStream &out) const;
    /// Reads write()'s bytes for a column of \a rows rows; nullptr when they are damaged. Every
    /// count is checked against the bytes left in the stream before anything is allocated.
    static std::shared_ptr<const ParcelColumn> read(QDataStream &in, qint64 rows);

private:
    friend class ParcelColumnBuilder;

    ColumnStorage mStorage = ColumnStorage::Absent;
    qint64 mSize = 0;
    std::vector<double> mReal64;
    std::vector<float> mReal32;
    std::vector<qint32> mInt32;       // Int32, JulianDay and Decimal32
    double mDivisor = 1, mMultiplier = 1;   // Decimal32: see ColumnView
    std::vector<quint16> mInt16;      // Int16 and JulianDay16: steps up from mBase
    qint32 mBase = 0;
    std::vector<qint64> mInt64;
    std::vector<quint8> mFlags;
    std::vector<quint8> mCodes8;
    std::vector<quint16> mCodes16;
    std::vector<quint32> mCodes32;
    QStringList mDictionary;
    QByteArray mText;
    std::vector<quint32> mOffsets;    // rows + 1
};

inline double ColumnView::number(qint64 row, bool *isNull) const
{
    switch (storage) {
    case ColumnStorage::Real64: {
        const double v = static_cast<const double *>(values)[row];
        *isNull = std::isnan(v);
        return v;
    }
    case ColumnStorage::Real32: {
        const float v = static_cast<const float *>(values)[row];
        *isNull = std::isnan(v);
        return writtenDecimals ? decimalOfFloat(v) : double(v);
    }
    case ColumnStorage::Int32:
    case ColumnStorage::JulianDay: {
        const qint32 v = static_cast<const qint32 *>(values)[row];
        *isNull = v == ParcelColumn::kNullInt32;
        return double(v);
    }
    case ColumnStorage::Int64: {
        const qint64 v = static_cast<const qint64 *>(values)[row];
        *isNull = v == ParcelColumn::kNullInt64;
        return double(v);
    }
    case ColumnStorage::Flag: {
        const quint8 v = static_cast<const quint8 *>(values)[row];
        *isNull = v == ParcelColumn::kNullFlag;
        return double(v);
    }
    case ColumnStorage::Decimal32: {
        const qint32 v = static_cast<const qint32 *>(values)[row];
        *isNull = v == ParcelColumn::kNullInt32;
        return decimal(v);
    }
    case ColumnStorage::Int16:
    case ColumnStorage::JulianDay16: {
        const quint16 v = static_cast<const quint16 *>(values)[row];
        *isNull = v == ParcelColumn::kNullStep;
        return double(base + qint32(v));
    }
    default:
        *isNull = true;
        return 0;
    }
}

/// Appends values row by row into a new column.
class ParcelColumnBuilder
{
public:
    /// The storage a field of this kind gets.
    static ColumnStorage storageFor(FieldKind kind, bool singlePrecision);

    explicit ParcelColumnBuilder(ColumnStorage storage, qint64 expectedRows = 0);

    /// A copy of \a column with the rows of \a values replaced, converted as append() converts
    /// (an invalid QVariant is null). A coded column keeps its dictionary's order and appends new
    /// entries, so codes already handed out keep their meaning; an absent column becomes one of
    /// \a storageIfAbsent. Costs a copy of the column's arrays, not a QVariant a row.
    static std::shared_ptr<const ParcelColumn> patched(const ParcelColumn &column,
                                                       const std::vector<std::pair<qint64, QVariant>> &values,
                                                       ColumnStorage storageIfAbsent, QString *error);
    /// Coded text that turns into free text when it has more than \a maxDistinct distinct values
    /// (for source columns of unknown content, such as identifiers).
    void setTextWhenDistinctOver(qint64 maxDistinct) { mMaxDistinct = maxDistinct; }
    /// The same rule applied now, for a column whose number of rows was not known while it was
    /// filled: the text is the same as if it had turned into text on the way.
    void textIfDistinctOver(qint64 maxDistinct);

    /// Converts \a value to the column's storage; an invalid QVariant appends a null.
    void append(const QVariant &value);
    void appendNull();
    void appendText(const QString &text);
    void appendReal(double value);
    void appendInteger(qint64 value);
    void appendFlag(bool value);

    qint64 size() const { return mColumn->mSize; }
    /// The column; nullptr (and *error) when free text passed the 4 GiB its offsets address.
    std::shared_ptr<const ParcelColumn> finish(QString *error);

private:
    void widenCodes();
    void codesToText();
    /// Real64 as Decimal32 when every row comes back the same (see ColumnStorage::Decimal32).
    static void narrowToDecimals(ParcelColumn &column);
    /// Int32 and JulianDay as Int16 and JulianDay16 when their values span less than 65,535.
    static void narrowIntegers(ParcelColumn &column);
    /// Moves the value appended last into \a row (fixed-width storages).
    void moveLastTo(qint64 row);
    /// Free text only: a row's UTF-8 as it is.
    void appendUtf8(QByteArrayView bytes);

    std::shared_ptr<ParcelColumn> mColumn;
    QHash<QString, quint32> mLookup;
    qint64 mMaxDistinct = -1;
    bool mOverflow = false;
};

} // namespace sez
