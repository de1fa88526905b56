// SPDX-License-Identifier: GPL-3.0-or-later
// Data the viewer has not seen: the mapping dialog shows the guess, the user corrects one column and
// confirms, the data opens with the correction; opened again, it is not asked again.
#include "tools/generator.h"
#include "core/io/datasource.h"
#include "core/io/mappingguess.h"
#include "core/model/parcelstore.h"
#include "ui/featurecard.h"
#include "core/render/mapstyle.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/mappingdialog.h"
#include "../core/gdalfixture.h"
#include "mainwindowfixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sez;
using namespace sez::test;

class TestMappingDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mData;

    // The dialog opens right away (the guess reads a few thousand features at most).
    static MappingDialog *visibleDialog(MainWindow &window)
    {
        auto *dialog = window.findChild<MappingDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    // Opens \a path in \a window, confirms the mapping dialog as guessed, and waits for the data;
    // whether it opened.
    static bool openConfirmingTheGuess(MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        window.openDataset(path);
        MappingDialog *dialog = visibleDialog(window);
        if (!dialog)
            return false;
        dialog->accept();
        return opened.wait(120000) && opened.constLast().constFirst().toBool();
    }

    qint64 withZone(const ParcelStore &store)
    {
        qint64 n = 0;
        for (qint64 i = 0; i < store.size(); ++i)
            n += store.value(i, ParcelField::Zone).isValid();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_mappingdialog"));
        QVERIFY(mDir.isValid());
        GeneratorOptions options;
        options.parcels = 1000;
        options.seed = 11;
        options.outDir = mDir.filePath(QStringLiteral("plan"));
        GeneratorResult result;
        QString error;
        QVERIFY2(generateDataset(options, &result, &error), qPrintable(error));
        QVERIFY(QFile::remove(options.outDir + QStringLiteral("/dataset.json")));
        mData = options.outDir;
        QVERIFY(DataSource::confirmedManifest(mData).isEmpty());
    }

    void correctedGuessIsKeptAndNotAskedAgain()
    {
        QTemporaryDir cache;
        qint64 parcels = 0;
        {
            MainWindow window;
            window.setCacheDirectory(cache.path());
            window.show();
            QSignalSpy opened(&window, &MainWindow::datasetOpened);
            window.openDataset(mData);
            MappingDialog *dialog = visibleDialog(window);
            QVERIFY(dialog);
            QVERIFY(!window.store());   // nothing opens before the user confirms

            // The guess: the parcels layer, its zone from ZONA, and every layer's role shown.
            std::size_t parcelsLayer = dialog->guess().layers().size();
            for (std::size_t i = 0; i < dialog->guess().layers().size(); ++i) {
                auto *role = dialog->findChild<QComboBox *>(MappingDialog::roleEditorName(i));
                QVERIFY(role);
                if (role->currentData().toString() == QLatin1String("parcels"))
                    parcelsLayer = i;
            }
            QVERIFY(parcelsLayer < dialog->guess().layers().size());
            auto *zone = dialog->findChild<QComboBox *>(MappingDialog::fieldEditorName(parcelsLayer, QStringLiteral("zone")));
            QVERIFY(zone);
            QCOMPARE(zone->currentData().toString(), QStringLiteral("ZONA"));

            // The correction: this file's zones are not to be trusted, so no column gives them.
            zone->setCurrentIndex(zone->findData(QString()));
            Q_EMIT zone->activated(zone->currentIndex());
            zone = dialog->findChild<QComboBox *>(MappingDialog::fieldEditorName(parcelsLayer, QStringLiteral("zone")));
            QVERIFY(zone);
            QCOMPARE(zone->currentData().toString(), QString());
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            buttons->button(QDialogButtonBox::Ok)->click();

            QVERIFY(opened.wait(120000));
            QCOMPARE(opened.constLast().constFirst().toBool(), true);
            QVERIFY(window.store());
            parcels = window.store()->size();
            QVERIFY(parcels > 900);
            QCOMPARE(withZone(*window.store()), qint64(0));   // the figures follow the correction
            QVERIFY(window.store()->value(0, ParcelField::Status).isValid());   // and the rest is kept
            QCOMPARE(DataSource::confirmedManifest(mData), mData + QStringLiteral("/dataset.json"));
        }
        {
            MainWindow window;
            window.setCacheDirectory(cache.path());
            window.show();
            QVERIFY(openAndWait(window, mData, 120000));
            QVERIFY(!window.findChild<MappingDialog *>());   // not asked again
            QCOMPARE(window.store()->size(), parcels);
            QCOMPARE(withZone(*window.store()), qint64(0));
        }
    }

    // Each kind of input opens from File ▸ Open: the dialog, confirmed as guessed, then the map.
    void everyKindOpens_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"shp", "tab", "gpkg", "kml", "zip"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void everyKindOpens()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString shp = mData + QStringLiteral("/parcels.shp");
        QString path = dir.filePath(QStringLiteral("plan.") + kind);
        if (kind == QLatin1String("shp")) {
            path = shp;
        } else if (kind == QLatin1String("tab")) {
            QCOMPARE(test::translate(shp, path, {QStringLiteral("-f"), QStringLiteral("MapInfo File")}), QString());
        } else if (kind == QLatin1String("gpkg")) {
            QCOMPARE(test::translate(shp, path, {QStringLiteral("-f"), QStringLiteral("GPKG")}), QString());
            QCOMPARE(test::translate(mData + QStringLiteral("/zones.shp"), path, {QStringLiteral("-update")}), QString());
        } else if (kind == QLatin1String("kml")) {
            QCOMPARE(test::translate(shp, path, {QStringLiteral("-f"), QStringLiteral("KML")}), QString());
        } else {
            QProcess zip;
            zip.setWorkingDirectory(mData);
            zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), path, QStringLiteral("parcels.shp"), QStringLiteral("parcels.shx"),
                                              QStringLiteral("parcels.dbf"), QStringLiteral("parcels.prj"), QStringLiteral("parcels.cpg")});
            QVERIFY(zip.waitForFinished(60000) && zip.exitCode() == 0);
        }
        MainWindow window;
        QTemporaryDir cache;
        window.setCacheDirectory(cache.path());
        window.show();
        QVERIFY(openConfirmingTheGuess(window, path));
        QVERIFY(window.store()->size() > 900);
        QVERIFY(window.store()->value(0, ParcelField::CadastralNumber).toString().startsWith(QStringLiteral("03-")));
        QVERIFY(QFile::remove(DataSource::confirmedManifest(path)));   // the next kind is unseen again
    }

    // Issue 12, feature 18, for a layer of no role: a click on one of its features opens the
    // feature card with the layer's name and every attribute, Cyrillic decoded from the file's
    // code page (the layer is written in CP1251, as land offices' files are).
    void otherLayerFeatureIsIdentified()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("plan"));
        QVERIFY(QDir().mkpath(data));
        for (const QFileInfo &file : QDir(mData).entryInfoList(QDir::Files))
            if (file.fileName() != QLatin1String("dataset.json"))
                QVERIFY(QFile::copy(file.filePath(), data + QLatin1Char('/') + file.fileName()));
        GDALAllRegister();
        GDALDatasetH parcels = GDALOpenEx(QFile::encodeName(data + QStringLiteral("/parcels.shp")).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(parcels);
        OGREnvelope extent;
        QCOMPARE(OGR_L_GetExtent(GDALDatasetGetLayer(parcels, 0), &extent, 1), OGRERR_NONE);
        GDALClose(parcels);
        const QPointF well((extent.MinX + extent.MaxX) / 2, (extent.MinY + extent.MaxY) / 2);
        const QString utf8 = dir.filePath(QStringLiteral("survey.shp"));
        QCOMPARE(writeLayer(utf8, "ESRI Shapefile", 32643, wkbPoint,
                            {{"NAZV", OFTString}, {"GLUBINA", OFTReal}, {"GOD", OFTInteger}},
                            {{{well}, {QStringLiteral("Репер №3 «Кенсай»"), 42.5, 2019}, LayerFeature::Shape::Point},
                             {{well + QPointF(5000, 5000)}, {QStringLiteral("Репер №4"), 17.25, 2020}, LayerFeature::Shape::Point}}),
                 QString());
        QCOMPARE(translate(utf8, data + QStringLiteral("/survey_2019.shp"), {QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1251")}), QString());
        QFile dbf(data + QStringLiteral("/survey_2019.dbf"));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY(dbf.readAll().contains(QByteArray("\xD0\xE5\xEF\xE5\xF0")));   // "Репер" in CP1251

        MainWindow window;
        QTemporaryDir cache;
        window.setCacheDirectory(cache.path());
        window.resize(1000, 700);
        window.show();
        QVERIFY(openConfirmingTheGuess(window, data));
        QCOMPARE(window.store()->otherLayers(), QStringList{QStringLiteral("survey_2019")});

        MapCanvas *canvas = window.canvas();
        canvas->setView(QRectF(well.x() - 400, well.y() - 400, 800, 800));
        QVERIFY(canvas->waitForRender());
        // The point is drawn with its layer's symbol (a layer of no role is drawn, issue 10).
        const QColor symbol = canvas->mapStyle()->otherLayer(QStringLiteral("survey_2019")).fill;
        const QImage image = canvas->renderedImage();
        const QPoint centre = canvas->mapToWidget(well).toPoint() * image.devicePixelRatio();
        int symbolPixels = 0;
        for (int dy = -4; dy <= 4; ++dy)
            for (int dx = -4; dx <= 4; ++dx)
                symbolPixels += image.pixelColor(centre + QPoint(dx, dy)).rgb() == symbol.rgb();
        QVERIFY2(symbolPixels >= 9, qPrintable(QString::number(symbolPixels)));
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->mapToWidget(well).toPoint());
        QVERIFY(window.showsFeatureCard());
        const QString card = window.featureCard()->text();
        QVERIFY2(card.contains(QStringLiteral("survey_2019")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("NAZV: Репер №3 «Кенсай»")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("GLUBINA: 42.5")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("GOD: 2019")), qPrintable(card));
        QVERIFY2(!card.contains(QStringLiteral("Репер №4")), qPrintable(card));
        QCOMPARE(card.count(QStringLiteral("survey_2019")), 2);   // the title and the layer, not also as a kind
    }

    void cancelledDialogOpensNothing()
    {
        QTemporaryDir copy;
        const QString file = copy.filePath(QStringLiteral("parcels.shp"));
        for (const char *suffix : {"shp", "shx", "dbf", "prj", "cpg"})
            QVERIFY(QFile::copy(mData + QStringLiteral("/parcels.%1").arg(QLatin1String(suffix)),
                                copy.filePath(QStringLiteral("parcels.%1").arg(QLatin1String(suffix)))));
        MainWindow window;
        QTemporaryDir cache;
        window.setCacheDirectory(cache.path());
        window.show();
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        window.openDataset(file);
        MappingDialog *dialog = visibleDialog(window);
        QVERIFY(dialog);
        dialog->reject();
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().constFirst().toBool(), false);
        QVERIFY(!window.store());
        QVERIFY(DataSource::confirmedManifest(file).isEmpty());
    }
};

QTEST_MAIN(TestMappingDialog)
#include "tst_mappingdialog.moc"
