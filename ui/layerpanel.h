// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/mapstyle.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace sez {

class MapCanvas;
class ParcelStore;

/// What the map shows and what its colours mean: every layer of the map, the top one first, with
/// a box to show or hide it, its opacity, and its legend in the map's own symbols (the parcels'
/// legend lists only the values on screen); the parcel style (by zone, status or investor) and
/// outlines. A layer may host controls of its own (an imagery layer's brightness and contrast).
class LayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayerPanel(QWidget *parent = nullptr);

    /// The map whose layers the panel lists and drives.
    void setCanvas(MapCanvas *canvas);
    /// The legend of \a style, built for \a store (one is built when null).
    void setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style = {});
    void setStyle(ParcelStyle style);
    ParcelStyle style() const;
    /// Puts controls under the layers: \a makers by layer id, each building them whenever the panel
    /// lists its layers again (the tree owns its widgets and deletes them whenever it is cleared).
    /// Replaces the makers given before; one rebuild for them all.
    void setLayerControls(QHash<QString, std::function<QWidget *()>> makers);

    // What the panel shows, for tests.
    /// The parcels' legend as shown (the values on screen).
    QStringList legendLabels() const;
    /// The layers' names, the top one first.
    QStringList layerTitles() const;
    QTreeWidgetItem *layerItem(const QString &id) const;
    QSlider *opacitySlider(const QString &id) const;
    QCheckBox *outlinesBox() const { return mOutlines; }

Q_SIGNALS:
    void styleChanged(sez::ParcelStyle style);
    void outlinesToggled(bool on);

private:
    void rebuild();
    void refresh();
    void fillLegend(QTreeWidgetItem *item, const QString &id);
    void itemChanged(QTreeWidgetItem *item, int column);

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<const MapStyle> mMapStyle;
    QPointer<MapCanvas> mCanvas;
    QComboBox *mStyle;
    QCheckBox *mOutlines;
    QTreeWidget *mTree;
    QStringList mIds;                            // the layers listed, the top one first
    QHash<QString, std::function<QWidget *()>> mControls;   // hosted controls' makers by layer id
    bool mUpdating = false;
};

} // namespace sez
