// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/layerreader.h"
#include "core/io/manifest.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sez {

class Feedback;

/// A dataset read into memory: its manifest and every layer, reprojected into the map CRS.
class Dataset
{
public:
    /// Reads every layer of the dataset at \a path (see DatasetManifest::load: a manifest, or data
    /// whose mapping is guessed). Fails on the first layer that cannot be read at all, or when
    /// \a feedback is cancelled; recoverable damage is kept as warnings. Each layer reports its own
    /// "reading" phase.
    static std::unique_ptr<Dataset> open(const QString &path, QString *error, Feedback *feedback = nullptr);
    /// How the parcels' features are kept: as Features, or packed as they are read
    /// (LayerReadOptions::packed), for a store builder that reads nothing else of them.
    enum class ParcelFeatures { Whole, Packed };
    /// The same with a manifest already made (a guess the user confirmed, say).
    static std::unique_ptr<Dataset> open(std::unique_ptr<DatasetManifest> manifest, QString *error, Feedback *feedback = nullptr,
                                         ParcelFeatures parcels = ParcelFeatures::Whole);

    const DatasetManifest &manifest() const { return *mManifest; }
    /// The map CRS: the manifest's, else chosen from the data (MapCrsChoice), and why.
    int mapEpsg() const { return mMapEpsg; }
    QString mapCrsReason() const { return mMapCrsReason; }
    const std::vector<std::unique_ptr<LayerData>> &layers() const { return mLayers; }
    std::vector<const LayerData *> layersWithRole(const QString &role) const;
    QStringList warnings() const;
    /// Lets the packed parcels' attributes go (the store's columns hold them once built); their
    /// geometry stays for StoreBuilder::derive().
    void releaseParcelValues();
    /// Lets the packed parcels' geometry go too, once StoreBuilder::derive() has its areas.
    void releaseParcelGeometry();
    /// Of the one packed parcel layer, lets go the rings of the features before \a feature.
    void releaseParcelGeometryBefore(qint64 feature);

private:
    std::unique_ptr<DatasetManifest> mManifest;
    std::vector<std::unique_ptr<LayerData>> mLayers;
    int mMapEpsg = 0;
    QString mMapCrsReason;
};

/// The bundled Alatau sample: beside an installed binary (../share/sezview), else in the source tree.
QString bundledSamplePath();

} // namespace sez
