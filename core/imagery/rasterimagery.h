// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/imagerysource.h"

#include <QCoreApplication>

#include <memory>

namespace sez {

class Feedback;

/// A raster file GDAL reads, drawn under the map: a GeoTIFF orthophoto, a VRT mosaic of many files,
/// JPEG2000, MBTiles or GeoPackage tiles. Warped on the fly into the map CRS from the overview level
/// that suits the output's resolution; nodata, masks and alpha are transparent; palette, grey and
/// 16-bit images are shown as colour. Open checks that it is georeferenced and that its pixels can
/// be read; each thread that draws it reads through a handle of its own.
class RasterImagery : public ImagerySource
{
    Q_DECLARE_TR_FUNCTIONS(sez::RasterImagery)

public:
    /// Opens \a path. Null and \a error, one sentence naming the file, when GDAL cannot read it as a
    /// raster, it is damaged, or it has no georeferencing or no coordinate system.
    static std::unique_ptr<RasterImagery> open(const QString &path, QString *error);
    ~RasterImagery() override;

    QString name() const override;
    QString location() const override;
    /// The file's copyright tag (TIFFTAG_COPYRIGHT), if any.
    QString attribution() const override;
    QRectF footprint(int mapEpsg) const override;
    ImageryFrame render(const ImageryRequest &request) const override;

    QSize size() const;
    int bandCount() const;
    int overviewCount() const;
    /// The CRS's name, e.g. "WGS 84 / UTM zone 43N".
    QString crsName() const;
    /// Large (more than 4096 pixels on a side) and without overviews: every zoomed-out frame would
    /// read the whole file. The viewer offers buildOverviews().
    bool needsOverviews() const;

    /// Builds overviews of the file at \a path (halving until under 256 pixels, averaged), as
    /// gdaladdo does: into a new PATH.ovr beside it, the file itself untouched. Reports phase
    /// "overviews" on \a feedback and stops when it is cancelled. Open the file again afterwards.
    static bool buildOverviews(const QString &path, Feedback *feedback, QString *error);

private:
    RasterImagery();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sez
