// SPDX-License-Identifier: GPL-3.0-or-later
// Imagery in the viewer: nothing under the map and nothing fetched until the user adds a file or
// a basemap; a file under the parcels (which turn translucent), its look and opacity from the
// panel, remembered for the dataset; a basemap from a tile server on the loopback address that
// repaints the map by itself as tiles arrive, credited on the map; unusable files named.
#include "core/geo/crs.h"
#include "core/imagery/tilefetcher.h"
#include "core/imagery/tileimagery.h"
#include "core/model/parcelstore.h"
#include "core/render/imagerypainter.h"
#include "tests/core/rasterfixture.h"
#include "tests/core/tileserver.h"
#include "ui/imagerydialog.h"
#include "ui/imagerylayercontrols.h"
#include "ui/imagerypanel.h"
#include "ui/layerpanel.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/mapimagery.h"
#include "ui/parcelcard.h"
#include "ui/parcelselection.h"
#include "ui/reportdialog.h"
#include "ui/viewersession.h"
#include "mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <QTreeWidget>
#include <QTreeWidgetItem>

using namespace sez;
using namespace sez::test;

class TestImageryUi : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setCacheDirectory(mDir.filePath(QStringLiteral("cache")));
        window->resize(1200, 800);
        window->show();
        return window;
    }

    // A GeoTIFF of one colour over the whole sample and more (so the map's corners show it).
    QString writeCover(const QString &name, QRgb colour) const
    {
        test::RasterSpec spec;
        spec.path = mDir.filePath(name);
        spec.width = 200;
        spec.height = 150;
        spec.epsg = kDefaultMapEpsg;
        const QRectF e = mWindow->store()->extent().adjusted(-20000, -20000, 20000, 20000);
        const double transform[6] = {e.left(), e.width() / 200, 0, e.bottom(), 0, -e.height() / 150};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        return test::writeRaster(spec, [colour](int, int) { return colour; }) ? spec.path : QString();
    }

    // The controls under imagery layer \a id's row in the layers panel, their one place; null if none.
    static ImageryLayerControls *hosted(LayerPanel *panel, const QString &id)
    {
        QTreeWidgetItem *row = panel->layerItem(id);
        QTreeWidget *tree = row ? row->treeWidget() : nullptr;
        for (int i = 0; tree && i < row->childCount(); ++i)
            if (QWidget *w = tree->itemWidget(row->child(i), 0))
                if (auto *c = qobject_cast<ImageryLayerControls *>(w) ? qobject_cast<ImageryLayerControls *>(w)
                                                                      : w->findChild<ImageryLayerControls *>())
                    return c;
        return nullptr;
    }

    QStringList imageryLayerIds(const MapCanvas &canvas) const
    {
        QStringList ids;
        for (const MapLayer &layer : canvas.layers())
            if (layer.id.startsWith(kImageryLayerPrefix))
                ids << layer.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_imageryui"));
        QSettings().clear();
        QVERIFY(mDir.isValid());
        mWindow = newWindow();
        QVERIFY(openAndWait(*mWindow, QStringLiteral(SEZ_SAMPLE_DIR)));
        QVERIFY(mWindow->canvas()->waitForRender());
    }

    void cleanupTestCase()
    {
        mWindow.reset();
        QSettings().clear();
    }

    // Off by default: no imagery layer, no basemap, no tile cache written.
    void nothingUnlessConfigured()
    {
        QVERIFY(mWindow->imagery()->entries().empty());
        QVERIFY(imageryLayerIds(*mWindow->canvas()).isEmpty());
        QVERIFY(mWindow->imagery()->basemapAddress().isEmpty());
        QVERIFY(mWindow->canvas()->layers().attribution().isEmpty());
        QVERIFY(!QFileInfo::exists(mDir.filePath(QStringLiteral("cache/tiles"))));
        QCOMPARE(mWindow->canvas()->layers().find(kParcelsLayer)->opacity, 1.0);
        QVERIFY(mWindow->imageryPanel()->layerTitles().isEmpty());
        QVERIFY(mWindow->layerPanel()->findChildren<ImageryLayerControls *>().isEmpty());
    }

    void fileUnderTheParcels()
    {
        const QString file = writeCover(QStringLiteral("cover.tif"), qRgb(255, 0, 255));
        QVERIFY(!file.isEmpty());
        MapCanvas *canvas = mWindow->canvas();
        QString error;
        QVERIFY2(mWindow->imagery()->addFile(file, &error), qPrintable(error));
        QCOMPARE(imageryLayerIds(*canvas).size(), 1);
        QVERIFY(canvas->layers().at(0).id.startsWith(kImageryLayerPrefix));   // under everything
        QVERIFY(canvas->layers().find(kParcelsLayer)->opacity < 1.0);         // the ground shows through
        QVERIFY(canvas->waitForRender());
        QCOMPARE(canvas->renderedImage().pixel(2, 2) & 0xffffff, 0xff00ffu);  // beside the SEZ: the file alone

        // Listed in the imagery panel; driven from its row in the layers panel: the row's opacity,
        // the look under it.
        QCOMPARE(mWindow->imageryPanel()->layerTitles().size(), 1);
        const QString id = mWindow->imagery()->entries().front().id;
        LayerPanel *panel = mWindow->layerPanel();
        QTest::qWait(50);
        ImageryLayerControls *controls = hosted(panel, id);
        QVERIFY(controls);
        QVERIFY(!controls->overviewsButton()->isVisibleTo(controls));   // small: no overviews offered
        QVERIFY(panel->opacitySlider(id));
        panel->opacitySlider(id)->setValue(40);
        QCOMPARE(canvas->layers().find(id)->opacity, 0.4);
        QTest::qWait(50);
        controls = hosted(panel, id);
        QVERIFY(controls);
        controls->brightnessSlider()->setValue(-30);
        const auto *painter = dynamic_cast<const ImageryPainter *>(canvas->layers().find(id)->painter.get());
        QVERIFY(painter);
        QCOMPARE(painter->look().brightness, -30);

        // Remembered for this dataset, with its look, by the next window that opens it.
        {
            auto second = newWindow();
            QVERIFY(openAndWait(*second, QStringLiteral(SEZ_SAMPLE_DIR)));
            QCOMPARE(second->imagery()->entries().size(), std::size_t(1));
            const MapImagery::Entry &entry = second->imagery()->entries().front();
            QCOMPARE(entry.location, file);
            QCOMPARE(entry.opacity, 0.4);
            QCOMPARE(entry.look.brightness, -30);
        }

        // Gone again: the parcels back to full opacity, nothing remembered.
        QSignalSpy changed(mWindow->imagery(), &MapImagery::changed);
        QTest::qWait(50);
        controls = hosted(panel, id);
        QVERIFY(controls);
        QPushButton *remove = nullptr;
        for (QPushButton *b : controls->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Remove"))
                remove = b;
        QVERIFY(remove);
        remove->click();   // the layers dock may be a tab behind another here; deletes the controls it is part of
        QCOMPARE(changed.count(), 1);
        QVERIFY(imageryLayerIds(*canvas).isEmpty());
        QCOMPARE(canvas->layers().find(kParcelsLayer)->opacity, 1.0);
        QVERIFY(mWindow->imageryPanel()->layerTitles().isEmpty());
        QVERIFY(!panel->layerItem(id));
        auto third = newWindow();
        QVERIFY(openAndWait(*third, QStringLiteral(SEZ_SAMPLE_DIR)));
        QVERIFY(third->imagery()->entries().empty());
    }

    void unusableFilesAreNamed()
    {
        QString error;
        QFile garbage(mDir.filePath(QStringLiteral("garbage.tif")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a raster");
        garbage.close();
        QVERIFY(!mWindow->imagery()->addFile(garbage.fileName(), &error));
        QVERIFY2(error.contains(garbage.fileName()), qPrintable(error));

        test::RasterSpec spec;
        spec.path = mDir.filePath(QStringLiteral("europe.tif"));
        spec.width = spec.height = 10;
        const double transform[6] = {10.0, 0.01, 0, 50.0, 0, -0.01};
        std::copy(std::begin(transform), std::end(transform), spec.geoTransform);
        QVERIFY(test::writeRaster(spec, [](int, int) { return qRgb(1, 1, 1); }));
        QSignalSpy problems(mWindow->imagery(), &MapImagery::problem);
        QVERIFY(mWindow->imagery()->addFile(spec.path, &error, false));
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("does not overlap")),
                 qPrintable(problems.first().first().toString()));
        mWindow->imagery()->remove(mWindow->imagery()->entries().front().id);
    }

    // A basemap: tiles come from the server and the map repaints by itself; its credit is on the
    // map; the address is remembered; the tiles are in the cache folder given to the window.
    void basemapRepaintsAsTilesArrive()
    {
        test::TileServer server;
        MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToExtent();
        QVERIFY(canvas->waitForRender());
        const QRgb before = canvas->renderedImage().pixel(2, 2);
        QString error;
        QVERIFY2(mWindow->imagery()->setBasemap(server.urlTemplate(), QStringLiteral("© Test tiles"), &error), qPrintable(error));
        QCOMPARE(canvas->layers().at(0).id, QStringLiteral("imagery/basemap"));
        QCOMPARE(canvas->layers().attribution(), QStringLiteral("© Test tiles"));
        QCOMPARE(mWindow->imagery()->basemapAddress(), server.urlTemplate());
        // No render is asked for by the test: the arrivals bring one.
        QTRY_VERIFY_WITH_TIMEOUT(server.answered() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->renderedImage().pixel(2, 2) != before && !canvas->isRendering(), 60000);
        const QRgb corner = canvas->renderedImage().pixel(2, 2);
        bool isTile = false;
        for (int z = 0; z <= 19 && !isTile; ++z)
            isTile = qBlue(corner) == qBlue(test::tileColour(z, 0, 0));
        QVERIFY2(isTile, qPrintable(QString::number(corner, 16)));

        // The credit is drawn in the bottom right corner, on a light backdrop.
        const QImage shown = canvas->grab().toImage();
        const QRgb credit = shown.pixel(shown.width() - 3, shown.height() - 3);
        QVERIFY2(qGray(credit) > 200, qPrintable(QString::number(credit, 16)));

        QDirIterator tiles(mDir.filePath(QStringLiteral("cache/tiles")), {QStringLiteral("*.mbtiles")});
        QVERIFY(tiles.hasNext());
        mWindow->imagery()->remove(QStringLiteral("imagery/basemap"));
        QVERIFY(mWindow->imagery()->basemapAddress().isEmpty());
    }

    // The layers panel lists imagery with the other layers and is the one place that drives it (the
    // imagery panel only lists it); a switch of language keeps every imagery layer, those for this session too, as it looked.
    void layersPanelAndLanguageSwitch()
    {
        ViewerSession session(QStringLiteral("en"), mDir.filePath(QStringLiteral("cache")));
        MainWindow *window = session.window();
        window->resize(1200, 800);
        window->show();
        QVERIFY(openAndWait(*window, QStringLiteral(SEZ_SAMPLE_DIR)));
        const QString remembered = writeCover(QStringLiteral("remembered.tif"), qRgb(0, 255, 255));
        const QString forSession = writeCover(QStringLiteral("session.tif"), qRgb(255, 255, 0));
        QString error;
        QVERIFY2(window->imagery()->addFile(remembered, &error), qPrintable(error));
        QVERIFY2(window->imagery()->addFile(forSession, &error, false), qPrintable(error));
        QCOMPARE(window->imagery()->entries().size(), std::size_t(2));
        const QString rememberedId = window->imagery()->entries().at(0).id, sessionId = window->imagery()->entries().at(1).id;

        // In the layers panel, by name, under every other layer (the panel lists the top first).
        LayerPanel *panel = window->layerPanel();
        const QStringList titles = panel->layerTitles();
        QCOMPARE(titles.mid(titles.size() - 2), (QStringList{QStringLiteral("Imagery: session.tif"), QStringLiteral("Imagery: remembered.tif")}));
        // Its slider and box there are the imagery's: remembered. The imagery panel names the layers
        // and has no slider of its own to disagree with the row's.
        QSlider *slider = panel->opacitySlider(rememberedId);
        QVERIFY(slider);
        slider->setValue(30);
        QCOMPARE(window->imagery()->find(rememberedId)->opacity, 0.3);
        QCOMPARE(window->imageryPanel()->layerTitles(), (QStringList{MapImagery::title(window->imagery()->entries().at(1)),
                                                                     MapImagery::title(window->imagery()->entries().at(0))}));
        QVERIFY(window->imageryPanel()->findChildren<QSlider *>().isEmpty());
        panel->layerItem(sessionId)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!window->imagery()->find(sessionId)->visible);
        // Under each imagery row, its look (the row has the box and the opacity), kept as the
        // panel is built again.
        QTest::qWait(50);
        const auto hosted = [&panel](const QString &id) { return TestImageryUi::hosted(panel, id); };
        QVERIFY(hosted(rememberedId) && hosted(sessionId));
        // Brightness and contrast: the opacity is the row's.
        QCOMPARE(hosted(rememberedId)->findChildren<QSlider *>().size(), 2);
        hosted(rememberedId)->contrastSlider()->setValue(-10);
        QCOMPARE(window->imagery()->find(rememberedId)->look.contrast, -10);
        window->imagery()->setLook(rememberedId, ImageryLook{20, -10});
        QVERIFY(window->canvas()->waitForRender());
        const QRgb before = window->canvas()->renderedImage().pixel(2, 2);

        // Kazakh: a new window, the same imagery.
        QSignalSpy replaced(&session, &ViewerSession::windowReplaced);
        session.switchLanguage(QStringLiteral("kk"));
        QCOMPARE(replaced.size(), 1);
        window = session.window();
        const auto &entries = window->imagery()->entries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.at(0).location, remembered);
        QCOMPARE(entries.at(0).opacity, 0.3);
        QCOMPARE(entries.at(0).look.brightness, 20);
        QCOMPARE(entries.at(0).look.contrast, -10);
        QCOMPARE(entries.at(1).location, forSession);   // for this session, yet kept
        QCOMPARE(entries.at(1).kind, MapImagery::Kind::Session);
        QVERIFY(!entries.at(1).visible);
        QCOMPARE(imageryLayerIds(*window->canvas()), (QStringList{rememberedId, sessionId}));
        QCOMPARE(window->canvas()->layers().find(rememberedId)->opacity, 0.3);
        QVERIFY(!window->canvas()->layers().find(sessionId)->visible);
        QVERIFY(window->layerPanel()->layerItem(sessionId));
        QCOMPARE(window->imageryPanel()->layerTitles().size(), 2);
        QTest::qWait(50);
        panel = window->layerPanel();
        QVERIFY(hosted(rememberedId) && hosted(sessionId));
        QCOMPARE(hosted(rememberedId)->brightnessSlider()->value(), 20);
        QVERIFY(window->canvas()->waitForRender());
        QCOMPARE(window->canvas()->renderedImage().pixel(2, 2), before);   // drawn as before
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("түсірілімдер")),
                 qPrintable(window->statusBar()->currentMessage()));
        // A file added now gets an id of its own.
        QVERIFY2(window->imagery()->addFile(forSession, &error, false), qPrintable(error));
        QCOMPARE(imageryLayerIds(*window->canvas()).size(), 3);
        QCOMPARE(imageryLayerIds(*window->canvas()).removeDuplicates(), 0);

        session.switchLanguage(QStringLiteral("en"));
        window = session.window();
        panel = window->layerPanel();
        QTest::qWait(50);
        // Removed from the layers panel: the row and its controls go.
        QPushButton *remove = nullptr;
        for (QPushButton *b : hosted(sessionId)->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Remove"))
                remove = b;
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!window->imagery()->find(sessionId));
        QVERIFY(!panel->layerItem(sessionId));
        QTest::qWait(50);
        QVERIFY(hosted(rememberedId));
        while (!window->imagery()->entries().empty())
            window->imagery()->remove(window->imagery()->entries().back().id);
    }

    // The card's Extract and the report draw the imagery the map shows under their maps (an image
    // in the PDF, at print resolution); without imagery the extract's plan is all vector.
    void printedMapsDrawTheImagery()
    {
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (pdfimages.isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        const auto imagesIn = [&pdfimages](const QString &pdf) {
            QProcess list;
            list.start(pdfimages, {QStringLiteral("-list"), pdf});
            list.waitForFinished();
            return list.readAllStandardOutput().trimmed().split('\n').size() - 2;   // two header lines
        };
        // Through the card's Extract or File ▸ Export report, the report dialog and the save dialog
        // (the name it offers, in \a folder), as a user does.
        QAction *report = nullptr;
        for (QAction *a : mWindow->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Export &report…"))
                report = a;
        QVERIFY(report);
        const auto exportTo = [this](const QString &folder, const std::function<void()> &ask) {
            QDir().mkpath(folder);
            QTimer answer;
            connect(&answer, &QTimer::timeout, this, [folder] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *save = qobject_cast<QFileDialog *>(modal)) {
                    save->setDirectory(folder);
                    QMetaObject::invokeMethod(save, "accept");
                } else if (auto *dialog = qobject_cast<ReportDialog *>(modal)) {
                    dialog->accept();
                }
            });
            answer.start(100);
            ask();
            const QStringList written = QDir(folder).entryList({QStringLiteral("*.pdf")});
            return written.size() == 1 ? QDir(folder).filePath(written.constFirst()) : QString();
        };
        const auto extract = [this] { Q_EMIT mWindow->card()->extractRequested(7); };
        mWindow->selection()->setRows({7, 8, 9});
        const QString plain = exportTo(mDir.filePath(QStringLiteral("plain")), extract);
        const QString plainReport = exportTo(mDir.filePath(QStringLiteral("plain-report")), [report] { report->trigger(); });
        QVERIFY(!plain.isEmpty() && !plainReport.isEmpty());
        QCOMPARE(imagesIn(plain), 0);

        const QString file = writeCover(QStringLiteral("under-plan.tif"), qRgb(90, 140, 60));
        QString error;
        QVERIFY2(mWindow->imagery()->addFile(file, &error, false), qPrintable(error));
        const QString withImagery = exportTo(mDir.filePath(QStringLiteral("imagery")), extract);
        const QString reportWithImagery = exportTo(mDir.filePath(QStringLiteral("imagery-report")), [report] { report->trigger(); });
        QVERIFY(!withImagery.isEmpty() && !reportWithImagery.isEmpty());
        QCOMPARE(imagesIn(withImagery), 1);
        QCOMPARE(imagesIn(reportWithImagery), imagesIn(plainReport) + 1);
        mWindow->selection()->clear();
        mWindow->imagery()->remove(mWindow->imagery()->entries().back().id);
    }

    void dialogSaysWhereTilesGo()
    {
        ImageryDialog dialog(QStringLiteral("/home/officer/.cache/sezview/tiles"), QString(), QString());
        QVERIFY(!dialog.isBasemap());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(QStringLiteral("/home/officer/.cache/sezview/tiles"));
        }));
    }
};

QTEST_MAIN(TestImageryUi)
#include "tst_imageryui.moc"
