// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace sez::fuzz {

void fail(const char *what)
{
    std::fprintf(stderr, "finding: %s\n", what);
    std::abort();
}

void initOnce()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "sezview-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: libFuzzer leaves through exit(), after which Qt's globals are gone.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
    // The harnesses must never touch the user's own cache directory.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(scratchDir() + QStringLiteral("/xdg-cache")));
}

QString scratchDir()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/sezview-fuzz-XXXXXX")
                                                                       : QDir::tempPath() + QStringLiteral("/sezview-fuzz-XXXXXX"));
    return dir.path();
}

} // namespace sez::fuzz
