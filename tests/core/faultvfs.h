// SPDX-License-Identifier: GPL-3.0-or-later
// A SQLite VFS that passes everything to the real one but can fail writes once a number of bytes has
// been written (SQLITE_FULL, a full disk, or SQLITE_IOERR_WRITE, a failing device), and can refuse
// to open files for writing (a read-only directory). Registered as the default VFS, so the code
// under test uses it without knowing; no root, no special file system.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace sez::test {

class FaultVfs
{
public:
    /// Installs the shim as SQLite's default VFS (once per process); inactive until armed.
    static void install()
    {
        static bool installed = false;
        if (installed)
            return;
        sqlite3_initialize();
        real() = sqlite3_vfs_find(nullptr);
        sqlite3_vfs &vfs = shim();
        vfs = *real();
        vfs.zName = "sez-fault";
        vfs.szOsFile = int(sizeof(File)) + real()->szOsFile;
        vfs.xOpen = &open;
        sqlite3_vfs_register(&vfs, 1);
        installed = true;
    }

    /// After \a bytes more bytes are written, every write fails with \a code.
    static void failWritesAfter(long long bytes, int code)
    {
        state().budget = bytes;
        state().code = code;
        state().failures = 0;
        state().armed = true;
    }
    /// Files opened for writing from now on fail to open, as in a read-only directory.
    static void refuseWritableOpens(bool refuse) { state().refuseWrites = refuse; }
    static void disarm()
    {
        state().armed = false;
        state().refuseWrites = false;
    }
    /// The writes that failed since the shim was last armed.
    static int failures() { return state().failures; }
    static long long written() { return state().written; }

private:
    struct State
    {
        std::atomic<bool> armed{false};
        std::atomic<bool> refuseWrites{false};
        std::atomic<long long> budget{0};
        std::atomic<long long> written{0};
        std::atomic<int> code{SQLITE_FULL};
        std::atomic<int> failures{0};
    };
    // The shim's file: SQLite's base, then the real VFS's file right after it.
    struct File
    {
        sqlite3_file base;
        sqlite3_io_methods methods;
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };

    static State &state()
    {
        static State s;
        return s;
    }
    static sqlite3_vfs *&real()
    {
        static sqlite3_vfs *vfs = nullptr;
        return vfs;
    }
    static sqlite3_vfs &shim()
    {
        static sqlite3_vfs vfs;
        return vfs;
    }

    static sqlite3_file *inner(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real(); }

    static int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
    {
        State &s = state();
        if (s.armed) {
            if (s.budget.fetch_sub(amount) < amount) {
                ++s.failures;
                return s.code;
            }
        }
        s.written += amount;
        return inner(f)->pMethods->xWrite(inner(f), data, amount, offset);
    }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
    {
        if (state().refuseWrites && (flags & SQLITE_OPEN_READWRITE) && (flags & SQLITE_OPEN_MAIN_DB))
            return SQLITE_CANTOPEN;
        File *file = reinterpret_cast<File *>(f);
        std::memset(file, 0, sizeof(File));
        const int rc = real()->xOpen(real(), name, file->real(), flags, outFlags);
        if (rc != SQLITE_OK || !file->real()->pMethods) {
            file->base.pMethods = nullptr;
            return rc;
        }
        // Every method goes to the real file, but writes pass through the budget.
        file->methods = *file->real()->pMethods;
        file->methods.xClose = [](sqlite3_file *x) { return inner(x)->pMethods->xClose(inner(x)); };
        file->methods.xRead = [](sqlite3_file *x, void *d, int n, sqlite3_int64 o) { return inner(x)->pMethods->xRead(inner(x), d, n, o); };
        file->methods.xWrite = &write;
        file->methods.xTruncate = [](sqlite3_file *x, sqlite3_int64 n) { return inner(x)->pMethods->xTruncate(inner(x), n); };
        file->methods.xSync = [](sqlite3_file *x, int fl) { return inner(x)->pMethods->xSync(inner(x), fl); };
        file->methods.xFileSize = [](sqlite3_file *x, sqlite3_int64 *n) { return inner(x)->pMethods->xFileSize(inner(x), n); };
        file->methods.xLock = [](sqlite3_file *x, int l) { return inner(x)->pMethods->xLock(inner(x), l); };
        file->methods.xUnlock = [](sqlite3_file *x, int l) { return inner(x)->pMethods->xUnlock(inner(x), l); };
        file->methods.xCheckReservedLock = [](sqlite3_file *x, int *r) { return inner(x)->pMethods->xCheckReservedLock(inner(x), r); };
        file->methods.xFileControl = [](sqlite3_file *x, int op, void *a) { return inner(x)->pMethods->xFileControl(inner(x), op, a); };
        file->methods.xSectorSize = [](sqlite3_file *x) { return inner(x)->pMethods->xSectorSize(inner(x)); };
        file->methods.xDeviceCharacteristics = [](sqlite3_file *x) { return inner(x)->pMethods->xDeviceCharacteristics(inner(x)); };
        if (file->methods.iVersion >= 2) {
            file->methods.xShmMap = [](sqlite3_file *x, int p, int s, int e, void volatile **m) { return inner(x)->pMethods->xShmMap(inner(x), p, s, e, m); };
            file->methods.xShmLock = [](sqlite3_file *x, int o, int n, int fl) { return inner(x)->pMethods->xShmLock(inner(x), o, n, fl); };
            file->methods.xShmBarrier = [](sqlite3_file *x) { inner(x)->pMethods->xShmBarrier(inner(x)); };
            file->methods.xShmUnmap = [](sqlite3_file *x, int d) { return inner(x)->pMethods->xShmUnmap(inner(x), d); };
        }
        if (file->methods.iVersion >= 3) {
            file->methods.xFetch = [](sqlite3_file *x, sqlite3_int64 o, int n, void **p) { return inner(x)->pMethods->xFetch(inner(x), o, n, p); };
            file->methods.xUnfetch = [](sqlite3_file *x, sqlite3_int64 o, void *p) { return inner(x)->pMethods->xUnfetch(inner(x), o, p); };
        }
        file->base.pMethods = &file->methods;
        return SQLITE_OK;
    }
};

} // namespace sez::test
