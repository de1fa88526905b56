// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/query.h"

#include "core/model/parcelcolumn.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace sez {

double QueryContext::number(qint64 row, int fieldIndex, bool *isNull) const
{
    const QVariant v = value(row, fieldIndex);
    *isNull = true;
    if (!v.isValid() || v.isNull())
        return 0;
    switch (v.typeId()) {
    case QMetaType::QDate: {
        const QDate date = v.toDate();
        *isNull = !date.isValid();
        return double(date.toJulianDay());
    }
    case QMetaType::QDateTime: {
        const QDate date = v.toDateTime().date();
        *isNull = !date.isValid();
        return double(date.toJulianDay());
    }
    default: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        *isNull = !ok;
        return d;
    }
    }
}

QStringView QueryContext::text(qint64 row, int fieldIndex, bool *isNull) const
{
    thread_local QString buffer;
    const QVariant v = value(row, fieldIndex);
    *isNull = !v.isValid() || v.isNull();
    if (*isNull)
        return {};
    buffer = v.toString();
    return buffer;
}

bool QueryContext::resolveValue(int, const QString &written, QString *stored, QString *)
{
    *stored = written;
    return true;
}

namespace {

// Surrogate pairs are decoded so that '_' in a like pattern is one character, also outside the BMP.
inline char32_t codePointAt(const QChar *s, qsizetype size, qsizetype i, int *length)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(s[i + 1].unicode())) {
        *length = 2;
        return QChar::surrogateToUcs4(u, s[i + 1].unicode());
    }
    *length = 1;
    return u;
}

inline char32_t foldCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    c = QChar::toCaseFolded(c);
    return c == 0x0451 ? char32_t(0x0435) : c;      // ё -> е (Ё already folded to ё)
}

} // namespace

QString ilikeFold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QChar *s = text.constData();
    for (qsizetype i = 0; i < text.size();) {
        int length = 1;
        const char32_t c = foldCodePoint(codePointAt(s, text.size(), i, &length));
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
        i += length;
    }
    return out;
}

namespace {

constexpr int kMaxDepth = 256;

// ---------------------------------------------------------------------------------------------
// like patterns: compiled once to code points with two wildcard markers, matched by the linear
// greedy algorithm with one backtrack point (no regex engine, no allocation per row).

class LikePattern
{
public:
    static constexpr char32_t AnyRun = 0xFFFFFFFF;
    static constexpr char32_t AnyOne = 0xFFFFFFFE;

    // A backslash makes the next character literal, so '\%' and '\_' can be searched for.
    void compile(const QString &pattern, bool fold)
    {
        mFold = fold;
        mCodes.clear();
        const QChar *s = pattern.constData();
        for (qsizetype i = 0; i < pattern.size();) {
            int length = 1;
            char32_t c = codePointAt(s, pattern.size(), i, &length);
            i += length;
            if (c == '\\' && i < pattern.size()) {
                c = codePointAt(s, pattern.size(), i, &length);
                i += length;
                mCodes.push_back(fold ? foldCodePoint(c) : c);
            } else if (c == '%') {
                if (mCodes.empty() || mCodes.back() != AnyRun)
                    mCodes.push_back(AnyRun);
            } else if (c == '_') {
                mCodes.push_back(AnyOne);
            } else {
                mCodes.push_back(fold ? foldCodePoint(c) : c);
            }
        }
    }

    bool matches(QStringView text) const
    {
        const QChar *s = text.constData();
        const qsizetype size = text.size();
        const size_t count = mCodes.size();
        size_t p = 0;
        qsizetype i = 0;
        size_t starP = size_t(-1);
        qsizetype starI = 0;
        while (i < size) {
            int length = 1;
            if (p < count && mCodes[p] == AnyRun) {
                starP = p++;
                starI = i;
                continue;
            }
            char32_t c = codePointAt(s, size, i, &length);
            if (p < count && (mCodes[p] == AnyOne || mCodes[p] == (mFold ? foldCodePoint(c) : c))) {
                ++p;
                i += length;
                continue;
            }
            if (starP == size_t(-1))
                return false;
            // Let the last % swallow one more character and retry from there.
            p = starP + 1;
            codePointAt(s, size, starI, &length);
            starI += length;
            i = starI;
        }
        while (p < count && mCodes[p] == AnyRun)
            ++p;
        return p == count;
    }

private:
    std::vector<char32_t> mCodes;
    bool mFold = false;
};

// ---------------------------------------------------------------------------------------------
// The tree. Every node evaluates to a plain bool; nulls make comparisons false (see query.h).

enum class Precedence { Or = 1, And = 2, Not = 3, Atom = 4 };
enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

QString opText(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq: return QStringLiteral("=");
    case CompareOp::Ne: return QStringLiteral("!=");
    case CompareOp::Lt: return QStringLiteral("<");
    case CompareOp::Le: return QStringLiteral("<=");
    case CompareOp::Gt: return QStringLiteral(">");
    case CompareOp::Ge: return QStringLiteral(">=");
    }
    return {};
}

CompareOp flipped(CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

template<typename T>
inline bool compare(const T &a, CompareOp op, const T &b)
{
    switch (op) {
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return !(a == b);
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

inline bool compareText(QStringView a, CompareOp op, const QString &b)
{
    if (op == CompareOp::Eq)
        return a == b;
    if (op == CompareOp::Ne)
        return a != b;
    return compare(a.compare(b), op, 0);
}

QString quoted(const QString &text)
{
    return quotedLiteral(text);
}

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

bool isNumericType(QueryValueType type)
{
    return type != QueryValueType::String;
}

// Numeric, date and boolean values travel as doubles: dates as Julian days, booleans as 0/1.
QString literalText(double v, QueryValueType type)
{
    switch (type) {
    case QueryValueType::Date:
        return QStringLiteral("date ") + quoted(QDate::fromJulianDay(qint64(v)).toString(Qt::ISODate));
    case QueryValueType::Bool:
        return v != 0 ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return numberText(v);
    }
}

/// What a predicate is applied to: a context field, distance('kind') or the city test.
struct Operand
{
    enum class Kind { Field, Distance, City } kind = Kind::Field;
    int index = -1;                 // field or kind index; for City 1 = inside, 0 = outside
    QueryValueType type = QueryValueType::String;
    QString name;                   // as normalized() prints it

    double number(const QueryContext &c, qint64 row, bool *isNull) const
    {
        switch (kind) {
        case Kind::Field:
            return c.number(row, index, isNull);
        case Kind::Distance: {
            const double d = c.distanceTo(row, index);
            *isNull = std::isnan(d);
            return d;
        }
        case Kind::City:
            *isNull = false;
            return c.insideCity(row) == (index == 1) ? 1 : 0;
        }
        *isNull = true;
        return 0;
    }

    // Calls f with the text of a string field; a null is false without calling f.
    template<typename F>
    bool withText(const QueryContext &c, qint64 row, F &&f) const
    {
        bool isNull = true;
        const QStringView text = c.text(row, index, &isNull);
        return !isNull && f(text);
    }

    int cost() const { return kind == Kind::Distance ? 20 : kind == Kind::City ? 3 : 1; }
};

class Node
{
public:
    virtual ~Node() = default;
    virtual bool eval(const QueryContext &c, qint64 row) const = 0;
    virtual void print(QString &out) const = 0;
    virtual int cost() const = 0;
    virtual Precedence precedence() const { return Precedence::Atom; }
    /// Adds what this node implies about one field, if it is that simple.
    virtual void constrain(QList<QueryConstraint> &) const {}
    /// Adds the distance conditions this node implies (kind index, metres).
    virtual void limitDistances(QList<std::pair<int, double>> &) const {}

    void printAt(QString &out, Precedence least) const
    {
        const bool parens = precedence() < least;
        if (parens)
            out += QLatin1Char('(');
        print(out);
        if (parens)
            out += QLatin1Char(')');
    }
};

using NodePtr = std::unique_ptr<Node>;

class ConstantNode final : public Node
{
public:
    explicit ConstantNode(bool value) : mValue(value) {}
    bool eval(const QueryContext &, qint64) const override { return mValue; }
    void print(QString &out) const override { out += mValue ? QStringLiteral("true") : QStringLiteral("false"); }
    int cost() const override { return 0; }

private:
    bool mValue;
};

/// and/or: children kept in written order for printing, evaluated cheapest first so that
/// short-circuiting skips distance and spatial tests where it can.
class JunctionNode final : public Node
{
public:
    JunctionNode(bool isAnd, std::vector<NodePtr> children) : mIsAnd(isAnd), mChildren(std::move(children))
    {
        for (const NodePtr &child : mChildren)
            mOrder.push_back(child.get());
        std::stable_sort(mOrder.begin(), mOrder.end(),
                         [](const Node *a, const Node *b) { return a->cost() < b->cost(); });
        for (const Node *child : mOrder)
            mCost += child->cost();
    }

    bool eval(const QueryContext &c, qint64 row) const override
    {
        if (mIsAnd) {
            for (const Node *child : mOrder)
                if (!child->eval(c, row))
                    return false;
            return true;
        }
        for (const Node *child : mOrder)
            if (child->eval(c, row))
                return true;
        return false;
    }

    void print(QString &out) const override
    {
        const QString separator = mIsAnd ? QStringLiteral(" and ") : QStringLiteral(" or ");
        for (size_t i = 0; i < mChildren.size(); ++i) {
            if (i)
                out += separator;
            mChildren[i]->printAt(out, mIsAnd ? Precedence::Not : Precedence::And);
        }
    }

    int cost() const override { return mCost; }
    Precedence precedence() const override { return mIsAnd ? Precedence::And : Precedence::Or; }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mIsAnd)
            for (const NodePtr &child : mChildren)
                child->constrain(out);
    }
    void limitDistances(QList<std::pair<int, double>> &out) const override
    {
        if (mIsAnd)
            for (const NodePtr &child : mChildren)
                child->limitDistances(out);
    }
    bool isAnd() const { return mIsAnd; }
    const std::vector<NodePtr> &children() const { return mChildren; }
    std::vector<NodePtr> takeChildren() { mOrder.clear(); return std::move(mChildren); }

private:
    bool mIsAnd;
    std::vector<NodePtr> mChildren;
    std::vector<const Node *> mOrder;
    int mCost = 0;
};

class NotNode final : public Node
{
public:
    explicit NotNode(NodePtr child) : mChild(std::move(child)) {}
    bool eval(const QueryContext &c, qint64 row) const override { return !mChild->eval(c, row); }
    void print(QString &out) const override
    {
        out += QStringLiteral("not ");
        mChild->printAt(out, Precedence::Not);
    }
    int cost() const override { return mChild->cost(); }
    Precedence precedence() const override { return Precedence::Not; }

private:
    NodePtr mChild;
};

/// The rows' integers n of a Decimal32 column (its value is ColumnView::decimal(n)) for which a
/// comparison holds: one interval [first, last], found once when the query is parsed, so a row costs
/// a load and two integer compares instead of a division. decimal(n) never decreases as n grows (a
/// division and a multiplication by positive powers of ten, each correctly rounded), so every
/// comparison with a constant holds on an interval of n, and its ends are found by binary search
/// asking the double comparison itself: the same answer as the double path for every n, the
/// constant's NaN, infinities and signed zeros included.
class DecimalInterval
{
public:
    /// Whether \a view is a Decimal32 column this can be used on.
    static bool applies(const ColumnView *view)
    {
        return view && view->storage == ColumnStorage::Decimal32 && view->values && view->divisor > 0 && view->multiplier > 0
            && std::isfinite(view->divisor) && std::isfinite(view->multiplier);
    }
    /// The n whose value v satisfies low (<= or <) v (<= or <) high; a bound may be infinite.
    DecimalInterval(const ColumnView &view, double low, bool lowInclusive, double high, bool highInclusive)
        : mValues(static_cast<const qint32 *>(view.values))
    {
        mFirst = firstWhere([&](qint64 n) { return lowInclusive ? view.decimal(qint32(n)) >= low : view.decimal(qint32(n)) > low; });
        mLast = firstWhere([&](qint64 n) { return !(highInclusive ? view.decimal(qint32(n)) <= high : view.decimal(qint32(n)) < high); }) - 1;
    }
    /// The n whose value v satisfies "v op value".
    static DecimalInterval of(const ColumnView &view, CompareOp op, double value)
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        switch (op) {
        case CompareOp::Lt: return {view, -inf, true, value, false};
        case CompareOp::Le: return {view, -inf, true, value, true};
        case CompareOp::Gt: return {view, value, false, inf, true};
        case CompareOp::Ge: return {view, value, true, inf, true};
        case CompareOp::Eq:
        case CompareOp::Ne: return {view, value, true, value, true};   // != is the complement, nulls aside
        }
        return {view, -inf, true, inf, true};
    }
    /// Whether the row's value is in the interval; \a isNull for a null.
    bool contains(qint64 row, bool *isNull) const
    {
        const qint32 n = mValues[row];
        *isNull = n == ParcelColumn::kNullInt32;
        return n >= mFirst && n <= mLast;
    }

private:
    // The integers a row can hold: kNullInt32 is null.
    static constexpr qint64 kLowest = qint64(ParcelColumn::kNullInt32) + 1;
    static constexpr qint64 kHighest = std::numeric_limits<qint32>::max();

    /// The least n in [kLowest, kHighest] where \a holds does, or kHighest + 1; it must not hold
    /// below a point and hold from it on.
    template<typename Predicate>
    static qint64 firstWhere(Predicate holds)
    {
        qint64 low = kLowest, high = kHighest + 1;   // the answer lies in [low, high]
        while (low < high) {
            const qint64 middle = low + (high - low) / 2;
            if (holds(middle))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    }

    const qint32 *mValues;
    qint64 mFirst = 0, mLast = -1;
};

class NumberCompareNode final : public Node
{
public:
    NumberCompareNode(Operand operand, CompareOp op, double value, const ColumnView *view)
        : mOperand(std::move(operand)), mOp(op), mValue(value)
    {
        if (mOperand.kind == Operand::Kind::Field && DecimalInterval::applies(view))
            mDecimals.emplace(DecimalInterval::of(*view, op, value));
    }
    bool eval(const QueryContext &c, qint64 row) const override
    {
        bool isNull = true;
        if (mDecimals) {
            const bool inside = mDecimals->contains(row, &isNull);
            return !isNull && inside != (mOp == CompareOp::Ne);
        }
        const double v = mOperand.number(c, row, &isNull);
        return !isNull && compare(v, mOp, mValue);
    }
    void print(QString &out) const override
    {
        out += mOperand.name + QLatin1Char(' ') + opText(mOp) + QLatin1Char(' ') + literalText(mValue, mOperand.type);
    }
    int cost() const override { return mOperand.cost(); }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mOperand.kind != Operand::Kind::Field || mOp == CompareOp::Ne)
            return;
        QueryConstraint c;
        c.fieldIndex = mOperand.index;
        if (mOp == CompareOp::Eq || mOp == CompareOp::Gt || mOp == CompareOp::Ge) {
            c.low = mValue;
            c.lowInclusive = mOp != CompareOp::Gt;
        }
        if (mOp == CompareOp::Eq || mOp == CompareOp::Lt || mOp == CompareOp::Le) {
            c.high = mValue;
            c.highInclusive = mOp != CompareOp::Lt;
        }
        out << c;
    }
    void limitDistances(QList<std::pair<int, double>> &out) const override
    {
        if (mOperand.kind == Operand::Kind::Distance && (mOp == CompareOp::Lt || mOp == CompareOp::Le))
            out.append({mOperand.index, mValue});
    }

private:
    Operand mOperand;
    CompareOp mOp;
    double mValue;
    std::optional<DecimalInterval> mDecimals;   // the field is Decimal32: compared in its integers
};

/// A test on the text of a String field. On a dictionary-coded field it is decided once per
/// distinct value when the query is parsed, and a row costs one code() and one table lookup.
class TextNode : public Node
{
public:
    explicit TextNode(Operand operand) : mOperand(std::move(operand)) {}
    virtual bool test(QStringView value) const = 0;

    bool eval(const QueryContext &c, qint64 row) const override
    {
        if (mCoded) {
            const int code = mCodes ? mCodes->code(row) : c.code(row, mOperand.index);
            return code >= 0 && std::size_t(code) < mDecided.size() && mDecided[std::size_t(code)];
        }
        return mOperand.withText(c, row, [this](QStringView v) { return test(v); });
    }
    int cost() const override { return mCoded ? 1 : textCost(); }

    /// \a codes: the column, when the context keeps the field in one (its codes read inline).
    void decideForEach(const QStringList &dictionary, const ColumnView *codes)
    {
        mCoded = true;
        const bool coded = codes && codes->values
            && (codes->storage == ColumnStorage::Codes8 || codes->storage == ColumnStorage::Codes16 || codes->storage == ColumnStorage::Codes32);
        mCodes = coded ? codes : nullptr;
        mDecided.resize(std::size_t(dictionary.size()));
        for (qsizetype i = 0; i < dictionary.size(); ++i)
            mDecided[std::size_t(i)] = !dictionary[i].isEmpty() && test(dictionary[i]);   // empty is null
    }

protected:
    virtual int textCost() const = 0;
    Operand mOperand;

private:
    bool mCoded = false;
    const ColumnView *mCodes = nullptr;
    std::vector<char> mDecided;
};

class TextCompareNode final : public TextNode
{
public:
    TextCompareNode(Operand operand, CompareOp op, QString value)
        : TextNode(std::move(operand)), mOp(op), mValue(std::move(value)) {}
    bool test(QStringView v) const override { return compareText(v, mOp, mValue); }
    void print(QString &out) const override
    {
        out += mOperand.name + QLatin1Char(' ') + opText(mOp) + QLatin1Char(' ') + quoted(mValue);
    }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mOp != CompareOp::Eq)
            return;
        QueryConstraint c;
        c.fieldIndex = mOperand.index;
        c.texts = QStringList{mValue};
        out << c;
    }

protected:
    int textCost() const override { return 2; }

private:
    CompareOp mOp;
    QString mValue;
};

class NumberInNode final : public Node
{
public:
    NumberInNode(Operand operand, QList<double> values, bool negated)
        : mOperand(std::move(operand)), mWritten(std::move(values)), mNegated(negated)
    {
        mSorted.assign(mWritten.cbegin(), mWritten.cend());
        std::sort(mSorted.begin(), mSorted.end());
    }
    bool eval(const QueryContext &c, qint64 row) const override
    {
        bool isNull = true;
        const double v = mOperand.number(c, row, &isNull);
        if (isNull)
            return false;
        return std::binary_search(mSorted.begin(), mSorted.end(), v) != mNegated;
    }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" not in (") : QStringLiteral(" in ("));
        for (qsizetype i = 0; i < mWritten.size(); ++i)
            out += (i ? QStringLiteral(", ") : QString()) + literalText(mWritten[i], mOperand.type);
        out += QLatin1Char(')');
    }
    int cost() const override { return mOperand.cost() + 1; }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mOperand.kind != Operand::Kind::Field || mNegated || mSorted.empty())
            return;
        QueryConstraint c;
        c.fieldIndex = mOperand.index;
        c.low = mSorted.front();
        c.high = mSorted.back();
        out << c;
    }

private:
    Operand mOperand;
    QList<double> mWritten;
    std::vector<double> mSorted;
    bool mNegated;
};

class TextInNode final : public TextNode
{
public:
    TextInNode(Operand operand, QStringList values, bool negated)
        : TextNode(std::move(operand)), mWritten(std::move(values)),
          mSorted(mWritten.cbegin(), mWritten.cend()), mNegated(negated)
    {
        std::sort(mSorted.begin(), mSorted.end(), less);
        mSorted.erase(std::unique(mSorted.begin(), mSorted.end()), mSorted.end());
    }
    bool test(QStringView v) const override { return contains(v) != mNegated; }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" not in (") : QStringLiteral(" in ("));
        for (qsizetype i = 0; i < mWritten.size(); ++i)
            out += (i ? QStringLiteral(", ") : QString()) + quoted(mWritten[i]);
        out += QLatin1Char(')');
    }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mNegated)
            return;
        QueryConstraint c;
        c.fieldIndex = mOperand.index;
        c.texts = QStringList(mSorted.cbegin(), mSorted.cend());
        out << c;
    }

protected:
    int textCost() const override { return 3; }

private:
    // A sorted vector rather than a QSet: Qt 6.4's QHash cannot look up a QStringView, and a
    // short scan or a binary search beats hashing every row's text.
    static bool less(QStringView a, QStringView b) { return a.compare(b) < 0; }
    bool contains(QStringView v) const
    {
        if (mSorted.size() <= 8)
            return std::any_of(mSorted.begin(), mSorted.end(), [v](const QString &s) { return v == s; });
        const auto it = std::lower_bound(mSorted.begin(), mSorted.end(), v, less);
        return it != mSorted.end() && v == *it;
    }

    QStringList mWritten;
    std::vector<QString> mSorted;
    bool mNegated;
};

class NumberBetweenNode final : public Node
{
public:
    NumberBetweenNode(Operand operand, double low, double high, bool negated, const ColumnView *view)
        : mOperand(std::move(operand)), mLow(low), mHigh(high), mNegated(negated)
    {
        if (mOperand.kind == Operand::Kind::Field && DecimalInterval::applies(view))
            mDecimals.emplace(*view, low, true, high, true);
    }
    bool eval(const QueryContext &c, qint64 row) const override
    {
        bool isNull = true;
        if (mDecimals) {
            const bool inside = mDecimals->contains(row, &isNull);
            return !isNull && inside != mNegated;
        }
        const double v = mOperand.number(c, row, &isNull);
        return !isNull && ((v >= mLow && v <= mHigh) != mNegated);
    }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" not between ") : QStringLiteral(" between "))
                + literalText(mLow, mOperand.type) + QStringLiteral(" and ") + literalText(mHigh, mOperand.type);
    }
    int cost() const override { return mOperand.cost(); }
    void constrain(QList<QueryConstraint> &out) const override
    {
        if (mOperand.kind != Operand::Kind::Field || mNegated)
            return;
        QueryConstraint c;
        c.fieldIndex = mOperand.index;
        c.low = mLow;
        c.high = mHigh;
        out << c;
    }

private:
    Operand mOperand;
    double mLow;
    double mHigh;
    bool mNegated;
    std::optional<DecimalInterval> mDecimals;   // the field is Decimal32: compared in its integers
};

class TextBetweenNode final : public TextNode
{
public:
    TextBetweenNode(Operand operand, QString low, QString high, bool negated)
        : TextNode(std::move(operand)), mLow(std::move(low)), mHigh(std::move(high)), mNegated(negated) {}
    bool test(QStringView v) const override { return (v.compare(mLow) >= 0 && v.compare(mHigh) <= 0) != mNegated; }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" not between ") : QStringLiteral(" between "))
                + quoted(mLow) + QStringLiteral(" and ") + quoted(mHigh);
    }

protected:
    int textCost() const override { return 3; }

private:
    QString mLow;
    QString mHigh;
    bool mNegated;
};

class LikeNode final : public TextNode
{
public:
    LikeNode(Operand operand, QString pattern, bool caseInsensitive, bool negated)
        : TextNode(std::move(operand)), mPattern(std::move(pattern)), mCaseInsensitive(caseInsensitive), mNegated(negated)
    {
        mMatcher.compile(mPattern, caseInsensitive);
    }
    bool test(QStringView v) const override { return mMatcher.matches(v) != mNegated; }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" not") : QString())
                + (mCaseInsensitive ? QStringLiteral(" ilike ") : QStringLiteral(" like ")) + quoted(mPattern);
    }

protected:
    int textCost() const override { return mCaseInsensitive ? 6 : 5; }

private:
    QString mPattern;
    LikePattern mMatcher;
    bool mCaseInsensitive;
    bool mNegated;
};

class IsNullNode final : public Node
{
public:
    IsNullNode(Operand operand, bool negated, const QStringList *dictionary)
        : mOperand(std::move(operand)), mNegated(negated), mDictionary(dictionary) {}
    bool eval(const QueryContext &c, qint64 row) const override
    {
        bool isNull = true;
        if (isNumericType(mOperand.type)) {
            mOperand.number(c, row, &isNull);
        } else if (mDictionary) {
            const int code = c.code(row, mOperand.index);
            isNull = code < 0 || code >= mDictionary->size() || mDictionary->at(code).isEmpty();
        } else {
            c.text(row, mOperand.index, &isNull);
        }
        return isNull != mNegated;
    }
    void print(QString &out) const override
    {
        out += mOperand.name + (mNegated ? QStringLiteral(" is not null") : QStringLiteral(" is null"));
    }
    int cost() const override { return mOperand.cost(); }

private:
    Operand mOperand;
    bool mNegated;
    const QStringList *mDictionary;     // the context's, for a coded text field
};

/// A boolean operand used bare: inside_city, outside_city or a Bool field.
class TruthNode final : public Node
{
public:
    explicit TruthNode(Operand operand) : mOperand(std::move(operand)) {}
    bool eval(const QueryContext &c, qint64 row) const override
    {
        bool isNull = true;
        const double v = mOperand.number(c, row, &isNull);
        return !isNull && v != 0;
    }
    void print(QString &out) const override { out += mOperand.name; }
    int cost() const override { return mOperand.cost(); }

private:
    Operand mOperand;
};

class SpatialNode final : public Node
{
public:
    SpatialNode(SpatialRelation relation, SpatialArgument argument, int handle)
        : mRelation(relation), mArgument(std::move(argument)), mHandle(handle) {}
    bool eval(const QueryContext &c, qint64 row) const override { return c.spatial(row, mHandle); }
    void print(QString &out) const override
    {
        out += mRelation == SpatialRelation::Within ? QStringLiteral("within(") : QStringLiteral("intersects(");
        switch (mArgument.kind) {
        case SpatialArgument::Kind::Zone: out += QStringLiteral("zone(") + quoted(mArgument.text); break;
        case SpatialArgument::Kind::District: out += QStringLiteral("district(") + quoted(mArgument.text); break;
        case SpatialArgument::Kind::Wkt: out += QStringLiteral("wkt(") + quoted(mArgument.text); break;
        case SpatialArgument::Kind::BBox:
            out += QStringLiteral("bbox(") + numberText(mArgument.bbox[0]) + QStringLiteral(", ")
                    + numberText(mArgument.bbox[1]) + QStringLiteral(", ") + numberText(mArgument.bbox[2])
                    + QStringLiteral(", ") + numberText(mArgument.bbox[3]);
            break;
        }
        out += QStringLiteral("))");
    }
    int cost() const override { return 50; }

private:
    SpatialRelation mRelation;
    SpatialArgument mArgument;
    int mHandle;
};

class MatchNode final : public Node
{
public:
    MatchNode(QString text, int handle) : mText(std::move(text)), mHandle(handle) {}
    bool eval(const QueryContext &c, qint64 row) const override { return c.matches(row, mHandle); }
    void print(QString &out) const override { out += QStringLiteral("matches(") + quoted(mText) + QLatin1Char(')'); }
    int cost() const override { return 30; }

private:
    QString mText;
    int mHandle;
};

// ---------------------------------------------------------------------------------------------
// Lexer

enum class TokenType { End, Identifier, Number, String, LeftParen, RightParen, Comma, Minus, Compare, Other };
enum class Keyword { None, And, Or, Not, In, Between, Like, Ilike, Is, Null, True, False, Date };

struct Token
{
    TokenType type = TokenType::End;
    Keyword keyword = Keyword::None;
    CompareOp op = CompareOp::Eq;
    qsizetype position = 0;         // 0-based index into the text
    QString source;                 // as written, for messages
    QString text;                   // identifiers as written, strings unquoted
    double number = 0;
};

Keyword keywordOf(const QString &word)
{
    static const struct { const char *name; Keyword keyword; } keywords[] = {
        {"and", Keyword::And}, {"or", Keyword::Or}, {"not", Keyword::Not}, {"in", Keyword::In},
        {"between", Keyword::Between}, {"like", Keyword::Like}, {"ilike", Keyword::Ilike},
        {"is", Keyword::Is}, {"null", Keyword::Null}, {"true", Keyword::True},
        {"false", Keyword::False}, {"date", Keyword::Date},
    };
    for (const auto &k : keywords)
        if (word.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.keyword;
    return Keyword::None;
}

// The language's messages, in the translations' context sez::Query.
class QueryMessages
{
    Q_DECLARE_TR_FUNCTIONS(sez::Query)
};

// A message and where in the text it applies, as every error of the language reads.
QString atColumn(const QString &message, qsizetype position)
{
    return QueryMessages::tr("%1 at column %2").arg(message).arg(position + 1);
}

QString unexpectedEnd()
{
    return QueryMessages::tr("unexpected end of query");
}

QString unexpectedText(const QString &text)
{
    return QueryMessages::tr("unexpected '%1'").arg(text);
}

// What a missing token's error says: "expected ')'".
QString expected(const QString &token)
{
    return QueryMessages::tr("expected %1").arg(token);
}

QString didYouMean(const QString &suggested)
{
    return suggested.isEmpty() ? QString() : QueryMessages::tr(" — did you mean '%1'?").arg(suggested);
}

// "1,000" is not a thousand here: a comma separates list items, and in Kazakh and Russian
// writing it is the decimal separator, so any reading of it would surprise someone.
double parseNumber(QStringView text, bool *ok)
{
    static const QLocale locale = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        return c;
    }();
    const double value = locale.toDouble(text.trimmed(), ok);
    *ok = *ok && std::isfinite(value);
    return value;
}

bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
bool isIdentifierStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdentifierPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

bool tokenize(const QString &text, std::vector<Token> *tokens, QString *error)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype end = 0;      // just past the last token, where "end of query" is reported
    while (true) {
        while (i < size && text.at(i).isSpace())
            ++i;
        Token token;
        token.position = i;
        if (i >= size) {
            token.position = end;
            tokens->push_back(token);
            return true;
        }
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < size) {
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < size && text.at(i + 1) == QLatin1Char('\'')) {
                        token.text += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                token.text += text.at(i++);
            }
            if (!closed) {
                *error = atColumn(QueryMessages::tr("unterminated string"), start);
                return false;
            }
            token.type = TokenType::String;
        } else if (isAsciiDigit(c) || (c == QLatin1Char('.') && i + 1 < size && isAsciiDigit(text.at(i + 1)))) {
            auto digits = [&] { while (i < size && isAsciiDigit(text.at(i))) ++i; };
            digits();
            if (i < size && text.at(i) == QLatin1Char('.')) {
                ++i;
                digits();
            }
            if (i < size && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
                qsizetype j = i + 1;
                if (j < size && (text.at(j) == QLatin1Char('+') || text.at(j) == QLatin1Char('-')))
                    ++j;
                if (j < size && isAsciiDigit(text.at(j))) {
                    i = j;
                    digits();
                }
            }
            if (i < size && isIdentifierPart(text.at(i))) {
                while (i < size && isIdentifierPart(text.at(i)))
                    ++i;
                *error = atColumn(QueryMessages::tr("invalid number '%1'").arg(text.mid(start, i - start)), start);
                return false;
            }
            bool ok = false;
            token.number = parseNumber(QStringView(text).mid(start, i - start), &ok);
            if (!ok) {
                *error = atColumn(QueryMessages::tr("number out of range '%1'").arg(text.mid(start, i - start)), start);
                return false;
            }
            token.type = TokenType::Number;
        } else if (isIdentifierStart(c)) {
            while (i < size && isIdentifierPart(text.at(i)))
                ++i;
            token.type = TokenType::Identifier;
            token.text = text.mid(start, i - start);
            token.keyword = keywordOf(token.text);
        } else {
            const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
            token.type = TokenType::Compare;
            ++i;
            switch (c.unicode()) {
            case '(': token.type = TokenType::LeftParen; break;
            case ')': token.type = TokenType::RightParen; break;
            case ',': token.type = TokenType::Comma; break;
            case '-': token.type = TokenType::Minus; break;
            case '=': token.op = CompareOp::Eq; break;
            case '!':
                if (next != QLatin1Char('=')) {
                    *error = atColumn(QueryMessages::tr("unexpected '!'"), start) + didYouMean(QStringLiteral("!="));
                    return false;
                }
                token.op = CompareOp::Ne;
                ++i;
                break;
            case '<':
                if (next == QLatin1Char('=') || next == QLatin1Char('>')) {
                    token.op = next == QLatin1Char('=') ? CompareOp::Le : CompareOp::Ne;
                    ++i;
                } else {
                    token.op = CompareOp::Lt;
                }
                break;
            case '>':
                token.op = next == QLatin1Char('=') ? CompareOp::Ge : CompareOp::Gt;
                if (next == QLatin1Char('='))
                    ++i;
                break;
            case '"':
                *error = atColumn(QueryMessages::tr("strings take single quotes"), start);
                return false;
            default:
                *error = atColumn(unexpectedText(c), start);
                return false;
            }
        }
        token.source = text.mid(start, i - start);
        end = i;
        tokens->push_back(std::move(token));
    }
}

// ---------------------------------------------------------------------------------------------
// Suggestions

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment (Damerau with adjacent transpositions), case-insensitive.
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    std::vector<int> d(size_t((n + 1) * (m + 1)));
    auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            int best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(n, m);
}

QString suggestion(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::min<int>(2, int(name.size()) - 1) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best.isEmpty() && name.size() >= 2) {
        for (const QString &candidate : candidates)
            if (candidate.startsWith(name, Qt::CaseInsensitive))
                return candidate;
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Parser

struct Literal
{
    enum class Kind { Number, String, Date, Bool, Null } kind = Kind::Number;
    double number = 0;      // Number; Date as Julian day; Bool as 0/1
    QString text;           // String
    qsizetype position = 0;
    QString source;
};

QString typeWord(QueryValueType type)
{
    switch (type) {
    case QueryValueType::String: return QueryMessages::tr("text");
    case QueryValueType::Integer:
    case QueryValueType::Real: return QueryMessages::tr("number");
    case QueryValueType::Date: return QueryMessages::tr("date");
    case QueryValueType::Bool: return QueryMessages::tr("true/false");
    }
    return {};
}

QString describe(const Literal &literal)
{
    switch (literal.kind) {
    case Literal::Kind::Number: return QueryMessages::tr("number %1").arg(literal.source);
    case Literal::Kind::String: return QueryMessages::tr("text %1").arg(quoted(literal.text));
    case Literal::Kind::Date: return QueryMessages::tr("a date");
    case Literal::Kind::Bool: return literal.source.toLower();
    case Literal::Kind::Null: return QStringLiteral("null");
    }
    return {};
}

const QStringList &functionNames()
{
    static const QStringList names = {QStringLiteral("distance"), QStringLiteral("within"),
                                      QStringLiteral("intersects"), QStringLiteral("matches")};
    return names;
}

const QStringList &geometryNames()
{
    static const QStringList names = {QStringLiteral("zone"), QStringLiteral("district"),
                                      QStringLiteral("bbox"), QStringLiteral("wkt")};
    return names;
}

const QString &insideCityName() { static const QString n = QStringLiteral("inside_city"); return n; }
const QString &outsideCityName() { static const QString n = QStringLiteral("outside_city"); return n; }

} // namespace

struct Query::Tree
{
    QString text;
    const QueryContext *context = nullptr;
    NodePtr root;
    std::vector<const Node *> conditions;   // the top-level "and"'s children, or the root
    QStringList fieldsUsed;
    bool usesDistance = false;
    bool usesCity = false;
    bool usesSpatial = false;
    bool usesMatch = false;
};

namespace {

class Parser
{
public:
    Parser(std::vector<Token> tokens, QueryContext &context, Query::Tree &tree)
        : mTokens(std::move(tokens)), mContext(context), mTree(tree),
          mFields(context.fields()), mKinds(context.infrastructureKinds())
    {
    }

    NodePtr parse(QString *error)
    {
        NodePtr root = parseOr();
        if (root && peek().type != TokenType::End)
            root = unexpected(peek());
        if (!root)
            *error = mError;
        return root;
    }

private:
    const Token &peek(size_t ahead = 0) const
    {
        return mTokens[std::min(mPosition + ahead, mTokens.size() - 1)];
    }
    const Token &next() { const Token &t = peek(); if (mPosition < mTokens.size() - 1) ++mPosition; return t; }
    bool atKeyword(Keyword keyword, size_t ahead = 0) const
    {
        return peek(ahead).type == TokenType::Identifier && peek(ahead).keyword == keyword;
    }

    // Every failure goes through here so that the first error wins and the parse unwinds.
    std::nullptr_t fail(qsizetype position, const QString &message, const QString &suggested = {})
    {
        if (mError.isEmpty())
            mError = atColumn(message, position) + didYouMean(suggested);
        return nullptr;
    }
    std::nullptr_t unexpected(const Token &token)
    {
        if (token.type == TokenType::End)
            return fail(token.position, unexpectedEnd());
        return fail(token.position, unexpectedText(token.source));
    }
    // Moves past a token of \a type, or fails with \a message.
    bool expect(TokenType type, const QString &message)
    {
        if (peek().type == type) {
            next();
            return true;
        }
        fail(peek().position, message);
        return false;
    }

    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &d) : depth(d) { ++depth; }
        ~DepthGuard() { --depth; }
    };

    NodePtr parseJunction(bool isAnd)
    {
        const Keyword keyword = isAnd ? Keyword::And : Keyword::Or;
        std::vector<NodePtr> children;
        auto add = [&](NodePtr node) {
            // (a and b) and c is one conjunction: flattening keeps normalized() stable.
            auto *junction = dynamic_cast<JunctionNode *>(node.get());
            if (junction && junction->isAnd() == isAnd) {
                for (NodePtr &child : junction->takeChildren())
                    children.push_back(std::move(child));
            } else {
                children.push_back(std::move(node));
            }
        };
        NodePtr first = isAnd ? parseNot() : parseJunction(true);
        if (!first)
            return nullptr;
        if (!atKeyword(keyword))
            return first;
        add(std::move(first));
        while (atKeyword(keyword)) {
            next();
            NodePtr node = isAnd ? parseNot() : parseJunction(true);
            if (!node)
                return nullptr;
            add(std::move(node));
        }
        return std::make_unique<JunctionNode>(isAnd, std::move(children));
    }

    NodePtr parseOr() { return parseJunction(false); }

    NodePtr parseNot()
    {
        if (!atKeyword(Keyword::Not))
            return parsePrimary();
        const Token &token = next();
        DepthGuard guard(mDepth);
        if (mDepth > kMaxDepth)
            return fail(token.position, QueryMessages::tr("query nested deeper than %1 levels").arg(kMaxDepth));
        NodePtr child = parseNot();
        return child ? std::make_unique<NotNode>(std::move(child)) : nullptr;
    }

    NodePtr parsePrimary()
    {
        const Token &token = peek();
        switch (token.type) {
        case TokenType::LeftParen: {
            next();
            DepthGuard guard(mDepth);
            if (mDepth > kMaxDepth)
                return fail(token.position, QueryMessages::tr("query nested deeper than %1 levels").arg(kMaxDepth));
            NodePtr inner = parseOr();
            if (!inner || !expect(TokenType::RightParen, expected(QStringLiteral("')'"))))
                return nullptr;
            return inner;
        }
        case TokenType::Number:
        case TokenType::String:
        case TokenType::Minus:
            return parseLiteralFirst();
        case TokenType::Identifier:
            break;
        default:
            return unexpected(token);
        }

        switch (token.keyword) {
        case Keyword::None:
            break;
        case Keyword::Date:
            if (peek(1).type == TokenType::String)
                return parseLiteralFirst();
            break;      // a field may be called "date"
        case Keyword::True:
        case Keyword::False:
        case Keyword::Null:
            if (peek(1).type == TokenType::Compare)
                return parseLiteralFirst();
            if (token.keyword == Keyword::Null)
                return unexpected(token);
            next();
            return std::make_unique<ConstantNode>(token.keyword == Keyword::True);
        default:
            return unexpected(token);
        }

        if (peek(1).type == TokenType::LeftParen) {
            const QString name = token.text.toLower();
            if (name == QLatin1String("within") || name == QLatin1String("intersects"))
                return parseSpatial();
            if (name == QLatin1String("matches"))
                return parseMatch();
        }
        Operand operand;
        if (!parseOperand(&operand))
            return nullptr;
        return parsePredicate(operand);
    }

    bool parseOperand(Operand *operand)
    {
        const Token &token = peek();
        if (token.type != TokenType::Identifier || (token.keyword != Keyword::None && token.keyword != Keyword::Date)) {
            if (token.type == TokenType::End)
                fail(token.position, QueryMessages::tr("expected a field"));
            else
                unexpected(token);
            return false;
        }
        next();
        const QString lower = token.text.toLower();
        if (peek().type == TokenType::LeftParen) {
            if (lower == QLatin1String("distance"))
                return parseDistance(operand);
            if (geometryNames().contains(lower)) {
                fail(token.position, QueryMessages::tr("%1() only goes inside within() or intersects()").arg(lower));
                return false;
            }
            fail(token.position, QueryMessages::tr("unknown function '%1'").arg(token.text),
                 suggestion(token.text, functionNames()));
            return false;
        }
        if (lower == insideCityName() || lower == outsideCityName()) {
            operand->kind = Operand::Kind::City;
            mTree.usesCity = true;
            operand->index = lower == insideCityName() ? 1 : 0;
            operand->type = QueryValueType::Bool;
            operand->name = lower;
            return true;
        }
        int index = -1;
        for (int i = 0; i < mFields.size() && index < 0; ++i)
            if (mFields[i].name == token.text)
                index = i;
        for (int i = 0; i < mFields.size() && index < 0; ++i)
            if (mFields[i].name.compare(token.text, Qt::CaseInsensitive) == 0)
                index = i;
        for (int i = 0; i < mFields.size() && index < 0; ++i)
            if (!mFields[i].alias.isEmpty() && mFields[i].alias.compare(token.text, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            QStringList candidates;
            for (const QueryField &field : mFields)
                candidates << field.name;
            candidates << insideCityName() << outsideCityName() << functionNames();
            fail(token.position, QueryMessages::tr("unknown field '%1'").arg(token.text),
                 suggestion(token.text, candidates));
            return false;
        }
        operand->kind = Operand::Kind::Field;
        operand->index = index;
        operand->type = mFields[index].type;
        operand->name = mFields[index].name;
        if (!mTree.fieldsUsed.contains(operand->name))
            mTree.fieldsUsed << operand->name;
        return true;
    }

    bool parseDistance(Operand *operand)
    {
        next();     // (
        const Token &kind = peek();
        if (kind.type != TokenType::String) {
            fail(kind.position, QueryMessages::tr("expected an infrastructure kind in quotes"));
            return false;
        }
        next();
        int index = int(mKinds.indexOf(kind.text));
        for (int i = 0; i < mKinds.size() && index < 0; ++i)
            if (mKinds[i].compare(kind.text, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            fail(kind.position, QueryMessages::tr("unknown infrastructure kind %1").arg(quoted(kind.text)),
                 suggestion(kind.text, mKinds));
            return false;
        }
        if (!expect(TokenType::RightParen, expected(QStringLiteral("')'"))))
            return false;
        operand->kind = Operand::Kind::Distance;
        operand->index = index;
        operand->type = QueryValueType::Real;
        operand->name = QStringLiteral("distance(") + quoted(mKinds[index]) + QLatin1Char(')');
        mTree.usesDistance = true;
        return true;
    }

    bool parseLiteral(Literal *literal)
    {
        const Token &token = peek();
        literal->position = token.position;
        literal->source = token.source;
        switch (token.type) {
        case TokenType::Minus:
            if (peek(1).type == TokenType::Number) {
                next();
                const Token &number = next();
                literal->kind = Literal::Kind::Number;
                literal->number = -number.number;
                literal->source = QLatin1Char('-') + number.source;
                return true;
            }
            break;
        case TokenType::Number:
            next();
            literal->kind = Literal::Kind::Number;
            literal->number = token.number;
            return true;
        case TokenType::String:
            next();
            literal->kind = Literal::Kind::String;
            literal->text = token.text;
            return true;
        case TokenType::Identifier:
            if (token.keyword == Keyword::Date && peek(1).type == TokenType::String) {
                next();
                const Token &value = next();
                const QDate date = QDate::fromString(value.text, Qt::ISODate);
                if (!date.isValid()) {
                    fail(value.position, QueryMessages::tr("invalid date %1, expected YYYY-MM-DD").arg(quoted(value.text)));
                    return false;
                }
                literal->kind = Literal::Kind::Date;
                literal->number = double(date.toJulianDay());
                return true;
            }
            if (token.keyword == Keyword::True || token.keyword == Keyword::False) {
                next();
                literal->kind = Literal::Kind::Bool;
                literal->number = token.keyword == Keyword::True ? 1 : 0;
                return true;
            }
            if (token.keyword == Keyword::Null) {
                next();
                literal->kind = Literal::Kind::Null;
                return true;
            }
            break;
        default:
            break;
        }
        if (token.type == TokenType::Identifier && token.keyword == Keyword::None)
            fail(token.position, QueryMessages::tr("expected a value, not a field name"));
        else if (token.type == TokenType::End)
            fail(token.position, QueryMessages::tr("expected a value"));
        else
            unexpected(token);
        return false;
    }

    // Type checking happens here, at parse time, so a query that parses cannot fail per row.
    bool coerceNumber(const Operand &operand, const Literal &literal, double *out)
    {
        auto mismatch = [&] {
            fail(literal.position, QueryMessages::tr("cannot compare %1 '%2' with %3").arg(typeWord(operand.type), operand.name, describe(literal)));
            return false;
        };
        if (literal.kind == Literal::Kind::Null) {
            fail(literal.position, QueryMessages::tr("use 'is null' to test for null"));
            return false;
        }
        switch (operand.type) {
        case QueryValueType::Integer:
        case QueryValueType::Real:
            if (literal.kind == Literal::Kind::Number) {
                *out = literal.number;
                return true;
            }
            if (literal.kind == Literal::Kind::String) {
                bool ok = false;
                *out = parseNumber(literal.text, &ok);
                if (ok)
                    return true;
            }
            return mismatch();
        case QueryValueType::Date:
            if (literal.kind == Literal::Kind::Date) {
                *out = literal.number;
                return true;
            }
            if (literal.kind == Literal::Kind::String) {
                const QDate date = QDate::fromString(literal.text.trimmed(), Qt::ISODate);
                if (!date.isValid()) {
                    fail(literal.position, QueryMessages::tr("invalid date %1, expected YYYY-MM-DD").arg(quoted(literal.text)));
                    return false;
                }
                *out = double(date.toJulianDay());
                return true;
            }
            return mismatch();
        case QueryValueType::Bool:
            if (literal.kind == Literal::Kind::Bool) {
                *out = literal.number;
                return true;
            }
            return mismatch();
        case QueryValueType::String:
            break;
        }
        return mismatch();
    }

    bool coerceText(const Operand &operand, const Literal &literal, QString *out)
    {
        if (literal.kind == Literal::Kind::String) {
            *out = literal.text;
            return true;
        }
        if (literal.kind == Literal::Kind::Null) {
            fail(literal.position, QueryMessages::tr("use 'is null' to test for null"));
            return false;
        }
        fail(literal.position, QueryMessages::tr("cannot compare %1 '%2' with %3").arg(typeWord(QueryValueType::String), operand.name, describe(literal)),
             literal.kind == Literal::Kind::Number ? literal.source : QString());
        return false;
    }

    // A value compared for (in)equality with a field: as the context reads it (a category by its
    // label or the source's word), or an error naming what could have been meant.
    bool resolveText(const Operand &operand, const Literal &literal, QString *value)
    {
        if (operand.kind != Operand::Kind::Field)
            return true;
        QString stored, suggested;
        if (mContext.resolveValue(operand.index, *value, &stored, &suggested)) {
            *value = stored;
            return true;
        }
        fail(literal.position, QueryMessages::tr("unknown %1 value %2").arg(operand.name, quoted(*value)), suggested);
        return false;
    }

    NodePtr coded(const Operand &operand, std::unique_ptr<TextNode> node)
    {
        if (const QStringList *dictionary = mContext.dictionary(operand.index))
            node->decideForEach(*dictionary, mContext.columnView(operand.index));
        return node;
    }

    NodePtr makeComparison(const Operand &operand, CompareOp op, const Literal &literal, qsizetype opPosition)
    {
        if (!isNumericType(operand.type)) {
            QString value;
            if (!coerceText(operand, literal, &value))
                return nullptr;
            if ((op == CompareOp::Eq || op == CompareOp::Ne) && !resolveText(operand, literal, &value))
                return nullptr;
            return coded(operand, std::make_unique<TextCompareNode>(operand, op, value));
        }
        double value = 0;
        if (!coerceNumber(operand, literal, &value))
            return nullptr;
        if (operand.type == QueryValueType::Bool && op != CompareOp::Eq && op != CompareOp::Ne)
            return fail(opPosition, QueryMessages::tr("only = and != apply to true/false"));
        return std::make_unique<NumberCompareNode>(operand, op, value, columnView(operand));
    }

    // 5000 >= distance('substation'): the literal comes first, the tree is the same as written
    // the other way round.
    NodePtr parseLiteralFirst()
    {
        Literal literal;
        if (!parseLiteral(&literal))
            return nullptr;
        const Token &op = peek();
        if (op.type != TokenType::Compare)
            return fail(op.position, QueryMessages::tr("expected a comparison"));
        next();
        Operand operand;
        const Token &field = peek();
        if (field.type != TokenType::Identifier || (field.keyword != Keyword::None && field.keyword != Keyword::Date))
            return fail(field.position, QueryMessages::tr("expected a field"));
        if (!parseOperand(&operand))
            return nullptr;
        return makeComparison(operand, flipped(op.op), literal, op.position);
    }

    NodePtr parsePredicate(const Operand &operand)
    {
        const Token &token = peek();
        if (token.type == TokenType::Compare) {
            next();
            Literal literal;
            if (!parseLiteral(&literal))
                return nullptr;
            return makeComparison(operand, token.op, literal, token.position);
        }
        bool negated = false;
        if (atKeyword(Keyword::Not) && (atKeyword(Keyword::In, 1) || atKeyword(Keyword::Between, 1)
                                        || atKeyword(Keyword::Like, 1) || atKeyword(Keyword::Ilike, 1))) {
            next();
            negated = true;
        }
        const Token &keyword = peek();
        if (keyword.type == TokenType::Identifier) {
            switch (keyword.keyword) {
            case Keyword::In: next(); return parseIn(operand, negated);
            case Keyword::Between: next(); return parseBetween(operand, negated);
            case Keyword::Like:
            case Keyword::Ilike: next(); return parseLike(operand, keyword, negated);
            case Keyword::Is: {
                next();
                const bool isNot = atKeyword(Keyword::Not);
                if (isNot)
                    next();
                if (!atKeyword(Keyword::Null))
                    return fail(peek().position, expected(QStringLiteral("'null'")));
                next();
                return std::make_unique<IsNullNode>(operand, isNot, isNumericType(operand.type) ? nullptr : mContext.dictionary(operand.index));
            }
            default:
                break;
            }
        }
        if (operand.type == QueryValueType::Bool)
            return std::make_unique<TruthNode>(operand);
        return fail(token.position, QueryMessages::tr("expected a comparison after '%1'").arg(operand.name));
    }

    NodePtr parseIn(const Operand &operand, bool negated)
    {
        if (!expect(TokenType::LeftParen, QueryMessages::tr("expected '(' after 'in'")))
            return nullptr;
        QList<double> numbers;
        QStringList texts;
        while (true) {
            Literal literal;
            if (!parseLiteral(&literal))
                return nullptr;
            if (isNumericType(operand.type)) {
                double value = 0;
                if (!coerceNumber(operand, literal, &value))
                    return nullptr;
                numbers << value;
            } else {
                QString value;
                if (!coerceText(operand, literal, &value) || !resolveText(operand, literal, &value))
                    return nullptr;
                texts << value;
            }
            if (peek().type == TokenType::Comma) {
                next();
                continue;
            }
            if (!expect(TokenType::RightParen, expected(QStringLiteral("')'"))))
                return nullptr;
            break;
        }
        if (isNumericType(operand.type))
            return std::make_unique<NumberInNode>(operand, numbers, negated);
        return coded(operand, std::make_unique<TextInNode>(operand, texts, negated));
    }

    NodePtr parseBetween(const Operand &operand, bool negated)
    {
        Literal low, high;
        if (!parseLiteral(&low))
            return nullptr;
        if (!atKeyword(Keyword::And))
            return fail(peek().position, expected(QStringLiteral("'and'")));
        next();
        if (!parseLiteral(&high))
            return nullptr;
        if (operand.type == QueryValueType::Bool)
            return fail(low.position, QueryMessages::tr("between does not apply to true/false"));
        if (isNumericType(operand.type)) {
            double a = 0, b = 0;
            if (!coerceNumber(operand, low, &a) || !coerceNumber(operand, high, &b))
                return nullptr;
            return std::make_unique<NumberBetweenNode>(operand, a, b, negated, columnView(operand));
        }
        QString a, b;
        if (!coerceText(operand, low, &a) || !coerceText(operand, high, &b))
            return nullptr;
        return coded(operand, std::make_unique<TextBetweenNode>(operand, a, b, negated));
    }

    NodePtr parseLike(const Operand &operand, const Token &keyword, bool negated)
    {
        if (isNumericType(operand.type))
            return fail(keyword.position, QueryMessages::tr("%1 needs text, '%2' is a %3").arg(keyword.text.toLower(), operand.name, typeWord(operand.type)));
        const Token &pattern = peek();
        if (pattern.type != TokenType::String)
            return fail(pattern.position, QueryMessages::tr("expected a pattern in quotes"));
        next();
        return coded(operand, std::make_unique<LikeNode>(operand, pattern.text, keyword.keyword == Keyword::Ilike, negated));
    }

    // The context's message may end in "— did you mean ...?"; the column goes before that.
    /// The column a field operand reads, when the context keeps it in a column.
    const ColumnView *columnView(const Operand &operand) const
    {
        return operand.kind == Operand::Kind::Field ? mContext.columnView(operand.index) : nullptr;
    }

    std::nullptr_t failFromContext(qsizetype position, const QString &message)
    {
        if (!mError.isEmpty())
            return nullptr;
        // A suggestion the context appended (didYouMean()) stays after the column.
        const QString dash = QStringLiteral(" — ");
        const qsizetype split = message.indexOf(dash);
        mError = split < 0 ? atColumn(message, position) : QString(atColumn(message.left(split), position) + message.mid(split));
        return nullptr;
    }

    NodePtr parseSpatial()
    {
        const Token &function = next();
        const SpatialRelation relation = function.text.toLower() == QLatin1String("within")
                ? SpatialRelation::Within : SpatialRelation::Intersects;
        next();     // (
        const Token &geometry = peek();
        if (geometry.type != TokenType::Identifier || peek(1).type != TokenType::LeftParen)
            return fail(geometry.position, QueryMessages::tr("expected zone(), district(), bbox() or wkt()"));
        next();
        next();     // (
        SpatialArgument argument;
        qsizetype blamed = geometry.position;      // where the context's complaint points
        const QString name = geometry.text.toLower();
        if (name == QLatin1String("bbox")) {
            argument.kind = SpatialArgument::Kind::BBox;
            for (int i = 0; i < 4; ++i) {
                if (i && !expect(TokenType::Comma, expected(QStringLiteral("','"))))
                    return nullptr;
                Literal literal;
                if (!parseLiteral(&literal))
                    return nullptr;
                if (literal.kind != Literal::Kind::Number)
                    return fail(literal.position, QueryMessages::tr("expected a number"));
                argument.bbox[i] = literal.number;
            }
        } else {
            if (name == QLatin1String("zone"))
                argument.kind = SpatialArgument::Kind::Zone;
            else if (name == QLatin1String("district"))
                argument.kind = SpatialArgument::Kind::District;
            else if (name == QLatin1String("wkt"))
                argument.kind = SpatialArgument::Kind::Wkt;
            else
                return fail(geometry.position, QueryMessages::tr("unknown geometry '%1'").arg(geometry.text),
                            suggestion(geometry.text, geometryNames()));
            const Token &text = peek();
            if (text.type != TokenType::String)
                return fail(text.position, QueryMessages::tr("expected a string"));
            next();
            argument.text = text.text;
            blamed = text.position;
        }
        if (!expect(TokenType::RightParen, expected(QStringLiteral("')'"))) || !expect(TokenType::RightParen, expected(QStringLiteral("')'"))))
            return nullptr;
        QString contextError;
        const int handle = mContext.prepareSpatial(relation, argument, &contextError);
        if (handle < 0)
            return failFromContext(blamed, contextError.isEmpty() ? QueryMessages::tr("invalid geometry") : contextError);
        mTree.usesSpatial = true;
        return std::make_unique<SpatialNode>(relation, argument, handle);
    }

    NodePtr parseMatch()
    {
        next();     // matches
        next();     // (
        const Token &text = peek();
        if (text.type != TokenType::String)
            return fail(text.position, QueryMessages::tr("expected text in quotes"));
        next();
        if (!expect(TokenType::RightParen, expected(QStringLiteral("')'"))))
            return nullptr;
        QString contextError;
        const int handle = mContext.prepareMatch(text.text, &contextError);
        if (handle < 0)
            return failFromContext(text.position, contextError.isEmpty() ? QueryMessages::tr("invalid search text") : contextError);
        mTree.usesMatch = true;
        return std::make_unique<MatchNode>(text.text, handle);
    }

    std::vector<Token> mTokens;
    size_t mPosition = 0;
    QueryContext &mContext;
    Query::Tree &mTree;
    const QList<QueryField> mFields;
    const QStringList mKinds;
    int mDepth = 0;
    QString mError;
};

} // namespace

namespace {

std::vector<const Node *> topConditions(const Node *root)
{
    const auto *junction = dynamic_cast<const JunctionNode *>(root);
    if (!junction || !junction->isAnd())
        return {root};
    std::vector<const Node *> out;
    for (const NodePtr &child : junction->children())
        out.push_back(child.get());
    return out;
}

} // namespace

Query::Query() : mTree(std::make_unique<Tree>()) {}
Query::~Query() = default;

std::unique_ptr<Query> Query::parse(const QString &text, QueryContext &context, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (text.trimmed().isEmpty()) {
        *error = QueryMessages::tr("empty query");
        return nullptr;
    }
    std::vector<Token> tokens;
    if (!tokenize(text, &tokens, error))
        return nullptr;
    std::unique_ptr<Query> query(new Query);
    query->mTree->text = text;
    query->mTree->context = &context;
    Parser parser(std::move(tokens), context, *query->mTree);
    query->mTree->root = parser.parse(error);
    if (!query->mTree->root)
        return nullptr;
    query->mTree->conditions = topConditions(query->mTree->root.get());
    return query;
}

bool Query::matches(qint64 row) const
{
    return mTree->root->eval(*mTree->context, row);
}

QString Query::text() const { return mTree->text; }

QString Query::normalized() const
{
    QString out;
    mTree->root->print(out);
    return out;
}

QStringList Query::fieldsUsed() const { return mTree->fieldsUsed; }
bool Query::usesDistance() const { return mTree->usesDistance; }
bool Query::usesCity() const { return mTree->usesCity; }
bool Query::usesSpatial() const { return mTree->usesSpatial; }
bool Query::usesMatch() const { return mTree->usesMatch; }

QList<QueryConstraint> Query::constraints() const
{
    QList<QueryConstraint> out;
    mTree->root->constrain(out);
    return out;
}

QStringList Query::conditions() const
{
    QStringList out;
    for (const Node *node : mTree->conditions) {
        QString text;
        // A child of the "and" keeps the brackets that bind it; a whole query needs none.
        if (node == mTree->root.get())
            node->print(text);
        else
            node->printAt(text, Precedence::Not);
        out << text;
    }
    return out;
}

bool Query::matchesCondition(qint64 row, int index) const
{
    const std::vector<const Node *> &nodes = mTree->conditions;
    return index >= 0 && std::size_t(index) < nodes.size() && nodes[std::size_t(index)]->eval(*mTree->context, row);
}

QString quotedLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QList<QueryDistanceLimit> Query::distanceLimits() const
{
    QList<std::pair<int, double>> limits;
    mTree->root->limitDistances(limits);
    const QStringList kinds = mTree->context->infrastructureKinds();
    QList<QueryDistanceLimit> out;
    for (const auto &[kind, metres] : limits)
        if (kind >= 0 && kind < kinds.size())
            out.append({kinds.at(kind), metres});
    return out;
}

QString didYouMeanSuffix(const QString &name, const QStringList &candidates)
{
    return didYouMean(suggestion(name, candidates));
}

QString nearestCandidate(const QString &name, const QStringList &candidates)
{
    return suggestion(name, candidates);
}

} // namespace sez
