// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cpl_error.h>

#include <map>
#include <mutex>

namespace sez::detail {

/// Values that PROJ takes milliseconds to work out from a CRS's text (its EPSG identification, its
/// plausible bounds), kept for the process: a folder's layers, read once to guess their mapping and
/// again to import them, mostly share a CRS. A value is kept only when GDAL said nothing while it was
/// worked out, so that a reader that asks again still hears, and reports, every message.
/// Safe from several threads (GDAL's message count is each thread's own).
template <typename Value>
class QuietMemo
{
public:
    template <typename Compute>
    Value get(const QByteArray &key, Compute compute)
    {
        {
            const std::lock_guard lock(mMutex);
            if (const auto it = mValues.find(key); it != mValues.end())
                return it->second;
        }
        const GUInt32 messagesBefore = CPLGetErrorCounter();
        Value value = compute();
        if (CPLGetErrorCounter() == messagesBefore) {
            const std::lock_guard lock(mMutex);
            mValues.emplace(key, value);
        }
        return value;
    }

private:
    std::mutex mMutex;
    std::map<QByteArray, Value> mValues;
};

} // namespace sez::detail
