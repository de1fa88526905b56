// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/allocationregister.h"

#include "core/register/allocationfields.h"
#include "core/register/changereader_p.h"
#include "core/register/registerconnection_p.h"
#include "core/register/registerschema_p.h"

#include <QDir>
#include <QStringList>

namespace sez {

namespace {

using ErrorKind = RegisterConnection::ErrorKind;

QString columnList(const QString &prefix)
{
    QStringList columns;
    for (ParcelField f : AllocationFields::all())
        columns << prefix + parcelFieldName(f);
    return columns.join(QStringLiteral(", "));
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The statements, built once from the register's own column names.
struct Statements
{
    QString selectRecord;
    QString insertAllocation;
    QString updateAllocation;
    QString insertChange = QStringLiteral(
        "INSERT INTO allocation_change (cadastral_number, version, reason, author, undoes) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id, author, changed_at");
    QString insertValue = QStringLiteral(
        "INSERT INTO allocation_change_value (change_id, field, old_value, new_value) VALUES (?, ?, ?, ?)");

    Statements()
    {
        const int n = int(AllocationFields::all().size());
        selectRecord = QStringLiteral(
            "SELECT a.cadastral_number, a.version, c.changed_at, c.author, %1 FROM allocation a "
            "LEFT JOIN allocation_change c ON c.cadastral_number = a.cadastral_number AND c.version = a.version")
                           .arg(columnList(QStringLiteral("a.")));
        insertAllocation = QStringLiteral("INSERT INTO allocation (cadastral_number, version, %1) VALUES (?, ?, %2)")
                               .arg(columnList(QString()), placeholders(n));
        QStringList sets;
        for (ParcelField f : AllocationFields::all())
            sets << parcelFieldName(f) + QStringLiteral(" = ?");
        updateAllocation = QStringLiteral("UPDATE allocation SET version = ?, %1 WHERE cadastral_number = ? AND version = ?")
                               .arg(sets.join(QStringLiteral(", ")));
    }
};

const Statements &statements()
{
    static const Statements s;
    return s;
}

// What a column gets bound to: dates as ISO text (SQLite keeps text; PostgreSQL casts), null as NULL.
QVariant bindable(ParcelField field, const QVariant &value)
{
    if (value.isNull())
        return QVariant();
    if (AllocationFields::type(field) == AllocationFields::Type::Date)
        return value.toDate().toString(Qt::ISODate);
    return value;
}

QVariant bindableText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

bool sameText(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}

AllocationRecord recordFrom(const QSqlQuery &q)
{
    AllocationRecord r;
    r.cadastralNumber = q.value(0).toString();
    r.version = q.value(1).toLongLong();
    r.updatedAt = ChangeReader::serverTime(q.value(2));
    r.updatedBy = q.value(3).toString();
    int column = 4;
    for (ParcelField f : AllocationFields::all()) {
        const QVariant v = q.value(column++);
        if (!v.isNull())
            r.values[f] = AllocationFields::normalize(f, v);
    }
    return r;
}

// The fields \a edit changes in \a current, and the record they make in \a next.
std::vector<FieldChange> changedFields(const AllocationRecord &current, const AllocationEdit &edit, AllocationRecord *next)
{
    *next = current;
    std::vector<FieldChange> fields;
    for (ParcelField f : AllocationFields::all()) {
        const auto wanted = edit.values.find(f);
        if (wanted == edit.values.end())
            continue;
        const auto had = current.values.find(f);
        const QString oldText = had == current.values.end() ? QString() : AllocationFields::toText(f, had->second);
        const QString newText = AllocationFields::toText(f, wanted->second);
        if (sameText(oldText, newText))
            continue;
        fields.push_back({f, oldText, newText});
        if (wanted->second.isNull())
            next->values.erase(f);
        else
            next->values[f] = AllocationFields::normalize(f, wanted->second);
    }
    next->version = current.version + 1;
    return fields;
}

} // namespace

struct AllocationRegister::Private
{
    Private(const RegisterLocation &location) : connection(location) {}

    RegisterConnection connection;
    QString author;
    QString readOnlyReason;

    bool readRecord(const QString &cadastralNumber, AllocationRecord *record, QString *error);
    bool askPermissions(bool readOnly, QString *error);
    QString roleRefusal() const;
    EditResult refused(const QString &message) const;
    EditResult failed(const QString &message) const;
    EditResult writeLocked(const AllocationEdit &edit, qint64 undoes);
    bool writeHistory(AllocationChange *change, EditResult *failure);
    bool writeAllocation(const AllocationRecord &from, const AllocationRecord &to, EditResult *failure);
    EditResult finish(EditResult result);
};

bool AllocationRegister::Private::readRecord(const QString &cadastralNumber, AllocationRecord *record, QString *error)
{
    QSqlQuery *q = connection.statement(statements().selectRecord + QStringLiteral(" WHERE a.cadastral_number = ?"), error);
    if (!q)
        return false;
    q->bindValue(0, cadastralNumber);
    if (!connection.run(q, error))
        return false;
    if (q->next()) {
        *record = recordFrom(*q);
    } else {
        *record = AllocationRecord();
        record->cadastralNumber = cadastralNumber;
    }
    q->finish();
    return true;
}

QString AllocationRegister::Private::roleRefusal() const
{
    return tr("You are signed in to the register as '%1', a role that may read allocations but not change them. "
              "Ask the register's administrator for the officer role (sezview_officer).").arg(author);
}

bool AllocationRegister::Private::askPermissions(bool readOnly, QString *error)
{
    if (readOnly) {
        readOnlyReason = tr("The register %1 was opened for reading only.").arg(connection.location().displayName());
        if (!connection.isPostgres())
            return true;
    } else if (!connection.isPostgres()) {
        if (connection.fileReadOnly())
            readOnlyReason = tr("The register file %1 may only be read: you have no right to write it.")
                                 .arg(connection.location().displayName());
        return true;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral(
            "SELECT session_user, "
            "has_table_privilege('sezview.allocation', 'INSERT') AND has_table_privilege('sezview.allocation', 'UPDATE') "
            "AND has_table_privilege('sezview.allocation_change', 'INSERT') "
            "AND has_table_privilege('sezview.allocation_change_value', 'INSERT'), "
            "current_setting('transaction_read_only') = 'on'"))
        || !q.next()) {
        *error = connection.describe(q.lastError());
        return false;
    }
    author = q.value(0).toString();
    if (!readOnlyReason.isEmpty())
        return true;
    if (q.value(2).toBool())
        readOnlyReason = tr("The register database %1 only reads (a standby server or a read-only session): "
                            "changes cannot be recorded there.").arg(connection.location().displayName());
    else if (!q.value(1).toBool())
        readOnlyReason = roleRefusal();
    return true;
}

EditResult AllocationRegister::Private::refused(const QString &message) const
{
    EditResult r;
    r.outcome = EditResult::Outcome::ReadOnly;
    r.message = message;
    return r;
}

EditResult AllocationRegister::Private::failed(const QString &message) const
{
    EditResult r;
    r.outcome = EditResult::Outcome::Failed;
    r.message = message;
    return r;
}

AllocationRegister::AllocationRegister() = default;
AllocationRegister::~AllocationRegister() = default;

std::unique_ptr<AllocationRegister> AllocationRegister::open(const RegisterLocation &location, const Options &options,
                                                             QString *error)
{
    std::unique_ptr<AllocationRegister> reg(new AllocationRegister);
    reg->d = std::make_unique<Private>(location);
    Private &p = *reg->d;
    if (!p.connection.open(error, options.readOnly) || !RegisterSchema::prepare(p.connection, options.create && !options.readOnly, error))
        return nullptr;
    p.author = options.author.trimmed();
    if (p.author.isEmpty())
        p.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (p.author.isEmpty())
        p.author = QDir::home().dirName();
    if (!p.askPermissions(options.readOnly, error))
        return nullptr;
    return reg;
}

const RegisterLocation &AllocationRegister::location() const
{
    return d->connection.location();
}

bool AllocationRegister::canWrite() const
{
    return d->readOnlyReason.isEmpty();
}

QString AllocationRegister::readOnlyReason() const
{
    return d->readOnlyReason;
}

QString AllocationRegister::author() const
{
    return d->author;
}

bool AllocationRegister::record(const QString &cadastralNumber, AllocationRecord *record, QString *error)
{
    return d->readRecord(cadastralNumber, record, error);
}

bool AllocationRegister::records(std::vector<AllocationRecord> *records, QString *error)
{
    QSqlQuery *q = d->connection.statement(statements().selectRecord + QStringLiteral(" ORDER BY a.cadastral_number"), error);
    if (!q || !d->connection.run(q, error))
        return false;
    while (q->next())
        records->push_back(recordFrom(*q));
    q->finish();
    return true;
}

bool AllocationRegister::recordedValues(ParcelField field, QStringList *values, QString *error)
{
    if (!AllocationFields::contains(field) || AllocationFields::type(field) != AllocationFields::Type::Text) {
        *error = tr("%1 is not a text field of the register").arg(parcelFieldName(field));
        return false;
    }
    const QString column = parcelFieldName(field);   // one of the register's own columns
    QSqlQuery *q = d->connection.statement(
        QStringLiteral("SELECT DISTINCT %1 FROM allocation WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1").arg(column), error);
    if (!q || !d->connection.run(q, error))
        return false;
    while (q->next())
        values->append(q->value(0).toString());
    q->finish();
    return true;
}

// Writes the change's history rows; on failure the outcome to return.
bool AllocationRegister::Private::writeHistory(AllocationChange *change, EditResult *failure)
{
    const Statements &s = statements();
    QString error;
    ErrorKind kind = ErrorKind::Other;
    QSqlQuery *q = connection.statement(s.insertChange, &error);
    if (!q) {
        *failure = failed(error);
        return false;
    }
    q->bindValue(0, change->cadastralNumber);
    q->bindValue(1, change->version);
    q->bindValue(2, change->reason);
    q->bindValue(3, author);
    q->bindValue(4, change->undoes > 0 ? QVariant(change->undoes) : QVariant());
    if (!connection.run(q, &error, &kind) || !q->next()) {
        // A duplicate (parcel, version): another desk took this version a moment ago.
        failure->outcome = EditResult::Outcome::Conflict;
        if (kind != ErrorKind::Duplicate)
            *failure = kind == ErrorKind::PermissionDenied ? refused(roleRefusal()) : failed(error);
        return false;
    }
    change->id = q->value(0).toLongLong();
    change->author = q->value(1).toString();
    change->changedAt = ChangeReader::serverTime(q->value(2));
    q->finish();

    q = connection.statement(s.insertValue, &error);
    if (!q) {
        *failure = failed(error);
        return false;
    }
    for (const FieldChange &f : change->fields) {
        q->bindValue(0, change->id);
        q->bindValue(1, parcelFieldName(f.field));
        q->bindValue(2, bindableText(f.oldValue));
        q->bindValue(3, bindableText(f.newValue));
        if (!connection.run(q, &error, &kind)) {
            *failure = kind == ErrorKind::PermissionDenied ? refused(roleRefusal()) : failed(error);
            return false;
        }
    }
    return true;
}

// Moves the allocation row from \a from's version to \a to; on failure the outcome to return.
bool AllocationRegister::Private::writeAllocation(const AllocationRecord &from, const AllocationRecord &to, EditResult *failure)
{
    const bool insert = from.version == 0;
    QString error;
    ErrorKind kind = ErrorKind::Other;
    QSqlQuery *q = connection.statement(insert ? statements().insertAllocation : statements().updateAllocation, &error);
    if (!q) {
        *failure = failed(error);
        return false;
    }
    int column = 0;
    if (insert)
        q->bindValue(column++, to.cadastralNumber);
    q->bindValue(column++, to.version);
    for (ParcelField f : AllocationFields::all()) {
        const auto v = to.values.find(f);
        q->bindValue(column++, v == to.values.end() ? QVariant() : bindable(f, v->second));
    }
    if (!insert) {
        q->bindValue(column++, to.cadastralNumber);
        q->bindValue(column++, from.version);
    }
    if (!connection.run(q, &error, &kind)) {
        failure->outcome = EditResult::Outcome::Conflict;   // a duplicate: the parcel was inserted meanwhile
        if (kind != ErrorKind::Duplicate)
            *failure = kind == ErrorKind::PermissionDenied ? refused(roleRefusal()) : failed(error);
        return false;
    }
    if (!insert && q->numRowsAffected() != 1) {
        failure->outcome = EditResult::Outcome::Conflict;
        return false;
    }
    return true;
}

// Records \a edit inside an open transaction; neither commits nor rolls back.
EditResult AllocationRegister::Private::writeLocked(const AllocationEdit &edit, qint64 undoes)
{
    EditResult result;
    QString error;
    AllocationRecord current;
    if (!readRecord(edit.cadastralNumber, &current, &error))
        return failed(error);
    result.current = current;
    if (current.version != edit.expectedVersion) {
        result.outcome = EditResult::Outcome::Conflict;
        return result;
    }
    AllocationRecord next;
    AllocationChange &change = result.change;
    change.fields = changedFields(current, edit, &next);
    const auto start = next.values.find(ParcelField::LeaseStart), end = next.values.find(ParcelField::LeaseEnd);
    if (start != next.values.end() && end != next.values.end() && end->second.toDate() < start->second.toDate()) {
        result.outcome = EditResult::Outcome::Invalid;
        result.message = tr("%1: the lease would end (%2) before it starts (%3)")
                             .arg(edit.cadastralNumber, end->second.toDate().toString(Qt::ISODate),
                                  start->second.toDate().toString(Qt::ISODate));
        return result;
    }
    if (change.fields.empty()) {
        result.outcome = EditResult::Outcome::Unchanged;
        return result;
    }
    change.cadastralNumber = edit.cadastralNumber;
    change.version = next.version;
    change.reason = edit.reason.trimmed();
    change.undoes = undoes;
    // The history first: the database refuses an allocation version without its history row.
    if (!writeHistory(&change, &result) || !writeAllocation(current, next, &result))
        return result;
    next.updatedAt = change.changedAt;
    next.updatedBy = change.author;
    result.current = next;
    result.outcome = EditResult::Outcome::Applied;
    return result;
}

// Commits an applied edit and rolls back anything else; a conflict gets the newest record.
EditResult AllocationRegister::Private::finish(EditResult result)
{
    QString error;
    if (result.outcome == EditResult::Outcome::Applied) {
        if (connection.commit(&error))
            return result;
        connection.rollback();
        return failed(error);
    }
    connection.rollback();
    if (result.outcome == EditResult::Outcome::Conflict) {
        const QString parcel = result.current.cadastralNumber;
        if (!readRecord(parcel, &result.current, &error))
            return failed(error);
        if (result.message.isEmpty())
            result.message = tr("%1 was changed meanwhile by %2: the register is at version %3, newer than the one "
                                "this edit started from. Nothing was overwritten; look at the new values and edit again.")
                                 .arg(parcel, result.current.updatedBy.isEmpty() ? tr("another desk") : result.current.updatedBy)
                                 .arg(result.current.version);
    }
    return result;
}

EditResult AllocationRegister::apply(const AllocationEdit &edit)
{
    if (!canWrite())
        return d->refused(d->readOnlyReason);
    EditResult invalid;
    invalid.outcome = EditResult::Outcome::Invalid;
    if (edit.cadastralNumber.trimmed().isEmpty()) {
        invalid.message = tr("an allocation change needs the parcel's cadastral number");
        return invalid;
    }
    if (edit.reason.trimmed().isEmpty()) {
        invalid.message = tr("%1: an allocation change needs its reason, e.g. the akimat's decision number and date")
                              .arg(edit.cadastralNumber);
        return invalid;
    }
    for (const auto &[field, value] : edit.values) {
        if (!AllocationFields::contains(field)) {
            invalid.message = tr("%1 is the source's to say, not the register's").arg(parcelFieldName(field));
            return invalid;
        }
        bool ok = false;
        AllocationFields::normalize(field, value, &ok);
        if (!ok) {
            invalid.message = tr("%1: '%2' is not a valid value for %3")
                                  .arg(edit.cadastralNumber, value.toString(), parcelFieldName(field));
            return invalid;
        }
    }
    QString error;
    if (!d->connection.begin(&error))
        return d->failed(error);
    return d->finish(d->writeLocked(edit, 0));
}

EditResult AllocationRegister::undo(qint64 changeId, const QString &reason)
{
    if (!canWrite())
        return d->refused(d->readOnlyReason);
    EditResult result;
    result.outcome = EditResult::Outcome::Invalid;
    if (reason.trimmed().isEmpty()) {
        result.message = tr("undoing change #%1 needs its reason, e.g. the akimat's decision number and date").arg(changeId);
        return result;
    }
    QString error;
    if (!d->connection.begin(&error))
        return d->failed(error);
    AllocationChange old;
    if (!change(changeId, &old, &error)) {
        d->connection.rollback();
        result.message = error;
        return result;
    }
    AllocationRecord current;
    if (!d->readRecord(old.cadastralNumber, &current, &error)) {
        d->connection.rollback();
        return d->failed(error);
    }
    AllocationEdit edit;
    edit.cadastralNumber = old.cadastralNumber;
    edit.expectedVersion = current.version;
    edit.reason = reason;
    for (const FieldChange &f : old.fields) {
        const auto now = current.values.find(f.field);
        const QString nowText = now == current.values.end() ? QString() : AllocationFields::toText(f.field, now->second);
        if (!sameText(nowText, f.newValue)) {
            d->connection.rollback();
            result.outcome = EditResult::Outcome::Conflict;
            result.current = current;
            result.message = tr("change #%1 cannot be undone: %2 of %3 was changed again since; "
                                "record the value you want instead").arg(changeId).arg(parcelFieldName(f.field), old.cadastralNumber);
            return result;
        }
        QVariant value;
        if (!AllocationFields::fromText(f.field, f.oldValue, &value, &error)) {
            d->connection.rollback();
            return d->failed(error);
        }
        edit.values[f.field] = value;
    }
    return d->finish(d->writeLocked(edit, changeId));
}

bool AllocationRegister::history(const QString &cadastralNumber, std::vector<AllocationChange> *changes, QString *error)
{
    if (cadastralNumber.isEmpty())
        return ChangeReader::read(d->connection, QStringLiteral("1 = 1"), {}, changes, error);
    return ChangeReader::read(d->connection, QStringLiteral("c.cadastral_number = ?"), {cadastralNumber}, changes, error);
}

bool AllocationRegister::changesBetween(const QDateTime &from, const QDateTime &to, std::vector<AllocationChange> *changes,
                                        QString *error)
{
    const QString start = ChangeReader::timeParameter(from.isValid() ? from : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!to.isValid())
        return ChangeReader::read(d->connection, QStringLiteral("c.changed_at >= ?"), {start}, changes, error);
    return ChangeReader::read(d->connection, QStringLiteral("c.changed_at >= ? AND c.changed_at < ?"),
                              {start, ChangeReader::timeParameter(to)}, changes, error);
}

bool AllocationRegister::change(qint64 changeId, AllocationChange *change, QString *error)
{
    std::vector<AllocationChange> found;
    if (!ChangeReader::read(d->connection, QStringLiteral("c.id = ?"), {changeId}, &found, error))
        return false;
    if (found.empty()) {
        *error = tr("the register has no change #%1").arg(changeId);
        return false;
    }
    *change = found.front();
    return true;
}

} // namespace sez
