// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/mapstyle.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace sez {

class ParcelStore;

/// What the map shows and what its colours mean: the parcel style (by zone, status or investor),
/// outlines and labels, and the legend of the current style and of the other layers, with the
/// map's own symbols.
class LayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayerPanel(QWidget *parent = nullptr);

    /// The legend of \a style, built for \a store (one is built when null).
    void setStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const MapStyle> style = {});
    void setStyle(ParcelStyle style);
    ParcelStyle style() const;
    /// The legend's lines as shown (for tests).
    QStringList legendLabels() const;

Q_SIGNALS:
    void styleChanged(sez::ParcelStyle style);
    void outlinesToggled(bool on);
    void labelsToggled(bool on);

private:
    void updateLegend();

    std::shared_ptr<const ParcelStore> mStore;
    std::shared_ptr<const MapStyle> mMapStyle;
    QComboBox *mStyle;
    QCheckBox *mOutlines;
    QCheckBox *mLabels;
    QListWidget *mLegend;
};

} // namespace sez
