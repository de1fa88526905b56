// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli: the viewer's data work without a window, for scripts and analysts.
#include "core/base/feedback.h"
#include "core/base/languages.h"
#include "core/io/atomicfile.h"
#include "core/geo/crs.h"
#include "core/io/dataset.h"
#include "core/io/exporter.h"
#include "core/io/datasource.h"
#include "core/io/mappingguess.h"
#include "core/io/postgissource.h"
#include "tools/generator.h"
#include "core/imagery/imagerysource.h"
#include "core/imagery/tilefetcher.h"
#include "core/imagery/tileimagery.h"
#include "core/render/imagerypainter.h"
#include "core/render/mapdecorations.h"
#include "core/render/maprenderer.h"
#include "core/cache/parcelcache.h"
#include "core/cache/postgispublisher.h"
#include "core/query/parcelquery.h"
#include "core/report/extract.h"
#include "core/report/extractwriter.h"
#include "core/report/report.h"
#include "core/model/statistics.h"
#include "core/model/summary.h"
#include "app/registercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

const char *const kUsage =
    "usage: sezview-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  info PATH [--json]                 layers of a dataset, a folder, a layer file or a .zip: features, CRS,\n"
    "                                     encoding, fields, warnings\n"
    "  init PATH [-o FILE] [--json]       guess the manifest of data that has none (a folder, a layer file of any\n"
    "                                     format land offices use, a .zip), print each guess with its confidence\n"
    "                                     and write it (by default as the data's dataset.json)\n"
    "  summary [--dataset D] [--cache FILE] [--json]\n"
    "                                     the SEZ at a glance: areas, parcels by zone and status, projects, infrastructure\n"
    "  generate --parcels N --out DIR [--seed S]\n"
    "                                     write a synthetic Alatau dataset of N parcels\n"
    "  import [--dataset D] [--cache FILE] [--verify]\n"
    "                                     import the dataset into its cache (a GeoPackage) now\n"
    "  publish [--dataset D] [--cache FILE] --to PG:CONNECTION\n"
    "                                     load the dataset into a PostGIS database the first time\n"
    "                                     (canonical tables, change counters, read rights); then\n"
    "                                     --dataset PG:CONNECTION reads it from there\n"
    "  query [--dataset D] [--cache FILE] [--where EXPR] [--fields a,b,...]\n"
    "        [--format csv|json|geojson|gpkg|shp|xlsx] [--csv-dialect rfc4180|excel-ru] [--excel]\n"
    "        [--lang ru|kk|en] [--headers names|labels] [--values codes|labels] [-o FILE]\n"
    "        [--explain [--json]]\n"
    "                                     the parcels the expression selects; to stdout without -o;\n"
    "                                     --explain: the parcels left after each condition instead.\n"
    "                                     xlsx: a sheet of parcels (numbers as numbers, headers with\n"
    "                                     units in --lang) and one per summary table (by zone, status,\n"
    "                                     district, investor). --csv-dialect excel-ru: ';', decimal\n"
    "                                     comma and a BOM, for Excel in a Russian locale. --values\n"
    "                                     labels: codes in words of --lang ('Промышленная')\n"
    "  render [--dataset D] [--cache FILE] [--where EXPR] [--style zone|status|investor]\n"
    "         [--bbox lon1,lat1,lon2,lat2] [--size WxH] [--dpi N] [--imagery FILE|URL]...\n"
    "         [--attribution TEXT] -o map.png|map.svg\n"
    "                                     draw the map as the viewer does (matches highlighted)\n"
    "  report [--dataset D] [--cache FILE] [--where EXPR] [--picked CADNUM,...]\n"
    "         [--kind parcels|investor|summary] [--lang ru|kk|en] [--columns a,b,...]\n"
    "         [--paper a4|a3] [--orientation portrait|landscape] [--values codes|labels]\n"
    "         [--imagery FILE|URL]... [--attribution TEXT] -o report.pdf|report.xlsx\n"
    "                                     a PDF report: the query and the parcels picked by hand,\n"
    "                                     a map zoomed to them at a round scale with a legend of\n"
    "                                     every layer, summary tables, the parcel table in the\n"
    "                                     chosen columns (any field, extra source columns too);\n"
    "                                     .xlsx: the same table and summary tables as sheets\n"
    "  report --kind extract --parcel CADNUM [--crs EPSG|pulkovo] [--dataset D] [--cache FILE]\n"
    "         [--lang ru|kk|en] [--imagery FILE|URL]... [--attribution TEXT] -o extract.pdf\n"
    "                                     one parcel's extract: plan at a round scale, numbered\n"
    "                                     boundary points with coordinates, sides, areas, neighbours,\n"
    "                                     distances; --crs adds coordinate columns in that EPSG code\n"
    "                                     ('pulkovo': Pulkovo 1942 Gauss-Kruger, the parcel's zone)\n"
    "  report --kind changes --since DATE [--until DATE] [--register ADDRESS] [--lang ru|kk|en] -o changes.pdf\n"
    "                                     the allocation register's changes in those days (--until included)\n"
    "  stats [--dataset D] [--cache FILE] [--where EXPR] [--json]\n"
    "                                     count, areas, investment and jobs of those parcels, by zone,\n"
    "                                     status, district and investor, inside and outside the city\n"
    "  register set CADNUM [--status S] [--investor I [--new-investor]] [--project P] [--investment N]\n"
    "           [--jobs N] [--lease-start D] [--lease-end D] [--power-kw N] [--water N] [--gas yes|no]\n"
    "           --reason R [--expect-version N] [--dataset D] [--register ADDRESS] [--json]\n"
    "                                     record an allocation decision (checked against the dataset)\n"
    "  register show CADNUM | history [CADNUM] | changes --since DATE [--until DATE] [--format text|csv|json]\n"
    "           [--register ADDRESS] [--json]\n"
    "                                     a parcel's record, its changes, or every change in a period\n"
    "  register undo CHANGE_ID --reason R [--register ADDRESS] [--json]\n"
    "                                     record a change that reverses an earlier one\n"
    "  register init --register ADDRESS   create a shared PostgreSQL register and grant its roles\n"
    "                                     ADDRESS: sqlite:FILE (default: the user's own register) or\n"
    "                                     postgresql://[role@]host[:port]/db[?sslmode=...] or service=NAME\n"
    "\n"
    "A dataset D is a dataset.json, a folder (with or without one), a layer file (Shapefile, MapInfo TAB or\n"
    "MIF, GeoPackage, GeoJSON, KML/KMZ, DXF, FlatGeobuf) or a .zip of them; without a manifest the mapping\n"
    "is guessed. Without --dataset the bundled sample (sample-data/alatau) is used. --verify hashes every source file\n"
    "to decide whether the cache is fresh (otherwise files over 4 MiB of unchanged size and time are trusted).\n"
    "Maps show the dataset's imagery layers (role \"imagery\" in its manifest) and each --imagery: a raster\n"
    "file GDAL reads or a tile address (https://host/{z}/{x}/{y}.png, credited with --attribution); tiles are\n"
    "cached in the user's cache folder. Nothing is fetched unless an address is given.\n"
    "Commands that read a dataset show the allocation register's values over the source's: the register\n"
    "--register ADDRESS names, else your own register (~/.local/share/sezview/register.sqlite) when there\n"
    "is one; --no-register reads the sources alone.\n"
    "Exit codes: 0 success, 1 bad input (one line on stderr names the file and the problem), 2 bad usage.\n";

void printLine(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fputc('\n', stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("sezview-cli: %1").arg(message));
    std::fputs("Run 'sezview-cli --help' for the commands.\n", stderr);
    return kExitUsage;
}

int inputError(const QString &message)
{
    // One line, whatever the message quotes from the input (a manifest's value may hold a newline).
    QString line = message;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    printLine(stderr, QStringLiteral("sezview-cli: %1").arg(line));
    return kExitBadInput;
}


// Parses the options of one subcommand; on failure returns the usage exit code through \a exitCode.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    return true;
}

QString encodingOf(const sez::LayerData &layer)
{
    return QString::fromLatin1(layer.encoding.encoding);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (!v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong: return v.toLongLong();
    case QMetaType::Double: return v.toDouble();
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    default: return v.toString();
    }
}

QJsonObject layerJson(const sez::LayerData &layer)
{
    QJsonArray fields;
    for (const auto &f : layer.fields) {
        static const char *const types[] = {"string", "integer", "real", "date"};
        fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("source_name"), f.sourceName},
                                  {QStringLiteral("type"), QString::fromLatin1(types[int(f.type)])}});
    }
    QJsonArray sample;
    for (std::size_t i = 0; i < layer.features.size() && i < 5; ++i) {
        QJsonObject attrs;
        for (std::size_t j = 0; j < layer.fields.size(); ++j)
            attrs.insert(layer.fields[j].name, jsonValue(layer.features[i].values[j]));
        sample.append(attrs);
    }
    const auto &d = layer.damage;
    const QRectF e = layer.extentLonLat;
    return QJsonObject{
        {QStringLiteral("name"), layer.name},
        {QStringLiteral("role"), layer.role},
        {QStringLiteral("path"), layer.path},
        {QStringLiteral("driver"), layer.driver},
        {QStringLiteral("feature_count"), qint64(layer.features.size())},
        {QStringLiteral("labels_joined"), layer.labelsJoined},
        {QStringLiteral("header_feature_count"), d.headerCount},
        {QStringLiteral("geometry_type"), layer.geometryType},
        {QStringLiteral("crs"), QJsonObject{{QStringLiteral("epsg"), layer.sourceCrs.epsg ? QJsonValue(layer.sourceCrs.epsg) : QJsonValue()},
                                            {QStringLiteral("name"), layer.sourceCrs.name},
                                            {QStringLiteral("source"), layer.crsSource}}},
        {QStringLiteral("encoding"), QJsonObject{{QStringLiteral("name"), encodingOf(layer)},
                                                 {QStringLiteral("source"), layer.encoding.sourceName()},
                                                 {QStringLiteral("detail"), layer.encoding.detail}}},
        {QStringLiteral("extent_lonlat"), e.isNull() ? QJsonValue() : QJsonArray{e.left(), e.top(), e.right(), e.bottom()}},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("damage"), QJsonObject{{QStringLiteral("lost"), d.lost},
                                               {QStringLiteral("empty_geometries"), d.emptyGeometries},
                                               {QStringLiteral("nan_geometries"), d.nanGeometries},
                                               {QStringLiteral("unclosed_rings"), d.unclosedRings},
                                               {QStringLiteral("invalid_repaired"), d.invalidRepaired},
                                               {QStringLiteral("invalid_dropped"), d.invalidDropped},
                                               {QStringLiteral("repair_timed_out"), d.repairTimedOut},
                                               {QStringLiteral("impossible_coordinates"), d.impossibleCoordinates},
                                               {QStringLiteral("untransformable"), d.untransformable},
                                               {QStringLiteral("lossy_text"), d.lossyText},
                                               {QStringLiteral("unmapped_values"), d.unmappedValues},
                                               {QStringLiteral("matched_values"), d.matchedValues}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(layer.warnings)},
        {QStringLiteral("sample"), sample},
    };
}

QString layerText(const sez::LayerData &layer)
{
    const QLocale locale;
    QString out = QStringLiteral("Layer %1 (%2)\n").arg(layer.name, layer.role);
    out += QStringLiteral("  file:      %1 [%2]\n").arg(layer.path, layer.driver);
    out += QStringLiteral("  features:  %1 %2\n").arg(locale.toString(qint64(layer.features.size())), layer.geometryType);
    if (layer.crsSource != QLatin1String("none"))
        out += QStringLiteral("  CRS:       EPSG:%1 %2 (%3)\n")
                   .arg(layer.sourceCrs.epsg ? QString::number(layer.sourceCrs.epsg) : QStringLiteral("?"),
                        layer.sourceCrs.name,
                        layer.crsSource == QLatin1String("prj") ? QStringLiteral("from the file") : QStringLiteral("guessed from the coordinates"));
    out += QStringLiteral("  encoding:  %1 (%2: %3)\n").arg(encodingOf(layer), layer.encoding.sourceName(), layer.encoding.detail);
    if (!layer.extentLonLat.isNull()) {
        const QRectF e = layer.extentLonLat;
        out += QStringLiteral("  extent:    %1..%2 E, %3..%4 N\n")
                   .arg(e.left(), 0, 'f', 5).arg(e.right(), 0, 'f', 5).arg(e.top(), 0, 'f', 5).arg(e.bottom(), 0, 'f', 5);
    }
    QStringList fields;
    for (const auto &f : layer.fields)
        fields << (f.name == f.sourceName.toLower() ? f.name : QStringLiteral("%1 (%2)").arg(f.name, f.sourceName));
    out += QStringLiteral("  fields:    %1\n").arg(fields.join(QStringLiteral(", ")));
    if (layer.labelsJoined > 0)
        out += QStringLiteral("  labels:    %1 text labels given to the polygons they lie in\n").arg(locale.toString(layer.labelsJoined));
    for (const QString &w : layer.warnings)
        out += QStringLiteral("  warning:   %1\n").arg(w);
    return out;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A dataset.json, a directory or a layer file."));
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("info takes exactly one PATH"));
    QString error;
    auto dataset = sez::Dataset::open(parser.positionalArguments().constFirst(), &error);
    if (!dataset)
        return inputError(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray layers;
        for (const auto &layer : dataset->layers())
            layers.append(layerJson(*layer));
        const QJsonObject root{{QStringLiteral("dataset"), dataset->manifest().name()},
                               {QStringLiteral("path"), dataset->manifest().path()},
                               {QStringLiteral("guessed"), dataset->manifest().isGuessed()},
                               {QStringLiteral("map_crs"), QStringLiteral("EPSG:%1").arg(dataset->mapEpsg())},
                               {QStringLiteral("map_crs_reason"), dataset->mapCrsReason()},
                               {QStringLiteral("warnings"), QJsonArray::fromStringList(dataset->manifest().warnings())},
                               {QStringLiteral("layers"), layers}};
        printLine(stdout, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QString head = QStringLiteral("Dataset %1 (%2), map CRS EPSG:%3").arg(dataset->manifest().name(), dataset->manifest().path())
                           .arg(dataset->mapEpsg());
        if (!dataset->mapCrsReason().isEmpty())
            head += QStringLiteral(": %1").arg(dataset->mapCrsReason());
        if (dataset->manifest().isGuessed())
            head += QStringLiteral("\nNo manifest: the mapping is guessed (see 'sezview-cli init %1')").arg(dataset->manifest().path());
        for (const QString &w : dataset->manifest().warnings())
            head += QStringLiteral("\nwarning: %1").arg(w);
        printLine(stdout, head + QLatin1Char('\n'));
        for (const auto &layer : dataset->layers())
            printLine(stdout, layerText(*layer));
    }
    return kExitOk;
}

// init: the guessed manifest of data that came without one, each guess with its confidence.
int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The manifest to write."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A folder, a layer file or a .zip."));
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("init takes exactly one PATH"));
    const QString path = parser.positionalArguments().constFirst();
    if (sez::DataSource::kindOf(path) == sez::SourceKind::Manifest)
        return inputError(QStringLiteral("%1: has a dataset manifest already; give the data itself, or -o to write another").arg(path));
    QString error;
    auto guess = sez::MappingGuess::guess(path, &error);
    if (!guess)
        return inputError(error);
    QString written;
    if (parser.isSet(QStringLiteral("output"))) {
        written = QFileInfo(parser.value(QStringLiteral("output"))).absoluteFilePath();
        if (!guess->saveAs(written, &error))
            return inputError(error);
    } else if (!guess->save(&written, &error)) {
        return inputError(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject report = guess->reportJson();
        report.insert(QStringLiteral("manifest"), written);
        printLine(stdout, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printLine(stdout, guess->reportText());
        printLine(stdout, QStringLiteral("\nwrote %1").arg(written));
    }
    return kExitOk;
}

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("parcels"), QStringLiteral("Number of parcels."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (!parser.isSet(QStringLiteral("parcels")) || !parser.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("generate needs --parcels N and --out DIR"));
    sez::GeneratorOptions options;
    bool ok = false;
    options.parcels = parser.value(QStringLiteral("parcels")).toLongLong(&ok);
    if (!ok || options.parcels < 1000 || options.parcels > sez::kMaxGeneratedParcels)
        return usageError(QStringLiteral("--parcels must be a number from 1000 to %1").arg(sez::kMaxGeneratedParcels));
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed must be a non-negative integer"));
    }
    options.outDir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    sez::Feedback feedback;
    QObject::connect(&feedback, &sez::Feedback::changed, [&](const sez::FeedbackState &s) {
        const int percent = s.total > 0 ? int(s.done * 100 / s.total) : 0;
        if (percent != lastPercent && s.total >= 100'000) {
            lastPercent = percent;
            std::fprintf(stderr, "\rgenerating: %3d %%", percent);
            if (percent == 100)
                std::fputc('\n', stderr);
        }
    });
    sez::GeneratorResult result;
    QString error;
    if (!sez::generateDataset(options, &result, &error, &feedback))
        return inputError(error);
    printLine(stdout, QStringLiteral("wrote %1 parcels to %2 in %3 s (SEZ %4 ha, %5 ha outside the city)")
                          .arg(result.parcels)
                          .arg(options.outDir)
                          .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                          .arg(result.sezAreaHa, 0, 'f', 1)
                          .arg(result.outsideCityHa, 0, 'f', 1));
    return kExitOk;
}

void addDatasetOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("The dataset."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("The cache file (default: the dataset's own in $XDG_CACHE_HOME/sezview, "
                                                              "the one the viewer uses)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("verify"), QStringLiteral("Hash every source file to decide whether the cache is fresh.")});
    sez::addRegisterViewOptions(parser);
}

// Options of the maps that can show imagery.
void addImageryOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("imagery"), QStringLiteral("A raster file or tile address under the map (repeatable)."),
                      QStringLiteral("FILE|URL")});
    parser.addOption({QStringLiteral("attribution"), QStringLiteral("The credit of the tile addresses' provider."), QStringLiteral("TEXT")});
}

// The imagery under a map: the dataset's own (role "imagery" in its manifest), then each --imagery.
// A source that cannot be opened is an error; one beside the map, a warning.
bool openMapImagery(const QCommandLineParser &parser, const sez::ParcelStore &store, std::vector<sez::MapLayer> *layers,
                    QString *error)
{
    QStringList locations;
    const QString dataset = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset")) : sez::bundledSamplePath();
    QString ignored;   // the cache opened the dataset already: a manifest that fails now has no imagery
    for (const sez::LayerSpec &spec : sez::DatasetManifest::imageryOf(dataset, &ignored))
        locations << spec.path;
    locations += parser.values(QStringLiteral("imagery"));
    sez::ImageryOpenOptions options;
    options.attribution = parser.value(QStringLiteral("attribution"));
    if (!sez::openImageryLayers(locations, options, layers, error))
        return false;
    for (const sez::MapLayer &layer : *layers) {
        const auto *painter = dynamic_cast<const sez::ImageryPainter *>(layer.painter.get());
        const QString problem = painter ? sez::overlapProblem(*painter->source(), store.extent(), store.mapEpsg()) : QString();
        if (!problem.isEmpty())
            printLine(stderr, QStringLiteral("warning: %1").arg(problem));
    }
    return true;
}

// A printed map with tiles that could not be fetched says so: they are drawn empty.
void warnAboutMissingTiles(const std::vector<sez::MapLayer> &imagery)
{
    for (const sez::MapLayer &layer : imagery) {
        const auto *painter = dynamic_cast<const sez::ImageryPainter *>(layer.painter.get());
        const auto *tiles = painter ? dynamic_cast<const sez::TileImagery *>(painter->source().get()) : nullptr;
        if (tiles && tiles->fetcher().failedCount() > 0)
            printLine(stderr, QStringLiteral("warning: %1 tile(s) of %2 could not be fetched and are drawn empty (%3)")
                                  .arg(tiles->fetcher().failedCount())
                                  .arg(tiles->name(), tiles->fetcher().lastError()));
    }
}

// The import's warnings on stderr, after an open that imported.
void printImportWarnings(const sez::ParcelCache &cache)
{
    if (cache.rebuilt())
        for (const QString &w : cache.warnings())
            printLine(stderr, QStringLiteral("warning: %1").arg(w));
}

enum class CacheUse { Read, Import, DeferWrite };

// An import's progress on stderr, one line a phase; only long imports report it: a large dataset,
// or a terminal watching.
struct ImportProgress
{
    QString lastPhase;
    int lastPercent = -1;
    qint64 parcels = 0;   // the "computing" phase counts the parcels

    void show(const sez::FeedbackState &s)
    {
        const int percent = s.total > 0 ? int(s.done * 100 / s.total) : 0;
        if (s.phase == QLatin1String("computing"))
            parcels = std::max(parcels, s.total);
        if (!isatty(fileno(stderr)) && (s.phase == QLatin1String("reading") || parcels < 50'000))
            return;
        if (s.phase == lastPhase && percent == lastPercent)
            return;
        endLine(s.phase != lastPhase);
        lastPhase = s.phase;
        lastPercent = percent;
        std::fprintf(stderr, "\rimport: %s %3d %%", qPrintable(s.phase), percent);
        lineOpen = true;
        // The cache file is the last thing an import writes: its line ends with it.
        endLine(s.phase == QLatin1String("writing") && percent == 100);
    }
    void endLine(bool end = true)
    {
        if (end && lineOpen)
            std::fputc('\n', stderr);
        lineOpen = lineOpen && !end;
    }
    bool lineOpen = false;
};

// Opens the dataset through its cache, with import progress on stderr. CacheUse::Import: the import
// command, for which a cache that cannot be written is its error, not a warning. DeferWrite: an import
// returns with the store and writes the cache on another thread (the caller prints the warnings).
std::unique_ptr<sez::ParcelCache> openCache(const QCommandLineParser &parser, QString *error, CacheUse use = CacheUse::Read)
{
    sez::Feedback feedback;
    sez::ParcelCache::Options options;
    options.cachePath = parser.value(QStringLiteral("cache"));
    options.feedback = &feedback;
    options.verify = parser.isSet(QStringLiteral("verify"));
    options.deferWrite = use == CacheUse::DeferWrite;
    ImportProgress progress;
    QObject::connect(&feedback, &sez::Feedback::changed, [&progress](const sez::FeedbackState &s) { progress.show(s); });
    const QString path = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset")) : sez::bundledSamplePath();
    auto cache = sez::ParcelCache::open(path, options, error);
    progress.endLine();
    if (cache && use == CacheUse::DeferWrite && cache->rebuilt()) {
        // What the import deferred (the derived fields, the cache file) goes on after the map: the
        // same line shows it, from the pool (the feedback never emits two at once).
        auto later = std::make_shared<ImportProgress>(progress);
        QObject::connect(cache->backgroundFeedback(), &sez::Feedback::changed, [later](const sez::FeedbackState &s) { later->show(s); });
    }
    if (!cache || use == CacheUse::DeferWrite || (use == CacheUse::Import && cache->cachePath().isEmpty()))
        return cache;
    printImportWarnings(*cache);
    return cache;
}

int runSummary(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    addDatasetOptions(parser);
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("summary takes no positional arguments"));
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, cache->store(), &error);
    if (!store)
        return inputError(error);
    const sez::DatasetSummary summary = sez::summarize(*store);
    if (parser.isSet(QStringLiteral("json")))
        printLine(stdout, QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else
        printLine(stdout, summary.toText(QLocale()));
    return kExitOk;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto cache = openCache(parser, &error, CacheUse::Import);
    if (!cache)
        return inputError(error);
    // Writing the cache is the import's whole job: without it, the import failed.
    if (cache->cachePath().isEmpty())
        return inputError(cache->writeError());
    const qint64 parcels = cache->store()->size();
    const QString where = cache->cachePath().isEmpty() ? QStringLiteral("memory (the cache could not be written)") : cache->cachePath();
    if (cache->rebuilt())
        printLine(stdout, QStringLiteral("imported %1 parcels into %2 in %3 s (%4)")
                              .arg(parcels).arg(where).arg(timer.elapsed() / 1000.0, 0, 'f', 2).arg(cache->rebuildReason()));
    else
        printLine(stdout, QStringLiteral("the cache %1 is up to date (%2 parcels)").arg(where).arg(parcels));
    return kExitOk;
}

// query --explain: the parcels left after each condition, so that an empty result says why.
void printExplanation(const sez::ParcelStore &store, const std::vector<sez::QueryStep> &steps, qint64 selected, bool json)
{
    if (json) {
        QJsonArray conditions;
        for (const sez::QueryStep &step : steps)
            conditions.append(QJsonObject{{QStringLiteral("condition"), step.condition},
                                          {QStringLiteral("parcels"), step.alone},
                                          {QStringLiteral("remaining"), step.remaining}});
        const QJsonObject o{{QStringLiteral("parcels"), store.size()},
                            {QStringLiteral("conditions"), conditions},
                            {QStringLiteral("selected"), selected}};
        printLine(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    const QLocale c = QLocale::c();
    qsizetype width = 10;
    for (const sez::QueryStep &step : steps)
        width = std::max(width, step.condition.size());
    printLine(stdout, QStringLiteral("%1  %2  %3").arg(QStringLiteral("condition"), -int(width)).arg(QStringLiteral("alone"), 10).arg(QStringLiteral("remaining"), 10));
    printLine(stdout, QStringLiteral("%1  %2  %3").arg(QStringLiteral("(all parcels)"), -int(width)).arg(QString(), 10).arg(c.toString(store.size()), 10));
    for (const sez::QueryStep &step : steps)
        printLine(stdout, QStringLiteral("%1  %2  %3").arg(step.condition, -int(width)).arg(c.toString(step.alone), 10).arg(c.toString(step.remaining), 10));
    QString summary = QStringLiteral("selected: %1 parcels").arg(c.toString(selected));
    for (const sez::QueryStep &step : steps)
        if (step.remaining == 0) {
            summary += QStringLiteral("; none is left after: %1").arg(step.condition);
            break;
        }
    printLine(stdout, summary);
}

int runPublish(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    parser.addOption({QStringLiteral("to"), QStringLiteral("The PostGIS database: PG:\"dbname=... host=...\"."), QStringLiteral("PG")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (!parser.isSet(QStringLiteral("to")))
        return usageError(QStringLiteral("publish needs --to PG:CONNECTION"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    sez::PostgisPublisher::Result result;
    if (!sez::PostgisPublisher::publish(*cache, parser.value(QStringLiteral("to")), &result, &error))
        return inputError(error);
    printLine(stdout, QStringLiteral("published %1 parcels to %2 in %3 s (tables: %4)")
                          .arg(result.parcels)
                          .arg(sez::PostgisSource::displayName(parser.value(QStringLiteral("to"))))
                          .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                          .arg(result.tables.join(QStringLiteral(", "))));
    return kExitOk;
}

// The options of text in exports: the language, headers, values and the CSV dialect.
void addExportTextOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"), QStringLiteral("ru, kk or en."), QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("headers"), QStringLiteral("names or labels."), QStringLiteral("HEADERS")});
    parser.addOption({QStringLiteral("values"), QStringLiteral("codes or labels."), QStringLiteral("VALUES"), QStringLiteral("codes")});
    parser.addOption({QStringLiteral("csv-dialect"), QStringLiteral("rfc4180 or excel-ru."), QStringLiteral("DIALECT"), QStringLiteral("rfc4180")});
}

// Reads them into \a options; a usage message when one is wrong. Spreadsheets are headed by the
// labels unless names are asked for; the other formats by the canonical names.
QString exportTextOptions(const QCommandLineParser &parser, sez::ExportFormat format, sez::ExportOptions *options)
{
    const QString headers = parser.isSet(QStringLiteral("headers")) ? parser.value(QStringLiteral("headers"))
                            : format == sez::ExportFormat::Xlsx      ? QStringLiteral("labels")
                                                                     : QStringLiteral("names");
    if (headers != QLatin1String("names") && headers != QLatin1String("labels"))
        return QStringLiteral("--headers must be names or labels");
    options->labelHeaders = headers == QLatin1String("labels");
    const QString values = parser.value(QStringLiteral("values"));
    if (values != QLatin1String("codes") && values != QLatin1String("labels"))
        return QStringLiteral("--values must be codes or labels");
    options->valueLabels = values == QLatin1String("labels");
    if (!sez::csvDialectFromName(parser.value(QStringLiteral("csv-dialect")), &options->csvDialect))
        return QStringLiteral("--csv-dialect must be rfc4180 or excel-ru");
    if (parser.isSet(QStringLiteral("csv-dialect")) && format != sez::ExportFormat::Csv)
        return QStringLiteral("--csv-dialect is for --format csv");
    return {};
}

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    parser.addOption({QStringLiteral("where"), QStringLiteral("The query."), QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("fields"), QStringLiteral("Fields to write."), QStringLiteral("a,b,...")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv, json, geojson, gpkg, shp or xlsx."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("excel"), QStringLiteral("CSV with a byte order mark, for Excel.")});
    addExportTextOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("explain"), QStringLiteral("Print the parcels left after each condition instead of the parcels.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("With --explain: print JSON.")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    const bool explain = parser.isSet(QStringLiteral("explain"));
    if (parser.isSet(QStringLiteral("json")) && !explain)
        return usageError(QStringLiteral("--json goes with --explain; use --format json for the parcels as JSON"));
    sez::ExportOptions options;
    if (!sez::exportFormatFromName(parser.value(QStringLiteral("format")), &options.format))
        return usageError(QStringLiteral("--format must be csv, json, geojson, gpkg, shp or xlsx"));
    const bool toFile = parser.isSet(QStringLiteral("output"));
    if (!toFile && (options.format == sez::ExportFormat::GeoPackage || options.format == sez::ExportFormat::Shapefile
                    || options.format == sez::ExportFormat::Xlsx))
        return usageError(QStringLiteral("--format gpkg, shp and xlsx need -o FILE"));
    options.excelBom = parser.isSet(QStringLiteral("excel"));
    if (const QString usage = exportTextOptions(parser, options.format, &options); !usage.isEmpty())
        return usageError(usage);
    const sez::ScopedLanguage language(parser.value(QStringLiteral("lang")));
    if (!language.isValid())
        return usageError(QStringLiteral("--lang must be ru, kk or en"));
    if (parser.isSet(QStringLiteral("fields")))
        options.fields = parser.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, cache->store(), &error);
    if (!store)
        return inputError(error);
    // The fields are checked against the store's: the field table's and the source's own columns.
    QStringList checked;
    if (!sez::resolveExportFields(*store, options.fields, &checked, &error))
        return inputError(QStringLiteral("--fields: %1").arg(error));
    std::vector<qint64> rows;
    std::vector<sez::QueryStep> steps;
    const QString where = parser.value(QStringLiteral("where"));
    // Only an explanation asks every condition of every parcel; a plain query stops at the first no.
    if (!(explain ? sez::explainParcels(store, cache->textSearch(), where, &rows, &steps, &error)
                  : sez::selectParcels(store, cache->textSearch(), where, &rows, &error)))
        return inputError(QStringLiteral("query: %1").arg(error));
    if (explain) {
        printExplanation(*store, steps, qint64(rows.size()), parser.isSet(QStringLiteral("json")));
        if (!toFile)
            return kExitOk;
    }
    bool ok = false;
    if (toFile) {
        ok = sez::exportParcels(*store, rows, options, parser.value(QStringLiteral("output")), &error);
    } else {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        ok = sez::exportParcels(*store, rows, options, &out, &error);
    }
    if (!ok)
        return inputError(error);
    if (toFile)
        printLine(stderr, QStringLiteral("wrote %1 parcels to %2").arg(rows.size()).arg(parser.value(QStringLiteral("output"))));
    return kExitOk;
}

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    parser.addOption({QStringLiteral("where"), QStringLiteral("The query."), QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, cache->store(), &error);
    if (!store)
        return inputError(error);
    std::vector<qint64> rows;
    const QString where = parser.value(QStringLiteral("where"));
    if (!sez::selectParcels(store, cache->textSearch(), where, &rows, &error))
        return inputError(QStringLiteral("query: %1").arg(error));
    const sez::ParcelStatistics stats = sez::computeStatistics(*store, rows);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = stats.toJson();
        o.insert(QStringLiteral("where"), where);
        printLine(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printLine(stdout, QStringLiteral("%1 — %2\n").arg(store->datasetName(), where.isEmpty() ? QStringLiteral("all parcels") : where)
                              + stats.toText(QLocale()));
    }
    return kExitOk;
}

// --bbox's lon1,lat1,lon2,lat2 into \a box.
bool parseBox(const QString &text, double box[4])
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i)
        box[i] = parts[i].trimmed().toDouble(&ok);
    return ok;
}

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    parser.addOption({QStringLiteral("where"), QStringLiteral("The query."), QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("style"), QStringLiteral("zone, status or investor."), QStringLiteral("STYLE"), QStringLiteral("zone")});
    parser.addOption({QStringLiteral("bbox"), QStringLiteral("lon1,lat1,lon2,lat2."), QStringLiteral("BOX")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("WxH pixels."), QStringLiteral("WxH"), QStringLiteral("1600x1000")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("Dots per inch recorded in the PNG."), QStringLiteral("N"), QStringLiteral("96")});
    addImageryOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output .png or .svg."), QStringLiteral("FILE")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("render needs -o FILE (.png or .svg)"));
    const QString output = parser.value(QStringLiteral("output"));
    const bool svg = output.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (!svg && !output.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return usageError(QStringLiteral("-o must name a .png or .svg file"));
    sez::RenderOptions options;
    const QString style = parser.value(QStringLiteral("style"));
    if (style == QLatin1String("zone"))
        options.style = sez::ParcelStyle::Zone;
    else if (style == QLatin1String("status"))
        options.style = sez::ParcelStyle::Status;
    else if (style == QLatin1String("investor"))
        options.style = sez::ParcelStyle::Investor;
    else
        return usageError(QStringLiteral("--style must be zone, status or investor"));
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int width = size.value(0).toInt(&okW), height = size.value(1).toInt(&okH);
    if (size.size() != 2 || !okW || !okH || width < 16 || height < 16 || width > 20000 || height > 20000)
        return usageError(QStringLiteral("--size must be WxH, e.g. 1920x1080"));
    bool okDpi = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&okDpi);
    if (!okDpi || dpi < 30 || dpi > 1200)
        return usageError(QStringLiteral("--dpi must be a number from 30 to 1200"));
    double box[4] = {0, 0, 0, 0};
    const bool hasBox = parser.isSet(QStringLiteral("bbox"));
    if (hasBox && !parseBox(parser.value(QStringLiteral("bbox")), box))
        return usageError(QStringLiteral("--bbox must be lon1,lat1,lon2,lat2"));
    QString error;
    // The map is drawn as soon as the store is built; the cache file is written meanwhile, and the
    // import's warnings come when it is (before the process ends).
    auto cache = openCache(parser, &error, CacheUse::DeferWrite);
    if (!cache)
        return inputError(error);
    struct Warnings { const sez::ParcelCache &cache; ~Warnings() { printImportWarnings(cache); } } warnings{*cache};
    // An import returns before the derived fields (areas, districts, distances) are computed: the
    // map needs none of them, but a query may name any, and the investor colours rank by area where
    // a parcel has no official one. Those wait for them; the process waits anyway before it ends
    // (the cache file is written from the complete store), so nothing is computed twice.
    const QString where = parser.value(QStringLiteral("where"));
    const bool needsDerived = !where.trimmed().isEmpty() || options.style == sez::ParcelStyle::Investor;
    const auto base = needsDerived ? cache->derivedStore() : cache->store();
    if (!base)
        return inputError(cache->warnings().value(0));
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, base, &error);
    if (!store)
        return inputError(error);
    QRectF extent;
    if (hasBox) {
        // Into the dataset's own map CRS, whatever its manifest chose.
        std::vector<QPointF> corners = {{box[0], box[1]}, {box[2], box[3]}, {box[0], box[3]}, {box[2], box[1]}};
        if (sez::CoordinateTransform(sez::kWgs84Epsg, store->mapEpsg()).transform(corners) > 0)
            return inputError(QStringLiteral("--bbox %1 cannot be placed in the map's coordinate system (EPSG:%2)")
                                  .arg(parser.value(QStringLiteral("bbox")))
                                  .arg(store->mapEpsg()));
        double x0 = corners[0].x(), y0 = corners[0].y(), x1 = x0, y1 = y0;
        for (const QPointF &c : corners) {
            x0 = std::min(x0, c.x()); y0 = std::min(y0, c.y());
            x1 = std::max(x1, c.x()); y1 = std::max(y1, c.y());
        }
        extent = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        if (!extent.intersects(store->extent()))
            printLine(stderr, QStringLiteral("warning: the box %1 holds no parcel").arg(parser.value(QStringLiteral("bbox"))));
    }
    if (extent.isNull() || extent.width() <= 0 || extent.height() <= 0)
        extent = store->extent();
    if (extent.isNull() || extent.width() <= 0 || extent.height() <= 0)
        return inputError(QStringLiteral("%1: there is nothing to draw: no parcel has a geometry in the map's coordinate system")
                              .arg(parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset")) : sez::bundledSamplePath()));
    std::vector<bool> highlight;
    if (!where.trimmed().isEmpty()) {
        std::vector<qint64> rows;
        if (!sez::selectParcels(store, cache->textSearch(), where, &rows, &error))
            return inputError(QStringLiteral("query: %1").arg(error));
        highlight.assign(std::size_t(store->size()), false);
        for (qint64 row : rows)
            highlight[std::size_t(row)] = true;
        options.highlight = &highlight;
    }
    std::vector<sez::MapLayer> imagery;
    if (!openMapImagery(parser, *store, &imagery, &error))
        return inputError(error);
    options.imageryWaitMs = sez::kPrintImageryWaitMs;
    const sez::MapStyle mapStyle(*store);
    sez::RenderContext context(*store, mapStyle, sez::MapView(extent, QSize(width, height)), options);
    sez::showImageryUnder(context.layers(), imagery);
    // The map, then its scale bar in the corner and the imagery's credit, as the viewer shows them.
    auto draw = [&context](QPainter &painter) {
        if (!sez::MapRenderer::paint(painter, context))
            return false;
        sez::MapDecorations::paintScaleBar(painter, context.view(), QPointF(16, context.view().size().height() - 12), 120);
        sez::MapDecorations::paintAttribution(painter, QRectF(QPointF(0, 0), QSizeF(context.view().size())),
                                              context.layers().attribution());
        return true;
    };
    const bool written = sez::writeFileAtomically(output, [&](QIODevice &device, QString *reason) {
        if (svg) {
            QSvgGenerator generator;
            generator.setOutputDevice(&device);
            generator.setSize(QSize(width, height));
            generator.setViewBox(QRect(0, 0, width, height));
            generator.setTitle(store->datasetName());
            QPainter painter(&generator);
            painter.fillRect(QRect(0, 0, width, height), sez::MapStyle::background());
            return draw(painter);
        }
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(sez::MapStyle::background());
        QPainter painter(&image);
        const bool drawn = draw(painter);
        painter.end();
        const int dotsPerMetre = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        // An opaque map is written as RGB without its constant alpha channel, at zlib's fastest
        // level (quality 80 is level 1 for Qt's PNG writer): measured on a 1920x1080 map of 1M
        // parcels, 45 ms of CPU instead of 82 ms, for a file 13 % larger. The pixels are the same.
        if (sez::MapStyle::background().alpha() == 255)
            image.convertTo(QImage::Format_RGB32);
        if (!drawn || !image.save(&device, "PNG", 80)) {
            *reason = QStringLiteral("the image could not be written");
            return false;
        }
        return true;
    }, &error);
    if (!written)
        return inputError(error);
    warnAboutMissingTiles(imagery);
    printLine(stderr, QStringLiteral("wrote %1").arg(output));
    return kExitOk;
}

// report --kind extract: one parcel's extract.
int runExtract(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("where")))
        return usageError(QStringLiteral("--where is not for --kind extract: name the parcel with --parcel CADNUM"));
    if (!parser.isSet(QStringLiteral("parcel")))
        return usageError(QStringLiteral("report --kind extract needs --parcel CADNUM"));
    sez::ExtractOptions options;
    if (parser.isSet(QStringLiteral("crs"))) {
        QString crs = parser.value(QStringLiteral("crs")).trimmed();
        if (crs.compare(QLatin1String("pulkovo"), Qt::CaseInsensitive) == 0) {
            options.extraEpsg = sez::kPulkovoZoneEpsg;
        } else {
            if (crs.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
                crs = crs.mid(5);
            bool ok = false;
            options.extraEpsg = crs.toInt(&ok);
            if (!ok || options.extraEpsg <= 0)
                return usageError(QStringLiteral("--crs must be an EPSG code (e.g. 28413) or 'pulkovo'"));
        }
    }
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, cache->store(), &error);
    if (!store)
        return inputError(error);
    const QString dataset = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset")) : sez::bundledSamplePath();
    options.source = QFileInfo(dataset).absoluteFilePath();
    options.sourceDigest = cache->sourcesDigest();
    if (!openMapImagery(parser, *cache->store(), &options.imagery, &error))
        return inputError(error);
    const QString parcel = parser.value(QStringLiteral("parcel"));
    auto extract = sez::ParcelExtract::build(*store, parcel, options, &error);
    if (!extract)
        return inputError(QStringLiteral("%1: %2").arg(dataset, error));
    const QString output = parser.value(QStringLiteral("output"));
    if (!sez::writeParcelExtract(*extract, output, &error))
        return inputError(error);
    warnAboutMissingTiles(options.imagery);
    printLine(stderr, QStringLiteral("wrote %1 (extract of %2; boundary points: %3, neighbours: %4)")
                          .arg(output, extract->cadastralNumber())
                          .arg(extract->pointCount())
                          .arg(extract->neighbours().size()));
    return kExitOk;
}

// The parcels of --picked: cadastral numbers (with or without hyphens) added to the query's result.
bool pickedParcels(const sez::ParcelStore &store, const QString &list, std::vector<qint64> *rows, QString *error)
{
    for (const QString &number : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 row = store.findCadastralNumber(number.trimmed());
        if (row < 0) {
            *error = QStringLiteral("--picked: no parcel %1").arg(number.trimmed());
            return false;
        }
        rows->push_back(row);
    }
    std::sort(rows->begin(), rows->end());
    rows->erase(std::unique(rows->begin(), rows->end()), rows->end());
    return true;
}

// Reads the report's paper, columns and kind; a usage message when one is wrong.
QString reportOptions(const QCommandLineParser &parser, sez::ReportOptions *options)
{
    if (!sez::reportKindFromName(parser.value(QStringLiteral("kind")), &options->kind))
        return QStringLiteral("--kind must be parcels, investor, summary, extract or changes");
    if (!sez::ReportPaper::sizeFromName(parser.value(QStringLiteral("paper")), &options->paper.size))
        return QStringLiteral("--paper must be a4 or a3");
    const QString orientation = parser.value(QStringLiteral("orientation"));
    if (orientation != QLatin1String("portrait") && orientation != QLatin1String("landscape"))
        return QStringLiteral("--orientation must be portrait or landscape");
    options->paper.landscape = orientation == QLatin1String("landscape");
    if (parser.isSet(QStringLiteral("columns")))
        options->columns = parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return {};
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    addDatasetOptions(parser);
    parser.addOption({QStringLiteral("where"), QStringLiteral("The query."), QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("picked"), QStringLiteral("Parcels added by hand."), QStringLiteral("CADNUM,...")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("parcels, investor, summary, extract or changes."), QStringLiteral("KIND"), QStringLiteral("parcels")});
    parser.addOption({QStringLiteral("parcel"), QStringLiteral("The extract's cadastral number."), QStringLiteral("CADNUM")});
    parser.addOption({QStringLiteral("crs"), QStringLiteral("Extra coordinate columns of an extract: an EPSG code or 'pulkovo'."), QStringLiteral("EPSG")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("ru, kk or en."), QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("columns"), QStringLiteral("The parcel table's fields."), QStringLiteral("a,b,...")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("a4 or a3."), QStringLiteral("PAPER"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("orientation"), QStringLiteral("portrait or landscape."), QStringLiteral("O"), QStringLiteral("portrait")});
    parser.addOption({QStringLiteral("values"), QStringLiteral("XLSX: codes or labels."), QStringLiteral("VALUES"), QStringLiteral("codes")});
    addImageryOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output .pdf or .xlsx."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("Changes: the first day."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("Changes: the last day."), QStringLiteral("DATE")});
    int code = kExitOk;
    if (!parseOptions(parser, args, &code))
        return code;
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("report needs -o FILE.pdf (or FILE.xlsx)"));
    if (parser.value(QStringLiteral("kind")) == QLatin1String("changes")) {
        const sez::ScopedLanguage language(parser.value(QStringLiteral("lang")));
        if (!language.isValid())
            return usageError(QStringLiteral("--lang must be ru, kk or en"));
        QString error;
        auto cache = openCache(parser, &error);
        if (!cache)
            return inputError(error);
        return sez::writeRegisterChangesReport(parser, *cache->store(), parser.value(QStringLiteral("output")));
    }
    if (parser.isSet(QStringLiteral("since")) || parser.isSet(QStringLiteral("until")))
        return usageError(QStringLiteral("--since and --until are for --kind changes"));
    sez::ReportOptions options;
    if (const QString usage = reportOptions(parser, &options); !usage.isEmpty())
        return usageError(usage);
    const sez::ScopedLanguage language(parser.value(QStringLiteral("lang")));
    if (!language.isValid())
        return usageError(QStringLiteral("--lang must be ru, kk or en"));
    if (options.kind == sez::ReportKind::Extract)
        return runExtract(parser);
    if (parser.isSet(QStringLiteral("parcel")) || parser.isSet(QStringLiteral("crs")))
        return usageError(QStringLiteral("--parcel and --crs are for --kind extract"));
    const QString output = parser.value(QStringLiteral("output"));
    const bool workbook = output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    options.where = parser.value(QStringLiteral("where"));
    QString error;
    auto cache = openCache(parser, &error);
    if (!cache)
        return inputError(error);
    // The allocation register's values over the source's.
    const auto store = sez::storeWithRegister(parser, cache->store(), &error);
    if (!store)
        return inputError(error);
    std::vector<qint64> rows;
    if (!sez::selectParcels(store, cache->textSearch(), options.where, &rows, &error))
        return inputError(QStringLiteral("query: %1").arg(error));
    if (parser.isSet(QStringLiteral("picked"))) {
        std::vector<qint64> picked;
        if (!pickedParcels(*store, parser.value(QStringLiteral("picked")), &picked, &error))
            return inputError(error);
        std::vector<qint64> all = rows;
        all.insert(all.end(), picked.begin(), picked.end());
        const sez::ReportSelection selection = sez::ReportSelection::compare(options.where, rows, all);
        options.where = selection.query;
        options.addedByHand = selection.added;
        rows.assign(all.begin(), all.end());
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    if (!openMapImagery(parser, *cache->store(), &options.imagery, &error))
        return inputError(error);
    const bool terminal = isatty(fileno(stderr));
    sez::Feedback feedback;
    options.feedback = &feedback;
    QObject::connect(&feedback, &sez::Feedback::changed, [&](const sez::FeedbackState &s) {
        if (terminal && s.total > 20 && s.done > 0)
            std::fprintf(stderr, "\rreport: page %lld of %lld", s.done, s.total);
    });
    const bool valueLabels = parser.value(QStringLiteral("values")) == QLatin1String("labels");
    const bool written = workbook ? sez::writeReportWorkbook(*store, rows, options, valueLabels, output, &error)
                                  : sez::writeReport(*store, rows, options, output, &error);
    if (!written)
        return inputError(error);
    if (terminal && !workbook)
        std::fputc('\n', stderr);
    warnAboutMissingTiles(options.imagery);
    printLine(stderr, QStringLiteral("wrote %1 (%2 parcels)").arg(output).arg(rows.size()));
    return kExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing needs fonts and so a GUI application; without a display it draws offscreen.
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool drawing = first == "render" || first == "report";
    // Taken before the application exists: QGuiApplication removes options it knows (-style, ...).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, CI, ssh) Qt would pick the same runtime directory itself but say so on
    // stderr, which is for the one-line error messages scripts read.
    if (drawing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QFile::decodeName(runtime)) && ::chmod(runtime.constData(), 0700) == 0)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sezview"));
    if (args.size() < 2)
        return usageError(QStringLiteral("no command given"));
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    args.removeAt(1);   // the parser sees the program name and the command's own options
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("init"))
        return runInit(args);
    if (command == QLatin1String("summary"))
        return runSummary(args);
    if (command == QLatin1String("generate"))
        return runGenerate(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("query"))
        return runQuery(args);
    if (command == QLatin1String("publish"))
        return runPublish(args);
    if (command == QLatin1String("stats"))
        return runStats(args);
    if (command == QLatin1String("render"))
        return runRender(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("register"))
        return sez::runRegisterCommand(args);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}
