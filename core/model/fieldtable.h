// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace sez {

/// The canonical parcel fields, in the field table's order: a store keeps them at these indices.
enum class ParcelField {
    CadastralNumber, AreaHa, ComputedAreaHa, LandCategory, PermittedUse, Zone, Status, District, Investor, Project,
    ProjectKk, InvestmentKzt, Jobs, LeaseStart, LeaseEnd, PowerKw, WaterM3Day, Gas, Address, InsideCity,
    DistanceSubstation, DistanceWaterIntake, DistanceGasPipeline, DistanceWastewater, DistanceHighway, Count
};

/// The distance fields, one an infrastructure kind, are contiguous from DistanceSubstation.
constexpr int kDistanceFieldCount = int(ParcelField::DistanceHighway) - int(ParcelField::DistanceSubstation) + 1;

/// What a field holds. Coded text is text with few distinct values, kept as a dictionary.
enum class FieldKind { Text, Coded, Real, Integer, Date, Bool };

/// Where a field's values come from.
enum class FieldOrigin {
    Source,     ///< a column of the parcels layer
    Derived,    ///< computed at import from geometry and the other layers
    Register,   ///< the allocation register, layered over the source by cadastral number
};

enum class FieldUnit { None, Hectare, Tenge, Kilowatt, CubicMetrePerDay, Metre };

/// How the card groups the fields.
enum class FieldGroup { Parcel, Infrastructure, Allocation, Conditions };

enum FieldFlag : unsigned {
    DefaultExport = 1,      ///< written when an export names no fields
    ZeroIsNone = 2,         ///< a source's 0 means "none" (jobs, investment, ...): kept as null
    SinglePrecision = 4,    ///< a real kept as float: figures to about 7 digits are enough
};

/// A coded value, what a user reads for it (QT_TRANSLATE_NOOP in the "sez::FieldTable" context), and
/// the words files use for it in Russian, Kazakh and English ('|'-separated, lower case): the
/// dictionary CodeMatcher matches a file's own category values against.
struct FieldCode
{
    const char *code;
    const char *label;
    const char *words = "";
};

/// A unit a source may give a field's values in ("m2" for an area), and the factor that converts
/// them to the field's own unit (hectares): values are converted as they are read.
struct SourceUnit
{
    FieldUnit unit;       ///< the field's own unit
    const char *name;     ///< as a manifest writes it: "ha", "m2", "sotka", "km2", ...
    double factor;        ///< multiply a source value by this to get the field's unit
};

/// A field of the layers other than the parcels (zones, districts, SEZ parts, city limits,
/// infrastructure): its canonical name, the source names that carry it and its code list.
struct ContextFieldSpec
{
    const char *name;           ///< zone, name, name_ru, name_kk, district, part, kind, status, planned_year, area_ha
    const char *sourceNames;    ///< as FieldSpec::sourceNames
    std::span<const FieldCode> codes = {};
};

/// One parcel field, described once: every piece of code that stores, queries, exports, shows or
/// caches a parcel attribute reads it from here.
struct FieldSpec
{
    ParcelField id;
    const char *name;             ///< canonical name, e.g. "cadastral_number"
    FieldKind kind;
    FieldOrigin origin;
    const char *exportName;       ///< Shapefile/DBF column name, 10 characters at most
    const char *label;            ///< QT_TRANSLATE_NOOP("sez::FieldTable", ...), without the unit
    FieldUnit unit;
    int decimals;                 ///< shown and written with this many decimals
    FieldGroup group;
    unsigned flags;               ///< FieldFlag values
    /// Well-known source column names in Russian, Kazakh, transliterated and English, '|'-separated,
    /// upper case, compared after normalizedSourceName(); a trailing '*' matches by prefix.
    const char *sourceNames;
    std::span<const FieldCode> codes = {};   ///< the known code list of a coded (or bool) field
    const char *alias = nullptr;  ///< an older name the query language still accepts
    const char *infrastructureKind = nullptr;   ///< distance fields: the kind measured to

    bool has(FieldFlag flag) const { return (flags & flag) != 0; }
    /// Whether the parcels layer carries it (the register's fields too: the source's values stand
    /// where the register has none).
    bool fromSource() const { return origin != FieldOrigin::Derived; }
};

/// The field table: the canonical parcel fields, their well-known source names, labels, units and
/// code lists.
class FieldTable
{
    Q_DECLARE_TR_FUNCTIONS(sez::FieldTable)

public:
    static std::span<const FieldSpec> all();
    static const FieldSpec &spec(ParcelField field);
    /// The field named \a name (canonical or alias, exact), or nullptr.
    static const FieldSpec *find(const QString &name);
    /// The field a source column of this name carries ("KAD_NOMER" -> cadastral_number), or nullptr.
    /// With \a exact false a name matched only by a prefix pattern ("КАДАСТР*") is returned too, and
    /// \a byPrefix says so.
    static const FieldSpec *fromSourceName(const QString &sourceName, bool exact = true, bool *byPrefix = nullptr);
    /// A column name as the source-name lists are compared: upper case, Ё as Е, every run of
    /// spaces and punctuation as one '_', none at either end ("Кадастровый номер" -> "КАДАСТРОВЫЙ_НОМЕР").
    static QString normalizedSourceName(const QString &name);

    /// The fields of the other layers, and the one a source column of this name carries.
    static std::span<const ContextFieldSpec> contextFields();
    static const ContextFieldSpec *contextField(const QString &name);
    static const ContextFieldSpec *contextFromSourceName(const QString &sourceName, bool exact = true, bool *byPrefix = nullptr);
    /// The code list a field of a layer with \a role has ("zone" of the parcels or of the zones
    /// layer, "kind" of infrastructure, ...); empty when it has none.
    static std::span<const FieldCode> codesOf(const QString &role, const QString &field);
    /// The infrastructure kinds with their labels and words (the codes of the context field "kind").
    static std::span<const FieldCode> infrastructureKindCodes();

    /// The units a source may give values of \a unit in, the field's own unit first.
    static std::vector<SourceUnit> sourceUnits(FieldUnit unit);
    /// The unit named \a name for values of \a unit, or nullptr.
    static const SourceUnit *sourceUnit(FieldUnit unit, const QString &name);
    /// The own unit of a canonical field of a layer with \a role (hectares for "area_ha", ...).
    static FieldUnit unitOf(const QString &role, const QString &field);
    /// The translated label, e.g. "Official area".
    static QString label(const FieldSpec &spec);
    /// The translated unit, e.g. "ha"; empty when the field has none.
    static QString unit(FieldUnit unit);
    /// Label and unit as a column header: "Official area, ha".
    static QString header(const FieldSpec &spec);
    /// The translated label of a code in the field's code list; empty when the list does not have it.
    static QString codeLabel(const FieldSpec &spec, const QString &code);
    /// A code's label in every language of the program (programLanguages() order), whichever
    /// language is installed: what users may write for the code in a query.
    static QStringList codeLabelsInEveryLanguage(const FieldCode &code);
    /// The distance field measured to infrastructure kind \a kindIndex (see infrastructureKinds()).
    static ParcelField distanceField(int kindIndex);
};

/// The canonical name of a field ("cadastral_number", ...), and back (Count when unknown; the
/// query language's alias "area" gives ComputedAreaHa).
QString parcelFieldName(ParcelField field);
ParcelField parcelFieldFromName(const QString &name);

/// The infrastructure kinds distances are kept for, in index order (the distance fields' order).
const QStringList &infrastructureKinds();

} // namespace sez
