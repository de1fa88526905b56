// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace sez {

class ImageryLayerControls;
class MapImagery;

/// The imagery under the map, one ImageryLayerControls per layer, the top one first, and a button
/// to add more. Builds a file's overviews on a worker with a progress dialog.
class ImageryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImageryPanel(MapImagery *imagery, QWidget *parent = nullptr);

    QList<ImageryLayerControls *> controls() const;
    /// Builds the overviews of \a path (the layer \a id), with progress and Cancel, then shows the
    /// layer from them. Returns at once; the work goes on in the background.
    void buildOverviews(const QString &id, const QString &path);

Q_SIGNALS:
    void addRequested();

private:
    void rebuild();

    MapImagery *mImagery;
    QVBoxLayout *mList;
    QWidget *mEmpty;
};

} // namespace sez
