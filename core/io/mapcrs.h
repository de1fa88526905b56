// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sez {

struct LayerData;

/// The map CRS of a dataset whose manifest names none, and why.
struct MapCrsChoice
{
    Q_DECLARE_TR_FUNCTIONS(sez::MapCrsChoice)

public:
    int epsg = 0;
    QString reason;

    /// From the data: the first projected CRS with an EPSG code among \a layers (the parcels' first),
    /// else the UTM zone of the data's centre (WGS 84 / UTM 43N around Alatau), else, for data wider
    /// than a few UTM zones, Web Mercator, so that everything PROJ can transform is drawn.
    static MapCrsChoice fromData(const std::vector<const LayerData *> &layers);
    /// The UTM zone (WGS 84, EPSG:326xx north, 327xx south) of a point in lon/lat; the nearest zone
    /// beyond ±180°, the default map CRS for a coordinate that is not finite.
    static int utmEpsg(double longitude, double latitude);
};

} // namespace sez
