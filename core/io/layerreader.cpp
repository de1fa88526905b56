// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/layerreader.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/geo/gdalhandles_p.h"
#include "core/geo/ogrgeometry_p.h"
#include "core/geo/quietmemo_p.h"
#include "core/io/geometryrepair_p.h"
#include "core/io/postgissource.h"
#include "core/io/shapefileparts.h"
#include "core/io/sourcecolumns.h"
#include "core/io/virtualfile.h"
#include "core/model/codematcher.h"
#include "core/model/parcelcolumn.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_api.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>

namespace sez {

int LayerData::fieldIndex(const QString &fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return int(i);
    return -1;
}

QVariant LayerData::value(const Feature &feature, const QString &fieldName) const
{
    const int i = fieldIndex(fieldName);
    return i < 0 || std::size_t(i) >= feature.values.size() ? QVariant() : feature.values[std::size_t(i)];
}

namespace {

std::atomic<qint64> gLayerReads{0};

// Distinct texts a column may have and still be shared (see Column::shared).
constexpr qsizetype kMaxSharedTexts = 4096;

// Rows whose text is kept to decide an undeclared encoding from the bytes.
constexpr std::size_t kEncodingSampleRows = 5000;
// Features read between two packings (LayerReadOptions::packed); the first rows wait for the
// encoding's decision (kEncodingSampleRows) before they are packed.
constexpr qint64 kPackBatch = 4096;

// GDAL reports problems through CPLError; while a layer is read they are gathered here so they
// can be counted and reported with the file's name instead of being printed.
struct ErrorCollector
{
    static constexpr int kErrorMessagesKept = 20;

    QStringList messages;
    int count = 0;

    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
        if (!self || level < CE_Warning)
            return;
        ++self->count;
        // GDAL wraps some messages over lines; ours quote them in one line.
        if (self->messages.size() < kErrorMessagesKept)
            self->messages.append(QString::fromUtf8(message).simplified());
    }
};

class ScopedErrorCollector
{
public:
    explicit ScopedErrorCollector(ErrorCollector *collector) { CPLPushErrorHandlerEx(ErrorCollector::handler, collector); }
    ~ScopedErrorCollector() { CPLPopErrorHandler(); }
    ScopedErrorCollector(const ScopedErrorCollector &) = delete;
    ScopedErrorCollector &operator=(const ScopedErrorCollector &) = delete;
};

FieldType fieldTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger: case OFTInteger64: return FieldType::Integer;
    case OFTReal: return FieldType::Real;
    case OFTDate: case OFTDateTime: return FieldType::Date;
    default: return FieldType::String;
    }
}

// tr()'s count is an int; no layer comes near its limit, but a damaged header may claim anything.
int countArg(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

// The box of a box's transformation, from 21 points along each of its sides as OCTTransformBounds()
// takes them, but without its search for poles and the antimeridian: for boxes away from them.
// False when a point does not transform.
bool densifiedBounds(OGRCoordinateTransformationH ct, double minX, double minY, double maxX, double maxY,
                     double *x0, double *y0, double *x1, double *y1)
{
    constexpr int kPerSide = 21;
    std::vector<double> xs, ys;
    for (int i = 0; i < kPerSide; ++i) {
        const double t = double(i) / (kPerSide - 1);
        const double x = minX + t * (maxX - minX), y = minY + t * (maxY - minY);
        xs.insert(xs.end(), {x, x, minX, maxX});
        ys.insert(ys.end(), {minY, maxY, y, y});
    }
    std::vector<double> zs(xs.size(), 0.0);
    std::vector<int> ok(xs.size(), 0);
    if (!OCTTransformEx(ct, int(xs.size()), xs.data(), ys.data(), zs.data(), ok.data()))
        return false;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (!ok[i] || !std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            return false;
    *x0 = *std::min_element(xs.begin(), xs.end());
    *x1 = *std::max_element(xs.begin(), xs.end());
    *y0 = *std::min_element(ys.begin(), ys.end());
    *y1 = *std::max_element(ys.begin(), ys.end());
    return true;
}

// What a CRS's coordinates can plausibly be: its area of use, widened on every side by its own size.
// A geometry outside it (a coordinate of 1e300, say) is dropped before GEOS sees it.
OGREnvelope computePlausibleEnvelope(OGRSpatialReferenceH srs)
{
    OGREnvelope bounds;
    const bool geographic = srs && OSRIsGeographic(srs);
    bounds.MinX = geographic ? -720 : -1e8;
    bounds.MaxX = -bounds.MinX;
    bounds.MinY = geographic ? -90.5 : -1e8;
    bounds.MaxY = -bounds.MinY;
    double west = 0, south = 0, east = 0, north = 0;
    const char *name = nullptr;
    if (!srs || geographic || !OSRGetAreaOfUse(srs, &west, &south, &east, &north, &name) || west > east)
        return bounds;
    detail::SrsPtr src(OSRClone(srs));
    OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
    detail::SrsPtr wgs84 = detail::srsFromEpsg(kWgs84Epsg);
    detail::TransformPtr toSource(OCTNewCoordinateTransformation(wgs84.get(), src.get()));
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    // OCTTransformBounds() looks for the poles and the antimeridian in the box through transformations
    // it creates on each call (4 a call, 0.68 G instructions of a 10k import's 4.5 G: a fixed cost on
    // every first map). An area of use away from them needs only its sides' points transformed.
    const bool plain = south > -89.5 && north < 89.5 && east - west < 180;
    if (!toSource || (!(plain && densifiedBounds(toSource.get(), west, south, east, north, &x0, &y0, &x1, &y1))
                      && !OCTTransformBounds(toSource.get(), west, south, east, north, &x0, &y0, &x1, &y1, 21)))
        return bounds;
    const double margin = std::max({x1 - x0, y1 - y0, 1e5});
    bounds.MinX = x0 - margin;
    bounds.MaxX = x1 + margin;
    bounds.MinY = y0 - margin;
    bounds.MaxY = y1 + margin;
    return bounds;
}

// Kept per CRS (the transformation above costs milliseconds; see QuietMemo).
OGREnvelope plausibleEnvelope(OGRSpatialReferenceH srs)
{
    static detail::QuietMemo<OGREnvelope> known;
    char *wkt = nullptr;
    QByteArray key;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};   // with the area of use
    CPLPushErrorHandler(CPLQuietErrorHandler);   // the key's own troubles are nobody's warning
    if (srs && OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
        key = wkt;
    CPLPopErrorHandler();
    CPLFree(wkt);
    if (key.isEmpty())
        return computePlausibleEnvelope(srs);
    return known.get(key, [srs] { return computePlausibleEnvelope(srs); });
}

/// Reads one layer in steps: check the file, prepare its parts, open it, pick the layer, read the
/// schema, decide the text encoding, decide the CRS, read the features (attributes decoded, geometry
/// repaired and reprojected), then report the damage. A format with needs of its own (a sidecar
/// that declares the encoding, parts to restore, a container to open through) adds to the step
/// it concerns: prepareSource(), openOptions(), declaredEncoding().
class LayerReader
{
    Q_DECLARE_TR_FUNCTIONS(sez::LayerReader)

public:
    LayerReader(const LayerSpec &spec, int mapEpsg, Feedback *feedback, const LayerReadOptions &options)
        : mSpec(spec), mPath(spec.displayPath()), mMapEpsg(mapEpsg), mFeedback(feedback), mOptions(options),
          mLayer(std::make_unique<LayerData>()), mRepair(mLayer->damage)
    {
        const QString suffix = QFileInfo(spec.member.isEmpty() ? spec.path : spec.member).suffix().toLower();
        if (ShapefileParts::isShapefile(spec.gdalPath()))
            mShapefile.emplace(spec.gdalPath());
        mMapInfo = suffix == QLatin1String("tab") || suffix == QLatin1String("mif");
        mDxf = suffix == QLatin1String("dxf");
        mPack = options.packed && !mDxf && options.maxFeatures < 0;
        mFillColumns = mPack && options.fillColumns;
    }

    std::unique_ptr<LayerData> read(QString *error)
    {
        detail::ensureGdal();
        ++gLayerReads;
        ScopedErrorCollector scope(&mErrors);
        if (!checkFile(error) || !prepareSource(error) || !open(error) || !selectLayer(error))
            return nullptr;
        readFields();
        decideEncoding();
        if (!decideCrs(error) || !readFeatures(error))
            return nullptr;
        finishEncoding();
        if (mDxf)
            joinDxfLabels();
        reportDamage();
        packFeatures();
        if (mFillColumns)
            columns();   // a layer without parcels has its (empty) columns too
        return std::move(mLayer);
    }

private:
    bool checkFile(QString *error)
    {
        if (PostgisSource::isConnection(mSpec.path)) {   // a table of a database, not a file
            mLayer->name = mSpec.name;
            mLayer->role = mSpec.role;
            mLayer->path = PostgisSource::displayName(mPath) + QLatin1Char('/') + mSpec.sourceLayer;
            mLayer->mapEpsg = mMapEpsg;
            // GDAL then looks at this table alone, not at every table of the database.
            mOpenPath = mSpec.sourceLayer.isEmpty() ? mPath : mPath + QStringLiteral(" tables=") + mSpec.sourceLayer;
            return true;
        }
        const QFileInfo info(mSpec.path);
        if (!info.exists()) {
            *error = tr("%1: no such file; check the path in the dataset manifest").arg(mSpec.path);
            return false;
        }
        if (!info.isReadable()) {
            *error = tr("%1: the file cannot be read (permission denied)").arg(mSpec.path);
            return false;
        }
        mOpenPath = mSpec.gdalPath();
        if (!mSpec.member.isEmpty() && !VirtualFile::exists(mOpenPath)) {
            *error = tr("%1: the archive holds no %2, or it is not a readable .zip").arg(mSpec.path, mSpec.member);
            return false;
        }
        if (!DatasetManifest::checkRegularFile(mPath, error))
            return false;
        // GDAL would read a shapefile without its .dbf as geometry alone: every attribute gone, silently.
        if (const QString missing = ShapefileParts::missingPart(mOpenPath); !missing.isEmpty()) {   // inside a .zip too
            *error = tr("%1: the file %2 is missing; the layer cannot be read without it. Restore it beside %3")
                         .arg(mPath, QFileInfo(missing).fileName(), QFileInfo(mPath).fileName());
            return false;
        }
        if (mShapefile && !checkDbf(error))
            return false;
        mLayer->name = mSpec.name;
        mLayer->role = mSpec.role;
        mLayer->path = mSpec.member.isEmpty() ? info.absoluteFilePath() : mPath;
        mLayer->mapEpsg = mMapEpsg;
        mLayer->defaultKind = mSpec.kind;
        return true;
    }

    // A .dbf whose field descriptors do not add up would let GDAL read one column's bytes as another's,
    // or drop them all: refused. A header that promises more records than the file holds is said.
    bool checkDbf(QString *error)
    {
        ShapefileParts::DbfCheck check;
        if (!mShapefile->checkDbf(&check))
            return true;
        mDbfWhole = check.damage.isEmpty() && check.headerRecords <= check.wholeRecords;
        const QString dbf = mShapefile->part(QStringLiteral("dbf"));
        if (!check.damage.isEmpty()) {
            *error = tr("%1: the header is damaged: %2; its columns cannot be read apart. Restore the file from a copy")
                         .arg(dbf, check.damage);
            return false;
        }
        if (check.headerRecords > check.wholeRecords) {
            const QLocale locale;
            mLayer->warnings.append(tr("%1: the header promises %2 records but the file holds %Ln whole", nullptr,
                                       countArg(check.wholeRecords))
                                        .arg(dbf, locale.toString(check.headerRecords)));
        }
        return true;
    }

    // GDAL rebuilds a missing .shx next to the .shp, which fails in a read-only directory and must
    // not change the user's files anyway: the shapefile is copied to a private directory for that.
    bool prepareSource(QString *error)
    {
        if (!mShapefile || !mShapefile->lacksIndex())
            return true;
        mRestoreDir.emplace();
        if (!mRestoreDir->isValid()) {
            *error = tr("%1: the .shx index is missing and no temporary directory is writable to rebuild it; "
                        "restore the .shx beside the .shp").arg(mPath);
            return false;
        }
        mOpenPath = mShapefile->copyInto(mRestoreDir->path());
        mLayer->warnings.append(tr("%1: the .shx index is missing; it was rebuilt from the .shp "
                                   "(the original files are unchanged)").arg(mPath));
        return true;
    }

    bool open(QString *error)
    {
        CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", mRestoreDir ? "YES" : nullptr);
        // A drawing's text comes as Latin-1, byte for byte, so that its code page is decided here.
        CPLSetThreadLocalConfigOption("DXF_ENCODING", mDxf ? "ISO-8859-1" : nullptr);
        const QByteArray nativePath = QFile::encodeName(mOpenPath);
        mDataset.reset(GDALOpenEx(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions(), nullptr));
        CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
        CPLSetThreadLocalConfigOption("DXF_ENCODING", nullptr);
        if (!mDataset) {
            QString why = mErrors.messages.isEmpty() ? tr("not a readable vector file") : mErrors.messages.last();
            if (mRestoreDir)
                why.replace(QFileInfo(mOpenPath).absolutePath(), QFileInfo(mPath).absolutePath());
            *error = tr("%1: cannot be opened: %2. Check that it is a whole Shapefile (.shp with its .dbf), MapInfo "
                        "table (.tab with its .dat, .map and .id, or .mif with its .mid), GeoPackage, GeoJSON, KML/KMZ, "
                        "DXF or FlatGeobuf file").arg(mPath, why);
            return false;
        }
        mLayer->driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(mDataset.get())));
        return true;
    }

    // Shapefile text is taken as raw bytes so that the encoding is decided here, with the reason.
    const char *const *openOptions() const
    {
        static const char *const shapefile[] = {"ENCODING=", nullptr};
        return mShapefile ? shapefile : nullptr;
    }

    bool selectLayer(QString *error)
    {
        mOgrLayer = mSpec.sourceLayer.isEmpty() ? GDALDatasetGetLayer(mDataset.get(), 0)
                                                : GDALDatasetGetLayerByName(mDataset.get(), mSpec.sourceLayer.toUtf8().constData());
        if (!mOgrLayer) {
            *error = mSpec.sourceLayer.isEmpty()
                         ? tr("%1: the file holds no vector layer").arg(mPath)
                         : tr("%1: there is no layer '%2' in it; check \"layer\" in the manifest").arg(mPath, mSpec.sourceLayer);
            return false;
        }
        const OGRwkbGeometryType type = OGR_FD_GetGeomType(OGR_L_GetLayerDefn(mOgrLayer));
        mLayer->geometryType = QString::fromUtf8(OGRGeometryTypeToName(wkbFlatten(type)));
        mHasGeometry = wkbFlatten(type) != wkbNone;
        return true;
    }

    // The columns' names are kept as the file's bytes until the encoding is decided (mapFields()).
    void readFields()
    {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(mOgrLayer);
        const int count = OGR_FD_GetFieldCount(defn);
        for (int i = 0; i < count; ++i) {
            OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
            FieldInfo field;
            field.type = fieldTypeOf(OGR_Fld_GetType(fd));
            mLayer->fields.push_back(field);
            mFloat32.push_back(OGR_Fld_GetSubType(fd) == OFSTFloat32);
            mNameBytes.push_back(QByteArray(OGR_Fld_GetNameRef(fd)));   // GDAL's text; the file's bytes in decideEncoding()
        }
        mColumns.resize(std::size_t(count));
    }

    // The manifest's override is final; formats that store UTF-8 are read as such; what a shapefile,
    // a MapInfo table or a drawing declares is checked against the bytes of the first rows, and
    // without a declaration the bytes decide (finishEncoding()).
    void decideEncoding()
    {
        EncodingDecision &decision = mLayer->encoding;
        mDeclared = declaredEncoding();
        for (QByteArray &name : mNameBytes)
            name = rawBytes(name.constData());
        if (!mSpec.encoding.isEmpty()) {
            decision.encoding = mSpec.encoding;
            decision.source = EncodingSource::Override;
            decision.detail = tr("the dataset manifest says %1").arg(QString::fromLatin1(mSpec.encoding));
            mGdalTextIsFinal = !mGdalRecodedFrom.isEmpty() && decision.encoding == mGdalRecodedFrom;
            mapFields();
            return;
        }
        if (mDeclared.source == EncodingSource::Default) {
            decision = mDeclared;
            mapFields();
            return;
        }
        mDecideLater = true;
        for (const QByteArray &name : mNameBytes)
            mTextSamples.push_back(name);
    }

    // Formats other than these store UTF-8; a shapefile says its code page in its .cpg or in the
    // DBF's language-driver byte, a MapInfo table in its !charset line, a drawing in its header, or
    // not at all.
    EncodingDecision declaredEncoding()
    {
        EncodingDecision decision;
        if (mMapInfo)
            return mapInfoCharset();
        if (mDxf)
            return dxfCodePage();
        if (!mShapefile) {
            decision.encoding = "UTF-8";
            decision.source = EncodingSource::Default;
            decision.detail = tr("%1 stores text as UTF-8").arg(mLayer->driver);
            return decision;
        }
        decision.source = EncodingSource::Detected;
        if (mShapefile->hasCpg()) {
            const QByteArray declared = mShapefile->declaredCodePage();
            const QByteArray normalized = normalizeEncodingName(declared);
            if (!normalized.isEmpty()) {
                decision.encoding = normalized;
                decision.source = EncodingSource::Cpg;
                decision.detail = tr(".cpg says '%1'").arg(QString::fromLatin1(declared));
                return decision;
            }
            mLayer->warnings.append(tr("%1: the .cpg names '%2', which is not a known encoding; the encoding is decided otherwise")
                                        .arg(mPath, QString::fromLatin1(declared)));
        }
        const int ldid = mShapefile->languageDriver();
        const QByteArray fromLdid = encodingFromLanguageDriver(ldid);
        if (!fromLdid.isEmpty()) {
            decision.encoding = fromLdid;
            decision.source = EncodingSource::LanguageDriver;
            decision.detail = tr("the DBF language driver byte is %1").arg(ldid);
        }
        return decision;
    }

    // A MapInfo table names its code page in the header (!charset in a .tab, Charset in a .mif).
    // GDAL decodes the text from a code page it knows; the bytes are taken back from that so that
    // the declaration is checked like any other. "Neutral" declares nothing.
    EncodingDecision mapInfoCharset()
    {
        EncodingDecision decision;
        decision.source = EncodingSource::Detected;
        static const QRegularExpression charset(QStringLiteral("(?:!charset\\s+([A-Za-z0-9_-]+))|(?:Charset\\s+\"([^\"]*)\")"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = charset.match(QString::fromLatin1(VirtualFile::readStart(mOpenPath, 8192)));
        const QString name = m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)) : QString();
        decision.encoding = encodingFromCharsetName(name.toLatin1());
        if (OGR_L_TestCapability(mOgrLayer, OLCStringsAsUTF8))
            mGdalRecodedFrom = decision.encoding;
        if (!decision.encoding.isEmpty()) {
            decision.source = EncodingSource::Header;
            decision.detail = tr("the MapInfo header says charset '%1'").arg(name);
        }
        return decision;
    }

    // A drawing names its code page in $DWGCODEPAGE; AutoCAD 2007 and later (AC1021 on) write UTF-8.
    EncodingDecision dxfCodePage()
    {
        EncodingDecision decision;
        decision.source = EncodingSource::Detected;
        mGdalRecodedFrom = "ISO-8859-1";   // see open()
        const QString header = QString::fromLatin1(VirtualFile::readStart(mOpenPath, 1 << 18));
        static const QRegularExpression variable(QStringLiteral("\\$(DWGCODEPAGE|ACADVER)\\s*\\r?\\n\\s*\\d+\\s*\\r?\\n([^\\r\\n]*)"));
        QString codePage, version;
        for (auto it = variable.globalMatch(header); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            (m.captured(1) == QLatin1String("DWGCODEPAGE") ? codePage : version) = m.captured(2).trimmed();
        }
        if (version >= QLatin1String("AC1021")) {
            decision.encoding = "UTF-8";
            decision.detail = tr("the drawing is of AutoCAD version %1, which writes UTF-8").arg(version);
        } else {
            decision.encoding = encodingFromCharsetName(codePage.toLatin1());
            decision.detail = tr("the drawing's header says code page '%1'").arg(codePage);
        }
        if (!decision.encoding.isEmpty())
            decision.source = EncodingSource::Header;
        return decision;
    }

    // Decoded names, canonical names, value maps and units, once the encoding is decided.
    void mapFields()
    {
        for (std::size_t i = 0; i < mLayer->fields.size(); ++i) {
            FieldInfo &field = mLayer->fields[i];
            field.sourceName = printable(decodeText(mNameBytes[i], mLayer->encoding.encoding));
            bool mapped = false;
            field.name = mSpec.canonicalField(field.sourceName, &mapped);
            Column &column = mColumns[i];
            if (auto it = mSpec.values.constFind(field.name); it != mSpec.values.constEnd())
                column.listed = &it.value();
            if (const auto codes = FieldTable::codesOf(mSpec.role, field.name); mapped && !codes.empty())
                column.matcher.emplace(codes);
            if (auto unit = mSpec.units.constFind(field.name); unit != mSpec.units.constEnd())
                if (const SourceUnit *u = FieldTable::sourceUnit(FieldTable::unitOf(mSpec.role, field.name), unit.value())) {
                    column.scale = u->factor;
                    field.unit = unit.value();
                }
            column.cadastralNumber = field.name == QLatin1String("cadastral_number") && field.type != FieldType::String;
        }
    }

    // A name shown in one-line messages: control characters as U+FFFD.
    static QString printable(QString text)
    {
        for (QChar &c : text)
            if (c.category() == QChar::Other_Control)
                c = QChar::ReplacementCharacter;
        return text;
    }

    // The file's own bytes of a text GDAL gives (GDAL decoded some formats from a code page).
    QByteArray rawBytes(const char *text) const
    {
        return mGdalRecodedFrom.isEmpty() ? QByteArray(text) : encodeText(QString::fromUtf8(text), mGdalRecodedFrom);
    }

    // The layer's own CRS (its .prj), else one guessed from the coordinates; then the transformation
    // into the map CRS and the extent in lon/lat.
    bool decideCrs(QString *error)
    {
        if (!mHasGeometry) {
            mLayer->crsSource = QStringLiteral("none");
            return true;
        }
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(mOgrLayer);
        // A .prj that is there but says nothing GDAL understands is not the same as no .prj.
        mPrjUnreadable = !srs && mShapefile && !mShapefile->part(QStringLiteral("prj")).isEmpty();
        if (srs) {
            char *wkt = nullptr;
            const char *options[] = {"FORMAT=WKT2_2019", nullptr};
            OSRExportToWktEx(srs, &wkt, options);
            mLayer->sourceCrs = crsFromWkt(QByteArray(wkt ? wkt : ""));
            CPLFree(wkt);
            mLayer->crsSource = QStringLiteral("prj");
        }
        if (srs && !mLayer->sourceCrs.isValid())
            mPrjUnreadable = true;
        if (!mLayer->sourceCrs.isValid() && !guessCrs(error))
            return false;
        mRepair.setPlausibleBounds(plausibleEnvelope(srs ? srs : detail::srsFromEpsg(mLayer->sourceCrs.epsg).get()));
        mToMap = std::make_unique<CoordinateTransform>(mLayer->sourceCrs, crsFromEpsg(mMapEpsg));
        if (!mToMap->isValid()) {
            *error = tr("%1: no transformation from %2 to the map CRS EPSG:%3: %4")
                         .arg(mPath, mLayer->sourceCrs.name).arg(mMapEpsg).arg(mToMap->errorString());
            return false;
        }
        computeExtent(srs);
        return true;
    }

    bool guessCrs(QString *error)
    {
        OGREnvelope env;
        const int guessed = OGR_L_GetExtent(mOgrLayer, &env, TRUE) == OGRERR_NONE
                                ? guessEpsgFromExtent(env.MinX, env.MinY, env.MaxX, env.MaxY) : 0;
        // A shapefile's CRS is its .prj; any other format (a MapInfo table's CoordSys, a GeoPackage's
        // srs) keeps it inside the file itself.
        const bool prjUnreadable = mPrjUnreadable && mShapefile;
        const bool ownCrsUnreadable = mPrjUnreadable && !mShapefile;
        const QString prj = prjUnreadable ? mShapefile->part(QStringLiteral("prj")) : QString();
        if (guessed == 0) {
            *error = prjUnreadable
                         ? tr("%1: the .prj cannot be read (it is not a coordinate system GDAL understands) and the "
                              "coordinates fit none the project knows; replace the .prj").arg(prj)
                     : ownCrsUnreadable
                         ? tr("%1: the file's coordinate system cannot be used and the coordinates fit none the project "
                              "knows; correct the coordinate system in the file, or set the layer's CRS").arg(mPath)
                         : tr("%1: the coordinate system is unknown (no .prj) and the coordinates fit none the project knows; "
                              "add the .prj, or set the layer's CRS").arg(mPath);
            return false;
        }
        mLayer->sourceCrs = crsFromEpsg(guessed);
        mLayer->crsSource = QStringLiteral("guessed");
        mLayer->warnings.append(prjUnreadable
                                    ? tr("%1: the .prj cannot be read (it is not a coordinate system GDAL understands); "
                                         "the coordinates fit EPSG:%2 (%3), which is assumed").arg(prj).arg(guessed).arg(mLayer->sourceCrs.name)
                                : ownCrsUnreadable
                                    ? tr("%1: the file's coordinate system cannot be used; the coordinates fit EPSG:%2 (%3), "
                                         "which is assumed").arg(mPath).arg(guessed).arg(mLayer->sourceCrs.name)
                                    : tr("%1: no .prj; the coordinates fit EPSG:%2 (%3), which is assumed")
                                          .arg(mPath).arg(guessed).arg(mLayer->sourceCrs.name));
        return true;
    }

    void computeExtent(OGRSpatialReferenceH srs)
    {
        OGREnvelope env;
        if (OGR_L_GetExtent(mOgrLayer, &env, TRUE) != OGRERR_NONE)
            return;
        detail::SrsPtr src(OSRClone(srs ? srs : detail::srsFromEpsg(mLayer->sourceCrs.epsg).get()));
        OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
        detail::SrsPtr wgs84 = detail::srsFromEpsg(kWgs84Epsg);
        detail::TransformPtr toLonLat(OCTNewCoordinateTransformation(src.get(), wgs84.get()));
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (!toLonLat || !OCTTransformBounds(toLonLat.get(), env.MinX, env.MinY, env.MaxX, env.MaxY, &x0, &y0, &x1, &y1, 21))
            return;
        // A header or a coordinate far beyond the Earth (a damaged file, coordinates of 1e280 in
        // degrees) would be shown as the extent and choose the map CRS: left out, and said.
        if (!isLonLatExtent(x0, y0, x1, y1)) {
            mLayer->warnings.append(tr("%1: the extent of its coordinates (%2..%3 E, %4..%5 N) is not one of longitudes and "
                                       "latitudes; it is not used to choose the map CRS")
                                        .arg(mPath).arg(x0, 0, 'g', 6).arg(x1, 0, 'g', 6).arg(y0, 0, 'g', 6).arg(y1, 0, 'g', 6));
            return;
        }
        mLayer->extentLonLat = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }

    // How a step of the reading ended: a feature read (or a record skipped), the end of the layer
    // (or of the features asked for, or of a record GDAL gave up on), the first record of the part
    // another reader reads, or cancelled (with the error said).
    enum class Step { Next, End, Paused, Cancelled };

    bool readFeatures(QString *error)
    {
        DamageReport &damage = mLayer->damage;
        damage.headerCount = OGR_L_GetFeatureCount(mOgrLayer, FALSE);
        if (mFeedback)
            mFeedback->beginPhase(QStringLiteral("reading"), std::max<qint64>(0, damage.headerCount), mSpec.name);
        OGR_L_ResetReading(mOgrLayer);
        // A damaged header may promise billions: never reserve more than the file could hold.
        if (damage.headerCount > 0)
            mLayer->features.reserve(std::size_t(std::min({damage.headerCount, QFileInfo(mPath).size(), mPack ? std::max(kPackBatch, qint64(kEncodingSampleRows)) : damage.headerCount})));
        mErrorsBefore = mErrors.count;
        // The first rows alone until the encoding is decided, so that a second reader decodes as this one.
        Step step = Step::Next;
        while (mDecideLater && (step = readNext(error)) == Step::Next) {}
        if (step == Step::Next)
            step = readRest(error);
        if (step == Step::Cancelled)
            return false;
        damage.read = mLayer->featureCount();
        const bool whole = mOptions.maxFeatures < 0 || damage.read < mOptions.maxFeatures;
        if (whole && damage.headerCount >= 0 && damage.read + damage.lost < damage.headerCount)
            damage.lost = damage.headerCount - damage.read;
        return true;
    }

    // The rest of the layer, in two halves on two threads where a second reader can start at the
    // middle; else as one. The halves give the same features, counts and warnings as one reader:
    // the second half's are taken only when it read cleanly to the end (no GDAL error while
    // fetching a record) and the first reached it cleanly; anything else (damage, a cancel) and this reader goes on through the
    // second half itself, exactly as it would have alone.
    Step readRest(QString *error)
    {
        std::unique_ptr<LayerReader> second = secondReader();
        if (!second) {
            Step step = Step::Next;
            while ((step = readNext(error)) == Step::Next) {}
            return step;
        }
        const qint64 middle = mLayer->damage.headerCount / 2;
        mPauseAtFid = middle;
        std::atomic<bool> firstStopped{false};
        Step step = Step::Next;
        bool secondWhole = false;
        runParallel(2, [&](qint64 task) {
            if (task == 0) {
                ScopedErrorCollector scope(&mErrors);   // GDAL's error handlers are per thread
                while ((step = readNext(error)) == Step::Next) {}
                if (step != Step::Paused)
                    firstStopped = true;   // the second half is not needed
            } else {
                secondWhole = second->readFrom(middle, firstStopped);
            }
        });
        mPauseAtFid = -1;
        if (step != Step::Paused)
            return correctedProgress(step);
        if (secondWhole && mReadErrors == 0) {
            takeFeatures(*second);
            mLayer->readers = 2;
            return Step::End;
        }
        correctedProgress(step);
        while ((step = readNext(error)) == Step::Next) {}
        return step;
    }

    // The features counted so far are this reader's (a second reader's were counted too).
    Step correctedProgress(Step step)
    {
        if (mFeedback)
            mFeedback->setDone(mLayer->featureCount());
        return step;
    }

    // A reader of the same layer through a handle of its own, with this one's decisions (the
    // encoding, the columns, the CRS), when the layer is big, the driver seeks to a record at once
    // (a shapefile) and the file is whole; null otherwise.
    std::unique_ptr<LayerReader> secondReader()
    {
        const DamageReport &damage = mLayer->damage;
        if (!mShapefile || !mDbfWhole || mRestoreDir || !mSpec.member.isEmpty() || mOptions.maxFeatures >= 0 || mDecideLater
            || mOptions.splitFrom <= 0 || damage.headerCount < mOptions.splitFrom || threadPool()->maxThreadCount() < 2
            || !OGR_L_TestCapability(mOgrLayer, OLCFastSetNextByIndex) || mReadErrors > 0)
            return nullptr;
        auto second = std::make_unique<LayerReader>(mSpec, mMapEpsg, mFeedback, mOptions);
        ScopedErrorCollector scope(&second->mErrors);   // its opening is no record of this reader's
        QString ignored;
        second->mOpenPath = mOpenPath;
        if (!second->open(&ignored) || !second->selectLayer(&ignored) || second->mErrors.count > 0
            || OGR_L_GetFeatureCount(second->mOgrLayer, FALSE) != damage.headerCount)
            return nullptr;
        second->mLayer->fields = mLayer->fields;
        second->mLayer->encoding = mLayer->encoding;
        second->mLayer->sourceCrs = mLayer->sourceCrs;
        second->mFloat32 = mFloat32;
        second->mColumns = mColumns;
        second->mGdalRecodedFrom = mGdalRecodedFrom;
        second->mGdalTextIsFinal = mGdalTextIsFinal;
        second->mHasGeometry = mHasGeometry;
        second->mFillColumns = false;   // its values wait, packed, until its half is taken
        second->mRepair.setPlausibleBounds(mRepair.plausibleBounds());
        if (mHasGeometry) {
            second->mToMap = std::make_unique<CoordinateTransform>(mLayer->sourceCrs, crsFromEpsg(mMapEpsg));
            if (!second->mToMap->isValid())
                return nullptr;
        }
        return second;
    }

    // Reads from the record \a fid to the end on the calling thread; true when every record was
    // read whole without a word from GDAL (GEOS's words on a repair are no damage of the file).
    // Gives up when \a stop is set.
    bool readFrom(qint64 fid, const std::atomic<bool> &stop)
    {
        ScopedErrorCollector scope(&mErrors);
        if (OGR_L_SetNextByIndex(mOgrLayer, fid) != OGRERR_NONE || mErrors.count > 0)
            return false;
        mErrorsBefore = mErrors.count;
        QString ignored;
        Step step = Step::Next;
        while (!stop && (step = readNext(&ignored)) == Step::Next) {}
        return !stop && step == Step::End && mReadErrors == 0 && mLayer->damage.lost == 0;
    }

    // The features and counts of a second reader that read the rest of the layer.
    void takeFeatures(LayerReader &second)
    {
        // In the order one reader reads them: this half's, packed or not, then the second's. The
        // second half's values go into the columns only now that it is taken: its reader packed them
        // whole, so that a half that is not taken never touched the columns.
        packFeatures();
        second.packFeatures();
        if (mFillColumns) {
            const PackedFeatures &rest = second.mLayer->packed;
            std::vector<QVariant> values;
            Geometry geometry;
            const qint64 first = mLayer->packed.size();
            for (qint64 i = 0; i < rest.size(); ++i) {
                rest.geometry(i, geometry);
                if (!geometry.polygons.empty()) {
                    rest.values(i, values);
                    columns().appendFeature(first + i, values, geometry);
                }
            }
            second.mLayer->packed.releaseValues();
        }
        mLayer->packed.append(std::move(second.mLayer->packed));
        std::vector<Feature> &rest = second.mLayer->features;
        mLayer->features.insert(mLayer->features.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
        rest = {};
        mErrors.count += second.mErrors.count;   // GEOS's words on its repairs, in the order one reader hears them
        for (const QString &message : second.mErrors.messages)
            if (mErrors.messages.size() < ErrorCollector::kErrorMessagesKept)
                mErrors.messages.append(message);
        // Every count but the layer's own (headerCount, read): the second half's add to the first's.
        static constexpr qint64 DamageReport::*kCounts[] = {
            &DamageReport::lost, &DamageReport::emptyGeometries, &DamageReport::nanGeometries, &DamageReport::unclosedRings,
            &DamageReport::invalidRepaired, &DamageReport::invalidDropped, &DamageReport::repairTimedOut,
            &DamageReport::impossibleCoordinates, &DamageReport::untransformable, &DamageReport::lossyText,
            &DamageReport::unmappedValues, &DamageReport::matchedValues};
        for (qint64 DamageReport::*count : kCounts)
            mLayer->damage.*count += second.mLayer->damage.*count;
        correctedProgress(Step::End);
    }

    // One record: read, checked and kept (or counted as lost); the first record at or after
    // mPauseAtFid is kept back for later instead.
    Step readNext(QString *error)
    {
        if (mOptions.maxFeatures >= 0 && mLayer->featureCount() >= mOptions.maxFeatures)
            return Step::End;
        if (isCancelled(mFeedback)) {
            *error = tr("%1: reading was cancelled").arg(mPath);
            return Step::Cancelled;
        }
        const bool pending = bool(mPending);
        const int errorsBeforeFetch = mErrors.count;
        detail::FeaturePtr f = pending ? std::move(mPending) : detail::FeaturePtr(OGR_L_GetNextFeature(mOgrLayer));
        if (!pending)
            mReadErrors += mErrors.count - errorsBeforeFetch;
        if (!f) {
            if (mErrors.count > mErrorsBefore)
                ++mLayer->damage.lost;   // a record GDAL gave up on; the reading stops there
            return Step::End;
        }
        if (mPauseAtFid >= 0 && OGR_F_GetFID(f.get()) >= mPauseAtFid) {
            mPending = std::move(f);
            return Step::Paused;
        }
        const bool damagedRecord = mErrors.count > mErrorsBefore;
        Feature feature;
        readAttributes(f.get(), feature);
        // A record whose geometry was lost to damage is not a feature read whole: it is counted
        // as lost, and left out, so that every count after the reader (info, summary, the
        // viewer) says what was really read.
        const bool whole = !mHasGeometry || readGeometry(f.get(), feature, damagedRecord);
        mErrorsBefore = mErrors.count;   // GEOS's complaints while repairing are not the next record's
        if (!whole)
            return Step::Next;
        mLayer->features.push_back(std::move(feature));
        if (mFeedback)
            mFeedback->advance();
        if (mDecideLater && mSampledRows >= kEncodingSampleRows)
            finishEncoding();
        if (mPack && !mDecideLater && qint64(mLayer->features.size()) >= kPackBatch)
            packFeatures();
        return Step::Next;
    }

    // With LayerReadOptions::packed, the features read so far into the packed ones, once their text
    // is decoded; their memory is reused by the next batch.
    void packFeatures()
    {
        if (!mPack || mDecideLater)
            return;
        for (const Feature &feature : mLayer->features) {
            if (!mFillColumns) {
                mLayer->packed.append(feature);
                continue;
            }
            columns().appendFeature(mLayer->packed.size(), feature.values, feature.geometry);
            mLayer->packed.appendGeometry(feature.geometry);
        }
        mLayer->features.clear();
    }

    // The store's source columns of this layer (LayerReadOptions::fillColumns), made with the first
    // parcel, once the fields are final (an encoding decided from the rows may rename them).
    SourceColumns &columns()
    {
        if (!mLayer->columns) {
            const qint64 expected = std::max<qint64>(mLayer->damage.headerCount, 0);
            mLayer->columns = std::make_shared<SourceColumns>(std::vector<const LayerData *>{mLayer.get()}, expected, -1);
        }
        return *mLayer->columns;
    }

    // Text is decoded as it is read once the encoding is decided; until then (the first rows of a
    // file whose declaration is checked, or that declares nothing) it is kept as the file's bytes,
    // and numbers as they are, for finishEncoding().
    void readAttributes(OGRFeatureH f, Feature &feature)
    {
        const std::size_t count = mLayer->fields.size();
        feature.values.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            const int index = int(i);
            if (!OGR_F_IsFieldSetAndNotNull(f, index))
                continue;
            QVariant &v = feature.values[i];
            switch (mLayer->fields[i].type) {
            case FieldType::Integer: v = qint64(OGR_F_GetFieldAsInteger64(f, index)); break;
            case FieldType::Real: {
                const double real = OGR_F_GetFieldAsDouble(f, index);
                v = mFloat32[i] ? decimalOfFloat(float(real)) : real;
                break;
            }
            case FieldType::Date: {
                int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
                float ss = 0;
                if (OGR_F_GetFieldAsDateTimeEx(f, index, &y, &m, &d, &hh, &mm, &ss, &tz) && QDate(y, m, d).isValid())
                    v = QDate(y, m, d);
                break;
            }
            case FieldType::String: {
                const char *text = OGR_F_GetFieldAsString(f, index);
                if (!mDecideLater) {
                    // The file's bytes as GDAL gives them where it did not decode them: no copy.
                    v = mGdalTextIsFinal ? decode(QString::fromUtf8(text), false, index)
                        : mGdalRecodedFrom.isEmpty() ? decode(QByteArrayView(text), index) : decode(rawBytes(text), index);
                    break;
                }
                QByteArray bytes = rawBytes(text);
                mTextSamples.push_back(bytes);
                v = std::move(bytes);
                break;
            }
            }
            if (!mDecideLater && mLayer->fields[i].type != FieldType::String)
                v = number(v, index);
        }
        if (mDecideLater)
            ++mSampledRows;
    }

    // False when the record is lost to damage (and counted so).
    bool readGeometry(OGRFeatureH f, Feature &feature, bool damagedRecord)
    {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            if (damagedRecord) {
                ++mLayer->damage.lost;
                return false;
            }
            ++mLayer->damage.emptyGeometries;
            return true;
        }
        detail::GeometryPtr kept = mRepair.repair(detail::GeometryPtr(OGR_F_StealGeometry(f)));
        if (!kept)
            return true;
        Geometry geometry;
        detail::appendOgr(kept.get(), geometry);
        if (mDxf)
            closedLinesToPolygons(geometry);
        bool ok = true;
        for (auto &p : geometry.points) ok &= mToMap->transform(p);
        for (auto &l : geometry.lines) ok &= mToMap->transform(l) == 0;
        for (auto &poly : geometry.polygons)
            for (auto &ring : poly.rings) ok &= mToMap->transform(ring) == 0;
        if (ok)
            feature.geometry = std::move(geometry);
        else
            ++mLayer->damage.untransformable;
        return true;
    }

    // A drawing's parcels are often closed polylines, which GDAL reads as lines: a closed line of
    // three corners or more is the polygon it draws.
    static void closedLinesToPolygons(Geometry &geometry)
    {
        for (auto it = geometry.lines.begin(); it != geometry.lines.end();) {
            if (it->size() >= 4 && it->front() == it->back()) {
                Path ring(it->begin(), it->end() - 1);
                geometry.polygons.push_back(Polygon{{std::move(ring)}});
                it = geometry.lines.erase(it);
            } else {
                ++it;
            }
        }
        if (!geometry.polygons.empty())
            geometry.kind = GeometryKind::Polygon;
    }

    // Bytes decoded, then mapped to a canonical code.
    QVariant decode(QByteArrayView bytes, int field)
    {
        bool lossy = false;
        const QString text = decodeText(bytes, mLayer->encoding.encoding, &lossy);
        return decode(text, lossy, field);
    }

    // Text mapped to a canonical code: the manifest's value map, else the code list's dictionary
    // (for a field the mapping names); a value neither knows is kept as it is.
    QVariant decode(QString text, bool lossy, int field)
    {
        if (lossy)
            ++mLayer->damage.lossyText;
        text = text.trimmed();
        if (text.isEmpty())
            return {};
        Column &column = mColumns[std::size_t(field)];
        if (column.listed)
            if (auto it = column.listed->constFind(text); it != column.listed->constEnd())
                return it.value();
        if (column.matcher) {
            auto known = column.matched.constFind(text);
            if (known == column.matched.constEnd())
                known = column.matched.insert(text, column.matcher->match(text).code);
            if (!known.value().isEmpty()) {
                ++mLayer->damage.matchedValues;
                return known.value();
            }
        }
        if (column.listed)
            ++mLayer->damage.unmappedValues;
        return column.shared(std::move(text));
    }

    // A number in the field's own unit; a cadastral number kept in a number column as text.
    QVariant number(const QVariant &v, int field) const
    {
        const Column &column = mColumns[std::size_t(field)];
        if (!v.isValid())
            return v;
        if (column.cadastralNumber) {
            // A number column loses a region code's leading zero: 3361001001 is 03-361-001-001.
            QString digits = QString::number(qint64(std::llround(v.toDouble())));
            if (digits.size() == 10)
                digits.prepend(QLatin1Char('0'));
            return digits;
        }
        return column.scale == 1.0 ? v : QVariant(v.toDouble() * column.scale);
    }

    // Decides the encoding from the rows kept so far (the declaration checked against their bytes,
    // or the bytes alone) and decodes them; later rows are decoded as they are read.
    void finishEncoding()
    {
        if (!mDecideLater)
            return;
        EncodingDecision &decision = mLayer->encoding;
        decision = mDeclared.encoding.isEmpty() ? detectEncoding(mTextSamples) : checkDeclaredEncoding(mDeclared, mTextSamples);
        if (!decision.overruled.isEmpty())
            mLayer->warnings.append(tr("%1: the file declares %2, but its text is %3 (%4); it is read as %3")
                                        .arg(mPath, QString::fromLatin1(decision.overruled), QString::fromLatin1(decision.encoding),
                                             decision.detail));
        mTextSamples = {};
        mDecideLater = false;
        mGdalTextIsFinal = !mGdalRecodedFrom.isEmpty() && decision.encoding == mGdalRecodedFrom;
        mapFields();
        for (Feature &feature : mLayer->features)
            for (std::size_t i = 0; i < mLayer->fields.size(); ++i) {
                QVariant &v = feature.values[i];
                if (mLayer->fields[i].type == FieldType::String)
                    v = v.isValid() ? decode(v.toByteArray(), int(i)) : v;
                else
                    v = number(v, int(i));
            }
    }

    // A drawing's labels (TEXT and MTEXT entities) name what they lie in: each gives its text to the
    // polygon around it and is then no feature of its own. Hatches' pattern names are no labels.
    void joinDxfLabels()
    {
        int textField = -1, classField = -1;
        for (std::size_t i = 0; i < mLayer->fields.size(); ++i) {
            if (mLayer->fields[i].sourceName == QLatin1String("Text"))
                textField = int(i);
            else if (mLayer->fields[i].sourceName == QLatin1String("SubClasses"))
                classField = int(i);
        }
        if (textField < 0 || classField < 0)
            return;
        auto subClasses = [&](const Feature &f) { return f.values[std::size_t(classField)].toString(); };
        std::vector<std::size_t> polygons;
        for (std::size_t i = 0; i < mLayer->features.size(); ++i) {
            Feature &f = mLayer->features[i];
            if (f.geometry.polygons.empty())
                continue;
            polygons.push_back(i);
            if (subClasses(f).contains(QLatin1String("AcDbHatch")))
                f.values[std::size_t(textField)] = QVariant();
        }
        std::vector<bool> labelled(mLayer->features.size(), false), joined(mLayer->features.size(), false);
        for (std::size_t i = 0; i < mLayer->features.size(); ++i) {
            const Feature &label = mLayer->features[i];
            const QString classes = subClasses(label);
            if (label.geometry.points.size() != 1 || !label.values[std::size_t(textField)].isValid()
                || !(classes.contains(QLatin1String("AcDbText")) || classes.contains(QLatin1String("AcDbMText"))))
                continue;
            const QPointF at = label.geometry.points.front();
            for (std::size_t p : polygons)
                if (!labelled[p] && mLayer->features[p].geometry.bounds().contains(at) && containsPoint(mLayer->features[p].geometry, at)) {
                    mLayer->features[p].values[std::size_t(textField)] = label.values[std::size_t(textField)];
                    labelled[p] = joined[i] = true;
                    break;
                }
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < mLayer->features.size(); ++i)
            if (!joined[i]) {
                if (kept != i)   // a vector moved onto itself is left empty
                    mLayer->features[kept] = std::move(mLayer->features[i]);
                ++kept;
            }
        mLayer->labelsJoined = qint64(mLayer->features.size() - kept);
        mLayer->features.resize(kept);
    }

    // Each kind of damage once, with its count and, where it helps, the count it is out of.
    void reportDamage()
    {
        const DamageReport &d = mLayer->damage;
        QStringList &warnings = mLayer->warnings;
        const QLocale locale;
        const QString read = locale.toString(d.read);
        if (d.lost > 0)
            warnings.append(tr("%1: %Ln of %2 features could not be read (the file is truncated or corrupt); "
                               "features read whole: %3", nullptr, countArg(d.lost))
                                .arg(mPath, locale.toString(d.headerCount), read));
        auto outOfRead = [&](qint64 n, const QString &message) {
            if (n > 0)
                warnings.append(message.arg(mPath, read));
        };
        if (mHasGeometry)
            outOfRead(d.emptyGeometries, tr("%1: %Ln of %2 features have no geometry", nullptr, countArg(d.emptyGeometries)));
        outOfRead(d.nanGeometries, tr("%1: %Ln of %2 geometries have coordinates that are not numbers and were dropped",
                                      nullptr, countArg(d.nanGeometries)));
        outOfRead(d.unclosedRings, tr("%1: %Ln of %2 geometries had unclosed rings, which were closed",
                                      nullptr, countArg(d.unclosedRings)));
        outOfRead(d.invalidRepaired, tr("%1: %Ln of %2 geometries were invalid (self-intersections and the like) and were repaired",
                                        nullptr, countArg(d.invalidRepaired)));
        outOfRead(d.invalidDropped, tr("%1: %Ln of %2 geometries were invalid and could not be repaired; they were dropped",
                                       nullptr, countArg(d.invalidDropped)));
        outOfRead(d.repairTimedOut, tr("%1: %Ln of %2 geometries were too complex to repair in the time allowed; they were dropped",
                                       nullptr, countArg(d.repairTimedOut)));
        outOfRead(d.impossibleCoordinates, tr("%1: %Ln of %2 geometries have coordinates far outside what the layer's "
                                              "coordinate system covers; they were dropped", nullptr, countArg(d.impossibleCoordinates)));
        outOfRead(d.untransformable, tr("%1: %Ln of %2 geometries could not be transformed into the map CRS and were dropped",
                                        nullptr, countArg(d.untransformable)));
        if (d.lossyText > 0)
            warnings.append(tr("%1: text values with bytes that are not valid %2, shown as \uFFFD: %Ln", nullptr, countArg(d.lossyText))
                                .arg(mPath, QString::fromLatin1(mLayer->encoding.encoding)));
        if (d.unmappedValues > 0)
            warnings.append(tr("%1: values that are not in the manifest's value map and match no code, kept as they are: %Ln",
                               nullptr, countArg(d.unmappedValues)).arg(mPath));
        if (mErrors.count > 0 && d.lost == 0 && warnings.isEmpty())
            warnings.append(tr("%1: GDAL reported: %2").arg(mPath, mErrors.messages.join(QStringLiteral("; "))));
    }

    // What becomes of one column's values.
    struct Column
    {
        const QHash<QString, QString> *listed = nullptr;   // the manifest's value map
        std::optional<CodeMatcher> matcher;                 // the field's code list, for values the map lacks
        QHash<QString, QString> matched;                    // value -> code ("" for none), matched once each
        double scale = 1.0;                                 // the manifest's unit to the field's own
        bool cadastralNumber = false;                       // a cadastral number kept as a number
        QSet<QString> seen;                                 // the column's texts so far, while they repeat
        bool repeats = true;

        // The one copy of a text the column holds already: a category, an investor or a purpose
        // repeats over thousands of parcels, and each copy would stay in memory until the store is
        // built. A column whose texts do not repeat (numbers, addresses) stops looking.
        QString shared(QString text)
        {
            if (!repeats)
                return text;
            if (auto it = seen.constFind(text); it != seen.constEnd())
                return *it;
            if (seen.size() >= kMaxSharedTexts) {
                repeats = false;
                seen = {};
                return text;
            }
            seen.insert(text);
            return text;
        }
    };

    const LayerSpec &mSpec;
    const QString mPath;                        // what messages name
    const int mMapEpsg;
    Feedback *const mFeedback;
    const LayerReadOptions mOptions;
    bool mMapInfo = false;
    bool mDxf = false;
    bool mPack = false;                         // LayerReadOptions::packed, where it applies
    bool mFillColumns = false;                  // LayerReadOptions::fillColumns, where it applies
    std::unique_ptr<LayerData> mLayer;
    std::optional<ShapefileParts> mShapefile;
    std::optional<QTemporaryDir> mRestoreDir;   // a private copy of a shapefile whose .shx is rebuilt
    QString mOpenPath;                          // what GDAL opens: the file, or its private copy
    ErrorCollector mErrors;
    detail::DatasetPtr mDataset;
    OGRLayerH mOgrLayer = nullptr;
    bool mHasGeometry = false;
    bool mPrjUnreadable = false;                // a .prj is there, but GDAL cannot read it
    std::unique_ptr<CoordinateTransform> mToMap;
    std::vector<QByteArray> mNameBytes;         // the columns' names as the file has them
    std::vector<bool> mFloat32;                 // the columns the file keeps as floats (FlatGeobuf's Float)
    std::vector<Column> mColumns;
    EncodingDecision mDeclared;                 // what the file says, to be checked against its bytes
    QByteArray mGdalRecodedFrom;                // GDAL decoded the text from this code page (MapInfo, DXF)
    bool mGdalTextIsFinal = false;              // GDAL decoded the text from the decided encoding: used as it is
    bool mDecideLater = false;                  // the encoding waits for the first rows' bytes
    std::vector<QByteArray> mTextSamples;
    std::size_t mSampledRows = 0;
    detail::GeometryRepair mRepair;
    bool mDbfWhole = false;                     // the .dbf was checked and holds every record its header promises
    int mReadErrors = 0;                        // GDAL's errors while fetching records (not GEOS's on repairs)
    int mErrorsBefore = 0;                      // GDAL's errors before the record being read
    qint64 mPauseAtFid = -1;                    // where a second reader takes over; -1 for none
    detail::FeaturePtr mPending;                // the record read at mPauseAtFid, kept back
};

} // namespace

qint64 layerReadCount()
{
    return gLayerReads.load();
}

std::unique_ptr<LayerData> readLayer(const LayerSpec &spec, int mapEpsg, QString *error, Feedback *feedback,
                                     const LayerReadOptions &options)
{
    return LayerReader(spec, mapEpsg, feedback, options).read(error);
}

} // namespace sez
