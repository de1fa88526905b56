// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/scratcharray.h"

#include <atomic>
#include <cstdlib>
#include <new>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#define SEZ_HAVE_MMAP 1
#endif

namespace sez::scratch {

namespace {
std::atomic<std::size_t> gLiveBytes{0};
} // namespace

void *acquire(std::size_t bytes, bool *mapped)
{
    gLiveBytes += bytes;
#ifdef SEZ_HAVE_MMAP
    void *data = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data != MAP_FAILED) {
        *mapped = true;
        return data;
    }
#endif
    *mapped = false;
    void *heap = std::calloc(bytes, 1);
    if (!heap) {
        gLiveBytes -= bytes;
        throw std::bad_alloc();
    }
    return heap;
}

void release(void *data, std::size_t bytes, bool mapped)
{
    gLiveBytes -= bytes;
#ifdef SEZ_HAVE_MMAP
    if (mapped) {
        ::munmap(data, bytes);
        return;
    }
#endif
    std::free(data);
}

std::size_t liveBytes()
{
    return gLiveBytes;
}

} // namespace sez::scratch
