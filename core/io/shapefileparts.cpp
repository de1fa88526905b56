// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/shapefileparts.h"

#include "core/io/virtualfile.h"

#include <QDir>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

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
    const QString dir = VirtualFile::folderOf(mPath);
    const QString base = QFileInfo(mPath).completeBaseName();
    for (const QString &candidate : {QString(base + QLatin1Char('.') + suffix.toLower()), QString(base + QLatin1Char('.') + suffix.toUpper())})
        if (const QString path = dir + QLatin1Char('/') + candidate; VirtualFile::exists(path))
            return path;
    return {};
}

QByteArray ShapefileParts::declaredCodePage() const
{
    const QString cpg = part(QStringLiteral("cpg"));
    return cpg.isEmpty() ? QByteArray() : VirtualFile::readStart(cpg, 64).trimmed();
}

int ShapefileParts::languageDriver() const
{
    const QString dbf = part(QStringLiteral("dbf"));
    const QByteArray header = dbf.isEmpty() ? QByteArray() : VirtualFile::readStart(dbf, 32);
    return header.size() >= 30 ? uchar(header.at(29)) : 0;
}

bool ShapefileParts::lacksIndex() const
{
    return QFileInfo(mPath).suffix().compare(QStringLiteral("shp"), Qt::CaseInsensitive) == 0
           && part(QStringLiteral("shx")).isEmpty();
}

namespace {

// The parts a MapInfo table cannot be read without, from the "Type" its .tab declares: a native table
// keeps its records in a .dat, a table of type DBF in a .dbf; both keep their objects in a .map indexed
// by an .id. Other types (raster, seamless, linked, ...) name their own files, and GDAL says what it misses.
QStringList mapInfoParts(const QByteArray &tabStart)
{
    static const QRegularExpression typeLine(QStringLiteral("^\\s*Type\\s+(\\w+)"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString type = typeLine.match(QString::fromLatin1(tabStart)).captured(1).toLower();
    if (type.isEmpty() || type == QLatin1String("native"))
        return {QStringLiteral("dat"), QStringLiteral("map"), QStringLiteral("id")};
    if (type == QLatin1String("dbf"))
        return {QStringLiteral("dbf"), QStringLiteral("map"), QStringLiteral("id")};
    return {};
}

} // namespace

QString ShapefileParts::missingPart(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    QStringList required;
    if (suffix == QLatin1String("shp"))
        required = {QStringLiteral("dbf")};
    else if (suffix == QLatin1String("tab"))
        required = mapInfoParts(VirtualFile::readStart(path, 4096));
    const ShapefileParts parts(path);
    for (const QString &r : required)
        if (parts.part(r).isEmpty())
            return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + r;
    return {};
}

bool ShapefileParts::checkDbf(DbfCheck *check) const
{
    // Through GDAL's virtual files, so that a shapefile inside a .zip is checked as one on disk.
    const QString dbf = part(QStringLiteral("dbf"));
    const qint64 size = dbf.isEmpty() ? -1 : VirtualFile::size(dbf);
    if (size < 0)
        return false;
    // The header's length is 16 bits: one read of that much holds it whole.
    const QByteArray header = VirtualFile::readStart(dbf, 0xFFFF);
    const QByteArray head = header.left(32);
    *check = {};
    if (head.size() < 32) {
        check->damage = tr("the file is %1 bytes, shorter than a DBF header").arg(size);
        return true;
    }
    check->headerRecords = qFromLittleEndian<quint32>(head.constData() + 4);
    const int headerLength = qFromLittleEndian<quint16>(head.constData() + 8);
    const int recordLength = qFromLittleEndian<quint16>(head.constData() + 10);
    if (headerLength < 33 || headerLength > size) {
        check->damage = tr("the header length is %1 bytes in a file of %2").arg(headerLength).arg(size);
        return true;
    }
    // The field descriptors: 32 bytes each, up to the 0x0D terminator or the header's end.
    const QByteArray descriptors = header.mid(32, headerLength - 32);
    qint64 sum = 1;   // the deletion flag
    int fields = 0;
    for (int at = 0; at + 32 <= descriptors.size() && descriptors.at(at) != '\x0D'; at += 32, ++fields) {
        const int length = quint8(descriptors.at(at + 16));
        // The name as the file has it, but printable: the message is one line whatever the bytes.
        QByteArray name = descriptors.mid(at, 11).split('\0').value(0);
        for (char &c : name)
            if (uchar(c) < 0x20 || uchar(c) >= 0x7F)
                c = '?';
        if (length == 0) {
            check->damage = tr("field %1 (%2) has a length of 0").arg(fields + 1).arg(QString::fromLatin1(name));
            return true;
        }
        sum += length;
    }
    if (sum != recordLength) {
        check->damage = tr("its %Ln field(s) add up to %1 bytes a record, but the header says %2", nullptr, fields)
                            .arg(sum).arg(recordLength);
        return true;
    }
    check->wholeRecords = recordLength > 0 ? (size - headerLength) / recordLength : 0;
    return true;
}

QString ShapefileParts::copyInto(const QString &dir) const
{
    const QString base = QFileInfo(mPath).completeBaseName();
    for (const QString &suffix : {QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg")}) {
        const QString sibling = part(suffix);
        if (!sibling.isEmpty())
            VirtualFile::copy(sibling, QDir(dir).filePath(base + QLatin1Char('.') + suffix));
    }
    return QDir(dir).filePath(base + QStringLiteral(".shp"));
}

} // namespace sez
