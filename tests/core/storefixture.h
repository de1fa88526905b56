// SPDX-License-Identifier: GPL-3.0-or-later
// A parcel store straight from a dataset, without a cache: what the store, exporter and UI tests read.
#pragma once

#include "core/io/dataset.h"
#include "core/io/storebuilder.h"
#include "core/model/parcelstore.h"

namespace sez::test {

/// The store of the dataset at \a path (a manifest, a folder holding one, or a layer file); nullptr
/// and *error when it cannot be read or built.
inline std::shared_ptr<const ParcelStore> buildStore(const QString &path, QString *error)
{
    auto dataset = Dataset::open(path, error);
    return dataset ? StoreBuilder::build(*dataset, error) : nullptr;
}

} // namespace sez::test
