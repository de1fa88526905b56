// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/orthophoto.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/geo/crs.h"
#include "core/imagery/rasterimagery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sez {

namespace {

constexpr int kBlockRows = 512;
constexpr double kField = 260.0;      // metres: the fields' grid
constexpr double kTrack = 7.0;        // metres: the tracks between fields

std::uint32_t mix(std::uint32_t a, std::uint32_t b)
{
    std::uint32_t h = a * 0x9e3779b1u ^ (b + 0x7f4a7c15u + (a << 6) + (a >> 2));
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    return h ^ (h >> 16);
}

// Summer steppe and irrigated fields: greens, straw and bare soil.
const std::array<std::array<int, 3>, 8> kFieldColours = {{
    {{96, 124, 62}}, {{122, 138, 74}}, {{158, 148, 96}}, {{176, 160, 118}},
    {{134, 112, 82}}, {{82, 110, 58}}, {{146, 152, 92}}, {{188, 174, 132}},
}};

void pixel(double x, double y, GByte *out)
{
    const int fx = int(std::floor(x / kField)), fy = int(std::floor(y / kField));
    const double lx = x - fx * kField, ly = y - fy * kField;
    const std::uint32_t field = mix(std::uint32_t(fx), std::uint32_t(fy));
    const std::uint32_t grain = mix(std::uint32_t(std::lround(x * 2)), std::uint32_t(std::lround(y * 2)));
    const int noise = int(grain % 17) - 8;
    if (lx < kTrack || ly < kTrack) {   // a track: pale dust
        out[0] = GByte(std::clamp(196 + noise, 0, 255));
        out[1] = GByte(std::clamp(186 + noise, 0, 255));
        out[2] = GByte(std::clamp(160 + noise, 0, 255));
        return;
    }
    const auto &c = kFieldColours[field % kFieldColours.size()];
    // Furrows: stripes across the field in one of two directions.
    const double along = (field >> 8) % 2 ? lx : ly;
    const int furrow = int(std::lround(9 * std::sin(along * 1.3)));
    for (int b = 0; b < 3; ++b)
        out[b] = GByte(std::clamp(c[std::size_t(b)] + noise + furrow, 0, 255));
}

} // namespace

bool generateOrthophoto(const OrthophotoOptions &options, QString *error, Feedback *feedback)
{
    const int width = int(std::ceil(options.extent.width() / options.metresPerPixel));
    const int height = int(std::ceil(options.extent.height() / options.metresPerPixel));
    if (width <= 0 || height <= 0) {
        *error = QStringLiteral("an orthophoto needs an extent");
        return false;
    }
    GDALAllRegister();
    QDir().mkpath(QFileInfo(options.path).absolutePath());
    const QString temporary = options.path + QStringLiteral(".part");
    const char *create[] = {"TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "BIGTIFF=IF_SAFER", "PHOTOMETRIC=RGB", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), QFile::encodeName(temporary).constData(), width, height, 3,
                                 GDT_Byte, const_cast<char **>(create));
    if (!ds) {
        *error = QStringLiteral("%1: %2").arg(temporary, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    double transform[6] = {options.extent.left(), options.metresPerPixel, 0, options.extent.bottom(), 0, -options.metresPerPixel};
    GDALSetGeoTransform(ds, transform);
    GDALSetProjection(ds, crsFromEpsg(options.epsg).wkt.constData());
    if (!options.copyright.isEmpty())
        GDALSetMetadataItem(ds, "TIFFTAG_COPYRIGHT", options.copyright.toUtf8().constData(), nullptr);
    if (feedback)
        feedback->beginPhase(QStringLiteral("orthophoto"), height, QFileInfo(options.path).fileName());
    std::vector<GByte> rows(std::size_t(width) * kBlockRows * 3);
    bool ok = true;
    for (int top = 0; ok && top < height && !isCancelled(feedback); top += kBlockRows) {
        const int count = std::min(kBlockRows, height - top);
        parallelFor(count, 16, [&](qint64 begin, qint64 end) {
            for (qint64 r = begin; r < end; ++r) {
                const double y = options.extent.bottom() - (top + r + 0.5) * options.metresPerPixel;
                GByte *out = rows.data() + std::size_t(r) * std::size_t(width) * 3;
                for (int c = 0; c < width; ++c)
                    pixel(options.extent.left() + (c + 0.5) * options.metresPerPixel, y, out + std::size_t(c) * 3);
            }
        });
        ok = GDALDatasetRasterIO(ds, GF_Write, 0, top, width, count, rows.data(), width, count, GDT_Byte, 3, nullptr, 3,
                                 width * 3, 1) == CE_None;
        if (feedback)
            feedback->setDone(top + count);
    }
    GDALClose(ds);
    if (!ok || isCancelled(feedback)) {
        QFile::remove(temporary);
        *error = ok ? QStringLiteral("cancelled") : QStringLiteral("%1 could not be written").arg(temporary);
        return false;
    }
    QFile::remove(options.path);
    QFile::remove(options.path + QStringLiteral(".ovr"));
    if (!QFile::rename(temporary, options.path)) {
        *error = QStringLiteral("%1 could not be renamed to %2").arg(temporary, options.path);
        return false;
    }
    return !options.overviews || RasterImagery::buildOverviews(options.path, feedback, error);
}

bool writeOrthophotoInOtherCrs(const QString &path, const QString &vrtPath, int epsg, QString *error)
{
    GDALAllRegister();
    GDALDatasetH source = GDALOpen(QFile::encodeName(path).constData(), GA_ReadOnly);
    if (!source) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    double gt[6];
    GDALGetGeoTransform(source, gt);
    const int w = GDALGetRasterXSize(source), h = GDALGetRasterYSize(source);
    QPointF corners[2] = {{gt[0], gt[3]}, {gt[0] + w * gt[1], gt[3] + h * gt[5]}};
    const CrsInfo own = crsFromWkt(GDALGetProjectionRef(source));
    const CoordinateTransform toOther(own, crsFromEpsg(epsg));
    bool ok = toOther.transform(corners[0]) && toOther.transform(corners[1]);
    const QByteArray ulx = QByteArray::number(corners[0].x(), 'f', 6), uly = QByteArray::number(corners[0].y(), 'f', 6);
    const QByteArray lrx = QByteArray::number(corners[1].x(), 'f', 6), lry = QByteArray::number(corners[1].y(), 'f', 6);
    const QByteArray srs = "EPSG:" + QByteArray::number(epsg);
    const char *args[] = {"-of", "VRT", "-a_srs", srs.constData(), "-a_ullr", ulx.constData(), uly.constData(),
                          lrx.constData(), lry.constData(), nullptr};
    GDALTranslateOptions *options = GDALTranslateOptionsNew(const_cast<char **>(args), nullptr);
    GDALDatasetH vrt = ok ? GDALTranslate(QFile::encodeName(vrtPath).constData(), source, options, nullptr) : nullptr;
    GDALTranslateOptionsFree(options);
    ok = vrt != nullptr;
    if (vrt)
        GDALClose(vrt);
    GDALClose(source);
    if (!ok)
        *error = QStringLiteral("%1: %2").arg(vrtPath, QString::fromUtf8(CPLGetLastErrorMsg()));
    return ok;
}

} // namespace sez
