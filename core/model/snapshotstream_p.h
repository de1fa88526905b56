// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing the parts of a store snapshot. The format is private to the cache and
// versioned by ParcelStore; every count read is checked against the bytes left in the stream
// before anything is allocated, so damaged bytes are rejected instead of allocating gigabytes.
#pragma once

#include <QDataStream>
#include <QIODevice>
#include <QStringList>

#include <vector>

namespace sez::detail {

inline qint64 bytesLeft(QDataStream &in)
{
    return in.device() ? in.device()->bytesAvailable() : 0;
}

/// A count of items of at least \a itemBytes bytes each that the rest of the stream can hold.
inline bool readCount(QDataStream &in, quint64 *count, quint64 itemBytes)
{
    quint64 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || itemBytes == 0 || n > quint64(bytesLeft(in)) / itemBytes)
        return false;
    *count = n;
    return true;
}

template <typename T>
void writeVector(QDataStream &out, const std::vector<T> &v)
{
    out << quint64(v.size());
    out.writeRawData(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
}

template <typename T>
bool readVector(QDataStream &in, std::vector<T> &v)
{
    quint64 n = 0;
    if (!readCount(in, &n, sizeof(T)))
        return false;
    v.resize(std::size_t(n));
    const qint64 bytes = qint64(n * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(v.data()), bytes) == bytes;
}

/// Strings as UTF-8, each with its length: a list of values is read without trusting Qt's
/// container reader, which reserves whatever count the bytes claim.
inline void writeStrings(QDataStream &out, const QStringList &list)
{
    out << quint64(list.size());
    for (const QString &s : list)
        out << s.toUtf8();
}

inline bool readStrings(QDataStream &in, QStringList &list)
{
    quint64 n = 0;
    if (!readCount(in, &n, sizeof(quint32)))
        return false;
    list.clear();
    list.reserve(qsizetype(n));
    QByteArray bytes;
    for (quint64 i = 0; i < n; ++i) {
        in >> bytes;   // Qt reads byte arrays in bounded steps, so a damaged length fails cleanly
        if (in.status() != QDataStream::Ok)
            return false;
        list.append(QString::fromUtf8(bytes));
    }
    return true;
}

} // namespace sez::detail
