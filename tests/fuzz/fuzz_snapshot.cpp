// SPDX-License-Identifier: GPL-3.0-or-later
// The store snapshot kept in the cache: any bytes given to ParcelStore::deserialize. It restores a
// store, or refuses with a message; it never trusts a count the bytes cannot hold, so it never asks
// for gigabytes. What it restores serializes back to what restores the same.
#include "fuzzdataset.h"

#include "core/io/dataset.h"
#include "core/io/storebuilder.h"
#include "core/model/parcelstore.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sez::fuzz::initOnce();
    if (size > 4 << 20)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto store = sez::ParcelStore::deserialize(bytes, &error);
    if (!store) {
        if (error.isEmpty())
            sez::fuzz::fail("a snapshot was refused without a message");
        return 0;
    }
    for (qint64 row = 0; row < std::min<qint64>(store->size(), 16); ++row) {
        (void)store->bounds(row);
        (void)store->geometry(row);
        (void)store->labelPoint(row);
    }
    // The indexes made at the first query (the R-tree, the cadastral order) from whatever was restored.
    (void)store->parcelsIn(store->extent());
    (void)store->findCadastralPrefix(QStringLiteral("0"), 4);
    (void)store->findCadastralNumber(QStringLiteral("1"));
    const auto again = sez::ParcelStore::deserialize(store->serialize(), &error);
    if (!again || again->size() != store->size())
        sez::fuzz::fail("a restored store does not restore again from its own bytes");
    return 0;
}

QList<QByteArray> sez::fuzz::seeds()
{
    QString error;
    auto dataset = sez::Dataset::open(sez::fuzz::tinyDataset(), &error);
    if (!dataset)
        sez::fuzz::fail(qPrintable(error));
    auto store = sez::StoreBuilder::build(*dataset, &error);
    if (!store)
        sez::fuzz::fail(qPrintable(error));
    return {store->serialize()};
}
