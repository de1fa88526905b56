// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QVariant>

#include <memory>
#include <vector>

namespace sez {

struct Geometry;
struct LayerData;

/// The columns a parcel store takes from its source, filled parcel by parcel in row order: the
/// canonical fields the parcel layers have (a field's values from the same column of each layer),
/// then the layers' other columns as extra fields. Filled either in one pass over features kept in
/// memory, or batch by batch while the parcels are read (LayerReadOptions::fillColumns), so that
/// a big layer's attributes never wait in memory for the store; both give the same columns.
class SourceColumns
{
    Q_DECLARE_TR_FUNCTIONS(sez::SourceColumns)

public:
    /// The columns for \a layers (their fields; the features need not be read yet), room made for
    /// \a expectedRows. With \a rowsAtMost (-1 when not known), a coded extra column turns into free
    /// text as soon as it is sure to (the same answer as finish() gives, with less memory on the way).
    SourceColumns(const std::vector<const LayerData *> &layers, qint64 expectedRows, qint64 rowsAtMost);
    ~SourceColumns();

    /// The next parcel, from its layer \a layer (an index into the layers given) and its values.
    void append(std::size_t layer, const std::vector<QVariant> &values);
    /// The same while the parcels are read: \a feature (its index in the one layer) when
    /// \a geometry makes it a parcel, which it then says; its label point and box are kept too
    /// (parcels()), so that the store builder needs no pass over the rings of its own for them.
    bool appendFeature(qint64 feature, const std::vector<QVariant> &values, const Geometry &geometry);
    /// Parcels appended so far.
    qint64 size() const { return mRows; }

    /// What makes a feature a parcel: polygons. Then its box and label point.
    static bool isParcel(const Geometry &geometry, QRectF *bounds, QPointF *label);
    /// The extent of the parcels so far, with the next one's box (the same rounding in every path).
    static QRectF extended(const QRectF &extent, const QRectF &bounds)
    {
        return extent.isNull() ? bounds : extent.united(bounds);
    }
    /// appendFeature()'s parcels in row order: their features, label points, and their extent.
    struct Parcels
    {
        std::vector<quint32> features;
        std::vector<QPointF> labels;
        QRectF extent;
    };
    Parcels &parcels() { return mParcels; }

    /// The finished columns into \a parts (one a canonical field, absent ones too, then one an
    /// extra field) with the extra fields; false and *error when a column cannot be stored. The
    /// builders are used up.
    bool finish(ParcelStore::Parts &parts, QString *error);

private:
    struct Fill;
    std::vector<Fill> mFills;
    struct Extra;
    std::vector<Extra> mExtras;
    qint64 mRows = 0;
    qint64 mExpectedRows = 0;
    Parcels mParcels;
};

} // namespace sez
