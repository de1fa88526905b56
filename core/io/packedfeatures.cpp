// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/packedfeatures.h"

#include "core/io/layerreader.h"

#include <QDataStream>
#include <QDate>
#include <QIODevice>

#include <cstring>

namespace sez {

namespace {

// Big enough that a block's allocation is rare, small enough that the last one's slack is nothing.
constexpr std::size_t kBlockBytes = std::size_t(1) << 20;

// A value's type, the first byte of its bytes.
enum Tag : quint8 {
    Invalid, LongLong, Double, Date, String, NullString, Bytes, NullBytes, Int, Bool, Streamed
};

// Writes into a buffer of the right size (counted first), or only counts the bytes with a null one.
class Writer
{
public:
    explicit Writer(char *out) : mOut(out) {}

    template<typename T>
    void put(const T &v)
    {
        raw(&v, sizeof v);
    }
    void raw(const void *data, std::size_t bytes)
    {
        if (mOut && bytes > 0)
            std::memcpy(mOut + mSize, data, bytes);
        mSize += bytes;
    }
    std::size_t size() const { return mSize; }
    void path(const Path &points)
    {
        put(quint32(points.size()));
        raw(points.data(), points.size() * sizeof(QPointF));
    }

private:
    char *mOut;
    std::size_t mSize = 0;
};

class Reader
{
public:
    explicit Reader(const char *p) : mP(p) {}

    template<typename T>
    T get()
    {
        T v;
        std::memcpy(&v, mP, sizeof v);
        mP += sizeof v;
        return v;
    }
    const char *take(std::size_t bytes)
    {
        const char *p = mP;
        mP += bytes;
        return p;
    }
    void path(Path &points)
    {
        points.resize(get<quint32>());
        if (!points.empty())
            std::memcpy(static_cast<void *>(points.data()), take(points.size() * sizeof(QPointF)), points.size() * sizeof(QPointF));
    }

private:
    const char *mP;
};

void packValue(Writer &w, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType: w.put(quint8(Invalid)); return;
    case QMetaType::LongLong: w.put(quint8(LongLong)); w.put(v.toLongLong()); return;
    case QMetaType::Double: w.put(quint8(Double)); w.put(v.toDouble()); return;
    case QMetaType::QDate: w.put(quint8(Date)); w.put(v.toDate().toJulianDay()); return;
    case QMetaType::Int: w.put(quint8(Int)); w.put(v.toInt()); return;
    case QMetaType::Bool: w.put(quint8(Bool)); w.put(quint8(v.toBool())); return;
    case QMetaType::QString: {
        const QString &s = *static_cast<const QString *>(v.constData());
        if (s.isNull()) {
            w.put(quint8(NullString));
            return;
        }
        w.put(quint8(String));
        w.put(quint32(s.size()));
        w.raw(s.constData(), std::size_t(s.size()) * sizeof(QChar));
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
        if (b.isNull()) {
            w.put(quint8(NullBytes));
            return;
        }
        w.put(quint8(Bytes));
        w.put(quint32(b.size()));
        w.raw(b.constData(), std::size_t(b.size()));
        return;
    }
    default: {
        // Any other type the reader may one day give, through Qt's own serialisation.
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << v;
        w.put(quint8(Streamed));
        w.put(quint32(bytes.size()));
        w.raw(bytes.constData(), std::size_t(bytes.size()));
        return;
    }
    }
}

QVariant unpackValue(Reader &r)
{
    switch (r.get<quint8>()) {
    case Invalid: return {};
    case LongLong: return r.get<qint64>();
    case Double: return r.get<double>();
    case Date: return QDate::fromJulianDay(r.get<qint64>());
    case Int: return r.get<int>();
    case Bool: return bool(r.get<quint8>());
    case NullString: return QString();
    case String: {
        const quint32 n = r.get<quint32>();
        QString s(qsizetype(n), Qt::Uninitialized);
        if (n > 0)
            std::memcpy(static_cast<void *>(s.data()), r.take(n * sizeof(QChar)), n * sizeof(QChar));
        return s;
    }
    case NullBytes: return QByteArray();
    case Bytes: {
        const quint32 n = r.get<quint32>();
        return QByteArray(r.take(n), qsizetype(n));
    }
    case Streamed: {
        const quint32 n = r.get<quint32>();
        QByteArray bytes = QByteArray::fromRawData(r.take(n), qsizetype(n));
        QDataStream in(bytes);
        QVariant v;
        in >> v;
        return v;
    }
    }
    return {};
}

} // namespace

char *PackedFeatures::Blocks::reserve(std::size_t bytes)
{
    if (blocks.empty() || blockSizes.back() - used < bytes) {
        const std::size_t size = std::max(kBlockBytes, bytes);
        blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
        blockSizes.push_back(quint32(size));
        used = 0;
    }
    starts.push_back((quint64(blocks.size() - 1) << 32) | used);
    char *p = blocks.back().get() + used;
    used += quint32(bytes);
    return p;
}

const char *PackedFeatures::Blocks::at(qint64 i) const
{
    const quint64 start = starts[std::size_t(i)];
    return blocks[std::size_t(start >> 32)].get() + (start & 0xffffffffu);
}

qint64 PackedFeatures::Blocks::bytes() const
{
    qint64 total = qint64(starts.capacity() * sizeof(quint64));
    for (quint32 size : blockSizes)
        total += size;
    return total;
}

PackedFeatures::PackedFeatures() = default;
PackedFeatures::~PackedFeatures() = default;
PackedFeatures::PackedFeatures(PackedFeatures &&) noexcept = default;
PackedFeatures &PackedFeatures::operator=(PackedFeatures &&) noexcept = default;

namespace {

void packValues(Writer &w, const std::vector<QVariant> &values)
{
    w.put(quint32(values.size()));
    for (const QVariant &v : values)
        packValue(w, v);
}

void packGeometry(Writer &w, const Geometry &g)
{
    w.put(quint8(g.kind));
    w.path(g.points);
    w.put(quint32(g.lines.size()));
    for (const Path &line : g.lines)
        w.path(line);
    w.put(quint32(g.polygons.size()));
    for (const Polygon &polygon : g.polygons) {
        w.put(quint32(polygon.rings.size()));
        for (const Path &ring : polygon.rings)
            w.path(ring);
    }
}

// Counts the bytes, then writes them in place.
template<typename T>
void pack(PackedFeatures::Blocks &blocks, void (*write)(Writer &, const T &), const T &what)
{
    Writer counter(nullptr);
    write(counter, what);
    Writer out(blocks.reserve(counter.size()));
    write(out, what);
}

} // namespace

void PackedFeatures::append(const Feature &feature)
{
    pack(mValues, packValues, feature.values);
    pack(mGeometry, packGeometry, feature.geometry);
    ++mCount;
}

void PackedFeatures::appendGeometry(const Geometry &geometry)
{
    pack(mGeometry, packGeometry, geometry);
    mValuesReleased = true;
    ++mCount;
}

void PackedFeatures::append(PackedFeatures &&other)
{
    auto move = [](Blocks &to, Blocks &from) {
        const quint64 shift = quint64(to.blocks.size()) << 32;
        for (quint64 start : from.starts)
            to.starts.push_back(start + shift);
        for (auto &block : from.blocks)
            to.blocks.push_back(std::move(block));
        to.blockSizes.insert(to.blockSizes.end(), from.blockSizes.begin(), from.blockSizes.end());
        if (!from.blocks.empty())
            to.used = from.used;
        from = {};
    };
    move(mValues, other.mValues);
    move(mGeometry, other.mGeometry);
    mValuesReleased = mValuesReleased || other.mValuesReleased;
    mCount += other.mCount;
    other.mCount = 0;
}

void PackedFeatures::values(qint64 i, std::vector<QVariant> &values) const
{
    Reader r(mValues.at(i));
    values.resize(r.get<quint32>());
    for (QVariant &v : values)
        v = unpackValue(r);
}

void PackedFeatures::geometry(qint64 i, Geometry &geometry) const
{
    Reader r(mGeometry.at(i));
    geometry.kind = GeometryKind(r.get<quint8>());
    r.path(geometry.points);
    geometry.lines.resize(r.get<quint32>());
    for (Path &line : geometry.lines)
        r.path(line);
    geometry.polygons.resize(r.get<quint32>());
    for (Polygon &polygon : geometry.polygons) {
        polygon.rings.resize(r.get<quint32>());
        for (Path &ring : polygon.rings)
            r.path(ring);
    }
}

void PackedFeatures::releaseValues()
{
    mValues = {};
    mValuesReleased = true;
}

void PackedFeatures::releaseGeometry()
{
    mGeometry = {};
    mGeometryReleased = true;
}

void PackedFeatures::releaseGeometryBefore(qint64 feature)
{
    if (mGeometryReleased || feature <= 0 || feature > qint64(mGeometry.size()))
        return;
    // The blocks before the one that holds this feature's bytes (all of them past the last feature).
    const std::size_t last = feature < qint64(mGeometry.size()) ? std::size_t(mGeometry.starts[std::size_t(feature)] >> 32)
                                                                : mGeometry.blocks.size();
    for (std::size_t b = 0; b < last; ++b)
        if (mGeometry.blocks[b]) {
            mGeometry.blocks[b].reset();
            mGeometry.blockSizes[b] = 0;
        }
}

qint64 PackedFeatures::bytes() const
{
    return mValues.bytes() + mGeometry.bytes();
}

} // namespace sez
