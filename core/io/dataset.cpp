// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dataset.h"

#include "core/io/mapcrs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace sez {

std::unique_ptr<Dataset> Dataset::open(const QString &path, QString *error, Feedback *feedback)
{
    auto manifest = DatasetManifest::load(path, error, feedback);
    return manifest ? open(std::move(manifest), error, feedback) : nullptr;
}

std::unique_ptr<Dataset> Dataset::open(std::unique_ptr<DatasetManifest> manifest, QString *error, Feedback *feedback,
                                       ParcelFeatures parcels)
{
    auto dataset = std::unique_ptr<Dataset>(new Dataset);
    dataset->mManifest = std::move(manifest);
    const auto &specs = dataset->mManifest->layers();
    dataset->mMapEpsg = dataset->mManifest->mapEpsg();
    dataset->mMapCrsReason = dataset->mManifest->mapCrsReason();
    if (dataset->mMapEpsg == 0) {
        // A manifest that names no map CRS: the layers' headers decide it (parcels first).
        std::vector<std::unique_ptr<LayerData>> headers;
        std::vector<const LayerData *> ordered;
        for (int parcels = 1; parcels >= 0; --parcels)
            for (const LayerSpec &spec : specs)
                if ((spec.role == QLatin1String("parcels")) == bool(parcels)) {
                    QString ignored;
                    if (auto header = readLayer(spec, kWgs84Epsg, &ignored, nullptr, {0})) {
                        ordered.push_back(header.get());
                        headers.push_back(std::move(header));
                    }
                }
        const MapCrsChoice choice = MapCrsChoice::fromData(ordered);
        dataset->mMapEpsg = choice.epsg;
        dataset->mMapCrsReason = choice.reason;
    }
    // One parcel layer's columns are filled as it is read; several layers' columns need all their
    // fields first (StoreBuilder::buildSource() fills them).
    const auto parcelLayers = std::count_if(specs.begin(), specs.end(), [](const LayerSpec &spec) {
        return spec.role == QLatin1String("parcels");
    });
    for (std::size_t i = 0; i < specs.size(); ++i) {
        LayerReadOptions options;
        options.packed = parcels == ParcelFeatures::Packed && specs[i].role == QLatin1String("parcels");
        options.fillColumns = options.packed && parcelLayers == 1;
        auto layer = readLayer(specs[i], dataset->mMapEpsg, error, feedback, options);
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

void Dataset::releaseParcelValues()
{
    for (const auto &layer : mLayers)
        if (layer->role == QLatin1String("parcels") && layer->packed.size() > 0)
            layer->packed.releaseValues();
}

void Dataset::releaseParcelGeometry()
{
    for (const auto &layer : mLayers)
        if (layer->role == QLatin1String("parcels") && layer->packed.size() > 0)
            layer->packed.releaseGeometry();
}

void Dataset::releaseParcelGeometryBefore(qint64 feature)
{
    for (const auto &layer : mLayers)
        if (layer->role == QLatin1String("parcels") && layer->packed.size() > 0)
            layer->packed.releaseGeometryBefore(feature);
}

QString bundledSamplePath()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/sezview/sample-data/alatau");
    if (QFileInfo::exists(installed + QStringLiteral("/dataset.json")))
        return QDir::cleanPath(installed);
    return QStringLiteral(SEZ_SOURCE_DIR "/sample-data/alatau");
}

} // namespace sez
