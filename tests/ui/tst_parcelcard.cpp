// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel card: every field with a value once, labels and units from the field table, the
// computed area once (with the mismatch note), and the source's own columns under their own names.
#include "core/model/rules.h"
#include "ui/parcelcard.h"
#include "../core/gdalfixture.h"
#include "../core/storefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sez;

class TestParcelCard : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ParcelStore> mSample;

    static QStringList labels(const ParcelCard &card)
    {
        QStringList list;
        const QStringList lines = card.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i)   // the first line is the title
            list << lines[i].section(QStringLiteral(": "), 0, 0);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        mSample = test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mSample, qPrintable(error));
    }

    void everyFieldOnceWithItsUnit()
    {
        ParcelCard card;
        card.setStore(mSample);
        // An allocated parcel: investor, jobs and technical conditions are filled in.
        qint64 row = 0;
        while (row < mSample->size() && !mSample->value(row, ParcelField::Jobs).isValid())
            ++row;
        QVERIFY(row < mSample->size());
        card.showParcel(row);
        const QStringList all = labels(card);
        QStringList unique = all;
        QCOMPARE(unique.removeDuplicates(), 0);
        QCOMPARE(all.count(QStringLiteral("Computed area")), 1);
        QCOMPARE(all.count(QStringLiteral("Official area")), 1);
        for (ParcelField f : {ParcelField::CadastralNumber, ParcelField::Zone, ParcelField::Investor, ParcelField::Jobs,
                              ParcelField::PowerKw, ParcelField::InsideCity, ParcelField::DistanceSubstation})
            QVERIFY2(all.contains(FieldTable::label(FieldTable::spec(f))), qPrintable(parcelFieldName(f)));
        const QString text = card.text();
        QVERIFY2(text.contains(QStringLiteral("Power: %1 kW").arg(mSample->value(row, ParcelField::PowerKw).toLongLong())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cadastral number: ") + mSample->value(row, ParcelField::CadastralNumber).toString()), qPrintable(text));
    }

    void mismatchNoteOnTheComputedArea()
    {
        ParcelCard card;
        card.setStore(mSample);
        qint64 row = 0;
        auto differs = [&](qint64 r) { return hasAreaMismatch(mSample->officialAreaHa(r), mSample->computedAreaHa(r)); };
        while (row < mSample->size() && !differs(row))
            ++row;
        QVERIFY(row < mSample->size());
        card.showParcel(row);
        const QStringList lines = card.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QStringLiteral("differs from the official area")).size(), 1);
        QVERIFY(lines.filter(QStringLiteral("differs from the official area")).front().startsWith(QStringLiteral("Computed area: ")));
    }

    void extraColumnsUnderTheirOwnNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parcels.shp"));
        const QString written = test::writeLayer(path, "ESRI Shapefile", 32643, wkbPolygon,
                                                 {{"KAD_NOMER", OFTString}, {"ZAMETKA", OFTString}},
                                                 {{test::square(650000, 4825000, 100), {QStringLiteral("03-1"), QStringLiteral("у дороги")}}});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QString error;
        std::shared_ptr<const ParcelStore> store = test::buildStore(path, &error);
        QVERIFY2(store, qPrintable(error));
        ParcelCard card;
        card.setStore(store);
        card.showParcel(0);
        QVERIFY2(card.text().contains(QStringLiteral("ZAMETKA: у дороги")), qPrintable(card.text()));
        // What the source does not have is left out, not shown empty.
        QVERIFY(!labels(card).contains(QStringLiteral("Official area")));
        QVERIFY(!labels(card).contains(QStringLiteral("Investor")));
    }
};

QTEST_MAIN(TestParcelCard)
#include "tst_parcelcard.moc"
