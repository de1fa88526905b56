// SPDX-License-Identifier: GPL-3.0-or-later
// The register's values over the source's: the overlaid store, what comes from where, and the
// incremental rebuild of the touched parcels' columns.
#include "../core/storefixture.h"

#include "core/model/statistics.h"
#include "core/query/parcelquery.h"
#include "core/register/allocationfields.h"
#include "core/register/registeroverlay.h"

#include <QTest>

using sez::AllocationRecord;
using sez::ParcelField;
using sez::ParcelStore;
using sez::RegisterOverlay;

namespace {

AllocationRecord record(const QString &parcel, qint64 version, std::map<ParcelField, QVariant> values)
{
    AllocationRecord r;
    r.cadastralNumber = parcel;
    r.version = version;
    r.values = std::move(values);
    r.updatedBy = QStringLiteral("officer");
    r.updatedAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC);
    return r;
}

qint64 countWhere(const std::shared_ptr<const ParcelStore> &store, const QString &where)
{
    std::vector<qint64> rows;
    QString error;
    if (!sez::selectParcels(store, nullptr, where, &rows, &error))
        qWarning("%s", qPrintable(error));
    return qint64(rows.size());
}

} // namespace

class TestRegisterOverlay : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ParcelStore> mSource;
    qint64 mFree = -1, mOperating = -1;   // a free parcel without investor, and an operating one with one

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        mSource = sez::test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mSource, qPrintable(error));
        for (qint64 r = 0; r < mSource->size() && (mFree < 0 || mOperating < 0); ++r) {
            const QString status = mSource->value(r, ParcelField::Status).toString();
            if (mFree < 0 && status == QLatin1String("free") && mSource->value(r, ParcelField::Investor).isNull())
                mFree = r;
            if (mOperating < 0 && status == QLatin1String("operating") && !mSource->value(r, ParcelField::Jobs).isNull())
                mOperating = r;
        }
        QVERIFY(mFree >= 0 && mOperating >= 0);
    }

    void registerValuesWinEverywhere()
    {
        const QString free = mSource->value(mFree, ParcelField::CadastralNumber).toString();
        const QString investor = QStringLiteral("ТОО «Жаңа Инвестор»");   // not in the dataset
        QString error;
        auto overlay = RegisterOverlay::create(mSource, {record(free, 2, {
            {ParcelField::Status, QStringLiteral("allocated")},
            {ParcelField::Investor, investor},
            {ParcelField::InvestmentKzt, 2.5e9},
            {ParcelField::Jobs, qint64(120)},
            {ParcelField::LeaseStart, QDate(2025, 4, 1)},
            {ParcelField::Gas, QStringLiteral("yes")}})}, &error);
        QVERIFY2(overlay, qPrintable(error));
        const auto &store = overlay->store();
        QCOMPARE(store->value(mFree, ParcelField::Status).toString(), QStringLiteral("allocated"));
        QCOMPARE(store->value(mFree, ParcelField::Investor).toString(), investor);
        QCOMPARE(store->value(mFree, ParcelField::InvestmentKzt).toDouble(), 2.5e9);
        QCOMPARE(store->value(mFree, ParcelField::Jobs).toLongLong(), 120);
        QCOMPARE(store->value(mFree, ParcelField::LeaseStart).toDate(), QDate(2025, 4, 1));
        QCOMPARE(store->value(mFree, ParcelField::Gas).toString(), QStringLiteral("yes"));
        // The source is untouched, and so are the other parcels and the fields the register has not.
        QCOMPARE(mSource->value(mFree, ParcelField::Status).toString(), QStringLiteral("free"));
        QCOMPARE(store->value(mOperating, ParcelField::Status), mSource->value(mOperating, ParcelField::Status));
        QCOMPARE(store->value(mFree, ParcelField::Project), mSource->value(mFree, ParcelField::Project));
        // Columns the register does not touch are the source's own, not copies.
        QCOMPARE(store->sharedColumn(int(ParcelField::Zone)), mSource->sharedColumn(int(ParcelField::Zone)));
        QCOMPARE(store->sharedColumn(int(ParcelField::Project)), mSource->sharedColumn(int(ParcelField::Project)));
        QCOMPARE(store->sharedGeometry(), mSource->sharedGeometry());
        QVERIFY(store->sharedColumn(int(ParcelField::Status)) != mSource->sharedColumn(int(ParcelField::Status)));
        // Codes already handed out keep their meaning (the map's colours are by code); the new
        // investor is added at the end.
        const QStringList &before = mSource->dictionary(ParcelField::Investor), &after = store->dictionary(ParcelField::Investor);
        QCOMPARE(after.mid(0, before.size()), before);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(store->dictionary(ParcelField::Status).mid(0, mSource->dictionary(ParcelField::Status).size()),
                 mSource->dictionary(ParcelField::Status));

        // Queries and statistics read the register's values.
        QCOMPARE(countWhere(store, QStringLiteral("status = 'allocated'")),
                 countWhere(mSource, QStringLiteral("status = 'allocated'")) + 1);
        QCOMPARE(countWhere(store, QStringLiteral("investor = '%1'").arg(investor)), 1);
        const auto sourceStats = sez::computeStatistics(*mSource), overlaidStats = sez::computeStatistics(*store);
        QCOMPARE(overlaidStats.byStatus.byValue().value(QStringLiteral("free")).count,
                 sourceStats.byStatus.byValue().value(QStringLiteral("free")).count - 1);
        QCOMPARE(overlaidStats.total.jobs, sourceStats.total.jobs - mSource->value(mFree, ParcelField::Jobs).toLongLong() + 120);

        // Where each value comes from.
        QVERIFY(overlay->fromRegister(mFree, ParcelField::Status));
        QVERIFY(!overlay->fromRegister(mFree, ParcelField::Project));
        QVERIFY(!overlay->fromRegister(mOperating, ParcelField::Status));
        QCOMPARE(overlay->record(mFree).version, 2);
        QCOMPARE(overlay->record(mFree).updatedBy, QStringLiteral("officer"));
        QCOMPARE(overlay->record(mOperating).version, 0);
        QCOMPARE(overlay->record(mOperating).cadastralNumber, mSource->value(mOperating, ParcelField::CadastralNumber).toString());
        QCOMPARE(overlay->recordCount(), 1);
    }

    void noneAndZeroAreKeptAsTheSourceKeepsThem()
    {
        const QString operating = mSource->value(mOperating, ParcelField::CadastralNumber).toString();
        QVERIFY(!mSource->value(mOperating, ParcelField::Investor).isNull());
        QString error;
        // "" recorded as none, and 0 jobs (the field table: 0 is none), hide the source's values.
        auto overlay = RegisterOverlay::create(mSource, {record(operating, 1, {
            {ParcelField::Investor, QStringLiteral("")}, {ParcelField::Jobs, qint64(0)}})}, &error);
        QVERIFY2(overlay, qPrintable(error));
        QVERIFY(overlay->store()->value(mOperating, ParcelField::Investor).isNull());
        QVERIFY(overlay->store()->value(mOperating, ParcelField::Jobs).isNull());
        QVERIFY(overlay->fromRegister(mOperating, ParcelField::Investor));
    }

    void changesRebuildOnlyTheTouchedParcels()
    {
        const QString free = mSource->value(mFree, ParcelField::CadastralNumber).toString();
        const QString operating = mSource->value(mOperating, ParcelField::CadastralNumber).toString();
        QString error;
        auto first = RegisterOverlay::create(mSource, {
            record(free, 1, {{ParcelField::Status, QStringLiteral("reserved")}, {ParcelField::PowerKw, qint64(900)}}),
            record(QStringLiteral("99-999-999-999"), 4, {{ParcelField::Status, QStringLiteral("allocated")}})}, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->unmatched(), QStringList{QStringLiteral("99-999-999-999")});
        QCOMPARE(first->store()->value(mFree, ParcelField::PowerKw).toLongLong(), 900);

        // The next version drops the power (back to the source's) and another parcel changes.
        std::vector<qint64> rows;
        auto second = first->withRecords({record(free, 2, {{ParcelField::Status, QStringLiteral("allocated")}}),
                                          record(operating, 1, {{ParcelField::Status, QStringLiteral("under_construction")}})},
                                         &error, &rows);
        QVERIFY2(second, qPrintable(error));
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (std::vector<qint64>{std::min(mFree, mOperating), std::max(mFree, mOperating)}));
        QCOMPARE(second->store()->value(mFree, ParcelField::Status).toString(), QStringLiteral("allocated"));
        QCOMPARE(second->store()->value(mFree, ParcelField::PowerKw), mSource->value(mFree, ParcelField::PowerKw));
        QVERIFY(!second->fromRegister(mFree, ParcelField::PowerKw));
        QCOMPARE(second->store()->value(mOperating, ParcelField::Status).toString(), QStringLiteral("under_construction"));
        // The first snapshot is what it was: readers holding it are never surprised.
        QCOMPARE(first->store()->value(mFree, ParcelField::Status).toString(), QStringLiteral("reserved"));
        QCOMPARE(first->store()->value(mOperating, ParcelField::Status).toString(), QStringLiteral("operating"));
        // Fields no change touched stay shared with the snapshot before.
        QCOMPARE(second->store()->sharedColumn(int(ParcelField::Investor)), first->store()->sharedColumn(int(ParcelField::Investor)));

        // An older version heard late changes nothing.
        rows.clear();
        auto third = second->withRecords({record(free, 1, {{ParcelField::Status, QStringLiteral("reserved")}})}, &error, &rows);
        QVERIFY(third);
        QVERIFY(rows.empty());
        QCOMPARE(third->store()->value(mFree, ParcelField::Status).toString(), QStringLiteral("allocated"));
        QCOMPARE(third->store(), second->store());
    }

    void everyRegisterFieldIsOneOfTheFieldTable()
    {
        // The register's fields are the field table's FieldOrigin::Register rows, typed from there.
        std::vector<ParcelField> fromTable;
        for (const sez::FieldSpec &spec : sez::FieldTable::all())
            if (spec.origin == sez::FieldOrigin::Register)
                fromTable.push_back(spec.id);
        QCOMPARE(sez::AllocationFields::all(), fromTable);
        QCOMPARE(int(sez::AllocationFields::type(ParcelField::Jobs)), int(sez::AllocationFields::Type::Integer));
        QCOMPARE(int(sez::AllocationFields::type(ParcelField::WaterM3Day)), int(sez::AllocationFields::Type::Real));
        QCOMPARE(int(sez::AllocationFields::type(ParcelField::LeaseEnd)), int(sez::AllocationFields::Type::Date));
        QCOMPARE(int(sez::AllocationFields::type(ParcelField::Status)), int(sez::AllocationFields::Type::Text));
        QVERIFY(!sez::AllocationFields::contains(ParcelField::Zone));
        // The status codes: the field table's list, in its order.
        QCOMPARE(sez::AllocationFields::codes(ParcelField::Status, nullptr),
                 (QStringList{QStringLiteral("free"), QStringLiteral("reserved"), QStringLiteral("allocated"),
                              QStringLiteral("under_construction"), QStringLiteral("operating")}));
    }
};

QTEST_GUILESS_MAIN(TestRegisterOverlay)
#include "tst_registeroverlay.moc"
