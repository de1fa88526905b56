// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapimagery.h"

#include <QWidget>

class QPushButton;
class QSlider;

namespace sez {

/// The controls of one imagery layer under its row in the layers panel, the one place for them
/// (the row itself has the box and the opacity): brightness and contrast, building the overviews
/// of a large file that has none, removing it.
class ImageryLayerControls : public QWidget
{
    Q_OBJECT

public:
    ImageryLayerControls(MapImagery *imagery, const MapImagery::Entry &entry, QWidget *parent = nullptr);

    QString layerId() const { return mId; }
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
    QSlider *mBrightness;
    QSlider *mContrast;
    QPushButton *mOverviews;
};

} // namespace sez
