// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/geopackagewriter_p.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/cache/storedtext_p.h"
#include "core/geo/crs.h"
#include "core/geo/gdalhandles_p.h"
#include "core/model/parcelstore.h"

#include <QDate>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <cpl_conv.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace sez::detail {

namespace {

using PackedRtree = GeoPackageWriter::PackedRtree;

// --- GeoPackage geometry blobs: the standard header, an envelope, then little-endian WKB.

// Writes little-endian values at a cursor into a buffer sized beforehand: a parcel's blob is written
// without a bounds check or a growth step per value (a fifth of the table rows' instructions before).
class BlobCursor
{
public:
    explicit BlobCursor(char *at) : mAt(at) {}
    void byte(char b) { *mAt++ = b; }
    void uint32(quint32 v) { qToLittleEndian(v, mAt); mAt += 4; }
    void float64(double v) { qToLittleEndian(v, mAt); mAt += 8; }
    void point(const QPointF &p) { float64(p.x()); float64(p.y()); }
    // A ring or line: its count, then its points, the first again at the end of a closed ring.
    void path(const Path &path, bool close)
    {
        uint32(quint32(path.size() + (close ? 1 : 0)));
        for (const QPointF &p : path)
            point(p);
        if (close && !path.empty())
            point(path.front());
    }
    const char *at() const { return mAt; }

private:
    char *mAt;
};

// The bytes gpkgBlob() writes for \a g.
qsizetype gpkgBlobSize(const Geometry &g)
{
    qsizetype size = 8 + 32 + 1 + 4 + 4;   // header, envelope, WKB byte order, type and part count
    const auto pathBytes = [](const Path &path, bool close) { return 4 + 16 * qsizetype(path.size() + (close && !path.empty() ? 1 : 0)); };
    if (!g.polygons.empty()) {
        for (const Polygon &poly : g.polygons) {
            size += 1 + 4 + 4;
            for (const Path &r : poly.rings)
                size += pathBytes(r, true);
        }
    } else if (!g.lines.empty()) {
        for (const Path &l : g.lines)
            size += 1 + 4 + pathBytes(l, false);
    } else {
        size += qsizetype(g.points.size()) * (1 + 4 + 16);
    }
    return size;
}

// --- GeoPackage geometry blobs: the standard header, an envelope, then little-endian WKB, into \a out
// (its allocation is reused from one parcel to the next).
void gpkgBlob(const Geometry &g, int srsId, QByteArray &out)
{
    const QRectF b = g.bounds();
    out.resize(gpkgBlobSize(g));
    BlobCursor c(out.data());
    c.byte('G');
    c.byte('P');
    c.byte(char(0));      // version 1.0
    c.byte(char(0x03));   // little-endian, envelope [minx, maxx, miny, maxy]
    c.uint32(quint32(qint32(srsId)));
    c.float64(b.left());
    c.float64(b.right());
    c.float64(b.top());
    c.float64(b.bottom());
    c.byte(char(1));
    if (!g.polygons.empty()) {
        c.uint32(6);
        c.uint32(quint32(g.polygons.size()));
        for (const Polygon &poly : g.polygons) {
            c.byte(char(1));
            c.uint32(3);
            c.uint32(quint32(poly.rings.size()));
            for (const Path &r : poly.rings)
                c.path(r, true);
        }
    } else if (!g.lines.empty()) {
        c.uint32(5);
        c.uint32(quint32(g.lines.size()));
        for (const Path &l : g.lines) {
            c.byte(char(1));
            c.uint32(2);
            c.path(l, false);
        }
    } else {
        c.uint32(4);
        c.uint32(quint32(g.points.size()));
        for (const QPointF &p : g.points) {
            c.byte(char(1));
            c.uint32(1);
            c.point(p);
        }
    }
    Q_ASSERT(c.at() == out.constData() + out.size());
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

// Rows written many a statement: a statement's own cost (its end, and an AUTOINCREMENT counter
// written at each end) is paid once for them.
constexpr int kRowsAStatement = 64;

// INSERT INTO \a table of \a rows rows of \a columns values each.
QByteArray insertRows(const QByteArray &table, int rows, int columns)
{
    QByteArray row = "(?";
    for (int c = 1; c < columns; ++c)
        row += ", ?";
    row += ')';
    QByteArray sql = "INSERT INTO \"" + table + "\" VALUES " + row;
    for (int r = 1; r < rows; ++r)
        sql += ", " + row;
    return sql;
}

// Fills \a table (an R-tree's _rowid or _parent: two integers a row) with \a pairs, sorted by the
// first, 64 rows a statement.
bool insertPairs(sqlite3 *db, const QByteArray &table, const std::vector<std::pair<qint64, qint64>> &pairs, QString *error)
{
    constexpr std::size_t kRows = kRowsAStatement;
    SqliteStatement batch(db, insertRows(table, kRowsAStatement, 2));
    for (std::size_t first = 0; first < pairs.size(); first += kRows) {
        const std::size_t rows = std::min(kRows, pairs.size() - first);
        std::optional<SqliteStatement> last;   // the rows left at the end, fewer than a statement's
        if (rows < kRows)
            last.emplace(db, insertRows(table, int(rows), 2));
        SqliteStatement &insert = last ? *last : batch;
        for (std::size_t k = 0; k < rows; ++k) {
            insert.bindInt(int(2 * k + 1), pairs[first + k].first);
            insert.bindInt(int(2 * k + 2), pairs[first + k].second);
        }
        if (!insert.exec(error))
            return false;
    }
    return true;
}

// A feature's box in an R-tree: its id and its bounds rounded outwards to floats.
struct RtreeCell
{
    qint64 id;
    std::array<float, 4> box;   // minx, maxx, miny, maxy
};

RtreeCell rtreeCell(qint64 id, const QRectF &b)
{
    return {id, {roundedDown(b.left()), roundedUp(b.right()), roundedDown(b.top()), roundedUp(b.bottom())}};
}

// SQLite's R*Tree module makes a node of 2-D boxes this long on a page of \a pageBytes (rtree.c,
// getNodeSize(): the page less 64 bytes, at most 51 cells of 24 bytes and the 4-byte header).
int rtreeNodeBytes(int pageBytes)
{
    return std::min(pageBytes - 64, 4 + 51 * 24);
}

// The nodes of an R-tree of \a entries, packed sort-tile-recursive as GDAL does for GeoPackages,
// for nodes of \a nodeBytes. writeRtree() writes them into the empty R-tree virtual table (SQLite's
// R*Tree module, which reads and keeps it up to date afterwards): inserting the boxes one by one
// through the module made the import 20 % slower at 100k parcels (write phase +50 %;
// docs/BENCHMARKS.md). The node format is SQLite's own: a big-endian depth (root only) and cell
// count, then cells of a 64-bit id and four floats; the tests check every tree with SQLite's
// rtreecheck(). Made without the connection, so that the parcels' tree is made on another thread
// while their rows are inserted.
PackedRtree packRtree(std::vector<RtreeCell> level, int nodeBytes)
{
    using Cell = RtreeCell;
    PackedRtree packed;
    packed.nodeBytes = nodeBytes;
    if (level.empty())
        return packed;
    constexpr int kCellBytes = 8 + 4 * 4;
    const std::size_t maxCells = std::size_t(std::max(2, (nodeBytes - 4) / kCellBytes));
    packed.rowidNodes.reserve(level.size());
    // Nodes numbered 2, 3, ... as they are made, the root (1) last.
    packed.nodes.reserve(qsizetype(level.size() / (maxCells - 1) + 2) * nodeBytes);
    auto writeNode = [&](qint64 nodeno, int depth, const Cell *cells, std::size_t count, bool leaf) {
        const qsizetype at = packed.nodes.size();
        packed.nodes.resize(at + nodeBytes, '\0');
        uchar *d = reinterpret_cast<uchar *>(packed.nodes.data() + at);
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
            (leaf ? packed.rowidNodes : packed.parentNodes).emplace_back(cells[i].id, nodeno);
        }
    };
    auto centre = [](const Cell &c, int axis) { return axis == 0 ? c.box[0] + c.box[1] : c.box[2] + c.box[3]; };

    qint64 nextNode = 2;   // 1 is the root
    int depth = 0;
    while (level.size() > maxCells) {
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
    writeNode(1, depth, level.data(), level.size(), depth == 0);
    // Written in rowid order: appended to their tables' b-trees rather than inserted all over them.
    std::sort(packed.rowidNodes.begin(), packed.rowidNodes.end());
    std::sort(packed.parentNodes.begin(), packed.parentNodes.end());
    return packed;
}

// The length of the nodes of the empty R-tree \a name (its root's), 0 and \a error when it has none.
int rtreeTableNodeBytes(sqlite3 *db, const QByteArray &name, QString *error)
{
    SqliteStatement size(db, "SELECT length(data) FROM \"" + name + "_node\" WHERE nodeno = 1");
    if (!size.next(error)) {
        if (error->isEmpty())
            *error = QStringLiteral("the R-tree has no root node");
        return 0;
    }
    return int(size.columnInt(0));
}

// Fills the empty R-tree \a name with \a packed, whose nodes must be of the table's length.
bool writeRtree(sqlite3 *db, const QByteArray &name, const PackedRtree &packed, QString *error)
{
    if (packed.nodes.isEmpty())
        return true;
    SqliteStatement insertNode(db, "INSERT OR REPLACE INTO \"" + name + "_node\" VALUES (?, ?)");
    const qsizetype count = packed.nodes.size() / packed.nodeBytes;
    for (qsizetype k = 0; k < count; ++k) {
        const QByteArray node = QByteArray::fromRawData(packed.nodes.constData() + k * packed.nodeBytes, packed.nodeBytes);
        insertNode.bindInt(1, k + 1 == count ? 1 : k + 2);
        insertNode.bindBlob(2, node);
        if (!insertNode.exec(error))
            return false;
    }
    return insertPairs(db, name + "_rowid", packed.rowidNodes, error) && insertPairs(db, name + "_parent", packed.parentNodes, error);
}

} // namespace

bool GeoPackageWriter::writeSchema(QString *error)
{
    if (!execSql(mDb, kGpkgSchema, error))
        return false;
    // Spatial reference systems: the two the spec requires, WGS 84 and the map CRS.
    SqliteStatement insert(mDb, "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, NULL)");
    auto add = [&](const QString &name, int id, const QString &organization, int code, const QByteArray &definition) {
        insert.bindText(1, name);
        insert.bindInt(2, id);
        insert.bindText(3, organization);
        insert.bindInt(4, code);
        insert.bindUtf8(5, definition);
        return insert.exec(error);
    };
    const int srs = mStore.mapEpsg();
    const QString none = QStringLiteral("NONE"), epsg = QStringLiteral("EPSG");
    return add(QStringLiteral("Undefined cartesian SRS"), -1, none, -1, "undefined")
           && add(QStringLiteral("Undefined geographic SRS"), 0, none, 0, "undefined")
           && add(QStringLiteral("WGS 84 geodetic"), 4326, epsg, 4326, wkt1Of(4326))
           && (srs == 4326 || add(crsFromEpsg(srs).name, srs, epsg, srs, wkt1Of(srs)));
}

namespace {

// The parcel table's columns: the fields of the default export (the field table says which) and the
// source's extra columns; the store's snapshot keeps the others.
std::vector<int> parcelFields(const ParcelStore &store)
{
    std::vector<int> fields;
    for (int f = 0; f < store.fieldCount(); ++f)
        if (store.field(f).isExtra() || store.field(f).spec->has(DefaultExport))
            fields.push_back(f);
    return fields;
}

QByteArray parcelColumns(const ParcelStore &store, const std::vector<int> &fields)
{
    static const char *const types[] = {"TEXT", "TEXT", "REAL", "INTEGER", "DATE", "BOOLEAN"};   // by FieldKind
    QByteArray columns;
    for (int f : fields) {
        QByteArray name = store.field(f).name.toUtf8().replace('"', "\"\"");
        if (name.compare("fid", Qt::CaseInsensitive) == 0 || name.compare("geom", Qt::CaseInsensitive) == 0)
            name += "_source";   // an extra column of the source must not take the table's own names
        columns += ", \"" + name + "\" " + types[int(store.field(f).kind)];
    }
    return columns;
}

// One attribute of a parcel as its INSERT binds it. Made ahead of the statement on another thread;
// text points into the store, the coded values' UTF-8 or the owning PreparedRows.
struct BoundValue
{
    enum class Kind : quint8 { Null, Int, Double, Text } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text;
};

// Rows [first, first + rows) ready to bind: their geometry blobs and attributes (fields a row).
struct PreparedRows
{
    qint64 first = 0;
    int rows = 0;
    std::vector<QByteArray> blobs;     // one a row; their allocations are reused from one batch to the next
    std::vector<BoundValue> values;
    std::vector<QByteArray> owned;     // text converted here (dates, text the store keeps otherwise)
};

// Rows a PreparedRows holds: while one batch is bound and inserted, the next is prepared.
constexpr int kRowsABatch = 64 * kRowsAStatement;

// A parcel's attributes as they are bound (coded text converted once per value, in \a codedUtf8).
void prepareParcelValues(PreparedRows &out, const ParcelStore &store, qint64 p, const std::vector<int> &fields,
                         const std::vector<std::vector<QByteArray>> &codedUtf8)
{
    const auto text = [&](const QString &s) {
        BoundValue v;
        if (!s.isNull()) {
            out.owned.push_back(s.toUtf8());
            v.kind = BoundValue::Kind::Text;
            v.text = out.owned.back();
        }
        return v;
    };
    for (int f : fields) {
        BoundValue &v = out.values.emplace_back();
        if (store.isCoded(f)) {
            const int c = store.code(p, f);
            const QByteArray *utf8 = c < 0 ? nullptr : &codedUtf8[std::size_t(f)][std::size_t(c)];
            if (utf8 && !utf8->isNull())
                v = {BoundValue::Kind::Text, 0, 0, *utf8};
            continue;
        }
        // Free text straight from the store's UTF-8 where that gives the same bytes (StoredText).
        const ParcelColumn &column = store.column(f);
        if (column.storage() == ColumnStorage::Utf8) {
            const QByteArrayView utf8 = column.utf8(p);
            if (utf8.isEmpty())
                continue;
            if (StoredText::isShortUtf8(utf8)) {
                v = {BoundValue::Kind::Text, 0, 0, utf8};
                continue;
            }
        }
        const QVariant value = store.value(p, f);
        switch (value.typeId()) {
        case QMetaType::Double: v = {BoundValue::Kind::Double, 0, value.toDouble(), {}}; break;
        case QMetaType::LongLong: v = {BoundValue::Kind::Int, value.toLongLong(), 0, {}}; break;
        case QMetaType::Bool: v = {BoundValue::Kind::Int, value.toBool() ? 1 : 0, 0, {}}; break;
        case QMetaType::QDate: v = text(value.toDate().toString(Qt::ISODate)); break;
        case QMetaType::QString: v = text(value.toString()); break;
        default: break;
        }
    }
}

void prepareRows(PreparedRows &out, qint64 first, qint64 n, const ParcelStore &store, const std::vector<int> &fields,
                 const std::vector<std::vector<QByteArray>> &codedUtf8)
{
    out.first = first;
    out.rows = int(std::min<qint64>(kRowsABatch, n - first));
    out.blobs.resize(std::size_t(kRowsABatch));
    out.values.clear();
    out.values.reserve(std::size_t(out.rows) * fields.size());
    out.owned.clear();
    for (int k = 0; k < out.rows; ++k) {
        gpkgBlob(store.geometry(first + k), store.mapEpsg(), out.blobs[std::size_t(k)]);
        prepareParcelValues(out, store, first + k, fields, codedUtf8);
    }
}

void bindValue(SqliteStatement &insert, int column, const BoundValue &v)
{
    switch (v.kind) {
    case BoundValue::Kind::Null: insert.bindNull(column); break;
    case BoundValue::Kind::Int: insert.bindInt(column, v.integer); break;
    case BoundValue::Kind::Double: insert.bindDouble(column, v.real); break;
    case BoundValue::Kind::Text: insert.bindUtf8View(column, v.text); break;
    }
}

} // namespace

bool GeoPackageWriter::writeParcels(Feedback *feedback, QString *error)
{
    const std::vector<int> fields = parcelFields(mStore);
    const QByteArray create = "CREATE TABLE parcels (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON"
                              + parcelColumns(mStore, fields) + ");";
    if (!execSql(mDb, create.constData(), error))
        return false;
    // Coded columns hold a few hundred distinct values: each is converted to UTF-8 once, not once a row.
    std::vector<std::vector<QByteArray>> codedUtf8(std::size_t(mStore.fieldCount()));
    for (int f : fields)
        if (mStore.isCoded(f))
            for (const QString &v : mStore.dictionary(f))
                codedUtf8[std::size_t(f)].push_back(v.isEmpty() ? QByteArray() : v.toUtf8());
    // kRowsAStatement rows an INSERT (the table's AUTOINCREMENT counter is written at each
    // statement's end): same rows, same order.
    const int columns = 2 + int(fields.size());
    const qint64 n = mStore.size();
    SqliteStatement batch(mDb, insertRows(QByteArrayLiteral("parcels"), kRowsAStatement, columns));
    if (!batch.isValid()) {
        *error = batch.error();
        return false;
    }
    // The blobs and values of the next batch are made on the pool while this thread binds and inserts
    // the current one: SQLite's part is one thread's, the rest need not be (docs/BENCHMARKS.md,
    // "Round 9: the import's wall clock"). A batch not yet started there is made here by the wait.
    std::array<PreparedRows, 2> batches;
    QFuture<void> ahead;
    struct Join { QFuture<void> &f; ~Join() { f.waitForFinished(); } } join{ahead};
    const auto prepareAhead = [&](qint64 first) {
        PreparedRows &next = batches[std::size_t(first / kRowsABatch % 2)];
        ahead = QtConcurrent::run(threadPool(), [&, first] { prepareRows(next, first, n, mStore, fields, codedUtf8); });
    };
    if (n > 0)
        prepareAhead(0);
    // The R-tree is the store's boxes: packed on the pool while the rows are inserted, instead of on
    // this thread after them (docs/BENCHMARKS.md, "Round 10: the import's full-text index and write").
    // It is packed for the node length SQLite's rule gives this page size; registerFeatures() checks it.
    SqliteStatement pageSize(mDb, "PRAGMA page_size");
    QString ignored;
    const int nodeBytes = rtreeNodeBytes(pageSize.next(&ignored) ? int(pageSize.columnInt(0)) : 4096);
    QFuture<PackedRtree> packedAhead = QtConcurrent::run(threadPool(), [this, nodeBytes] { return packParcelsRtree(nodeBytes); });
    struct JoinPacked
    {
        QFuture<PackedRtree> &f;
        ~JoinPacked()
        {
            if (f.isValid())
                f.waitForFinished();
        }
    } joinPacked{packedAhead};
    for (qint64 batchFirst = 0; batchFirst < n; batchFirst += kRowsABatch) {
        ahead.waitForFinished();
        const PreparedRows &prepared = batches[std::size_t(batchFirst / kRowsABatch % 2)];
        if (batchFirst + kRowsABatch < n)
            prepareAhead(batchFirst + kRowsABatch);
        for (int offset = 0; offset < prepared.rows; offset += kRowsAStatement) {
            if (isCancelled(feedback)) {
                *error = QStringLiteral("cancelled");
                return false;
            }
            const int rows = std::min(kRowsAStatement, prepared.rows - offset);
            std::optional<SqliteStatement> last;   // the rows left at the end, fewer than a statement's
            if (rows < kRowsAStatement)
                last.emplace(mDb, insertRows(QByteArrayLiteral("parcels"), rows, columns));
            SqliteStatement &insert = last ? *last : batch;
            for (int k = 0; k < rows; ++k) {
                const int row = offset + k;
                const qint64 p = prepared.first + row;
                const int column = 1 + k * columns;
                insert.bindInt(column, p + 1);
                insert.bindBlob(column + 1, prepared.blobs[std::size_t(row)]);
                const BoundValue *values = prepared.values.data() + std::size_t(row) * fields.size();
                for (std::size_t i = 0; i < fields.size(); ++i)
                    bindValue(insert, column + 2 + int(i), values[i]);
            }
            if (!insert.exec(error))
                return false;
            if (feedback)
                feedback->advance(rows);
        }
    }
    // A table whose nodes are of another length than the rule gave (another SQLite) is packed again.
    const auto packed = [&](int tableNodeBytes) {
        packedAhead.waitForFinished();   // runs the packing here if the pool has not started it
        PackedRtree ahead = packedAhead.takeResult();
        if (ahead.nodeBytes == tableNodeBytes)
            return ahead;
        return packParcelsRtree(tableNodeBytes);
    };
    return registerFeatures(QByteArrayLiteral("parcels"), "MULTIPOLYGON", mStore.extent(), packed, error);
}

PackedRtree GeoPackageWriter::packParcelsRtree(int nodeBytes) const
{
    std::vector<RtreeCell> cells;
    cells.reserve(std::size_t(mStore.size()));
    for (qint64 p = 0; p < mStore.size(); ++p)
        cells.push_back(rtreeCell(p + 1, mStore.bounds(p)));
    return packRtree(std::move(cells), nodeBytes);
}

bool GeoPackageWriter::writeContextLayers(QString *error)
{
    std::vector<ContextFeature> points, lines;
    for (const ContextFeature &f : mStore.infrastructure())
        (f.geometry.lines.empty() ? points : lines).push_back(f);
    return writeContext(QByteArrayLiteral("zones"), mStore.zones(), "MULTIPOLYGON", error)
           && writeContext(QByteArrayLiteral("districts"), mStore.districts(), "MULTIPOLYGON", error)
           && writeContext(QByteArrayLiteral("sez_boundary"), mStore.sezParts(), "MULTIPOLYGON", error)
           && writeContext(QByteArrayLiteral("city_limits"), mStore.cityLimits(), "MULTIPOLYGON", error)
           && writeContext(QByteArrayLiteral("infrastructure_points"), points, "MULTIPOINT", error)
           && writeContext(QByteArrayLiteral("infrastructure_lines"), lines, "MULTILINESTRING", error);
}

bool GeoPackageWriter::writeContext(const QByteArray &table, const std::vector<ContextFeature> &features,
                                    const char *geometryType, QString *error)
{
    const QByteArray create = "CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + geometryType
                              + ", name TEXT, kind TEXT, status TEXT, planned_year INTEGER);";
    if (!execSql(mDb, create.constData(), error))
        return false;
    SqliteStatement insert(mDb, "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?)");
    QRectF extent;
    std::vector<RtreeCell> rtree;
    qint64 fid = 0;
    for (const ContextFeature &f : features) {
        ++fid;
        const QRectF b = f.geometry.bounds();
        extent = extent.isNull() ? b : extent.united(b);
        QByteArray blob;
        gpkgBlob(f.geometry, mStore.mapEpsg(), blob);
        insert.bindInt(1, fid);
        insert.bindBlob(2, blob);
        insert.bindText(3, f.name);
        insert.bindText(4, f.kind.isEmpty() ? QString() : f.kind);
        insert.bindText(5, f.status.isEmpty() ? QString() : f.status);
        if (f.plannedYear)
            insert.bindInt(6, f.plannedYear);
        else
            insert.bindNull(6);
        if (!insert.exec(error))
            return false;
        rtree.push_back(rtreeCell(fid, b));
    }
    return registerFeatures(table, geometryType, extent, [&](int nodeBytes) { return packRtree(std::move(rtree), nodeBytes); }, error);
}

bool GeoPackageWriter::registerFeatures(const QByteArray &table, const char *geometryType, const QRectF &extent,
                                        const std::function<PackedRtree(int nodeBytes)> &packRtreeFor, QString *error)
{
    SqliteStatement contents(mDb, "INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) "
                                  "VALUES (?, 'features', ?, ?, ?, ?, ?, ?)");
    contents.bindUtf8(1, table);
    contents.bindUtf8(2, table);
    contents.bindDouble(3, extent.left());
    contents.bindDouble(4, extent.top());
    contents.bindDouble(5, extent.right());
    contents.bindDouble(6, extent.bottom());
    contents.bindInt(7, mStore.mapEpsg());
    SqliteStatement columns(mDb, "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)");
    const QByteArray type(geometryType);
    columns.bindUtf8(1, table);
    columns.bindUtf8(2, type);
    columns.bindInt(3, mStore.mapEpsg());
    if (!contents.exec(error) || !columns.exec(error) || !execSql(mDb, rtreeSql(table).constData(), error))
        return false;
    const QByteArray rtree = "rtree_" + table + "_geom";
    const int nodeBytes = rtreeTableNodeBytes(mDb, rtree, error);
    return nodeBytes > 0 && writeRtree(mDb, rtree, packRtreeFor(nodeBytes), error);
}

bool GeoPackageWriter::registerAttributes(const QByteArray &table, const QString &description, QString *error)
{
    SqliteStatement insert(mDb, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)");
    insert.bindUtf8(1, table);
    insert.bindUtf8(2, table);
    insert.bindText(3, description);
    return insert.exec(error);
}

} // namespace sez::detail
