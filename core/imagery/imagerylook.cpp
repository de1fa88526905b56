// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagery/imagerylook.h"

#include <QImage>

#include <algorithm>
#include <array>
#include <cmath>

namespace sez {

void ImageryLook::apply(QImage &image) const
{
    if (isNeutral() || image.isNull())
        return;
    if (image.format() != QImage::Format_RGBA8888)
        image.convertTo(QImage::Format_RGBA8888);
    const double factor = std::pow((std::clamp(contrast, -100, 100) + 100) / 100.0, 2);
    const double shift = std::clamp(brightness, -100, 100) * 255.0 / 100.0;
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[std::size_t(v)] = uchar(std::clamp(std::lround((v / 255.0 - 0.5) * factor * 255.0 + 127.5 + shift), 0L, 255L));
    // R, G, B, A in memory on any machine: the alpha is left alone.
    for (int y = 0; y < image.height(); ++y) {
        uchar *p = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x, p += 4) {
            p[0] = table[p[0]];
            p[1] = table[p[1]];
            p[2] = table[p[2]];
        }
    }
}

} // namespace sez
