// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace sez {

class MapImagery;

/// The imagery under the map, listed by name (the top one first) with a button to add more. Each
/// layer's box, opacity, brightness, contrast, overviews and Remove are under its row in the layers
/// panel, their one place. Builds a file's overviews on a worker with a progress dialog.
class ImageryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImageryPanel(MapImagery *imagery, QWidget *parent = nullptr);

    /// The layers listed, by their names, the top one first.
    QStringList layerTitles() const;
    /// Builds the overviews of \a path (the layer \a id), with progress and Cancel, then shows the
    /// layer from them. Returns at once; the work goes on in the background.
    void buildOverviews(const QString &id, const QString &path);

Q_SIGNALS:
    void addRequested();

private:
    void rebuild();

    MapImagery *mImagery;
    QVBoxLayout *mList;
    QLabel *mEmpty;
    QLabel *mWhere;
    QList<QLabel *> mNames;
};

} // namespace sez
