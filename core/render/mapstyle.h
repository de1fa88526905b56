// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/parcelstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QPen>
#include <QString>

#include <vector>

class QPainter;

namespace sez {

/// What parcels are coloured by.
enum class ParcelStyle { Zone, Status, Investor };

/// How one thing is drawn on the map, and in its legend: the map's own symbol.
struct Symbol
{
    enum class Shape { None, Area, Line, TriangleWithBolt, Circle, Square };
    Shape shape = Shape::None;
    QColor fill;                  ///< an area's or a point symbol's fill; invalid for none
    QColor hatch;                 ///< a diagonal hatch over an area's fill; invalid for none
    QColor stroke;                ///< a line, or the outline of an area or point symbol; invalid for none
    double width = 0;             ///< the stroke in pixels; 0 is one device pixel
    Qt::PenStyle dash = Qt::SolidLine;
    Qt::PenCapStyle cap = Qt::SquareCap;
    QColor casing;                ///< a wider line under a line (a road's edges); invalid for none
    double casingWidth = 0;
    double radius = 0;            ///< a point symbol's size in pixels

    bool isValid() const { return shape != Shape::None; }
    QPen pen() const;
    QPen casingPen() const;
};

/// One row of a legend: the value or layer it stands for (a zone or status code, an investor, an
/// infrastructure kind, "sez_inside_city"...), what a reader sees, and the map's symbol for it.
struct LegendEntry
{
    QString key;
    QString label;
    Symbol symbol;
};

/// Every colour and symbol of the map, written once and used by the renderer, the legend, the
/// dashboard and the reports. Built for one store and held with it: investors take the palette's
/// colours in the order of their area in that store, so a style is only used with its own store.
class MapStyle
{
    Q_DECLARE_TR_FUNCTIONS(sez::MapStyle)

public:
    explicit MapStyle(const ParcelStore &store);

    /// The field a parcel style colours by.
    static ParcelField field(ParcelStyle style);
    /// What the map is drawn on (and the canvas shows around it).
    static QColor background();

    // Parcels.
    /// The colour of the value with dictionary code \a code under \a style; faded: outside a
    /// highlighted query result.
    QRgb parcelColour(ParcelStyle style, int code, bool faded = false) const;
    QColor parcelColour(const ParcelStore &store, qint64 row, ParcelStyle style) const;
    /// The colours of every code at once (for a loop over many parcels); codes beyond it have none.
    const std::vector<QRgb> &parcelColours(ParcelStyle style, bool faded) const;
    /// The legend of a style in the order it should be shown; "No value" last.
    std::vector<LegendEntry> legend(ParcelStyle style) const;
    /// The entries of legend() that the parcels within \a extent (map CRS) show: a legend of what
    /// is on screen.
    std::vector<LegendEntry> legendInView(const ParcelStore &store, ParcelStyle style, const QRectF &extent) const;
    QColor parcelOutline() const;
    /// A zone's colour by its code (zone polygons are tinted with it at small scales).
    QColor zoneColour(const QString &zone) const;
    /// Zone polygons: their translucent tint where parcels are too small to see, else a dotted outline.
    int zoneTintAlpha() const { return 110; }
    Symbol zoneOutline(const QString &zone) const;

    // The other layers.
    Symbol sezPart(CitySide side) const;
    /// The SEZ outside the city hatched over the parcels, so the two sides stay apart at every scale.
    Symbol outsideCityOverlay() const;
    Symbol cityLimits() const;
    Symbol district() const;
    Symbol highlight() const;   ///< a query's result: its outline, and a marker of sub-pixel parcels
    Symbol selection() const;
    /// The symbol of an infrastructure kind (planned objects paler); an invalid symbol for a kind the
    /// map does not draw.
    Symbol infrastructure(const QString &kind, bool planned = false) const;
    /// The infrastructure kinds drawn, in drawing order: lines under point symbols.
    QStringList infrastructureKinds() const;
    /// The layers of no role of the store (drawn over the rest, each in a colour of its own), and
    /// the symbol of one: an outline over a faint tint for areas, a line, a small circle for points.
    const QStringList &otherLayers() const { return mOtherLayers; }
    Symbol otherLayer(const QString &layer) const;
    /// The legend of the context layers: the SEZ inside and outside the city, city limits, districts,
    /// each infrastructure kind, then each layer of no role ("Other layer: NAME").
    std::vector<LegendEntry> contextLegend() const;
    /// The area within a query's distance of an infrastructure kind: a tint and an outline in the
    /// kind's colour.
    Symbol distanceBuffer(const QString &kind) const;
    /// The line from a parcel to its nearest object of a kind, in the kind's colour.
    Symbol nearestLine(const QString &kind) const;

    // What the canvas draws over the map while the user works: a zoom or selection box, and a
    // lasso or measurement (its text cased in white).
    Symbol dragBox() const;
    Symbol sketch() const;

    // Text on the map.
    QColor labelInk() const;
    QColor labelHalo() const;
    QColor districtNameInk() const;
    QColor districtNameHalo() const;

    // Charts (the dashboard): the map's colours where a chart shows what the map shows.
    QColor citySideChartColour(CitySide side) const;
    QColor infrastructureStatusColour(const QString &status) const;
    QColor investmentBarColour() const;
    QColor jobsBarColour() const;
    QColor otherBarColour() const;

private:
    void rankInvestors(const ParcelStore &store);

    std::vector<QRgb> mZone, mStatus, mInvestor;   // per dictionary code
    std::vector<QRgb> mZoneFaded, mStatusFaded, mInvestorFaded;
    QStringList mZoneCodes, mStatusCodes, mInvestorNames;
    std::vector<int> mRankedInvestors;   // codes of named investors with a palette colour, largest first
    QStringList mOtherLayers;
    std::vector<Symbol::Shape> mOtherShapes;   // each other layer's legend shape, from its geometry
    bool mOtherInvestors = false;        // investors beyond the palette share one colour
};

/// Draws \a symbol as a legend swatch filling \a box (an area, a line across, a point symbol).
void paintLegendSymbol(QPainter &painter, const QRectF &box, const Symbol &symbol);
/// Draws a point symbol centred on \a centre, as the map does.
void paintPointSymbol(QPainter &painter, const QPointF &centre, const Symbol &symbol);

} // namespace sez
