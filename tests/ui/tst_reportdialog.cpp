// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's report dialog (kind, language, columns, paper; an extract's language and extra
// coordinates) and the parcel card's Extract button.
#include "core/report/extract.h"
#include "ui/parcelcard.h"
#include "ui/reportdialog.h"
#include "../core/gdalfixture.h"
#include "../core/storefixture.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sez;

class TestReportDialog : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ParcelStore> mSample;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        mSample = test::buildStore(QStringLiteral(SEZ_SAMPLE_DIR), &error);
        QVERIFY2(mSample, qPrintable(error));
    }

    // The language starts as the window's; the columns as the kind's default until the user
    // changes them; a summary has no parcel table.
    void reportChoices()
    {
        QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
        ReportDialog dialog(*mSample);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(dialog.language(), QStringLiteral("kk"));
        QCOMPARE(dialog.kind(), ReportKind::Parcels);
        QCOMPARE(dialog.columns(), defaultReportColumns(ReportKind::Parcels));
        dialog.setKind(ReportKind::Investor);
        QCOMPARE(dialog.columns(), defaultReportColumns(ReportKind::Investor));
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), mSample->fieldCount());   // every field can be a column
        // The user checks the address: it stays when the kind changes.
        QList<QListWidgetItem *> address = list->findItems(FieldTable::header(FieldTable::spec(ParcelField::Address)), Qt::MatchExactly);
        QCOMPARE(address.size(), 1);
        address.front()->setCheckState(Qt::Checked);
        dialog.setKind(ReportKind::Parcels);
        QVERIFY(dialog.columns().contains(QStringLiteral("address")));
        QVERIFY(dialog.columns().contains(QStringLiteral("lease_end")));
        dialog.setColumns({QStringLiteral("cadastral_number"), QStringLiteral("distance_substation_m"), QStringLiteral("district")});
        QCOMPARE(dialog.columns(), (QStringList{QStringLiteral("cadastral_number"), QStringLiteral("distance_substation_m"), QStringLiteral("district")}));
        dialog.setKind(ReportKind::Summary);
        QVERIFY(!list->isEnabled());
        // Paper: A3 landscape.
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paper"));
        auto *orientation = dialog.findChild<QComboBox *>(QStringLiteral("orientation"));
        QVERIFY(paper && orientation);
        paper->setCurrentIndex(paper->findText(QStringLiteral("A3")));
        orientation->setCurrentIndex(1);
        const ReportOptions options = dialog.reportOptions();
        QCOMPARE(options.kind, ReportKind::Summary);
        QCOMPARE(options.paper.size, ReportPaper::Size::A3);
        QVERIFY(options.paper.landscape);
        QCOMPARE(options.paper.points().width() > options.paper.points().height(), true);
    }

    // A source's own columns can be chosen too, under their own names.
    void extraColumnsAreChoices()
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
        ReportDialog dialog(*store);
        auto *list = dialog.findChild<QListWidget *>();
        QList<QListWidgetItem *> extra = list->findItems(QStringLiteral("ZAMETKA"), Qt::MatchExactly);
        QCOMPARE(extra.size(), 1);
        extra.front()->setCheckState(Qt::Checked);
        QVERIFY(dialog.columns().contains(QStringLiteral("ZAMETKA")));
    }

    void extractChoices()
    {
        ReportDialog dialog(*mSample, 0, nullptr);
        QCOMPARE(dialog.kind(), ReportKind::Extract);
        QVERIFY(dialog.windowTitle().contains(mSample->value(0, ParcelField::CadastralNumber).toString()));
        QVERIFY(!dialog.findChild<QListWidget *>());
        QCOMPARE(dialog.extraEpsg(), 0);
        auto *crs = dialog.findChild<QComboBox *>(QStringLiteral("crs"));
        QVERIFY(crs);
        crs->setCurrentIndex(crs->findData(kPulkovoZoneEpsg));
        QCOMPARE(dialog.extraEpsg(), kPulkovoZoneEpsg);
        auto *epsg = dialog.findChild<QSpinBox *>();
        QVERIFY(!epsg->isEnabled());
        crs->setCurrentIndex(crs->count() - 1);
        QVERIFY(epsg->isEnabled());
        epsg->setValue(3857);
        QCOMPARE(dialog.extraEpsg(), 3857);
        dialog.setLanguage(QStringLiteral("ru"));
        QCOMPARE(dialog.language(), QStringLiteral("ru"));
    }

    // The card's Extract asks for the extract of the parcel shown; without one it is disabled.
    void cardExtractButton()
    {
        ParcelCard card;
        card.setStore(mSample);
        QPushButton *extract = nullptr;
        for (QPushButton *button : card.findChildren<QPushButton *>())
            if (button->text().startsWith(QStringLiteral("Extract")))
                extract = button;
        QVERIFY(extract);
        QVERIFY(!extract->isEnabled());
        QSignalSpy spy(&card, &ParcelCard::extractRequested);
        card.showParcel(42);
        QVERIFY(extract->isEnabled());
        QTest::mouseClick(extract, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.front().front().toLongLong(), qint64(42));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
