// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/registeroverlay.h"

#include "core/model/parcelstore.h"
#include "core/register/allocationfields.h"

#include <algorithm>

namespace sez {

std::shared_ptr<const RegisterOverlay> RegisterOverlay::create(std::shared_ptr<const ParcelStore> source,
                                                               const std::vector<AllocationRecord> &records,
                                                               QString *error)
{
    auto overlay = std::shared_ptr<RegisterOverlay>(new RegisterOverlay);
    overlay->mSource = source;
    overlay->mStore = std::move(source);
    std::vector<qint64> rows;
    std::vector<bool> fields(std::size_t(ParcelField::Count), false);
    for (const AllocationRecord &record : records) {
        if (record.version <= 0)
            continue;
        const qint64 row = overlay->mSource->findCadastralNumber(record.cadastralNumber);
        if (row < 0) {
            overlay->mUnmatched << record.cadastralNumber;
            continue;
        }
        overlay->mRecords.insert(row, std::make_shared<const AllocationRecord>(record));
        rows.push_back(row);
        for (const auto &value : record.values)
            fields[std::size_t(value.first)] = true;
    }
    if (!overlay->rebuildColumns(rows, fields, error))
        return nullptr;
    return overlay;
}

std::shared_ptr<const RegisterOverlay> RegisterOverlay::withRecords(const std::vector<AllocationRecord> &records,
                                                                    QString *error, std::vector<qint64> *changedRows) const
{
    auto overlay = std::shared_ptr<RegisterOverlay>(new RegisterOverlay(*this));
    std::vector<qint64> rows;
    std::vector<bool> fields(std::size_t(ParcelField::Count), false);
    for (const AllocationRecord &record : records) {
        const qint64 row = mSource->findCadastralNumber(record.cadastralNumber);
        if (row < 0) {
            if (record.version > 0 && !overlay->mUnmatched.contains(record.cadastralNumber))
                overlay->mUnmatched << record.cadastralNumber;
            continue;
        }
        // The fields the old record held go back to the source's unless the new one holds them.
        const auto old = mRecords.value(row);
        if (old && old->version >= record.version && record.version > 0)
            continue;   // already as new (a change this desk made and then heard of)
        if (old)
            for (const auto &value : old->values)
                fields[std::size_t(value.first)] = true;
        for (const auto &value : record.values)
            fields[std::size_t(value.first)] = true;
        if (record.version > 0)
            overlay->mRecords.insert(row, std::make_shared<const AllocationRecord>(record));
        else
            overlay->mRecords.remove(row);
        rows.push_back(row);
    }
    if (!overlay->rebuildColumns(rows, fields, error))
        return nullptr;
    if (changedRows)
        changedRows->insert(changedRows->end(), rows.begin(), rows.end());
    return overlay;
}

QVariant RegisterOverlay::storeValue(qint64 row, ParcelField field, const AllocationRecord *record) const
{
    if (!record)
        return mSource->value(row, field);
    const auto it = record->values.find(field);
    if (it == record->values.end())
        return mSource->value(row, field);
    const QVariant &v = it->second;
    // As the source's values are kept: "" recorded as none is null, and so is a 0 where the field
    // table says 0 means none.
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return {};
    if (FieldTable::spec(field).has(ZeroIsNone) && AllocationFields::type(field) != AllocationFields::Type::Text
        && AllocationFields::type(field) != AllocationFields::Type::Date && v.toDouble() == 0)
        return {};
    return v;
}

bool RegisterOverlay::rebuildColumns(const std::vector<qint64> &rows, const std::vector<bool> &fields, QString *error)
{
    if (rows.empty())
        return true;
    std::vector<std::pair<int, std::shared_ptr<const ParcelColumn>>> columns;
    for (ParcelField field : AllocationFields::all()) {
        if (!fields[std::size_t(field)])
            continue;
        std::vector<std::pair<qint64, QVariant>> values;
        values.reserve(rows.size());
        for (qint64 row : rows) {
            const auto record = mRecords.value(row);
            values.emplace_back(row, storeValue(row, field, record.get()));
        }
        const FieldSpec &spec = FieldTable::spec(field);
        auto column = ParcelColumnBuilder::patched(mStore->column(int(field)), values,
                                                   ParcelColumnBuilder::storageFor(spec.kind, spec.has(SinglePrecision)), error);
        if (!column)
            return false;
        columns.emplace_back(int(field), std::move(column));
    }
    if (columns.empty())
        return true;
    auto store = mStore->withColumns(columns, error);
    if (!store)
        return false;
    mStore = std::move(store);
    return true;
}

AllocationRecord RegisterOverlay::record(qint64 row) const
{
    if (const auto r = mRecords.value(row))
        return *r;
    AllocationRecord none;
    if (row >= 0 && row < mSource->size())
        none.cadastralNumber = mSource->value(row, ParcelField::CadastralNumber).toString();
    return none;
}

bool RegisterOverlay::fromRegister(qint64 row, ParcelField field) const
{
    const auto r = mRecords.value(row);
    return r && r->values.count(field) > 0;
}

} // namespace sez
