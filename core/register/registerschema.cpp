// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/registerschema_p.h"

#include "core/register/allocationfields.h"
#include "core/register/registerconnection_p.h"

#include <QStringList>

namespace sez {

namespace {

// 'SEZR': tells a sezview register from any other SQLite file.
constexpr int kSqliteApplicationId = 0x53455A52;

// The parcel's columns, typed per backend.
QString allocationColumns(bool postgres)
{
    QStringList columns;
    for (ParcelField f : AllocationFields::all()) {
        QString type;
        switch (AllocationFields::type(f)) {
        case AllocationFields::Type::Text: type = QStringLiteral("TEXT"); break;
        case AllocationFields::Type::Integer: type = postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"); break;
        case AllocationFields::Type::Real: type = postgres ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"); break;
        case AllocationFields::Type::Date: type = postgres ? QStringLiteral("DATE") : QStringLiteral("TEXT"); break;
        }
        columns << parcelFieldName(f) + QLatin1Char(' ') + type;
    }
    return columns.join(QStringLiteral(", "));
}

const char *const kAppendOnly = "the allocation history is append-only";
const char *const kNeedsHistory = "every change of an allocation needs its row in the history, one version at a time";
const char *const kNoDelete = "allocations are never deleted: record a change instead";

} // namespace

bool RegisterSchema::createSqlite(RegisterConnection &c, QString *error)
{
    const QString history = QStringLiteral("SELECT 1 FROM allocation_change h WHERE h.cadastral_number = NEW.cadastral_number AND h.version = NEW.version");
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(kSqliteApplicationId),
        QStringLiteral("CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE allocation (cadastral_number TEXT PRIMARY KEY NOT NULL, "
                       "version INTEGER NOT NULL CHECK (version > 0), %1)").arg(allocationColumns(false)),
        QStringLiteral("CREATE TABLE allocation_change (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "cadastral_number TEXT NOT NULL, version INTEGER NOT NULL, "
                       "reason TEXT NOT NULL CHECK (trim(reason) <> ''), author TEXT NOT NULL, "
                       "changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), "
                       "undoes INTEGER REFERENCES allocation_change (id), UNIQUE (cadastral_number, version))"),
        QStringLiteral("CREATE INDEX allocation_change_time ON allocation_change (changed_at)"),
        QStringLiteral("CREATE TABLE allocation_change_value (change_id INTEGER NOT NULL REFERENCES allocation_change (id), "
                       "field TEXT NOT NULL, old_value TEXT, new_value TEXT, PRIMARY KEY (change_id, field))"),
        QStringLiteral("CREATE TRIGGER allocation_change_no_update BEFORE UPDATE ON allocation_change "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(kAppendOnly)),
        QStringLiteral("CREATE TRIGGER allocation_change_no_delete BEFORE DELETE ON allocation_change "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(kAppendOnly)),
        QStringLiteral("CREATE TRIGGER allocation_change_value_no_update BEFORE UPDATE ON allocation_change_value "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(kAppendOnly)),
        QStringLiteral("CREATE TRIGGER allocation_change_value_no_delete BEFORE DELETE ON allocation_change_value "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(kAppendOnly)),
        QStringLiteral("CREATE TRIGGER allocation_no_delete BEFORE DELETE ON allocation "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(kNoDelete)),
        QStringLiteral("CREATE TRIGGER allocation_versioned_insert BEFORE INSERT ON allocation "
                       "WHEN NEW.version <> 1 OR NOT EXISTS (%1) BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(history, QLatin1String(kNeedsHistory)),
        QStringLiteral("CREATE TRIGGER allocation_versioned_update BEFORE UPDATE ON allocation "
                       "WHEN NEW.cadastral_number <> OLD.cadastral_number OR NEW.version <> OLD.version + 1 "
                       "OR NOT EXISTS (%1) BEGIN SELECT RAISE(ABORT, '%2'); END")
            .arg(history, QLatin1String(kNeedsHistory)),
        QStringLiteral("INSERT INTO register_meta (key, value) VALUES ('schema_version', '%1')").arg(kVersion),
    };
    // WAL: readers (the viewer, the watcher) never block the desk that writes.
    return c.exec(QStringLiteral("PRAGMA journal_mode = WAL"), error) && c.execInTransaction(statements, error);
}

bool RegisterSchema::createPostgres(RegisterConnection &c, QString *error)
{
    const QString guard = QStringLiteral(
        "LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$BEGIN %1 END$$");
    const QStringList statements = {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS sezview"),
        QStringLiteral("CREATE TABLE sezview.register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sezview.allocation (cadastral_number TEXT PRIMARY KEY, "
                       "version BIGINT NOT NULL CHECK (version > 0), %1)").arg(allocationColumns(true)),
        QStringLiteral("CREATE TABLE sezview.allocation_change (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "cadastral_number TEXT NOT NULL, version BIGINT NOT NULL, "
                       "reason TEXT NOT NULL CHECK (btrim(reason) <> ''), author TEXT NOT NULL DEFAULT session_user, "
                       "changed_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                       "undoes BIGINT REFERENCES sezview.allocation_change (id), UNIQUE (cadastral_number, version))"),
        QStringLiteral("CREATE INDEX allocation_change_time ON sezview.allocation_change (changed_at)"),
        QStringLiteral("CREATE TABLE sezview.allocation_change_value (change_id BIGINT NOT NULL REFERENCES sezview.allocation_change (id), "
                       "field TEXT NOT NULL, old_value TEXT, new_value TEXT, PRIMARY KEY (change_id, field))"),
        // History: nobody, not even the owner, rewrites it.
        QStringLiteral("CREATE FUNCTION sezview.refuse_history_edit() RETURNS trigger %1")
            .arg(guard.arg(QStringLiteral("RAISE EXCEPTION '%1 (% refused)', TG_OP; RETURN NULL;").arg(QLatin1String(kAppendOnly)))),
        QStringLiteral("CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON sezview.allocation_change "
                       "FOR EACH ROW EXECUTE FUNCTION sezview.refuse_history_edit()"),
        QStringLiteral("CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON sezview.allocation_change "
                       "FOR EACH STATEMENT EXECUTE FUNCTION sezview.refuse_history_edit()"),
        QStringLiteral("CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON sezview.allocation_change_value "
                       "FOR EACH ROW EXECUTE FUNCTION sezview.refuse_history_edit()"),
        QStringLiteral("CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON sezview.allocation_change_value "
                       "FOR EACH STATEMENT EXECUTE FUNCTION sezview.refuse_history_edit()"),
        // Who and when come from the server, whatever the client says; when to the millisecond, as
        // SQLite keeps it and clients read it, so a time read back finds its own change again.
        QStringLiteral("CREATE FUNCTION sezview.stamp_change() RETURNS trigger %1")
            .arg(guard.arg(QStringLiteral("NEW.author := session_user; NEW.changed_at := date_trunc('milliseconds', now()); RETURN NEW;"))),
        QStringLiteral("CREATE TRIGGER stamp BEFORE INSERT ON sezview.allocation_change "
                       "FOR EACH ROW EXECUTE FUNCTION sezview.stamp_change()"),
        // Other desks hear of each change when it commits.
        QStringLiteral("CREATE FUNCTION sezview.notify_change() RETURNS trigger %1")
            .arg(guard.arg(QStringLiteral("PERFORM pg_notify('sezview_register', json_build_object('id', NEW.id, "
                                          "'parcel', NEW.cadastral_number, 'version', NEW.version)::text); RETURN NULL;"))),
        QStringLiteral("CREATE TRIGGER notify AFTER INSERT ON sezview.allocation_change "
                       "FOR EACH ROW EXECUTE FUNCTION sezview.notify_change()"),
        // An allocation moves one version at a time, each with its history row, and is never deleted.
        QStringLiteral("CREATE FUNCTION sezview.check_allocation() RETURNS trigger %1")
            .arg(guard.arg(QStringLiteral(
                "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '%1'; END IF; "
                "IF NEW.version <> (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE OLD.version + 1 END) "
                "OR (TG_OP = 'UPDATE' AND NEW.cadastral_number <> OLD.cadastral_number) "
                "OR NOT EXISTS (SELECT 1 FROM sezview.allocation_change h "
                "WHERE h.cadastral_number = NEW.cadastral_number AND h.version = NEW.version) "
                "THEN RAISE EXCEPTION '%2'; END IF; RETURN NEW;").arg(QLatin1String(kNoDelete), QLatin1String(kNeedsHistory)))),
        QStringLiteral("CREATE TRIGGER versioned BEFORE INSERT OR UPDATE OR DELETE ON sezview.allocation "
                       "FOR EACH ROW EXECUTE FUNCTION sezview.check_allocation()"),
        QStringLiteral("INSERT INTO sezview.register_meta (key, value) VALUES ('schema_version', '%1')").arg(kVersion),
    };
    return c.execInTransaction(statements, error);
}

bool RegisterSchema::grantPostgres(RegisterConnection &c, QString *error)
{
    // A grant by anyone else is only a warning in PostgreSQL: say plainly who may do it.
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT pg_has_role(nspowner, 'USAGE'), nspowner::regrole::text FROM pg_namespace "
                               "WHERE nspname = 'sezview'")) || !q.next()) {
        *error = c.describe(q.lastError());
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = tr("only the register's owner (%1) or a superuser may set it up: the register %2 is unchanged")
                     .arg(q.value(1).toString(), c.location().displayName());
        return false;
    }
    q.finish();
    const QStringList statements = {
        QStringLiteral("DO $$BEGIN "
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sezview_officer') THEN CREATE ROLE sezview_officer NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sezview_reader') THEN CREATE ROLE sezview_reader NOLOGIN; END IF; "
                       "END$$"),
        QStringLiteral("REVOKE ALL ON SCHEMA sezview FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA sezview FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA sezview TO sezview_officer, sezview_reader"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA sezview TO sezview_officer, sezview_reader"),
        QStringLiteral("GRANT INSERT, UPDATE ON sezview.allocation TO sezview_officer"),
        QStringLiteral("GRANT INSERT ON sezview.allocation_change, sezview.allocation_change_value TO sezview_officer"),
    };
    return c.execInTransaction(statements, error);
}

bool RegisterSchema::checkVersion(RegisterConnection &c, QString *error)
{
    QVariant value;
    if (!c.value(QStringLiteral("SELECT value FROM register_meta WHERE key = 'schema_version'"), &value, error))
        return false;
    const int version = value.toInt();
    if (version == kVersion)
        return true;
    if (version > kVersion)
        *error = tr("the register %1 was made by a newer sezview (schema %2; this one knows %3): update sezview")
                     .arg(c.location().displayName()).arg(version).arg(kVersion);
    else
        *error = tr("the register %1 has an unknown schema version (%2)").arg(c.location().displayName()).arg(version);
    return false;
}

bool RegisterSchema::prepare(RegisterConnection &c, bool create, QString *error)
{
    if (!c.isPostgres()) {
        QSqlQuery q(c.database());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), application_id FROM pragma_application_id"))
            || !q.next()) {
            *error = c.describe(q.lastError());
            return false;
        }
        const qint64 objects = q.value(0).toLongLong();
        const int applicationId = q.value(1).toInt();
        q.finish();
        if (objects == 0 && c.fileReadOnly()) {
            *error = tr("the register %1 is empty and may not be written").arg(c.location().displayName());
            return false;
        }
        if (objects == 0)
            return createSqlite(c, error) && checkVersion(c, error);
        if (applicationId != kSqliteApplicationId) {
            *error = tr("%1 is not a sezview register: it is left untouched; give another file").arg(c.location().displayName());
            return false;
        }
        return checkVersion(c, error);
    }
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('sezview.register_meta') IS NOT NULL")) || !q.next()) {
        *error = c.describe(q.lastError());
        return false;
    }
    const bool exists = q.value(0).toBool();
    q.finish();
    if (!exists && !create) {
        *error = tr("the database %1 holds no sezview register yet: its owner creates one with "
                    "'sezview-cli register init --register ADDRESS'").arg(c.location().displayName());
        return false;
    }
    if (!exists && !createPostgres(c, error))
        return false;
    if (!checkVersion(c, error))
        return false;
    return !create || grantPostgres(c, error);
}

} // namespace sez
