// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset manifest: any bytes as dataset.json. It loads with every layer path resolved, or
// gives one error line naming the file; it never opens a device or a FIFO.
#include "fuzzharness.h"

#include "core/io/manifest.h"
#include "core/io/postgissource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sez::fuzz::initOnce();
    if (size > 1 << 20)
        return -1;
    const QString dir = sez::fuzz::scratchDir() + QStringLiteral("/manifest");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/dataset.json");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            sez::fuzz::fail("cannot write the manifest");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    const auto manifest = sez::DatasetManifest::load(dir, &error);
    if (!manifest) {
        // It names the file at fault (the manifest, or a layer it lists). The message may quote the
        // manifest's own text, newlines and all: the CLI makes it one line.
        if (!error.startsWith(QLatin1Char('/')) || !error.contains(QStringLiteral(": ")))
            sez::fuzz::fail(qPrintable(QStringLiteral("an error that names no file: [%1]").arg(error)));
        return 0;
    }
    for (const sez::LayerSpec &layer : manifest->layers()) {
        // A table of a PostGIS database is named by its connection ("PG:…"), not by a file.
        const bool database = sez::PostgisSource::isConnection(layer.path);
        if ((!database && !QFileInfo(layer.path).isAbsolute()) || layer.role.isEmpty())
            sez::fuzz::fail("a layer without an absolute path or a role");
        struct stat st;
        if (::stat(QFile::encodeName(layer.path).constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            sez::fuzz::fail(qPrintable(QStringLiteral("a device or FIFO was accepted: %1").arg(layer.path)));
        for (const auto &[source, canonical] : layer.fields)
            (void)layer.canonicalField(source);
    }
    return 0;
}

QList<QByteArray> sez::fuzz::seeds()
{
    QList<QByteArray> seeds;
    QFile sample(QStringLiteral(SEZ_SAMPLE_DIR "/dataset.json"));
    if (sample.open(QIODevice::ReadOnly))
        seeds << sample.readAll();
    seeds << R"({"name": "x", "map_crs": "EPSG:32642", "layers": [{"path": "a.shp", "role": "zones", "encoding": "KZ-1048",
                 "fields": {"ZONA": "zone"}, "values": {"zone": {"промышленная": "industrial"}}}]})"
          << R"({"layers": [{"path": "/dev/zero"}, {"path": "../../../../etc/passwd", "layer": "x"}]})"
          << R"({"map_crs": "EPSG:0", "layers": []})";
    return seeds;
}
