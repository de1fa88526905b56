// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>

namespace sez {

/// The round scales printed maps are drawn at (an extract's plan, a report's map), and how much
/// ground a point of paper covers at each, so that a map printed at 100 % measures true.
class PrintScale
{
public:
    /// The series, largest scale first: the cadastral plans' 1:500 ... 1:25,000, then the
    /// topographic 1:50,000 ... 1:1,000,000 with 1:300,000 and 1:400,000 between, so that a map
    /// of a district or of the whole SEZ fills its frame.
    static constexpr int kScales[] = {500, 1000, 2000, 5000, 10000, 25000, 50000, 100000, 200000, 300000, 400000, 500000, 1000000, 2000000};
    /// Metres of the ground in a point of paper (1/72 inch) at 1:1.
    static constexpr double kMetresPerPointAtOne = 0.0254 / 72.0;

    static double metresPerPoint(int scale) { return scale * kMetresPerPointAtOne; }
    /// The largest round scale at which \a extentMetres fits in \a frame points less \a margin
    /// points on each side; the smallest of the series when none does.
    static int fitting(const QSizeF &extentMetres, const QSizeF &frame, double margin = 0);
    /// The next larger scale of the series (1:1,000 after 1:2,000); 0 before the first.
    static int larger(int scale);
};

} // namespace sez
