// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sez {

/// The files a shapefile is made of (.shp, .shx, .dbf, .prj, .cpg, ...), found beside the file the
/// user named whatever the case of their suffixes, and what its sidecars declare. The reader asks
/// it what GDAL cannot tell: the .cpg's words, the DBF's language-driver byte, a missing index.
class ShapefileParts
{
public:
    /// True for a path GDAL reads as a shapefile: a .shp, or a .dbf on its own.
    static bool isShapefile(const QString &path);

    explicit ShapefileParts(const QString &path);

    /// The part with \a suffix ("dbf", "cpg", ...), or an empty string when there is none.
    QString part(const QString &suffix) const;
    /// What the .cpg says, trimmed; empty without a .cpg (see hasCpg()).
    QByteArray declaredCodePage() const;
    bool hasCpg() const { return !part(QStringLiteral("cpg")).isEmpty(); }
    /// The DBF header's language-driver byte (LDID); 0 when there is no .dbf or it names none.
    int languageDriver() const;
    /// A .shp without its .shx, which GDAL can rebuild.
    bool lacksIndex() const;
    /// Copies the parts GDAL needs to read (and rebuild the index) into \a dir; returns the path of
    /// the copied .shp, which GDAL may then change without touching the user's files.
    QString copyInto(const QString &dir) const;

private:
    QString mPath;
};

} // namespace sez
