// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/postgissource.h"

#include "core/geo/gdalhandles_p.h"
#include "core/io/libpqhandles_p.h"

#include <gdal.h>

#include <QRegularExpression>

#include <memory>

namespace sez {

namespace {

using Connection = detail::PgConnectionPtr;
using Result = detail::PgResultPtr;

// GDAL's own keywords in a PG: string, which libpq does not know.
const QStringList &gdalKeywords()
{
    static const QStringList keys = {QStringLiteral("schemas"), QStringLiteral("schema"), QStringLiteral("tables"),
                                     QStringLiteral("active_schema"), QStringLiteral("list_all_tables")};
    return keys;
}

// "parcels" or "public.parcels" -> {"public", "parcels"}.
std::pair<QString, QString> schemaAndTable(const QString &table)
{
    const qsizetype dot = table.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {QStringLiteral("public"), table};
    return {table.left(dot), table.mid(dot + 1)};
}

// The role a table's name says, or empty for a table that is not one of a dataset's.
QString roleOfTable(const QString &layerName)
{
    const QString name = schemaAndTable(layerName).second.toLower();
    if (name.contains(QLatin1String("parcel")) || name.contains(QLatin1String("uchast")))
        return QStringLiteral("parcels");
    const QString role = roleFromFileName(name + QStringLiteral(".x"));
    return role == QLatin1String("parcels") ? QString() : role;
}

bool connect(const QString &path, Connection *connection, QString *error)
{
    connection->reset(PQconnectdb(PostgisSource::conninfo(path).toUtf8().constData()));
    if (!*connection || PQstatus(connection->get()) != CONNECTION_OK) {
        *error = PostgisSource::tr("%1: cannot connect to the database: %2")
                     .arg(PostgisSource::displayName(path),
                          *connection ? QString::fromUtf8(PQerrorMessage(connection->get())).trimmed() : QString());
        return false;
    }
    return true;
}

// Runs one of our own statements with \a values bound; the first column of the first row, or a
// null QString when there is none.
bool query(PGconn *c, const char *sql, const QStringList &values, QString *first, QString *error)
{
    std::vector<QByteArray> utf8;
    std::vector<const char *> params;
    for (const QString &v : values)
        utf8.push_back(v.toUtf8());
    for (const QByteArray &v : utf8)
        params.push_back(v.constData());
    Result r(PQexecParams(c, sql, int(params.size()), nullptr, params.data(), nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
        return false;
    }
    *first = PQntuples(r.get()) > 0 && !PQgetisnull(r.get(), 0, 0) ? QString::fromUtf8(PQgetvalue(r.get(), 0, 0)) : QString();
    return true;
}

// The mark of one table: the publish trigger's counter, else the newest updated_at with the row
// count, else the server's statistics of rows written; empty when none answers.
QString changeMark(PGconn *c, bool hasCounter, const QString &table)
{
    const auto [schema, name] = schemaAndTable(table);
    QString value, error;
    if (hasCounter && query(c, "SELECT changes::text FROM sezview_source.changes WHERE table_name = $1",
                            {schema + QLatin1Char('.') + name}, &value, &error) && !value.isNull())
        return QStringLiteral("counter:") + value;
    // The statement is made by the server, which quotes the names itself.
    QString sql;
    if (query(c, "SELECT format('SELECT max(updated_at)::text || ''/'' || count(*) FROM %I.%I', $1::text, $2::text) "
                 "FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = 'updated_at'",
              {schema, name}, &sql, &error) && !sql.isNull()
        && query(c, sql.toUtf8().constData(), {}, &value, &error))
        return QStringLiteral("updated:") + value;
    if (query(c, "SELECT n_tup_ins || '/' || n_tup_upd || '/' || n_tup_del FROM pg_stat_user_tables "
                 "WHERE schemaname = $1 AND relname = $2", {schema, name}, &value, &error) && !value.isNull())
        return QStringLiteral("statistics:") + value;
    return {};
}

} // namespace

bool PostgisSource::isConnection(const QString &path)
{
    return path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString PostgisSource::conninfo(const QString &path)
{
    const QString text = path.mid(3).trimmed();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return text;
    // key=value pairs, values possibly quoted: GDAL's keywords are dropped.
    static const QRegularExpression pair(QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S*))"));
    QStringList kept;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!gdalKeywords().contains(m.captured(1).toLower()))
            kept << m.captured(0);
    }
    return kept.join(QLatin1Char(' '));
}

QString PostgisSource::displayName(const QString &path)
{
    char *message = nullptr;
    detail::PgConninfoPtr options(PQconninfoParse(conninfo(path).toUtf8().constData(), &message));
    PQfreemem(message);
    QString user, host, dbname, service;
    for (const PQconninfoOption *o = options.get(); o && o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword), value = QString::fromUtf8(o->val);
        if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("dbname"))
            dbname = value;
        else if (key == QLatin1String("service"))
            service = value;
    }
    if (!service.isEmpty() && dbname.isEmpty())
        return QStringLiteral("PG:service=%1").arg(service);
    return QStringLiteral("PG:%1%2/%3").arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host, dbname);
}

bool PostgisSource::layers(const QString &path, std::vector<LayerSpec> *layers, QString *error)
{
    detail::ensureGdal();
    detail::DatasetPtr dataset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset) {
        *error = tr("%1: cannot open the PostGIS database: %2").arg(displayName(path), QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    const QStringList roles = knownRoles();
    std::vector<LayerSpec> found;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) {
        const QString name = QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset.get(), i)));
        const QString role = roleOfTable(name);
        if (role.isEmpty())
            continue;
        LayerSpec spec;
        spec.name = schemaAndTable(name).second;
        spec.role = role;
        spec.path = path;
        spec.sourceLayer = name;
        found.push_back(std::move(spec));
    }
    std::stable_sort(found.begin(), found.end(), [&](const LayerSpec &a, const LayerSpec &b) {
        return roles.indexOf(a.role) < roles.indexOf(b.role);
    });
    if (found.empty() || found.front().role != QLatin1String("parcels")) {
        *error = tr("%1: the database has no parcels table (a table with a geometry whose name says 'parcels'); "
                    "publish a dataset there first (sezview-cli publish), or name its tables in a manifest")
                     .arg(displayName(path));
        return false;
    }
    *layers = std::move(found);
    return true;
}

bool PostgisSource::changeMarks(const QString &path, const QStringList &tables, QHash<QString, QString> *marks, QString *error)
{
    Connection c;
    if (!connect(path, &c, error))
        return false;
    QString counter;
    const bool hasCounter = query(c.get(), "SELECT to_regclass('sezview_source.changes')::text", {}, &counter, error)
                            && !counter.isNull();
    for (const QString &table : tables)
        if (const QString mark = changeMark(c.get(), hasCounter, table); !mark.isEmpty())
            marks->insert(table, mark);
    return true;
}

const char *PostgisSource::counterTable()
{
    return "sezview_source.changes";
}

QStringList PostgisSource::countChangesSql(const QString &table)
{
    const auto [schema, name] = schemaAndTable(table);
    const QString quoted = QStringLiteral("\"%1\".\"%2\"").arg(schema, name);
    return {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS sezview_source"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sezview_source.changes (table_name text PRIMARY KEY, changes bigint NOT NULL)"),
        // Definer's rights: whoever may write a table may count its change, and nothing else.
        QStringLiteral("CREATE OR REPLACE FUNCTION sezview_source.count_change() RETURNS trigger LANGUAGE plpgsql "
                       "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
                       "INSERT INTO sezview_source.changes AS c VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 1) "
                       "ON CONFLICT (table_name) DO UPDATE SET changes = c.changes + 1; RETURN NULL; END $$"),
        QStringLiteral("GRANT USAGE ON SCHEMA sezview_source TO PUBLIC"),
        QStringLiteral("GRANT SELECT ON sezview_source.changes TO PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS sezview_count_change ON %1").arg(quoted),
        QStringLiteral("CREATE TRIGGER sezview_count_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                       "FOR EACH STATEMENT EXECUTE FUNCTION sezview_source.count_change()").arg(quoted),
        QStringLiteral("INSERT INTO sezview_source.changes VALUES ('%1.%2', 0) ON CONFLICT DO NOTHING").arg(schema, name),
    };
}

} // namespace sez
