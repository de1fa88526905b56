// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryguide.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/query/query.h"

#include <QLocale>

namespace sez {

namespace {

// The syntax table separates alternatives by three spaces, which HTML would fold into one.
QString code(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("   "), QStringLiteral("&nbsp;&nbsp; "));
    return QStringLiteral("<code>%1</code>").arg(escaped);
}

// The first value a store has in a coded or text field, or empty.
QString firstValue(const ParcelStore *store, int field)
{
    if (!store || field >= store->fieldCount() || store->column(field).storage() == ColumnStorage::Absent)
        return {};
    if (store->isCoded(field)) {
        QStringList values = store->dictionary(field);
        values.removeAll(QString());
        values.sort(Qt::CaseInsensitive);
        return values.isEmpty() ? QString() : values.front();
    }
    for (qint64 row = 0; row < std::min<qint64>(store->size(), 1000); ++row)
        if (const QString v = store->value(row, field).toString(); !v.isEmpty())
            return v;
    return {};
}

// A threshold a user would ask about, by what the field measures.
QString thresholdFor(FieldUnit unit)
{
    switch (unit) {
    case FieldUnit::Hectare: return QStringLiteral(">= 10");
    case FieldUnit::Tenge: return QStringLiteral(">= 1000000000");
    case FieldUnit::Metre: return QStringLiteral("<= 2000");
    case FieldUnit::Kilowatt: return QStringLiteral(">= 1000");
    case FieldUnit::CubicMetrePerDay:
    case FieldUnit::None: break;
    }
    return QStringLiteral(">= 100");
}

// A condition on one field, or empty when the store gives nothing to ask for.
QString exampleFor(const ParcelStore *store, int field, const QString &name, FieldKind kind, const FieldSpec *spec)
{
    switch (kind) {
    case FieldKind::Bool:
        return name;
    case FieldKind::Date:
        return name + QStringLiteral(" < date '2030-01-01'");
    case FieldKind::Real:
    case FieldKind::Integer:
        return name + QLatin1Char(' ') + thresholdFor(spec ? spec->unit : FieldUnit::None);
    case FieldKind::Coded:
        if (spec && !spec->codes.empty())
            return name + QStringLiteral(" = ") + quotedLiteral(QString::fromLatin1(spec->codes.front().code));
        break;
    case FieldKind::Text:
        break;
    }
    const QString value = firstValue(store, field);
    if (value.isEmpty())
        return name + QStringLiteral(" is not null");
    if (kind == FieldKind::Coded || store->isCoded(field))
        return name + QStringLiteral(" = ") + quotedLiteral(value);
    // Text: a beginning, as numbers and addresses are searched.
    return name + QStringLiteral(" ilike ") + quotedLiteral(value.left(std::min<qsizetype>(6, value.size())) + QLatin1Char('%'));
}

QString valuesFor(const ParcelStore *store, int field, const FieldSpec *spec)
{
    QStringList shown;
    if (spec && !spec->codes.empty()) {
        for (const FieldCode &c : spec->codes)
            shown << code(quotedLiteral(QString::fromLatin1(c.code))) + QStringLiteral(" — ") + FieldTable::codeLabel(*spec, QString::fromLatin1(c.code)).toHtmlEscaped();
        return shown.join(QStringLiteral("<br>"));
    }
    if (store && field < store->fieldCount() && store->isCoded(field)) {
        QStringList values = store->dictionary(field);
        values.removeAll(QString());
        values.sort(Qt::CaseInsensitive);
        for (qsizetype i = 0; i < std::min<qsizetype>(values.size(), 6); ++i)
            shown << code(quotedLiteral(values[i]));
        if (values.size() > 6)
            shown << QueryGuide::tr("… %1 values in all").arg(QLocale().toString(values.size()));
    }
    return shown.join(QStringLiteral(", "));
}

QString typeWord(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text: return QueryGuide::tr("text");
    case FieldKind::Coded: return QueryGuide::tr("category");
    case FieldKind::Real: return QueryGuide::tr("number");
    case FieldKind::Integer: return QueryGuide::tr("whole number");
    case FieldKind::Date: return QueryGuide::tr("date");
    case FieldKind::Bool: return QueryGuide::tr("yes/no");
    }
    return {};
}

} // namespace

QList<QueryGuide::Example> QueryGuide::examples(const ParcelStore *store)
{
    QList<Example> out;
    for (const FieldSpec &spec : FieldTable::all())
        if (!store || store->column(int(spec.id)).storage() != ColumnStorage::Absent || !spec.codes.empty())
            out.append({exampleFor(store, int(spec.id), QString::fromLatin1(spec.name), spec.kind, &spec), FieldTable::header(spec)});
    for (int f = int(ParcelField::Count); store && f < store->fieldCount(); ++f)
        out.append({exampleFor(store, f, store->field(f).name, store->field(f).kind, nullptr), store->field(f).label()});
    return out + questions(store);
}

QList<QueryGuide::Example> QueryGuide::questions(const ParcelStore *store)
{
    QList<Example> out;
    const QString industrial = FieldTable::codeLabel(FieldTable::spec(ParcelField::Zone), QStringLiteral("industrial"));
    out.append({QStringLiteral("zone = 'industrial' and status = 'free' and area_ha >= 5 and outside_city and distance('substation') <= 2000"),
                tr("Free industrial parcels of at least 5 ha outside the city, within 2 km of a substation")});
    out.append({QStringLiteral("zone in ('industrial', 'logistics') and status in ('free', 'reserved')"),
                tr("Industrial or logistics parcels that are free or reserved")});
    out.append({QStringLiteral("zone = ") + quotedLiteral(industrial), tr("A category may be written as the legend writes it, in any of the three languages, or as the source data writes it")});
    out.append({QStringLiteral("not (status = 'operating' or investor is null)"), tr("Parcels with an investor whose project is not yet operating")});
    out.append({QStringLiteral("area_ha between 1 and 5 and inside_city"), tr("Parcels of 1 to 5 ha inside the city")});
    if (store && !store->zones().empty())
        out.append({QStringLiteral("within(zone(") + quotedLiteral(store->zones().front().name) + QStringLiteral("))"),
                    tr("Parcels that lie wholly inside a zone's area on the map")});
    return out;
}

QString QueryGuide::html(const ParcelStore *store)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(tr("The query language").toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>").arg(tr("A query picks parcels by their attributes. Type it in the query box of "
                                            "“Find sites” or in the attribute table’s filter; the query builder writes one "
                                            "for you. Start typing and press Ctrl+Space to see the fields and their values.")
                                             .toHtmlEscaped());
    h += QStringLiteral("<h3>%1</h3><table border=\"0\" cellspacing=\"2\" cellpadding=\"3\">").arg(tr("Conditions").toHtmlEscaped());
    const QList<std::pair<QString, QString>> syntax = {
        {QStringLiteral("field = 'value'   field != 'value'"), tr("equal, not equal; text in single quotes")},
        {QStringLiteral("field < 10   <=   >   >="), tr("compare numbers and dates; decimals with a point: 2.5")},
        {QStringLiteral("field in ('a', 'b')   field not in (...)"), tr("one of several values")},
        {QStringLiteral("field between 1 and 5"), tr("from one value to another, both included")},
        {QStringLiteral("field like 'A%'   field ilike '%word%'"), tr("text patterns: % any text, _ one character; ilike ignores case")},
        {QStringLiteral("field is null   field is not null"), tr("the value is missing, or present")},
        {QStringLiteral("date '2030-01-01'"), tr("a date, written year-month-day")},
        {QStringLiteral("inside_city   outside_city"), tr("the parcel's side of the city limits")},
        {QStringLiteral("distance('substation') <= 2000"), tr("metres to the nearest object of a kind of infrastructure")},
        {QStringLiteral("within(zone('industrial'))   intersects(district('...'))"), tr("the parcel lies inside, or touches, a zone or district on the map; also bbox(lon1, lat1, lon2, lat2) and wkt('POLYGON(...)')")},
        {QStringLiteral("matches('words')"), tr("the words anywhere in the parcel's texts (investor, project, address)")},
        {QStringLiteral("a and b   a or b   not a   (a or b) and c"), tr("combine conditions; and binds before or")},
    };
    for (const auto &[text, meaning] : syntax)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(code(text), meaning.toHtmlEscaped());
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(tr("Fields").toHtmlEscaped(),
                  tr("A category (zone, status, …) may be written by its code, by its label in English, Russian or Kazakh, "
                     "or as the source data writes it; a value it cannot have is an error that names the nearest one.")
                      .toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(tr("Field").toHtmlEscaped(), tr("What it is").toHtmlEscaped(), tr("Kind").toHtmlEscaped(),
                  tr("Values").toHtmlEscaped(), tr("Example").toHtmlEscaped());
    const auto row = [&](int field, const QString &name, FieldKind kind, const FieldSpec *spec, const QString &meaning) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(code(name), meaning.toHtmlEscaped(), typeWord(kind).toHtmlEscaped(), valuesFor(store, field, spec),
                      code(exampleFor(store, field, name, kind, spec)));
    };
    for (const FieldSpec &spec : FieldTable::all())
        if (!store || store->column(int(spec.id)).storage() != ColumnStorage::Absent || !spec.codes.empty())
            row(int(spec.id), QString::fromLatin1(spec.name), spec.kind, &spec, FieldTable::header(spec));
    for (int f = int(ParcelField::Count); store && f < store->fieldCount(); ++f)
        row(f, store->field(f).name, store->field(f).kind, nullptr, tr("a column of the source data"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><p>").arg(tr("Kinds of infrastructure for distance()").toHtmlEscaped());
    QStringList kinds;
    for (const QString &kind : infrastructureKinds())
        kinds << code(quotedLiteral(kind)) + QStringLiteral(" — ") + HumanLabels::infrastructureKind(kind).toHtmlEscaped();
    h += kinds.join(QStringLiteral("<br>")) + QStringLiteral("</p>");

    h += QStringLiteral("<h3>%1</h3><table border=\"0\" cellspacing=\"2\" cellpadding=\"3\">").arg(tr("Examples").toHtmlEscaped());
    for (const Example &example : questions(store))
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(code(example.query), example.meaning.toHtmlEscaped());
    h += QStringLiteral("</table>");
    return h;
}

} // namespace sez
