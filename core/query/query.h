// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <limits>
#include <memory>

namespace sez {

struct ColumnView;

enum class QueryValueType { String, Integer, Real, Date, Bool };

/// One attribute a query may name; the name is canonical (the spelling normalized() prints).
struct QueryField
{
    QString name;
    QueryValueType type = QueryValueType::String;
    QString alias;   ///< an older name still accepted (saved queries), printed back as \a name
};

enum class SpatialRelation { Within, Intersects };

/// A geometry argument of within()/intersects(), resolved by the context.
struct SpatialArgument
{
    enum class Kind { Zone, District, BBox, Wkt } kind = Kind::Zone;
    QString text;                       ///< zone code, district name or WKT (lon/lat); empty for BBox
    double bbox[4] = {0, 0, 0, 0};      ///< lon1, lat1, lon2, lat2 as written
};

/// What the evaluator asks of the data, one row (parcel) at a time. Implemented by the parcel store.
///
/// The const methods are called concurrently from several threads once a query is parsed; the
/// prepare methods are only called while parsing.
class QueryContext
{
public:
    virtual ~QueryContext() = default;

    /// The attributes queries may name. inside_city and outside_city are built in (they call
    /// insideCity()), so they need not be listed; a listed field of the same name is shadowed.
    virtual QList<QueryField> fields() const = 0;
    virtual QStringList infrastructureKinds() const = 0;

    /// Index into fields(); an invalid QVariant is null. String -> QString, Integer -> qint64,
    /// Real -> double, Date -> QDate, Bool -> bool.
    virtual QVariant value(qint64 row, int fieldIndex) const = 0;

    /// The value of a numeric, date or boolean field without a QVariant: numbers as they are,
    /// dates as Julian day numbers, booleans as 0/1. Stores should override it, it is on the hot
    /// path; the default goes through value().
    virtual double number(qint64 row, int fieldIndex, bool *isNull) const;

    /// The column a field is kept in, when number() and code() read exactly ColumnView::number()
    /// and ColumnView::code() of it (and dictionary() is its dictionary): comparisons on a
    /// Decimal32 column are then decided on its integers (query.cpp, DecimalInterval), no division
    /// a row, and a coded field's codes are read without a virtual call. It must outlive the
    /// queries parsed against it. Default: none, every row goes through number() and code().
    virtual const ColumnView *columnView(int fieldIndex) const { return nullptr; }

    /// The text of a String field without a QVariant or a reference count. The view must stay
    /// valid until the next call on the same thread; stores that keep their strings return views
    /// into them. Stores should override it, it is on the hot path; the default goes through
    /// value() and a per-thread buffer.
    virtual QStringView text(qint64 row, int fieldIndex, bool *isNull) const;

    /// Dictionary-coded text fields (zone, status, district, ...): the distinct values, and a
    /// row's index into them (-1 = null; an empty entry also counts as null). Text tests on such
    /// a field are then decided once per distinct value while parsing, so a row costs one code()
    /// call. The list must outlive the queries parsed against it. Default: no field is coded.
    virtual const QStringList *dictionary(int fieldIndex) const { return nullptr; }
    virtual int code(qint64 row, int fieldIndex) const { return -1; }

    /// The value \a written for the text field \a fieldIndex stands for, as the field stores it,
    /// for = != in and not in: a context may take other spellings of a category (its label in any
    /// language of the program, the source file's own word, another case) and refuse a value the
    /// field cannot have. Returns false when it refuses, with \a suggestion the nearest value one
    /// could write (or empty). Called while parsing. Default: every value is taken as written.
    virtual bool resolveValue(int fieldIndex, const QString &written, QString *stored, QString *suggestion);

    virtual bool insideCity(qint64 row) const = 0;

    /// Metres to the nearest object of infrastructureKinds()[kindIndex]; +inf when the kind has
    /// no objects.
    virtual double distanceTo(qint64 row, int kindIndex) const = 0;

    /// Prepares a spatial argument once (e.g. builds the zone's geometry); returns a handle >= 0,
    /// or -1 and fills *error (e.g. "unknown zone 'x' — did you mean 'y'?", or bad WKT).
    virtual int prepareSpatial(SpatialRelation relation, const SpatialArgument &argument, QString *error) = 0;
    virtual bool spatial(qint64 row, int handle) const = 0;

    /// Prepares a full-text search; returns a handle >= 0 or -1 with *error. The index should
    /// fold text with ilikeFold() so that matches() and ilike agree on case and ё.
    virtual int prepareMatch(const QString &text, QString *error) = 0;
    virtual bool matches(qint64 row, int handle) const = 0;
};

/// A necessary condition on one field, taken from the top-level conjunction of a query: every
/// row the query matches satisfies it, so the store may narrow the candidates with an index and
/// run Query::matches() on those only.
struct QueryConstraint
{
    int fieldIndex = -1;            ///< into QueryContext::fields()
    QStringList texts;              ///< String fields: the value is one of these (exact)
    /// Numeric, date (Julian day) and boolean (0/1) fields: the value lies in this range.
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool lowInclusive = true;
    bool highInclusive = true;
};

/// A "distance('kind') <= metres" condition of a query's top-level conjunction: every row the query
/// matches lies within that distance of an object of the kind (the map draws it as a buffer).
struct QueryDistanceLimit
{
    QString kind;          ///< an infrastructure kind of the context
    double metres = 0;
};

/// A parsed query: a tree of predicates, bound to the context it was parsed against (which must
/// outlive it).
///
/// Nulls: any comparison with a null value is false, including !=, not in, not between and
/// not like; "is null" is true; a leading "not" negates whatever its operand evaluated to.
class Query
{
public:
    /// Parses \a text against the fields and kinds of \a context. On failure returns nullptr and
    /// sets \a error to one line naming the 1-based column, e.g.
    /// "unknown field 'zonee' at column 1 — did you mean 'zone'?".
    static std::unique_ptr<Query> parse(const QString &text, QueryContext &context, QString *error);

    /// Evaluates the query for one row. Const and free of mutation: safe for concurrent readers.
    bool matches(qint64 row) const;

    QString text() const;           ///< the original text
    /// The tree printed back canonically (lower-case keywords, canonical field names, quoted
    /// strings, field on the left); parses again to the same tree.
    QString normalized() const;
    QStringList fieldsUsed() const; ///< canonical names of the context fields referenced, first use first
    bool usesDistance() const;
    bool usesCity() const;          ///< inside_city or outside_city
    bool usesSpatial() const;
    bool usesMatch() const;
    /// Conditions the store may answer from indexes; empty when the top level is not a
    /// conjunction of simple field tests (e.g. an "or"). Nulls never satisfy a constraint.
    QList<QueryConstraint> constraints() const;
    /// The distance conditions every matching row satisfies, in written order.
    QList<QueryDistanceLimit> distanceLimits() const;

    /// The conditions the query's top-level "and" joins, in written order, each printed as
    /// normalized() prints it; the whole query as one condition when its top is not an "and".
    /// What an explanation counts parcels after ("which condition emptied the list").
    QStringList conditions() const;
    /// Whether \a row meets condition \a index of conditions(). Const, as matches().
    bool matchesCondition(qint64 row, int index) const;

    ~Query();

    /// The parsed tree; opaque outside query.cpp.
    struct Tree;

private:
    Query();
    std::unique_ptr<Tree> mTree;
};

/// Case folding for ilike and the full-text index: Unicode simple case folding per code point
/// (Cyrillic and Kazakh letters included) plus ё -> е, since both spellings are used for the same
/// names.
QString ilikeFold(const QString &text);

/// \a text as a string literal of the language: in single quotes, a quote inside doubled
/// ("O'Brien" -> 'O''Brien'), as normalized() writes it.
QString quotedLiteral(const QString &text);

/// " — did you mean 'x'?" for the candidate nearest to \a name (edit distance at most 2, or a
/// prefix), or an empty string: the hint every error message of the language ends with.
QString didYouMeanSuffix(const QString &name, const QStringList &candidates);
/// The candidate that suffix names, or an empty string: for callers that show it otherwise.
QString nearestCandidate(const QString &name, const QStringList &candidates);

} // namespace sez
