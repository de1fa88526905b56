// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/changereader_p.h"

#include "core/register/allocationfields.h"
#include "core/register/registerconnection_p.h"

#include <algorithm>

namespace sez {

namespace {

// A null column stays a null QString ("not recorded"), an empty one stays "" (recorded as none).
QString textOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QDateTime ChangeReader::serverTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);   // SQLite's strftime() is UTC
    return time.toUTC();
}

QString ChangeReader::timeParameter(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool ChangeReader::read(RegisterConnection &connection, const QString &condition, const QVariantList &values,
                        std::vector<AllocationChange> *changes, QString *error)
{
    const QString sql = QStringLiteral(
        "SELECT c.id, c.cadastral_number, c.version, c.reason, c.author, c.changed_at, c.undoes, "
        "v.field, v.old_value, v.new_value "
        "FROM allocation_change c JOIN allocation_change_value v ON v.change_id = c.id WHERE %1 ORDER BY c.id")
                            .arg(condition);
    QSqlQuery *q = connection.statement(sql, error);
    if (!q)
        return false;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (!connection.run(q, error))
        return false;
    const auto &order = AllocationFields::all();
    auto rank = [&](ParcelField f) { return std::find(order.begin(), order.end(), f) - order.begin(); };
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (changes->empty() || changes->back().id != id) {
            AllocationChange c;
            c.id = id;
            c.cadastralNumber = q->value(1).toString();
            c.version = q->value(2).toLongLong();
            c.reason = q->value(3).toString();
            c.author = q->value(4).toString();
            c.changedAt = serverTime(q->value(5));
            c.undoes = q->value(6).isNull() ? 0 : q->value(6).toLongLong();
            changes->push_back(std::move(c));
        }
        FieldChange f;
        f.field = parcelFieldFromName(q->value(7).toString());
        f.oldValue = textOf(q->value(8));
        f.newValue = textOf(q->value(9));
        changes->back().fields.push_back(f);
    }
    q->finish();
    for (auto &c : *changes)
        std::sort(c.fields.begin(), c.fields.end(), [&](const FieldChange &a, const FieldChange &b) { return rank(a.field) < rank(b.field); });
    return true;
}

} // namespace sez
