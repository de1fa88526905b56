// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    std::shared_ptr<const ParcelStore> store() const { return mStore; }
    std::shared_ptr<const MapStyle> mapStyle() const { return mMapStyle; }
    void setSelection(ParcelSelection *selection);
    /// Parcels drawn emphasised (a query's result); empty to clear.
    void setHighlight(const std::vector<qint64> &rows);

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

    void setTool(Tool tool);
    Tool tool() const { return mTool; }

    /// Shows at least \a extent (map CRS), centred; the widget's aspect ratio widens one side.
    void setView(const QRectF &extent);
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
    void viewChanged();
    void rendered();
    void measurementChanged(const QString &text);

protected:
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
    void setViewResolution(const QPointF &centre, double metresPerPixel);

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<const MapStyle> mMapStyle;
    MapLayers mLayers;
    QPointer<ParcelSelection> mSelection;
    std::shared_ptr<const std::vector<bool>> mHighlight;
    RenderOptions mOptions;
    std::unique_ptr<CoordinateTransform> mToLonLat;

    MapView mView = MapView::atResolution(QPointF(), 1.0, QSize());

    // The image on screen and the extent it was rendered for.
    QImage mImage;
    QRectF mImageExtent;
    std::shared_ptr<Request> mCurrent;
    std::vector<QFutureWatcher<QImage> *> mWatchers;
    bool mRenderScheduled = false;
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
