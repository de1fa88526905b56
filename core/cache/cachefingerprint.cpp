// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/cachefingerprint.h"

#include "core/base/feedback.h"
#include "core/io/manifest.h"
#include "core/io/postgissource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

#include <nettle/sha2.h>

namespace sez {

namespace {

class FingerprintMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::CacheFingerprint)
};

// SHA-256 of a file, as hex; empty when it cannot be read. Nettle's, not QCryptographicHash's:
// Qt 6.4 hashes in portable C at about 80 instructions a byte, and a cache open hashes every small
// source file (kAlwaysHashedBytes), which made it 22 % slower at 100,000 parcels (docs/BENCHMARKS.md).
QByteArray hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    sha256_ctx context;
    sha256_init(&context);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        sha256_update(&context, std::size_t(n), reinterpret_cast<const uint8_t *>(buffer.constData()));
    }
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(&context, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return digest.toHex();
}

// Adds files once each, relative to the dataset's directory.
class SourceList
{
public:
    explicit SourceList(const QDir &base) : mBase(base) {}

    void add(const QFileInfo &info)
    {
        const QString rel = mBase.relativeFilePath(info.absoluteFilePath());
        if (mSeen.contains(rel))
            return;
        mSeen.insert(rel);
        mFiles.append({rel, info.size(), info.lastModified().toMSecsSinceEpoch(), {}});
    }

    // The files beside \a file with the same base name (a layer's parts); false when there are none.
    bool addSiblings(const QFileInfo &file)
    {
        const QDir dir = file.absoluteDir();
        const QStringList siblings = dir.entryList({file.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
        for (const QString &s : siblings)
            if (QFileInfo(s).completeBaseName() == file.completeBaseName())
                add(QFileInfo(dir.filePath(s)));
        return !siblings.isEmpty();
    }

    QList<CacheFingerprint::Source> take() { return std::move(mFiles); }

private:
    QDir mBase;
    QSet<QString> mSeen;
    QList<CacheFingerprint::Source> mFiles;
};

// A table of a PostGIS dataset is listed as "PG:…#table"; its "hash" is that of its change mark.
bool isTable(const CacheFingerprint::Source &s)
{
    return PostgisSource::isConnection(s.relative);
}

// Asks each database once for the marks of its tables; a table that cannot be asked keeps the
// hash it has (a database out of reach does not make a cache stale: the desk works offline).
void markTables(QList<CacheFingerprint::Source> &sources)
{
    QHash<QString, QStringList> tablesOf;
    for (const CacheFingerprint::Source &s : sources)
        if (isTable(s))
            tablesOf[s.relative.section(QLatin1Char('#'), 0, 0)] << s.relative.section(QLatin1Char('#'), 1);
    for (auto it = tablesOf.begin(); it != tablesOf.end(); ++it) {
        QHash<QString, QString> marks;
        QString ignored;
        PostgisSource::changeMarks(it.key(), it.value(), &marks, &ignored);
        for (CacheFingerprint::Source &s : sources)
            if (isTable(s) && s.relative.section(QLatin1Char('#'), 0, 0) == it.key())
                if (const QString mark = marks.value(s.relative.section(QLatin1Char('#'), 1)); !mark.isEmpty())
                    s.sha256 = QCryptographicHash::hash(mark.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
}

} // namespace

CacheFingerprint::CacheFingerprint(const QDir &base, QList<Source> sources)
    : mBase(base), mSources(std::move(sources))
{
}

QString CacheFingerprint::digest() const
{
    QList<Source> sorted = mSources;
    std::sort(sorted.begin(), sorted.end(), [](const Source &a, const Source &b) { return a.relative < b.relative; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Source &s : sorted)
        hash.addData(s.relative.toUtf8() + '\t' + s.sha256 + '\n');
    return QString::fromLatin1(hash.result().toHex());
}

CacheFingerprint CacheFingerprint::ofDataset(const DatasetManifest &manifest)
{
    const QFileInfo manifestInfo(manifest.path());
    const QDir base = manifestInfo.absoluteDir();
    SourceList list(base);
    if (manifestInfo.fileName() == QLatin1String("dataset.json"))
        list.add(manifestInfo);
    QList<Source> tables;
    for (const LayerSpec &layer : manifest.layers()) {
        if (PostgisSource::isConnection(layer.path)) {
            tables.append({layer.path + QLatin1Char('#') + layer.sourceLayer, 0, 0, {}});
            continue;
        }
        const QFileInfo info(layer.path);
        if (!list.addSiblings(info))
            list.add(info);
    }
    QList<Source> files = list.take() + tables;
    std::sort(files.begin(), files.end(), [](const Source &a, const Source &b) { return a.relative < b.relative; });
    return CacheFingerprint(base, std::move(files));
}

CacheFingerprint CacheFingerprint::current() const
{
    SourceList list(mBase);
    QList<Source> tables;
    for (const Source &s : mSources) {
        if (isTable(s)) {
            tables.append(s);
            continue;
        }
        const QFileInfo info(mBase.filePath(s.relative));
        if (info.exists())
            list.add(info);
        if (info.fileName() != QLatin1String("dataset.json"))
            list.addSiblings(info);
    }
    markTables(tables);
    return CacheFingerprint(mBase, list.take() + tables);
}

void CacheFingerprint::computeHashes(const Feedback *feedback)
{
    for (Source &s : mSources) {
        if (isCancelled(feedback))
            return;
        if (!isTable(s))
            s.sha256 = hashFile(mBase.filePath(s.relative));
    }
    markTables(mSources);
}

QString CacheFingerprint::staleness(const CacheFingerprint &now, QList<Source> *touched, bool verify) const
{
    QHash<QString, Source> files;
    for (const Source &s : now.mSources)
        files.insert(s.relative, s);
    QSet<QString> before;
    const QLocale locale;
    for (const Source &old : mSources) {
        before.insert(old.relative);
        auto it = files.constFind(old.relative);
        if (it == files.constEnd())
            return FingerprintMessages::tr("%1 was removed").arg(old.relative);
        if (isTable(old)) {
            if (it->sha256 != old.sha256)
                return FingerprintMessages::tr("the table %1 of %2 changed")
                    .arg(old.relative.section(QLatin1Char('#'), 1), PostgisSource::displayName(old.relative.section(QLatin1Char('#'), 0, 0)));
            continue;
        }
        if (it->size != old.size)
            return FingerprintMessages::tr("%1 changed (size %2 → %3 bytes)").arg(old.relative, locale.toString(old.size), locale.toString(it->size));
        const bool timeChanged = it->mtimeMs != old.mtimeMs;
        if (timeChanged || verify || old.size <= kAlwaysHashedBytes) {
            if (hashFile(mBase.filePath(old.relative)) != old.sha256)
                return FingerprintMessages::tr("%1 changed (its content differs)").arg(old.relative);
        }
        if (timeChanged) {
            Source t = old;
            t.mtimeMs = it->mtimeMs;
            touched->append(t);
        }
    }
    for (const Source &s : now.mSources)
        if (!before.contains(s.relative))
            return FingerprintMessages::tr("%1 was added").arg(s.relative);
    return {};
}

} // namespace sez
