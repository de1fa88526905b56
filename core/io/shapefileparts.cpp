// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/shapefileparts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sez {

bool ShapefileParts::isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

ShapefileParts::ShapefileParts(const QString &path)
    : mPath(path)
{
}

QString ShapefileParts::part(const QString &suffix) const
{
    const QFileInfo info(mPath);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    for (const QString &candidate : {QString(base + QLatin1Char('.') + suffix.toLower()), QString(base + QLatin1Char('.') + suffix.toUpper())})
        if (dir.exists(candidate))
            return dir.filePath(candidate);
    return {};
}

QByteArray ShapefileParts::declaredCodePage() const
{
    QFile cpg(part(QStringLiteral("cpg")));
    if (cpg.fileName().isEmpty() || !cpg.open(QIODevice::ReadOnly))
        return {};
    return cpg.read(64).trimmed();
}

int ShapefileParts::languageDriver() const
{
    QFile dbf(part(QStringLiteral("dbf")));
    if (dbf.fileName().isEmpty() || !dbf.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = dbf.read(32);
    return header.size() >= 30 ? uchar(header.at(29)) : 0;
}

bool ShapefileParts::lacksIndex() const
{
    return QFileInfo(mPath).suffix().compare(QStringLiteral("shp"), Qt::CaseInsensitive) == 0
           && part(QStringLiteral("shx")).isEmpty();
}

QString ShapefileParts::copyInto(const QString &dir) const
{
    const QString base = QFileInfo(mPath).completeBaseName();
    for (const QString &suffix : {QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg")}) {
        const QString sibling = part(suffix);
        if (!sibling.isEmpty())
            QFile::copy(sibling, QDir(dir).filePath(base + QLatin1Char('.') + suffix));
    }
    return QDir(dir).filePath(base + QStringLiteral(".shp"));
}

} // namespace sez
