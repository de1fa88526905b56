// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/sourcecolumns.h"

#include "core/geo/planar.h"
#include "core/io/layerreader.h"
#include "core/model/parcelcolumn.h"

#include <algorithm>

namespace sez {

namespace {

FieldKind extraKind(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return FieldKind::Integer;
    case FieldType::Real: return FieldKind::Real;
    case FieldType::Date: return FieldKind::Date;
    case FieldType::String: break;
    }
    return FieldKind::Coded;
}

// Text with many distinct values (identifiers, remarks) is kept as text, not a dictionary.
qint64 mostDistinctCoded(qint64 rows)
{
    return std::max<qint64>(256, rows / 4);
}

} // namespace

struct SourceColumns::Fill
{
    ParcelColumnBuilder column;
    std::vector<int> columnOf;   // a parcel layer's column, -1 where the layer has none
    bool zeroIsNone;
    std::size_t slot;            // in ParcelStore::Parts::columns
    bool extra;
};

// A source column that maps to no canonical source field: one extra field, kept under its own name
// (made unique against the canonical names and the other extras).
struct SourceColumns::Extra
{
    StoreField field;
    std::vector<int> columnOf;
};

SourceColumns::SourceColumns(const std::vector<const LayerData *> &layers, qint64 expectedRows, qint64 rowsAtMost)
{
    const qint64 reserved = std::max<qint64>(expectedRows, 0);
    mExpectedRows = reserved;
    for (const FieldSpec &spec : FieldTable::all()) {
        std::vector<int> columnOf(layers.size(), -1);
        bool any = false;
        for (std::size_t l = 0; spec.fromSource() && l < layers.size(); ++l) {
            columnOf[l] = layers[l]->fieldIndex(QString::fromLatin1(spec.name));
            any = any || columnOf[l] >= 0;
        }
        // A field the source does not have takes no memory (finish() makes it absent), and derived
        // ones come with derive(); a coded source field stays coded (an empty entry a parcel) so
        // that code() answers.
        if (any || (spec.kind == FieldKind::Coded && spec.fromSource()))
            mFills.push_back({ParcelColumnBuilder(ParcelColumnBuilder::storageFor(spec.kind, spec.has(SinglePrecision)), reserved),
                              std::move(columnOf), spec.has(ZeroIsNone), std::size_t(spec.id), false});
    }
    auto taken = [&](const QString &name) {
        if (FieldTable::find(name.toLower()))
            return true;
        for (const Extra &e : mExtras)
            if (e.field.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const LayerData *layer = layers[l];
        for (std::size_t i = 0; i < layer->fields.size(); ++i) {
            const FieldInfo &info = layer->fields[i];
            // A column that carries a canonical source field is stored there, unless an earlier
            // column of the layer already does.
            const FieldSpec *spec = FieldTable::find(info.name);
            if (spec && spec->fromSource() && layer->fieldIndex(QString::fromLatin1(spec->name)) == int(i))
                continue;
            auto same = std::find_if(mExtras.begin(), mExtras.end(), [&](const Extra &e) {
                return e.field.name.compare(info.sourceName, Qt::CaseInsensitive) == 0 && e.columnOf[l] < 0;
            });
            if (same == mExtras.end()) {
                QString name = info.sourceName;
                for (int n = 2; taken(name); ++n)
                    name = QStringLiteral("%1_%2").arg(info.sourceName).arg(n);
                mExtras.push_back({{name, extraKind(info.type), nullptr}, std::vector<int>(layers.size(), -1)});
                same = mExtras.end() - 1;
            }
            same->columnOf[l] = int(i);
        }
    }
    for (std::size_t i = 0; i < mExtras.size(); ++i) {
        const FieldKind kind = mExtras[i].field.kind;
        mFills.push_back({ParcelColumnBuilder(kind == FieldKind::Integer ? ColumnStorage::Int64 : ParcelColumnBuilder::storageFor(kind, false),
                                              reserved),
                          mExtras[i].columnOf, false, std::size_t(ParcelField::Count) + i, true});
        // Sure to turn into text once it has more distinct values than the most rows allow.
        if (rowsAtMost >= 0)
            mFills.back().column.setTextWhenDistinctOver(mostDistinctCoded(rowsAtMost));
    }
}

SourceColumns::~SourceColumns() = default;

void SourceColumns::append(std::size_t layer, const std::vector<QVariant> &values)
{
    const QVariant none;
    for (Fill &f : mFills) {
        const int c = f.columnOf[layer];
        const QVariant &v = c < 0 ? none : values[std::size_t(c)];
        if (f.zeroIsNone && v.isValid() && v.toDouble() == 0)
            f.column.appendNull();
        else
            f.column.append(v);
    }
    ++mRows;
}

bool SourceColumns::isParcel(const Geometry &geometry, QRectF *bounds, QPointF *label)
{
    if (geometry.polygons.empty())
        return false;
    *bounds = geometry.bounds();
    *label = labelPointOf(geometry);
    return true;
}

bool SourceColumns::appendFeature(qint64 feature, const std::vector<QVariant> &values, const Geometry &geometry)
{
    QRectF bounds;
    QPointF label;
    if (!isParcel(geometry, &bounds, &label))
        return false;
    append(0, values);
    if (mParcels.features.empty()) {
        mParcels.features.reserve(std::size_t(mExpectedRows));
        mParcels.labels.reserve(std::size_t(mExpectedRows));
    }
    mParcels.features.push_back(quint32(feature));
    mParcels.labels.push_back(label);
    mParcels.extent = extended(mParcels.extent, bounds);
    return true;
}

bool SourceColumns::finish(ParcelStore::Parts &parts, QString *error)
{
    parts.columns.assign(std::size_t(ParcelField::Count) + mExtras.size(), nullptr);
    for (Fill &f : mFills) {
        if (f.extra)
            f.column.textIfDistinctOver(mostDistinctCoded(mRows));
        if (!(parts.columns[f.slot] = f.column.finish(error)))
            return false;
    }
    for (std::size_t id = 0; id < std::size_t(ParcelField::Count); ++id)
        if (!parts.columns[id])
            parts.columns[id] = ParcelColumn::absent(mRows);
    for (std::size_t i = 0; i < mExtras.size(); ++i) {
        StoreField field = mExtras[i].field;
        if (field.kind == FieldKind::Coded && !parts.columns[std::size_t(ParcelField::Count) + i]->isCoded())
            field.kind = FieldKind::Text;
        parts.extraFields.push_back(field);
    }
    mFills.clear();
    mRows = -1;   // used up: no store is built from these again
    return true;
}

} // namespace sez
