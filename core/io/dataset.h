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
    /// Reads every layer of the dataset at \a path (see DatasetManifest::load). Fails on the first
    /// layer that cannot be read at all, or when \a feedback is cancelled; recoverable damage is
    /// kept as warnings. Each layer reports its own "reading" phase.
    static std::unique_ptr<Dataset> open(const QString &path, QString *error, Feedback *feedback = nullptr);

    const DatasetManifest &manifest() const { return *mManifest; }
    const std::vector<std::unique_ptr<LayerData>> &layers() const { return mLayers; }
    std::vector<const LayerData *> layersWithRole(const QString &role) const;
    QStringList warnings() const;

private:
    std::unique_ptr<DatasetManifest> mManifest;
    std::vector<std::unique_ptr<LayerData>> mLayers;
};

/// The bundled Alatau sample: beside an installed binary (../share/sezview), else in the source tree.
QString bundledSamplePath();

} // namespace sez
