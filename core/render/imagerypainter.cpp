// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/imagerypainter.h"

#include "core/imagery/imagerysource.h"
#include "core/model/parcelstore.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sez {

ImageryPainter::ImageryPainter(std::shared_ptr<const ImagerySource> source, const ImageryLook &look)
    : mSource(std::move(source)), mLook(look)
{
}

bool ImageryPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &) const
{
    const MapView &view = context.view();
    if (!mSource || !view.isValid())
        return !context.isCancelled();
    // Output pixels per unit of the view: the device's own on screens and images; on a PDF page a
    // print resolution, since the page's own unit is a point.
    const QTransform device = painter.deviceTransform();
    double density = std::sqrt(std::abs(device.determinant()));
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf && painter.device())
        density *= kPrintDpi / std::max(1, painter.device()->logicalDpiX());
    density = std::min({density, kMaxSide / double(view.size().width()), kMaxSide / double(view.size().height())});
    ImageryRequest request;
    request.extent = view.extent();
    request.pixels = QSize(std::max(1, int(std::lround(view.size().width() * density))),
                           std::max(1, int(std::lround(view.size().height() * density))));
    request.mapEpsg = context.store().mapEpsg();
    request.cancel = context.cancelFlag();
    request.networkWaitMs = context.options().imageryWaitMs;
    ImageryFrame frame = mSource->render(request);
    if (context.isCancelled())
        return false;
    if (frame.image.isNull())
        return true;
    mLook.apply(frame.image);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(view.toPixel(frame.extent), frame.image);
    painter.restore();
    return !context.isCancelled();
}

QString ImageryPainter::attribution() const
{
    return mSource ? mSource->attribution() : QString();
}

MapLayer imageryLayer(const QString &name, std::shared_ptr<const ImagerySource> source, const ImageryLook &look, double opacity)
{
    return MapLayer{kImageryLayerPrefix + name, true, std::clamp(opacity, 0.0, 1.0),
                    std::make_shared<const ImageryPainter>(std::move(source), look), QString()};
}

bool openImageryLayers(const QStringList &locations, const ImageryOpenOptions &options, std::vector<MapLayer> *layers,
                       QString *error)
{
    for (const QString &location : locations) {
        std::shared_ptr<const ImagerySource> source = openImagery(location, options, error);
        if (!source)
            return false;
        layers->push_back(imageryLayer(QString::number(layers->size() + 1), std::move(source)));
    }
    return true;
}

void showImageryUnder(MapLayers &layers, const std::vector<MapLayer> &imagery)
{
    for (std::size_t i = 0; i < imagery.size(); ++i)
        layers.insert(i, imagery[i]);
    if (!imagery.empty())
        fadeOverImagery(layers, true);
}

void fadeOverImagery(MapLayers &layers, bool on)
{
    // Parcels stay readable (their colours and outlines), and what is on the ground shows under them.
    const std::pair<QLatin1String, double> overImagery[] = {{kSezPartsLayer, 0.25}, {kZonesLayer, 0.35}, {kParcelsLayer, 0.45}};
    for (const auto &[id, opacity] : overImagery) {
        const MapLayer *layer = layers.find(id);
        if (layer && layer->opacity == (on ? 1.0 : opacity))
            layers.setOpacity(id, on ? opacity : 1.0);
    }
}

} // namespace sez
