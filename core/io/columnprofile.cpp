// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnprofile_p.h"

#include "core/model/codematcher.h"
#include "core/model/fieldtable.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace sez::detail {

namespace {

// A name match alone, a prefix match alone, and how much content adds to a name.
constexpr double kExactName = 0.9;
constexpr double kPrefixName = 0.6;
constexpr double kNameAndContent = 0.1;
// An area's values within this factor of the computed area (either way) count as following it.
constexpr double kAreaTolerance = 1.25;
constexpr int kMinAreaSamples = 3;
// More distinct values than this in a sample are no category column.
constexpr qsizetype kMaxCategories = 200;

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100));
}

QString textOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::Double: return QLocale::c().toString(v.toDouble(), 'g', 12);
    default: return v.toString();
    }
}

} // namespace

bool looksLikeCadastralNumber(const QString &value)
{
    // Kazakhstan's NN-NNN-NNN-NNN, with or without separators, and the colon-separated
    // numbers of older and Russian records.
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}[-: ]?\\d{2,3}[-: ]?\\d{3,7}[-: ]?\\d{1,4}$"));
    return pattern.match(value.trimmed()).hasMatch();
}

std::vector<ColumnProfile> ColumnProfile::of(const LayerData &sample)
{
    std::vector<ColumnProfile> columns;
    for (std::size_t i = 0; i < sample.fields.size(); ++i) {
        ColumnProfile c;
        c.name = sample.fields[i].sourceName;
        c.type = sample.fields[i].type;
        c.index = int(i);
        QHash<QString, qsizetype> at;
        qint64 cadastral = 0;
        for (const Feature &f : sample.features) {
            const QVariant &v = f.values[i];
            if (!v.isValid())
                continue;
            const QString text = textOf(v);
            if (text.isEmpty())
                continue;
            ++c.nonEmpty;
            if (looksLikeCadastralNumber(text))
                ++cadastral;
            auto it = at.constFind(text);
            if (it == at.constEnd()) {
                at.insert(text, c.distinct.size());
                c.distinct.append({text, 1});
            } else {
                ++c.distinct[it.value()].second;
            }
        }
        if (c.nonEmpty > 0) {
            c.cadastralShare = double(cadastral) / double(c.nonEmpty);
            c.distinctShare = double(c.distinct.size()) / double(c.nonEmpty);
        }
        columns.push_back(std::move(c));
    }
    return columns;
}

QStringList ColumnProfile::firstValues(int count) const
{
    QStringList values;
    for (qsizetype i = 0; i < distinct.size() && values.size() < count; ++i)
        values << distinct.at(i).first;
    return values;
}

FieldFitter::FieldFitter(QString role, const LayerData &sample, std::vector<double> computedHa)
    : mRole(std::move(role)), mSample(sample), mComputedHa(std::move(computedHa))
{
}

double FieldFitter::matchedShare(const QString &role, const QString &field, const ColumnProfile &column)
{
    const auto codes = FieldTable::codesOf(role, field);
    if (codes.empty() || column.nonEmpty == 0)
        return 0;
    const CodeMatcher matcher(codes);
    qint64 matched = 0;
    for (const auto &[value, count] : column.distinct)
        if (matcher.match(value).isValid())
            matched += count;
    return double(matched) / double(column.nonEmpty);
}

bool FieldFitter::typeFits(const QString &field, const ColumnProfile &column) const
{
    FieldKind kind = FieldKind::Text;
    if (mRole == QLatin1String("parcels")) {
        const FieldSpec *spec = FieldTable::find(field);
        if (!spec)
            return false;
        kind = spec->kind;
        if (spec->id == ParcelField::CadastralNumber)
            return column.type == FieldType::String || column.isNumeric();
    } else if (field == QLatin1String("planned_year") || field == QLatin1String("area_ha")) {
        kind = FieldKind::Real;
    }
    switch (kind) {
    case FieldKind::Real:
    case FieldKind::Integer: return column.isNumeric();
    case FieldKind::Date: return column.type == FieldType::Date || column.type == FieldType::String;
    default: return column.type == FieldType::String;
    }
}

FieldFit FieldFitter::byName(const QString &field, const ColumnProfile &column) const
{
    bool byPrefix = false;
    QString named;
    if (mRole == QLatin1String("parcels")) {
        if (const FieldSpec *spec = FieldTable::fromSourceName(column.name, false, &byPrefix); spec && spec->fromSource())
            named = QString::fromLatin1(spec->name);
    } else if (const ContextFieldSpec *spec = FieldTable::contextFromSourceName(column.name, false, &byPrefix)) {
        named = QString::fromLatin1(spec->name);
    }
    if (named != field)
        return {};
    return byPrefix ? FieldFit{kPrefixName, tr("the column's name %1 begins like a well-known name of this field").arg(column.name), {}}
                    : FieldFit{kExactName, tr("the column's name %1 is a well-known name of this field").arg(column.name), {}};
}

// The unit whose conversion brings most of the column's values to the computed area.
FieldFit FieldFitter::areaUnit(const ColumnProfile &column) const
{
    FieldFit best;
    for (const SourceUnit &unit : FieldTable::sourceUnits(FieldUnit::Hectare)) {
        qint64 considered = 0, near = 0;
        for (std::size_t f = 0; f < mSample.features.size() && f < mComputedHa.size(); ++f) {
            const QVariant &v = mSample.features[f].values[std::size_t(column.index)];
            const double computed = mComputedHa[f];
            if (!v.isValid() || computed <= 0 || v.toDouble() <= 0)
                continue;
            ++considered;
            const double ratio = v.toDouble() * unit.factor / computed;
            near += ratio < kAreaTolerance && ratio > 1 / kAreaTolerance;
        }
        if (considered < std::min<qint64>(kMinAreaSamples, qint64(mSample.features.size())) || considered == 0)
            continue;
        const double share = double(near) / double(considered);
        if (share > best.score) {
            best.score = share;
            best.unit = QString::fromLatin1(unit.name);
            best.reason = tr("%1 % of its values are the computed area in %2").arg(percent(share), best.unit);
        }
    }
    return best;
}

FieldFit FieldFitter::fit(const QString &field, const ColumnProfile &column) const
{
    if (!typeFits(field, column))
        return {};
    FieldFit name = byName(field, column);
    FieldFit content;
    const bool parcels = mRole == QLatin1String("parcels");
    if (parcels && field == QLatin1String("cadastral_number")) {
        if (column.cadastralShare >= 0.8 && column.distinctShare >= 0.8)
            content = {0.85 * column.cadastralShare, tr("%1 % of its values look like cadastral numbers").arg(percent(column.cadastralShare)), {}};
        else if (name.score > 0 && column.nonEmpty > 0 && column.cadastralShare < 0.3)
            name.score *= 0.6;
    } else if (parcels && field == QLatin1String("area_ha")) {
        const FieldFit unit = areaUnit(column);
        if (unit.score >= 0.6) {
            content = {0.85 * unit.score, unit.reason, unit.unit};
        } else if (name.score > 0) {
            // Without areas to compare with, the name may still say the unit.
            const QString normalized = FieldTable::normalizedSourceName(column.name);
            if (normalized.contains(QLatin1String("M2")) || normalized.contains(QStringLiteral("М2")))
                name.unit = QStringLiteral("m2");
            name.score *= 0.8;
        }
    } else if (!FieldTable::codesOf(mRole, field).empty() && (column.distinct.size() <= kMaxCategories || name.score > 0)) {
        // Matching is the guess's dearest step (every distinct value against every code's words):
        // a column of many values whose name says nothing would not use the share.
        const double share = matchedShare(mRole, field, column);
        if (share >= 0.5 && column.distinct.size() <= kMaxCategories)
            content = {0.5 + 0.3 * share, tr("%1 % of its values match the field's codes").arg(percent(share)), {}};
        else if (name.score > 0 && column.nonEmpty > 0 && share < 0.3)
            name.score *= 0.75;
    }
    if (name.score > 0 && content.score > 0)
        return {std::min(0.99, std::max(name.score, content.score) + kNameAndContent),
                QStringLiteral("%1; %2").arg(name.reason, content.reason), content.unit};
    return name.score >= content.score ? name : content;
}

} // namespace sez::detail
