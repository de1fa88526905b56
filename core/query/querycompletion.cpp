// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querycompletion.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/query/query.h"

#include <QRegularExpression>

namespace sez {

namespace {

// Where the string the cursor is in begins, or -1 when it is not in one. '' inside a string is a
// quote, which toggling twice handles.
qsizetype openQuote(const QString &before)
{
    qsizetype open = -1;
    for (qsizetype i = 0; i < before.size(); ++i)
        if (before.at(i) == QLatin1Char('\''))
            open = open < 0 ? i : -1;
    return open;
}

// The field whose value goes at the end of \a head ("zone = ", "status in ('free', "), or empty.
QString valueField(const QString &head)
{
    static const QRegularExpression compared(QStringLiteral("(\\w+)\\s*(?:=|!=|<>)\\s*$"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression listed(QStringLiteral("(\\w+)\\s+(?:not\\s+)?in\\s*\\((?:\\s*'(?:[^']|'')*'\\s*,)*\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression *pattern : {&compared, &listed})
        if (const QRegularExpressionMatch m = pattern->match(head); m.hasMatch())
            return m.captured(1);
    return {};
}

// The function whose quoted argument goes at the end of \a head: distance, zone or district.
QString argumentOf(const QString &head)
{
    static const QRegularExpression call(QStringLiteral("\\b(distance|zone|district)\\s*\\(\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = call.match(head);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

bool startsWithFolded(const QString &candidate, const QString &foldedPrefix)
{
    return foldedPrefix.isEmpty() || ilikeFold(candidate).startsWith(foldedPrefix);
}

QList<QueryCompletion> valuesOf(const ParcelStore &store, const QString &fieldName, const QString &prefix)
{
    QList<QueryCompletion> out;
    const int index = store.fieldIndex(fieldName);
    if (index < 0 || store.field(index).kind == FieldKind::Bool)
        return out;
    const QString folded = ilikeFold(prefix);
    const FieldSpec *spec = store.field(index).spec;
    QStringList seen;
    if (spec)
        for (const FieldCode &code : spec->codes) {
            const QString c = QString::fromLatin1(code.code);
            const QString label = FieldTable::codeLabel(*spec, c);
            if (startsWithFolded(c, folded) || startsWithFolded(label, folded)) {
                out.append({quotedLiteral(c), QStringLiteral("%1 — %2").arg(quotedLiteral(c), label)});
                seen << c;
            }
        }
    if (store.isCoded(index)) {
        QStringList values = store.dictionary(index);
        values.sort(Qt::CaseInsensitive);
        for (const QString &v : std::as_const(values))
            if (!v.isEmpty() && !seen.contains(v) && startsWithFolded(v, folded)) {
                const QString shown = spec ? HumanLabels::value(spec->id, v) : v;
                out.append({quotedLiteral(v), shown == v ? quotedLiteral(v) : QStringLiteral("%1 — %2").arg(quotedLiteral(v), shown)});
            }
    }
    return out;
}

QList<QueryCompletion> argumentsOf(const ParcelStore &store, const QString &function, const QString &prefix)
{
    QStringList names;
    if (function == QLatin1String("distance")) {
        names = infrastructureKinds();
    } else {
        for (const ContextFeature &f : function == QLatin1String("zone") ? store.zones() : store.districts())
            names << f.name;
        names.removeDuplicates();
        names.sort(Qt::CaseInsensitive);
    }
    QList<QueryCompletion> out;
    const QString folded = ilikeFold(prefix);
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty() || !startsWithFolded(name, folded))
            continue;
        QString shown = name;
        if (function == QLatin1String("distance"))
            shown = HumanLabels::infrastructureKind(name);
        else if (function == QLatin1String("zone"))
            shown = HumanLabels::value(ParcelField::Zone, name);
        out.append({quotedLiteral(name), shown == name ? quotedLiteral(name) : QStringLiteral("%1 — %2").arg(quotedLiteral(name), shown)});
    }
    return out;
}

QList<QueryCompletion> names(const ParcelStore &store, const QString &prefix)
{
    QList<QueryCompletion> out;
    const auto add = [&](const QString &insert, const QString &meaning) {
        if (insert.startsWith(prefix, Qt::CaseInsensitive))
            out.append({insert, meaning.isEmpty() ? insert : QStringLiteral("%1 — %2").arg(insert, meaning)});
    };
    for (int f = 0; f < store.fieldCount(); ++f)
        if (store.column(f).storage() != ColumnStorage::Absent)
            add(store.field(f).name, store.field(f).label());
    const FieldSpec &city = FieldTable::spec(ParcelField::InsideCity);
    add(QStringLiteral("inside_city"), FieldTable::codeLabel(city, QStringLiteral("true")));
    add(QStringLiteral("outside_city"), FieldTable::codeLabel(city, QStringLiteral("false")));
    add(QStringLiteral("distance('"), QueryCompletions::tr("metres to the nearest object of a kind"));
    add(QStringLiteral("within(zone('"), QueryCompletions::tr("parcels inside a zone"));
    add(QStringLiteral("within(district('"), QueryCompletions::tr("parcels inside a district"));
    add(QStringLiteral("matches('"), QueryCompletions::tr("words in any text of the parcel"));
    for (const char *keyword : {"and", "or", "not", "in", "between", "like", "ilike", "is null", "is not null"})
        add(QString::fromLatin1(keyword), {});
    return out;
}

} // namespace

QList<QueryCompletion> QueryCompletions::at(const ParcelStore &store, const QString &text, int position, int *replaceFrom, int limit)
{
    const QString before = text.left(position);
    QList<QueryCompletion> out;
    if (const qsizetype quote = openQuote(before); quote >= 0) {
        // Inside a string: the whole quoted value is replaced, opening quote included.
        *replaceFrom = int(quote);
        const QString head = before.left(quote);
        QString prefix = before.mid(quote + 1);
        prefix.replace(QStringLiteral("''"), QStringLiteral("'"));
        const QString function = argumentOf(head);
        out = function.isEmpty() ? valuesOf(store, valueField(head), prefix) : argumentsOf(store, function, prefix);
    } else {
        static const QRegularExpression word(QStringLiteral("[\\w]*$"), QRegularExpression::UseUnicodePropertiesOption);
        const QString prefix = word.match(before).captured(0);
        *replaceFrom = position - int(prefix.size());
        const QString head = before.left(*replaceFrom);
        const QString field = valueField(head);
        if (!field.isEmpty())
            out = valuesOf(store, field, prefix);
        else if (!prefix.isEmpty())
            out = names(store, prefix);
    }
    if (out.size() > limit)
        out.erase(out.begin() + limit, out.end());
    return out;
}

} // namespace sez
