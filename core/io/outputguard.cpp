// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/outputguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <optional>

#include <sys/stat.h>

namespace sez {

namespace {

class GuardMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::OutputGuard)
};

enum class Kind { Source, Cache };

struct FileId
{
    quint64 device = 0, inode = 0;
    bool operator==(const FileId &o) const { return device == o.device && inode == o.inode; }
};
size_t qHash(const FileId &id, size_t seed = 0) { return qHashMulti(seed, id.device, id.inode); }

bool fileId(const QString &path, FileId *id)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *id = {quint64(st.st_dev), quint64(st.st_ino)};
    return true;
}

// The path with its directory's links resolved (and the file's own, when it exists), so that two
// spellings of one file compare equal even before it exists.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName());
}

// A multi-file layer's name: its directory and base name, without the part's suffix.
QString stemOf(const QString &resolvedPath)
{
    const QFileInfo info(resolvedPath);
    if (!OutputGuard::partSuffixes().contains(info.suffix().toLower()))
        return {};
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
}

struct Registry
{
    QMutex mutex;
    QHash<QString, Kind> paths;
    QHash<FileId, Kind> ids;
    QSet<QString> stems;

    void add(const QString &path, Kind kind)
    {
        const QString r = resolved(path);
        const QMutexLocker lock(&mutex);
        paths.insert(r, kind);
        FileId id;
        if (fileId(r, &id))
            ids.insert(id, kind);
        if (kind == Kind::Source) {
            const QString stem = stemOf(r);
            if (!stem.isEmpty())
                stems.insert(stem);
        }
    }

    // What \a path is, if anything sezview must not write over.
    std::optional<Kind> find(const QString &path)
    {
        const QString r = resolved(path);
        FileId id;
        const bool exists = fileId(r, &id);
        const QMutexLocker lock(&mutex);
        if (auto it = paths.constFind(r); it != paths.constEnd())
            return it.value();
        if (exists)
            if (auto it = ids.constFind(id); it != ids.constEnd())
                return it.value();
        const QString stem = stemOf(r);
        if (!stem.isEmpty() && stems.contains(stem))
            return Kind::Source;
        return std::nullopt;
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

const QStringList &OutputGuard::partSuffixes()
{
    // Shapefile, MapInfo TAB and MIF/MID, and the indexes other programs keep beside them.
    static const QStringList suffixes = {
        QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"),
        QStringLiteral("cpg"), QStringLiteral("sbn"), QStringLiteral("sbx"), QStringLiteral("qix"),
        QStringLiteral("fix"), QStringLiteral("qmd"), QStringLiteral("tab"), QStringLiteral("dat"),
        QStringLiteral("map"), QStringLiteral("id"),  QStringLiteral("ind"), QStringLiteral("mif"),
        QStringLiteral("mid")};
    return suffixes;
}

void OutputGuard::protectSource(const QString &path)
{
    registry().add(path, Kind::Source);
}

void OutputGuard::protectCache(const QString &path)
{
    registry().add(path, Kind::Cache);
}

QStringList OutputGuard::filesWritten(const QString &path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QStringLiteral("shp"), Qt::CaseInsensitive) != 0)
        return {path};
    QStringList files;
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.');
    for (const char *suffix : {"shp", "shx", "dbf", "prj", "cpg"})
        files << base + QLatin1String(suffix);
    return files;
}

bool OutputGuard::check(const QString &path, QString *error)
{
    for (const QString &file : filesWritten(path)) {
        const auto kind = registry().find(file);
        if (!kind)
            continue;
        *error = *kind == Kind::Cache
                     ? GuardMessages::tr("%1: this is the cache of the open dataset; sezview does not write over it. "
                                         "Choose another output file").arg(file)
                     : GuardMessages::tr("%1: this is a source file of the open dataset; sezview writes only new files "
                                         "or files it created, and leaves it untouched. Choose another output file").arg(file);
        return false;
    }
    return true;
}

bool OutputGuard::isSource(const QString &path)
{
    return registry().find(path) == Kind::Source;
}

void OutputGuard::reset()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.paths.clear();
    r.ids.clear();
    r.stems.clear();
}

} // namespace sez
