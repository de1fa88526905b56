// SPDX-License-Identifier: GPL-3.0-or-later
// Writes small vector layers through GDAL's own drivers, so tests can make datasets of any shape
// (and read exports back) independently of sezview's reader and writers.
#pragma once

#include <QDate>
#include <QFile>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gdal.h>
#include <gdal_utils.h>
#include <cpl_error.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <vector>

namespace sez::test {

struct LayerField
{
    QByteArray name;
    OGRFieldType type;
};

/// A feature: a polygon ring (closed or not), a point (one vertex, with \a point set) or a line.
struct LayerFeature
{
    std::vector<QPointF> vertices;
    QVariantList values;
    enum class Shape { Polygon, Point, Line } shape = Shape::Polygon;
};

inline std::vector<QPointF> square(double x, double y, double side)
{
    return {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}};
}

inline OGRSpatialReferenceH srsOf(int epsg)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

inline OGRGeometryH geometryOf(const LayerFeature &f)
{
    if (f.shape == LayerFeature::Shape::Point) {
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(p, 0, f.vertices.front().x(), f.vertices.front().y());
        return p;
    }
    OGRGeometryH line = OGR_G_CreateGeometry(f.shape == LayerFeature::Shape::Line ? wkbLineString : wkbLinearRing);
    for (const QPointF &v : f.vertices)
        OGR_G_AddPoint_2D(line, v.x(), v.y());
    if (f.shape == LayerFeature::Shape::Line)
        return line;
    OGR_G_AddPoint_2D(line, f.vertices.front().x(), f.vertices.front().y());
    OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
    OGR_G_AddGeometryDirectly(polygon, line);
    return polygon;
}

/// Writes one layer to \a path with GDAL's \a driver ("ESRI Shapefile", "GPKG", ...), in EPSG \a epsg.
/// Returns an empty string on success, else what went wrong.
inline QString writeLayer(const QString &path, const char *driver, int epsg, OGRwkbGeometryType type,
                          const std::vector<LayerField> &fields, const std::vector<LayerFeature> &features)
{
    GDALAllRegister();
    GDALDriverH d = GDALGetDriverByName(driver);
    const char *options[] = {"ENCODING=UTF-8", nullptr};
    GDALDatasetH ds = d ? GDALCreate(d, QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!ds)
        return QStringLiteral("cannot create %1").arg(path);
    OGRSpatialReferenceH srs = srsOf(epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "layer", srs, type,
                                             QByteArray(driver) == "ESRI Shapefile" ? const_cast<char **>(options) : nullptr);
    OSRRelease(srs);
    QString error;
    for (const LayerField &f : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(f.name.constData(), f.type);
        if (OGR_L_CreateField(layer, defn, FALSE) != OGRERR_NONE)
            error = QStringLiteral("cannot create field %1").arg(QString::fromUtf8(f.name));
        OGR_Fld_Destroy(defn);
    }
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE && error.isEmpty())
        error = QStringLiteral("cannot start a transaction in %1").arg(path);
    for (const LayerFeature &lf : features) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int i = 0; i < lf.values.size(); ++i) {
            const QVariant &v = lf.values[i];
            if (!v.isValid())
                continue;
            switch (v.typeId()) {
            case QMetaType::Double: OGR_F_SetFieldDouble(feature, i, v.toDouble()); break;
            case QMetaType::Int:
            case QMetaType::LongLong: OGR_F_SetFieldInteger64(feature, i, v.toLongLong()); break;
            case QMetaType::QDate: {
                const QDate date = v.toDate();
                OGR_F_SetFieldDateTime(feature, i, date.year(), date.month(), date.day(), 0, 0, 0, 0);
                break;
            }
            default: OGR_F_SetFieldString(feature, i, v.toString().toUtf8().constData()); break;
            }
        }
        OGR_F_SetGeometryDirectly(feature, geometryOf(lf));
        if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE)
            error = QStringLiteral("cannot write a feature");
        OGR_F_Destroy(feature);
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE && error.isEmpty())
        error = QStringLiteral("cannot commit the features to %1").arg(path);
    GDALClose(ds);
    return error;
}

/// ogr2ogr, in process: \a args as on its command line, from \a source to \a destination.
inline QString translate(const QString &source, const QString &destination, const QStringList &args)
{
    GDALAllRegister();
    std::vector<QByteArray> bytes;
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH in = GDALOpenEx(QFile::encodeName(source).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!options || !in) {
        GDALVectorTranslateOptionsFree(options);
        GDALClose(in);
        return QStringLiteral("cannot translate %1").arg(source);
    }
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(QFile::encodeName(destination).constData(), nullptr, 1, &in, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(in);
    if (!out)
        return QStringLiteral("cannot write %1: %2").arg(destination, QString::fromUtf8(CPLGetLastErrorMsg()));
    GDALClose(out);
    return {};
}

} // namespace sez::test
