// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <type_traits>

namespace sez {

namespace scratch {
// An anonymous mapping of at least \a bytes (zero-filled), or the heap's when mapping fails.
void *acquire(std::size_t bytes, bool *mapped);
void release(void *data, std::size_t bytes, bool mapped);
/// Bytes of scratch arrays alive in the process (for the tests).
std::size_t liveBytes();
} // namespace scratch

/// A fixed-size array for scratch work as large as the store's columns (a sort's keys), in its own
/// anonymous mapping that goes back to the system the moment the array goes. A heap vector of that
/// size is not sure to: glibc raises its mmap threshold to the size of earlier large frees (up to
/// 32 MB), so such a block can come from the middle of the heap, where its pages stay resident after
/// the free until malloc_trim walks the heap to them. Values start zeroed.
template<typename T>
class ScratchArray
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    explicit ScratchArray(std::size_t size)
        : mSize(size), mData(size ? static_cast<T *>(scratch::acquire(size * sizeof(T), &mMapped)) : nullptr)
    {
    }
    ~ScratchArray()
    {
        if (mData)
            scratch::release(mData, mSize * sizeof(T), mMapped);
    }
    ScratchArray(const ScratchArray &) = delete;
    ScratchArray &operator=(const ScratchArray &) = delete;

    std::size_t size() const { return mSize; }
    T *data() { return mData; }
    T &operator[](std::size_t i) { return mData[i]; }
    const T &operator[](std::size_t i) const { return mData[i]; }
    T *begin() { return mData; }
    T *end() { return mData + mSize; }

private:
    std::size_t mSize;
    bool mMapped = false;
    T *mData;
};

} // namespace sez
