// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapimagery.h"

#include "mapcanvas.h"

#include "core/imagery/imagerysource.h"
#include "core/imagery/rasterimagery.h"
#include "core/imagery/tilefetcher.h"
#include "core/imagery/tileimagery.h"
#include "core/io/manifest.h"
#include "core/model/parcelstore.h"
#include "core/render/imagerypainter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace sez {

namespace {

const QString kBasemapAddress = QStringLiteral("imagery/basemap/address");
const QString kBasemapAttribution = QStringLiteral("imagery/basemap/attribution");
constexpr qint64 kRepeatProblemAfterMs = 30000;   // an offline basemap says so now and then, not per tile

QString hashKey(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString lookKey(const QString &location)
{
    return QStringLiteral("imagery/looks/%1").arg(hashKey(location));
}

} // namespace

MapImagery::MapImagery(MapCanvas *canvas, QObject *parent) : QObject(parent), mCanvas(canvas)
{
    // The layers panel shows, hides and fades imagery too: remembered as the imagery panel's are.
    connect(mCanvas, &MapCanvas::layersChanged, this, &MapImagery::followCanvas);
}

MapImagery::~MapImagery() = default;

void MapImagery::setCacheDirectory(const QString &dir)
{
    mCacheDir = dir;
}

QString MapImagery::datasetKey() const
{
    return QStringLiteral("imagery/datasets/%1").arg(hashKey(QFileInfo(mDatasetPath).absoluteFilePath()));
}

const MapImagery::Entry *MapImagery::find(const QString &id) const
{
    const auto it = std::find_if(mEntries.begin(), mEntries.end(), [&id](const Entry &e) { return e.id == id; });
    return it == mEntries.end() ? nullptr : &*it;
}

std::size_t MapImagery::insertIndex(Kind kind) const
{
    // The basemap lowest, then the dataset's own imagery, then what the user added.
    return std::size_t(std::count_if(mEntries.begin(), mEntries.end(), [kind](const Entry &e) { return e.kind <= kind; }));
}

void MapImagery::addEntry(Entry entry, std::size_t index)
{
    // The look the user left it with last time.
    const QVariantMap look = QSettings().value(lookKey(entry.location)).toMap();
    if (!look.isEmpty()) {
        entry.visible = look.value(QStringLiteral("visible"), true).toBool();
        entry.opacity = std::clamp(look.value(QStringLiteral("opacity"), 1.0).toDouble(), 0.0, 1.0);
        entry.look.brightness = look.value(QStringLiteral("brightness")).toInt();
        entry.look.contrast = look.value(QStringLiteral("contrast")).toInt();
    }
    insertLayer(entry, index);
    checkOverlap(entry);
    mEntries.insert(mEntries.begin() + std::ptrdiff_t(index), std::move(entry));
    applyFade();
}

void MapImagery::insertLayer(const Entry &entry, std::size_t index)
{
    mCanvas->insertLayer(index, MapLayer{entry.id, entry.visible, entry.opacity,
                                         std::make_shared<const ImageryPainter>(entry.source, entry.look), title(entry)});
    connectTiles(entry);
}

QString MapImagery::title(const Entry &entry)
{
    const QString name = entry.source ? entry.source->name() : QFileInfo(entry.location).fileName();
    switch (entry.kind) {
    case Kind::Basemap: return tr("Basemap: %1").arg(name);
    case Kind::Manifest: return tr("%1 (the dataset's)").arg(name);
    case Kind::File:
    case Kind::Session: break;
    }
    return tr("Imagery: %1").arg(name);
}

void MapImagery::adopt(std::vector<Entry> entries)
{
    for (const Entry &entry : mEntries)
        mCanvas->removeLayer(entry.id);
    mEntries.clear();
    for (Entry &entry : entries) {
        insertLayer(entry, mEntries.size());   // bottom first, under every other layer
        // Ids stay unique: the next one follows the highest taken over ("imagery/file-7").
        mNextId = std::max(mNextId, entry.id.section(QLatin1Char('-'), -1).toInt() + 1);
        mEntries.push_back(std::move(entry));
    }
    applyFade();
    Q_EMIT changed();
}

void MapImagery::followCanvas()
{
    for (Entry &entry : mEntries) {
        const MapLayer *layer = mCanvas->layers().find(entry.id);
        if (!layer || (layer->visible == entry.visible && layer->opacity == entry.opacity))
            continue;
        entry.visible = layer->visible;
        entry.opacity = layer->opacity;
        saveLook(entry);
        Q_EMIT entryChanged(entry.id);
    }
}

void MapImagery::applyFade()
{
    MapLayers layers = mCanvas->layers();
    fadeOverImagery(layers, !mEntries.empty());
    for (const MapLayer &layer : layers)
        if (layer.opacity != mCanvas->layers().find(layer.id)->opacity)
            mCanvas->setLayerOpacity(layer.id, layer.opacity);
}

void MapImagery::connectTiles(const Entry &entry)
{
    const auto *tiles = dynamic_cast<const TileImagery *>(entry.source.get());
    if (!tiles)
        return;
    connect(&tiles->fetcher(), &TileFetcher::tilesArrived, mCanvas, &MapCanvas::refresh);
    auto lastSaid = std::make_shared<qint64>(0);
    connect(&tiles->fetcher(), &TileFetcher::fetchFailed, this, [this, lastSaid, name = tiles->name()](const QString &reason) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - *lastSaid < kRepeatProblemAfterMs)
            return;
        *lastSaid = now;
        Q_EMIT problem(tr("The basemap %1 cannot be reached; the map shows the tiles seen before (%2)").arg(name, reason));
    });
}

void MapImagery::checkOverlap(const Entry &entry)
{
    if (mMapEpsg == 0 || !entry.source)
        return;
    const QString message = overlapProblem(*entry.source, mMapExtent, mMapEpsg);
    if (!message.isEmpty())
        Q_EMIT problem(message);
}

void MapImagery::datasetOpened(const QString &datasetPath, const ParcelStore &store)
{
    mDatasetPath = datasetPath;
    mMapExtent = store.extent();
    mMapEpsg = store.mapEpsg();
    removeKind(Kind::Manifest);
    removeKind(Kind::File);
    for (const Entry &entry : mEntries)
        checkOverlap(entry);
    QString error;
    const QString basemap = QSettings().value(kBasemapAddress).toString();
    if (!basemap.isEmpty() && std::none_of(mEntries.begin(), mEntries.end(), [](const Entry &e) { return e.kind == Kind::Basemap; })
        && !setBasemap(basemap, QSettings().value(kBasemapAttribution).toString(), &error, false))
        Q_EMIT problem(error);
    // The manifest was read already by the import; read again here for its imagery alone (a folder
    // without one: its rasters, its layers not guessed again).
    for (const LayerSpec &spec : DatasetManifest::imageryOf(datasetPath, &error)) {
        std::shared_ptr<const ImagerySource> source = openImagery(spec.path, {}, &error);
        if (!source) {
            Q_EMIT problem(error);
            continue;
        }
        addEntry(Entry{QStringLiteral("imagery/manifest-%1").arg(mNextId++), Kind::Manifest, spec.path, {}, true, 1.0, {}, source},
                 insertIndex(Kind::Manifest));
    }
    for (const QString &path : QSettings().value(datasetKey()).toStringList())
        if (!addFile(path, &error, false))
            Q_EMIT problem(error);
    applyFade();
    Q_EMIT changed();
}

bool MapImagery::addFile(const QString &path, QString *error, bool remember)
{
    std::shared_ptr<const ImagerySource> source = RasterImagery::open(path, error);
    if (!source)
        return false;
    const Kind kind = remember || QSettings().value(datasetKey()).toStringList().contains(source->location()) ? Kind::File : Kind::Session;
    addEntry(Entry{QStringLiteral("imagery/file-%1").arg(mNextId++), kind, source->location(), {}, true, 1.0, {}, source},
             insertIndex(kind));
    if (remember)
        saveFiles();
    Q_EMIT changed();
    return true;
}

bool MapImagery::setBasemap(const QString &urlTemplate, const QString &attribution, QString *error, bool remember)
{
    ImageryOpenOptions options;
    options.attribution = attribution;
    if (!mCacheDir.isEmpty())
        options.tileCacheDir = mCacheDir;
    std::shared_ptr<const ImagerySource> source = openImagery(urlTemplate, options, error);
    if (!source)
        return false;
    removeKind(Kind::Basemap);
    addEntry(Entry{QStringLiteral("imagery/basemap"), Kind::Basemap, urlTemplate.trimmed(), attribution.trimmed(), true, 1.0, {}, source}, 0);
    if (remember) {
        QSettings settings;
        settings.setValue(kBasemapAddress, urlTemplate.trimmed());
        settings.setValue(kBasemapAttribution, attribution.trimmed());
    }
    Q_EMIT changed();
    return true;
}

QString MapImagery::basemapAddress() const
{
    return QSettings().value(kBasemapAddress).toString();
}

QString MapImagery::basemapAttribution() const
{
    return QSettings().value(kBasemapAttribution).toString();
}

void MapImagery::removeKind(Kind kind)
{
    for (auto it = mEntries.begin(); it != mEntries.end();) {
        if (it->kind == kind) {
            mCanvas->removeLayer(it->id);
            it = mEntries.erase(it);
        } else {
            ++it;
        }
    }
}

void MapImagery::remove(const QString &id)
{
    const Entry *entry = find(id);
    if (!entry)
        return;
    const Kind kind = entry->kind;
    mCanvas->removeLayer(id);
    std::erase_if(mEntries, [&id](const Entry &e) { return e.id == id; });
    if (kind == Kind::File)
        saveFiles();
    if (kind == Kind::Basemap) {
        QSettings settings;
        settings.remove(kBasemapAddress);
        settings.remove(kBasemapAttribution);
    }
    applyFade();
    Q_EMIT changed();
}

void MapImagery::saveFiles() const
{
    QStringList paths;
    for (const Entry &e : mEntries)
        if (e.kind == Kind::File)
            paths << e.location;
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(datasetKey());
    else
        settings.setValue(datasetKey(), paths);
}

void MapImagery::saveLook(const Entry &entry) const
{
    QSettings().setValue(lookKey(entry.location), QVariantMap{{QStringLiteral("visible"), entry.visible},
                                                              {QStringLiteral("opacity"), entry.opacity},
                                                              {QStringLiteral("brightness"), entry.look.brightness},
                                                              {QStringLiteral("contrast"), entry.look.contrast}});
}

void MapImagery::setVisible(const QString &id, bool visible)
{
    auto it = std::find_if(mEntries.begin(), mEntries.end(), [&id](const Entry &e) { return e.id == id; });
    if (it == mEntries.end())
        return;
    it->visible = visible;
    mCanvas->setLayerVisible(id, visible);
    saveLook(*it);
}

void MapImagery::setOpacity(const QString &id, double opacity)
{
    auto it = std::find_if(mEntries.begin(), mEntries.end(), [&id](const Entry &e) { return e.id == id; });
    if (it == mEntries.end())
        return;
    it->opacity = std::clamp(opacity, 0.0, 1.0);
    mCanvas->setLayerOpacity(id, it->opacity);
    saveLook(*it);
}

void MapImagery::setLook(const QString &id, const ImageryLook &look)
{
    auto it = std::find_if(mEntries.begin(), mEntries.end(), [&id](const Entry &e) { return e.id == id; });
    if (it == mEntries.end() || it->look == look)
        return;
    it->look = look;
    mCanvas->setLayerPainter(id, std::make_shared<const ImageryPainter>(it->source, look));
    saveLook(*it);
}

bool MapImagery::buildOverviews(const QString &path, Feedback *feedback, QString *error)
{
    return RasterImagery::buildOverviews(path, feedback, error);
}

bool MapImagery::reopen(const QString &id, QString *error)
{
    auto it = std::find_if(mEntries.begin(), mEntries.end(), [&id](const Entry &e) { return e.id == id; });
    if (it == mEntries.end())
        return false;
    std::shared_ptr<const ImagerySource> source = RasterImagery::open(it->location, error);
    if (!source)
        return false;
    it->source = source;
    mCanvas->setLayerPainter(id, std::make_shared<const ImageryPainter>(source, it->look));
    Q_EMIT changed();
    return true;
}

std::vector<MapLayer> MapImagery::layers() const
{
    std::vector<MapLayer> out;
    for (const Entry &e : mEntries)
        if (const MapLayer *layer = mCanvas->layers().find(e.id))
            out.push_back(*layer);
    return out;
}

} // namespace sez
