// SPDX-License-Identifier: GPL-3.0-or-later
// A layer bundle: one input split at each "SEZ|" into a shapefile's parts (.shp, .shx, .dbf, .prj,
// .cpg, in that order; a part not given is missing), read through the reader as a user's file.
// Whatever the bytes, the reader gives a layer whose counts add up, or one error line naming a file.
#include "fuzzharness.h"

#include "core/geo/crs.h"
#include "core/io/layerreader.h"
#include "core/io/manifest.h"

#include <QDir>
#include <QFile>

namespace {

const QByteArray kSeparator = "SEZ|";
const char *const kSuffixes[] = {"shp", "shx", "dbf", "prj", "cpg"};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A bundle of the files beside \a base (a path without suffix), as the harness splits it.
QByteArray bundle(const QString &base)
{
    QByteArray out;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            out += kSeparator;
        out += readFile(base + QLatin1Char('.') + QLatin1String(kSuffixes[i]));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sez::fuzz::initOnce();
    if (size > 1 << 20)
        return -1;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString dir = sez::fuzz::scratchDir() + QStringLiteral("/bundle");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf(kSeparator); at >= 0 && parts.size() < 4; at = input.indexOf(kSeparator, from)) {
        parts << input.mid(from, at - from);
        from = at + kSeparator.size();
    }
    parts << input.mid(from);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QFile f(dir + QStringLiteral("/fuzz.") + QLatin1String(kSuffixes[i]));
        if (f.open(QIODevice::WriteOnly))
            f.write(parts[i]);
    }
    sez::LayerSpec spec;
    spec.name = QStringLiteral("fuzz");
    spec.role = QStringLiteral("parcels");
    spec.path = dir + QStringLiteral("/fuzz.shp");
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
    return seeds;
}
