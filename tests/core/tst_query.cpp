// SPDX-License-Identifier: GPL-3.0-or-later
// The query language against a hand-made store of ten parcels: what every operator selects, what
// normalized() prints, and the exact error lines users see.
#include "core/model/parcelcolumn.h"
#include "core/query/query.h"
#include "columnfixture.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>

using namespace sez;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }


/// A column of decimals as the parcel store keeps them (Decimal32 when every value fits), offered
/// to queries with its column (\a withView) or only through number(): the two must select the same.
class DecimalContext : public QueryContext
{
public:
    DecimalContext(std::shared_ptr<const ParcelColumn> column, bool withView)
        : mColumn(std::move(column)), mView(mColumn->view()), mWithView(withView) {}
    QList<QueryField> fields() const override { return {QueryField{QStringLiteral("area_ha"), QueryValueType::Real, QString()}}; }
    QStringList infrastructureKinds() const override { return {}; }
    QVariant value(qint64 row, int) const override { return mColumn->value(row); }
    double number(qint64 row, int, bool *isNull) const override
    {
        ++numberCalls;
        return mView.number(row, isNull);
    }
    const ColumnView *columnView(int) const override { return mWithView ? &mView : nullptr; }
    bool insideCity(qint64) const override { return false; }
    double distanceTo(qint64, int) const override { return 0; }
    int prepareSpatial(SpatialRelation, const SpatialArgument &, QString *) override { return -1; }
    bool spatial(qint64, int) const override { return false; }
    int prepareMatch(const QString &, QString *) override { return -1; }
    bool matches(qint64, int) const override { return false; }

    mutable std::atomic<qint64> numberCalls{0};

private:
    std::shared_ptr<const ParcelColumn> mColumn;
    ColumnView mView;
    bool mWithView;
};

/// Ten parcels in memory; records what the query asked of it.
class FakeContext : public QueryContext
{
public:
    FakeContext()
    {
        const auto S = [](const char *text) { return QVariant(QString::fromUtf8(text)); };
        const auto D = [](const char *iso) { return QVariant(QDate::fromString(QString::fromUtf8(iso), Qt::ISODate)); };
        const auto I = [](qint64 v) { return QVariant(v); };
        const auto R = [](double v) { return QVariant(v); };
        for (const char *name : {"cadastral_number", "land_category", "permitted_use", "zone", "status", "investor",
                                 "project", "project_kk", "address", "district", "gas"})
            mFields << QueryField{QString::fromLatin1(name), QueryValueType::String, QString()};
        for (const char *name : {"area_ha", "area", "investment_kzt", "water_m3_day"})
            mFields << QueryField{QString::fromLatin1(name), QueryValueType::Real, QString()};
        for (const char *name : {"jobs", "power_kw"})
            mFields << QueryField{QString::fromLatin1(name), QueryValueType::Integer, QString()};
        for (const char *name : {"lease_start", "lease_end"})
            mFields << QueryField{QString::fromLatin1(name), QueryValueType::Date, QString()};
        mKinds = QStringList{QStringLiteral("substation"), QStringLiteral("water_intake"), QStringLiteral("gas_pipeline"),
                             QStringLiteral("wastewater_treatment"), QStringLiteral("highway")};

        add({{"cadastral_number", S("03-047-001-001")}, {"area_ha", R(12.5)}, {"area", R(12.4)}, {"zone", S("industrial")},
             {"status", S("free")}, {"investor", S("Молочная долина")}, {"project", S("Сүт өнімдері зауыты")},
             {"project_kk", S("Сүт өнімдері зауыты")}, {"district", S("Gate")}, {"gas", S("есть")},
             {"investment_kzt", R(5e9)}, {"jobs", I(120)}, {"power_kw", I(500)}, {"water_m3_day", R(30.5)},
             {"lease_start", D("2024-01-15")}, {"lease_end", D("2049-01-15")}}, false, 3000);
        add({{"cadastral_number", S("03-047-001-002")}, {"area_ha", R(8)}, {"zone", S("logistics")}, {"status", S("free")},
             {"investor", S("Қазақ Логистика")}, {"project", S("Ёлочка")}, {"district", S("Golden")},
             {"investment_kzt", R(2e8)}, {"jobs", I(40)}, {"power_kw", I(100)},
             {"lease_start", D("2023-06-01")}, {"lease_end", D("2033-06-01")}}, false, 4500);
        add({{"cadastral_number", S("03-047-001-003")}, {"area_ha", R(25)}, {"zone", S("industrial")}, {"status", S("leased")},
             {"investor", S("ТОО «Елочка»")}, {"project", S("Елочка")}, {"district", S("Gate")},
             {"investment_kzt", R(1e10)}, {"jobs", I(300)}, {"power_kw", I(2000)},
             {"lease_start", D("2020-03-10")}, {"lease_end", D("2045-03-10")}}, false, 7000);
        add({{"cadastral_number", S("03-047-001-004")}, {"area_ha", R(15)}, {"zone", S("residential")}, {"status", S("free")},
             {"district", S("Green")}}, true, 1200);
        add({{"cadastral_number", S("03-047-001-005")}, {"area_ha", R(10)}, {"zone", S("logistics")}, {"status", S("free")},
             {"investor", S("Ақ Жол")}, {"project", S("Склад")}, {"district", S("Golden")}, {"investment_kzt", R(0)},
             {"jobs", I(10)}, {"power_kw", I(50)}, {"lease_start", D("2025-01-01")}, {"lease_end", D("2026-01-01")}}, false, 6000);
        add({{"cadastral_number", S("03-047-001-006")}, {"area_ha", R(100)}, {"zone", S("industrial")}, {"status", S("reserved")},
             {"investor", S("МОЛОЧНАЯ ФЕРМА")}, {"project", S("Ферма")}, {"district", S("Growing")},
             {"investment_kzt", R(3e9)}, {"jobs", I(80)}, {"power_kw", I(800)},
             {"lease_start", D("2026-01-01")}, {"lease_end", D("2056-01-01")}}, false, 2500);
        add({{"cadastral_number", S("03-047-001-007")}, {"area_ha", R(50)}, {"zone", S("agricultural")}, {"status", S("free")},
             {"investor", S("Өрнек")}, {"project", S("Теплица")}, {"district", S("Green")}, {"investment_kzt", R(1.5e9)},
             {"jobs", I(25)}, {"power_kw", I(200)}}, true, 9000);
        add({{"cadastral_number", S("03-047-001-008")}, {"area_ha", R(3)}, {"zone", S("logistics")}, {"status", S("leased")},
             {"investor", S("O'Brien Ltd")}, {"project", S("Depot")}, {"district", S("Gate")}, {"investment_kzt", R(1e8)},
             {"jobs", I(5)}, {"power_kw", I(20)}, {"lease_start", D("2019-05-05")}, {"lease_end", D("2029-05-05")}}, true, 800);
        add({{"cadastral_number", S("03-047-001-009")}, {"area_ha", R(9.99)}, {"zone", S("industrial")}, {"status", S("free")},
             {"investor", S("Ёлкин и партнёры")}, {"project", S("Цех")}, {"district", S("Golden")}, {"investment_kzt", R(7e8)},
             {"jobs", I(60)}, {"power_kw", I(400)}, {"lease_start", D("2022-02-02")}, {"lease_end", D("2042-02-02")}}, false, 4999.9);
        add({{"cadastral_number", S("03-047-001-010")}}, false, 20000);

        // The coded view of the same rows, as a dictionary-coding store keeps them: an empty first
        // entry (which is null) and the distinct values in order of appearance.
        for (qsizetype f = 0; f < mFields.size(); ++f) {
            QStringList dictionary{QString()};
            for (const QVariantList &row : std::as_const(mRows))
                if (row[f].isValid() && !dictionary.contains(row[f].toString()))
                    dictionary << row[f].toString();
            mDictionaries << dictionary;
        }
    }

    qint64 rowCount() const { return mRows.size(); }

    QList<QueryField> fields() const override { return mFields; }
    QStringList infrastructureKinds() const override { return mKinds; }
    QVariant value(qint64 row, int fieldIndex) const override { return mRows[row][fieldIndex]; }
    const QStringList *dictionary(int fieldIndex) const override
    {
        return mCoded && mFields[fieldIndex].type == QueryValueType::String ? &mDictionaries[fieldIndex] : nullptr;
    }
    int code(qint64 row, int fieldIndex) const override
    {
        ++mCodeCalls;
        const QVariant &v = mRows[row][fieldIndex];
        if (!v.isValid())
            return row < 5 ? 0 : -1;       // both ways of saying null
        return int(mDictionaries[fieldIndex].indexOf(v.toString()));
    }
    bool insideCity(qint64 row) const override { return mInside[row]; }
    double distanceTo(qint64 row, int kindIndex) const override
    {
        ++mDistanceCalls;
        mKindsAsked.insert(kindIndex);
        if (mKinds[kindIndex] == QLatin1String("highway"))
            return std::numeric_limits<double>::infinity();
        return mSubstation[row] * (kindIndex + 1);
    }

    int prepareSpatial(SpatialRelation relation, const SpatialArgument &argument, QString *error) override
    {
        if (argument.kind == SpatialArgument::Kind::Zone && argument.text == QLatin1String("industrail")) {
            *error = u("unknown zone 'industrail' — did you mean 'industrial'?");
            return -1;
        }
        if (argument.kind == SpatialArgument::Kind::Wkt && !argument.text.startsWith(QLatin1String("POLYGON"))) {
            *error = QStringLiteral("invalid WKT");
            return -1;
        }
        mSpatial.append({relation, argument});
        return int(mSpatial.size()) - 1;
    }

    // Parcels are points here: lon grows with the row, so a bbox selects a run of rows.
    bool spatial(qint64 row, int handle) const override
    {
        const SpatialArgument &a = mSpatial[handle].second;
        switch (a.kind) {
        case SpatialArgument::Kind::Zone: return mRows[row][3].toString() == a.text;
        case SpatialArgument::Kind::District: return mRows[row][9].toString() == a.text;
        case SpatialArgument::Kind::BBox: {
            const double lon = 76.0 + 0.2 * double(row);
            const double lat = 43.5;
            return lon >= a.bbox[0] && lon <= a.bbox[2] && lat >= a.bbox[1] && lat <= a.bbox[3];
        }
        case SpatialArgument::Kind::Wkt: return false;
        }
        return false;
    }

    int prepareMatch(const QString &text, QString *error) override
    {
        if (text.trimmed().isEmpty()) {
            *error = QStringLiteral("nothing to search for");
            return -1;
        }
        mMatchTexts << ilikeFold(text.trimmed());
        return int(mMatchTexts.size()) - 1;
    }
    bool matches(qint64 row, int handle) const override
    {
        const QString haystack = mRows[row][5].toString() + QLatin1Char(' ') + mRows[row][6].toString();
        return ilikeFold(haystack).contains(mMatchTexts[handle]);
    }

    QList<QueryField> mFields;
    QStringList mKinds;
    QList<QVariantList> mRows;
    QList<bool> mInside;
    QList<double> mSubstation;
    QList<std::pair<SpatialRelation, SpatialArgument>> mSpatial;
    QStringList mMatchTexts;
    QList<QStringList> mDictionaries;
    bool mCoded = false;
    mutable int mCodeCalls = 0;
    mutable int mDistanceCalls = 0;
    mutable QSet<int> mKindsAsked;

private:
    void add(std::initializer_list<std::pair<const char *, QVariant>> values, bool inside, double substation)
    {
        QVariantList row(mFields.size());
        for (const auto &[name, value] : values) {
            int index = -1;
            for (int i = 0; i < mFields.size(); ++i)
                if (mFields[i].name == QLatin1String(name))
                    index = i;
            Q_ASSERT(index >= 0);
            row[index] = value;
        }
        mRows << row;
        mInside << inside;
        mSubstation << substation;
    }
};

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

    FakeContext mContext;

    QList<int> select(const QString &text, QString *error = nullptr)
    {
        QString parseError;
        const auto query = Query::parse(text, mContext, &parseError);
        if (error)
            *error = parseError;
        if (!query)
            return {-1};
        QList<int> rows;
        for (qint64 row = 0; row < mContext.rowCount(); ++row)
            if (query->matches(row))
                rows << int(row);
        return rows;
    }

    bool satisfies(int row, const QueryConstraint &c) const
    {
        bool isNull = true;
        if (!c.texts.isEmpty()) {
            const QStringView text = mContext.text(row, c.fieldIndex, &isNull);
            return !isNull && c.texts.contains(text.toString());
        }
        const double v = mContext.number(row, c.fieldIndex, &isNull);
        return !isNull && (c.lowInclusive ? v >= c.low : v > c.low) && (c.highInclusive ? v <= c.high : v < c.high);
    }

    QString errorOf(const QString &text)
    {
        QString error;
        const auto query = Query::parse(text, mContext, &error);
        return query ? QStringLiteral("<parsed: %1>").arg(query->normalized()) : error;
    }

private Q_SLOTS:
    void selects_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("rows");
        const QList<int> all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        const auto row = [](const char *text, QList<int> rows) { QTest::addRow("%s", text) << u(text) << rows; };

        // comparisons and literals
        row("status = 'free'", {0, 1, 3, 4, 6, 8});
        row("status != 'free'", {2, 5, 7});                 // the null status of row 9 is not "!= free"
        row("status <> 'free'", {2, 5, 7});
        row("area_ha < 10", {1, 7, 8});
        row("area_ha <= 10", {1, 4, 7, 8});
        row("area_ha > 50", {5});
        row("area_ha >= 50", {5, 6});
        row("area_ha = 10", {4});
        row("jobs = 120", {0});
        row("jobs > -1", {0, 1, 2, 4, 5, 6, 7, 8});
        row("area_ha >= '10'", {0, 2, 3, 4, 5, 6});
        row("area_ha > .5e1", {0, 1, 2, 3, 4, 5, 6, 8});
        row("investment_kzt >= 1e9", {0, 2, 5, 6});
        row("investment_kzt > 1.5E+9", {0, 2, 5});
        row("lease_start >= date '2024-01-01'", {0, 4, 5});
        row("lease_start < '2021-01-01'", {2, 7});
        row("lease_end = '2026-01-01'", {4});
        row("district = 'Gate'", {0, 2, 7});
        row("gas = 'есть'", {0});
        row("investor = 'O''Brien Ltd'", {7});
        row("true", all);
        row("false", {});
        row("inside_city", {3, 6, 7});
        row("outside_city", {0, 1, 2, 4, 5, 8, 9});
        row("inside_city = false", {0, 1, 2, 4, 5, 8, 9});
        row("outside_city != true", {3, 6, 7});
        // literal on the left
        row("10 <= area_ha", {0, 2, 3, 4, 5, 6});
        row("'free' = status", {0, 1, 3, 4, 6, 8});
        row("5000 > distance('substation')", {0, 1, 3, 5, 7, 8});
        row("date '2024-01-01' <= lease_start", {0, 4, 5});
        // boolean structure
        row("zone = 'logistics' or zone = 'industrial' and status = 'free'", {0, 1, 4, 7, 8});
        row("(zone = 'logistics' or zone = 'industrial') and status = 'free'", {0, 1, 4, 8});
        row("not status = 'free'", {2, 5, 7, 9});
        row("not (status = 'free' or inside_city)", {2, 5, 9});
        row("not not inside_city", {3, 6, 7});
        row("ZONE IN ('industrial', 'logistics') AND Status = 'free'", {0, 1, 4, 8});
        row("((status = 'free')) and ((((jobs > 50))))", {0, 8});
        // in, between
        row("zone in ('industrial')", {0, 2, 5, 8});
        row("zone not in ('industrial', 'logistics')", {3, 6});
        row("jobs in (10, 40, 300)", {1, 2, 4});
        row("jobs not in (10, 40, 300)", {0, 5, 6, 7, 8});
        row("lease_end in ('2026-01-01', date '2029-05-05')", {4, 7});
        row("area_ha between 10 and 25", {0, 2, 3, 4});
        row("area_ha not between 10 and 25", {1, 5, 6, 7, 8});
        row("district between 'Gate' and 'Golden'", {0, 1, 2, 4, 7, 8});
        row("lease_start between '2020-01-01' and '2023-12-31'", {1, 2, 8});
        // like, ilike: Cyrillic, Kazakh, ё
        row("cadastral_number like '03-047-001-00_'", {0, 1, 2, 3, 4, 5, 6, 7, 8});
        row("investor like 'Мол%'", {0});
        row("investor ilike '%молочная%'", {0, 5});
        row("investor ilike 'қ%'", {1});
        row("investor ilike 'АҚ%'", {4});
        row("investor ilike 'ө%'", {6});
        row("project_kk ilike '%ӨНІМ%'", {0});
        row("project ilike '%елочка%'", {1, 2});
        row("project ilike 'ЁЛОЧКА'", {1, 2});
        row("investor ilike 'елкин%партнеры'", {8});
        row("project like 'Е%'", {2});
        row("investor not ilike '%молочная%'", {1, 2, 4, 6, 7, 8});
        row("investor like 'O''Brien%'", {7});
        row("cadastral_number like '%\\_%'", {});
        row("investor like '%'", {0, 1, 2, 4, 5, 6, 7, 8});
        row("investor ilike '_Қ %'", {4});
        // null tests
        row("investor is null", {3, 9});
        row("investor is not null", {0, 1, 2, 4, 5, 6, 7, 8});
        row("jobs is null", {3, 9});
        row("lease_start IS NULL", {3, 6, 9});
        row("not jobs > 50", {1, 3, 4, 6, 7, 9});
        // distance
        row("distance('substation') <= 5000", {0, 1, 3, 5, 7, 8});
        row("distance('highway') < 1e12", {});
        row("distance('highway') > 0", all);
        row("zone in ('industrial', 'logistics') and status = 'free' and area_ha >= 10 and outside_city "
            "and distance('substation') <= 5000", {0});
        // injection-looking text is a string like any other
        row("status = 'x''; DROP TABLE parcels; --'", {});
        row("investor = '\" or 1=1 --'", {});
    }

    // A comparison with a Decimal32 column is decided on the column's integers (no division a row)
    // and selects exactly the rows the comparison of the doubles selects: every operator, between
    // and not between, negated, the literal on either side; constants at the column's values, one
    // double either side of them, between two decimals, at the integers' limits, signed zeros,
    // huge and tiny; nulls never compare.
    void decimalColumnsCompareAsTheirDoubles()
    {
        QRandomGenerator random(29);
        std::vector<double> areas = {0, 214748.3646, -214748.3646, 0.0001, -0.0001, std::nan(""), 12.5, 1};
        for (int i = 0; i < 3000; ++i)
            areas.push_back(i % 50 == 0 ? std::nan("") : double(qint32(random.bounded(400'000'000)) - 200'000'000) / 1e4);
        std::vector<double> sums = {0, 2.5e12, 125e6, std::nan(""), -3e9, 2147483646e4, -2147483646e4};
        for (int i = 0; i < 500; ++i)
            sums.push_back(double(random.bounded(100'000)) * 1e6);
        const std::vector<double> integers = {0, 1, -1, 7, 2147483646, -2147483646, 65536, std::nan("")};
        const QStringList ops = {QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="),
                                 QStringLiteral(">"), QStringLiteral(">=")};
        int decided = 0;
        for (const std::vector<double> &values : {areas, sums, integers}) {
            const auto column = test::realColumn(values);
            QVERIFY(column);
            QCOMPARE(column->storage(), ColumnStorage::Decimal32);   // -0.0 would keep doubles: not the same bits
            DecimalContext fast(column, true), slow(column, false);
            std::vector<double> constants = {0.0, -0.0, 1e300, -1e300, 5e-324, -5e-324, 1e-300, 0.5, -0.5, 214748.36475,
                                             -214748.36475, 214748.3648, -214748.3648, 2.147483647e13, 2.147483648e13,
                                             -2.147483648e13, 1e20, 0.00005, 12.49995, 12.50005};
            for (std::size_t i = 0; i < values.size(); i += values.size() / 40 + 1)
                if (!std::isnan(values[i]))
                    for (double v : {values[i], std::nextafter(values[i], -1e308), std::nextafter(values[i], 1e308)})
                        constants.push_back(v);
            for (double constant : constants) {
                const QString c = QString::number(constant, 'g', 17);
                QCOMPARE(c.toDouble(), constant);
                QStringList texts;
                for (const QString &op : ops)
                    texts << QStringLiteral("area_ha %1 %2").arg(op, c) << QStringLiteral("%2 %1 area_ha").arg(op, c)
                          << QStringLiteral("not area_ha %1 %2").arg(op, c);
                for (double other : {constant, std::nextafter(constant, 1e308), constant + 1000, -1e300})
                    for (const QString &between : {QStringLiteral("between"), QStringLiteral("not between")})
                        texts << QStringLiteral("area_ha %1 %2 and %3").arg(between, c, QString::number(other, 'g', 17))
                              << QStringLiteral("area_ha %1 %3 and %2").arg(between, c, QString::number(other, 'g', 17));
                for (const QString &text : texts) {
                    QString error;
                    const auto a = Query::parse(text, fast, &error);
                    const auto b = Query::parse(text, slow, &error);
                    QVERIFY2(a && b, qPrintable(text + QStringLiteral(": ") + error));
                    fast.numberCalls = 0;
                    for (qint64 row = 0; row < column->size(); ++row)
                        if (a->matches(row) != b->matches(row))
                            QFAIL(qPrintable(QStringLiteral("%1: row %2 (%3)").arg(text).arg(row).arg(values[std::size_t(row)], 0, 'g', 17)));
                    QCOMPARE(fast.numberCalls.load(), qint64(0));   // decided on the integers
                    QVERIFY(slow.numberCalls > 0);
                    ++decided;
                }
            }
        }
        QVERIFY(decided > 3000);
    }

    void selects()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, rows);
        QString error;
        const QList<int> selected = select(query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(selected, rows);

        // What constraints() promises the store: every matching row satisfies every constraint.
        const auto parsed = Query::parse(query, mContext, nullptr);
        for (const QueryConstraint &c : parsed->constraints())
            for (int row : selected)
                QVERIFY2(satisfies(row, c), qPrintable(QStringLiteral("row %1, field %2").arg(row).arg(c.fieldIndex)));

        // The same rows when the store keeps its text dictionary-coded.
        mContext.mCoded = true;
        mContext.mCodeCalls = 0;
        const QList<int> coded = select(query, &error);
        mContext.mCoded = false;
        QCOMPARE(coded, rows);
        const bool usesText = std::any_of(parsed->fieldsUsed().cbegin(), parsed->fieldsUsed().cend(), [this](const QString &name) {
            for (const QueryField &field : mContext.mFields)
                if (field.name == name)
                    return field.type == QueryValueType::String;
            return false;
        });
        QCOMPARE(mContext.mCodeCalls > 0, usesText);
    }

    void constraints()
    {
        const auto query = Query::parse(
                u("zone in ('logistics', 'industrial') and status = 'free' and area_ha >= 10 and jobs between 5 and 50 "
                  "and lease_start < '2025-01-01' and distance('substation') < 5 and status != 'x' and not zone = 'y' "
                  "and investor ilike 'a%' and (jobs = 1 or jobs = 2)"),
                mContext, nullptr);
        QVERIFY(query);
        const QList<QueryConstraint> constraints = query->constraints();
        QCOMPARE(constraints.size(), 5);
        const QList<QueryField> fields = mContext.fields();
        QCOMPARE(fields[constraints[0].fieldIndex].name, QStringLiteral("zone"));
        QCOMPARE(constraints[0].texts, (QStringList{QStringLiteral("industrial"), QStringLiteral("logistics")}));
        QCOMPARE(fields[constraints[1].fieldIndex].name, QStringLiteral("status"));
        QCOMPARE(constraints[1].texts, QStringList{QStringLiteral("free")});
        QCOMPARE(fields[constraints[2].fieldIndex].name, QStringLiteral("area_ha"));
        QVERIFY(constraints[2].texts.isEmpty());
        QCOMPARE(constraints[2].low, 10.0);
        QVERIFY(constraints[2].lowInclusive);
        QVERIFY(std::isinf(constraints[2].high));
        QCOMPARE(fields[constraints[3].fieldIndex].name, QStringLiteral("jobs"));
        QCOMPARE(constraints[3].low, 5.0);
        QCOMPARE(constraints[3].high, 50.0);
        QCOMPARE(fields[constraints[4].fieldIndex].name, QStringLiteral("lease_start"));
        QCOMPARE(constraints[4].high, double(QDate(2025, 1, 1).toJulianDay()));
        QVERIFY(!constraints[4].highInclusive);

        QVERIFY(Query::parse(u("status = 'free' or area_ha > 1"), mContext, nullptr)->constraints().isEmpty());
        QCOMPARE(Query::parse(u("jobs = 7"), mContext, nullptr)->constraints().size(), 1);
    }

    void normalizedRoundTrips_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *text, const char *expected) {
            QTest::addRow("%s", text) << u(text) << u(expected);
        };
        row("ZONE IN ('industrial','logistics') AND NOT Status <> 'free' or 5000>distance('substation')",
            "zone in ('industrial', 'logistics') and not status != 'free' or distance('substation') < 5000");
        row("lease_start >= '2024-01-01'", "lease_start >= date '2024-01-01'");
        row("area_ha >= '10' and investment_kzt > 1e12", "area_ha >= 10 and investment_kzt > 1e+12");
        row("(status = 'free' and jobs > 5) and (zone = 'x' and inside_city)",
            "status = 'free' and jobs > 5 and zone = 'x' and inside_city");
        row("(status = 'free' or jobs > 5) and not (zone = 'x' or outside_city)",
            "(status = 'free' or jobs > 5) and not (zone = 'x' or outside_city)");
        row("investor not ilike 'O''B%' or project like '_'", "investor not ilike 'O''B%' or project like '_'");
        row("jobs NOT BETWEEN -5 AND 2.5e2 and area_ha between 1 and 2 or true",
            "jobs not between -5 and 250 and area_ha between 1 and 2 or true");
        row("lease_end not in ('2026-01-01', date '2029-05-05') or lease_end is not null",
            "lease_end not in (date '2026-01-01', date '2029-05-05') or lease_end is not null");
        row("within(zone('industrial')) or intersects(bbox(76, 43.25, 77.5, -1e-3))",
            "within(zone('industrial')) or intersects(bbox(76, 43.25, 77.5, -0.001))");
        row("not not matches('Ёлочка') and within(district('Gate'))",
            "not not matches('Ёлочка') and within(district('Gate'))");
        row("inside_city = true and investor is null", "inside_city = true and investor is null");
    }

    void normalizedRoundTrips()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QString error;
        const auto first = Query::parse(query, mContext, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->text(), query);
        QCOMPARE(first->normalized(), expected);
        const auto second = Query::parse(first->normalized(), mContext, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->normalized(), expected);
        for (qint64 row = 0; row < mContext.rowCount(); ++row)
            QCOMPARE(second->matches(row), first->matches(row));
    }

    void normalizedRoundTripsEverySelection()
    {
        // Every query of the selection table reprints to something selecting the same rows.
        const QStringList queries = {
            u("zone in ('industrial', 'logistics') and status = 'free' and area_ha >= 10 and outside_city and distance('substation') <= 5000"),
            u("not (status = 'free' or inside_city)"), u("project ilike '%елочка%'"), u("status = 'x''; DROP TABLE parcels; --'"),
            u("lease_start between '2020-01-01' and '2023-12-31'"), u("jobs > -1"), u("investor like '%\\_%'"),
        };
        for (const QString &text : queries) {
            const auto first = Query::parse(text, mContext, nullptr);
            QVERIFY2(first, qPrintable(text));
            const auto second = Query::parse(first->normalized(), mContext, nullptr);
            QVERIFY2(second, qPrintable(first->normalized()));
            QCOMPARE(second->normalized(), first->normalized());
            for (qint64 row = 0; row < mContext.rowCount(); ++row)
                QCOMPARE(second->matches(row), first->matches(row));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *text, const char *error) { QTest::addRow("%s", text) << u(text) << u(error); };
        row("zonee = 'industrial'", "unknown field 'zonee' at column 1 — did you mean 'zone'?");
        row("status = 'free' and investr ilike 'a%'", "unknown field 'investr' at column 21 — did you mean 'investor'?");
        row("qwerty = 1", "unknown field 'qwerty' at column 1");
        row("distance('substaton') < 5000", "unknown infrastructure kind 'substaton' at column 10 — did you mean 'substation'?");
        row("distanse('substation') < 1", "unknown function 'distanse' at column 1 — did you mean 'distance'?");
        row("(status = 'free' or jobs > 2", "expected ')' at column 29");
        row("status = 'free", "unterminated string at column 10");
        row("status = 'free' and investor = 'abc", "unterminated string at column 32");
        row("area_ha > 'big'", "cannot compare number 'area_ha' with text 'big' at column 11");
        row("distance('substation') < 'near'", "cannot compare number 'distance('substation')' with text 'near' at column 26");
        row("area_ha > '1,000'", "cannot compare number 'area_ha' with text '1,000' at column 11");
        row("area_ha > 'inf'", "cannot compare number 'area_ha' with text 'inf' at column 11");
        row("area_ha > 1e999", "number out of range '1e999' at column 11");
        row("area_ha > 1e", "invalid number '1e' at column 11");
        row("area_ha like '1%'", "like needs text, 'area_ha' is a number at column 9");
        row("zone = 5", "cannot compare text 'zone' with number 5 at column 8 — did you mean '5'?");
        row("lease_end < '2026-13-01'", "invalid date '2026-13-01', expected YYYY-MM-DD at column 13");
        row("lease_end < 5", "cannot compare date 'lease_end' with number 5 at column 13");
        row("inside_city > true", "only = and != apply to true/false at column 13");
        row("status = null", "use 'is null' to test for null at column 10");
        row("", "empty query");
        row("   \t ", "empty query");
        row("status = 'free' xyz", "unexpected 'xyz' at column 17");
        row("and status = 'free'", "unexpected 'and' at column 1");
        row("status = 'free' and", "unexpected end of query at column 20");
        row("status = 'free' and )", "unexpected ')' at column 21");
        row("status", "expected a comparison after 'status' at column 7");
        row("status = ", "expected a value at column 9");
        row("status = zone", "expected a value, not a field name at column 10");
        row("status = \"free\"", "strings take single quotes at column 10");
        row("status ! 'x'", "unexpected '!' at column 8 — did you mean '!='?");
        row("status = 'a' ; drop", "unexpected ';' at column 14");
        row("area_ha > 10abc", "invalid number '10abc' at column 11");
        row("zone('industrial')", "zone() only goes inside within() or intersects() at column 1");
        row("within(zone('industrail'))", "unknown zone 'industrail' at column 13 — did you mean 'industrial'?");
        row("within(zon('industrial'))", "unknown geometry 'zon' at column 8 — did you mean 'zone'?");
        row("within(wkt('LINESTRING(1 2, 3 4)'))", "invalid WKT at column 12");
        row("matches('  ')", "nothing to search for at column 9");
        row("zone in ()", "unexpected ')' at column 10");
        row("area_ha between 1 or 2", "expected 'and' at column 19");
        row("jobs is 5", "expected 'null' at column 9");
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        QCOMPARE(errorOf(query), error);
    }

    void nullErrorPointerIsAllowed()
    {
        QVERIFY(!Query::parse(QStringLiteral("zonee = 1"), mContext, nullptr));
        QVERIFY(Query::parse(QStringLiteral("zone = '1'"), mContext, nullptr));
    }

    void distanceAsksForTheKindIndex()
    {
        mContext.mKindsAsked.clear();
        const auto query = Query::parse(QStringLiteral("distance('water_intake') < 5000"), mContext, nullptr);
        QVERIFY(query);
        QVERIFY(query->usesDistance());
        QList<int> rows;
        for (qint64 row = 0; row < mContext.rowCount(); ++row)
            if (query->matches(row))
                rows << int(row);
        QCOMPARE(mContext.mKindsAsked, QSet<int>{1});
        QCOMPARE(rows, (QList<int>{3, 7}));     // the fake doubles the substation distance for kind 1
    }

    void cheapPredicatesRunFirst()
    {
        // Written with the distance first, evaluated with the attribute first: only the two leased
        // parcels reach distanceTo().
        const auto query = Query::parse(QStringLiteral("distance('substation') <= 5000 and status = 'leased'"), mContext, nullptr);
        QVERIFY(query);
        mContext.mDistanceCalls = 0;
        QList<int> rows;
        for (qint64 row = 0; row < mContext.rowCount(); ++row)
            if (query->matches(row))
                rows << int(row);
        QCOMPARE(rows, QList<int>{7});
        QCOMPARE(mContext.mDistanceCalls, 2);
        QCOMPARE(query->normalized(), QStringLiteral("distance('substation') <= 5000 and status = 'leased'"));
    }

    void spatialPassesTheArgumentAndUsesTheHandle()
    {
        mContext.mSpatial.clear();
        mContext.mSpatial.append({SpatialRelation::Intersects, SpatialArgument{}});     // so the handle is not 0
        QCOMPARE(select(QStringLiteral("within(zone('industrial'))")), (QList<int>{0, 2, 5, 8}));
        QCOMPARE(mContext.mSpatial.size(), 2);
        QCOMPARE(mContext.mSpatial[1].first, SpatialRelation::Within);
        QCOMPARE(mContext.mSpatial[1].second.kind, SpatialArgument::Kind::Zone);
        QCOMPARE(mContext.mSpatial[1].second.text, QStringLiteral("industrial"));

        QCOMPARE(select(QStringLiteral("intersects(bbox(76.0, 43.0, 77.5, 44.0))")), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        const SpatialArgument &box = mContext.mSpatial.last().second;
        QCOMPARE(mContext.mSpatial.last().first, SpatialRelation::Intersects);
        QCOMPARE(box.kind, SpatialArgument::Kind::BBox);
        QCOMPARE(box.bbox[0], 76.0);
        QCOMPARE(box.bbox[1], 43.0);
        QCOMPARE(box.bbox[2], 77.5);
        QCOMPARE(box.bbox[3], 44.0);

        QCOMPARE(select(QStringLiteral("within(district('Gate')) and not inside_city")), (QList<int>{0, 2}));
        QCOMPARE(mContext.mSpatial.last().second.kind, SpatialArgument::Kind::District);

        const QString wkt = QStringLiteral("POLYGON((76 43, 77 43, 77 44, 76 44, 76 43))");
        const auto query = Query::parse(QStringLiteral("within(wkt('%1'))").arg(wkt), mContext, nullptr);
        QVERIFY(query);
        QVERIFY(query->usesSpatial());
        QVERIFY(!query->usesDistance());
        QCOMPARE(mContext.mSpatial.last().second.kind, SpatialArgument::Kind::Wkt);
        QCOMPARE(mContext.mSpatial.last().second.text, wkt);
    }

    void matchesPassesTheText()
    {
        QCOMPARE(select(u("matches('ёлочка')")), (QList<int>{1, 2}));
        QCOMPARE(select(u("matches('МОЛОЧНАЯ')")), (QList<int>{0, 5}));
        QCOMPARE(select(u("matches('елкин') or matches('Сүт')")), (QList<int>{0, 8}));
        const auto query = Query::parse(u("matches('ферма')"), mContext, nullptr);
        QVERIFY(query);
        QVERIFY(query->usesMatch());
        QVERIFY(!query->usesSpatial());
    }

    void fieldsUsed()
    {
        const auto query = Query::parse(
                QStringLiteral("Zone = 'x' and area_ha > 1 and zone != 'y' or distance('substation') < 5 and inside_city and jobs is null"),
                mContext, nullptr);
        QVERIFY(query);
        QCOMPARE(query->fieldsUsed(), (QStringList{QStringLiteral("zone"), QStringLiteral("area_ha"), QStringLiteral("jobs")}));
        QVERIFY(query->usesDistance());
        QVERIFY(!query->usesSpatial());
        QVERIFY(!query->usesMatch());
    }

    void ilikeFoldsCyrillicKazakhAndYo()
    {
        QCOMPARE(ilikeFold(u("ЁЛКА Ёж ёж Қазақ ӨНІМ ҮЙ ҒЫЛЫМ ҢА ҺА ӘЛЕМ ҰЛЫ İ")), ilikeFold(u("елка еж еж қазақ өнім үй ғылым ңа һа әлем ұлы İ")));
        QCOMPARE(ilikeFold(u("ЁЛКА Қазақ Straße")), u("елка қазақ straße"));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const QString inner = QStringLiteral("status = 'free'");
        QString deep = QString(1000, QLatin1Char('(')) + inner + QString(1000, QLatin1Char(')'));
        QString error;
        QVERIFY(!Query::parse(deep, mContext, &error));
        QCOMPARE(error, QStringLiteral("query nested deeper than 256 levels at column 257"));

        QString nots;
        for (int i = 0; i < 1000; ++i)
            nots += QStringLiteral("not ");
        QVERIFY(!Query::parse(nots + inner, mContext, &error));
        QVERIFY2(error.startsWith(QStringLiteral("query nested deeper than 256 levels")), qPrintable(error));

        // Unclosed: still the depth error, never a crash.
        QVERIFY(!Query::parse(QString(100000, QLatin1Char('(')), mContext, &error));

        const QString fine = QString(200, QLatin1Char('(')) + inner + QString(200, QLatin1Char(')'));
        QCOMPARE(select(fine), (QList<int>{0, 1, 3, 4, 6, 8}));
    }

    // The conditions of the top-level "and", in written order, each asked alone: what an
    // explanation of an empty result counts.
    void conditionsOfTheTopLevelAnd()
    {
        QString error;
        const auto query = Query::parse(u("status = 'free' AND (zone = 'logistics' or inside_city) and jobs > 50"), mContext, &error);
        QVERIFY2(query, qPrintable(error));
        QCOMPARE(query->conditions(), (QStringList{u("status = 'free'"), u("(zone = 'logistics' or inside_city)"), u("jobs > 50")}));
        QList<int> rows[3];
        for (qint64 row = 0; row < mContext.rowCount(); ++row)
            for (int c = 0; c < 3; ++c)
                if (query->matchesCondition(row, c))
                    rows[c] << int(row);
        QCOMPARE(rows[0], select(u("status = 'free'")));
        QCOMPARE(rows[1], select(u("zone = 'logistics' or inside_city")));
        QCOMPARE(rows[2], select(u("jobs > 50")));
        QVERIFY(!query->matchesCondition(0, 3));
        const auto single = Query::parse(u("zone = 'logistics' or status = 'free'"), mContext, &error);
        QCOMPARE(single->conditions(), QStringList{single->normalized()});
    }

    // A context may read other spellings of a value (= != in, not ordering) and refuse the
    // values a field cannot have, with a suggestion.
    void contextResolvesValues()
    {
        class Spelling : public FakeContext
        {
        public:
            bool resolveValue(int fieldIndex, const QString &written, QString *stored, QString *suggestion) override
            {
                *stored = written;
                if (fields()[fieldIndex].name != QLatin1String("status"))
                    return true;
                if (written == u("свободен"))
                    *stored = QStringLiteral("free");
                else if (!mDictionaries[fieldIndex].contains(written)) {
                    *suggestion = QStringLiteral("free");
                    return false;
                }
                return true;
            }
        } context;
        QString error;
        auto query = Query::parse(u("status in ('свободен', 'leased') and status != 'свободен' or status = 'свободен'"), context, &error);
        QVERIFY2(query, qPrintable(error));
        QCOMPARE(query->normalized(), u("status in ('free', 'leased') and status != 'free' or status = 'free'"));
        QVERIFY(!Query::parse(u("zone = 'logistics' and status = 'fre'"), context, &error));
        QCOMPARE(error, u("unknown status value 'fre' at column 33 — did you mean 'free'?"));
        query = Query::parse(u("status > 'fre'"), context, &error);   // an ordering is not a value
        QVERIFY2(query, qPrintable(error));
    }

    void longFlatChainsAreNotDeep()
    {
        QStringList terms;
        for (int i = 0; i < 20000; ++i)
            terms << QStringLiteral("jobs = %1").arg(i + 1000);
        terms << QStringLiteral("jobs = 5");
        QCOMPARE(select(terms.join(QStringLiteral(" or "))), QList<int>{7});
        QCOMPARE(select(terms.join(QStringLiteral(" and "))), QList<int>{});
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
