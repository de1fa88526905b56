// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/changeexport.h"

#include "core/register/allocationfields.h"

#include <QJsonArray>
#include <QStringList>

namespace sez {

namespace {

QJsonValue typedJson(ParcelField field, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (AllocationFields::type(field)) {
    case AllocationFields::Type::Integer: return value.toLongLong();
    case AllocationFields::Type::Real: return value.toDouble();
    case AllocationFields::Type::Date: return value.toDate().toString(Qt::ISODate);
    case AllocationFields::Type::Text: break;
    }
    return value.toString();
}

QJsonValue textJson(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// RFC 4180: quoted when it holds a quote, a comma or a line break.
QString csvCell(QString text)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QString ChangeExport::timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonObject ChangeExport::recordJson(const AllocationRecord &record)
{
    QJsonObject values;
    for (const auto &[field, value] : record.values)
        values.insert(parcelFieldName(field), typedJson(field, value));
    return QJsonObject{
        {QStringLiteral("cadastral_number"), record.cadastralNumber},
        {QStringLiteral("version"), record.version},
        {QStringLiteral("updated_at"), record.updatedAt.isValid() ? QJsonValue(timeText(record.updatedAt)) : QJsonValue()},
        {QStringLiteral("updated_by"), record.updatedBy.isEmpty() ? QJsonValue() : QJsonValue(record.updatedBy)},
        {QStringLiteral("values"), values},
    };
}

QJsonObject ChangeExport::changeJson(const AllocationChange &change)
{
    QJsonArray fields;
    for (const FieldChange &f : change.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), parcelFieldName(f.field)},
                                  {QStringLiteral("old"), textJson(f.oldValue)},
                                  {QStringLiteral("new"), textJson(f.newValue)}});
    return QJsonObject{
        {QStringLiteral("id"), change.id},
        {QStringLiteral("cadastral_number"), change.cadastralNumber},
        {QStringLiteral("version"), change.version},
        {QStringLiteral("reason"), change.reason},
        {QStringLiteral("author"), change.author},
        {QStringLiteral("changed_at"), timeText(change.changedAt)},
        {QStringLiteral("undoes"), change.undoes > 0 ? QJsonValue(change.undoes) : QJsonValue()},
        {QStringLiteral("fields"), fields},
    };
}

QString ChangeExport::changesCsv(const std::vector<AllocationChange> &changes)
{
    QString out = QStringLiteral("change_id,changed_at,cadastral_number,version,field,old_value,new_value,reason,author,undoes\r\n");
    for (const AllocationChange &c : changes) {
        for (const FieldChange &f : c.fields) {
            const QStringList cells = {QString::number(c.id), timeText(c.changedAt), csvCell(c.cadastralNumber),
                                       QString::number(c.version), parcelFieldName(f.field), csvCell(f.oldValue),
                                       csvCell(f.newValue), csvCell(c.reason), csvCell(c.author),
                                       c.undoes > 0 ? QString::number(c.undoes) : QString()};
            out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out;
}

} // namespace sez
