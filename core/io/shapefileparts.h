// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace sez {

/// The files a shapefile is made of (.shp, .shx, .dbf, .prj, .cpg, ...), found beside the file the
/// user named whatever the case of their suffixes, and what its sidecars declare. The reader asks
/// it what GDAL cannot tell: the .cpg's words, the DBF's language-driver byte, a missing index. A
/// shapefile inside a .zip is named by its /vsizip/ path and read in place (VirtualFile).
class ShapefileParts
{
    Q_DECLARE_TR_FUNCTIONS(sez::ShapefileParts)

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
    /// The part that \a path cannot be read without and that is missing (a .shp's .dbf, a .tab's
    /// .dat, or .dbf for a table of type DBF, .map or .id), as the path it should have; empty when nothing is missing.
    static QString missingPart(const QString &path);

    /// What the .dbf's header says, checked against itself and against the file's size.
    struct DbfCheck
    {
        qint64 headerRecords = 0;   ///< the record count the header gives
        qint64 wholeRecords = 0;    ///< the records the file holds, whole, after the header
        QString damage;             ///< why the columns cannot be trusted (empty when they can)
    };
    /// Checks the .dbf; \a check.damage names what makes its columns unreadable (a field of
    /// length 0, lengths that do not add up to the record length, a header longer than the file).
    /// False when there is no .dbf.
    bool checkDbf(DbfCheck *check) const;
    /// Copies the parts GDAL needs to read (and rebuild the index) into \a dir; returns the path of
    /// the copied .shp, which GDAL may then change without touching the user's files.
    QString copyInto(const QString &dir) const;

private:
    QString mPath;
};

} // namespace sez
