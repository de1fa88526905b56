// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/parcelquery.h"

#include "core/base/parallel.h"
#include "core/geo/crs.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/model/parcelstore.h"
#include "core/query/textsearch.h"

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

QueryValueType typeOf(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Real: return QueryValueType::Real;
    case FieldKind::Integer: return QueryValueType::Integer;
    case FieldKind::Date: return QueryValueType::Date;
    case FieldKind::Bool: return QueryValueType::Bool;
    case FieldKind::Text:
    case FieldKind::Coded: break;
    }
    return QueryValueType::String;
}

} // namespace

ParcelQueryContext::ParcelQueryContext(std::shared_ptr<const ParcelStore> store, const TextSearch *search)
    : mStore(std::move(store)), mSearch(search)
{
}

ParcelQueryContext::~ParcelQueryContext() = default;

// Every field of the store, by index: the field table's, then the source's extra columns.
QList<QueryField> ParcelQueryContext::fields() const
{
    QList<QueryField> list;
    for (int f = 0; f < mStore->fieldCount(); ++f) {
        const StoreField &field = mStore->field(f);
        const char *alias = field.spec ? field.spec->alias : nullptr;
        list.append({field.name, typeOf(field.kind), alias ? QString::fromLatin1(alias) : QString()});
    }
    return list;
}

QStringList ParcelQueryContext::infrastructureKinds() const
{
    return sez::infrastructureKinds();
}

QVariant ParcelQueryContext::value(qint64 row, int fieldIndex) const
{
    return mStore->value(row, fieldIndex);
}

double ParcelQueryContext::number(qint64 row, int fieldIndex, bool *isNull) const
{
    return mStore->number(row, fieldIndex, isNull);
}

const ColumnView *ParcelQueryContext::columnView(int fieldIndex) const
{
    return &mStore->view(fieldIndex);
}

QStringView ParcelQueryContext::text(qint64 row, int fieldIndex, bool *isNull) const
{
    const ParcelColumn &column = mStore->column(fieldIndex);
    if (column.isCoded()) {
        const QString &v = column.dictionary().at(column.code(row));
        *isNull = v.isEmpty();
        return v;
    }
    if (column.storage() != ColumnStorage::Utf8)
        return QueryContext::text(row, fieldIndex, isNull);
    thread_local QString buffer;
    buffer = column.text(row);
    *isNull = buffer.isEmpty();
    return buffer;
}

const QStringList *ParcelQueryContext::dictionary(int fieldIndex) const
{
    return mStore->isCoded(fieldIndex) ? &mStore->dictionary(fieldIndex) : nullptr;
}

int ParcelQueryContext::code(qint64 row, int fieldIndex) const
{
    return mStore->code(row, fieldIndex);
}

// Every way a user may write a value of a coded field: the stored value, and for a field with a
// code list each code, its label in every language of the program and the source file's own word,
// all compared folded (case and ё). The stored values come first, so they win a tie.
const ParcelQueryContext::Spellings &ParcelQueryContext::spellings(int fieldIndex)
{
    if (auto it = mSpellings.find(fieldIndex); it != mSpellings.end())
        return it->second;
    Spellings &s = mSpellings[fieldIndex];
    const auto add = [&s](const QString &spelling, const QString &stored) {
        if (spelling.trimmed().isEmpty())
            return;
        s.byFolded.insert(ilikeFold(spelling.trimmed()), stored);   // keeps the first
        s.shown << spelling;
    };
    const auto addFirst = [&s, &add](const QString &spelling, const QString &stored) {
        if (!s.byFolded.contains(ilikeFold(spelling.trimmed())))
            add(spelling, stored);
    };
    if (mStore->isCoded(fieldIndex))
        for (const QString &value : mStore->dictionary(fieldIndex))
            addFirst(value, value);
    if (const FieldSpec *spec = mStore->field(fieldIndex).spec) {
        for (const FieldCode &code : spec->codes) {
            const QString stored = QString::fromLatin1(code.code);
            addFirst(stored, stored);
            for (const QString &label : FieldTable::codeLabelsInEveryLanguage(code))
                addFirst(label, stored);
        }
    }
    const QHash<QString, QString> words = mStore->sourceValues(fieldIndex);
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        addFirst(it.key(), it.value());
    s.shown.removeDuplicates();
    return s;
}

bool ParcelQueryContext::resolveValue(int fieldIndex, const QString &written, QString *stored, QString *suggestion)
{
    *stored = written;
    const FieldSpec *spec = mStore->field(fieldIndex).spec;
    const bool hasCodeList = spec && !spec->codes.empty();
    // Free text (addresses, numbers) may be asked for any value; a category only for its own.
    if (!hasCodeList && !mStore->isCoded(fieldIndex))
        return true;
    if (mStore->isCoded(fieldIndex) && mStore->dictionary(fieldIndex).contains(written))
        return true;
    const Spellings &s = spellings(fieldIndex);
    if (const auto it = s.byFolded.constFind(ilikeFold(written.trimmed())); it != s.byFolded.constEnd()) {
        *stored = it.value();
        return true;
    }
    *suggestion = nearestCandidate(written, s.shown);
    return false;
}

bool ParcelQueryContext::insideCity(qint64 row) const
{
    return mStore->insideCity(row);
}

double ParcelQueryContext::distanceTo(qint64 row, int kindIndex) const
{
    return mStore->distanceTo(row, kindIndex);
}

int ParcelQueryContext::prepareSpatial(SpatialRelation relation, const SpatialArgument &argument, QString *error)
{
    // The argument's geometry, in the map CRS.
    Geometry area;
    auto collect = [&](const std::vector<ContextFeature> &features, const QString &unknown) {
        QStringList names;
        for (const ContextFeature &f : features) {
            names << f.name;
            if (f.name.compare(argument.text, Qt::CaseInsensitive) == 0)
                for (const Polygon &p : f.geometry.polygons)
                    area.polygons.push_back(p);
        }
        if (area.polygons.empty()) {
            names.removeDuplicates();
            *error = unknown.arg(argument.text) + didYouMeanSuffix(argument.text, names);
            return false;
        }
        return true;
    };
    detail::GeometryPtr shape;
    switch (argument.kind) {
    case SpatialArgument::Kind::Zone:
        if (!collect(mStore->zones(), tr("unknown zone '%1'")))
            return -1;
        break;
    case SpatialArgument::Kind::District:
        if (!collect(mStore->districts(), tr("unknown district '%1'")))
            return -1;
        break;
    case SpatialArgument::Kind::BBox: {
        const CoordinateTransform toMap(kWgs84Epsg, mStore->mapEpsg());
        const double x0 = std::min(argument.bbox[0], argument.bbox[2]), x1 = std::max(argument.bbox[0], argument.bbox[2]);
        const double y0 = std::min(argument.bbox[1], argument.bbox[3]), y1 = std::max(argument.bbox[1], argument.bbox[3]);
        // Densified edges, so the box stays a box of meridians and parallels after projection.
        Path ring;
        const int steps = 16;
        for (int i = 0; i < steps; ++i) ring.emplace_back(x0 + (x1 - x0) * i / steps, y0);
        for (int i = 0; i < steps; ++i) ring.emplace_back(x1, y0 + (y1 - y0) * i / steps);
        for (int i = 0; i < steps; ++i) ring.emplace_back(x1 - (x1 - x0) * i / steps, y1);
        for (int i = 0; i < steps; ++i) ring.emplace_back(x0, y1 - (y1 - y0) * i / steps);
        if (toMap.transform(ring) != 0) {
            *error = tr("bbox(%1, %2, %3, %4) is not a box of longitudes and latitudes")
                         .arg(argument.bbox[0]).arg(argument.bbox[1]).arg(argument.bbox[2]).arg(argument.bbox[3]);
            return -1;
        }
        area.polygons.push_back(Polygon{{ring}});
        break;
    }
    case SpatialArgument::Kind::Wkt: {
        OGRGeometryH g = nullptr;
        const QByteArray wkt = argument.text.toUtf8();
        const char *p = wkt.constData();
        if (OGR_G_CreateFromWkt(const_cast<char **>(&p), nullptr, &g) != OGRERR_NONE || !g) {
            *error = tr("wkt('%1') is not valid WKT; write e.g. wkt('POLYGON((77 43.7, 77.1 43.7, 77.1 43.8, 77 43.7))')")
                         .arg(argument.text.left(60));
            return -1;
        }
        detail::GeometryPtr owned(g);
        Geometry lonLat;
        detail::appendOgr(g, lonLat);
        const CoordinateTransform toMap(kWgs84Epsg, mStore->mapEpsg());
        for (QPointF &pt : lonLat.points) toMap.transform(pt);
        for (Path &l : lonLat.lines) toMap.transform(l);
        for (Polygon &poly : lonLat.polygons)
            for (Path &r : poly.rings) toMap.transform(r);
        area = std::move(lonLat);
        break;
    }
    }
    shape = detail::toOgr(area);
    if (!area.polygons.empty() && area.polygons.size() > 1) {
        // Several features (a zone in many pieces): one geometry for the predicates.
        detail::GeometryPtr merged(OGR_G_UnionCascaded(shape.get()));
        if (merged)
            shape = std::move(merged);
    }
    std::vector<bool> set(std::size_t(mStore->size()), false);
    const QRectF bounds = area.bounds();
    for (qint64 row : mStore->parcelsIn(bounds)) {
        detail::GeometryPtr parcel = detail::toOgr(mStore->geometry(row));
        const bool hit = relation == SpatialRelation::Within ? OGR_G_Within(parcel.get(), shape.get())
                                                             : OGR_G_Intersects(parcel.get(), shape.get());
        set[std::size_t(row)] = hit;
    }
    mSets.push_back(std::move(set));
    return int(mSets.size()) - 1;
}

bool ParcelQueryContext::spatial(qint64 row, int handle) const
{
    return mSets[std::size_t(handle)][std::size_t(row)];
}

int ParcelQueryContext::prepareMatch(const QString &text, QString *error)
{
    if (!mSearch) {
        *error = tr("matches() needs the full-text index of the cache");
        return -1;
    }
    QString searchError;
    const std::vector<qint64> found = mSearch->search(text, 0, &searchError);
    if (!searchError.isEmpty()) {
        *error = tr("the full-text index cannot be read: %1").arg(searchError);
        return -1;
    }
    std::vector<bool> set(std::size_t(mStore->size()), false);
    for (qint64 row : found)
        if (row >= 0 && row < mStore->size())
            set[std::size_t(row)] = true;
    mSets.push_back(std::move(set));
    return int(mSets.size()) - 1;
}

bool ParcelQueryContext::matches(qint64 row, int handle) const
{
    return mSets[std::size_t(handle)][std::size_t(row)];
}

bool needsDerivedFields(const std::shared_ptr<const ParcelStore> &store, const QString &where)
{
    std::vector<ParcelField> missing;
    for (const FieldSpec &spec : FieldTable::all())
        if (!spec.fromSource() && !store->hasValues(spec.id))
            missing.push_back(spec.id);
    if (missing.empty() || where.trimmed().isEmpty())
        return false;
    ParcelQueryContext context(store, nullptr);
    QString error;
    const auto query = Query::parse(where, context, &error);
    if (!query)
        return false;
    if (query->usesDistance() || query->usesCity())
        return true;
    const QStringList used = query->fieldsUsed();
    return std::any_of(missing.begin(), missing.end(), [&](ParcelField f) {
        return used.contains(QString::fromLatin1(FieldTable::spec(f).name));
    });
}

bool selectParcels(const std::shared_ptr<const ParcelStore> &store, const TextSearch *search, const QString &where,
                   std::vector<qint64> *rows, QString *error)
{
    rows->clear();
    const qint64 n = store->size();
    if (where.trimmed().isEmpty()) {
        rows->resize(std::size_t(n));
        for (qint64 i = 0; i < n; ++i)
            (*rows)[std::size_t(i)] = i;
        return true;
    }
    ParcelQueryContext context(store, search);
    auto query = Query::parse(where, context, error);
    if (!query)
        return false;
    // A range of rows per thread: the query and the store are immutable, so nothing is shared but
    // reads; each range's rows are then appended in order.
    const std::vector<IndexRange> ranges = splitForThreads(n, 4096);
    std::vector<std::vector<qint64>> found(ranges.size());
    runParallel(qint64(ranges.size()), [&](qint64 task) {
        const IndexRange &r = ranges[std::size_t(task)];
        for (qint64 i = r.begin; i < r.end; ++i)
            if (query->matches(i))
                found[std::size_t(task)].push_back(i);
    });
    for (const std::vector<qint64> &part : found)
        rows->insert(rows->end(), part.begin(), part.end());
    return true;
}

bool explainParcels(const std::shared_ptr<const ParcelStore> &store, const TextSearch *search, const QString &where,
                    std::vector<qint64> *rows, std::vector<QueryStep> *steps, QString *error)
{
    steps->clear();
    if (where.trimmed().isEmpty())
        return selectParcels(store, search, where, rows, error);
    rows->clear();
    ParcelQueryContext context(store, search);
    auto query = Query::parse(where, context, error);
    if (!query)
        return false;
    const QStringList conditions = query->conditions();
    const std::size_t count = std::size_t(conditions.size());
    // Every condition is asked of every parcel (no short cut): the counts alone need it.
    struct Part
    {
        std::vector<qint64> rows, alone, remaining;
    };
    const std::vector<IndexRange> ranges = splitForThreads(store->size(), 4096);
    std::vector<Part> parts(ranges.size(), Part{{}, std::vector<qint64>(count, 0), std::vector<qint64>(count, 0)});
    runParallel(qint64(ranges.size()), [&](qint64 task) {
        const IndexRange &r = ranges[std::size_t(task)];
        Part &part = parts[std::size_t(task)];
        for (qint64 i = r.begin; i < r.end; ++i) {
            bool all = true;
            for (std::size_t k = 0; k < count; ++k) {
                const bool meets = query->matchesCondition(i, int(k));
                part.alone[k] += meets;
                all = all && meets;
                part.remaining[k] += all;
            }
            if (all)
                part.rows.push_back(i);
        }
    });
    steps->resize(count);
    for (std::size_t k = 0; k < count; ++k)
        (*steps)[k].condition = conditions[qsizetype(k)];
    for (const Part &part : parts) {
        rows->insert(rows->end(), part.rows.begin(), part.rows.end());
        for (std::size_t k = 0; k < count; ++k) {
            (*steps)[k].alone += part.alone[k];
            (*steps)[k].remaining += part.remaining[k];
        }
    }
    return true;
}

} // namespace sez
