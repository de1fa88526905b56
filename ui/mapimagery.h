// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagery/imagerylook.h"
#include "core/render/rendercontext.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace sez {

class Feedback;
class ImagerySource;
class MapCanvas;
class ParcelStore;

/// The imagery under the viewer's map: the dataset's own (role "imagery" in its manifest), the
/// raster files the user added for this dataset, and the tile basemap the user configured, which
/// is off until then: no request leaves the machine for a map without one. What the user added
/// and how each layer looks is remembered (QSettings): files per dataset, the basemap for all.
/// Each source is one layer of the canvas, the basemap lowest.
class MapImagery : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Basemap, Manifest, File, Session };

    /// One imagery layer as the user sees it.
    struct Entry
    {
        QString id;                ///< the canvas layer's id, "imagery/..."
        Kind kind = Kind::File;
        QString location;          ///< the file's path or the tile address
        QString attribution;       ///< a basemap's credit as the user typed it
        bool visible = true;
        double opacity = 1.0;
        ImageryLook look;
        std::shared_ptr<const ImagerySource> source;
    };

    explicit MapImagery(MapCanvas *canvas, QObject *parent = nullptr);
    ~MapImagery() override;

    /// Where tiles are cached: DIR/tiles (default: the user's cache folder).
    void setCacheDirectory(const QString &dir);
    /// A dataset was opened: its manifest's imagery, the files remembered for it and the basemap
    /// are put under its map; problems are reported with problem().
    void datasetOpened(const QString &datasetPath, const ParcelStore &store);

    /// Adds a raster file under the map and remembers it for this dataset (\a remember false: for
    /// this session only). False with \a error (naming the file) when it cannot be used.
    bool addFile(const QString &path, QString *error, bool remember = true);
    /// Shows the tile basemap \a urlTemplate credited with \a attribution under everything, in place
    /// of an earlier one, and remembers it (unless \a remember is false).
    bool setBasemap(const QString &urlTemplate, const QString &attribution, QString *error, bool remember = true);
    /// The configured basemap's address and credit; empty when there is none.
    QString basemapAddress() const;
    QString basemapAttribution() const;
    void remove(const QString &id);

    void setVisible(const QString &id, bool visible);
    void setOpacity(const QString &id, double opacity);
    void setLook(const QString &id, const ImageryLook &look);
    /// Builds a file's overviews (RasterImagery::buildOverviews) and opens it again. Blocks: run it
    /// off the GUI thread and call reopen() on the GUI thread when it is done.
    static bool buildOverviews(const QString &path, Feedback *feedback, QString *error);
    /// Opens an entry's source again (after its overviews were built).
    bool reopen(const QString &id, QString *error);

    const std::vector<Entry> &entries() const { return mEntries; }
    const Entry *find(const QString &id) const;
    /// What the user calls an entry (in the layers panel, the imagery panel): the file's name, the
    /// dataset's, the basemap's.
    static QString title(const Entry &entry);
    /// Takes over \a entries of another window's imagery (a switch of language) in place of these:
    /// the same sources, ids and looks, those for this session too.
    void adopt(std::vector<Entry> entries);
    /// The imagery as the canvas shows it, for a printed map (reports, extracts).
    std::vector<MapLayer> layers() const;

Q_SIGNALS:
    /// Entries were added, removed or reopened.
    void changed();
    /// The entry \a id was shown, hidden or faded (here or in the layers panel).
    void entryChanged(const QString &id);
    /// Something the user should read: a file that cannot be used or lies beside the map, a tile
    /// server that does not answer.
    void problem(const QString &message);

private:
    void addEntry(Entry entry, std::size_t index);
    void insertLayer(const Entry &entry, std::size_t index);
    void followCanvas();
    std::size_t insertIndex(Kind kind) const;
    void removeKind(Kind kind);
    void applyFade();
    void saveFiles() const;
    void saveLook(const Entry &entry) const;
    QString datasetKey() const;
    void checkOverlap(const Entry &entry);
    void connectTiles(const Entry &entry);

    MapCanvas *mCanvas;
    QString mCacheDir;
    QString mDatasetPath;
    QRectF mMapExtent;
    int mMapEpsg = 0;
    std::vector<Entry> mEntries;   // bottom first, as on the canvas
    int mNextId = 1;
};

} // namespace sez
