// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace sez {

class ParcelStore;

/// Where a parcel comes nearest to an infrastructure object of one kind: the two points the
/// parcel's distance to that kind is measured between, so the map can draw it.
struct NearestInfrastructure
{
    QString kind;
    QString objectName;    ///< the nearest object's name (may be empty)
    QPointF fromParcel;    ///< on the parcel's boundary (map CRS)
    QPointF toObject;      ///< on the object (map CRS); equal to fromParcel when the object enters the parcel
    double metres = 0;
};

/// For each infrastructure kind the dataset has an object of (in infrastructureKinds() order),
/// where \a row comes nearest to it. Measured as the store's distances are (a boundary vertex to
/// the nearest segment or point, 0 where an object enters the parcel), so metres equal
/// ParcelStore::distanceTo() within its float precision.
std::vector<NearestInfrastructure> nearestInfrastructure(const ParcelStore &store, qint64 row);

} // namespace sez
