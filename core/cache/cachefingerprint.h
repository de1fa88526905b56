// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QList>
#include <QString>

namespace sez {

class DatasetManifest;
class Feedback;

/// The files a dataset is made of, each with its size, modification time and content hash, as a
/// cache records them. Compared with the files as they are now, it says whether the cache is still
/// fresh, and if not, why: sizes and times first, the content hash only where those differ, so a
/// dataset copied with new times but the same content is not imported again.
class CacheFingerprint
{
public:
    struct Source
    {
        QString relative;       ///< path relative to the dataset's directory
        qint64 size = 0;
        qint64 mtimeMs = 0;
        QByteArray sha256;      ///< hex; empty until hashed
    };

    CacheFingerprint() = default;
    CacheFingerprint(const QDir &base, QList<Source> sources);

    /// Every file of the dataset: the manifest (a dataset.json) and each layer file with its siblings
    /// of the same base name (.shp, .shx, .dbf, .prj, .cpg, ...), with sizes and times, not hashed.
    static CacheFingerprint ofDataset(const DatasetManifest &manifest);

    /// The files now beside those this fingerprint lists: the same names and any new sibling of a
    /// layer (a .cpg added, say), found by listing directories, without reading the manifest.
    CacheFingerprint current() const;

    /// Hashes every file; stops early, leaving hashes empty, when \a feedback is cancelled.
    void computeHashes(const Feedback *feedback = nullptr);

    /// Why a cache made with this fingerprint no longer fits \a now ("parcels.dbf changed (size 10
    /// → 12 bytes)"), or an empty string when it does. Files whose time changed but whose content
    /// did not are added to \a touched with their new time. A file of the same size and time is
    /// taken as unchanged without reading it (the known limit of a cheap check: an edit that keeps
    /// both is not seen) unless it is small (kAlwaysHashedBytes) or \a verify asks to hash every file.
    QString staleness(const CacheFingerprint &now, QList<Source> *touched, bool verify = false) const;

    /// Files up to this size are hashed on every open: it costs a few milliseconds.
    static constexpr qint64 kAlwaysHashedBytes = 4 << 20;

    /// SHA-256 (hex) over every source's name and content hash, in name order: one string that
    /// says which data a cache, a report or an extract was made from. Needs the hashes.
    QString digest() const;

    const QDir &base() const { return mBase; }
    const QList<Source> &sources() const { return mSources; }

private:
    QDir mBase;
    QList<Source> mSources;
};

} // namespace sez
