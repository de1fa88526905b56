// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardview.h"

#include <memory>

namespace sez {

struct ContextFeature;
class ParcelStore;

/// The card of a map feature that is not a parcel: an infrastructure object, a zone, a district, a
/// part of the SEZ, the city limits or an added layer's feature. What it is, its name, kind and
/// status, every column of a layer of no role, and its size (area, length, or where a point lies).
class FeatureCard : public CardView
{
    Q_OBJECT

public:
    explicit FeatureCard(QWidget *parent = nullptr);
    ~FeatureCard() override;

    void setStore(std::shared_ptr<const ParcelStore> store);
    /// Shows \a feature of the layer \a layerTitle (the layers panel's name for it).
    void showFeature(const QString &layerId, const QString &layerTitle, const ContextFeature &feature);

private:
    std::shared_ptr<const ParcelStore> mStore;
};

} // namespace sez
