// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-bench: measures the viewer's steps on generated datasets of growing size (docs/BENCHMARKS.md).
#include "core/base/feedback.h"
#include "app/registerbench.h"
#include "tools/generator.h"
#include "tools/orthophoto.h"
#include "core/imagery/rasterimagery.h"
#include "core/render/imagerypainter.h"
#include "core/render/maprenderer.h"
#include "core/cache/parcelcache.h"
#include "core/query/parcelquery.h"
#include "core/query/textsearch.h"
#include "core/model/parcelstore.h"
#include "ui/mapcanvas.h"
#include "ui/parceltablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPaintEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// The attribute and distance query of the issue, as an investor would type it in the query builder.
const QString kQuery = QStringLiteral(
    "zone in ('industrial','logistics') and status = 'free' and area_ha >= 1 and distance('substation') <= 5000");
constexpr int kPanFrames = 60;
constexpr QSize kScreen(1920, 1080);
constexpr int kSearchLimit = 2000;   // what the search box asks for
constexpr double kOrthophotoBytes = 1e9;

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A figure measured several times: its samples, in the metric's unit.
struct Metric
{
    QString key;
    QString label;
    QString unit;
    std::vector<double> samples;

    double median() const
    {
        if (samples.empty())
            return std::nan("");
        std::vector<double> s = samples;
        std::sort(s.begin(), s.end());
        const std::size_t n = s.size();
        return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
    double min() const { return samples.empty() ? std::nan("") : *std::min_element(samples.begin(), samples.end()); }
    double max() const { return samples.empty() ? std::nan("") : *std::max_element(samples.begin(), samples.end()); }
};

// The targets: at 1,000,000 parcels unless a size of its own is given.
std::optional<double> targetFor(const QString &key, qint64 parcels)
{
    static const std::map<QString, double> at1m = {
        {QStringLiteral("import_ratio"), 0.8},   {QStringLiteral("cache_open_ms"), 1000},
        {QStringLiteral("render_full_ms"), 250}, {QStringLiteral("render_district_ms"), 30},
        {QStringLiteral("render_parcel_ms"), 30}, {QStringLiteral("pan_frame_ms"), 16},
        {QStringLiteral("query_ms"), 20},        {QStringLiteral("search_cadastral_ms"), 5},
        {QStringLiteral("search_word_ms"), 5},   {QStringLiteral("table_sort_ms"), 300},
        {QStringLiteral("store_bytes_per_parcel"), 150}, {QStringLiteral("store_bytes_per_parcel_indexed"), 150},
        {QStringLiteral("store_bytes_per_parcel_window"), 150},
        {QStringLiteral("first_map_qgis_ratio"), 0.5},
        {QStringLiteral("first_map_viewer_qgis_ratio"), 0.5},
        {QStringLiteral("first_map_peak_mb"), 1000},   {QStringLiteral("warm_reopen_cli_s"), 0.6},
        {QStringLiteral("warm_reopen_viewer_s"), 1.0},
    };
    // A national register on one desktop: its own targets at 10M.
    static const std::map<QString, double> at10m = {
        {QStringLiteral("import_s"), 600},          {QStringLiteral("warm_reopen_cli_s"), 3.0},
        {QStringLiteral("warm_reopen_viewer_s"), 3.0}, {QStringLiteral("first_map_peak_mb"), 4096},
        {QStringLiteral("rss_peak_open_mb"), 4096},  {QStringLiteral("pan_frame_ms"), 16},
        {QStringLiteral("search_cadastral_ms"), 5}, {QStringLiteral("search_word_ms"), 5},
        {QStringLiteral("query_ms"), 200},          {QStringLiteral("table_sort_ms"), 3000},
        {QStringLiteral("table_sort_block_ms"), 300},
    };
    static const std::map<QString, double> at100k = {
        {QStringLiteral("cache_open_ms"), 100}, {QStringLiteral("render_full_ms"), 60}};
    if (parcels >= 9'000'000) {
        auto it = at10m.find(key);
        return it == at10m.end() ? std::nullopt : std::optional<double>(it->second);
    }
    if (parcels >= 1'000'000) {
        auto it = at1m.find(key);
        return it == at1m.end() ? std::nullopt : std::optional<double>(it->second);
    }
    if (parcels >= 100'000 && parcels < 1'000'000) {
        auto it = at100k.find(key);
        return it == at100k.end() ? std::nullopt : std::optional<double>(it->second);
    }
    return std::nullopt;
}

struct SizeResult
{
    qint64 requested = 0;
    qint64 parcels = 0;
    std::deque<Metric> metrics;   // a deque: references to a metric stay valid as others are added
    QJsonObject extra;   // import phases, memory details, views

    Metric &metric(const QString &key, const QString &label, const QString &unit)
    {
        for (Metric &m : metrics)
            if (m.key == key)
                return m;
        metrics.push_back({key, label, unit, {}});
        return metrics.back();
    }
    const Metric *find(const QString &key) const
    {
        for (const Metric &m : metrics)
            if (m.key == key)
                return &m;
        return nullptr;
    }
};

qint64 parseSize(QString text, bool *ok)
{
    text = text.trimmed().toLower();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('k'))) {
        factor = 1000;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('m'))) {
        factor = 1'000'000;
        text.chop(1);
    }
    const double v = text.toDouble(ok);
    return *ok ? qint64(std::llround(v * double(factor))) : 0;
}

QString sizeName(qint64 n)
{
    if (n % 1'000'000 == 0)
        return QStringLiteral("%1M").arg(n / 1'000'000);
    if (n % 1000 == 0)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

// The process's resident memory in bytes from /proc/self/status: all of it (VmRSS), its peak (VmHWM)
// and its anonymous part (RssAnon: the heap and mappings, without the pages of the libraries' code
// and data that a first use of GDAL, SQLite or PROJ brings in, a few MB whatever the dataset).
struct ResidentMemory
{
    qint64 rss = 0;    // VmRSS
    qint64 peak = 0;   // VmHWM
    qint64 anonymous = 0;
};

ResidentMemory residentMemory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    ResidentMemory m;
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : f.readAll().split('\n')) {
        auto kb = [&](const char *name) { return line.mid(int(qstrlen(name))).trimmed().split(' ').value(0).toLongLong() * 1024; };
        if (line.startsWith("VmRSS:"))
            m.rss = kb("VmRSS:");
        else if (line.startsWith("VmHWM:"))
            m.peak = kb("VmHWM:");
        else if (line.startsWith("RssAnon:"))
            m.anonymous = kb("RssAnon:");
    }
    return m;
}

QString machineDescription()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    qint64 memKb = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly))
        memKb = mem.readLine().simplified().split(' ').value(1).toLongLong();
    return QStringLiteral("%1, %2 logical CPUs, %3 GiB RAM, %4")
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(QThread::idealThreadCount())
        .arg(double(memKb) / 1024 / 1024, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName());
}

// A child process run to its end: wall time, peak resident memory (wait4's ru_maxrss) and exit code.
struct ChildRun
{
    double seconds = 0;
    double fileSeconds = std::nan("");   // when the watched file appeared, if it did
    double peakMb = 0;
    int exitCode = -1;
    QString output;   // stdout and stderr, for the message when it failed
};

// Runs \a program with \a args and the environment changed by \a env, timed from spawn to reaped.
// posix_spawn and wait4, not QProcess: QProcess does not give the child's rusage.
// \a watchFile, when given, is polled every 2 ms: the time it appeared (an output renamed into place).
ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QString &watchFile = {})
{
    ChildRun run;
    QTemporaryFile log;
    if (!log.open())
        return run;
    std::vector<QByteArray> argStore{QFile::encodeName(program)}, envStore;
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        all.insert(key, env.value(key));
    for (const QString &line : all.toStringList())
        envStore.push_back(line.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, log.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, log.handle(), 2);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.output = QStringLiteral("%1: %2").arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }
    std::atomic<bool> ended{false};
    std::thread watcher;
    if (!watchFile.isEmpty())
        watcher = std::thread([&] {
            const QByteArray path = QFile::encodeName(watchFile);
            // Looked for once more after the process ended: it may have made the file just before.
            for (;;) {
                const bool last = ended.load();
                if (::access(path.constData(), F_OK) == 0) {
                    run.fileSeconds = msSince(t) / 1000;
                    return;
                }
                if (last)
                    return;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = msSince(t) / 1000;
    ended = true;
    if (watcher.joinable())
        watcher.join();
    run.peakMb = double(usage.ru_maxrss) / 1024;   // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    log.seek(0);
    run.output = QString::fromLocal8Bit(log.readAll()).trimmed();
    return run;
}

// --- The memory probe: a child process that only opens the cache, so the figures are the store's.

int probeMemory(const QString &dataset, const QString &cachePath)
{
    const auto before = residentMemory();
    QString error;
    auto cache = sez::ParcelCache::open(dataset, {cachePath, nullptr}, &error);
    if (!cache) {
        say(error);
        return 1;
    }
    const auto after = residentMemory();
    const auto store = cache->store();
    // What a user lives with: the first zoom builds the window index, the first search the
    // cadastral order.
    store->parcelsIn(QRectF(store->extent().center(), QSizeF(1, 1)));
    const auto windowIndexed = residentMemory();
    store->findCadastralNumber(QStringLiteral("0"));
    const auto indexed = residentMemory();
    // The attributes' own text: the free-text columns as stored (UTF-8) and the dictionaries (UTF-16).
    qint64 text = 0;
    for (qint64 p = 0; p < store->size(); ++p)
        text += store->value(p, sez::ParcelField::CadastralNumber).toString().toUtf8().size()
                + store->value(p, sez::ParcelField::Address).toString().toUtf8().size();
    for (int f = 0; f < int(sez::ParcelField::Count); ++f)
        for (const QString &s : store->dictionary(sez::ParcelField(f)))
            text += s.size() * 2 + 24;   // characters and the QString header
    QJsonObject out{{QStringLiteral("parcels"), double(store->size())},
                    {QStringLiteral("rebuilt"), cache->rebuilt()},
                    {QStringLiteral("rss_before"), double(before.rss)},
                    {QStringLiteral("rss_after"), double(after.rss)},
                    {QStringLiteral("rss_window_indexed"), double(windowIndexed.rss)},
                    {QStringLiteral("rss_indexed"), double(indexed.rss)},
                    {QStringLiteral("anon_before"), double(before.anonymous)},
                    {QStringLiteral("anon_after"), double(after.anonymous)},
                    {QStringLiteral("anon_window_indexed"), double(windowIndexed.anonymous)},
                    {QStringLiteral("anon_indexed"), double(indexed.anonymous)},
                    {QStringLiteral("hwm_after"), double(after.peak)},
                    {QStringLiteral("structural_bytes"), double(store->structuralBytes())},
                    {QStringLiteral("text_bytes"), double(text)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// --- The benchmark of one size.

class SizeBenchmark
{
public:
    SizeBenchmark(qint64 parcels, const QString &dataDir, int runs, int importRuns, bool withOgr, bool withImagery, int processRuns,
                  bool withQgis)
        : mDataDir(dataDir), mRuns(runs), mImportRuns(importRuns), mWithOgr(withOgr && importRuns > 0), mWithImagery(withImagery),
          mProcessRuns(processRuns), mWithQgis(withQgis)
    {
        mResult.requested = parcels;
    }

    bool run(QString *error)
    {
        if (!ensureDataset(error))
            return false;
        // First, while this process is small: the children's memory is then theirs alone.
        if (mProcessRuns > 0 && !measureWholeProcess(error))
            return false;
        if (mImportRuns == 0 && !QFileInfo::exists(cachePath()))
            mImportRuns = 1;   // nothing to open without one import
        if (mImportRuns > 0 && !measureImport(error))
            return false;
        if (!measureCacheOpen(error))
            return false;
        measureMemory();
        measureRenders();
        measurePan(QStringLiteral("pan_frame_ms"), QStringLiteral("pan frame (shifted image)"));
        if (mWithImagery && !measureImagery(error))
            return false;
        if (!measureQuery(error))
            return false;
        measureSearch();
        measureTableSort();
        return true;
    }

    SizeResult result() const { return mResult; }

private:
    QString datasetDir() const { return mDataDir + QStringLiteral("/parcels-%1").arg(mResult.requested); }
    QString cachePath() const { return mDataDir + QStringLiteral("/runs/cache-%1.gpkg").arg(mResult.requested); }

    // The parcels as the land office hands them over: a shapefile, or beyond the DBF's 2 GB a GeoPackage.
    QString parcelsFile() const
    {
        const QString gpkg = datasetDir() + QStringLiteral("/parcels.gpkg");
        return QFileInfo::exists(gpkg) ? gpkg : datasetDir() + QStringLiteral("/parcels.shp");
    }

    bool ensureDataset(QString *error)
    {
        if (!QFileInfo::exists(datasetDir() + QStringLiteral("/dataset.json"))) {
            say(QStringLiteral("generating %1 parcels into %2 (kept for later runs)").arg(mResult.requested).arg(datasetDir()));
            sez::GeneratorOptions options;
            options.parcels = mResult.requested;
            options.outDir = datasetDir();
            sez::GeneratorResult generated;
            QElapsedTimer t;
            t.start();
            if (!sez::generateDataset(options, &generated, error))
                return false;
            mResult.extra[QStringLiteral("generate_s")] = msSince(t) / 1000;
        }
        const bool gpkg = parcelsFile().endsWith(QStringLiteral(".gpkg"));
        mResult.extra[QStringLiteral("parcels_format")] = gpkg ? QStringLiteral("GeoPackage") : QStringLiteral("Shapefile");
        if (gpkg)
            say(QStringLiteral("  the parcels are a GeoPackage layer (parcels.gpkg): as a shapefile their DBF would pass 2 GB, "
                               "the limit of dBase and Esri (GDAL's 2GB_LIMIT); the smaller sizes stay shapefiles"));
        return true;
    }

    // The import of the shapefiles into a new cache, and in the same run ogr2ogr on the parcels file
    // alone, alternating so both see the same state of the machine.
    bool measureImport(QString *error)
    {
        Metric &import = mResult.metric(QStringLiteral("import_s"), QStringLiteral("import into the cache"), QStringLiteral("s"));
        Metric &ogr = mResult.metric(QStringLiteral("ogr2ogr_s"), QStringLiteral("ogr2ogr -f GPKG, parcels"), QStringLiteral("s"));
        QDir().mkpath(mDataDir + QStringLiteral("/runs"));
        const QString ogrOut = mDataDir + QStringLiteral("/runs/ogr2ogr-%1.gpkg").arg(mResult.requested);
        std::map<QString, std::vector<double>> phases;
        for (int r = 0; r < mImportRuns; ++r) {
            if (mWithOgr) {
                QFile::remove(ogrOut);
                QElapsedTimer t;
                t.start();
                QProcess ogr2ogr;   // its warnings (multipolygons in a polygon layer) are not ours to print
                ogr2ogr.start(QStringLiteral("ogr2ogr"),
                              {QStringLiteral("-f"), QStringLiteral("GPKG"), ogrOut, parcelsFile()});
                if (!ogr2ogr.waitForFinished(-1) || ogr2ogr.exitCode() != 0) {
                    *error = QStringLiteral("ogr2ogr failed: %1; run with --no-ogr2ogr to skip it")
                                 .arg(QString::fromUtf8(ogr2ogr.readAllStandardError()).trimmed());
                    return false;
                }
                ogr.samples.push_back(msSince(t) / 1000);
            }
            QFile::remove(cachePath());
            QElapsedTimer t;
            t.start();
            std::map<QString, double> phaseStart;
            sez::Feedback feedback;
            sez::ParcelCache::Options options;
            options.cachePath = cachePath();
            options.feedback = &feedback;
            QObject::connect(&feedback, &sez::Feedback::changed, [&](const sez::FeedbackState &s) {
                if (!phaseStart.count(s.phase))
                    phaseStart[s.phase] = msSince(t);
            });
            auto cache = sez::ParcelCache::open(datasetDir(), options, error);
            const double total = msSince(t);
            if (!cache)
                return false;
            import.samples.push_back(total / 1000);
            mResult.parcels = cache->store()->size();
            if (!QFileInfo::exists(cachePath())) {
                // The import kept its store and an index in memory but could not write the cache
                // (at 10M the store's snapshot passes SQLite's 1 GB limit on a value): the later
                // steps measure that store, and what needs the file is skipped, with the reason.
                mResult.extra[QStringLiteral("cache_not_written")] = cache->warnings().join(QStringLiteral("; "));
                say(QStringLiteral("  the cache could not be written: %1").arg(cache->warnings().join(QStringLiteral("; "))));
                mImported = std::move(cache);
            }
            // Phases as the import reports them: hashing the sources comes before the first "reading".
            const double reading = phaseStart.count(QStringLiteral("reading")) ? phaseStart[QStringLiteral("reading")] : 0;
            const double computing = phaseStart.count(QStringLiteral("computing")) ? phaseStart[QStringLiteral("computing")] : reading;
            const double writing = phaseStart.count(QStringLiteral("writing")) ? phaseStart[QStringLiteral("writing")] : computing;
            phases[QStringLiteral("fingerprint_s")].push_back(reading / 1000);
            phases[QStringLiteral("read_s")].push_back((computing - reading) / 1000);
            phases[QStringLiteral("compute_s")].push_back((writing - computing) / 1000);
            phases[QStringLiteral("write_s")].push_back((total - writing) / 1000);
            say(QStringLiteral("  import %1: %2 s%3").arg(sizeName(mResult.requested)).arg(total / 1000, 0, 'f', 2)
                    .arg(mWithOgr ? QStringLiteral(" (ogr2ogr %1 s)").arg(ogr.samples.back(), 0, 'f', 2) : QString()));
        }
        QFile::remove(ogrOut);
        QJsonObject phaseJson;
        for (const auto &[name, values] : phases) {
            Metric m{name, name, QStringLiteral("s"), values};
            phaseJson[name] = m.median();
        }
        mResult.extra[QStringLiteral("import_phases_median")] = phaseJson;
        if (mWithOgr) {
            // The ratio of each run's pair, so that a slow moment of the machine hits both sides.
            Metric &ratio = mResult.metric(QStringLiteral("import_ratio"), QStringLiteral("import / ogr2ogr"), QStringLiteral("×"));
            for (std::size_t i = 0; i < import.samples.size(); ++i)
                ratio.samples.push_back(import.samples[i] / ogr.samples[i]);
        }
        return true;
    }

    // What a user waits for, as whole processes. The first map of a dataset never seen (an empty
    // $XDG_CACHE_HOME, so `sezview-cli render` imports), alternating with QGIS loading and drawing the
    // same parcels file; then the reopen to the first map from that warm cache, by the command line
    // and by the viewer, which must find the command line's cache (one cache per dataset).
    bool measureWholeProcess(QString *error)
    {
        const QString bin = QCoreApplication::applicationDirPath();
        const QString home = mDataDir + QStringLiteral("/runs/process-%1").arg(mResult.requested);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        const QStringList render{QStringLiteral("render"), QStringLiteral("--dataset"), datasetDir(), QStringLiteral("--size"),
                                 QStringLiteral("1920x1080"), QStringLiteral("-o"), home + QStringLiteral("/map.png")};
        const auto failed = [error](const QString &what, const ChildRun &run) {
            *error = QStringLiteral("%1 failed (exit %2): %3").arg(what).arg(run.exitCode).arg(run.output.right(2000));
            return false;
        };
        Metric &firstMap = mResult.metric(QStringLiteral("first_map_s"), QStringLiteral("never-seen dataset → map written, CLI"),
                                          QStringLiteral("s"));
        Metric &cold = mResult.metric(QStringLiteral("first_map_process_s"), QStringLiteral("never-seen dataset → process end, CLI"),
                                      QStringLiteral("s"));
        Metric &coldViewer = mResult.metric(QStringLiteral("first_map_viewer_s"), QStringLiteral("never-seen dataset → first map, viewer"),
                                            QStringLiteral("s"));
        // The viewer creates the marker at its first map; its process then ends once a first import's
        // cache file is written (ParcelCache waits for its deferred write), which is not the map's time.
        const QString viewerMarker = home + QStringLiteral("/viewer-first-map");
        const QStringList viewer{QStringLiteral("--quit-on-first-map"), viewerMarker, QStringLiteral("--lang"), QStringLiteral("en"), datasetDir()};
        Metric &coldViewerEnd = mResult.metric(QStringLiteral("first_map_viewer_process_s"),
                                               QStringLiteral("never-seen dataset → process end, viewer"), QStringLiteral("s"));
        Metric &peak = mResult.metric(QStringLiteral("first_map_peak_mb"), QStringLiteral("peak resident, CLI first map"), QStringLiteral("MB"));
        Metric *qgis = mWithQgis ? &mResult.metric(QStringLiteral("qgis_first_map_s"), QStringLiteral("QGIS load + render, whole process"),
                                                   QStringLiteral("s"))
                                 : nullptr;
        std::map<QString, std::vector<double>> qgisPhases;
        for (int r = 0; r < mProcessRuns; ++r) {
            QDir(home).removeRecursively();
            QDir().mkpath(home);
            if (qgis) {
                const ChildRun q = runChild(QStringLiteral("/usr/bin/python3"),
                                            {QStringLiteral(SEZ_QGIS_SCRIPT), parcelsFile(), QStringLiteral("ZONA"),
                                             home + QStringLiteral("/qgis.png"), QStringLiteral("1920"), QStringLiteral("1080")}, env);
                if (q.exitCode != 0)
                    return failed(QStringLiteral("QGIS (bench/qgis_first_map.py)"), q);
                qgis->samples.push_back(q.seconds);
                const QJsonObject phases = QJsonDocument::fromJson(q.output.section(QLatin1Char('\n'), -1).toUtf8()).object();
                for (auto it = phases.begin(); it != phases.end(); ++it)
                    qgisPhases[it.key()].push_back(it.value().toDouble());
            }
            // The map is the first thing written, from the source store: the derived fields (areas,
            // distances) and the cache file follow on the pool (Options::deferWrite), and the process
            // waits for them before it ends, so "map written" is the file's time, not the process's.
            const ChildRun c = runChild(bin + QStringLiteral("/sezview-cli"), render, env, home + QStringLiteral("/map.png"));
            if (c.exitCode != 0 || std::isnan(c.fileSeconds))
                return failed(QStringLiteral("sezview-cli render"), c);
            firstMap.samples.push_back(c.fileSeconds);
            cold.samples.push_back(c.seconds);
            peak.samples.push_back(c.peakMb);
            // The viewer's own never-seen first map: the cache the CLI wrote goes first.
            QDir(home + QStringLiteral("/cache")).removeRecursively();
            const ChildRun v = runChild(bin + QStringLiteral("/sezview"), viewer, env, viewerMarker);
            if (v.exitCode != 0 || std::isnan(v.fileSeconds))
                return failed(QStringLiteral("sezview --quit-on-first-map (never-seen)"), v);
            coldViewer.samples.push_back(v.fileSeconds);
            coldViewerEnd.samples.push_back(v.seconds);
            QFile::remove(viewerMarker);
            say(QStringLiteral("  first map %1: %2 s, process %3 s, peak %4 MB; viewer %5 s, process %6 s%7").arg(sizeName(mResult.requested))
                    .arg(c.fileSeconds, 0, 'f', 2).arg(c.seconds, 0, 'f', 2).arg(c.peakMb, 0, 'f', 0).arg(v.fileSeconds, 0, 'f', 2)
                    .arg(v.seconds, 0, 'f', 2)
                    .arg(qgis ? QStringLiteral(" (QGIS %1 s)").arg(qgis->samples.back(), 0, 'f', 2) : QString()));
        }
        if (qgis) {
            // QGIS's process ends as its map is saved: its whole process is its time to the map.
            Metric &ratio = mResult.metric(QStringLiteral("first_map_qgis_ratio"), QStringLiteral("map written / QGIS's"), QStringLiteral("×"));
            Metric &processRatio = mResult.metric(QStringLiteral("first_map_process_qgis_ratio"), QStringLiteral("process end / QGIS's"),
                                                  QStringLiteral("×"));
            Metric &viewerRatio = mResult.metric(QStringLiteral("first_map_viewer_qgis_ratio"), QStringLiteral("viewer's first map / QGIS's"),
                                                 QStringLiteral("×"));
            for (std::size_t i = 0; i < cold.samples.size(); ++i) {
                ratio.samples.push_back(firstMap.samples[i] / qgis->samples[i]);
                processRatio.samples.push_back(cold.samples[i] / qgis->samples[i]);
                viewerRatio.samples.push_back(coldViewer.samples[i] / qgis->samples[i]);
            }
            QJsonObject phaseJson;
            for (const auto &[name, values] : qgisPhases)
                phaseJson[name] = Metric{name, name, QStringLiteral("s"), values}.median();
            mResult.extra[QStringLiteral("qgis_phases_median")] = phaseJson;
        }

        // The cache the viewer wrote last: the warm reopens, the CLI's and the viewer's, must read it, not write their own.
        const QStringList caches = QDir(home + QStringLiteral("/cache/sezview")).entryList({QStringLiteral("*.gpkg")}, QDir::Files);
        if (caches.size() != 1) {
            *error = QStringLiteral("expected one cache in %1/cache/sezview, found %2").arg(home).arg(caches.size());
            return false;
        }
        const QFileInfo cacheFile(home + QStringLiteral("/cache/sezview/") + caches.constFirst());
        const QDateTime written = cacheFile.lastModified();
        Metric &warmCli = mResult.metric(QStringLiteral("warm_reopen_cli_s"), QStringLiteral("warm reopen → first map, CLI"), QStringLiteral("s"));
        Metric &warmViewer = mResult.metric(QStringLiteral("warm_reopen_viewer_s"), QStringLiteral("warm reopen → first map, viewer"),
                                            QStringLiteral("s"));
        for (int r = 0; r < mRuns + 1; ++r) {
            const ChildRun c = runChild(bin + QStringLiteral("/sezview-cli"), render, env);
            if (c.exitCode != 0)
                return failed(QStringLiteral("sezview-cli render (warm)"), c);
            const ChildRun v = runChild(bin + QStringLiteral("/sezview"), viewer, env, viewerMarker);
            if (v.exitCode != 0 || std::isnan(v.fileSeconds))
                return failed(QStringLiteral("sezview --quit-on-first-map"), v);
            QFile::remove(viewerMarker);
            if (r > 0) {   // the first brings the cache into the page cache
                warmCli.samples.push_back(c.seconds);
                warmViewer.samples.push_back(v.fileSeconds);
            }
        }
        int cachesNow = 0;
        for (QDirIterator it(home + QStringLiteral("/cache"), {QStringLiteral("*.gpkg")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++cachesNow;
        if (QFileInfo(cacheFile.filePath()).lastModified() != written || cachesNow != 1) {
            *error = QStringLiteral("the warm reopens wrote the cache again");
            return false;
        }
        say(QStringLiteral("  warm reopen %1: CLI %2 s, viewer %3 s").arg(sizeName(mResult.requested)).arg(warmCli.median(), 0, 'f', 2)
                .arg(warmViewer.median(), 0, 'f', 2));
        QDir(home).removeRecursively();
        return true;
    }

    // Opening the fresh cache to a store ready for the map, the table and queries (R*-tree built).
    bool measureCacheOpen(QString *error)
    {
        if (mImported && !QFileInfo::exists(cachePath())) {
            say(QStringLiteral("  no cache file: cache open and the memory probe are skipped; the other steps use the import's store"));
            mCache = std::move(mImported);
            mStore = mCache->store();
            return true;
        }
        Metric &open = mResult.metric(QStringLiteral("cache_open_ms"), QStringLiteral("cache open to ready store"), QStringLiteral("ms"));
        for (int r = 0; r < mRuns + 1; ++r) {
            mCache.reset();
            mStore.reset();
            QElapsedTimer t;
            t.start();
            mCache = sez::ParcelCache::open(datasetDir(), {cachePath(), nullptr}, error);
            const double ms = msSince(t);
            if (!mCache)
                return false;
            if (mCache->rebuilt()) {
                *error = QStringLiteral("the cache was rebuilt on open (%1)").arg(mCache->rebuildReason());
                return false;
            }
            if (r > 0)   // the first open brings the file into the page cache
                open.samples.push_back(ms);
        }
        mStore = mCache->store();
        mResult.parcels = mStore->size();
        return true;
    }

    void measureMemory()
    {
        if (!QFileInfo::exists(cachePath()))
            return;   // the probe would import again
        QProcess probe;
        probe.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-memory"), datasetDir(), cachePath()});
        probe.waitForFinished(-1);
        const QJsonObject m = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
        if (m.isEmpty()) {
            say(QStringLiteral("  the memory probe failed: %1").arg(QString::fromUtf8(probe.readAllStandardError())));
            return;
        }
        const double n = m[QStringLiteral("parcels")].toDouble();
        const double rss = m[QStringLiteral("rss_after")].toDouble() - m[QStringLiteral("rss_before")].toDouble();
        const double text = m[QStringLiteral("text_bytes")].toDouble();
        mResult.metric(QStringLiteral("store_bytes_per_parcel"), QStringLiteral("store − text a parcel, resident, no index yet"), QStringLiteral("B"))
            .samples.push_back((rss - text) / n);
        const double window = m[QStringLiteral("rss_window_indexed")].toDouble() - m[QStringLiteral("rss_before")].toDouble();
        mResult.metric(QStringLiteral("store_bytes_per_parcel_window"),
                       QStringLiteral("store − text a parcel, after 1st zoom"), QStringLiteral("B"))
            .samples.push_back((window - text) / n);
        const double indexed = m[QStringLiteral("rss_indexed")].toDouble() - m[QStringLiteral("rss_before")].toDouble();
        mResult.metric(QStringLiteral("store_bytes_per_parcel_indexed"),
                       QStringLiteral("store − text a parcel, zoom + lookup"), QStringLiteral("B"))
            .samples.push_back((indexed - text) / n);
        // The same without the libraries' file-backed pages that the open touches first (a fixed cost).
        const double anonBefore = m[QStringLiteral("anon_before")].toDouble();
        mResult.metric(QStringLiteral("store_anon_bytes_per_parcel"),
                       QStringLiteral("the same, anonymous pages, no index"), QStringLiteral("B"))
            .samples.push_back((m[QStringLiteral("anon_after")].toDouble() - anonBefore - text) / n);
        mResult.metric(QStringLiteral("store_anon_bytes_per_parcel_indexed"),
                       QStringLiteral("the same, anonymous, zoom + lookup"), QStringLiteral("B"))
            .samples.push_back((m[QStringLiteral("anon_indexed")].toDouble() - anonBefore - text) / n);
        mResult.metric(QStringLiteral("structural_bytes_per_parcel"), QStringLiteral("structuralBytes() a parcel (indexes built)"), QStringLiteral("B"))
            .samples.push_back(m[QStringLiteral("structural_bytes")].toDouble() / n);
        mResult.metric(QStringLiteral("rss_store_mb"), QStringLiteral("resident after open"), QStringLiteral("MB"))
            .samples.push_back(rss / 1e6);
        mResult.metric(QStringLiteral("rss_peak_open_mb"), QStringLiteral("peak resident during open"), QStringLiteral("MB"))
            .samples.push_back((m[QStringLiteral("hwm_after")].toDouble() - m[QStringLiteral("rss_before")].toDouble()) / 1e6);
        mResult.extra[QStringLiteral("memory_probe")] = m;
    }

    // The views the viewer would show: taken from a canvas of the screen's size.
    void prepareViews()
    {
        if (mCanvas)
            return;
        mCanvas = std::make_unique<sez::MapCanvas>();
        mCanvas->resize(kScreen);
        mCanvas->setStore(mStore);
        mCanvas->zoomToExtent();
        mFullView = mCanvas->view();
        // The district with the most parcels, and the parcel nearest its middle.
        QRectF best;
        std::size_t bestCount = 0;
        for (const sez::ContextFeature &d : mStore->districts()) {
            const QRectF b = d.geometry.bounds();
            const std::size_t count = mStore->parcelsIn(b).size();
            if (count > bestCount) {
                bestCount = count;
                best = b;
            }
        }
        if (best.isNull())
            best = mStore->extent();
        mCanvas->setView(best);
        mDistrictView = mCanvas->view();
        qint64 parcel = mStore->parcelAt(best.center());
        if (parcel < 0) {
            double nearest = 1e300;
            for (qint64 p : mStore->parcelsIn(best.adjusted(best.width() / 3, best.height() / 3, -best.width() / 3, -best.height() / 3))) {
                const double d = QLineF(mStore->labelPoint(p), best.center()).length();
                if (d < nearest) {
                    nearest = d;
                    parcel = p;
                }
            }
        }
        mCanvas->zoomToParcel(std::max<qint64>(parcel, 0));
        mParcelView = mCanvas->view();
        auto rect = [](const QRectF &r) {
            return QJsonArray{r.left(), r.top(), r.width(), r.height()};
        };
        mResult.extra[QStringLiteral("views")] = QJsonObject{
            {QStringLiteral("full"), rect(mFullView)}, {QStringLiteral("district"), rect(mDistrictView)},
            {QStringLiteral("parcel"), rect(mParcelView)}, {QStringLiteral("district_parcels"), double(bestCount)}};
    }

    void measureRenders()
    {
        prepareViews();
        const sez::RenderOptions options = mCanvas->renderOptions();   // zone style, outlines, labels
        auto measure = [&](const QString &key, const QString &label, const QRectF &extent) {
            Metric &m = mResult.metric(key, label, QStringLiteral("ms"));
            for (int r = 0; r < mRuns + 1; ++r) {
                QElapsedTimer t;
                t.start();
                const QImage image = sez::MapRenderer::render(
                    sez::RenderContext(*mStore, *mCanvas->mapStyle(), sez::MapView(extent, kScreen), options));
                const double ms = msSince(t);
                if (r > 0)   // the first render loads fonts and warms the caches
                    m.samples.push_back(ms);
                Q_UNUSED(image);
            }
        };
        measure(QStringLiteral("render_full_ms"), QStringLiteral("render full extent 1920×1080"), mFullView);
        measure(QStringLiteral("render_district_ms"), QStringLiteral("render district zoom"), mDistrictView);
        measure(QStringLiteral("render_parcel_ms"), QStringLiteral("render parcel zoom"), mParcelView);
    }

    // A drag on the canvas: each frame moves the view, lets the canvas start its (cancelling) render
    // on the worker, and paints the last image shifted, as the window would.
    void measurePan(const QString &key, const QString &label)
    {
        prepareViews();
        mCanvas->show();
        mCanvas->setView(mDistrictView);
        mCanvas->waitForRender();
        struct PaintCounter : QObject
        {
            int paints = 0;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    ++paints;
                return false;
            }
        } counter;
        mCanvas->installEventFilter(&counter);
        Metric &frame = mResult.metric(key, label, QStringLiteral("ms"));
        for (int run = 0; run < mRuns; ++run) {
            for (int i = 0; i < kPanFrames; ++i) {
                const int before = counter.paints;
                QElapsedTimer t;
                t.start();
                mCanvas->panByPixels(QPointF(run % 2 ? -9 : 9, 5));
                QCoreApplication::processEvents();
                if (counter.paints == before)
                    mCanvas->repaint();
                frame.samples.push_back(msSince(t));
            }
            mCanvas->waitForRender();
        }
        mCanvas->removeEventFilter(&counter);
        mCanvas->hide();
        mResult.extra[QStringLiteral("pan_canvas_size")] = QJsonArray{mCanvas->width(), mCanvas->height()};
    }

    // The 1 GB orthophoto over the dataset, generated once into the data folder and kept.
    bool ensureOrthophoto(QString *error)
    {
        if (QFileInfo::exists(orthophotoPath()) && QFileInfo::exists(orthophotoPath() + QStringLiteral(".ovr")))
            return true;
        sez::OrthophotoOptions options;
        options.path = orthophotoPath();
        options.extent = mStore->extent().adjusted(-1000, -1000, 1000, 1000);
        options.epsg = mStore->mapEpsg();
        // RGB at 3 bytes a pixel: the resolution that makes about 1 GB.
        options.metresPerPixel = std::sqrt(options.extent.width() * options.extent.height() * 3 / kOrthophotoBytes);
        say(QStringLiteral("generating a 1 GB orthophoto with overviews into %1 (kept for later runs)").arg(options.path));
        QElapsedTimer t;
        t.start();
        sez::Feedback feedback;
        if (!sez::generateOrthophoto(options, error, &feedback))
            return false;
        mResult.extra[QStringLiteral("orthophoto_generate_s")] = msSince(t) / 1000;
        return true;
    }

    // One for every size: the generated datasets all cover the same SEZ.
    QString orthophotoPath() const { return mDataDir + QStringLiteral("/orthophoto/orthophoto-1gb.tif"); }

    // Renders with the orthophoto under the map (as the viewer shows it), the orthophoto alone, and
    // a drag of the canvas with it on.
    bool measureImagery(QString *error)
    {
        prepareViews();
        if (!ensureOrthophoto(error))
            return false;
        std::shared_ptr<const sez::RasterImagery> orthophoto = sez::RasterImagery::open(orthophotoPath(), error);
        if (!orthophoto)
            return false;
        mResult.extra[QStringLiteral("orthophoto")] = QJsonObject{
            {QStringLiteral("pixels"), QJsonArray{orthophoto->size().width(), orthophoto->size().height()}},
            {QStringLiteral("bytes"), double(QFileInfo(orthophotoPath()).size())},
            {QStringLiteral("overview_bytes"), double(QFileInfo(orthophotoPath() + QStringLiteral(".ovr")).size())},
            {QStringLiteral("overviews"), orthophoto->overviewCount()}};
        sez::MapLayer layer = sez::imageryLayer(QStringLiteral("orthophoto"), orthophoto);
        const sez::RenderOptions options = mCanvas->renderOptions();
        auto measure = [&](const QString &key, const QString &label, const QRectF &extent, bool alone) {
            Metric &m = mResult.metric(key, label, QStringLiteral("ms"));
            for (int r = 0; r < mRuns + 1; ++r) {
                sez::RenderContext context(*mStore, *mCanvas->mapStyle(), sez::MapView(extent, kScreen), options);
                if (alone) {
                    sez::MapLayers layers;
                    layers.insert(0, layer);
                    context.setLayers(layers);
                } else {
                    sez::showImageryUnder(context.layers(), {layer});
                }
                QElapsedTimer t;
                t.start();
                const QImage image = sez::MapRenderer::render(context);
                const double ms = msSince(t);
                if (r > 0)   // the first render opens the file and warms GDAL's block cache
                    m.samples.push_back(ms);
                Q_UNUSED(image);
            }
        };
        measure(QStringLiteral("imagery_full_ms"), QStringLiteral("render full extent + orthophoto"), mFullView, false);
        measure(QStringLiteral("imagery_district_ms"), QStringLiteral("render district zoom + orthophoto"), mDistrictView, false);
        measure(QStringLiteral("imagery_parcel_ms"), QStringLiteral("render parcel zoom + orthophoto"), mParcelView, false);
        measure(QStringLiteral("imagery_only_full_ms"), QStringLiteral("orthophoto alone, full extent"), mFullView, true);
        measure(QStringLiteral("imagery_only_parcel_ms"), QStringLiteral("orthophoto alone, parcel zoom"), mParcelView, true);
        // The same pixels said to be in Web Mercator over the same ground: drawn through the warper.
        const QString mercator = mDataDir + QStringLiteral("/orthophoto/orthophoto-1gb-3857.vrt");
        if (!QFileInfo::exists(mercator) && !sez::writeOrthophotoInOtherCrs(orthophotoPath(), mercator, 3857, error))
            return false;
        std::shared_ptr<const sez::RasterImagery> warped = sez::RasterImagery::open(mercator, error);
        if (!warped)
            return false;
        const sez::MapLayer direct = layer;
        layer = sez::imageryLayer(QStringLiteral("orthophoto"), warped);
        measure(QStringLiteral("imagery_warped_full_ms"), QStringLiteral("orthophoto alone, warped, full extent"), mFullView, true);
        measure(QStringLiteral("imagery_warped_parcel_ms"), QStringLiteral("orthophoto alone, warped, parcel zoom"), mParcelView, true);
        layer = direct;
        mCanvas->insertLayer(0, layer);
        sez::MapLayers faded = mCanvas->layers();
        sez::fadeOverImagery(faded, true);
        for (const sez::MapLayer &l : faded)
            mCanvas->setLayerOpacity(l.id, l.opacity);
        measurePan(QStringLiteral("imagery_pan_frame_ms"), QStringLiteral("pan frame + orthophoto"));
        mCanvas->removeLayer(layer.id);
        return true;
    }

    bool measureQuery(QString *error)
    {
        Metric &m = mResult.metric(QStringLiteral("query_ms"), QStringLiteral("attribute + distance query"), QStringLiteral("ms"));
        std::vector<qint64> rows;
        for (int r = 0; r < mRuns + 1; ++r) {
            QElapsedTimer t;
            t.start();
            if (!sez::selectParcels(mStore, mCache->textSearch(), kQuery, &rows, error))
                return false;
            if (r > 0)
                m.samples.push_back(msSince(t));
        }
        mResult.extra[QStringLiteral("query_rows")] = double(rows.size());
        return true;
    }

    void measureSearch()
    {
        // A prefix of a real number (its first two groups) and of a real address word.
        const qint64 middle = mStore->size() / 2;
        const QString number = mStore->value(middle, sez::ParcelField::CadastralNumber).toString().left(6);
        const QString address = mStore->value(middle, sez::ParcelField::Address).toString();
        QString word;
        for (const QString &w : address.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (w.size() >= 5 && w.at(0).isLetter()) {
                word = w.left(4);
                break;
            }
        auto measure = [&](const QString &key, const QString &label, const QString &text) {
            Metric &m = mResult.metric(key, label, QStringLiteral("ms"));
            std::size_t hits = 0;
            for (int r = 0; r < mRuns + 1; ++r) {
                QElapsedTimer t;
                t.start();
                hits = mCache->textSearch()->search(text, kSearchLimit).size();
                if (r > 0)
                    m.samples.push_back(msSince(t));
            }
            mResult.extra[key + QStringLiteral("_text")] = text;
            mResult.extra[key + QStringLiteral("_hits")] = double(hits);
        };
        measure(QStringLiteral("search_cadastral_ms"), QStringLiteral("full-text prefix, cadastral"), number);
        if (!word.isEmpty())
            measure(QStringLiteral("search_word_ms"), QStringLiteral("full-text prefix, address word"), word);
    }

    // A click on the area header of the attribute table: the view asks the model to sort.
    void measureTableSort()
    {
        sez::ParcelTableModel model;
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.resize(1200, 600);
        view.show();
        model.setStore(mStore);
        Metric &m = mResult.metric(QStringLiteral("table_sort_ms"), QStringLiteral("table sort by area, to sorted rows shown"),
                                   QStringLiteral("ms"));
        // Beyond ParcelTableModel::backgroundSortRows() the sort runs on the pool: the window waits only
        // for the request, and the rows change when the pool is done.
        Metric &block = mResult.metric(QStringLiteral("table_sort_block_ms"), QStringLiteral("table sort, window blocked"),
                                       QStringLiteral("ms"));
        for (int r = 0; r < mRuns + 1; ++r) {
            view.sortByColumn(-1, Qt::AscendingOrder);
            model.showAll();   // back to row order
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            view.sortByColumn(int(sez::ParcelField::AreaHa), r % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            const double blocked = msSince(t);
            while (model.isSorting())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            view.viewport()->repaint();
            if (r > 0) {
                m.samples.push_back(msSince(t));
                block.samples.push_back(blocked);
            }
        }
    }

    QString mDataDir;
    int mRuns;
    int mImportRuns;
    bool mWithOgr;
    bool mWithImagery;
    int mProcessRuns;
    bool mWithQgis;
    SizeResult mResult;
    std::unique_ptr<sez::ParcelCache> mCache;
    std::unique_ptr<sez::ParcelCache> mImported;   // the last import's, when it could not write its cache file
    std::shared_ptr<const sez::ParcelStore> mStore;
    std::unique_ptr<sez::MapCanvas> mCanvas;
    QRectF mFullView, mDistrictView, mParcelView;
};

// --- Output

QJsonObject toJson(const std::vector<SizeResult> &results, const QString &machine, const QString &ogrVersion, const QString &qgisVersion)
{
    QJsonArray sizes;
    for (const SizeResult &r : results) {
        QJsonObject metrics;
        for (const Metric &m : r.metrics) {
            QJsonArray samples;
            for (double s : m.samples)
                samples.append(s);
            QJsonObject o{{QStringLiteral("label"), m.label}, {QStringLiteral("unit"), m.unit},
                          {QStringLiteral("median"), m.median()}, {QStringLiteral("min"), m.min()},
                          {QStringLiteral("max"), m.max()}, {QStringLiteral("samples"), samples}};
            if (const auto target = targetFor(m.key, r.parcels)) {
                o[QStringLiteral("target")] = *target;
                o[QStringLiteral("met")] = m.median() <= *target;
            }
            metrics[m.key] = o;
        }
        sizes.append(QJsonObject{{QStringLiteral("requested"), double(r.requested)}, {QStringLiteral("parcels"), double(r.parcels)},
                                 {QStringLiteral("metrics"), metrics}, {QStringLiteral("details"), r.extra}});
    }
    return {{QStringLiteral("machine"), machine}, {QStringLiteral("ogr2ogr"), ogrVersion},
            {QStringLiteral("qgis"), qgisVersion.isEmpty() ? QStringLiteral("skipped") : qgisVersion},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}, {QStringLiteral("sizes"), sizes}};
}

QString formatValue(double v, const QString &unit)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    const int decimals = unit == QLatin1String("ms") ? (v < 10 ? 2 : 1) : unit == QLatin1String("s") || unit == QStringLiteral("×") ? 2 : 0;
    return QString::number(v, 'f', decimals);
}

void printTable(const std::vector<SizeResult> &results, const QString &machine, const QString &qgisVersion)
{
    std::printf("sezview-bench — %s\n", qPrintable(machine));
    std::printf("QGIS peer: %s\n", qgisVersion.isEmpty() ? "skipped (python3-qgis not importable, or --no-qgis, or --process-runs 0)"
                                                           : qPrintable(QStringLiteral("QGIS ") + qgisVersion));
    std::printf("median [min–max] of the runs; ✓/✗ against the issue's target at that size\n\n");
    QStringList keys;
    for (const SizeResult &r : results)
        for (const Metric &m : r.metrics)
            if (!keys.contains(m.key))
                keys << m.key;
    auto pad = [](const QString &s, int w) { return s + QString(std::max(0, w - int(s.size())), QLatin1Char(' ')); };
    QString header = pad(QStringLiteral("step"), 42) + pad(QStringLiteral("unit"), 6);
    for (const SizeResult &r : results)
        header += pad(sizeName(r.requested) + QStringLiteral(" (") + QString::number(r.parcels) + QLatin1Char(')'), 30);
    if (results.size() > 1)
        header += QStringLiteral("growth");
    std::printf("%s\n", qPrintable(header));
    for (const QString &key : keys) {
        const Metric *first = nullptr;
        QString line;
        for (const SizeResult &r : results) {
            const Metric *m = r.find(key);
            if (!first && m)
                first = m;
            QString cell = QStringLiteral("-");
            if (m && !m->samples.empty()) {
                cell = formatValue(m->median(), m->unit);
                if (m->samples.size() > 1)
                    cell += QStringLiteral(" [%1–%2]").arg(formatValue(m->min(), m->unit), formatValue(m->max(), m->unit));
                if (const auto target = targetFor(key, r.parcels))
                    cell += m->median() <= *target ? QStringLiteral(" ✓") : QStringLiteral(" ✗%1").arg(formatValue(*target, m->unit));
            }
            line += pad(cell, 30);
        }
        // Growth as the exponent of the size: 1 is linear, below 1 better than linear.
        const Metric *a = results.front().find(key), *b = results.back().find(key);
        if (results.size() > 1 && a && b && a->median() > 0 && b->median() > 0 && results.back().parcels > results.front().parcels)
            line += QStringLiteral("n^%1").arg(std::log(b->median() / a->median()) / std::log(double(results.back().parcels) / results.front().parcels), 0, 'f', 2);
        std::printf("%s%s%s\n", qPrintable(pad(first->label, 42)), qPrintable(pad(first->unit, 6)), qPrintable(line));
    }
    for (const SizeResult &r : results)
        std::printf("\n%s: import phases (median, s) %s; query selects %g rows; searches '%s' (%g hits), '%s' (%g hits)",
                    qPrintable(sizeName(r.requested)),
                    QJsonDocument(r.extra[QStringLiteral("import_phases_median")].toObject()).toJson(QJsonDocument::Compact).constData(),
                    r.extra[QStringLiteral("query_rows")].toDouble(),
                    qPrintable(r.extra[QStringLiteral("search_cadastral_ms_text")].toString()),
                    r.extra[QStringLiteral("search_cadastral_ms_hits")].toDouble(),
                    qPrintable(r.extra[QStringLiteral("search_word_ms_text")].toString()),
                    r.extra[QStringLiteral("search_word_ms_hits")].toDouble());
    for (const SizeResult &r : results)
        if (r.extra.contains(QStringLiteral("qgis_phases_median")))
            std::printf("\n%s: QGIS phases (median, s) %s", qPrintable(sizeName(r.requested)),
                        QJsonDocument(r.extra[QStringLiteral("qgis_phases_median")].toObject()).toJson(QJsonDocument::Compact).constData());
    std::printf("\n");
}

QString defaultDataDir()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return (cache.isEmpty() ? QDir::tempPath() : cache) + QStringLiteral("/sezview-bench");
}

} // namespace

int main(int argc, char **argv)
{
    // A hidden mode: the child process that measures the store's memory alone.
    if (argc == 4 && qstrcmp(argv[1], "--probe-memory") == 0) {
        QCoreApplication app(argc, argv);
        return probeMemory(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sezview-bench"));
    // Another mode: an edit's way to the other desk (docs/BENCHMARKS.md, the allocation register).
    if ((argc == 4 || argc == 5) && qstrcmp(argv[1], "--register-latency") == 0)
        return sez::runRegisterLatency(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                                       argc == 5 ? QByteArray(argv[4]).toInt() : 20);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures import, cache open, rendering, panning, queries, search, "
                                                    "table sorting and memory on generated datasets."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated parcel counts (10k,100k,1m)."), QStringLiteral("LIST"),
                      QStringLiteral("10k,100k,1m")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each fast step (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("import-runs"), QStringLiteral("Runs of the import and of ogr2ogr (default 3); 0 reuses the "
                                                                    "cache of an earlier run, to look at the other steps."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Where generated datasets and caches are kept."), QStringLiteral("DIR"),
                      defaultDataDir()});
    parser.addOption({QStringLiteral("no-ogr2ogr"), QStringLiteral("Do not run ogr2ogr for the import ratio.")});
    parser.addOption({QStringLiteral("no-imagery"), QStringLiteral("Skip the renders with a 1 GB orthophoto (generated once, about 1.3 GB "
                                                                   "with its overviews).")});
    parser.addOption({QStringLiteral("process-runs"), QStringLiteral("Runs of the never-seen first map as a whole process (default 3; "
                                                                     "0 skips it and the warm reopens)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-qgis"), QStringLiteral("Do not time QGIS beside the never-seen first map.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the results as JSON instead of a table.")});
    parser.process(app);

    std::vector<qint64> sizes;
    for (const QString &s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = parseSize(s, &ok);
        if (!ok || n < 1000 || n > sez::kMaxGeneratedParcels) {
            say(QStringLiteral("sezview-bench: --sizes takes parcel counts from 1k to 10m, e.g. 10k,100k,1m (10m is kept out of CI)"));
            return 2;
        }
        sizes.push_back(n);
    }
    std::sort(sizes.begin(), sizes.end());
    bool runsOk = false, importRunsOk = false, processRunsOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    const int importRuns = parser.value(QStringLiteral("import-runs")).toInt(&importRunsOk);
    const int processRuns = parser.value(QStringLiteral("process-runs")).toInt(&processRunsOk);
    if (sizes.empty() || !runsOk || runs < 1 || !importRunsOk || importRuns < 0 || !processRunsOk || processRuns < 0) {
        say(QStringLiteral("sezview-bench: --runs needs a positive number, --import-runs and --process-runs zero or more, "
                           "--sizes at least one size"));
        return 2;
    }
    const QString dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    const bool withOgr = !parser.isSet(QStringLiteral("no-ogr2ogr"));
    QString ogrVersion;
    if (withOgr) {
        QProcess p;
        p.start(QStringLiteral("ogr2ogr"), {QStringLiteral("--version")});
        if (!p.waitForFinished() || p.exitCode() != 0) {
            say(QStringLiteral("sezview-bench: ogr2ogr is not on the PATH; install GDAL's tools or pass --no-ogr2ogr"));
            return 1;
        }
        ogrVersion = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // QGIS is the peer of the never-seen first map when Debian's python3-qgis is there.
    QString qgisVersion;
    if (processRuns > 0 && !parser.isSet(QStringLiteral("no-qgis"))) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("from qgis.core import Qgis; print(Qgis.QGIS_VERSION)")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            qgisVersion = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        else
            say(QStringLiteral("QGIS step skipped: python3-qgis is not importable by /usr/bin/python3 (scripts/deps.sh --peers installs it)"));
    }

    const QString machine = machineDescription();
    std::vector<SizeResult> results;
    for (qint64 n : sizes) {
        say(QStringLiteral("%1 parcels:").arg(sizeName(n)));
        SizeBenchmark bench(n, dataDir, runs, importRuns, withOgr, !parser.isSet(QStringLiteral("no-imagery")), processRuns,
                            !qgisVersion.isEmpty());
        QString error;
        if (!bench.run(&error)) {
            say(QStringLiteral("sezview-bench: %1 parcels: %2").arg(n).arg(error));
            return 1;
        }
        results.push_back(bench.result());
    }
    if (parser.isSet(QStringLiteral("json")))
        std::printf("%s", QJsonDocument(toJson(results, machine, ogrVersion, qgisVersion)).toJson(QJsonDocument::Indented).constData());
    else
        printTable(results, machine, qgisVersion);
    return 0;
}
