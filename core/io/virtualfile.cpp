// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/virtualfile.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_vsi.h>

namespace sez {

bool VirtualFile::isVirtual(const QString &path)
{
    return path.startsWith(QLatin1String("/vsi"));
}

bool VirtualFile::exists(const QString &path)
{
    if (!isVirtual(path))
        return QFileInfo::exists(path);
    VSIStatBufL stat;
    return VSIStatL(QFile::encodeName(path).constData(), &stat) == 0;
}

qint64 VirtualFile::size(const QString &path)
{
    if (!isVirtual(path)) {
        const QFileInfo info(path);
        return info.isFile() ? info.size() : -1;
    }
    VSIStatBufL stat;
    return VSIStatL(QFile::encodeName(path).constData(), &stat) == 0 ? qint64(stat.st_size) : -1;
}

QByteArray VirtualFile::readStart(const QString &path, qint64 bytes)
{
    if (!isVirtual(path)) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
    }
    VSILFILE *f = VSIFOpenL(QFile::encodeName(path).constData(), "rb");
    if (!f)
        return {};
    const qint64 known = size(path);
    QByteArray data(std::min(bytes, known >= 0 ? known : bytes), Qt::Uninitialized);
    data.resize(qsizetype(VSIFReadL(data.data(), 1, std::size_t(data.size()), f)));
    VSIFCloseL(f);
    return data;
}

bool VirtualFile::copy(const QString &from, const QString &to)
{
    if (!isVirtual(from))
        return QFile::copy(from, to);
    const QByteArray data = readStart(from, qint64(1) << 31);
    QFile out(to);
    return !data.isEmpty() && out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
}

QString VirtualFile::folderOf(const QString &path)
{
    return isVirtual(path) ? path.left(path.lastIndexOf(QLatin1Char('/'))) : QFileInfo(path).absolutePath();
}

} // namespace sez
