// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sez {

/// The one rule for what sezview writes: only files it created, or new files. The files a dataset
/// is read from (a layer with every part of its name, .shp/.shx/.dbf/.prj/.cpg, .tab/.dat/.map/.id,
/// ..., and the manifest) and the cache it opened are registered here as they are opened; every
/// writer asks check() first, so an export, a report or a render can never replace one of them.
/// Compared by resolved path and by inode, so a symbolic or hard link to a source is caught too.
/// Thread-safe.
class OutputGuard
{
public:
    /// A file the dataset is read from. For a layer of several files (a shapefile, a MapInfo
    /// table) every file of its name with one of those formats' suffixes is protected, whether it
    /// exists now or not, since a new .cpg or .prj would change how the layer reads.
    static void protectSource(const QString &path);
    /// The cache of an open dataset: only the cache writer replaces it.
    static void protectCache(const QString &path);

    /// True when \a path (and, for a .shp, each part a shapefile export writes) may be written;
    /// false and one line naming the file, why, and what to do, when it is a source or the cache.
    static bool check(const QString &path, QString *error);
    /// True when \a path is one of the registered sources (not the cache).
    static bool isSource(const QString &path);

    /// The files a write to \a path creates: the path, and a shapefile's parts for a .shp.
    static QStringList filesWritten(const QString &path);
    /// The suffixes (lower case, no dot) of the parts of multi-file layer formats.
    static const QStringList &partSuffixes();

    /// Forgets every registration (tests only).
    static void reset();
};

} // namespace sez
