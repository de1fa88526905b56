// SPDX-License-Identifier: GPL-3.0-or-later
// A layer bundle: one input split at each "SEZ|" into a layer's parts, read through the reader as a
// user's file. An input that starts with "TAB|" is a MapInfo table (.tab, .dat, .map, .id, in that
// order); any other is a shapefile (.shp, .shx, .dbf, .prj, .cpg). A part not given is missing.
// Whatever the bytes, the reader gives a layer whose counts add up, or one error line naming a file.
#include "fuzzharness.h"
#include "tests/core/gdalfixture.h"

#include "core/geo/crs.h"
#include "core/io/layerreader.h"
#include "core/io/manifest.h"

#include <QDir>
#include <QFile>

namespace {

const QByteArray kSeparator = "SEZ|";
// A marker, not a first byte: the reproducers kept from before MapInfo was read stay shapefiles.
const QByteArray kMapInfoMarker = "TAB|";
const QStringList kShapefileParts = {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
                                     QStringLiteral("prj"), QStringLiteral("cpg")};
const QStringList kMapInfoParts = {QStringLiteral("tab"), QStringLiteral("dat"), QStringLiteral("map"), QStringLiteral("id")};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A bundle of the files beside \a base (a path without suffix), as the harness splits it.
QByteArray bundle(const QString &base, const QStringList &suffixes = kShapefileParts)
{
    QByteArray out = suffixes == kMapInfoParts ? kMapInfoMarker : QByteArray();
    for (qsizetype i = 0; i < suffixes.size(); ++i) {
        if (i > 0)
            out += kSeparator;
        out += readFile(base + QLatin1Char('.') + suffixes[i]);
    }
    return out;
}

// Small MapInfo tables written by GDAL from a few of the sample's features: polygons in the code
// page Kazakh offices use and in GDAL's default, lines and points (each a different kind of object
// in the .map). The corpus holds no MapInfo file.
QList<QByteArray> mapInfoSeeds()
{
    struct Table
    {
        const char *layer;
        const char *where;
        const char *encoding;
    };
    const Table tables[] = {{"parcels", "FID % 2500 = 0", "CP1251"}, {"parcels", "FID % 5000 = 7", nullptr},
                            {"zones", "FID < 3", "CP1251"}, {"infra_networks", "FID < 5", "CP1251"},
                            {"infra_objects", "FID < 5", "CP1251"}};
    const QString dir = sez::fuzz::scratchDir() + QStringLiteral("/mapinfo-seeds");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QList<QByteArray> seeds;
    int n = 0;
    for (const Table &t : tables) {
        const QString base = dir + QStringLiteral("/seed%1").arg(n++);
        QStringList args = {QStringLiteral("-f"), QStringLiteral("MapInfo File"), QStringLiteral("-where"), QLatin1String(t.where)};
        if (t.encoding)
            args << QStringLiteral("-lco") << QStringLiteral("ENCODING=") + QLatin1String(t.encoding);
        CPLPushErrorHandler(CPLQuietErrorHandler);   // Kazakh letters CP1251 lacks: GDAL's warning, not ours
        QString error = sez::test::translate(QStringLiteral(SEZ_SAMPLE_DIR "/%1.shp").arg(QLatin1String(t.layer)),
                                             base + QStringLiteral(".tab"), args);
        CPLPopErrorHandler();
        // A seed the reader refuses would leave the MapInfo reader unfuzzed behind a passing replay.
        sez::LayerSpec spec;
        spec.name = QStringLiteral("seed");
        spec.role = QStringLiteral("parcels");
        spec.path = base + QStringLiteral(".tab");
        const auto layer = error.isEmpty() ? sez::readLayer(spec, sez::kDefaultMapEpsg, &error) : nullptr;
        if (!layer || layer->features.empty())
            sez::fuzz::fail(qPrintable(QStringLiteral("the MapInfo seed %1 does not read: %2").arg(spec.path, error)));
        seeds << bundle(base, kMapInfoParts);
    }
    return seeds;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sez::fuzz::initOnce();
    if (size > 1 << 20)
        return -1;
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool mapInfo = input.startsWith(kMapInfoMarker);
    if (mapInfo)
        input.remove(0, kMapInfoMarker.size());
    const QStringList &suffixes = mapInfo ? kMapInfoParts : kShapefileParts;
    const QString dir = sez::fuzz::scratchDir() + QStringLiteral("/bundle");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf(kSeparator); at >= 0 && parts.size() < suffixes.size() - 1; at = input.indexOf(kSeparator, from)) {
        parts << input.mid(from, at - from);
        from = at + kSeparator.size();
    }
    parts << input.mid(from);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QFile f(dir + QStringLiteral("/fuzz.") + suffixes[i]);
        if (f.open(QIODevice::WriteOnly))
            f.write(parts[i]);
    }
    sez::LayerSpec spec;
    spec.name = QStringLiteral("fuzz");
    spec.role = QStringLiteral("parcels");
    spec.path = dir + QStringLiteral("/fuzz.") + suffixes.first();
    QString error;
    const auto layer = sez::readLayer(spec, sez::kDefaultMapEpsg, &error);
    if (!layer) {
        if (error.isEmpty() || error.contains(QLatin1Char('\n')) || !error.contains(QStringLiteral("fuzz.")))
            sez::fuzz::fail(qPrintable(QStringLiteral("not one line naming the file: [%1]").arg(error)));
        return 0;
    }
    const sez::DamageReport &d = layer->damage;
    if (d.read != qint64(layer->features.size()) || d.read < 0 || d.lost < 0)
        sez::fuzz::fail("the counts of the features read do not add up");
    for (const sez::Feature &f : layer->features)
        if (f.values.size() != layer->fields.size())
            sez::fuzz::fail("a feature's values do not match the fields");
    return 0;
}

QList<QByteArray> sez::fuzz::seeds()
{
    QList<QByteArray> seeds;
    const QString corpus = QStringLiteral(SEZ_CORPUS_DIR);
    for (const QString &sub : {QStringLiteral("crs"), QStringLiteral("encodings"), QStringLiteral("odd"), QStringLiteral("public")}) {
        const QDir dir(corpus + QLatin1Char('/') + sub);
        for (const QString &name : dir.entryList({QStringLiteral("*.shp"), QStringLiteral("*.dbf")}, QDir::Files)) {
            const QByteArray b = bundle(dir.filePath(QFileInfo(name).completeBaseName()));
            if (b.size() <= (1 << 20) && !seeds.contains(b))
                seeds << b;
        }
    }
    // The sample's small layers (its parcels are 19 MB: too big to mutate usefully).
    const QDir sample(QStringLiteral(SEZ_SAMPLE_DIR));
    for (const QString &name : sample.entryList({QStringLiteral("*.shp")}, QDir::Files)) {
        const QByteArray b = bundle(sample.filePath(QFileInfo(name).completeBaseName()));
        if (b.size() <= (256 << 10))
            seeds << b;
    }
    seeds << mapInfoSeeds();
    return seeds;
}
