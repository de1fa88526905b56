// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcanvas.h"

#include "core/model/humanlabels.h"
#include "parcelselection.h"

#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/model/parcelstore.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/render/distancepainters.h"
#include "core/render/mapstyle.h"

#include <QDeadlineTimer>
#include <QHelpEvent>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace sez {

// Everything a render needs, owned by the request so the worker never touches the widget.
struct MapCanvas::Request
{
    std::shared_ptr<const ParcelStore> store;
    std::shared_ptr<const MapStyle> style;
    MapView view;
    RenderOptions options;
    MapLayers layers;
    std::shared_ptr<const std::vector<bool>> selection;
    std::shared_ptr<const std::vector<bool>> highlight;
    std::atomic<bool> cancel{false};
};

namespace {

constexpr double kClickTolerance = 4.0;   // pixels a press may move and still be a click
constexpr double kWheelStep = 1.25;       // zoom per wheel notch

} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
}

MapCanvas::~MapCanvas()
{
    // Workers hold their own copies of everything, but waiting keeps no thread alive past us.
    if (mCurrent)
        mCurrent->cancel = true;
    for (auto *watcher : mWatchers) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void MapCanvas::setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    adoptStore(std::move(store), std::move(style));
    mNearestRow = -1;
    mImage = {};   // so the next image painted is of this store
    mMapShownPending = mStore != nullptr;
    mHighlight.reset();
    clearMeasurement();
    mToLonLat.reset();
    if (mStore) {
        mToLonLat = std::make_unique<CoordinateTransform>(mStore->mapEpsg(), kWgs84Epsg);
        zoomToExtent();
    } else {
        update();
    }
}

void MapCanvas::replaceStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    // The same parcels with other values: the last image stays up while the new one renders.
    adoptStore(std::move(store), std::move(style));
    scheduleRender();
}

void MapCanvas::adoptStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style)
{
    mStore = std::move(store);
    mMapStyle = mStore && !style ? std::make_shared<const MapStyle>(*mStore) : std::move(style);
    if (mMapStyle) {
        // The new store's layers, shown and faded as the user left them; added layers kept.
        MapLayers layers = MapLayers::standard(*mMapStyle);
        for (std::size_t i = 0; i < mLayers.size(); ++i) {
            const MapLayer &old = mLayers.at(i);
            if (!layers.find(old.id) && !old.id.startsWith(kInfrastructureLayerPrefix)) {
                layers.insert(std::min(i, layers.size()), old);
                continue;
            }
            layers.setVisible(old.id, old.visible);
            layers.setOpacity(old.id, old.opacity);
        }
        mLayers = std::move(layers);
    }
    Q_EMIT layersChanged();
}

void MapCanvas::setSelection(ParcelSelection *selection)
{
    if (mSelection)
        mSelection->disconnect(this);
    mSelection = selection;
    if (mSelection)
        connect(mSelection, &ParcelSelection::changed, this, &MapCanvas::scheduleRender);
    scheduleRender();
}

void MapCanvas::setHighlight(const std::vector<qint64> &rows)
{
    // Every parcel emphasised is none: outlining all of them would only darken the map.
    if (rows.empty() || !mStore || qint64(rows.size()) >= mStore->size()) {
        mHighlight.reset();
    } else {
        auto mask = std::make_shared<std::vector<bool>>(std::size_t(mStore->size()), false);
        for (qint64 r : rows)
            if (r >= 0 && r < mStore->size())
                (*mask)[std::size_t(r)] = true;
        mHighlight = std::move(mask);
    }
    scheduleRender();
}

std::vector<qint64> MapCanvas::highlightedRows() const
{
    std::vector<qint64> rows;
    if (mHighlight)
        for (std::size_t r = 0; r < mHighlight->size(); ++r)
            if ((*mHighlight)[r])
                rows.push_back(qint64(r));
    return rows;
}

void MapCanvas::setStyle(ParcelStyle style)
{
    if (mOptions.style == style)
        return;
    mOptions.style = style;
    scheduleRender();
}

void MapCanvas::setOutlines(bool on)
{
    mOptions.outlines = on;
    scheduleRender();
}

void MapCanvas::setLabels(bool on)
{
    mOptions.labels = on;
    scheduleRender();
}

bool MapCanvas::setLayerVisible(const QString &id, bool visible)
{
    const MapLayer *layer = mLayers.find(id);
    if (!layer || layer->visible == visible)
        return layer != nullptr;
    mLayers.setVisible(id, visible);
    scheduleRender();
    Q_EMIT layersChanged();
    return true;
}

bool MapCanvas::setLayerOpacity(const QString &id, double opacity)
{
    const bool found = mLayers.setOpacity(id, opacity);
    if (found) {
        scheduleRender();
        Q_EMIT layersChanged();
    }
    return found;
}

void MapCanvas::insertLayer(std::size_t index, MapLayer layer)
{
    mLayers.insert(index, std::move(layer));
    scheduleRender();
    Q_EMIT layersChanged();
}

bool MapCanvas::setLayerPainter(const QString &id, std::shared_ptr<const LayerPainter> painter)
{
    const bool found = mLayers.setPainter(id, std::move(painter));
    if (found) {
        scheduleRender();
        Q_EMIT layersChanged();
    }
    return found;
}

void MapCanvas::setQueryDistances(const QList<QueryDistanceLimit> &limits)
{
    setLayerPainter(kDistanceBuffersLayer, std::make_shared<const DistanceBuffersPainter>(limits));
}

void MapCanvas::showNearestInfrastructure(qint64 row)
{
    mNearestRow = mStore && row >= 0 && row < mStore->size() ? row : -1;
    setLayerPainter(kNearestLayer, std::make_shared<const NearestLinesPainter>(
                                       mNearestRow < 0 ? std::vector<NearestInfrastructure>() : nearestInfrastructure(*mStore, mNearestRow)));
}

MapHit MapCanvas::identify(const QPointF &widget) const
{
    if (!mStore || !mMapStyle)
        return {};
    RenderContext context(*mStore, *mMapStyle, mView, mOptions);
    context.setLayers(mLayers);
    return identifyAt(context, widget);
}

QString MapCanvas::toolTipAt(const QPointF &widget) const
{
    const MapHit hit = identify(widget);
    if (hit.parcel >= 0) {
        const ParcelField field = MapStyle::field(mOptions.style);
        QString text = HumanLabels::displayValue(*mStore, hit.parcel, ParcelField::CadastralNumber);
        const QString value = HumanLabels::displayValue(*mStore, hit.parcel, field);
        text += QLatin1Char('\n') + FieldTable::label(FieldTable::spec(field)) + QStringLiteral(": ")
                + (value.isEmpty() ? HumanLabels::value(field, QString()) : value);
        return text;
    }
    if (!hit.feature)
        return {};
    const MapLayer *layer = mLayers.find(hit.layerId);
    const QString what = layer && !layer->title.isEmpty() ? layer->title : hit.layerId;
    const QString name = hit.layerId == kZonesLayer ? HumanLabels::value(ParcelField::Zone, hit.feature->name)
                                                    : hit.feature->displayName();
    return name.isEmpty() ? what : tr("%1: %2").arg(what, name);
}

bool MapCanvas::removeLayer(const QString &id)
{
    const bool found = mLayers.remove(id);
    if (found) {
        scheduleRender();
        Q_EMIT layersChanged();
    }
    return found;
}

void MapCanvas::refresh()
{
    if (mCurrent)
        mRefreshPending = true;
    else
        scheduleRender();
}

void MapCanvas::setTool(Tool tool)
{
    mTool = tool;
    mSketch.clear();
    mSketchDone = false;
    if (tool != Tool::MeasureDistance && tool != Tool::MeasureArea)
        clearMeasurement();
    setCursor(tool == Tool::Browse ? Qt::OpenHandCursor : Qt::CrossCursor);
    update();
}

// --- view ---------------------------------------------------------------------------------------

void MapCanvas::setView(const QRectF &extent)
{
    const QRectF r = extent.normalized();
    if (r.isNull() && r.width() <= 0 && r.height() <= 0)
        return;
    const MapView fitted(r, QSize(std::max(1, width()), std::max(1, height())));
    setCentreAndResolution(fitted.centre(), fitted.metresPerPixel());
}

// The one place the canvas's view changes scale: never closer than a centimetre a pixel.
void MapCanvas::setCentreAndScale(const QPointF &centre, double denominator)
{
    if (denominator > 0)
        setCentreAndResolution(centre, denominator * 0.0254 / std::max(1, logicalDpiX()));
}

void MapCanvas::setCentreAndResolution(const QPointF &centre, double metresPerPixel)
{
    mView = MapView::atResolution(centre, std::clamp(metresPerPixel, 0.01, 1e5), size(), devicePixelRatioF());
    viewUpdated();
}

QRectF MapCanvas::view() const
{
    return mView.extent();
}

double MapCanvas::scaleDenominator() const
{
    return mView.scaleDenominator(std::max(1, logicalDpiX()));
}

void MapCanvas::setScaleDenominator(double denominator)
{
    setCentreAndScale(mView.centre(), denominator);
}

QPointF MapCanvas::mapToWidget(const QPointF &map) const
{
    return mView.toPixel(map);
}

QPointF MapCanvas::widgetToMap(const QPointF &widget) const
{
    return mView.toMap(widget);
}

QRectF MapCanvas::mapRectFromWidget(const QRectF &widget) const
{
    return mView.toMap(widget);
}

void MapCanvas::zoomToExtent()
{
    if (!mStore)
        return;
    const QRectF e = mStore->extent();
    // A small margin so the outermost parcels do not touch the window's edge.
    setView(e.adjusted(-e.width() * 0.03, -e.height() * 0.03, e.width() * 0.03, e.height() * 0.03));
}

void MapCanvas::zoomToParcels(const std::vector<qint64> &rows)
{
    if (!mStore || rows.empty())
        return;
    QRectF all;
    for (qint64 r : rows)
        if (r >= 0 && r < mStore->size())
            all = all.isNull() ? mStore->bounds(r) : all.united(mStore->bounds(r));
    if (all.isNull())
        return;
    // A lone small parcel is shown with its neighbours: at least 300 m across.
    const double side = std::max({all.width(), all.height(), 300.0}) * 1.4;
    setView(QRectF(all.center().x() - side / 2, all.center().y() - side / 2, side, side)
                .united(all.adjusted(-all.width() * 0.1, -all.height() * 0.1, all.width() * 0.1, all.height() * 0.1)));
}

void MapCanvas::zoomToParcel(qint64 row)
{
    zoomToParcels({row});
}

void MapCanvas::zoomBy(double factor, const QPointF &anchorWidget)
{
    // The map point under the anchor stays under it, within the canvas's scales.
    const double target = std::clamp(mView.metresPerPixel() / factor, 0.01, 1e5);
    mView = mView.zoomedBy(mView.metresPerPixel() / target, anchorWidget);
    viewUpdated();
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    mView = mView.pannedBy(delta);
    viewUpdated();
}

void MapCanvas::viewUpdated()
{
    updateMeasurement();
    scheduleRender();
    update();
    Q_EMIT viewChanged();
}

// --- rendering ----------------------------------------------------------------------------------

void MapCanvas::scheduleRender()
{
    // Coalesces a burst of changes (a drag's moves, a selection and a zoom) into one render.
    if (mRenderScheduled)
        return;
    mRenderScheduled = true;
    QTimer::singleShot(0, this, &MapCanvas::startRender);
}

void MapCanvas::startRender()
{
    mRenderScheduled = false;
    if (mCurrent)
        mCurrent->cancel = true;
    mCurrent.reset();
    if (!mStore || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    auto request = std::make_shared<Request>();
    request->store = mStore;
    request->style = mMapStyle;
    request->view = mView.resized(size(), devicePixelRatioF());
    request->options = mOptions;
    request->layers = mLayers;
    request->selection = mSelection ? mSelection->mask() : nullptr;
    request->highlight = mHighlight;
    request->options.selection = request->selection && !request->selection->empty() ? request->selection.get() : nullptr;
    request->options.highlight = request->highlight.get();
    mCurrent = request;

    auto *watcher = new QFutureWatcher<QImage>(this);
    mWatchers.push_back(watcher);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, request] {
        std::erase(mWatchers, watcher);
        renderFinished(request, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([request] {
        RenderContext context(*request->store, *request->style, request->view, request->options, &request->cancel);
        context.setLayers(request->layers);
        return MapRenderer::render(context);
    }));
}

void MapCanvas::renderFinished(const std::shared_ptr<Request> &request, QImage image)
{
    if (request != mCurrent || request->cancel || image.isNull())
        return;
    mCurrent.reset();
    if (std::exchange(mRefreshPending, false))
        scheduleRender();
    mImage = std::move(image);
    mImageExtent = request->view.extent();
    update();
    Q_EMIT rendered();
}

bool MapCanvas::isRendering() const
{
    return mRenderScheduled || mCurrent != nullptr;
}

bool MapCanvas::waitForRender(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isRendering()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (isRendering())
            QThread::msleep(2);
    }
    return true;
}

// --- painting -----------------------------------------------------------------------------------

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), MapStyle::background());
    if (!mStore) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dataset open"));
        return;
    }
    if (!mImage.isNull()) {
        // The last image, moved and scaled to where its extent is in the current view.
        const QRectF target(mapToWidget(QPointF(mImageExtent.left(), mImageExtent.bottom())),
                            mapToWidget(QPointF(mImageExtent.right(), mImageExtent.top())));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, target.size() != QSizeF(size()));
        painter.drawImage(target, mImage);
    }
    painter.setRenderHint(QPainter::Antialiasing);

    if (mDrag == Drag::ZoomBox || mDrag == Drag::SelectBox) {
        const Symbol band = mMapStyle->dragBox();
        painter.setPen(band.pen());
        painter.setBrush(band.fill);
        painter.drawRect(QRectF(mPressPos, mLastPos).normalized());
    }
    if (!mSketch.isEmpty()) {
        QPolygonF line;
        for (const QPointF &p : mSketch)
            line << mapToWidget(p);
        if (!mSketchDone)
            line << mHover;
        const bool closed = mTool == Tool::MeasureArea || mTool == Tool::SelectLasso;
        const Symbol sketch = mMapStyle->sketch();
        painter.setPen(sketch.pen());
        painter.setBrush(closed ? sketch.fill : QColor(Qt::transparent));
        if (closed)
            painter.drawPolygon(line);
        else
            painter.drawPolyline(line);
        painter.setBrush(Qt::white);
        for (const QPointF &p : mSketch)
            painter.drawEllipse(mapToWidget(p), 3, 3);
        if (!mMeasurement.isEmpty()) {
            const QPointF at = line.back() + QPointF(10, -10);
            QPainterPath text;
            text.addText(at, font(), mMeasurement);
            painter.setPen(QPen(sketch.casing, sketch.casingWidth));
            painter.drawPath(text);
            painter.fillPath(text, sketch.stroke.darker(170));
        }
    }
    painter.setFont(font());
    QFont credit = font();
    credit.setPointSizeF(credit.pointSizeF() * 0.85);
    painter.setFont(credit);
    MapDecorations::paintAttribution(painter, QRectF(rect()), mLayers.attribution());
    painter.setFont(font());
    MapDecorations::paintScaleBar(painter, mView, QPointF(18, height() - 12), 120);
    MapDecorations::paintNorthArrow(painter, QPointF(width() - 30, 18), 26);
    if (mMapShownPending && !mImage.isNull()) {
        mMapShownPending = false;
        Q_EMIT mapShown();
    }
}

// --- interaction --------------------------------------------------------------------------------

void MapCanvas::resizeEvent(QResizeEvent *)
{
    mView = mView.resized(size(), devicePixelRatioF());
    scheduleRender();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    mPressPos = mLastPos = event->position();
    mMoved = false;
    mPressModifiers = event->modifiers();
    if (event->button() == Qt::MiddleButton) {
        mDrag = Drag::Pan;
    } else if (event->button() == Qt::LeftButton) {
        if (mTool == Tool::ZoomBox)
            mDrag = Drag::ZoomBox;
        else if (mTool == Tool::SelectBox)
            mDrag = Drag::SelectBox;
        else
            mDrag = Drag::Pan;   // Shift or Ctrl turn it into a box on the first move (see below)
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    mHover = pos;
    Q_EMIT cursorMoved(widgetToMap(pos));
    if (!mSketch.isEmpty() && !mSketchDone) {
        updateMeasurement();
        update();
    }
    if (!(event->buttons() & (Qt::LeftButton | Qt::MiddleButton)) || mDrag == Drag::None)
        return;
    if (!mMoved && (pos - mPressPos).manhattanLength() > kClickTolerance) {
        mMoved = true;
        if (mDrag == Drag::Pan && (event->buttons() & Qt::LeftButton)) {
            if (mPressModifiers & Qt::ShiftModifier)
                mDrag = Drag::ZoomBox;
            else if (mPressModifiers & Qt::ControlModifier)
                mDrag = Drag::SelectBox;
        }
        if (mDrag == Drag::Pan)
            setCursor(Qt::ClosedHandCursor);
    }
    if (!mMoved)
        return;
    if (mDrag == Drag::Pan)
        panByPixels(pos - mLastPos);
    mLastPos = pos;
    update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = mDrag;
    mDrag = Drag::None;
    setCursor(mTool == Tool::Browse ? Qt::OpenHandCursor : Qt::CrossCursor);
    if (mMoved) {
        const QRectF band = QRectF(mPressPos, event->position()).normalized();
        if (drag == Drag::ZoomBox && band.width() > 3 && band.height() > 3)
            setView(mapRectFromWidget(band));
        else if (drag == Drag::SelectBox)
            selectInPolygon(QPolygonF(mapRectFromWidget(band)), mPressModifiers);
        update();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF map = widgetToMap(event->position());
    switch (mTool) {
    case Tool::SelectLasso:
    case Tool::MeasureDistance:
    case Tool::MeasureArea:
        if (mSketchDone) {
            mSketch.clear();
            mSketchDone = false;
        }
        mSketch << map;
        updateMeasurement();
        update();
        break;
    default:
        clickAt(event->position(), event->modifiers());
        break;
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The double-click's first press already added the last vertex; this one finishes the sketch.
    if (mTool == Tool::SelectLasso) {
        if (mSketch.size() >= 3)
            selectInPolygon(mSketch, event->modifiers());
        mSketch.clear();
        mSketchDone = false;
        update();
    } else if (mTool == Tool::MeasureDistance || mTool == Tool::MeasureArea) {
        mSketchDone = true;
        updateMeasurement();
        update();
    } else {
        mousePressEvent(event);
    }
}

void MapCanvas::clickAt(const QPointF &widget, Qt::KeyboardModifiers modifiers)
{
    if (!mStore)
        return;
    const MapHit hit = identify(widget);
    const qint64 row = hit.parcel;
    if (mSelection) {
        if (modifiers & Qt::ControlModifier) {
            if (row >= 0)
                mSelection->toggle(row);
        } else if (modifiers & Qt::ShiftModifier) {
            if (row >= 0)
                mSelection->add({row});
        } else if (row >= 0) {
            mSelection->setRows({row});
        } else {
            mSelection->clear();
        }
    }
    if (hit.feature)
        Q_EMIT featureClicked(hit.layerId, *hit.feature);
    else
        Q_EMIT parcelClicked(row);
}

void MapCanvas::selectInPolygon(const QPolygonF &mapPolygon, Qt::KeyboardModifiers modifiers)
{
    if (!mStore || !mSelection)
        return;
    // A parcel is inside when its label point is: what the eye takes as "in the box".
    std::vector<qint64> rows;
    for (qint64 r : mStore->parcelsIn(mapPolygon.boundingRect()))
        if (mapPolygon.containsPoint(mStore->labelPoint(r), Qt::OddEvenFill))
            rows.push_back(r);
    if (modifiers & (Qt::ShiftModifier | Qt::ControlModifier))
        mSelection->add(rows);
    else
        mSelection->setRows(std::move(rows));
}

void MapCanvas::clearMeasurement()
{
    mSketch.clear();
    mSketchDone = false;
    if (!mMeasurement.isEmpty()) {
        mMeasurement.clear();
        Q_EMIT measurementChanged(mMeasurement);
    }
    update();
}

void MapCanvas::updateMeasurement()
{
    if (!mToLonLat || (mTool != Tool::MeasureDistance && mTool != Tool::MeasureArea) || mSketch.isEmpty())
        return;
    Path path(mSketch.begin(), mSketch.end());
    if (!mSketchDone && rect().contains(mHover.toPoint()))
        path.push_back(widgetToMap(mHover));
    QString text;
    if (mTool == Tool::MeasureDistance) {
        if (path.size() >= 2)
            text = tr("Distance: %1").arg(HumanLabels::distance(geodesicLengthM(path, *mToLonLat)));
    } else if (path.size() >= 3) {
        Path ring = path;
        ring.push_back(path.front());
        text = tr("Area: %1, perimeter %2")
                   .arg(HumanLabels::hectares(geodesicAreaHa(Polygon{{path}}, *mToLonLat)),
                        HumanLabels::distance(geodesicLengthM(ring, *mToLonLat)));
    }
    if (text != mMeasurement) {
        mMeasurement = text;
        Q_EMIT measurementChanged(mMeasurement);
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Left: panByPixels(QPointF(step, 0)); break;
    case Qt::Key_Right: panByPixels(QPointF(-step, 0)); break;
    case Qt::Key_Up: panByPixels(QPointF(0, step)); break;
    case Qt::Key_Down: panByPixels(QPointF(0, -step)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(2, middle); break;
    case Qt::Key_Minus: zoomBy(0.5, middle); break;
    case Qt::Key_Home: zoomToExtent(); break;
    case Qt::Key_Backspace:
        if (!mSketch.isEmpty() && !mSketchDone) {
            mSketch.removeLast();
            updateMeasurement();
            update();
        }
        break;
    case Qt::Key_Escape:
        mDrag = Drag::None;
        clearMeasurement();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *)
{
    mHover = QPointF(-1, -1);
    update();
}

} // namespace sez
