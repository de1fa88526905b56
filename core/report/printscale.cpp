// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/printscale.h"

#include <algorithm>
#include <iterator>

namespace sez {

int PrintScale::fitting(const QSizeF &extentMetres, const QSizeF &frame, double margin)
{
    const double width = frame.width() - 2 * margin, height = frame.height() - 2 * margin;
    for (int scale : kScales)
        if (extentMetres.width() <= width * metresPerPoint(scale) && extentMetres.height() <= height * metresPerPoint(scale))
            return scale;
    return std::end(kScales)[-1];
}

int PrintScale::larger(int scale)
{
    const auto it = std::lower_bound(std::begin(kScales), std::end(kScales), scale);
    return it == std::begin(kScales) ? 0 : it[-1];
}

} // namespace sez
