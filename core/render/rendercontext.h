// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/mapstyle.h"
#include "core/render/mapview.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace sez {

class ParcelStore;
class RenderContext;

/// How parcels are drawn: what colours them, and what is emphasised.
struct RenderOptions
{
    ParcelStyle style = ParcelStyle::Zone;
    bool outlines = true;                         ///< parcel outlines where parcels are large enough
    bool labels = true;                           ///< cadastral numbers at large scales, district names at small ones
    const std::vector<bool> *highlight = nullptr; ///< parcels to emphasise (a query's result), or null
    const std::vector<bool> *selection = nullptr; ///< selected parcels, drawn with a selection outline
    bool highlightOutlines = true;                ///< outline the highlighted parcels; false: only fade the rest
    /// How long imagery may wait for tiles still on their way: 0 for the screen, which never waits
    /// (a repaint follows their arrival); printed and exported maps wait for what they can get.
    int imageryWaitMs = 0;
};

/// What a render works out once for all its painters: the parcels in view and how large they are.
struct ParcelsInView
{
    std::vector<qint64> rows;   ///< parcels whose bounds meet the view, in store order
    bool subPixel = false;      ///< most parcels are under two pixels: the overview scales
    bool antialias = false;     ///< few enough parcels to antialias
    /// The parcels large enough for a label, noted by the parcels' painter as it measures each one so
    /// that the labels' painter need not measure them again; unknown until then.
    mutable std::optional<std::vector<qint64>> labelled;
};

/// What a click on the map found: a parcel, or a feature of another layer (an infrastructure
/// object, a zone, a district, a part of the SEZ, an added layer's feature), and its layer.
struct MapHit
{
    QString layerId;
    qint64 parcel = -1;                        ///< a parcel's row, or -1
    const ContextFeature *feature = nullptr;   ///< a feature of the store's other layers, or null

    bool isValid() const { return parcel >= 0 || feature; }
};

/// Draws one layer of the map. Painters run on a render's worker thread, any number at once on
/// the same store, so they keep no state; they check RenderContext::isCancelled() per feature.
class LayerPainter
{
public:
    virtual ~LayerPainter() = default;
    /// Draws the layer; false when the render was cancelled meanwhile.
    virtual bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const = 0;
    /// What the layer's symbols mean, for a legend (the layers panel, printed maps).
    virtual std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const;
    /// The credit the layer's source asks for on every map showing it (a basemap's); empty if none.
    virtual QString attribution() const;
    /// The layer's feature under \a pixel (within a few pixels of a line or a point symbol), for a
    /// click that identifies it; false (the default) when there is none or the layer has no features.
    virtual bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const;
};

/// A layer of the map as a user sees it: an id, whether it is shown and how opaque, its painter and
/// its name in the layers panel.
struct MapLayer
{
    QString id;
    bool visible = true;
    double opacity = 1.0;   ///< 0 (invisible) to 1
    std::shared_ptr<const LayerPainter> painter;
    QString title;          ///< what the layers panel calls it, translated; empty: the id
};

// The standard layers' ids.
inline constexpr QLatin1String kSezPartsLayer("sez_parts");
inline constexpr QLatin1String kDistrictsLayer("districts");
inline constexpr QLatin1String kZonesLayer("zones");
inline constexpr QLatin1String kParcelsLayer("parcels");
inline constexpr QLatin1String kEmphasisLayer("emphasis");
inline constexpr QLatin1String kOutsideCityLayer("outside_city");
inline constexpr QLatin1String kCityLimitsLayer("city_limits");
inline constexpr QLatin1String kInfrastructureLayerPrefix("infrastructure/");   ///< + the kind
inline constexpr QLatin1String kDistanceBuffersLayer("distance_buffers");
inline constexpr QLatin1String kNearestLayer("nearest");
inline constexpr QLatin1String kZoneNamesLayer("zone_names");
inline constexpr QLatin1String kDistrictNamesLayer("district_names");
inline constexpr QLatin1String kLabelsLayer("labels");   ///< cadastral numbers
inline constexpr QLatin1String kOtherLayerPrefix("other/");   ///< + the name of a layer of no role

/// The layers of the map in drawing order, the bottom one first. A layers panel shows, hides and
/// fades them by id; other layers (imagery) are inserted where they belong.
class MapLayers
{
    Q_DECLARE_TR_FUNCTIONS(sez::MapLayers)

public:
    /// SEZ parts (inside and outside the city), districts, zones, parcels, the emphasis of a query's
    /// result and the selection, the SEZ outside the city hatched over the parcels, the city limits,
    /// a query's distance buffers, one layer per infrastructure kind (lines under point symbols), the
    /// layers of no role,
    /// the lines to a parcel's nearest infrastructure, zone names, district names and cadastral
    /// numbers. The buffers and the nearest lines draw nothing until given painters with their data.
    static MapLayers standard(const MapStyle &style);

    std::vector<MapLayer>::const_iterator begin() const { return mLayers.begin(); }
    std::vector<MapLayer>::const_iterator end() const { return mLayers.end(); }
    std::size_t size() const { return mLayers.size(); }
    const MapLayer &at(std::size_t index) const { return mLayers.at(index); }
    /// The layer with \a id, or null.
    const MapLayer *find(const QString &id) const;
    /// Shows or hides the layer with \a id; false when there is none.
    bool setVisible(const QString &id, bool visible);
    /// Sets the opacity (clamped to 0..1) of the layer with \a id; false when there is none.
    bool setOpacity(const QString &id, double opacity);
    /// Inserts \a layer before the one at \a index (the end when beyond it); 0 is under every other.
    void insert(std::size_t index, MapLayer layer);
    /// Removes the layer with \a id; false when there is none.
    bool remove(const QString &id);
    /// Gives the layer with \a id another painter (imagery with another look); false when there is none.
    bool setPainter(const QString &id, std::shared_ptr<const LayerPainter> painter);
    /// The attributions of the visible layers, each once, joined for one line on the map.
    QString attribution() const;

private:
    MapLayer *findLayer(const QString &id);

    std::vector<MapLayer> mLayers;
};

/// Everything one render reads: the store and its style, the view, the options, the layers and a
/// cancel flag. The store, style and flag are not owned: they outlive the render (a canvas's render
/// request holds them in shared pointers).
class RenderContext
{
public:
    /// The standard layers of \a style.
    RenderContext(const ParcelStore &store, const MapStyle &style, const MapView &view,
                  const RenderOptions &options = {}, const std::atomic<bool> *cancel = nullptr);

    const ParcelStore &store() const { return *mStore; }
    const MapStyle &style() const { return *mStyle; }
    const MapView &view() const { return mView; }
    const RenderOptions &options() const { return mOptions; }
    const MapLayers &layers() const { return mLayers; }
    MapLayers &layers() { return mLayers; }
    void setView(const MapView &view) { mView = view; }
    void setOptions(const RenderOptions &options) { mOptions = options; }
    void setLayers(MapLayers layers) { mLayers = std::move(layers); }
    void setCancelFlag(const std::atomic<bool> *cancel) { mCancel = cancel; }

    bool isCancelled() const { return mCancel && mCancel->load(std::memory_order_relaxed); }
    /// The flag itself, for work that checks it on its own (GDAL's warper); may be null.
    const std::atomic<bool> *cancelFlag() const { return mCancel; }
    /// Whether text can be drawn: fonts need a QGuiApplication, which headless tools may not have.
    static bool canDrawText();

private:
    const ParcelStore *mStore;
    const MapStyle *mStyle;
    MapView mView;
    RenderOptions mOptions;
    MapLayers mLayers;
    const std::atomic<bool> *mCancel;
};

/// The feature a click at \a pixel finds: that of the topmost visible layer with one there.
MapHit identifyAt(const RenderContext &context, const QPointF &pixel);

} // namespace sez
