// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/rendercontext.h"

#include <QImage>

class QPainter;

namespace sez {

/// Draws a render context: each visible layer in order, bottom first, a faded layer through an image
/// of its own so that its features do not show through each other. Stateless and thread-safe: any
/// number of renders may run at once on the same immutable store; each checks its context's cancel
/// flag between layers and per feature.
class MapRenderer
{
public:
    /// Renders into a new ARGB32 image filled with the map's background; a null image when the view
    /// is empty or the render was cancelled.
    static QImage render(const RenderContext &context);
    /// Paints onto any painter (image, PDF, SVG) within the view's size; vector output stays
    /// vector. False when the render was cancelled.
    static bool paint(QPainter &painter, const RenderContext &context);
};

} // namespace sez
