// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/maprenderer.h"

#include "core/base/parallel.h"
#include "core/model/parcelstore.h"
#include "core/render/layerpainters_p.h"

#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace sez {

namespace {

constexpr qsizetype kAntialiasBelow = 3000;   // measured: antialiased parcels cost ~8 us each

// The parcels in view, and whether they are mostly under two pixels (judged on a sample).
ParcelsInView parcelsInView(const RenderContext &context)
{
    const ParcelStore &store = context.store();
    const QRectF extent = context.view().extent();
    const double pixel = context.view().metresPerPixel();
    ParcelsInView in;
    // The whole store (within a pixel's rounding): every row in store order, without asking the index.
    if (extent.adjusted(-pixel, -pixel, pixel, pixel).contains(store.extent())) {
        // Reserved and appended: resize() would first write zeros over the whole vector.
        const qint64 count = store.size();
        in.rows.reserve(std::size_t(count));
        for (qint64 r = 0; r < count; ++r)
            in.rows.push_back(r);
    } else {
        in.rows = store.parcelsIn(extent);
    }
    in.antialias = qsizetype(in.rows.size()) < kAntialiasBelow;
    if (in.rows.empty()) {
        in.subPixel = store.size() > 0;   // nothing in view: zones are all there is to see
        return in;
    }
    const double pxPerMetre = context.view().pixelsPerMetre() * context.view().devicePixelRatio();
    std::vector<double> sizes;
    const std::size_t step = std::max<std::size_t>(1, in.rows.size() / 255);
    for (std::size_t i = 0; i < in.rows.size(); i += step) {
        const QRectF b = store.bounds(in.rows[i]);
        sizes.push_back(std::max(b.width(), b.height()) * pxPerMetre);
    }
    std::nth_element(sizes.begin(), sizes.begin() + std::ptrdiff_t(sizes.size() / 2), sizes.end());
    in.subPixel = sizes[sizes.size() / 2] < detail::kDotBelowPx;
    return in;
}

// A layer drawn at less than full opacity on pixels: into an image of its own, laid over the map at
// its opacity, so that its overlapping features fade as one.
bool paintFaded(QPainter &painter, const MapLayer &layer, const RenderContext &context, const ParcelsInView &parcels)
{
    const MapView &view = context.view();
    const double dpr = view.devicePixelRatio();
    QImage image(int(std::lround(view.size().width() * dpr)), int(std::lround(view.size().height() * dpr)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter own(&image);
    own.setRenderHints(painter.renderHints());
    own.setFont(painter.font());
    const bool done = layer.painter->paint(own, context, parcels);
    own.end();
    if (done) {
        painter.save();
        painter.setOpacity(layer.opacity);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size())), image);
        painter.restore();
    }
    return done;
}

// Runs \a draw on a thread of the pool when one is free, else here. Qt's raster engine hands every
// fill of more than 96 scanlines to the pool in pieces and waits for them, unless it already runs on
// a pool thread: a render on another thread made about 150 such hand-offs at the 1M district zoom
// (570 tasks), each a wake-up of a pool thread and a wait for it, which on a busy or virtualised
// machine cost more than the pieces saved. On a pool thread the same fills run inline, one
// hand-off a render. The pixels do not depend on the thread that writes them.
void drawOnPoolThread(const std::function<void()> &draw)
{
    QThreadPool *pool = threadPool();
    if (pool->contains(QThread::currentThread())) {
        draw();
        return;
    }
    QSemaphore done;
    if (!pool->tryStart([&] {
            draw();
            done.release();
        })) {
        draw();   // every pool thread is busy: here, as before (Qt's fills then queue on the pool)
        return;
    }
    done.acquire();
}

} // namespace

QImage MapRenderer::render(const RenderContext &context)
{
    const MapView &view = context.view();
    const double dpr = view.devicePixelRatio();
    const QSize pixels(int(std::lround(view.size().width() * dpr)), int(std::lround(view.size().height() * dpr)));
    if (pixels.isEmpty() || !view.isValid())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(dpr);
    image.fill(MapStyle::background());
    bool done = false;
    drawOnPoolThread([&] {
        QPainter painter(&image);
        done = paint(painter, context);
        painter.end();
    });
    return done ? image : QImage();
}

bool MapRenderer::paint(QPainter &painter, const RenderContext &context)
{
    const MapView &view = context.view();
    if (!view.isValid())
        return !context.isCancelled();
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(view.size())), Qt::IntersectClip);
    const ParcelsInView parcels = parcelsInView(context);
    painter.setRenderHint(QPainter::Antialiasing, parcels.antialias);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    bool done = true;
    for (const MapLayer &layer : context.layers()) {
        if (!layer.visible || layer.opacity <= 0 || !layer.painter)
            continue;
        if (context.isCancelled()) {
            done = false;
            break;
        }
        if (layer.opacity < 1 && raster) {
            done = paintFaded(painter, layer, context, parcels);
        } else {
            painter.save();
            if (layer.opacity < 1)
                painter.setOpacity(layer.opacity);   // vector output: each feature fades on its own
            done = layer.painter->paint(painter, context, parcels);
            painter.restore();
        }
        if (!done)
            break;
    }
    painter.restore();
    return done && !context.isCancelled();
}

} // namespace sez
