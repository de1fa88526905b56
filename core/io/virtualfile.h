// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sez {

/// Files read the same way whether they are on disk or inside an archive that GDAL reads in place
/// (a path such as /vsizip//data/plan.zip/parcels.cpg): the sidecars and headers the reader looks
/// at itself.
class VirtualFile
{
public:
    /// True for a GDAL virtual path (/vsizip/, /vsimem/, ...).
    static bool isVirtual(const QString &path);
    static bool exists(const QString &path);
    /// The file's size in bytes (a member's uncompressed size); -1 when it cannot be read.
    static qint64 size(const QString &path);
    /// The first \a bytes bytes of the file (fewer when it is shorter); empty when it cannot be read.
    static QByteArray readStart(const QString &path, qint64 bytes);
    /// Copies the file to \a to on disk.
    static bool copy(const QString &from, const QString &to);
    /// The folder part of a path, without making a virtual path absolute.
    static QString folderOf(const QString &path);
};

} // namespace sez
