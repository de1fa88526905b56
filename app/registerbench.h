// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sez {

/// `sezview-bench --register-latency DATASET REGISTER [EDITS]`: records EDITS status changes in the
/// register at REGISTER (a writer's address) and measures, for each, the time from its commit to a
/// second desk's overlaid store holding it, and to that desk's map drawn again; prints the median,
/// 90th percentile and maximum. Returns the exit code.
int runRegisterLatency(const QString &datasetPath, const QString &address, int edits);

} // namespace sez
