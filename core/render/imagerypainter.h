// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/imagerylook.h"
#include "core/render/rendercontext.h"

#include <QStringList>

#include <memory>

namespace sez {

class ImagerySource;
struct ImageryOpenOptions;

/// The painter of an imagery layer: an orthophoto or a basemap under the vectors, drawn on the
/// render's worker thread at the output's own resolution (device pixels on screen, 300 dpi on a
/// PDF page), with the layer's brightness and contrast. Its opacity is the map layer's.
class ImageryPainter : public LayerPainter
{
public:
    /// Print resolution of imagery on PDF pages.
    static constexpr double kPrintDpi = 300;
    /// The longest side of one frame of imagery, in pixels: beyond it, imagery is drawn coarser.
    static constexpr int kMaxSide = 8192;

    ImageryPainter(std::shared_ptr<const ImagerySource> source, const ImageryLook &look = {});

    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    QString attribution() const override;

    const std::shared_ptr<const ImagerySource> &source() const { return mSource; }
    const ImageryLook &look() const { return mLook; }

private:
    std::shared_ptr<const ImagerySource> mSource;
    ImageryLook mLook;
};

/// The id of imagery layers: "imagery/" and a name of the caller's, e.g. "imagery/basemap".
inline constexpr QLatin1String kImageryLayerPrefix("imagery/");

/// A map layer showing \a source, to be inserted under the others (MapLayers::insert(0, ...)).
MapLayer imageryLayer(const QString &name, std::shared_ptr<const ImagerySource> source, const ImageryLook &look = {},
                      double opacity = 1.0);

/// Opens raster files and tile addresses (see openImagery()) as layers "imagery/1", "imagery/2",
/// ..., in the order given; false and \a error, naming the first that cannot be used.
bool openImageryLayers(const QStringList &locations, const ImageryOpenOptions &options, std::vector<MapLayer> *layers,
                       QString *error);

/// How long a printed or exported map waits for tiles still on their way (RenderOptions::imageryWaitMs).
inline constexpr int kPrintImageryWaitMs = 60000;
/// How long the viewer's map export waits for tiles: those on screen are cached already, and more
/// detail may wait a little, not a minute.
inline constexpr int kExportImageryWaitMs = 10000;

/// Puts \a imagery under the map's own layers, the first lowest, and lets it show through them
/// (fadeOverImagery()). Nothing changes for no imagery.
void showImageryUnder(MapLayers &layers, const std::vector<MapLayer> &imagery);
/// Lets imagery show through the map's own layers (\a on) or not: the SEZ's tint and the zones'
/// fade and the parcels become translucent, so that they stay readable and the ground shows under
/// them. Only layers at the opacity of the other state change, so a user's own setting stays.
void fadeOverImagery(MapLayers &layers, bool on);

} // namespace sez
