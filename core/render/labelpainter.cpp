// SPDX-License-Identifier: GPL-3.0-or-later
// Text on the map: district names at the overview scales, cadastral numbers at large ones.
#include "core/render/layerpainters_p.h"

#include "core/geo/planar.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/render/halotext_p.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace sez::detail {

namespace {

QPointF largestPartCentre(const Geometry &g)
{
    QRectF best;
    for (const Polygon &poly : g.polygons) {
        if (poly.rings.empty())
            continue;
        Geometry part;
        part.polygons.push_back(Polygon{{poly.rings.front()}});
        const QRectF b = part.bounds();
        if (b.width() * b.height() > best.width() * best.height())
            best = b;
    }
    return best.isNull() ? g.bounds().center() : best.center();
}

QFont districtFont(const QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(true);
    return font;
}

QFont zoneFont(const QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    font.setItalic(true);
    return font;
}

// The boxes of the district names the view shows, in pixels, with each name's baseline: the zone
// names keep out of them.
std::vector<std::pair<QRectF, QString>> districtNameBoxes(const QPainter &painter, const RenderContext &context)
{
    std::vector<std::pair<QRectF, QString>> out;
    const MapView &view = context.view();
    const MapLayer *layer = context.layers().find(kDistrictNamesLayer);
    if (view.metresPerPixel() < kDistrictNamesFromMpp || (layer && !layer->visible))
        return out;
    const QFontMetricsF metrics(districtFont(painter));
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    for (const ContextFeature &f : context.store().districts()) {
        if (f.name.isEmpty())
            continue;
        const QString name = f.displayName();   // the manifest's name in the user's language
        const QPointF at = view.toPixel(largestPartCentre(f.geometry));
        const double width = metrics.horizontalAdvance(name);
        const QRectF box(at.x() - width / 2 - 2, at.y() - metrics.height() / 2 - 1, width + 4, metrics.height() + 2);
        if (screen.intersects(box))
            out.push_back({box, name});
    }
    return out;
}

void paintDistrictNames(QPainter &painter, const RenderContext &context)
{
    const MapStyle &style = context.style();
    painter.setFont(districtFont(painter));
    const QFontMetricsF metrics(painter.font());
    for (const auto &[box, name] : districtNameBoxes(painter, context))
        drawHaloText(painter, QPointF(box.left() + 2, box.center().y() - metrics.height() / 2 + metrics.ascent()), name,
                     style.districtNameInk(), style.districtNameHalo());
}

// Each part of a zone large enough on screen for its name, the largest parts first, none over
// another or over a district's name.
bool paintZoneNames(QPainter &painter, const RenderContext &context)
{
    const MapView &view = context.view();
    if (view.metresPerPixel() < kZoneNamesFromMpp || view.metresPerPixel() > kZoneNamesToMpp)
        return true;
    std::vector<QRectF> placed;
    for (const auto &[box, name] : districtNameBoxes(painter, context))
        placed.push_back(box);
    struct Part
    {
        const Polygon *polygon;
        QString zone;
        double area;
    };
    std::vector<Part> parts;
    const QRectF extent = view.extent();
    for (const ContextFeature &f : context.store().zones())
        for (const Polygon &poly : f.geometry.polygons)
            if (!poly.rings.empty()) {
                Geometry outer;
                outer.polygons.push_back(Polygon{{poly.rings.front()}});
                const QRectF b = outer.bounds();
                if (b.intersects(extent))
                    parts.push_back({&poly, f.name, b.width() * b.height()});
            }
    std::stable_sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) { return a.area > b.area; });
    const MapStyle &style = context.style();
    painter.setFont(zoneFont(painter));
    const QFontMetricsF metrics(painter.font());
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    // A handful of zone names label a hundred parts: each is measured once a render, and shaped and
    // made an image (HaloText::stamp) once it is first placed.
    struct ZoneName
    {
        QString label;
        double width = 0;
        std::optional<HaloText> text;
    };
    QHash<QString, ZoneName> names;
    for (const Part &part : parts) {
        if (context.isCancelled())
            return false;
        Geometry g;
        g.polygons.push_back(*part.polygon);
        const QRectF onScreen = view.toPixel(g.bounds());
        auto name = names.find(part.zone);
        if (name == names.end()) {
            const QString label = HumanLabels::value(ParcelField::Zone, part.zone);
            name = names.insert(part.zone, {label, metrics.horizontalAdvance(label), std::nullopt});
        }
        const double width = name->width;
        if (onScreen.width() < width * 1.3 || onScreen.height() < metrics.height() * 3)
            continue;
        const QPointF at = view.toPixel(labelPointOf(g));
        const QRectF box(at.x() - width / 2 - 2, at.y() - metrics.height() / 2 - 1, width + 4, metrics.height() + 2);
        if (!screen.contains(box)
            || std::any_of(placed.begin(), placed.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        if (!name->text)
            name->text.emplace(painter, name->label);
        name->text->stamp(painter, QPointF(box.left() + 2, at.y() - metrics.height() / 2 + metrics.ascent()),
                   style.zoneColour(part.zone).darker(220), style.labelHalo());
    }
    return true;
}

// The parcels large enough for their number, where the parcels' painter has not noted them.
std::vector<qint64> labelledParcels(const RenderContext &context, const std::vector<qint64> &rows)
{
    const ParcelStore &store = context.store();
    const MapView &view = context.view();
    const double pxPerMetre = view.pixelsPerMetre() * view.devicePixelRatio();
    std::vector<qint64> out;
    for (qint64 row : rows) {
        const QRectF b = store.bounds(row);
        if (isLabelled(b.width() * pxPerMetre, b.height() * pxPerMetre, view.devicePixelRatio()))
            out.push_back(row);
    }
    return out;
}

// A selected parcel drawn as a polygon gets its number even when it is narrower than a label:
// the parcel a user has just found must say which it is, not only its larger neighbours.
void addSelected(const RenderContext &context, const std::vector<qint64> &inView, std::vector<qint64> &rows)
{
    const std::vector<bool> *selection = context.options().selection;
    if (!selection)
        return;
    const ParcelStore &store = context.store();
    const double pxPerMetre = context.view().pixelsPerMetre() * context.view().devicePixelRatio();
    std::vector<qint64> more;
    for (qint64 row : inView) {
        if (std::size_t(row) >= selection->size() || !(*selection)[std::size_t(row)])
            continue;
        const QRectF b = store.bounds(row);
        if (std::max(b.width(), b.height()) * pxPerMetre >= kOutlineFromPx
            && !isLabelled(b.width() * pxPerMetre, b.height() * pxPerMetre, context.view().devicePixelRatio()))
            more.push_back(row);
    }
    rows.insert(rows.end(), more.begin(), more.end());
}

bool paintCadastralNumbers(QPainter &painter, const RenderContext &context, std::vector<qint64> rows)
{
    const ParcelStore &store = context.store();
    const MapStyle &style = context.style();
    // Selected parcels first (a parcel just found must show its number), then the largest: when
    // labels collide, the selected and then the bigger parcel keep their numbers.
    const std::vector<bool> *selection = context.options().selection;
    const auto selected = [selection](qint64 row) {
        return selection && std::size_t(row) < selection->size() && (*selection)[std::size_t(row)];
    };
    std::sort(rows.begin(), rows.end(), [&store, &selected](qint64 a, qint64 b) {
        if (selected(a) != selected(b))
            return selected(a);
        const QRectF ba = store.bounds(a), bb = store.bounds(b);
        return ba.width() * ba.height() > bb.width() * bb.height();
    });
    QFont font = painter.font();
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const QRectF screen(QPointF(0, 0), QSizeF(context.view().size()));
    std::vector<QRectF> placed;
    for (qint64 row : rows) {
        if (context.isCancelled())
            return false;
        const QString text = store.value(row, ParcelField::CadastralNumber).toString();
        if (text.isEmpty())
            continue;
        const QPointF at = context.view().toPixel(store.labelPoint(row));
        const double width = metrics.horizontalAdvance(text);
        const QRectF box(at.x() - width / 2 - 2, at.y() - metrics.height() / 2 - 1, width + 4, metrics.height() + 2);
        if (!screen.contains(box))
            continue;
        if (std::any_of(placed.begin(), placed.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        drawHaloText(painter, QPointF(at.x() - width / 2, at.y() - metrics.height() / 2 + metrics.ascent()), text,
                     style.labelInk(), style.labelHalo());
    }
    return true;
}

} // namespace

bool LabelsPainter::paint(QPainter &painter, const RenderContext &context, const ParcelsInView &parcels) const
{
    if (!context.options().labels || !RenderContext::canDrawText())
        return !context.isCancelled();
    switch (mKind) {
    case Districts:
        paintDistrictNames(painter, context);
        break;
    case Zones:
        if (!paintZoneNames(painter, context))
            return false;
        break;
    case CadastralNumbers: {
        std::vector<qint64> rows = parcels.labelled ? *parcels.labelled : labelledParcels(context, parcels.rows);
        addSelected(context, parcels.rows, rows);
        if (!rows.empty() && !paintCadastralNumbers(painter, context, std::move(rows)))
            return false;
        break;
    }
    }
    return !context.isCancelled();
}

} // namespace sez::detail
