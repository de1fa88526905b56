// SPDX-License-Identifier: GPL-3.0-or-later
// The parcels, and the outlines that emphasise a query's result and the selection over them.
#include "core/render/layerpainters_p.h"

#include "core/model/parcelgeometry.h"
#include "core/model/parcelstore.h"
#include "core/render/dotlayer_p.h"
#include "core/render/geometrypainter_p.h"

#include <QPainter>

#include <algorithm>
#include <optional>

namespace sez::detail {

namespace {

constexpr double kOwnRasterBelowPx = 32;   // unantialiased polygons this small are scan-converted here
constexpr std::size_t kGatherBlock = 256;   // parcels whose bounds and codes are read ahead; also between two looks at the cancel flag

// Outlines of the parcels \a flags marks, no wider than emphasisWidth() lets them. With \a markTiny,
// parcels under two pixels get a marker instead, so that a selected sub-pixel parcel can still be
// found on the map; a query's result, many parcels over a faded rest, is told by its colours there.
bool paintOutlines(QPainter &painter, const RenderContext &context, const std::vector<qint64> &rows,
                   const std::vector<bool> &flags, const Symbol &symbol, bool markTiny)
{
    const ParcelStore &store = context.store();
    const MapView &view = context.view();
    GeometryPainter geometry(painter, view);
    const double pxPerMetre = view.pixelsPerMetre() * view.devicePixelRatio();
    const double side = 2 * symbol.radius;
    std::vector<QRectF> markers;
    QPen pen = symbol.pen();
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (qint64 row : rows) {
        if (context.isCancelled())
            return false;
        if (std::size_t(row) >= flags.size() || !flags[std::size_t(row)])
            continue;
        const QRectF b = store.bounds(row);
        if (std::max(b.width(), b.height()) * pxPerMetre < kDotBelowPx) {
            const QPointF c = view.toPixel(b.center());
            if (markTiny)
                markers.push_back(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
            continue;
        }
        const double width = emphasisWidth(symbol.width, std::min(b.width(), b.height()) * view.pixelsPerMetre());
        if (width != pen.widthF()) {
            pen.setWidthF(width);
            painter.setPen(pen);
        }
        geometry.drawPolygons(store.geometry(row));
    }
    if (!markers.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(symbol.fill);
        painter.drawRects(markers.data(), int(markers.size()));
    }
    return true;
}

// A parcel's colour in the style: faded outside a highlighted result.
struct ParcelColourOf
{
    const QRgb *full, *faded;
    std::size_t colourCount;
    QRgb noValue, fadedNoValue;
    ColumnView codes;
    const std::vector<bool> *highlight;

    QRgb operator()(qint64 row) const
    {
        const bool fade = highlight && !(std::size_t(row) < highlight->size() && (*highlight)[std::size_t(row)]);
        const int code = codes.code(row);
        if (code < 0 || std::size_t(code) >= colourCount)
            return fade ? fadedNoValue : noValue;
        return fade ? faded[std::size_t(code)] : full[std::size_t(code)];
    }
};

// A parcel under two pixels is one pixel at its centre; a sliver or one under kOutlineFromPx, its
// bounds; through \a sink (a DotLayer or its Pixels). False for the rest (polygons), which it leaves
// alone.
template<typename Sink>
Q_ALWAYS_INLINE bool drawSmall(const QRectF &b, QRgb colour, double pxPerMetre, const MapView &view, Sink &sink)
{
    const double w = b.width() * pxPerMetre, h = b.height() * pxPerMetre;
    if (std::max(w, h) < kDotBelowPx) {
        sink.add(view.toPixel(b.center()), colour);
        return true;
    }
    if (std::min(w, h) < kDotBelowPx || std::max(w, h) < kOutlineFromPx) {
        sink.addRect(view.toPixel(b), colour);
        return true;
    }
    return false;
}

} // namespace

bool ParcelsPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const
{
    const ParcelStore &store = context.store();
    const MapStyle &style = context.style();
    const MapView &view = context.view();
    const RenderOptions &options = context.options();
    const ParcelStyle colourBy = options.style;
    const std::vector<QRgb> &full = style.parcelColours(colourBy, false), &fadedColours = style.parcelColours(colourBy, true);
    const ParcelColourOf colourOf{full.data(),
                                  fadedColours.data(),
                                  full.size(),
                                  style.parcelColour(colourBy, -1),
                                  style.parcelColour(colourBy, -1, true),
                                  store.column(int(MapStyle::field(colourBy))).view(),
                                  options.highlight};
    std::vector<qint64> labelled;
    const bool noteLabels = options.labels;

    const double pxPerMetre = view.pixelsPerMetre() * view.devicePixelRatio();   // device pixels: the level of detail
    GeometryPainter geometry(painter, view);
    DotLayer dots(painter, view);
    const QRgb outlineColour = style.parcelOutline().rgba();
    const QPen outline(style.parcelOutline(), 0);
    bool outlined = false;
    painter.setPen(Qt::NoPen);
    // Antialiased maps are Qt's to draw; without antialiasing ours are the same pixels, faster.
    const bool ownRaster = dots.isRaster() && !painter.testRenderHint(QPainter::Antialiasing);
    QRgb currentBrush = 0;
    bool brushSet = false;
    std::vector<QPointF> ringPoints;   // the small parcels' rings, without an allocation per parcel
    std::vector<std::size_t> ringEnds;

    // The per-parcel loop reads its constants from locals (copies), which the pixels it writes
    // cannot alias; through references the compiler would reload them after every pixel.
    // The small parcels' pixels go straight into the map's image while nothing but them has been
    // drawn (DotLayer::startOnDevice()): at the overview and district scales that is every parcel.
    dots.startOnDevice();
    std::optional<DotLayer::Pixels> direct = dots.directPixels();
    const MapView local = view;
    const ParcelGeometry &shapes = *store.sharedGeometry();
    const qint64 *rows = parcels.rows.data();
    const std::size_t count = parcels.rows.size();
    // Each block's bounds and codes are read first, in a loop of independent loads, so that the
    // processor has many of them on their way at once: in R-tree order they are scattered over the
    // store's arrays (16 MB of bounds at 1M), and the painter's own work per parcel is too long for
    // its out-of-order window to reach the next parcel's loads. Same order, same values, same pixels.
    QRectF blockBounds[kGatherBlock];
    QRgb blockColours[kGatherBlock];
    for (std::size_t start = 0; start < count; start += kGatherBlock) {
        if (context.isCancelled())
            return false;
        const std::size_t blockSize = std::min(kGatherBlock, count - start);
        for (std::size_t k = 0; k < blockSize; ++k) {
            const qint64 row = rows[start + k];
            blockBounds[k] = shapes.bounds(row);
            blockColours[k] = colourOf(row);
        }
        for (std::size_t k = 0; k < blockSize; ++k) {
            const qint64 row = rows[start + k];
            const QRectF &b = blockBounds[k];
            const QRgb colour = blockColours[k];
            if (direct ? drawSmall(b, colour, pxPerMetre, local, *direct) : drawSmall(b, colour, pxPerMetre, local, dots))
                continue;
            if (context.isCancelled())
                return false;
            if (dots.isOnDevice()) {
                // The first polygon: from here the layer is laid over the map at the end, as it
                // always was, so what went into the map's image is written again into it.
                dots.leaveDevice();
                direct = dots.directPixels();
                for (std::size_t i = 0; i < start + k; ++i)
                    drawSmall(shapes.bounds(rows[i]), colourOf(rows[i]), pxPerMetre, local, *direct);
            }
            const double w = b.width() * pxPerMetre, h = b.height() * pxPerMetre;
            const bool wantOutline = options.outlines && std::min(w, h) >= kOutlineFromPx;
            if (wantOutline != outlined) {
                painter.setPen(wantOutline ? outline : QPen(Qt::NoPen));
                outlined = wantOutline;
            }
            if (!brushSet || colour != currentBrush) {
                painter.setBrush(QColor::fromRgb(colour));
                currentBrush = colour;
                brushSet = true;
            }
            if (ownRaster && std::max(w, h) <= kOwnRasterBelowPx) {
                shapes.rings(row, ringPoints, ringEnds);
                dots.fillPolygon(ringPoints, ringEnds, colour, wantOutline ? outlineColour : 0);
                continue;
            }
            geometry.drawPolygons(store.geometry(row));
            if (noteLabels && isLabelled(w, h, view.devicePixelRatio()))
                labelled.push_back(row);
        }
    }
    dots.flush();
    if (noteLabels)
        parcels.labelled = std::move(labelled);
    return true;
}

std::vector<LegendEntry> ParcelsPainter::legend(const MapStyle &style, const RenderOptions &options) const
{
    return style.legend(options.style);
}

bool ParcelsPainter::identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const
{
    hit->parcel = context.store().parcelAt(context.view().toMap(pixel));
    return hit->parcel >= 0;
}

bool EmphasisPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const
{
    const RenderOptions &options = context.options();
    if (options.highlight && options.highlightOutlines
        && !paintOutlines(painter, context, parcels.rows, *options.highlight, context.style().highlight(), false))
        return false;
    if (options.selection && !paintOutlines(painter, context, parcels.rows, *options.selection, context.style().selection(), true))
        return false;
    return true;
}

std::vector<LegendEntry> EmphasisPainter::legend(const MapStyle &style, const RenderOptions &options) const
{
    std::vector<LegendEntry> out;
    if (options.highlight && options.highlightOutlines)
        out.push_back({QStringLiteral("highlight"), tr("Query result"), style.highlight()});
    if (options.selection)
        out.push_back({QStringLiteral("selection"), tr("Selection"), style.selection()});
    return out;
}

} // namespace sez::detail
