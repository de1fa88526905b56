// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sez {

/// With SEZ_TRACE_MEMORY set in the environment, one line on stderr at a step of an import: the
/// resident size and what glibc's malloc holds (in use, freed but kept in its arenas, mapped apart),
/// so that a profile of a long import at the real size needs no profiler beside it. Otherwise nothing.
void traceMemory(const char *step);

} // namespace sez
