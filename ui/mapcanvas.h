// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"
#include "core/render/rendercontext.h"

#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

template <typename T> class QFutureWatcher;

namespace sez {

class MapStyle;
class ParcelStore;
class ParcelSelection;
class CoordinateTransform;

/// The map: a view onto the parcel store rendered on a worker thread. A newer view cancels the
/// render of an older one, and while the new image is being drawn the last one is shown shifted and
/// scaled to the new view, so panning and zooming never wait for the renderer.
///
/// The view is a MapView: a centre and a resolution (map units per widget pixel), so resizing the
/// window keeps the scale, and the visible extent always has the widget's aspect ratio. The map's
/// layers can be shown, hidden and faded one by one.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    /// What a left-button gesture does. Shift+drag zooms and Ctrl+drag selects in every tool.
    enum class Tool { Browse, ZoomBox, SelectBox, SelectLasso, MeasureDistance, MeasureArea };
    Q_ENUM(Tool)

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    /// Shows \a store drawn in \a style, the style built for that store (one is built when null).
    void setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style = {});
    /// A new snapshot of the same dataset (the allocation register's values changed): the view,
    /// the highlight and a measurement stay.
    void replaceStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style);
    std::shared_ptr<const ParcelStore> store() const { return mStore; }
    std::shared_ptr<const MapStyle> mapStyle() const { return mMapStyle; }
    void setSelection(ParcelSelection *selection);
    /// Parcels drawn emphasised (a query's result); empty, or every parcel, to clear.
    void setHighlight(const std::vector<qint64> &rows);
    std::vector<qint64> highlightedRows() const;

    void setStyle(ParcelStyle style);
    ParcelStyle style() const { return mOptions.style; }
    /// Style, outlines and labels as the canvas draws them (without the selection and highlight).
    RenderOptions renderOptions() const { RenderOptions o = mOptions; o.selection = nullptr; o.highlight = nullptr; return o; }
    void setOutlines(bool on);
    void setLabels(bool on);

    /// The map's layers, bottom first (see MapLayers::standard()).
    const MapLayers &layers() const { return mLayers; }
    /// Shows or hides a layer by id; false when there is none.
    bool setLayerVisible(const QString &id, bool visible);
    /// Fades a layer by id (0 to 1); false when there is none.
    bool setLayerOpacity(const QString &id, double opacity);
    /// Adds a layer (imagery under the rest: index 0); kept when another store is shown.
    void insertLayer(std::size_t index, MapLayer layer);
    /// Removes an added layer by id; false when there is none.
    bool removeLayer(const QString &id);
    /// Gives a layer another painter (imagery with another look); false when there is none.
    bool setLayerPainter(const QString &id, std::shared_ptr<const LayerPainter> painter);
    /// Draws the view again once the render under way (if any) is done, without cancelling it:
    /// for tiles that arrived, which must not keep restarting a frame.
    void refresh();

    /// Draws a query's distance conditions as buffers around the infrastructure; empty to clear.
    void setQueryDistances(const QList<QueryDistanceLimit> &limits);
    /// Draws the lines from parcel \a row to its nearest object of each kind; -1 to clear.
    void showNearestInfrastructure(qint64 row);
    /// The parcel whose nearest infrastructure is drawn, or -1.
    qint64 nearestShownFor() const { return mNearestRow; }

    /// What a click at \a widget finds (a parcel, an infrastructure object, a zone...).
    MapHit identify(const QPointF &widget) const;
    /// What hovering at \a widget tells: the parcel's number and the value the map colours it by,
    /// or the object's kind and name; empty over nothing.
    QString toolTipAt(const QPointF &widget) const;

    void setTool(Tool tool);
    Tool tool() const { return mTool; }

    /// Shows at least \a extent (map CRS), centred; the widget's aspect ratio widens one side.
    void setView(const QRectF &extent);
    /// Centres the map on \a centre (map CRS) at the scale 1:\a denominator.
    void setCentreAndScale(const QPointF &centre, double denominator);
    /// Centres the map on \a centre at \a metresPerPixel map units per widget pixel (clamped to
    /// the canvas's scales: never closer than a centimetre a pixel).
    void setCentreAndResolution(const QPointF &centre, double metresPerPixel);
    QRectF view() const;
    /// The view with its conversions between map and widget coordinates.
    const MapView &mapView() const { return mView; }
    QPointF center() const { return mView.centre(); }
    /// Map units (metres) per widget pixel.
    double resolution() const { return mView.metresPerPixel(); }
    /// The scale denominator N of 1:N on this screen.
    double scaleDenominator() const;
    void setScaleDenominator(double denominator);

    QPointF mapToWidget(const QPointF &map) const;
    QPointF widgetToMap(const QPointF &widget) const;

    void zoomToExtent();
    void zoomToParcels(const std::vector<qint64> &rows);
    void zoomToParcel(qint64 row);
    void zoomBy(double factor, const QPointF &anchorWidget);
    void panByPixels(const QPointF &delta);

    bool isRendering() const;
    /// Processes events until the current view is rendered; false on timeout. For tests and the
    /// screenshot option.
    bool waitForRender(int timeoutMs = 30000);
    /// The last finished image (for tests and export of what is on screen).
    QImage renderedImage() const { return mImage; }

    /// The measured line or polygon so far, as text ("2.35 km", "14.2 ha"); empty when none.
    QString measurement() const { return mMeasurement; }
    void clearMeasurement();

Q_SIGNALS:
    void cursorMoved(const QPointF &map);
    void parcelClicked(qint64 row);
    /// A click found a feature of another layer (\a layerId): an infrastructure object, a zone...
    void featureClicked(const QString &layerId, const sez::ContextFeature &feature);
    /// Layers were added, removed, shown, hidden, faded or given new content.
    void layersChanged();
    void viewChanged();
    void rendered();
    /// The first finished map of the store given to setStore() is on the screen: emitted from the
    /// paint that drew it, once a store.
    void mapShown();
    void measurementChanged(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /// The store and its style, with the layers as the user left them.
    void adoptStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style);
    struct Request;
    enum class Drag { None, Pan, ZoomBox, SelectBox };

    void scheduleRender();
    void startRender();
    void renderFinished(const std::shared_ptr<Request> &request, QImage image);
    void viewUpdated();
    void clickAt(const QPointF &widget, Qt::KeyboardModifiers modifiers);
    void selectInPolygon(const QPolygonF &mapPolygon, Qt::KeyboardModifiers modifiers);
    void updateMeasurement();
    QRectF mapRectFromWidget(const QRectF &widget) const;

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<const MapStyle> mMapStyle;
    MapLayers mLayers;
    QPointer<ParcelSelection> mSelection;
    std::shared_ptr<const std::vector<bool>> mHighlight;
    RenderOptions mOptions;
    std::unique_ptr<CoordinateTransform> mToLonLat;
    qint64 mNearestRow = -1;

    MapView mView = MapView::atResolution(QPointF(), 1.0, QSize());

    // The image on screen and the extent it was rendered for.
    QImage mImage;
    QRectF mImageExtent;
    std::shared_ptr<Request> mCurrent;
    std::vector<QFutureWatcher<QImage> *> mWatchers;
    bool mRenderScheduled = false;
    bool mMapShownPending = false;   ///< mapShown() is still to come for this store
    bool mRefreshPending = false;   // refresh() asked while a render was under way

    Tool mTool = Tool::Browse;
    Drag mDrag = Drag::None;
    QPointF mPressPos;
    QPointF mLastPos;
    bool mMoved = false;
    Qt::KeyboardModifiers mPressModifiers;
    QPolygonF mSketch;           // lasso or measurement vertices, map CRS
    QPointF mHover;              // widget position of the cursor, for the sketch's rubber segment
    bool mSketchDone = false;
    QString mMeasurement;
};

} // namespace sez
