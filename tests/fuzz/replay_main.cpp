// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz harness without libFuzzer, with any compiler: over its seeds and every file of the
// directories given (the reproducers kept in tests/fuzz/regressions/HARNESS), so that each finding
// stays a regression test of the ordinary suite. `--write-seeds DIR` writes the seeds out for a
// fuzzing run to start from.
#include "fuzzharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

int replay(const QByteArray &input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), std::size_t(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    sez::fuzz::initOnce();
    if (argc == 3 && QByteArray(argv[1]) == "--write-seeds") {
        const QDir out(QString::fromLocal8Bit(argv[2]));
        QDir().mkpath(out.path());
        const QList<QByteArray> seeds = sez::fuzz::seeds();
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            QFile f(out.filePath(QStringLiteral("seed-%1").arg(i, 3, 10, QLatin1Char('0'))));
            if (!f.open(QIODevice::WriteOnly) || f.write(seeds[i]) != seeds[i].size())
                return 1;
        }
        std::printf("%lld seeds written to %s\n", static_cast<long long>(seeds.size()), argv[2]);
        return 0;
    }
    int inputs = 0;
    for (const QByteArray &seed : sez::fuzz::seeds()) {
        replay(seed);
        ++inputs;
    }
    for (int i = 1; i < argc; ++i) {
        const QFileInfo arg(QString::fromLocal8Bit(argv[i]));
        const QStringList files = arg.isDir() ? QDir(arg.filePath()).entryList(QDir::Files, QDir::Name) : QStringList{arg.fileName()};
        const QDir dir = arg.isDir() ? QDir(arg.filePath()) : arg.absoluteDir();
        for (const QString &name : files) {
            if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".md")))
                continue;
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            std::fprintf(stderr, "replaying %s\n", qPrintable(f.fileName()));
            replay(f.readAll());
            ++inputs;
        }
    }
    std::printf("%d inputs replayed, no finding\n", inputs);
    return 0;
}
