// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz harness of tests/fuzz provides: libFuzzer's entry point, and the seeds it starts
// from (taken from the bundled sample and ../shared/corpus), which the replay runner writes out.
#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace sez::fuzz {

/// The seeds of this harness.
QList<QByteArray> seeds();

/// Aborts with \a what on stderr: a finding, for libFuzzer and the regression runner alike.
[[noreturn]] void fail(const char *what);

/// Sets up what every harness needs once: a QCoreApplication, quiet GDAL.
void initOnce();

/// A private directory for the harness's files (in /dev/shm when there is one).
QString scratchDir();

} // namespace sez::fuzz
