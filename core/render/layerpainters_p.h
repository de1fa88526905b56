// SPDX-License-Identifier: GPL-3.0-or-later
// The painters of the standard map layers (see MapLayers::standard()).
#pragma once

#include "core/render/rendercontext.h"

#include <algorithm>

namespace sez::detail {

/// The SEZ's parts tinted by their side of the city limits (outside also hatched), and outlined.
class SezPartsPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;
};

/// District boundaries.
class DistrictsPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;
};

/// Zone polygons: tinted where parcels are small or the roads between them thin, else dotted outlines.
class ZonesPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;
};

/// Parcels in their style's colours (faded outside a highlighted result), outlined where large enough.
class ParcelsPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;
};

/// Outlines over the parcels: a query's result, then the selection.
class EmphasisPainter : public LayerPainter
{
    Q_DECLARE_TR_FUNCTIONS(sez::EmphasisPainter)

public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
};

/// The SEZ outside the city hatched over the parcels, so that the two sides stay apart at every scale.
class OutsideCityPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
};

/// The city limits, dashed on a white casing, over the parcels.
class CityLimitsPainter : public LayerPainter
{
public:
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;
};

/// The infrastructure objects of one kind, with the kind's symbol.
class InfrastructurePainter : public LayerPainter
{
public:
    explicit InfrastructurePainter(const QString &kind) : mKind(kind) {}
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;

private:
    QString mKind;
};

/// The features of one layer of no role (an "other layer"), with that layer's own symbol.
class OtherLayerPainter : public LayerPainter
{
public:
    explicit OtherLayerPainter(const QString &layer) : mLayer(layer) {}
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;
    std::vector<LegendEntry> legend(const MapStyle &style, const RenderOptions &options) const override;
    bool identify(const RenderContext &context, const QPointF &pixel, MapHit *hit) const override;

private:
    QString mLayer;
};

/// Names on the map, each kind at the scales it suits and without overlaps: district names at the
/// overview scales, zone names at the middle ones, cadastral numbers where parcels are large.
class LabelsPainter : public LayerPainter
{
public:
    enum Kind { Districts, Zones, CadastralNumbers };
    explicit LabelsPainter(Kind kind) : mKind(kind) {}
    bool paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const override;

private:
    Kind mKind;
};

// Levels of detail, shared by the parcel painters and the labels. Rendering follows QGIS: parcels
// under two pixels are one pixel from their bounds alone (no geometry read), the rest simplified
// to about a pixel.
inline constexpr double kDotBelowPx = 2.0;      // parcels smaller than this are one pixel; slivers, their bounds
inline constexpr double kOutlineFromPx = 8.0;   // parcels at least this wide get an outline
inline constexpr double kLabelFromPx = 60.0;    // parcels at least this wide get their cadastral number
// The scales of the area names, in metres per pixel: districts from about 1:25,000 out, zones
// from about 1:5,000 to 1:150,000, where a zone's part is large on screen but parcels are not yet.
inline constexpr double kDistrictNamesFromMpp = 6.0;
// Zones are tinted from about 1:20,000 out, where a road between blocks is under two pixels.
inline constexpr double kZoneTintFromMpp = 5.0;
inline constexpr double kZoneNamesFromMpp = 1.2;
inline constexpr double kZoneNamesToMpp = 40.0;

/// The width in logical pixels of an outline that emphasises a parcel whose smaller side is \a side
/// logical pixels: the symbol's \a width on parcels large enough for it, otherwise an eighth of the
/// side, so that a parcel kOutlineFromPx wide gets the plain outline's one pixel and a query's parcels
/// on an overview (a report's 1:200,000, a few points each) keep their colour instead of drowning in
/// their outlines.
inline double emphasisWidth(double width, double side)
{
    return std::min(width, side / kOutlineFromPx);
}

/// Whether a parcel \a w x \a h device pixels gets its cadastral number: it is drawn as a polygon
/// and at least kLabelFromPx logical pixels wide.
inline bool isLabelled(double w, double h, double devicePixelRatio)
{
    return std::min(w, h) >= kDotBelowPx && std::max(w, h) >= kOutlineFromPx && w / devicePixelRatio >= kLabelFromPx;
}

} // namespace sez::detail
