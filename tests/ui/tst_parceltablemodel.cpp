// SPDX-License-Identifier: GPL-3.0-or-later
// The attribute table's model: headers from the field table, the computed area once, numbers
// sorted as numbers, and the source's own columns under their own names.
#include "core/model/humanlabels.h"
#include "ui/parceltablemodel.h"
#include "../core/gdalfixture.h"
#include "../core/storefixture.h"

#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sez;

class TestParcelTableModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ParcelStore> mSample;
    ParcelTableModel mModel;

    QStringList headers(const ParcelTableModel &model) const
    {
        QStringList list;
        for (int c = 0; c < model.columnCount(); ++c)
            list << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        return list;
    }

    std::vector<double> numbers(int field) const
    {
        std::vector<double> values;
        for (int r = 0; r < mModel.rowCount(); ++r) {
            bool isNull = false;
            const double v = mSample->number(mModel.storeRow(r), field, &isNull);
            values.push_back(isNull ? -std::numeric_limits<double>::infinity() : v);
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        mSample = test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mSample, qPrintable(error));
        mModel.setStore(mSample);
        mModel.showAll();
        QCOMPARE(mModel.rowCount(), int(mSample->size()));
    }

    void headersComeFromTheFieldTable()
    {
        // The sample has every canonical field and no other column.
        QCOMPARE(mModel.columnCount(), int(ParcelField::Count));
        for (int c = 0; c < mModel.columnCount(); ++c) {
            const FieldSpec &spec = FieldTable::spec(ParcelField(mModel.fieldIndex(c)));
            QCOMPARE(mModel.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), FieldTable::header(spec));
            QCOMPARE(mModel.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), QString::fromLatin1(spec.name));
        }
        QCOMPARE(mModel.headerData(mModel.column(int(ParcelField::AreaHa)), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Official area, ha"));
    }

    void computedAreaOnce()
    {
        QStringList all = headers(mModel);
        QCOMPARE(all.filter(QStringLiteral("Computed area")).size(), 1);
        QCOMPARE(all.removeDuplicates(), 0);
        const int column = mModel.column(int(ParcelField::ComputedAreaHa));
        QVERIFY(column >= 0);
        const qint64 row = mModel.storeRow(0);
        QCOMPARE(mModel.data(mModel.index(0, column), Qt::DisplayRole).toString(),
                 QLocale().toString(mSample->computedAreaHa(row), 'f', FieldTable::spec(ParcelField::ComputedAreaHa).decimals));
        QCOMPARE(mModel.data(mModel.index(0, column), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void numbersSortAsNumbers()
    {
        for (ParcelField field : {ParcelField::AreaHa, ParcelField::ComputedAreaHa, ParcelField::InvestmentKzt, ParcelField::Jobs,
                                  ParcelField::LeaseEnd, ParcelField::DistanceSubstation}) {
            const int column = mModel.column(int(field));
            mModel.sort(column, Qt::AscendingOrder);
            const std::vector<double> up = numbers(int(field));
            QVERIFY2(std::is_sorted(up.begin(), up.end()), qPrintable(parcelFieldName(field)));
            QVERIFY2(up.front() < up.back(), qPrintable(parcelFieldName(field)));
            mModel.sort(column, Qt::DescendingOrder);
            const std::vector<double> down = numbers(int(field));
            QVERIFY2(std::is_sorted(down.rbegin(), down.rend()), qPrintable(parcelFieldName(field)));
        }
        // Sorted as text, "10.2" would come before "9.8": make sure both kinds of value are there.
        mModel.sort(mModel.column(int(ParcelField::AreaHa)), Qt::AscendingOrder);
        const std::vector<double> areas = numbers(int(ParcelField::AreaHa));
        QVERIFY(areas.front() < 1 && areas.back() >= 10);
        // The selection of rows survives a sort: the lookup follows.
        const qint64 first = mModel.storeRow(0);
        QCOMPARE(mModel.modelRow(first), 0);
    }

    void codesSortByWhatUsersRead()
    {
        const int column = mModel.column(int(ParcelField::Zone));
        mModel.sort(column, Qt::AscendingOrder);
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QString previous;
        for (int r = 0; r < mModel.rowCount(); r += 97) {
            const QString label = mModel.data(mModel.index(r, column), Qt::DisplayRole).toString();
            QVERIFY2(collator.compare(previous, label) <= 0, qPrintable(previous + QStringLiteral(" > ") + label));
            previous = label;
        }
        QCOMPARE(mModel.data(mModel.index(0, column), Qt::DisplayRole).toString(), QStringLiteral("Agro-processing"));
    }

    // Many rows sort on the pool: sort() returns with the rows as they were, and they change, sorted,
    // when the pool is done. A newer request (another order, other rows) wins over an older one.
    void aLargeSortRunsOnThePool()
    {
        ParcelTableModel model;
        model.setBackgroundSortRows(100);   // the sample's thousands of rows count as many here
        model.setStore(mSample);
        model.showAll();
        QVERIFY(model.rowCount() > 1000);
        const std::vector<qint64> before = model.rows();
        QSignalSpy sorting(&model, &ParcelTableModel::sortingChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        const int area = model.column(int(ParcelField::AreaHa));
        model.sort(area, Qt::AscendingOrder);
        QVERIFY(model.isSorting());
        QCOMPARE(sorting.count(), 1);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);
        QVERIFY(model.rows() == before);   // the old order until the new one is ready
        const int layoutsBefore = int(layout.count());
        QCOMPARE(layoutsBefore, 0);
        model.sort(area, Qt::DescendingOrder);   // the user clicks again before the first is done
        QVERIFY(sorting.wait(20000));
        QCOMPARE(sorting.last().at(0).toBool(), false);
        QVERIFY(!model.isSorting());
        QCOMPARE(int(layout.count()), layoutsBefore + 1);   // no layout change for the requests, one for the result shown
        auto areas = [&] {
            std::vector<double> values;
            for (qint64 row : model.rows()) {
                bool isNull = false;
                const double v = mSample->number(row, int(ParcelField::AreaHa), &isNull);
                values.push_back(isNull ? -std::numeric_limits<double>::infinity() : v);
            }
            return values;
        };
        std::vector<double> down = areas();
        QCOMPARE(down.size(), before.size());
        QVERIFY(std::is_sorted(down.rbegin(), down.rend()));
        QVERIFY(down.front() > down.back());
        for (int r = 0; r < model.rowCount(); r += 101)
            QCOMPARE(model.modelRow(model.storeRow(r)), r);
        // Other rows while a sort runs: shown at once, then in the current order; the older result is dropped.
        model.sort(area, Qt::AscendingOrder);
        std::vector<qint64> half(before.begin(), before.begin() + std::ptrdiff_t(before.size() / 2));
        model.setRows(half);
        QCOMPARE(model.rowCount(), int(half.size()));
        QVERIFY(model.isSorting());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 20000);
        QCOMPARE(model.rowCount(), int(half.size()));
        std::vector<double> up = areas();
        QVERIFY(std::is_sorted(up.begin(), up.end()));
        std::vector<qint64> shown = model.rows(), given = half;
        std::sort(shown.begin(), shown.end());
        std::sort(given.begin(), given.end());
        QVERIFY(shown == given);
    }

    void extraColumnsShownUnderTheirOwnNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parcels.shp"));
        std::vector<test::LayerFeature> features;
        for (int i = 0; i < 12; ++i)
            features.push_back({test::square(650000 + 200 * i, 4825000, 100),
                                {QStringLiteral("03-%1").arg(i), 1.0 + i, QStringLiteral("заметка %1").arg(i), qint64(12 - i)}});
        const QString written = test::writeLayer(path, "ESRI Shapefile", 32643, wkbPolygon,
                                                 {{"KAD_NOMER", OFTString}, {"PLOSHAD", OFTReal}, {"ZAMETKA", OFTString}, {"RANG", OFTInteger}},
                                                 features);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QString error;
        std::shared_ptr<const ParcelStore> store = test::buildStore(path, &error);
        QVERIFY2(store, qPrintable(error));
        ParcelTableModel model;
        model.setStore(store);
        model.showAll();
        const QStringList all = headers(model);
        QVERIFY2(all.contains(QStringLiteral("ZAMETKA")) && all.contains(QStringLiteral("RANG")), qPrintable(all.join(QLatin1Char('|'))));
        // What the source does not have is not shown: no investor, jobs or lease columns here.
        QVERIFY(!all.contains(HumanLabels::field(ParcelField::Jobs)));
        QVERIFY(model.column(int(ParcelField::Jobs)) < 0);
        const int rank = int(all.indexOf(QStringLiteral("RANG")));
        QCOMPARE(model.data(model.index(3, int(all.indexOf(QStringLiteral("ZAMETKA")))), Qt::DisplayRole).toString(), QStringLiteral("заметка 3"));
        model.sort(rank, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, rank), Qt::DisplayRole).toString(), QStringLiteral("1"));
        QCOMPARE(model.data(model.index(11, rank), Qt::DisplayRole).toString(), QStringLiteral("12"));
        QCOMPARE(model.storeRow(0), qint64(11));
    }
};

QTEST_MAIN(TestParcelTableModel)
#include "tst_parceltablemodel.moc"
