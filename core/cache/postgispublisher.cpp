// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cache/postgispublisher.h"

#include "core/base/feedback.h"
#include "core/cache/parcelcache.h"
#include "core/geo/gdalhandles_p.h"
#include "core/io/libpqhandles_p.h"
#include "core/io/postgissource.h"
#include "core/model/fieldtable.h"

#include <gdal_utils.h>

#include <memory>
#include <vector>

namespace sez {

namespace {

struct OptionsCloser { void operator()(GDALVectorTranslateOptions *o) const { GDALVectorTranslateOptionsFree(o); } };
using Connection = detail::PgConnectionPtr;
using PgResult = detail::PgResultPtr;

// The cache's layers that make a dataset, parcels first; the cache's own tables are not published.
const QStringList &publishedLayers()
{
    static const QStringList layers = {QStringLiteral("parcels"), QStringLiteral("zones"), QStringLiteral("districts"),
                                       QStringLiteral("sez_boundary"), QStringLiteral("city_limits"),
                                       QStringLiteral("infrastructure_points"), QStringLiteral("infrastructure_lines")};
    return layers;
}

bool exec(PGconn *c, const QString &sql, QString *error)
{
    PgResult r(PQexec(c, sql.toUtf8().constData()));
    const ExecStatusType status = PQresultStatus(r.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    *error = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
    return false;
}

bool exists(PGconn *c, const QString &name, const char *sql)
{
    const QByteArray utf8 = name.toUtf8();
    const char *params[] = {utf8.constData()};
    PgResult r(PQexecParams(c, sql, 1, nullptr, params, nullptr, nullptr, 0));
    return PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQntuples(r.get()) > 0 && !PQgetisnull(r.get(), 0, 0);
}

// The parcels' columns to publish: every column of the cache's table but the derived ones.
QStringList sourceColumns(GDALDatasetH cache)
{
    QStringList columns;
    OGRLayerH layer = GDALDatasetGetLayerByName(cache, "parcels");
    OGRFeatureDefnH defn = layer ? OGR_L_GetLayerDefn(layer) : nullptr;
    for (int i = 0; defn && i < OGR_FD_GetFieldCount(defn); ++i) {
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
        const FieldSpec *spec = FieldTable::find(name);
        if (!spec || spec->fromSource())
            columns << name;
    }
    return columns;
}

bool translateLayer(GDALDatasetH cache, GDALDatasetH target, const QString &layer, const QStringList &select, QString *error)
{
    QList<QByteArray> args = {"-nln", layer.toUtf8(), "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=GIST",
                              "-nlt", "PROMOTE_TO_MULTI", "-preserve_fid", "-gt", "65536"};
    if (!select.isEmpty())
        args << "-select" << select.join(QLatin1Char(',')).toUtf8();
    args << layer.toUtf8();   // the cache's layer of that name
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALVectorTranslateOptions, OptionsCloser> options(GDALVectorTranslateOptionsNew(argv.data(), nullptr));
    int usageError = 0;
    GDALDatasetH sources[] = {cache};
    CPLErrorReset();
    if (!options || !GDALVectorTranslate(nullptr, target, 1, sources, options.get(), &usageError)) {
        *error = PostgisPublisher::tr("the layer %1 could not be written: %2").arg(layer, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    return true;
}

} // namespace

bool PostgisPublisher::publish(const ParcelCache &cache, const QString &target, Result *result, QString *error, Feedback *feedback)
{
    const QString where = PostgisSource::displayName(target);
    if (!PostgisSource::isConnection(target)) {
        *error = tr("%1: not a PostGIS database; give a PG: connection string, e.g. PG:\"dbname=sez host=db.akimat.local\"").arg(target);
        return false;
    }
    if (cache.cachePath().isEmpty()) {
        *error = tr("the dataset's cache could not be written, and publishing reads it; free some disk space and try again");
        return false;
    }
    Connection c(PQconnectdb(PostgisSource::conninfo(target).toUtf8().constData()));
    if (PQstatus(c.get()) != CONNECTION_OK) {
        *error = tr("%1: cannot connect: %2").arg(where, QString::fromUtf8(PQerrorMessage(c.get())).trimmed());
        return false;
    }
    // The server's notices ("trigger … does not exist, skipping") are not the user's business.
    PQsetNoticeProcessor(c.get(), [](void *, const char *) {}, nullptr);
    if (!exists(c.get(), QStringLiteral("postgis"), "SELECT 1 FROM pg_extension WHERE extname = $1")) {
        *error = tr("%1: the database has no PostGIS; its owner runs CREATE EXTENSION postgis first").arg(where);
        return false;
    }
    for (const QString &layer : publishedLayers())
        if (exists(c.get(), layer, "SELECT to_regclass($1)::text")) {
            *error = tr("%1: the table %2 exists already; publish loads a dataset the first time only "
                        "(to load it again, drop its tables first)").arg(where, layer);
            return false;
        }

    detail::ensureGdal();
    detail::DatasetPtr source(GDALOpenEx(cache.cachePath().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    detail::DatasetPtr database(GDALOpenEx(target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!source || !database) {
        *error = tr("%1: cannot be opened for writing: %2").arg(source ? where : cache.cachePath(), QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    if (feedback)
        feedback->beginPhase(QStringLiteral("publishing"), publishedLayers().size());
    const QStringList parcelColumns = sourceColumns(source.get());
    for (const QString &layer : publishedLayers()) {
        if (!GDALDatasetGetLayerByName(source.get(), layer.toUtf8().constData()))
            continue;
        if (isCancelled(feedback) || !translateLayer(source.get(), database.get(), layer, layer == publishedLayers().first() ? parcelColumns : QStringList(), error)) {
            if (isCancelled(feedback))
                *error = tr("publishing was cancelled");
            database.reset();
            QString dropError;
            for (const QString &made : result->tables + QStringList{layer})   // nothing half-published is left
                exec(c.get(), QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(made), &dropError);
            result->tables.clear();
            return false;
        }
        result->tables << layer;
        if (feedback)
            feedback->setDone(result->tables.size());
    }
    database.reset();   // flushes and closes GDAL's connection
    // Change counters, the readers' rights, and statistics for the planner.
    QStringList sql;
    for (const QString &table : result->tables) {
        sql += PostgisSource::countChangesSql(table);
        for (const char *role : {"sezview_reader", "sezview_officer"})
            if (exists(c.get(), QString::fromLatin1(role), "SELECT 1 FROM pg_roles WHERE rolname = $1"))
                sql << QStringLiteral("GRANT SELECT ON \"%1\" TO %2").arg(table, QString::fromLatin1(role));
        sql << QStringLiteral("ANALYZE \"%1\"").arg(table);
    }
    for (const QString &statement : sql)
        if (!exec(c.get(), statement, error)) {
            *error = tr("%1: the tables were written, but %2").arg(where, *error);
            return false;
        }
    OGRLayerH parcels = GDALDatasetGetLayerByName(source.get(), "parcels");
    result->parcels = parcels ? OGR_L_GetFeatureCount(parcels, TRUE) : 0;
    return true;
}

} // namespace sez
