// SPDX-License-Identifier: GPL-3.0-or-later
// The query language: parse any text against a store of real parcels, evaluate what parses, print it
// back normalized and parse that again: it must parse, print the same, and select the same rows.
#include "fuzzharness.h"

#include "core/io/dataset.h"
#include "core/io/storebuilder.h"
#include "core/model/parcelstore.h"
#include "core/query/parcelquery.h"
#include "tools/generator.h"

#include <QDir>

namespace {

// Rows evaluated per input: enough to reach every kind of value, few enough to stay fast.
constexpr qint64 kRows = 64;

std::shared_ptr<const sez::ParcelStore> store()
{
    static std::shared_ptr<const sez::ParcelStore> parcels = [] {
        sez::fuzz::initOnce();
        sez::GeneratorOptions options;
        options.parcels = 1000;
        options.outDir = sez::fuzz::scratchDir() + QStringLiteral("/query-dataset");
        sez::GeneratorResult result;
        QString error;
        if (!sez::generateDataset(options, &result, &error))
            sez::fuzz::fail(qPrintable(error));
        auto dataset = sez::Dataset::open(options.outDir, &error);
        if (!dataset)
            sez::fuzz::fail(qPrintable(error));
        auto store = sez::StoreBuilder::build(*dataset, &error);
        if (!store)
            sez::fuzz::fail(qPrintable(error));
        return std::shared_ptr<const sez::ParcelStore>(std::move(store));
    }();
    return parcels;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return -1;   // longer text adds nothing the parser has not seen
    static sez::ParcelQueryContext context(store(), nullptr);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto query = sez::Query::parse(text, context, &error);
    if (!query) {
        if (error.isEmpty())
            sez::fuzz::fail("a query was refused without a message");
        return 0;
    }
    const qint64 rows = std::min(kRows, store()->size());
    std::vector<bool> first(static_cast<std::size_t>(rows));
    for (qint64 row = 0; row < rows; ++row)
        first[std::size_t(row)] = query->matches(row);
    const QString normalized = query->normalized();
    const auto again = sez::Query::parse(normalized, context, &error);
    if (!again)
        sez::fuzz::fail(qPrintable(QStringLiteral("the normalized text does not parse: [%1] from [%2]: %3").arg(normalized, text, error)));
    if (again->normalized() != normalized)
        sez::fuzz::fail(qPrintable(QStringLiteral("normalizing twice differs: [%1] then [%2]").arg(normalized, again->normalized())));
    for (qint64 row = 0; row < rows; ++row)
        if (again->matches(row) != first[std::size_t(row)])
            sez::fuzz::fail(qPrintable(QStringLiteral("[%1] and its normalized [%2] select row %3 differently").arg(text, normalized).arg(row)));
    return 0;
}

QList<QByteArray> sez::fuzz::seeds()
{
    return {
        "zone in ('industrial', 'logistics') and status = 'free' and area_ha >= 10 and outside_city and distance('substation') <= 5000",
        "not (status = 'free' or inside_city)",
        "project ilike '%елочка%' or investor like 'Ал%'",
        "area between 1 and 2.5e3 and jobs is not null",
        "lease_end < date '2030-01-01'",
        "within(zone('industrial')) or intersects(bbox(76, 43.25, 77.5, 44))",
        "within(wkt('POLYGON((76.8 43.6, 77.0 43.6, 77.0 43.8, 76.8 43.8, 76.8 43.6))'))",
        "distance('highway') > 0 and not not inside_city",
        "cadastral_number = '03-047-125-001' or address ilike '%қала%'",
        "status = 'x''; DROP TABLE parcels; --'",
        "zone = 5",
        "matches('ферма')",
        "((((((((zone = 'industrial'))))))))",
        "investment_kzt >= -1e308 and power_kw != 0.5",
    };
}
