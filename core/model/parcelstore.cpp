// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parcelstore.h"

#include "core/model/scratcharray.h"
#include "core/model/snapshotstream_p.h"

#include <QBuffer>
#include <QDataStream>
#include <QDate>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>

namespace sez {

using namespace detail;

namespace {

constexpr int kKeyDigits = 19;   // a quint64 holds any 19-digit number

quint64 pow10(int e)
{
    quint64 v = 1;
    while (e-- > 0)
        v *= 10;
    return v;
}

struct CadastralKey
{
    quint64 padded;
    int length;
};

// The digits read as a number padded on the right, which orders them as text does, so a prefix is
// a range; no string is built for it.
class CadastralKeys
{
public:
    explicit CadastralKeys(const ParcelColumn &numbers)
        : mText(numbers.textBlock().constData()), mOffsets(numbers.textOffsets().data())
    {
    }

    CadastralKey operator()(qint64 row) const
    {
        quint64 value = 0;
        int length = 0;
        for (quint32 i = mOffsets[row], end = mOffsets[row + 1]; i < end && length < kKeyDigits; ++i) {
            const char c = mText[i];
            if (c >= '0' && c <= '9') {
                value = value * 10 + quint64(c - '0');
                ++length;
            }
        }
        return {value * pow10(kKeyDigits - length), length};
    }

private:
    const char *mText;
    const quint32 *mOffsets;
};

} // namespace

QString cadastralDigits(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    return digits;
}

QString ContextFeature::displayName() const
{
    if (names.isEmpty())
        return name;
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString own = names.value(language);
    return own.isEmpty() ? name : own;
}

QString ParcelStore::districtDisplayName(const QString &district) const
{
    for (const ContextFeature &f : mContext->districts)
        if (f.name == district)
            return f.displayName();
    return district;
}

QString StoreField::label() const
{
    return spec ? FieldTable::label(*spec) : name;
}

QString StoreField::header() const
{
    return spec ? FieldTable::header(*spec) : name;
}

struct ParcelStore::CadastralIndex
{
    std::once_flag sortedOnce;
    std::vector<quint32> sorted;   // rows, by cadastralKey()
};

ParcelStore::ParcelStore() = default;
ParcelStore::~ParcelStore() = default;

std::shared_ptr<ParcelStore> ParcelStore::create(Parts parts, QString *error)
{
    auto store = std::shared_ptr<ParcelStore>(new ParcelStore);
    store->mDatasetName = std::move(parts.datasetName);
    store->mMapEpsg = parts.mapEpsg;
    store->mGeometry = std::move(parts.geometry);
    store->mContext = parts.context ? std::move(parts.context) : std::make_shared<const ContextLayers>();
    for (const FieldSpec &spec : FieldTable::all())
        store->mFields.push_back({QString::fromLatin1(spec.name), spec.kind, &spec});
    for (StoreField &extra : parts.extraFields) {
        extra.spec = nullptr;
        store->mFields.push_back(std::move(extra));
    }
    store->mColumns = std::move(parts.columns);
    store->mSourceValues = std::move(parts.sourceValues);
    if (!store->checkColumns(error))
        return nullptr;
    store->mCadastralIndex = std::make_shared<CadastralIndex>();
    return store;
}

namespace {

// Any row not null; most columns answer at their first row or from their dictionary.
bool hasAnyValue(const ParcelColumn &column)
{
    switch (column.storage()) {
    case ColumnStorage::Absent: return false;
    case ColumnStorage::Utf8: return !column.textBlock().isEmpty();
    case ColumnStorage::Codes8:
    case ColumnStorage::Codes16:
    case ColumnStorage::Codes32:
        return std::any_of(column.dictionary().begin(), column.dictionary().end(), [](const QString &v) { return !v.isEmpty(); });
    default:
        for (qint64 row = 0; row < column.size(); ++row)
            if (column.value(row).isValid())
                return true;
        return false;
    }
}

} // namespace

QStringList ParcelStore::otherLayers() const
{
    QStringList names;
    for (const ContextFeature &f : mContext->other)
        if (!names.contains(f.kind))
            names << f.kind;
    return names;
}

bool ParcelStore::checkColumns(QString *error)
{
    if (!mGeometry) {
        *error = tr("the parcel store has no geometry");
        return false;
    }
    if (mColumns.size() != mFields.size()) {
        *error = tr("the parcel store has %1 columns for %2 fields").arg(mColumns.size()).arg(mFields.size());
        return false;
    }
    for (std::size_t i = 0; i < mColumns.size(); ++i)
        if (!mColumns[i] || mColumns[i]->size() != size()) {
            *error = tr("the column %1 does not hold one value a parcel").arg(mFields[i].name);
            return false;
        }
    mViews.clear();
    mHasValues.clear();
    for (std::size_t i = 0; i < mColumns.size(); ++i) {
        ColumnView view = mColumns[i]->view();
        // A source's reals kept as floats are the decimals it wrote; derived ones are computed values.
        view.writtenDecimals = !mFields[i].spec || mFields[i].spec->fromSource();
        mViews.push_back(view);
        mHasValues.push_back(hasAnyValue(*mColumns[i]));
    }
    const ColumnView &city = mViews[std::size_t(ParcelField::InsideCity)];
    mCityFlags = city.storage == ColumnStorage::Flag ? static_cast<const quint8 *>(city.values) : nullptr;
    for (int k = 0; k < kDistanceFieldCount; ++k) {
        const ColumnView &d = mViews[std::size_t(ParcelField::DistanceSubstation) + std::size_t(k)];
        mDistanceMetres[std::size_t(k)] = d.storage == ColumnStorage::Real32 ? static_cast<const float *>(d.values) : nullptr;
    }
    return true;
}

std::shared_ptr<ParcelStore> ParcelStore::withColumns(
    const std::vector<std::pair<int, std::shared_ptr<const ParcelColumn>>> &columns, QString *error) const
{
    auto store = std::shared_ptr<ParcelStore>(new ParcelStore(*this));
    bool cadastralChanged = false;
    for (const auto &[index, column] : columns) {
        if (index < 0 || index >= fieldCount()) {
            *error = tr("there is no field %1 to replace").arg(index);
            return nullptr;
        }
        store->mColumns[std::size_t(index)] = column;
        cadastralChanged = cadastralChanged || index == int(ParcelField::CadastralNumber);
    }
    if (!store->checkColumns(error))
        return nullptr;
    if (cadastralChanged)
        store->mCadastralIndex = std::make_shared<CadastralIndex>();
    return store;
}

int ParcelStore::fieldIndex(const QString &name) const
{
    if (const FieldSpec *spec = FieldTable::find(name))
        return int(spec->id);
    for (int i = int(ParcelField::Count); i < fieldCount(); ++i)
        if (mFields[std::size_t(i)].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

const std::vector<quint32> &ParcelStore::cadastralOrder() const
{
    CadastralIndex &index = *mCadastralIndex;
    std::call_once(index.sortedOnce, [&] {
        const ParcelColumn &numbers = column(int(ParcelField::CadastralNumber));
        const std::size_t n = numbers.storage() == ColumnStorage::Utf8 ? std::size_t(size()) : 0;
        // The order first, then the keys: the order stays (4 B a parcel), the keys (16 B) are
        // scratch in their own mapping, unmapped when the sort ends, so the lookup leaves the order
        // resident and nothing else (round 7 measured 20 B a parcel left: the keys' vector was
        // assigned `{}`, which keeps its capacity, so malloc_trim ran before it was freed).
        index.sorted.resize(n);
        std::iota(index.sorted.begin(), index.sorted.end(), quint32(0));
        ScratchArray<CadastralKey> keys(n);
        if (n > 0) {
            const CadastralKeys keyOf(numbers);
            for (std::size_t i = 0; i < n; ++i)
                keys[i] = keyOf(qint64(i));
        }
        std::sort(index.sorted.begin(), index.sorted.end(), [&](quint32 a, quint32 b) {
            return keys[a].padded != keys[b].padded ? keys[a].padded < keys[b].padded : keys[a].length < keys[b].length;
        });
    });
    return index.sorted;
}

std::vector<qint64> ParcelStore::findCadastralPrefix(const QString &text, int limit) const
{
    std::vector<qint64> rows;
    const QString digits = cadastralDigits(text);
    if (digits.isEmpty() || digits.size() > kKeyDigits)
        return rows;
    const std::vector<quint32> &sorted = cadastralOrder();
    if (sorted.empty())
        return rows;
    const CadastralKeys cadastralKey(column(int(ParcelField::CadastralNumber)));
    const int length = int(digits.size());
    if (limit > 0)   // a search's page of rows at once, not a dozen regrowths (bounded: the limit may be large)
        rows.reserve(std::min({std::size_t(limit), sorted.size(), std::size_t(4096)}));
    const quint64 scale = pow10(kKeyDigits - length);
    const quint64 low = digits.toULongLong() * scale;
    const quint64 high = low + scale;   // exclusive; no overflow: 19 nines times 1 is below 2^64
    auto first = std::lower_bound(sorted.begin(), sorted.end(), low,
                                  [&](quint32 row, quint64 key) { return cadastralKey(row).padded < key; });
    for (auto it = first; it != sorted.end(); ++it) {
        const CadastralKey key = cadastralKey(*it);
        if (key.padded >= high)
            break;
        if (key.length >= length) {
            rows.push_back(*it);
            if (limit > 0 && rows.size() >= std::size_t(limit))
                break;
        }
    }
    return rows;
}

qint64 ParcelStore::findCadastralNumber(const QString &number) const
{
    const QString digits = cadastralDigits(number);
    if (digits.isEmpty() || digits.size() > kKeyDigits)
        return -1;
    const std::vector<quint32> &sorted = cadastralOrder();
    if (sorted.empty())
        return -1;
    const CadastralKeys cadastralKey(column(int(ParcelField::CadastralNumber)));
    const quint64 key = digits.toULongLong() * pow10(kKeyDigits - int(digits.size()));
    auto it = std::lower_bound(sorted.begin(), sorted.end(), key,
                               [&](quint32 row, quint64 k) { return cadastralKey(row).padded < k; });
    for (; it != sorted.end() && cadastralKey(*it).padded == key; ++it)
        if (cadastralKey(*it).length == digits.size())
            return *it;
    return -1;
}

std::size_t ParcelStore::structuralBytes() const
{
    // The cadastral order as it is once sorted (read without racing a lookup that sorts it).
    const bool numbered = column(int(ParcelField::CadastralNumber)).storage() == ColumnStorage::Utf8;
    std::size_t bytes = mGeometry->structuralBytes() + (numbered ? std::size_t(size()) * sizeof(quint32) : 0);
    for (const auto &c : mColumns)
        bytes += c->structuralBytes();
    return bytes;
}

std::size_t ParcelStore::textBytes() const
{
    std::size_t bytes = 0;
    for (const auto &c : mColumns)
        bytes += c->textBytes();
    return bytes;
}

namespace {

constexpr quint32 kStoreMagic = 0x5345'5A53;   // "SEZS"
// 2: SEZ parts carry their side of the city limits. 3: one column a field of the field table, then
// the extra source columns; every count checked against the bytes left. 4: the source's own words
// for coded values. 5: the layers of no role. 6: context features carry their names in other
// languages. 7: the features of the layers of no role carry their attributes. 8: coded columns of
// at most 256 entries keep a byte a row (ColumnStorage::Codes8). 9: vertices as 16-bit steps up from
// their parcel's bounds, wide parcels' floats apart (ParcelGeometry).
constexpr quint32 kStoreVersion = 9;

void writePath(QDataStream &out, const Path &path)
{
    out << quint64(path.size());
    for (const QPointF &p : path)
        out << p.x() << p.y();
}

bool readPath(QDataStream &in, Path &path)
{
    quint64 n = 0;
    if (!readCount(in, &n, 2 * sizeof(double)))
        return false;
    path.resize(std::size_t(n));
    for (QPointF &p : path) {
        double x = 0, y = 0;
        in >> x >> y;
        p = QPointF(x, y);
    }
    return in.status() == QDataStream::Ok;
}

void writeGeometry(QDataStream &out, const Geometry &g)
{
    out << quint8(g.kind);
    writePath(out, g.points);
    out << quint64(g.lines.size());
    for (const Path &l : g.lines)
        writePath(out, l);
    out << quint64(g.polygons.size());
    for (const Polygon &poly : g.polygons) {
        out << quint64(poly.rings.size());
        for (const Path &r : poly.rings)
            writePath(out, r);
    }
}

bool readGeometry(QDataStream &in, Geometry &g)
{
    quint8 kind = 0;
    in >> kind;
    if (kind > quint8(GeometryKind::Polygon) || !readPath(in, g.points))
        return false;
    g.kind = GeometryKind(kind);
    quint64 n = 0;
    if (!readCount(in, &n, sizeof(quint64)))
        return false;
    g.lines.resize(std::size_t(n));
    for (Path &l : g.lines)
        if (!readPath(in, l))
            return false;
    if (!readCount(in, &n, sizeof(quint64)))
        return false;
    g.polygons.resize(std::size_t(n));
    for (Polygon &poly : g.polygons) {
        quint64 rings = 0;
        if (!readCount(in, &rings, sizeof(quint64)))
            return false;
        poly.rings.resize(std::size_t(rings));
        for (Path &r : poly.rings)
            if (!readPath(in, r))
                return false;
    }
    return in.status() == QDataStream::Ok;
}

// An attribute's value as a type tag and the value, so that reading it back never meets a type it
// cannot make (a QVariant read whole could name any registered type).
enum class AttributeType : quint8 { Null, Text, Integer, Real, Date };

void writeAttributes(QDataStream &out, const QList<std::pair<QString, QVariant>> &attributes)
{
    out << quint64(attributes.size());
    for (const auto &[name, value] : attributes) {
        out << name;
        switch (value.isNull() ? QMetaType::UnknownType : QMetaType::Type(value.typeId())) {
        case QMetaType::Double: out << quint8(AttributeType::Real) << value.toDouble(); break;
        case QMetaType::Int:
        case QMetaType::LongLong: out << quint8(AttributeType::Integer) << value.toLongLong(); break;
        case QMetaType::QDate: out << quint8(AttributeType::Date) << qint64(value.toDate().toJulianDay()); break;
        case QMetaType::UnknownType: out << quint8(AttributeType::Null); break;
        default: out << quint8(AttributeType::Text) << value.toString(); break;
        }
    }
}

bool readAttributes(QDataStream &in, QList<std::pair<QString, QVariant>> &attributes)
{
    quint64 n = 0;
    // An attribute takes at least its name's length and its type.
    if (!readCount(in, &n, sizeof(quint32) + 1))
        return false;
    attributes.reserve(qsizetype(n));
    for (quint64 i = 0; i < n; ++i) {
        QString name;
        quint8 type = 0;
        in >> name >> type;
        QVariant value;
        switch (AttributeType(type)) {
        case AttributeType::Null: break;
        case AttributeType::Text: { QString text; in >> text; value = text; break; }
        case AttributeType::Integer: { qint64 v = 0; in >> v; value = v; break; }
        case AttributeType::Real: { double v = 0; in >> v; value = v; break; }
        case AttributeType::Date: { qint64 day = 0; in >> day; value = QDate::fromJulianDay(day); break; }
        default: return false;
        }
        if (in.status() != QDataStream::Ok)
            return false;
        attributes.append({name, value});
    }
    return true;
}

void writeContext(QDataStream &out, const std::vector<ContextFeature> &features)
{
    out << quint64(features.size());
    for (const ContextFeature &f : features) {
        out << f.name << f.kind << f.status << qint32(f.plannedYear) << quint8(f.citySide) << f.names;
        writeAttributes(out, f.attributes);
        writeGeometry(out, f.geometry);
    }
}

bool readContext(QDataStream &in, std::vector<ContextFeature> &features)
{
    quint64 n = 0;
    // A feature takes at least its three strings, its year, its side, its names, its attributes and
    // an empty geometry.
    if (!readCount(in, &n, 3 * sizeof(quint32) + sizeof(qint32) + 1 + sizeof(quint32) + sizeof(quint64) + 1 + 3 * sizeof(quint64)))
        return false;
    features.resize(std::size_t(n));
    for (ContextFeature &f : features) {
        qint32 year = 0;
        quint8 side = 0;
        in >> f.name >> f.kind >> f.status >> year >> side >> f.names;
        f.plannedYear = year;
        if (in.status() != QDataStream::Ok || side > quint8(CitySide::Outside) || !readAttributes(in, f.attributes)
            || !readGeometry(in, f.geometry))
            return false;
        f.citySide = CitySide(side);
    }
    return true;
}

// One list of field names, then for each field its words and their codes, as parallel lists.
void writeSourceValues(QDataStream &out, const QHash<QString, QHash<QString, QString>> &values)
{
    QStringList fields = values.keys();
    fields.sort();
    writeStrings(out, fields);
    for (const QString &field : std::as_const(fields)) {
        const QHash<QString, QString> &map = values[field];
        QStringList words = map.keys();
        words.sort();
        QStringList codes;
        for (const QString &word : std::as_const(words))
            codes << map.value(word);
        writeStrings(out, words);
        writeStrings(out, codes);
    }
}

bool readSourceValues(QDataStream &in, QHash<QString, QHash<QString, QString>> &values)
{
    QStringList fields;
    if (!readStrings(in, fields))
        return false;
    for (const QString &field : std::as_const(fields)) {
        QStringList words, codes;
        if (!readStrings(in, words) || !readStrings(in, codes) || words.size() != codes.size())
            return false;
        QHash<QString, QString> &map = values[field];
        for (qsizetype i = 0; i < words.size(); ++i)
            map.insert(words[i], codes[i]);
    }
    return true;
}

} // namespace

struct ParcelStoreCodec
{
    static bool write(const ParcelStore &s, QIODevice &device)
    {
        QDataStream out(&device);
        out.setVersion(QDataStream::Qt_6_4);
        out << kStoreMagic << kStoreVersion << s.mDatasetName << qint32(s.mMapEpsg);
        s.mGeometry->write(out);
        const ContextLayers &c = *s.mContext;
        for (const auto *layer : {&c.zones, &c.districts, &c.sezParts, &c.cityLimits, &c.infrastructure, &c.other})
            writeContext(out, *layer);
        // The canonical names, so a snapshot of another field table is refused, then the extras.
        QStringList names, extras;
        std::vector<quint8> extraKinds;
        for (const StoreField &f : s.mFields) {
            (f.isExtra() ? extras : names) << f.name;
            if (f.isExtra())
                extraKinds.push_back(quint8(f.kind));
        }
        writeStrings(out, names);
        writeStrings(out, extras);
        writeVector(out, extraKinds);
        for (const auto &column : s.mColumns)
            column->write(out);
        writeSourceValues(out, s.mSourceValues);
        out << kStoreMagic;
        return out.status() == QDataStream::Ok;
    }

    static std::shared_ptr<ParcelStore> read(QIODevice &device, QString *error, bool *otherVersion)
    {
        QDataStream in(&device);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0, version = 0;
        in >> magic >> version;
        *otherVersion = in.status() == QDataStream::Ok && magic == kStoreMagic && version != kStoreVersion;
        if (magic != kStoreMagic || version != kStoreVersion)
            return nullptr;
        ParcelStore::Parts parts;
        qint32 epsg = 0;
        in >> parts.datasetName >> epsg;
        parts.mapEpsg = epsg;
        parts.geometry = ParcelGeometry::read(in);
        auto context = std::make_shared<ContextLayers>();
        if (!parts.geometry || !readContext(in, context->zones) || !readContext(in, context->districts)
            || !readContext(in, context->sezParts) || !readContext(in, context->cityLimits)
            || !readContext(in, context->infrastructure) || !readContext(in, context->other))
            return nullptr;
        parts.context = std::move(context);
        QStringList names, extras;
        std::vector<quint8> extraKinds;
        if (!readStrings(in, names) || !readStrings(in, extras) || !readVector(in, extraKinds)
            || extraKinds.size() != std::size_t(extras.size()) || names.size() != qsizetype(ParcelField::Count))
            return nullptr;
        for (int i = 0; i < names.size(); ++i)
            if (names[i] != parcelFieldName(ParcelField(i)))
                return nullptr;
        for (int i = 0; i < extras.size(); ++i) {
            if (extraKinds[std::size_t(i)] > quint8(FieldKind::Bool))
                return nullptr;
            parts.extraFields.push_back({extras[i], FieldKind(extraKinds[std::size_t(i)]), nullptr});
        }
        for (int i = 0; i < names.size() + extras.size(); ++i) {
            auto column = ParcelColumn::read(in, parts.geometry->size());
            if (!column)
                return nullptr;
            parts.columns.push_back(std::move(column));
        }
        if (!readSourceValues(in, parts.sourceValues))
            return nullptr;
        in >> magic;
        if (magic != kStoreMagic || in.status() != QDataStream::Ok)
            return nullptr;
        return ParcelStore::create(std::move(parts), error);
    }
};

QByteArray ParcelStore::serialize() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ParcelStoreCodec::write(*this, buffer);
    return bytes;
}

bool ParcelStore::serialize(QIODevice &device) const
{
    return ParcelStoreCodec::write(*this, device);
}

std::shared_ptr<ParcelStore> ParcelStore::deserialize(const QByteArray &bytes, QString *error, bool *otherVersion)
{
    QByteArray shared = bytes;   // shares the bytes: QBuffer takes a pointer to a non-const array
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    return deserialize(buffer, error, otherVersion);
}

std::shared_ptr<ParcelStore> ParcelStore::deserialize(QIODevice &device, QString *error, bool *otherVersion)
{
    QString reason;
    bool other = false;
    auto store = ParcelStoreCodec::read(device, &reason, &other);
    if (otherVersion)
        *otherVersion = other;
    if (!store) {
        if (other)
            *error = tr("the stored parcel snapshot was made by another version of sezview");
        else
            *error = reason.isEmpty() ? tr("the stored parcel snapshot is damaged")
                                      : tr("the stored parcel snapshot is damaged: %1").arg(reason);
        return nullptr;
    }
    return store;
}

} // namespace sez
