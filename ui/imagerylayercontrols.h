// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapimagery.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;

namespace sez {

/// The controls of one imagery layer: shown or not, opacity, brightness and contrast, building
/// the overviews of a large file that has none, removing it. Self-contained, so that a layers panel
/// can host one per imagery layer (without the box and the opacity, which its row has).
class ImageryLayerControls : public QWidget
{
    Q_OBJECT

public:
    enum class Host { ImageryPanel, LayersPanel };

    ImageryLayerControls(MapImagery *imagery, const MapImagery::Entry &entry, Host host = Host::ImageryPanel,
                         QWidget *parent = nullptr);

    QString layerId() const { return mId; }
    QSlider *opacitySlider() const { return mOpacity; }
    QSlider *brightnessSlider() const { return mBrightness; }
    QSlider *contrastSlider() const { return mContrast; }
    /// Shown only for a large raster without overviews.
    QPushButton *overviewsButton() const { return mOverviews; }

Q_SIGNALS:
    /// The user asked for the overviews of the layer's file (the host shows the progress).
    void overviewsRequested(const QString &id, const QString &path);

private:
    void lookChanged();

    MapImagery *mImagery;
    QString mId;
    QCheckBox *mVisible;
    QSlider *mOpacity;
    QSlider *mBrightness;
    QSlider *mContrast;
    QPushButton *mOverviews;
};

} // namespace sez
