// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny dataset for the harnesses: the sample's zones read as parcels, in the scratch directory,
// its files' times fixed so that a cache made of it in one run is fresh in the next.
#pragma once

#include "fuzzharness.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace sez::fuzz {

inline QString tinyDataset()
{
    static const QString path = [] {
        const QString dir = scratchDir() + QStringLiteral("/tiny");
        QDir().mkpath(dir);
        const QDir sample(QStringLiteral(SEZ_SAMPLE_DIR));
        for (const char *suffix : {"shp", "shx", "dbf", "prj", "cpg"})
            QFile::copy(sample.filePath(QStringLiteral("zones.") + QLatin1String(suffix)), dir + QStringLiteral("/zones.") + QLatin1String(suffix));
        QFile manifest(dir + QStringLiteral("/dataset.json"));
        if (manifest.open(QIODevice::WriteOnly))
            manifest.write(R"({"name": "tiny", "layers": [{"path": "zones.shp", "role": "parcels", "fields": {"ZONA": "zone"}}]})");
        manifest.close();
        const QDateTime fixed = QDateTime::fromSecsSinceEpoch(1'700'000'000);
        for (const QString &name : QDir(dir).entryList(QDir::Files)) {
            QFile f(dir + QLatin1Char('/') + name);
            if (f.open(QIODevice::ReadWrite))
                f.setFileTime(fixed, QFileDevice::FileModificationTime);
        }
        return dir;
    }();
    return path;
}

} // namespace sez::fuzz
