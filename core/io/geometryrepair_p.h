// SPDX-License-Identifier: GPL-3.0-or-later
// Checking and repairing a feature's geometry as it is read, counting each case.
#pragma once

#include "core/geo/gdalhandles_p.h"

namespace sez {

struct DamageReport;

namespace detail {

/// Takes each geometry the reader reads and returns it closed and valid, or null when it must be
/// dropped; every case is counted in the layer's DamageReport. Geometries that are plainly valid
/// are recognised without GEOS, which is where an import would otherwise spend its time.
class GeometryRepair
{
public:
    explicit GeometryRepair(DamageReport &damage) : mDamage(damage) {}

    GeometryPtr repair(GeometryPtr geometry);

private:
    DamageReport &mDamage;
};

} // namespace detail
} // namespace sez
