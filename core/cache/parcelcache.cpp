// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/parcelcache.h"

#include "core/geo/crs.h"
#include "core/io/dataset.h"
#include "core/geo/gdalhandles_p.h"
#include "core/query/query.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QtEndian>

#include <cpl_conv.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <future>
#include <unistd.h>

namespace sez {

namespace {

constexpr int kSchemaVersion = 1;
constexpr int kGpkgApplicationId = 0x47504B47;   // "GPKG"

struct DbCloser { void operator()(sqlite3 *db) const { sqlite3_close_v2(db); } };
struct StmtCloser { void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); } };
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtCloser>;

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

StmtPtr prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        *error = sqliteError(db);
        return {};
    }
    return StmtPtr(stmt);
}

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(s, i);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// --- Source fingerprints

struct SourceFile
{
    QString relative;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QByteArray sha256;
};

QByteArray hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// Every file a dataset is made of: the manifest, and each layer file with its siblings of the same
// base name (.shp, .shx, .dbf, .prj, .cpg, ...), relative to the dataset's directory.
QList<SourceFile> listSources(const DatasetManifest &manifest)
{
    const QFileInfo manifestInfo(manifest.path());
    const QDir base = manifestInfo.absoluteDir();
    QSet<QString> seen;
    QList<SourceFile> files;
    auto add = [&](const QFileInfo &info) {
        const QString rel = base.relativeFilePath(info.absoluteFilePath());
        if (seen.contains(rel))
            return;
        seen.insert(rel);
        files.append({rel, info.size(), info.lastModified().toMSecsSinceEpoch(), {}});
    };
    if (manifestInfo.fileName() == QLatin1String("dataset.json"))
        add(manifestInfo);
    for (const LayerSpec &layer : manifest.layers()) {
        const QFileInfo li(layer.path);
        const QDir dir = li.absoluteDir();
        const QStringList siblings = dir.entryList({li.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
        for (const QString &s : siblings)
            if (QFileInfo(s).completeBaseName() == li.completeBaseName())
                add(QFileInfo(dir.filePath(s)));
        if (siblings.isEmpty())
            add(li);
    }
    std::sort(files.begin(), files.end(), [](const SourceFile &a, const SourceFile &b) { return a.relative < b.relative; });
    return files;
}

// The files now beside those a cache was made from: the same names and any new sibling of a layer
// (a .cpg added, say), found by listing directories, without reading the manifest.
QList<SourceFile> listSiblings(const QList<SourceFile> &cached, const QDir &base)
{
    QSet<QString> seen;
    QList<SourceFile> files;
    auto add = [&](const QFileInfo &info) {
        const QString rel = base.relativeFilePath(info.absoluteFilePath());
        if (info.exists() && !seen.contains(rel)) {
            seen.insert(rel);
            files.append({rel, info.size(), info.lastModified().toMSecsSinceEpoch(), {}});
        }
    };
    for (const SourceFile &s : cached) {
        const QFileInfo info(base.filePath(s.relative));
        add(info);
        if (info.fileName() == QLatin1String("dataset.json"))
            continue;
        const QDir dir = info.absoluteDir();
        for (const QString &name : dir.entryList({info.completeBaseName() + QStringLiteral(".*")}, QDir::Files))
            if (QFileInfo(name).completeBaseName() == info.completeBaseName())
                add(QFileInfo(dir.filePath(name)));
    }
    return files;
}

// --- GeoPackage geometry blobs: the standard header, an envelope, then little-endian WKB.

void appendDouble(QByteArray &out, double v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

void appendUInt32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray gpkgBlob(const Geometry &g, int srsId)
{
    const QRectF b = g.bounds();
    QByteArray out;
    out.reserve(64 + 16 * 16);
    out.append("GP", 2);
    out.append(char(0));      // version 1.0
    out.append(char(0x03));   // little-endian, envelope [minx, maxx, miny, maxy]
    char srs[4];
    qToLittleEndian<qint32>(srsId, srs);
    out.append(srs, 4);
    appendDouble(out, b.left());
    appendDouble(out, b.right());
    appendDouble(out, b.top());
    appendDouble(out, b.bottom());
    auto ring = [&](const Path &path, bool close) {
        appendUInt32(out, quint32(path.size() + (close ? 1 : 0)));
        for (const QPointF &p : path) {
            appendDouble(out, p.x());
            appendDouble(out, p.y());
        }
        if (close && !path.empty()) {
            appendDouble(out, path.front().x());
            appendDouble(out, path.front().y());
        }
    };
    out.append(char(1));
    if (!g.polygons.empty()) {
        appendUInt32(out, 6);
        appendUInt32(out, quint32(g.polygons.size()));
        for (const Polygon &poly : g.polygons) {
            out.append(char(1));
            appendUInt32(out, 3);
            appendUInt32(out, quint32(poly.rings.size()));
            for (const Path &r : poly.rings)
                ring(r, true);
        }
    } else if (!g.lines.empty()) {
        appendUInt32(out, 5);
        appendUInt32(out, quint32(g.lines.size()));
        for (const Path &l : g.lines) {
            out.append(char(1));
            appendUInt32(out, 2);
            ring(l, false);
        }
    } else {
        appendUInt32(out, 4);
        appendUInt32(out, quint32(g.points.size()));
        for (const QPointF &p : g.points) {
            out.append(char(1));
            appendUInt32(out, 1);
            appendDouble(out, p.x());
            appendDouble(out, p.y());
        }
    }
    return out;
}

QByteArray wkt1Of(int epsg)
{
    auto srs = detail::srsFromEpsg(epsg);
    if (!srs)
        return "undefined";
    char *wkt = nullptr;
    OSRExportToWkt(srs.get(), &wkt);
    QByteArray result(wkt ? wkt : "undefined");
    CPLFree(wkt);
    return result;
}

const char *const kGpkgSchema = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE sez_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sez_sources (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE sez_warnings (id INTEGER PRIMARY KEY, message TEXT NOT NULL);
CREATE TABLE sez_store (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE VIRTUAL TABLE sez_fts USING fts5(cadastral, digits, investor, project, address,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');
)SQL";

// The R-tree triggers the GeoPackage spec asks for, so that edits made later by other tools (QGIS,
// ogr2ogr) keep the index right; the cache itself never edits these tables after the import.
QByteArray rtreeSql(const QByteArray &table)
{
    QByteArray sql =
        "CREATE VIRTUAL TABLE rtree_@_geom USING rtree(id, minx, maxx, miny, maxy);\n"
        "CREATE TRIGGER rtree_@_geom_insert AFTER INSERT ON @ WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN "
        "INSERT OR REPLACE INTO rtree_@_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;\n"
        "CREATE TRIGGER rtree_@_geom_update1 AFTER UPDATE OF geom ON @ WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN "
        "INSERT OR REPLACE INTO rtree_@_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;\n"
        "CREATE TRIGGER rtree_@_geom_update2 AFTER UPDATE OF geom ON @ WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN "
        "DELETE FROM rtree_@_geom WHERE id = OLD.fid; END;\n"
        "CREATE TRIGGER rtree_@_geom_update3 AFTER UPDATE ON @ WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN "
        "DELETE FROM rtree_@_geom WHERE id = OLD.fid; "
        "INSERT OR REPLACE INTO rtree_@_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;\n"
        "CREATE TRIGGER rtree_@_geom_update4 AFTER UPDATE ON @ WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN "
        "DELETE FROM rtree_@_geom WHERE id IN (OLD.fid, NEW.fid); END;\n"
        "CREATE TRIGGER rtree_@_geom_delete AFTER DELETE ON @ WHEN old.geom NOT NULL BEGIN "
        "DELETE FROM rtree_@_geom WHERE id = OLD.fid; END;\n"
        "INSERT INTO gpkg_extensions VALUES ('@', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');\n";
    return sql.replace('@', table);
}


// One entry of a GeoPackage R-tree: a feature id and its bounds.
struct RtreeEntry
{
    qint64 id;
    double minX, maxX, minY, maxY;
};

// SQLite's R-tree stores 32-bit floats rounded outwards, so that a box always contains the
// feature's own; the same rounding as its rtreeValueDown() and rtreeValueUp().
float roundedDown(double d)
{
    float f = float(d);
    if (double(f) > d)
        f = float(d * (d < 0 ? 1.0 + 1.0 / 8388608.0 : 1.0 - 1.0 / 8388608.0));
    return f;
}

float roundedUp(double d)
{
    float f = float(d);
    if (double(f) < d)
        f = float(d * (d < 0 ? 1.0 - 1.0 / 8388608.0 : 1.0 + 1.0 / 8388608.0));
    return f;
}

// Fills an empty R-tree virtual table by writing its nodes directly (packed sort-tile-recursive,
// as GDAL does for GeoPackages), instead of inserting one box at a time through the module, whose
// R* insertion costs a second per hundred thousand parcels. The node format is SQLite's own: a
// big-endian depth (root only) and cell count, then cells of a 64-bit id and four floats.
bool bulkLoadRtree(sqlite3 *db, const QByteArray &name, const std::vector<RtreeEntry> &entries, QString *error)
{
    if (entries.empty())
        return true;
    auto size = prepare(db, "SELECT length(data) FROM \"" + name + "_node\" WHERE nodeno = 1", error);
    if (!size || sqlite3_step(size.get()) != SQLITE_ROW) {
        if (error->isEmpty())
            *error = sqliteError(db);
        return false;
    }
    const int nodeBytes = sqlite3_column_int(size.get(), 0);
    constexpr int kCellBytes = 8 + 4 * 4;
    const std::size_t maxCells = std::size_t(std::max(2, (nodeBytes - 4) / kCellBytes));
    auto insertNode = prepare(db, "INSERT OR REPLACE INTO \"" + name + "_node\" VALUES (?, ?)", error);
    auto insertRowid = prepare(db, "INSERT INTO \"" + name + "_rowid\" VALUES (?, ?)", error);
    auto insertParent = prepare(db, "INSERT INTO \"" + name + "_parent\" VALUES (?, ?)", error);
    if (!insertNode || !insertRowid || !insertParent)
        return false;

    struct Cell
    {
        qint64 id;
        std::array<float, 4> box;   // minx, maxx, miny, maxy
    };
    std::vector<Cell> level;
    level.reserve(entries.size());
    for (const RtreeEntry &e : entries)
        level.push_back({e.id, {roundedDown(e.minX), roundedUp(e.maxX), roundedDown(e.minY), roundedUp(e.maxY)}});

    QByteArray node(nodeBytes, '\0');
    bool ok = true;
    auto writeNode = [&](qint64 nodeno, int depth, const Cell *cells, std::size_t count, bool leaf) {
        node.fill('\0');
        uchar *d = reinterpret_cast<uchar *>(node.data());
        qToBigEndian<quint16>(quint16(depth), d);
        qToBigEndian<quint16>(quint16(count), d + 2);
        for (std::size_t i = 0; i < count; ++i) {
            uchar *c = d + 4 + i * kCellBytes;
            qToBigEndian<qint64>(cells[i].id, c);
            for (int k = 0; k < 4; ++k) {
                quint32 bits = 0;
                std::memcpy(&bits, &cells[i].box[std::size_t(k)], 4);
                qToBigEndian<quint32>(bits, c + 8 + 4 * k);
            }
            sqlite3_stmt *map = leaf ? insertRowid.get() : insertParent.get();
            sqlite3_reset(map);
            sqlite3_bind_int64(map, 1, cells[i].id);
            sqlite3_bind_int64(map, 2, nodeno);
            ok = ok && sqlite3_step(map) == SQLITE_DONE;
        }
        sqlite3_reset(insertNode.get());
        sqlite3_bind_int64(insertNode.get(), 1, nodeno);
        sqlite3_bind_blob(insertNode.get(), 2, node.constData(), int(node.size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(insertNode.get()) == SQLITE_DONE;
    };
    auto centre = [](const Cell &c, int axis) { return axis == 0 ? c.box[0] + c.box[1] : c.box[2] + c.box[3]; };

    qint64 nextNode = 2;   // 1 is the root
    int depth = 0;
    while (level.size() > maxCells && ok) {
        // Sort-tile-recursive: vertical slices by x, each sorted by y and cut into full nodes.
        const std::size_t nodes = (level.size() + maxCells - 1) / maxCells;
        const std::size_t slices = std::size_t(std::ceil(std::sqrt(double(nodes))));
        const std::size_t perSlice = slices * maxCells;
        std::sort(level.begin(), level.end(), [&](const Cell &a, const Cell &b) { return centre(a, 0) < centre(b, 0); });
        std::vector<Cell> parents;
        for (std::size_t s = 0; s < level.size(); s += perSlice) {
            const auto end = level.begin() + std::ptrdiff_t(std::min(level.size(), s + perSlice));
            std::sort(level.begin() + std::ptrdiff_t(s), end, [&](const Cell &a, const Cell &b) { return centre(a, 1) < centre(b, 1); });
            for (std::size_t i = s; i < std::size_t(end - level.begin()); i += maxCells) {
                const std::size_t count = std::min(maxCells, std::size_t(end - level.begin()) - i);
                Cell parent{nextNode++, level[i].box};
                for (std::size_t j = i; j < i + count; ++j) {
                    parent.box[0] = std::min(parent.box[0], level[j].box[0]);
                    parent.box[1] = std::max(parent.box[1], level[j].box[1]);
                    parent.box[2] = std::min(parent.box[2], level[j].box[2]);
                    parent.box[3] = std::max(parent.box[3], level[j].box[3]);
                }
                writeNode(parent.id, 0, level.data() + i, count, depth == 0);
                parents.push_back(parent);
            }
        }
        level = std::move(parents);
        ++depth;
    }
    if (ok)
        writeNode(1, depth, level.data(), level.size(), depth == 0);
    if (!ok)
        *error = sqliteError(db);
    return ok;
}


// Words of a search text, folded, each made safe as an FTS5 prefix term ("word"*).
QStringList searchTerms(const QString &text)
{
    QStringList terms;
    QString folded = ilikeFold(text);
    // Hyphens join the groups of a cadastral number: "03-047" is searched as the digits "03047".
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = folded.split(separators, Qt::SkipEmptyParts);
    const QString digits = cadastralDigits(text);
    const bool cadastral = !digits.isEmpty() && digits.size() == text.trimmed().remove(QLatin1Char('-')).size();
    if (cadastral)
        return {QStringLiteral("digits : \"%1\"*").arg(digits)};
    for (QString w : words) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms;
}

} // namespace

struct ParcelCache::Private
{
    DbPtr db;   // the cache (or an in-memory index when the cache could not be written)
};

ParcelCache::ParcelCache() : d(std::make_unique<Private>()) {}
ParcelCache::~ParcelCache() = default;

QString ParcelCache::defaultCachePath(const QString &datasetPath)
{
    const QString key = QFileInfo(datasetPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/sezview-cache");
    return dir + QStringLiteral("/%1-%2.gpkg").arg(QFileInfo(datasetPath).completeBaseName(), QString::fromLatin1(hash));
}

namespace {

// Writes every table of the cache into an open, empty database.
class CacheWriter
{
public:
    CacheWriter(sqlite3 *db, const ParcelStore &store, const Dataset &dataset, const QList<SourceFile> &sources)
        : mDb(db), mStore(store), mDataset(dataset), mSources(sources) {}

    bool write(const ParcelCache::Progress &progress, const std::atomic<bool> *cancel, QString *error)
    {
        const int srs = mStore.mapEpsg();
        // A cache large enough for the full-text index's segments and the R-tree while they are built.
        if (!exec(mDb, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=65536; PRAGMA cache_size=-131072;", error))
            return false;
        const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(kGpkgApplicationId) + "; PRAGMA user_version=10200;";
        if (!exec(mDb, pragmas.constData(), error) || !exec(mDb, "BEGIN", error) || !exec(mDb, kGpkgSchema, error))
            return false;
        // Spatial reference systems: the two the spec requires, WGS 84 and the map CRS.
        auto srsStmt = prepare(mDb, "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", error);
        if (!srsStmt)
            return false;
        auto addSrs = [&](const QString &name, int id, const char *org, int code, const QByteArray &def) {
            sqlite3_reset(srsStmt.get());
            bindText(srsStmt.get(), 1, name);
            sqlite3_bind_int(srsStmt.get(), 2, id);
            sqlite3_bind_text(srsStmt.get(), 3, org, -1, SQLITE_STATIC);
            sqlite3_bind_int(srsStmt.get(), 4, code);
            sqlite3_bind_text(srsStmt.get(), 5, def.constData(), int(def.size()), SQLITE_TRANSIENT);
            sqlite3_bind_null(srsStmt.get(), 6);
            return sqlite3_step(srsStmt.get()) == SQLITE_DONE;
        };
        bool ok = addSrs(QStringLiteral("Undefined cartesian SRS"), -1, "NONE", -1, "undefined")
                  && addSrs(QStringLiteral("Undefined geographic SRS"), 0, "NONE", 0, "undefined")
                  && addSrs(QStringLiteral("WGS 84 geodetic"), 4326, "EPSG", 4326, wkt1Of(4326));
        if (ok && srs != 4326)
            ok = addSrs(crsFromEpsg(srs).name, srs, "EPSG", srs, wkt1Of(srs));
        if (!ok) {
            *error = sqliteError(mDb);
            return false;
        }
        if (!writeParcels(progress, cancel, error))
            return false;
        if (!writeContext(QByteArrayLiteral("zones"), mStore.zones(), "MULTIPOLYGON", error)
            || !writeContext(QByteArrayLiteral("districts"), mStore.districts(), "MULTIPOLYGON", error)
            || !writeContext(QByteArrayLiteral("sez_boundary"), mStore.sezParts(), "MULTIPOLYGON", error)
            || !writeContext(QByteArrayLiteral("city_limits"), mStore.cityLimits(), "MULTIPOLYGON", error))
            return false;
        std::vector<ContextFeature> points, lines;
        for (const ContextFeature &f : mStore.infrastructure())
            (f.geometry.lines.empty() ? points : lines).push_back(f);
        if (!writeContext(QByteArrayLiteral("infrastructure_points"), points, "MULTIPOINT", error)
            || !writeContext(QByteArrayLiteral("infrastructure_lines"), lines, "MULTILINESTRING", error))
            return false;
        if (!writeOwnTables(error))
            return false;
        // Registered as an attributes table, so that GeoPackage readers list the registered tables
        // only and leave the cache's own (the full-text index, the store snapshot) alone.
        if (!exec(mDb, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
                       "('sez_meta', 'attributes', 'sez_meta', 'sezview cache: schema version and state')", error))
            return false;
        // The last transaction marks the cache complete; a file without the mark is never trusted.
        if (!exec(mDb, "INSERT INTO sez_meta VALUES ('complete', '1'); COMMIT;", error))
            return false;
        return true;
    }

private:
    bool writeParcels(const ParcelCache::Progress &progress, const std::atomic<bool> *cancel, QString *error)
    {
        QByteArray create = "CREATE TABLE parcels (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON";
        for (int f = 0; f < int(ParcelField::Count); ++f) {
            const ParcelField field = ParcelField(f);
            const char *type = "TEXT";
            if (field == ParcelField::AreaHa || field == ParcelField::Area || field == ParcelField::InvestmentKzt || field == ParcelField::WaterM3Day)
                type = "REAL";
            else if (field == ParcelField::Jobs || field == ParcelField::PowerKw)
                type = "INTEGER";
            else if (field == ParcelField::LeaseStart || field == ParcelField::LeaseEnd)
                type = "DATE";
            create += ", " + parcelFieldName(field).toLatin1() + " " + type;
        }
        create += ", inside_city BOOLEAN);";
        if (!exec(mDb, create.constData(), error))
            return false;
        QByteArray insertSql = "INSERT INTO parcels VALUES (?, ?";
        for (int f = 0; f < int(ParcelField::Count); ++f)
            insertSql += ", ?";
        insertSql += ", ?)";
        auto insert = prepare(mDb, insertSql.constData(), error);
        // The full-text index is built in memory in larger runs before it is flushed to segments,
        // which saves most of FTS5's segment merging during the import.
        if (!exec(mDb, "INSERT INTO sez_fts(sez_fts, rank) VALUES ('hashsize', 67108864)", error))
            return false;
        auto fts = prepare(mDb, "INSERT INTO sez_fts (rowid, cadastral, digits, investor, project, address) VALUES (?, ?, ?, ?, ?, ?)", error);
        if (!insert || !fts)
            return false;
        const qint64 n = mStore.size();
        const int srs = mStore.mapEpsg();
        // Coded columns hold a few hundred distinct values: each is converted to UTF-8 (and folded
        // for the full-text index) once, not once a row.
        std::array<std::vector<QByteArray>, int(ParcelField::Count)> codedUtf8;
        for (int f = 0; f < int(ParcelField::Count); ++f)
            if (mStore.isCoded(ParcelField(f)))
                for (const QString &v : mStore.dictionary(ParcelField(f)))
                    codedUtf8[std::size_t(f)].push_back(v.isEmpty() ? QByteArray() : v.toUtf8());
        std::vector<QByteArray> investorFolded;
        for (const QString &v : mStore.dictionary(ParcelField::Investor))
            investorFolded.push_back(ilikeFold(v).toUtf8());
        QHash<quint32, QByteArray> projectFolded;
        auto bindBytes = [](sqlite3_stmt *stmt, int col, const QByteArray &bytes) {
            if (bytes.isNull())
                sqlite3_bind_null(stmt, col);
            else
                sqlite3_bind_text(stmt, col, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        };
        auto codeOf = [&](qint64 p, ParcelField f) { return mStore.isCoded(f) ? mStore.code(p, f) : -1; };
        QByteArray blob;
        std::vector<RtreeEntry> rtree;
        rtree.reserve(std::size_t(n));
        if (progress)
            progress(QStringLiteral("writing"), 0, n);
        for (qint64 p = 0; p < n; ++p) {
            if (cancel && cancel->load()) {
                *error = QStringLiteral("the import was cancelled");
                return false;
            }
            sqlite3_stmt *s = insert.get();
            sqlite3_reset(s);
            sqlite3_bind_int64(s, 1, p + 1);
            blob = gpkgBlob(mStore.geometry(p), srs);
            sqlite3_bind_blob(s, 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
            for (int f = 0; f < int(ParcelField::Count); ++f) {
                const ParcelField field = ParcelField(f);
                const int col = 3 + f;
                if (mStore.isCoded(field)) {
                    const int c = mStore.code(p, field);
                    if (c < 0)
                        sqlite3_bind_null(s, col);
                    else
                        bindBytes(s, col, codedUtf8[std::size_t(f)][std::size_t(c)]);
                    continue;
                }
                const QVariant v = mStore.value(p, field);
                switch (v.typeId()) {
                case QMetaType::Double: sqlite3_bind_double(s, col, v.toDouble()); break;
                case QMetaType::LongLong: sqlite3_bind_int64(s, col, v.toLongLong()); break;
                case QMetaType::QDate: bindText(s, col, v.toDate().toString(Qt::ISODate)); break;
                case QMetaType::QString: bindText(s, col, v.toString()); break;
                default: sqlite3_bind_null(s, col); break;
                }
            }
            sqlite3_bind_int(s, 3 + int(ParcelField::Count), mStore.insideCity(p) ? 1 : 0);
            if (sqlite3_step(s) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
            const QRectF b = mStore.bounds(p);
            rtree.push_back({p + 1, b.left(), b.right(), b.top(), b.bottom()});
            const QString number = mStore.value(p, ParcelField::CadastralNumber).toString();
            sqlite3_stmt *fs = fts.get();
            sqlite3_reset(fs);
            sqlite3_bind_int64(fs, 1, p + 1);
            bindText(fs, 2, number);
            bindText(fs, 3, cadastralDigits(number));
            const int investor = codeOf(p, ParcelField::Investor);
            if (investor >= 0)
                bindBytes(fs, 4, investorFolded[std::size_t(investor)]);
            else
                bindText(fs, 4, ilikeFold(mStore.value(p, ParcelField::Investor).toString()));
            const int project = codeOf(p, ParcelField::Project), projectKk = codeOf(p, ParcelField::ProjectKk);
            const quint32 projectKey = project >= 0 && projectKk >= 0 ? (quint32(project) << 16) | quint32(projectKk) : 0xffffffffu;
            auto folded = projectFolded.constFind(projectKey);
            if (folded == projectFolded.constEnd() || projectKey == 0xffffffffu) {
                QByteArray text = ilikeFold(mStore.value(p, ParcelField::Project).toString() + QLatin1Char(' ')
                                            + mStore.value(p, ParcelField::ProjectKk).toString()).toUtf8();
                folded = projectFolded.insert(projectKey, text);
            }
            bindBytes(fs, 5, folded.value());
            bindText(fs, 6, ilikeFold(mStore.value(p, ParcelField::Address).toString()));
            if (sqlite3_step(fs) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
            if (progress && ((p + 1) % 20'000 == 0 || p + 1 == n))
                progress(QStringLiteral("writing"), p + 1, n);
        }
        return registerTable(QByteArrayLiteral("parcels"), "MULTIPOLYGON", mStore.extent(), rtree, error);
    }

    bool registerTable(const QByteArray &table, const char *geometryType, const QRectF &extent,
                       const std::vector<RtreeEntry> &bounds, QString *error)
    {
        auto contents = prepare(mDb, "INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) "
                                     "VALUES (?, 'features', ?, ?, ?, ?, ?, ?)", error);
        auto columns = prepare(mDb, "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)", error);
        if (!contents || !columns)
            return false;
        sqlite3_bind_text(contents.get(), 1, table.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(contents.get(), 2, table.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(contents.get(), 3, extent.left());
        sqlite3_bind_double(contents.get(), 4, extent.top());
        sqlite3_bind_double(contents.get(), 5, extent.right());
        sqlite3_bind_double(contents.get(), 6, extent.bottom());
        sqlite3_bind_int(contents.get(), 7, mStore.mapEpsg());
        sqlite3_bind_text(columns.get(), 1, table.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(columns.get(), 2, geometryType, -1, SQLITE_STATIC);
        sqlite3_bind_int(columns.get(), 3, mStore.mapEpsg());
        if (sqlite3_step(contents.get()) != SQLITE_DONE || sqlite3_step(columns.get()) != SQLITE_DONE) {
            *error = sqliteError(mDb);
            return false;
        }
        return exec(mDb, rtreeSql(table).constData(), error)
               && bulkLoadRtree(mDb, "rtree_" + table + "_geom", bounds, error);
    }

    bool writeContext(const QByteArray &table, const std::vector<ContextFeature> &features, const char *geometryType, QString *error)
    {
        const QByteArray create = "CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + geometryType
                                  + ", name TEXT, kind TEXT, status TEXT, planned_year INTEGER);";
        if (!exec(mDb, create.constData(), error))
            return false;
        const QByteArray insertSql = "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?)";
        auto insert = prepare(mDb, insertSql.constData(), error);
        if (!insert)
            return false;
        QRectF extent;
        std::vector<RtreeEntry> rtree;
        qint64 fid = 0;
        for (const ContextFeature &f : features) {
            ++fid;
            const QRectF b = f.geometry.bounds();
            extent = extent.isNull() ? b : extent.united(b);
            const QByteArray blob = gpkgBlob(f.geometry, mStore.mapEpsg());
            sqlite3_reset(insert.get());
            sqlite3_bind_int64(insert.get(), 1, fid);
            sqlite3_bind_blob(insert.get(), 2, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
            bindText(insert.get(), 3, f.name);
            bindText(insert.get(), 4, f.kind.isEmpty() ? QString() : f.kind);
            bindText(insert.get(), 5, f.status.isEmpty() ? QString() : f.status);
            if (f.plannedYear)
                sqlite3_bind_int(insert.get(), 6, f.plannedYear);
            else
                sqlite3_bind_null(insert.get(), 6);
            rtree.push_back({fid, b.left(), b.right(), b.top(), b.bottom()});
            if (sqlite3_step(insert.get()) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
        }
        return registerTable(table, geometryType, extent, rtree, error);
    }

    bool writeOwnTables(QString *error)
    {
        auto meta = prepare(mDb, "INSERT INTO sez_meta VALUES (?, ?)", error);
        auto sources = prepare(mDb, "INSERT INTO sez_sources VALUES (?, ?, ?, ?)", error);
        auto warnings = prepare(mDb, "INSERT INTO sez_warnings (message) VALUES (?)", error);
        auto store = prepare(mDb, "INSERT INTO sez_store VALUES (1, ?)", error);
        if (!meta || !sources || !warnings || !store)
            return false;
        const QList<QPair<QString, QString>> metaRows = {
            {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
            {QStringLiteral("dataset_name"), mDataset.manifest().name()},
            {QStringLiteral("map_epsg"), QString::number(mStore.mapEpsg())},
            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        for (const auto &[k, v] : metaRows) {
            sqlite3_reset(meta.get());
            bindText(meta.get(), 1, k);
            bindText(meta.get(), 2, v);
            if (sqlite3_step(meta.get()) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
        }
        for (const SourceFile &s : mSources) {
            sqlite3_reset(sources.get());
            bindText(sources.get(), 1, s.relative);
            sqlite3_bind_int64(sources.get(), 2, s.size);
            sqlite3_bind_int64(sources.get(), 3, s.mtimeMs);
            sqlite3_bind_text(sources.get(), 4, s.sha256.constData(), int(s.sha256.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(sources.get()) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
        }
        for (const QString &w : mDataset.warnings()) {
            sqlite3_reset(warnings.get());
            bindText(warnings.get(), 1, w);
            if (sqlite3_step(warnings.get()) != SQLITE_DONE) {
                *error = sqliteError(mDb);
                return false;
            }
        }
        const QByteArray bytes = mStore.serialize();
        sqlite3_bind_blob64(store.get(), 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
        if (sqlite3_step(store.get()) != SQLITE_DONE) {
            *error = sqliteError(mDb);
            return false;
        }
        return true;
    }

    sqlite3 *mDb;
    const ParcelStore &mStore;
    const Dataset &mDataset;
    const QList<SourceFile> &mSources;
};

// What an existing cache says about itself, read without trusting it.
struct CacheState
{
    bool usable = false;
    QString problem;      // why it cannot be used: damaged, foreign, incomplete, or stale
    bool damaged = false; // as opposed to merely stale
    QList<SourceFile> sources;
};

CacheState inspectCache(sqlite3 *db)
{
    CacheState state;
    QString error;
    auto check = prepare(db, "PRAGMA application_id", &error);
    if (!check || sqlite3_step(check.get()) != SQLITE_ROW || sqlite3_column_int(check.get(), 0) != kGpkgApplicationId) {
        state.damaged = true;
        state.problem = check ? QStringLiteral("it is not a sezview cache") : QStringLiteral("it is not an SQLite database (%1)").arg(error);
        return state;
    }
    auto meta = prepare(db, "SELECT key, value FROM sez_meta", &error);
    if (!meta) {
        state.damaged = true;
        state.problem = QStringLiteral("it is not a sezview cache (%1)").arg(error);
        return state;
    }
    QHash<QString, QString> values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(meta.get())) == SQLITE_ROW)
        values.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(meta.get(), 0))),
                      QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(meta.get(), 1))));
    if (rc != SQLITE_DONE) {
        state.damaged = true;
        state.problem = QStringLiteral("it is damaged (%1)").arg(sqliteError(db));
        return state;
    }
    if (values.value(QStringLiteral("complete")) != QLatin1String("1")) {
        state.damaged = true;
        state.problem = QStringLiteral("it was not written to the end");
        return state;
    }
    if (values.value(QStringLiteral("schema_version")).toInt() != kSchemaVersion) {
        state.problem = QStringLiteral("it was made by another version of sezview");
        return state;
    }
    auto sources = prepare(db, "SELECT path, size, mtime_ms, sha256 FROM sez_sources ORDER BY path", &error);
    if (!sources) {
        state.damaged = true;
        state.problem = QStringLiteral("it is damaged (%1)").arg(error);
        return state;
    }
    while ((rc = sqlite3_step(sources.get())) == SQLITE_ROW)
        state.sources.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(sources.get(), 0))),
                              sqlite3_column_int64(sources.get(), 1), sqlite3_column_int64(sources.get(), 2),
                              QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(sources.get(), 3)))});
    if (rc != SQLITE_DONE) {
        state.damaged = true;
        state.problem = QStringLiteral("it is damaged (%1)").arg(sqliteError(db));
        return state;
    }
    state.usable = true;
    return state;
}

// Compares the cache's fingerprints with the files now: size and time first, the content hash only
// when those differ, so a dataset copied with new times but the same content is not rebuilt.
// Returns the reason for a rebuild, or an empty string; \a touched collects files whose times
// changed but whose content did not.
QString staleness(const QList<SourceFile> &cached, const QList<SourceFile> &current, const QDir &base, QList<SourceFile> *touched)
{
    QHash<QString, SourceFile> now;
    for (const SourceFile &s : current)
        now.insert(s.relative, s);
    QSet<QString> before;
    for (const SourceFile &old : cached) {
        before.insert(old.relative);
        auto it = now.constFind(old.relative);
        if (it == now.constEnd())
            return QStringLiteral("%1 was removed").arg(old.relative);
        if (it->size != old.size)
            return QStringLiteral("%1 changed (size %2 → %3 bytes)").arg(old.relative).arg(old.size).arg(it->size);
        if (it->mtimeMs != old.mtimeMs) {
            if (hashFile(base.filePath(old.relative)) != old.sha256)
                return QStringLiteral("%1 changed (its content differs)").arg(old.relative);
            SourceFile t = old;
            t.mtimeMs = it->mtimeMs;
            touched->append(t);
        }
    }
    for (const SourceFile &s : current)
        if (!before.contains(s.relative))
            return QStringLiteral("%1 was added").arg(s.relative);
    return {};
}

} // namespace

std::unique_ptr<ParcelCache> ParcelCache::open(const QString &datasetPath, const Options &options, QString *error)
{
    auto cache = std::unique_ptr<ParcelCache>(new ParcelCache);
    // The manifest is not parsed yet: a fresh cache is used without reading any source file.
    const QString manifestPath = DatasetManifest::resolvePath(datasetPath, error);
    if (manifestPath.isEmpty())
        return nullptr;
    const QString cachePath = options.cachePath.isEmpty() ? defaultCachePath(manifestPath) : QFileInfo(options.cachePath).absoluteFilePath();
    const QDir base = QFileInfo(manifestPath).absoluteDir();

    // 1. A cache that exists, is whole and is fresh is used as it is.
    QString reason = QStringLiteral("no cache yet");
    if (QFileInfo::exists(cachePath)) {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(cachePath).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        DbPtr db(raw);
        CacheState state = rc == SQLITE_OK ? inspectCache(db.get()) : CacheState{false, sqliteError(db.get()), true, {}};
        QList<SourceFile> touched;
        if (state.usable)
            reason = staleness(state.sources, listSiblings(state.sources, base), base, &touched);
        else
            reason = state.problem;
        if (state.usable && reason.isEmpty()) {
            QString loadError;
            auto select = prepare(db.get(), "SELECT data FROM sez_store WHERE id = 1", &loadError);
            std::shared_ptr<ParcelStore> store;
            if (select && sqlite3_step(select.get()) == SQLITE_ROW) {
                const void *blob = sqlite3_column_blob(select.get(), 0);
                const int size = sqlite3_column_bytes(select.get(), 0);
                store = ParcelStore::deserialize(QByteArray::fromRawData(static_cast<const char *>(blob), size), &loadError);
            } else if (loadError.isEmpty()) {
                loadError = sqliteError(db.get());
            }
            if (store) {
                auto warnings = prepare(db.get(), "SELECT message FROM sez_warnings ORDER BY id", &loadError);
                while (warnings && sqlite3_step(warnings.get()) == SQLITE_ROW)
                    cache->mWarnings << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(warnings.get(), 0)));
                // Remember new times of unchanged files so their content is not hashed again.
                for (const SourceFile &t : touched) {
                    auto update = prepare(db.get(), "UPDATE sez_sources SET mtime_ms = ? WHERE path = ?", &loadError);
                    if (update) {
                        sqlite3_bind_int64(update.get(), 1, t.mtimeMs);
                        bindText(update.get(), 2, t.relative);
                        sqlite3_step(update.get());
                    }
                }
                select.reset();
                cache->mStore = std::move(store);
                cache->d->db = std::move(db);
                cache->mCachePath = cachePath;
                return cache;
            }
            state.damaged = true;
            reason = QStringLiteral("it is damaged (%1)").arg(loadError);
        }
        if (state.damaged || !state.usable)
            cache->mWarnings << QStringLiteral("the cache %1 could not be used: %2; it is rebuilt from the sources").arg(cachePath, reason);
    }

    // 2. Import: read the sources, build the store, write the cache beside its final place.
    auto manifest = DatasetManifest::load(manifestPath, error);
    if (!manifest)
        return nullptr;
    QList<SourceFile> current = listSources(*manifest);
    cache->mRebuilt = true;
    cache->mRebuildReason = reason;
    // The fingerprints are needed only when the cache is written: the sources are hashed on another
    // core while they are read and the store is built.
    auto hashing = std::async(std::launch::async, [&current, &base] {
        for (SourceFile &s : current)
            s.sha256 = hashFile(base.filePath(s.relative));
    });
    auto progress = [&](const QString &phase, qint64 done, qint64 total) {
        if (options.progress)
            options.progress(phase, done, total);
    };
    auto dataset = Dataset::open(manifest->path(), error, [&](int layer, int count, const QString &) {
        progress(QStringLiteral("reading"), layer, count);
    });
    if (!dataset)
        return nullptr;
    if (options.cancel && options.cancel->load()) {
        *error = QStringLiteral("the import was cancelled");
        return nullptr;
    }
    cache->mWarnings = dataset->warnings() + cache->mWarnings;
    std::shared_ptr<ParcelStore> store = ParcelStore::build(*dataset, [&](qint64 done, qint64 total) {
        progress(QStringLiteral("computing"), done, total);
    });
    if (options.cancel && options.cancel->load()) {
        *error = QStringLiteral("the import was cancelled");
        return nullptr;
    }

    hashing.get();
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    const QString tempPath = QStringLiteral("%1.tmp-%2-%3").arg(cachePath).arg(::getpid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QString writeError;
    {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(tempPath).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        DbPtr db(raw);
        if (rc != SQLITE_OK)
            writeError = sqliteError(db.get());
        else if (CacheWriter(db.get(), *store, *dataset, current).write(options.progress, options.cancel, &writeError)) {
            db.reset();
            if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(cachePath).constData()) != 0)
                writeError = QString::fromLocal8Bit(strerror(errno));
        }
    }
    if (!writeError.isEmpty()) {
        QFile::remove(tempPath);
        if (options.cancel && options.cancel->load()) {
            *error = QStringLiteral("the import was cancelled");
            return nullptr;
        }
        // The cache could not be written: work from the sources, with the search index in memory.
        cache->mWarnings << QStringLiteral("the cache %1 could not be written (%2); working from the sources").arg(cachePath, writeError);
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        DbPtr memory(raw);
        QString memoryError;
        if (!CacheWriter(memory.get(), *store, *dataset, current).write({}, options.cancel, &memoryError)) {
            *error = QStringLiteral("%1: %2").arg(manifest->path(), memoryError);
            return nullptr;
        }
        cache->d->db = std::move(memory);
    } else {
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(cachePath).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        cache->d->db.reset(raw);
        cache->mCachePath = cachePath;
    }
    cache->mStore = std::move(store);
    return cache;
}

std::vector<qint64> ParcelCache::search(const QString &text, int limit) const
{
    // Cadastral numbers (digits and hyphens) are ranges of the store's sorted index: a short prefix
    // matches many numbers, which the full-text index would merge one by one.
    static const QRegularExpression cadastral(QStringLiteral("^[\\d\\s-]*\\d[\\d\\s-]*$"));
    if (mStore && cadastral.match(text).hasMatch())
        return mStore->findCadastralPrefix(text, limit);
    std::vector<qint64> rows;
    const QStringList terms = searchTerms(text);
    if (terms.isEmpty() || !d->db)
        return rows;
    QString error;
    QByteArray sql = "SELECT rowid FROM sez_fts WHERE sez_fts MATCH ? ORDER BY rowid";
    if (limit > 0)
        sql += " LIMIT " + QByteArray::number(limit);
    auto stmt = prepare(d->db.get(), sql.constData(), &error);
    if (!stmt)
        return rows;
    bindText(stmt.get(), 1, terms.join(QStringLiteral(" AND ")));
    while (sqlite3_step(stmt.get()) == SQLITE_ROW)
        rows.push_back(sqlite3_column_int64(stmt.get(), 0) - 1);
    return rows;
}

QStringList ParcelCache::complete(const QString &text, int limit) const
{
    QStringList result;
    const std::vector<qint64> rows = search(text, 2000);
    QSet<QString> seen;
    const QString lastWord = ilikeFold(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() - 1));
    const QString digits = cadastralDigits(text);
    for (qint64 row : rows) {
        for (ParcelField f : {ParcelField::CadastralNumber, ParcelField::Investor, ParcelField::Project, ParcelField::Address}) {
            const QString v = mStore->value(row, f).toString();
            if (v.isEmpty() || seen.contains(v))
                continue;
            const bool hit = f == ParcelField::CadastralNumber ? (!digits.isEmpty() && cadastralDigits(v).startsWith(digits))
                                                               : ilikeFold(v).contains(lastWord);
            if (hit) {
                seen.insert(v);
                result << v;
                if (result.size() >= limit)
                    return result;
            }
        }
    }
    return result;
}

} // namespace sez
