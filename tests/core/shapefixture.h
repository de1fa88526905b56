// SPDX-License-Identifier: GPL-3.0-or-later
// Writes small Shapefiles byte by byte, so tests can make damaged and oddly encoded files without
// GDAL (whose headers stay inside core).
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QList>
#include <QPointF>
#include <QString>
#include <QtEndian>

#include <cmath>

#include <vector>

namespace sez::test {

/// WGS 84 / UTM zone 43N as an ESRI .prj says it (no authority code, as most .prj files).
inline const QByteArray kUtm43Prj = R"(PROJCS["WGS_1984_UTM_Zone_43N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])";

/// A DBF with character columns only: \a rows are raw bytes, already in the file's encoding.
inline QByteArray makeDbf(const QList<QPair<QByteArray, int>> &columns, const QList<QList<QByteArray>> &rows,
                          quint8 languageDriver = 0)
{
    QByteArray header(32, '\0');
    int recordLength = 1;
    for (const auto &c : columns)
        recordLength += c.second;
    const int headerLength = 32 + 32 * int(columns.size()) + 1;
    header[0] = 0x03;
    header[1] = 125; header[2] = 1; header[3] = 1;
    qToLittleEndian<quint32>(quint32(rows.size()), header.data() + 4);
    qToLittleEndian<quint16>(quint16(headerLength), header.data() + 8);
    qToLittleEndian<quint16>(quint16(recordLength), header.data() + 10);
    header[29] = char(languageDriver);
    QByteArray out = header;
    for (const auto &c : columns) {
        QByteArray d(32, '\0');
        d.replace(0, qMin<int>(10, int(c.first.size())), c.first.left(10));
        d[11] = 'C';
        d[16] = char(c.second);
        out += d;
    }
    out += '\x0D';
    for (const auto &row : rows) {
        out += ' ';
        for (int i = 0; i < columns.size(); ++i) {
            QByteArray v = row.value(i).left(columns[i].second);
            v += QByteArray(columns[i].second - int(v.size()), ' ');
            out += v;
        }
    }
    out += '\x1A';
    return out;
}

/// A polygon .shp and .shx, one ring per record (rings written as given: closed or not).
inline void makePolygonShp(const QString &basePath, const std::vector<std::vector<QPointF>> &rings)
{
    QByteArray shp, shx;
    auto header = [](int fileLengthWords, double x0, double y0, double x1, double y1) {
        QByteArray h(100, '\0');
        qToBigEndian<qint32>(9994, h.data());
        qToBigEndian<qint32>(fileLengthWords, h.data() + 24);
        qToLittleEndian<qint32>(1000, h.data() + 28);
        qToLittleEndian<qint32>(5, h.data() + 32);
        const double box[4] = {x0, y0, x1, y1};
        for (int i = 0; i < 4; ++i)
            qToLittleEndian<double>(box[i], h.data() + 36 + 8 * i);
        return h;
    };
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    QByteArray records, index;
    int offsetWords = 50;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        const auto &ring = rings[r];
        QByteArray content(4 + 32 + 4 + 4 + 4 + 16 * int(ring.size()), '\0');
        qToLittleEndian<qint32>(5, content.data());
        double rx0 = 1e300, ry0 = 1e300, rx1 = -1e300, ry1 = -1e300;
        for (const auto &p : ring) {
            rx0 = std::min(rx0, p.x()); ry0 = std::min(ry0, p.y());
            rx1 = std::max(rx1, p.x()); ry1 = std::max(ry1, p.y());
        }
        const double box[4] = {rx0, ry0, rx1, ry1};
        for (int i = 0; i < 4; ++i)
            qToLittleEndian<double>(box[i], content.data() + 4 + 8 * i);
        qToLittleEndian<qint32>(1, content.data() + 36);
        qToLittleEndian<qint32>(qint32(ring.size()), content.data() + 40);
        qToLittleEndian<qint32>(0, content.data() + 44);
        for (std::size_t i = 0; i < ring.size(); ++i) {
            qToLittleEndian<double>(ring[i].x(), content.data() + 48 + 16 * int(i));
            qToLittleEndian<double>(ring[i].y(), content.data() + 56 + 16 * int(i));
        }
        QByteArray recordHeader(8, '\0');
        qToBigEndian<qint32>(qint32(r + 1), recordHeader.data());
        qToBigEndian<qint32>(qint32(content.size() / 2), recordHeader.data() + 4);
        records += recordHeader + content;
        QByteArray entry(8, '\0');
        qToBigEndian<qint32>(offsetWords, entry.data());
        qToBigEndian<qint32>(qint32(content.size() / 2), entry.data() + 4);
        index += entry;
        offsetWords += int(recordHeader.size() + content.size()) / 2;
        if (std::isfinite(rx0)) {
            x0 = std::min(x0, rx0); y0 = std::min(y0, ry0);
            x1 = std::max(x1, rx1); y1 = std::max(y1, ry1);
        }
    }
    shp = header(50 + int(records.size()) / 2, x0, y0, x1, y1) + records;
    shx = header(50 + int(index.size()) / 2, x0, y0, x1, y1) + index;
    auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
    };
    write(basePath + QStringLiteral(".shp"), shp);
    write(basePath + QStringLiteral(".shx"), shx);
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

} // namespace sez::test
