// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/mappingguess.h"

#include "core/base/feedback.h"
#include "core/geo/crs.h"
#include "core/geo/geodesic.h"
#include "core/io/atomicfile.h"
#include "core/io/columnprofile_p.h"
#include "core/io/datasource.h"
#include "core/io/layerreader.h"
#include "core/io/mapcrs.h"
#include "core/model/codematcher.h"
#include "core/model/fieldtable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace sez {

using detail::ColumnProfile;
using detail::FieldFit;
using detail::FieldFitter;

namespace {

// Features read from each layer to guess from: enough for every category value of a real
// dataset's first pages, few enough to take no time.
constexpr qint64 kSampleFeatures = 2000;
// Below this a column is not taken for a field.
constexpr double kMinConfidence = 0.5;
constexpr int kFirstValues = 5;

const QString kParcels = QStringLiteral("parcels");
const QString kOther = QStringLiteral("other");

// The words a layer's name uses for each role, in Russian, Kazakh and English, in the order they
// are tried (a "district of the city" is a district; a "city boundary" the city limits). A word of
// four letters or more matches the start of a word of the name; a shorter one the whole word.
struct RoleWords
{
    const char *role;
    const char *words;
};
constexpr RoleWords kRoleWords[] = {
    {"sez_boundary", "сэз|оэз|аэа|сез|эаз|sez|fez|арнайы|экономическ|экономикалық|econom"},
    {"districts", "район|аудан|district|raion|rayon|audan|округ"},
    {"city_limits", "город|қала|қалас|city|gorod|qala|kala|черта|limits|шегі"},
    {"zones", "зона|зоны|зон|аймақ|аймағ|аймак|zone|zona|zoning"},
    {"infrastructure", "инфра|infra|сети|сеть|инженер|коммуникац|utilit|network|объект"},
    {"parcels", "участ|учаске|parcel|plot|кадастр|cadast|kadastr|земел|zemel|uchast|зу|lots"},
    {"sez_boundary", "границ|boundary|border|шекара|контур"},
};

QStringList nameTokens(const QString &name)
{
    return CodeMatcher::normalized(QString(name).replace(QLatin1Char('_'), QLatin1Char(' '))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool tokensSay(const QStringList &tokens, const char *words)
{
    for (const QString &w : QString::fromUtf8(words).split(QLatin1Char('|')))
        for (const QString &t : tokens)
            if (w.size() >= 4 ? t.startsWith(w) : t == w)
                return true;
    return false;
}

bool isPolygonRole(const QString &role)
{
    return role != QLatin1String("infrastructure") && role != kOther;
}

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100));
}

// What the sample's geometry is, and how much of it is polygons.
struct GeometryCount
{
    qint64 polygons = 0, lines = 0, points = 0;

    explicit GeometryCount(const LayerData &sample)
    {
        for (const Feature &f : sample.features) {
            polygons += !f.geometry.polygons.empty();
            lines += !f.geometry.lines.empty();
            points += !f.geometry.points.empty();
        }
    }
    qint64 total() const { return polygons + lines + points; }
    bool mostlyPolygons() const { return polygons > 0 && polygons * 2 >= total(); }
    QString label() const
    {
        if (total() == 0)
            return QStringLiteral("none");
        if (polygons == total())
            return QStringLiteral("polygons");
        if (lines == total())
            return QStringLiteral("lines");
        if (points == total())
            return QStringLiteral("points");
        return QStringLiteral("mixed");
    }
};

std::vector<double> computedAreas(const LayerData &sample)
{
    const CoordinateTransform identity(kWgs84Epsg, kWgs84Epsg);
    std::vector<double> areas;
    areas.reserve(sample.features.size());
    for (const Feature &f : sample.features)
        areas.push_back(f.geometry.polygons.empty() ? 0.0 : geodesicAreaHa(f.geometry, identity));
    return areas;
}

// The best column for a cadastral number in a layer's sample, by name or content; 0 when none.
double cadastralConfidence(const LayerGuess &layer, QString *column)
{
    const FieldFitter fitter(kParcels, *layer.sample, {});
    double best = 0;
    for (const ColumnProfile &c : ColumnProfile::of(*layer.sample)) {
        const FieldFit fit = fitter.fit(QStringLiteral("cadastral_number"), c);
        if (fit.score > best) {
            best = fit.score;
            *column = c.name;
        }
    }
    return best;
}

// The category values of a mapped column matched to its field's codes: each listed for the user,
// and those that matched put into the layer's value map. Unmatched ones stay categories of their own.
void matchValues(LayerGuess &layer, const FieldGuess &g, const ColumnProfile &column)
{
    const auto codes = FieldTable::codesOf(layer.spec.role, g.field);
    if (codes.empty())
        return;
    const CodeMatcher matcher(codes);
    for (const auto &[value, count] : column.distinct) {
        const CodeMatcher::Match m = matcher.match(value);
        layer.values.push_back({g.field, value, m.code, m.confidence, count});
        if (m.isValid())
            layer.spec.values[g.field].insert(value, m.code);
    }
}

} // namespace

MappingGuess::~MappingGuess() = default;

QString MappingGuess::roleFromName(const QString &name)
{
    const QStringList tokens = nameTokens(name);
    for (const RoleWords &r : kRoleWords)
        if (tokensSay(tokens, r.words))
            return QString::fromLatin1(r.role);
    return {};
}

QStringList MappingGuess::fieldsOfRole(const QString &role)
{
    if (role == kParcels) {
        QStringList fields;
        for (const FieldSpec &f : FieldTable::all())
            if (f.fromSource())
                fields << QString::fromLatin1(f.name);
        return fields;
    }
    if (role == QLatin1String("zones"))
        return {QStringLiteral("zone"), QStringLiteral("name"), QStringLiteral("name_ru"), QStringLiteral("name_kk")};
    if (role == QLatin1String("sez_boundary"))
        return {QStringLiteral("part"), QStringLiteral("name")};
    if (role == QLatin1String("infrastructure"))
        return {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("planned_year")};
    if (role == kOther)
        return {QStringLiteral("name")};
    return {QStringLiteral("name"), QStringLiteral("name_ru"), QStringLiteral("name_kk")};   // districts, city limits
}

QString MappingGuess::roleLabel(const QString &role)
{
    if (role == kParcels) return tr("Parcels");
    if (role == QLatin1String("zones")) return tr("Zones");
    if (role == QLatin1String("sez_boundary")) return tr("SEZ boundary");
    if (role == QLatin1String("city_limits")) return tr("City limits");
    if (role == QLatin1String("districts")) return tr("Districts");
    if (role == QLatin1String("infrastructure")) return tr("Infrastructure");
    return tr("Other layer");
}

QString MappingGuess::fieldLabel(const QString &role, const QString &field)
{
    if (role == kParcels || field == QLatin1String("zone") || field == QLatin1String("status"))
        if (const FieldSpec *spec = FieldTable::find(field))
            return FieldTable::label(*spec);
    if (field == QLatin1String("name")) return tr("Name");
    if (field == QLatin1String("name_ru")) return tr("Name in Russian");
    if (field == QLatin1String("name_kk")) return tr("Name in Kazakh");
    if (field == QLatin1String("part")) return tr("Part of the SEZ");
    if (field == QLatin1String("kind")) return tr("Kind of object");
    if (field == QLatin1String("planned_year")) return tr("Planned year");
    return field;
}

std::unique_ptr<MappingGuess> MappingGuess::guess(const QString &path, QString *error, Feedback *feedback)
{
    const std::vector<SourceLayer> sources = DataSource::layersOf(path, error);
    if (sources.empty())
        return nullptr;
    auto guess = std::unique_ptr<MappingGuess>(new MappingGuess);
    guess->mPath = QFileInfo(path).absoluteFilePath();
    guess->mName = QFileInfo(path).isDir() ? QDir(path).dirName() : QFileInfo(path).fileName();
    guess->mImagery = imageryLayersOf(path);
    if (feedback)
        feedback->beginPhase(QStringLiteral("guessing"), qint64(sources.size()));
    QString lastError;
    for (const SourceLayer &source : sources) {
        if (isCancelled(feedback)) {
            *error = tr("%1: recognising the data was cancelled").arg(path);
            return nullptr;
        }
        LayerGuess layer;
        layer.spec.path = source.path;
        layer.spec.member = source.member;
        layer.spec.sourceLayer = source.layer;
        layer.spec.name = source.name;
        layer.spec.role = kOther;
        layer.spec.wellKnownNames = false;
        QString readError;
        std::shared_ptr<LayerData> sample = readLayer(layer.spec, kWgs84Epsg, &readError, nullptr, {kSampleFeatures});
        if (feedback)
            feedback->advance();
        if (!sample) {
            guess->mWarnings << readError;
            lastError = readError;
            continue;
        }
        const GeometryCount geometry(*sample);
        layer.geometry = geometry.label();
        layer.featureCount = std::max<qint64>(sample->damage.headerCount, qint64(sample->features.size()));
        for (const FieldInfo &f : sample->fields)
            layer.columns << f.sourceName;
        layer.sample = std::move(sample);
        guess->mLayers.push_back(std::move(layer));
    }
    if (guess->mLayers.empty()) {
        *error = lastError;
        return nullptr;
    }
    guess->guessRoles();
    for (LayerGuess &layer : guess->mLayers)
        guess->guessFields(layer);
    guess->chooseMapCrs();
    return guess;
}

// Parcels first: the polygon layer with the most features and a column of cadastral numbers
// (else one named so, else the largest polygon layer no name claims); then each other layer by
// its name and geometry, then by its content (zone or infrastructure codes in a column).
void MappingGuess::guessRoles()
{
    std::vector<QString> named(mLayers.size());
    for (std::size_t i = 0; i < mLayers.size(); ++i) {
        const LayerSpec &s = mLayers[i].spec;
        named[i] = roleFromName(s.name);
        if (named[i].isEmpty())
            named[i] = roleFromName(QFileInfo(s.member.isEmpty() ? s.path : s.member).completeBaseName());
    }
    int parcels = -1;
    QString column;
    double parcelConfidence = 0;
    for (std::size_t i = 0; i < mLayers.size(); ++i) {
        const LayerGuess &l = mLayers[i];
        QString c;
        if (!GeometryCount(*l.sample).mostlyPolygons() || cadastralConfidence(l, &c) < kMinConfidence)
            continue;
        if (parcels < 0 || l.featureCount > mLayers[std::size_t(parcels)].featureCount) {
            parcels = int(i);
            column = c;
        }
    }
    if (parcels >= 0) {
        parcelConfidence = 0.95;
        mLayers[std::size_t(parcels)].roleReason = tr("the polygon layer with the most features and a column of cadastral numbers (%1)").arg(column);
    } else {
        for (int pass = 0; pass < 2 && parcels < 0; ++pass)
            for (std::size_t i = 0; i < mLayers.size(); ++i) {
                const LayerGuess &l = mLayers[i];
                const bool fits = pass == 0 ? named[i] == kParcels : named[i].isEmpty() || named[i] == kParcels;
                if (fits && GeometryCount(*l.sample).mostlyPolygons()
                    && (parcels < 0 || l.featureCount > mLayers[std::size_t(parcels)].featureCount))
                    parcels = int(i);
            }
        if (parcels >= 0) {
            const bool byName = named[std::size_t(parcels)] == kParcels;
            parcelConfidence = byName ? 0.7 : 0.45;
            mLayers[std::size_t(parcels)].roleReason = byName ? tr("its name says parcels; no column of cadastral numbers was found")
                                                              : tr("the largest polygon layer; no column of cadastral numbers was found");
        }
    }
    for (std::size_t i = 0; i < mLayers.size(); ++i) {
        LayerGuess &l = mLayers[i];
        if (int(i) == parcels) {
            l.spec.role = kParcels;
            l.roleConfidence = parcelConfidence;
            continue;
        }
        const GeometryCount geometry(*l.sample);
        const QString role = named[i] == kParcels ? QString() : named[i];
        if (!role.isEmpty() && (!isPolygonRole(role) || geometry.mostlyPolygons())) {
            l.spec.role = role;
            l.roleConfidence = role == QLatin1String("sez_boundary") && !tokensSay(nameTokens(l.spec.name), kRoleWords[0].words) ? 0.55 : 0.85;
            l.roleReason = tr("its name %1 says so").arg(l.spec.name);
            continue;
        }
        // The name says nothing: the columns may.
        const QString kindFromName = CodeMatcher(FieldTable::infrastructureKindCodes()).match(l.spec.name).code;
        double zones = 0, kinds = 0;
        for (const ColumnProfile &c : ColumnProfile::of(*l.sample)) {
            zones = std::max(zones, FieldFitter::matchedShare(QStringLiteral("zones"), QStringLiteral("zone"), c));
            kinds = std::max(kinds, FieldFitter::matchedShare(QStringLiteral("infrastructure"), QStringLiteral("kind"), c));
        }
        if (geometry.mostlyPolygons() && zones >= 0.6) {
            l.spec.role = QStringLiteral("zones");
            l.roleConfidence = 0.6;
            l.roleReason = tr("%1 % of the values of one of its columns are zones").arg(percent(zones));
        } else if (geometry.total() > 0 && (kinds >= 0.6 || !kindFromName.isEmpty())) {
            l.spec.role = QStringLiteral("infrastructure");
            l.roleConfidence = kindFromName.isEmpty() ? 0.6 : 0.75;
            l.roleReason = kindFromName.isEmpty() ? tr("%1 % of the values of one of its columns are kinds of infrastructure").arg(percent(kinds))
                                                  : tr("its name %1 names a kind of infrastructure").arg(l.spec.name);
        } else {
            l.spec.role = kOther;
            l.roleConfidence = 0.5;
            l.roleReason = tr("neither its name nor its columns say what it is: drawn, listed in the legend and left out of the statistics");
        }
    }
}

void MappingGuess::guessFields(LayerGuess &layer) const
{
    LayerSpec &spec = layer.spec;
    spec.fields.clear();
    spec.values.clear();
    spec.units.clear();
    spec.kind.clear();
    layer.fields.clear();
    layer.values.clear();
    const std::vector<ColumnProfile> columns = ColumnProfile::of(*layer.sample);
    const FieldFitter fitter(spec.role, *layer.sample, spec.role == kParcels ? computedAreas(*layer.sample) : std::vector<double>());
    const QStringList fields = fieldsOfRole(spec.role);

    // Every fitting pair, the surest first; each column serves one field and each field one column.
    struct Candidate
    {
        int field;
        int column;
        FieldFit fit;
    };
    std::vector<Candidate> candidates;
    for (int f = 0; f < fields.size(); ++f)
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (FieldFit fit = fitter.fit(fields.at(f), columns[c]); fit.score >= kMinConfidence)
                candidates.push_back({f, int(c), fit});
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.fit.score > b.fit.score; });
    std::vector<int> columnOf(std::size_t(fields.size()), -1);
    std::vector<FieldFit> fitOf(std::size_t(fields.size()));
    std::vector<bool> used(columns.size(), false);
    for (const Candidate &c : candidates)
        if (columnOf[std::size_t(c.field)] < 0 && !used[std::size_t(c.column)]) {
            columnOf[std::size_t(c.field)] = c.column;
            fitOf[std::size_t(c.field)] = c.fit;
            used[std::size_t(c.column)] = true;
        }
    // A layer of other things keeps a name if one column is plainly its features' names.
    const int nameField = int(fields.indexOf(QStringLiteral("name")));
    if (nameField >= 0 && columnOf[std::size_t(nameField)] < 0)
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (!used[c] && columns[c].type == FieldType::String && columns[c].nonEmpty > 0 && columns[c].distinctShare > 0.9
                && columns[c].cadastralShare < 0.5) {
                columnOf[std::size_t(nameField)] = int(c);
                fitOf[std::size_t(nameField)] = {kMinConfidence, tr("its values are all different texts"), {}};
                used[c] = true;
                break;
            }
    for (int f = 0; f < fields.size(); ++f) {
        FieldGuess guess;
        guess.field = fields.at(f);
        if (const int c = columnOf[std::size_t(f)]; c >= 0) {
            guess.source = columns[std::size_t(c)].name;
            guess.confidence = fitOf[std::size_t(f)].score;
            guess.reason = fitOf[std::size_t(f)].reason;
            guess.unit = fitOf[std::size_t(f)].unit;
        }
        layer.fields.push_back(guess);
    }
    // The mapping itself: columns, units and values (as setFieldSource() makes it again).
    for (FieldGuess &g : layer.fields)
        if (!g.source.isEmpty()) {
            spec.fields.append({g.source, g.field});
            const auto it = std::find_if(columns.begin(), columns.end(), [&g](const ColumnProfile &c) { return c.name == g.source; });
            g.firstValues = it->firstValues(kFirstValues);
            if (g.converted())
                spec.units.insert(g.field, g.unit);
            matchValues(layer, g, *it);
        }
    // An infrastructure layer without a kind column: its name may give the kind of all its features.
    if (spec.role == QLatin1String("infrastructure"))
        spec.kind = CodeMatcher(FieldTable::infrastructureKindCodes()).match(spec.name).code;
}

void MappingGuess::chooseMapCrs()
{
    std::vector<const LayerData *> layers;
    for (const LayerGuess &l : mLayers)
        if (l.spec.role == kParcels)
            layers.push_back(l.sample.get());
    for (const LayerGuess &l : mLayers)
        if (l.spec.role != kParcels)
            layers.push_back(l.sample.get());
    const MapCrsChoice choice = MapCrsChoice::fromData(layers);
    mMapEpsg = choice.epsg;
    mMapCrsReason = choice.reason;
}

void MappingGuess::setRole(std::size_t layer, const QString &role)
{
    if (layer >= mLayers.size() || !featureRoles().contains(role))
        return;
    LayerGuess &l = mLayers[layer];
    l.spec.role = role;
    l.roleConfidence = 1;
    l.roleReason = tr("set by hand");
    guessFields(l);
}

void MappingGuess::setFieldSource(std::size_t layer, const QString &field, const QString &source)
{
    if (layer >= mLayers.size())
        return;
    LayerGuess &l = mLayers[layer];
    // The field's new column, taken from any field that had it; then the mapping made again.
    for (FieldGuess &g : l.fields) {
        if (g.field == field) {
            g.source = source;
            g.confidence = source.isEmpty() ? 0 : 1;
            g.reason = tr("set by hand");
            g.unit.clear();
        } else if (!source.isEmpty() && g.source == source) {
            g.source.clear();
            g.confidence = 0;
            g.reason.clear();
        }
    }
    const std::vector<ColumnProfile> columns = ColumnProfile::of(*l.sample);
    const FieldFitter fitter(l.spec.role, *l.sample, l.spec.role == kParcels ? computedAreas(*l.sample) : std::vector<double>());
    l.spec.fields.clear();
    l.spec.values.clear();
    l.spec.units.clear();
    l.values.clear();
    for (FieldGuess &g : l.fields) {
        if (g.source.isEmpty()) {
            g.firstValues.clear();
            continue;
        }
        l.spec.fields.append({g.source, g.field});
        const auto it = std::find_if(columns.begin(), columns.end(), [&g](const ColumnProfile &c) { return c.name == g.source; });
        if (it == columns.end())
            continue;
        g.firstValues = it->firstValues(kFirstValues);
        if (g.field == field && FieldTable::unitOf(l.spec.role, g.field) != FieldUnit::None)
            g.unit = fitter.fit(g.field, *it).unit;
        if (g.converted())
            l.spec.units.insert(g.field, g.unit);
        matchValues(l, g, *it);
    }
}

std::unique_ptr<DatasetManifest> MappingGuess::manifest() const
{
    std::vector<LayerSpec> specs;
    for (const LayerGuess &l : mLayers)
        specs.push_back(l.spec);
    return DatasetManifest::create(mName, mPath, mMapEpsg, std::move(specs), mMapCrsReason, mWarnings, mImagery);
}

bool MappingGuess::saveAs(const QString &manifestPath, QString *error) const
{
    const QFileInfo target(manifestPath);
    if (target.exists() && !DatasetManifest::isWrittenBySezview(manifestPath)) {
        *error = tr("%1: the file is there and sezview did not write it; it is left as it is. Choose another name")
                     .arg(target.absoluteFilePath());
        return false;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("%1: the folder cannot be created").arg(target.absolutePath());
        return false;
    }
    const QJsonObject json = manifest()->toJson(target.absoluteDir(), mPath);
    return writeFileAtomically(target.absoluteFilePath(), [&json](QIODevice &device, QString *reason) {
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        if (device.write(bytes) != bytes.size()) {
            *reason = device.errorString();
            return false;
        }
        return true;
    }, error);
}

bool MappingGuess::save(QString *writtenTo, QString *error) const
{
    // Beside the data, unless someone else's manifest is there (or one sezview wrote for other
    // data) or the folder cannot be written; then in the user's config directory.
    const QString beside = DataSource::besideManifestPath(mPath);
    const bool ours = !QFileInfo::exists(beside) || DataSource::manifestSource(beside) == QDir::cleanPath(mPath);
    QString ignored;
    if (ours && saveAs(beside, &ignored)) {
        *writtenTo = beside;
        return true;
    }
    const QString config = DataSource::configManifestPath(mPath);
    if (!saveAs(config, error))
        return false;
    *writtenTo = config;
    return true;
}

QString MappingGuess::reportText() const
{
    const QLocale locale;
    auto confidence = [&locale](double c) { return QStringLiteral("%1 %").arg(locale.toString(qRound(c * 100))); };
    QStringList lines;
    lines << tr("Data: %1").arg(mPath);
    lines << tr("Map CRS: EPSG:%1 (%2)").arg(mMapEpsg).arg(mMapCrsReason);
    for (const LayerGuess &l : mLayers) {
        lines << QString();
        lines << tr("Layer %1 (%2, %3 features, %4): %5, %6: %7")
                     .arg(l.spec.name, l.spec.displayPath(), locale.toString(l.featureCount), l.geometry, l.spec.role,
                          confidence(l.roleConfidence), l.roleReason);
        if (!l.spec.kind.isEmpty())
            lines << tr("  every feature without a kind of its own: %1").arg(l.spec.kind);
        QStringList mapped;
        for (const FieldGuess &g : l.fields) {
            if (g.source.isEmpty()) {
                lines << tr("  %1: no column").arg(g.field);
                continue;
            }
            mapped << g.source;
            const QString unit = !g.converted() ? QString() : tr(" (in %1, converted)").arg(g.unit);
            lines << tr("  %1 <- %2%3, %4: %5").arg(g.field, g.source, unit, confidence(g.confidence), g.reason);
            QStringList values;
            for (const ValueGuess &v : l.values)
                if (v.field == g.field)
                    values << (v.code.isEmpty() ? tr("%1 (a category of its own)").arg(v.value)
                                                : QStringLiteral("%1 -> %2 (%3)").arg(v.value, v.code, confidence(v.confidence)));
            if (!values.isEmpty())
                lines << tr("    values: %1").arg(values.join(QStringLiteral("; ")));
            else if (!g.firstValues.isEmpty())
                lines << tr("    first values: %1").arg(g.firstValues.join(QStringLiteral("; ")));
        }
        QStringList kept;
        for (const QString &c : l.columns)
            if (!mapped.contains(c))
                kept << c;
        if (!kept.isEmpty())
            lines << tr("  kept under their own names: %1").arg(kept.join(QStringLiteral(", ")));
    }
    for (const QString &w : mWarnings)
        lines << tr("warning: %1").arg(w);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject MappingGuess::reportJson() const
{
    QJsonArray layers;
    for (const LayerGuess &l : mLayers) {
        QJsonArray fields;
        for (const FieldGuess &g : l.fields) {
            QJsonObject f{{QStringLiteral("field"), g.field},
                          {QStringLiteral("source"), g.source.isEmpty() ? QJsonValue() : QJsonValue(g.source)},
                          {QStringLiteral("confidence"), g.confidence},
                          {QStringLiteral("reason"), g.reason},
                          {QStringLiteral("first_values"), QJsonArray::fromStringList(g.firstValues)}};
            if (!g.unit.isEmpty())
                f.insert(QStringLiteral("unit"), g.unit);
            fields.append(f);
        }
        QJsonArray values;
        for (const ValueGuess &v : l.values)
            values.append(QJsonObject{{QStringLiteral("field"), v.field}, {QStringLiteral("value"), v.value},
                                      {QStringLiteral("code"), v.code.isEmpty() ? QJsonValue() : QJsonValue(v.code)},
                                      {QStringLiteral("confidence"), v.confidence}, {QStringLiteral("count"), v.count}});
        QJsonObject layer{{QStringLiteral("name"), l.spec.name},
                          {QStringLiteral("path"), l.spec.displayPath()},
                          {QStringLiteral("role"), l.spec.role},
                          {QStringLiteral("role_confidence"), l.roleConfidence},
                          {QStringLiteral("role_reason"), l.roleReason},
                          {QStringLiteral("geometry"), l.geometry},
                          {QStringLiteral("feature_count"), l.featureCount},
                          {QStringLiteral("columns"), QJsonArray::fromStringList(l.columns)},
                          {QStringLiteral("fields"), fields},
                          {QStringLiteral("values"), values}};
        if (!l.spec.sourceLayer.isEmpty())
            layer.insert(QStringLiteral("layer"), l.spec.sourceLayer);
        if (!l.spec.kind.isEmpty())
            layer.insert(QStringLiteral("kind"), l.spec.kind);
        layers.append(layer);
    }
    return QJsonObject{{QStringLiteral("path"), mPath},
                       {QStringLiteral("map_crs"), QStringLiteral("EPSG:%1").arg(mMapEpsg)},
                       {QStringLiteral("map_crs_reason"), mMapCrsReason},
                       {QStringLiteral("layers"), layers},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(mWarnings)}};
}

} // namespace sez
