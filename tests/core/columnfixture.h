// SPDX-License-Identifier: GPL-3.0-or-later
// Columns built and round-tripped as the store does, for the column and query tests.
#pragma once

#include "core/model/parcelcolumn.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <memory>
#include <vector>

namespace sez::test {

/// A column of \a values built as the import builds a double column (NaN is null), so the builder
/// may keep it narrower (Decimal32) when every value allows.
inline std::shared_ptr<const ParcelColumn> realColumn(const std::vector<double> &values)
{
    ParcelColumnBuilder builder(ColumnStorage::Real64, qint64(values.size()));
    for (double v : values)
        std::isnan(v) ? builder.appendNull() : builder.appendReal(v);
    QString error;
    return builder.finish(&error);
}

/// \a column written as a snapshot writes it and read back, \a rows rows; nullptr if refused.
inline std::shared_ptr<const ParcelColumn> snapshotCopy(const ParcelColumn &column, qint64 rows)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        column.write(out);
    }
    QDataStream in(bytes);
    return ParcelColumn::read(in, rows);
}

} // namespace sez::test
