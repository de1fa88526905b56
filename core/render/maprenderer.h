// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <atomic>
#include <vector>

class QPainter;

namespace sez {

class ParcelStore;

/// What parcels are coloured by.
enum class ParcelStyle { Zone, Status, Investor };

/// One row of the legend: the canonical value (zone code, status code, investor name), and its colour.
struct LegendEntry
{
    QString key;
    QColor fill;
};

/// The part of the map to draw: the visible extent in the map CRS and the output size in pixels.
/// The extent is widened to the output's aspect ratio, centred, so pixels are square.
struct MapView
{
    QRectF extent;
    QSize size;
    double devicePixelRatio = 1.0;

    double metresPerPixel() const;
    QPointF toPixel(const QPointF &map) const;
    QPointF toMap(const QPointF &pixel) const;
    QRectF fittedExtent() const;
};

struct RenderOptions
{
    ParcelStyle style = ParcelStyle::Zone;
    bool outlines = true;                       ///< parcel outlines where parcels are large enough
    bool labels = true;                         ///< cadastral numbers at large scales, without overlaps
    const std::vector<bool> *highlight = nullptr; ///< parcels to emphasise (a query's result), or null
    const std::vector<bool> *selection = nullptr; ///< selected parcels, drawn with a selection outline
    bool parcels = true;                        ///< false: context layers and infrastructure only
    bool infrastructure = true;                 ///< substations, water, wastewater, gas, roads
    bool highlightOutlines = true;              ///< outline the highlighted parcels; false: only fade the rest
};

/// Draws a parcel store: context layers (SEZ inside/outside the city, city limits, districts, zones),
/// parcels styled by zone, status or investor, infrastructure with a symbol per kind, labels.
/// Stateless and thread-safe: any number of renders may run at once on the same immutable store.
class MapRenderer
{
public:
    /// Renders into a new ARGB32 image; returns a null image if \a cancel became true meanwhile.
    static QImage render(const ParcelStore &store, const MapView &view, const RenderOptions &options,
                         const std::atomic<bool> *cancel = nullptr);
    /// Paints onto any painter (image, PDF, SVG) within view.size; vector output stays vector.
    static bool paint(QPainter &painter, const ParcelStore &store, const MapView &view, const RenderOptions &options,
                      const std::atomic<bool> *cancel = nullptr);
    /// The legend of a style, in the order it should be shown.
    static std::vector<LegendEntry> legend(const ParcelStore &store, ParcelStyle style);
    /// The fill colour of one parcel under a style (the legend's colour for its value).
    static QColor parcelColour(const ParcelStore &store, qint64 row, ParcelStyle style);
    /// The legend of the context layers: "sez_inside_city", "sez_outside_city", "city_limits",
    /// "district", then one entry per infrastructure kind ("substation", "water_intake", ...).
    static std::vector<LegendEntry> contextLegend();
    /// The background an image is filled with before painting.
    static QColor backgroundColour();
};

} // namespace sez
