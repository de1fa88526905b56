// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QImage;

namespace sez {

/// How an imagery layer's colours are adjusted, as QGIS's brightness/contrast filter does: a dark
/// orthophoto brightened, a vivid basemap toned down so the parcels read over it. Its opacity is
/// the map layer's own.
struct ImageryLook
{
    int brightness = 0;   ///< -100 (black) to 100 (white), added to each channel as a share of 255
    int contrast = 0;     ///< -100 (grey) to 100; the spread around the middle grey grows as ((c + 100) / 100)²

    bool isNeutral() const { return brightness == 0 && contrast == 0; }
    /// Adjusts the colour channels of \a image in place (made RGBA8888, not premultiplied, first).
    void apply(QImage &image) const;

    friend bool operator==(const ImageryLook &a, const ImageryLook &b) { return a.brightness == b.brightness && a.contrast == b.contrast; }
};

} // namespace sez
