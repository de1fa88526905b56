// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/rendercontext.h"

#include <QString>

#include <vector>

namespace sez {

/// One layer's part of a map's legend.
struct LegendSection
{
    QString layerId;
    std::vector<LegendEntry> entries;
};

/// The legend of a map as a render of \a context draws it, for printed maps: each visible layer's
/// own entries (LayerPainter::legend(), the one source of legend entries), the top layer first.
/// Of the standard layers only what the view shows is kept (the parcels' and zones' values, the
/// SEZ's sides, the infrastructure kinds, districts and city limits found in it); an entry two
/// layers share (zones and parcels coloured by zone) is listed once, under the upper layer. Layers
/// the map does not know (imagery) keep every entry. A layer with nothing to show has no section.
std::vector<LegendSection> mapLegend(const RenderContext &context);

} // namespace sez
