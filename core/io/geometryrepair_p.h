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
    explicit GeometryRepair(DamageReport &damage);

    /// Coordinates outside \a bounds (in the layer's CRS) cannot belong to it: such a geometry is
    /// dropped and counted before any repair, which could otherwise run for hours on them.
    void setPlausibleBounds(const OGREnvelope &bounds) { mBounds = bounds; }
    const OGREnvelope &plausibleBounds() const { return mBounds; }

    GeometryPtr repair(GeometryPtr geometry);

    /// How long GEOS may work on one geometry before it is interrupted and the geometry dropped.
    static constexpr int kRepairBudgetMs = 2000;

private:
    DamageReport &mDamage;
    OGREnvelope mBounds;
};

} // namespace detail
} // namespace sez
