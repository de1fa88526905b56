// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-bench --register-latency: the time from an edit committed at one desk to the other desk's
// store with it (the overlaid snapshot) and to its map drawn again from that store.
#include "app/registerbench.h"

#include "core/cache/parcelcache.h"
#include "core/model/parcelstore.h"
#include "core/register/allocationregister.h"
#include "core/register/liveregisteroverlay.h"
#include "core/register/registeroverlay.h"
#include "core/render/maprenderer.h"
#include "core/render/mapstyle.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace sez {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

// Waits for the next updated() of \a live that includes \a row; the elapsed time of \a since then.
bool waitForRow(LiveRegisterOverlay &live, qint64 row, int timeoutMs)
{
    QEventLoop loop;
    bool seen = false;
    const auto connection = QObject::connect(&live, &LiveRegisterOverlay::updated, &loop,
                                             [&](const std::shared_ptr<const RegisterOverlay> &, const std::vector<qint64> &rows, bool full) {
                                                 if (full || std::find(rows.begin(), rows.end(), row) != rows.end()) {
                                                     seen = true;
                                                     loop.quit();
                                                 }
                                             });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return seen;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::size_t(p * double(values.size() - 1) + 0.5)];
}

} // namespace

int runRegisterLatency(const QString &datasetPath, const QString &address, int edits)
{
    QString error;
    RegisterLocation location;
    if (!RegisterLocation::parse(address, &location, &error)) {
        say(error);
        return 2;
    }
    auto cache = ParcelCache::open(datasetPath, {}, &error);
    if (!cache) {
        say(error);
        return 1;
    }
    const auto source = cache->store();
    auto writer = AllocationRegister::open(location, {}, &error);
    if (!writer) {
        say(error);
        return 1;
    }
    LiveRegisterOverlay live(location);   // the other desk
    if (!live.startWatching(&error)) {
        say(error);
        return 1;
    }
    live.setSource(source);
    if (!waitForRow(live, -1, 600000)) {
        say(QStringLiteral("the register was not read"));
        return 1;
    }
    std::vector<double> toStore, toMap;
    const qint64 step = std::max<qint64>(1, source->size() / std::max(1, edits));
    for (int i = 0; i < edits; ++i) {
        const qint64 row = (qint64(i) * step + 7) % source->size();
        AllocationRecord current;
        const QString parcel = source->value(row, ParcelField::CadastralNumber).toString();
        if (!writer->record(parcel, &current, &error)) {
            say(error);
            return 1;
        }
        AllocationEdit edit;
        edit.cadastralNumber = parcel;
        edit.expectedVersion = current.version;
        edit.values[ParcelField::Status] = current.values.count(ParcelField::Status) && current.values.at(ParcelField::Status) == QLatin1String("reserved")
                                               ? QStringLiteral("allocated") : QStringLiteral("reserved");
        edit.reason = QStringLiteral("sezview-bench --register-latency");
        QElapsedTimer timer;
        const EditResult result = writer->apply(edit);
        timer.start();   // from the commit on
        if (result.outcome != EditResult::Outcome::Applied) {
            say(result.message);
            return 1;
        }
        if (!waitForRow(live, row, 10000)) {
            say(QStringLiteral("edit %1 did not reach the other desk within 10 s").arg(i + 1));
            return 1;
        }
        toStore.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The other desk's map, drawn again from its new store as the canvas does (full extent, 1920x1080).
        const auto store = live.overlay()->store();
        const MapStyle style(*store);
        RenderOptions options;
        options.style = ParcelStyle::Status;
        const RenderContext context(*store, style, MapView(store->extent(), QSize(1920, 1080)), options);
        const QImage image = MapRenderer::render(context);
        toMap.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (image.isNull())
            return 1;
    }
    std::printf("register %s, %lld parcels, %d edits\n", location.displayName().toUtf8().constData(), qint64(source->size()), edits);
    std::printf("edit committed -> other desk's store: median %.0f ms, 90th percentile %.0f ms, max %.0f ms\n",
                percentile(toStore, 0.5), percentile(toStore, 0.9), percentile(toStore, 1.0));
    std::printf("edit committed -> other desk's map drawn: median %.0f ms, 90th percentile %.0f ms, max %.0f ms\n",
                percentile(toMap, 0.5), percentile(toMap, 0.9), percentile(toMap, 1.0));
    return 0;
}

} // namespace sez
