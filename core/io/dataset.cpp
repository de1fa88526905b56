// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sez {

std::unique_ptr<Dataset> Dataset::open(const QString &path, QString *error, Feedback *feedback)
{
    auto dataset = std::unique_ptr<Dataset>(new Dataset);
    dataset->mManifest = DatasetManifest::load(path, error);
    if (!dataset->mManifest)
        return nullptr;
    const auto &specs = dataset->mManifest->layers();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        auto layer = readLayer(specs[i], dataset->mManifest->mapEpsg(), error, feedback);
        if (!layer)
            return nullptr;
        dataset->mLayers.push_back(std::move(layer));
    }
    return dataset;
}

std::vector<const LayerData *> Dataset::layersWithRole(const QString &role) const
{
    std::vector<const LayerData *> result;
    for (const auto &layer : mLayers)
        if (layer->role == role)
            result.push_back(layer.get());
    return result;
}

QStringList Dataset::warnings() const
{
    QStringList all = mManifest->warnings();
    for (const auto &layer : mLayers)
        all += layer->warnings;
    return all;
}

QString bundledSamplePath()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/sezview/sample-data/alatau");
    if (QFileInfo::exists(installed + QStringLiteral("/dataset.json")))
        return QDir::cleanPath(installed);
    return QStringLiteral(SEZ_SOURCE_DIR "/sample-data/alatau");
}

} // namespace sez
