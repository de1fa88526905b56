// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/memorytrace.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sez {

void traceMemory(const char *step)
{
    static const bool enabled = std::getenv("SEZ_TRACE_MEMORY") != nullptr;
    if (!enabled)
        return;
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    const double mb = 1024.0 * 1024.0;
    long residentPages = 0;
    if (std::FILE *statm = std::fopen("/proc/self/statm", "r")) {
        long size = 0;
        if (std::fscanf(statm, "%ld %ld", &size, &residentPages) != 2)
            residentPages = 0;
        std::fclose(statm);
    }
    const double resident = double(residentPages) * double(sysconf(_SC_PAGESIZE)) / mb;
#ifdef __GLIBC__
    const struct mallinfo2 m = mallinfo2();
    std::fprintf(stderr, "memory: %-28s %8.1f s  resident %7.0f MB  malloc: in use %7.0f MB, free in arenas %6.0f MB, mapped apart %7.0f MB\n",
                 step, double(clock.elapsed()) / 1000.0, resident, double(m.uordblks) / mb, double(m.fordblks) / mb, double(m.hblkhd) / mb);
#else
    std::fprintf(stderr, "memory: %-28s %8.1f s  resident %7.0f MB\n", step, double(clock.elapsed()) / 1000.0, resident);
#endif
}

} // namespace sez
