// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer as a user drives it: click, search, table and map selection, queries, imports.
#include "tools/generator.h"
#include "core/cache/parcelcache.h"
#include "core/query/parcelquery.h"
#include "core/model/parcelstore.h"
#include "ui/attributetable.h"
#include "ui/datasetloader.h"
#include "ui/layerpanel.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/parcelcard.h"
#include "ui/parcelselection.h"
#include "ui/parceltablemodel.h"
#include "ui/querybuilder.h"
#include "ui/registersession.h"
#include "ui/searchbox.h"
#include "ui/statisticspanel.h"
#include "core/register/registerlocation.h"
#include "core/register/registeroverlay.h"
#include "core/report/report.h"
#include "mainwindowfixture.h"

#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QTest>

#include <algorithm>

using namespace sez;
using namespace sez::test;

class TestViewer : public QObject
{
    Q_OBJECT

private:
    // A parcel large enough to click reliably, away from the first rows' special cases.
    qint64 pickParcel(qint64 from) const
    {
        const auto &store = *mWindow->store();
        qint64 best = from;
        for (qint64 r = from; r < std::min(store.size(), from + 500); ++r)
            if (store.computedAreaHa(r) > store.computedAreaHa(best))
                best = r;
        return best;
    }

    QTemporaryDir mCacheDir;
    std::unique_ptr<MainWindow> mWindow;

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_viewer"));
        QVERIFY(mCacheDir.isValid());
        mWindow = std::make_unique<MainWindow>();
        mWindow->setCacheDirectory(mCacheDir.path());
        QVERIFY(showAndOpen(*mWindow, QStringLiteral(SEZ_SAMPLE_DIR)));
        QVERIFY(mWindow->store());
        QVERIFY(mWindow->store()->size() > 20000);
        QVERIFY(!mWindow->canvas()->renderedImage().isNull());
        // The whole SEZ is in view.
        QVERIFY(mWindow->canvas()->view().contains(mWindow->store()->extent()));
    }

    void cleanupTestCase()
    {
        mWindow.reset();
    }

    void clickShowsCard()
    {
        MapCanvas *canvas = mWindow->canvas();
        const qint64 row = pickParcel(1000);
        canvas->zoomToParcel(row);
        QVERIFY(canvas->waitForRender());
        const QPoint at = canvas->mapToWidget(mWindow->store()->labelPoint(row)).toPoint();
        QVERIFY(canvas->rect().contains(at));
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(mWindow->card()->parcel(), row);
        const QString number = mWindow->store()->value(row, ParcelField::CadastralNumber).toString();
        QVERIFY(!number.isEmpty());
        QVERIFY2(mWindow->card()->text().contains(number), qPrintable(mWindow->card()->text()));
        QVERIFY(mWindow->card()->text().contains(QStringLiteral("ha")));
        QCOMPARE(mWindow->selection()->rows(), std::vector<qint64>{row});

        // Ctrl+click toggles it off again; a click on nothing clears.
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, at);
        QVERIFY(mWindow->selection()->isEmpty());
    }

    void searchWithoutHyphens()
    {
        const qint64 row = pickParcel(7000);
        const QString number = mWindow->store()->value(row, ParcelField::CadastralNumber).toString();
        QString digits = number;
        digits.remove(QLatin1Char('-'));
        QVERIFY(digits != number);
        mWindow->canvas()->zoomToExtent();
        SearchBox *search = mWindow->searchBox();
        search->setText(digits);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(mWindow->selection()->rows(), std::vector<qint64>{row});
        QCOMPARE(mWindow->card()->parcel(), row);
        const QRectF view = mWindow->canvas()->view();
        QVERIFY(view.contains(mWindow->store()->bounds(row)));
        QVERIFY2(view.width() < 5000 && view.height() < 5000, qPrintable(QString::number(view.width())));
        QVERIFY(mWindow->canvas()->waitForRender());
    }

    void tableAndMapShareSelection()
    {
        AttributeTable *table = mWindow->table();
        ParcelTableModel *model = table->model();
        mWindow->selection()->clear();

        // Table -> map.
        const qint64 row = pickParcel(12000);
        const int modelRow = model->modelRow(row);
        QVERIFY(modelRow >= 0);
        table->view()->selectRow(modelRow);
        QVERIFY(mWindow->selection()->contains(row));
        QCOMPARE(mWindow->selection()->size(), qint64(1));

        // Map -> table.
        MapCanvas *canvas = mWindow->canvas();
        const qint64 other = pickParcel(15000);
        canvas->zoomToParcel(other);
        QVERIFY(canvas->waitForRender());
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ShiftModifier, canvas->mapToWidget(mWindow->store()->labelPoint(other)).toPoint());
        QVERIFY(mWindow->selection()->contains(row));
        QVERIFY(mWindow->selection()->contains(other));
        const QModelIndexList selected = table->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 2);
        QList<qint64> storeRows;
        for (const QModelIndex &index : selected)
            storeRows << model->storeRow(index.row());
        QVERIFY(storeRows.contains(row));
        QVERIFY(storeRows.contains(other));

        // Sorting keeps the selection on the same parcels.
        model->sort(int(ParcelField::AreaHa), Qt::DescendingOrder);
        QCOMPARE(table->view()->selectionModel()->selectedRows().size(), 2);
        for (int i = 1; i < std::min(model->rowCount(), 200); ++i)
            QVERIFY(mWindow->store()->officialAreaHa(model->storeRow(i - 1)) >= mWindow->store()->officialAreaHa(model->storeRow(i)));
    }

    void queryBuilderMatchesQueryEngine_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("zoning") << QStringLiteral("zone in ('industrial','logistics') and status = 'free' and area_ha >= 10 "
                                                  "and outside_city and distance('substation') <= 5000");
        QTest::newRow("status") << QStringLiteral("status = 'operating'");
        QTest::newRow("inside") << QStringLiteral("inside_city and area_ha < 1");
    }

    void queryBuilderMatchesQueryEngine()
    {
        QFETCH(QString, query);
        QueryBuilder *builder = mWindow->queryBuilder();
        builder->setQueryText(query);
        QVERIFY2(builder->run(), qPrintable(builder->errorText()));
        std::vector<qint64> expected;
        QString error;
        QVERIFY2(selectParcels(mWindow->store(), mWindow->cache()->textSearch(), query, &expected, &error), qPrintable(error));
        QCOMPARE(builder->result(), expected);
        // The result becomes the selection and fills the table.
        QCOMPARE(mWindow->selection()->rows(), expected);
        std::vector<qint64> shown = mWindow->table()->model()->rows();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);

        // And the command line says the same of the same text: the same cadastral numbers.
        QTemporaryDir cliCache;
        QProcess cli;
        cli.start(QStringLiteral(SEZ_CLI_PATH), {QStringLiteral("query"), QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                                  QStringLiteral("--cache"), cliCache.filePath(QStringLiteral("c.gpkg")),
                                                  QStringLiteral("--where"), query, QStringLiteral("--fields"),
                                                  QStringLiteral("cadastral_number")});
        QVERIFY(cli.waitForFinished(120'000));
        QCOMPARE(cli.exitCode(), 0);
        QStringList fromCli = QString::fromUtf8(cli.readAllStandardOutput()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(fromCli.takeFirst(), QStringLiteral("cadastral_number"));
        QStringList fromBuilder;
        for (qint64 row : builder->result())
            fromBuilder << mWindow->store()->value(row, ParcelField::CadastralNumber).toString();
        fromCli.sort();
        fromBuilder.sort();
        QCOMPARE(fromCli, fromBuilder);
    }

    void queryBuilderControlsBuildValidQueries()
    {
        QueryBuilder *builder = mWindow->queryBuilder();
        const QString built = builder->builtQuery();
        builder->setQueryText(built);
        QVERIFY2(builder->run(), qPrintable(builder->errorText()));
        QCOMPARE(qint64(builder->result().size()), mWindow->store()->size());   // nothing ticked: all

        builder->setQueryText(QStringLiteral("zone = 'industrial' and"));
        QVERIFY(!builder->run());
        QVERIFY(!builder->errorText().isEmpty());
    }

    // A report of the viewer's selection keeps the query it came from, with the parcels added to
    // its result and taken out of it by hand.
    void reportOfTheSelectionKeepsTheQuery()
    {
        const QString query = QStringLiteral("zone = 'logistics' and status = 'reserved'");
        QueryBuilder *builder = mWindow->queryBuilder();
        builder->setQueryText(query);
        QVERIFY2(builder->run(), qPrintable(builder->errorText()));
        const std::vector<qint64> result = builder->result();
        QVERIFY(result.size() > 2);
        ParcelSelection *selection = mWindow->selection();
        QCOMPARE(selection->rows(), result);
        ReportSelection chosen = mWindow->reportSelection();
        QCOMPARE(chosen.query, query);
        QVERIFY(chosen.added.empty() && chosen.removed.empty());
        qint64 other = 0;
        while (std::binary_search(result.begin(), result.end(), other))
            ++other;
        selection->toggle(result.front());
        selection->toggle(other);
        chosen = mWindow->reportSelection();
        QCOMPARE(chosen.query, query);
        QCOMPARE(chosen.added, std::vector<qint64>{other});
        QCOMPARE(chosen.removed, std::vector<qint64>{result.front()});
        selection->setRows({other});   // nothing of the result left: picked by hand alone
        chosen = mWindow->reportSelection();
        QVERIFY(chosen.query.isEmpty());
        QCOMPARE(chosen.added, std::vector<qint64>{other});
        selection->clear();
    }

    void legendFollowsStyle()
    {
        LayerPanel *layers = mWindow->layerPanel();
        layers->setStyle(ParcelStyle::Zone);
        QVERIFY(layers->legendLabels().contains(QStringLiteral("Industrial")));
        layers->setStyle(ParcelStyle::Status);
        QCOMPARE(mWindow->canvas()->style(), ParcelStyle::Status);
        QVERIFY(layers->legendLabels().contains(QStringLiteral("Free")));
        QVERIFY(mWindow->canvas()->waitForRender());
        layers->setStyle(ParcelStyle::Zone);
    }

    void wheelZoomKeepsTheCursorPoint()
    {
        MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToExtent();
        const QPointF at(canvas->width() * 0.3, canvas->height() * 0.6);
        const QPointF before = canvas->widgetToMap(at);
        const double resolution = canvas->resolution();
        canvas->zoomBy(2, at);
        QCOMPARE(canvas->resolution(), resolution / 2);
        const QPointF after = canvas->widgetToMap(at);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 * std::abs(before.x()));
        QVERIFY(std::abs(after.y() - before.y()) < 1e-6 * std::abs(before.y()));
        QCOMPARE(canvas->mapToWidget(after), at);
        QVERIFY(canvas->waitForRender());
    }

    void measureDistanceAndArea()
    {
        MapCanvas *canvas = mWindow->canvas();
        const QPointF centre = mWindow->store()->extent().center();
        canvas->setView(QRectF(centre.x() - 1500, centre.y() - 1500, 3000, 3000));
        canvas->setTool(MapCanvas::Tool::MeasureDistance);
        // Two clicks 1 km apart along the grid, then a double-click to finish.
        const QPoint a = canvas->mapToWidget(centre).toPoint();
        const QPoint b = canvas->mapToWidget(centre + QPointF(1000, 0)).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, b);
        QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, b);
        // UTM's scale factor and the clicks' rounding to whole pixels keep it within 1 % of 1 km.
        const QString distance = canvas->measurement();
        QVERIFY2(QRegularExpression(QStringLiteral("(99\\d m|1\\.00 km)")).match(distance).hasMatch(), qPrintable(distance));

        canvas->setTool(MapCanvas::Tool::MeasureArea);
        const QPoint c = canvas->mapToWidget(centre + QPointF(1000, 1000)).toPoint();
        const QPoint d = canvas->mapToWidget(centre + QPointF(0, 1000)).toPoint();
        for (const QPoint &p : {a, b, c})
            QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, p);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, d);
        QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, d);
        const QString area = canvas->measurement();
        QVERIFY2(QRegularExpression(QStringLiteral("Area: (9[89]|10[01])\\.\\d ha")).match(area).hasMatch(), qPrintable(area));
        canvas->setTool(MapCanvas::Tool::Browse);
        QVERIFY(canvas->measurement().isEmpty());
    }

    void brokenFileKeepsTheWindowUsable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.shp"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a shapefile");
        file.close();
        const auto before = mWindow->store();
        QVERIFY(!openAndWait(*mWindow, path, 60000));
        QVERIFY(mWindow->errorBox());
        QVERIFY(!mWindow->errorBox()->informativeText().isEmpty());
        QCOMPARE(mWindow->store(), before);
        mWindow->errorBox()->close();
    }

    // What the reader found wrong is shown whole, with its counts, in the user's language; and an
    // export over one of the dataset's own files is refused with the reason.
    void readingWarningsAreShownInFull()
    {
        QTemporaryDir data;
        QTemporaryDir cacheDir;
        GeneratorOptions options;
        options.parcels = 1000;
        options.outDir = data.filePath(QStringLiteral("cut"));
        GeneratorResult result;
        QString error;
        QVERIFY2(generateDataset(options, &result, &error), qPrintable(error));
        QFile shp(QDir(options.outDir).filePath(QStringLiteral("parcels.shp")));
        QVERIFY(shp.resize(shp.size() / 3));
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/sezview_ru.qm")));
        QCoreApplication::installTranslator(&russian);
        MainWindow window;
        window.setCacheDirectory(cacheDir.path());
        const bool opened = openAndWait(window, options.outDir, 120000);
        QCoreApplication::removeTranslator(&russian);
        QVERIFY(opened);
        const qint64 read = window.store()->size();
        QVERIFY(read > 100 && read < 1000);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("readingWarnings"));
        QVERIFY(box);
        const QString text = box->informativeText();
        // "N объектов из 1000 не удалось прочитать (…); прочитано целиком: M", with N + M = 1000.
        QVERIFY2(text.contains(QStringLiteral("parcels.shp: %1 ").arg(1000 - read)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("не удалось прочитать (файл обрезан или повреждён); прочитано целиком: ")), qPrintable(text));
        box->close();

        const QString source = QDir(options.outDir).filePath(QStringLiteral("parcels.dbf"));
        const QByteArray before = [&] { QFile f(source); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(!window.table()->exportSelection(source, &error));
        QVERIFY2(error.startsWith(source) && error.contains(QStringLiteral("Choose another output file")), qPrintable(error));
        QFile after(source);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    // The first map comes before the table, search, query builder and figures: until it is on the
    // screen they are disabled and the status bar says they are being prepared (none shows the
    // dataset before, or part of this one); once it is, they show the whole dataset.
    void firstMapBeforeTheRest()
    {
        MainWindow window;
        window.setCacheDirectory(mCacheDir.path());   // the cache initTestCase wrote: a warm reopen
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *preparing = window.findChild<QLabel *>(QStringLiteral("cachePreparing"));
        QVERIFY(preparing);
        const QList<QWidget *> rest{window.table(), window.searchBox(), window.queryBuilder()};
        bool checkedAtOpen = false, checkedAtMap = false;
        connect(&window, &MainWindow::datasetOpened, this, [&](bool ok) {
            QVERIFY(ok);
            QVERIFY(window.restPending());
            QCOMPARE(window.canvas()->store(), window.store());   // the map has the new store
            for (QWidget *w : rest) {
                QVERIFY(!w->isEnabled());
                QCOMPARE(w->toolTip(), QStringLiteral("Loading…"));
            }
            QCOMPARE(window.table()->model()->rowCount(), 0);
            QVERIFY(preparing->isVisible());
            QCOMPARE(preparing->text(), QStringLiteral("Preparing the table, search and figures…"));
            // A parcel selected on the map meanwhile is what the table and figures then show.
            window.selection()->setRows({7});
            checkedAtOpen = true;
        });
        connect(window.canvas(), &MapCanvas::mapShown, this, [&] {
            QVERIFY(window.restPending());   // the paint comes first
            checkedAtMap = true;
        });
        QSignalSpy ready(&window, &MainWindow::cacheReady);
        window.openDataset(QStringLiteral(SEZ_SAMPLE_DIR));
        QVERIFY(ready.wait(120000));
        QVERIFY(checkedAtOpen);
        QVERIFY(checkedAtMap);
        QVERIFY(!window.cache()->rebuilt());
        QVERIFY(!window.restPending());
        for (QWidget *w : rest) {
            QVERIFY(w->isEnabled());
            QVERIFY(w->toolTip().isEmpty());
        }
        QCOMPARE(qint64(window.table()->model()->rowCount()), window.store()->size());
        QVERIFY(!preparing->isVisible());
        QCOMPARE(window.selection()->rows(), std::vector<qint64>{7});
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("loaded")));
        // Search finds this dataset's parcels.
        const QString number = window.store()->value(11, ParcelField::CadastralNumber).toString();
        QSignalSpy found(window.searchBox(), &SearchBox::found);
        window.searchBox()->setText(number);
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(window.selection()->rows(), std::vector<qint64>{11});
    }

    // A dataset opened over one shown: until the new table and figures are ready, the old ones are
    // not left on the screen (greyed out, they would still be read as this dataset's).
    void reopenLeavesNoOldFigures()
    {
        MainWindow window;
        window.setCacheDirectory(mCacheDir.path());
        QVERIFY(showAndOpen(window, QStringLiteral(SEZ_SAMPLE_DIR)));
        QTRY_VERIFY(!window.restPending());
        auto *statistics = window.findChild<StatisticsPanel *>();
        QVERIFY(statistics);
        auto *figures = statistics->findChild<QTreeWidget *>();
        QVERIFY(figures);
        QVERIFY(window.table()->model()->rowCount() > 0);
        QVERIFY(figures->topLevelItemCount() > 0);
        bool checked = false;
        connect(&window, &MainWindow::datasetOpened, this, [&](bool ok) {
            QVERIFY(ok);
            QVERIFY(window.restPending());
            QCOMPARE(window.table()->model()->rowCount(), 0);
            QCOMPARE(figures->topLevelItemCount(), 0);
            checked = true;
        });
        QSignalSpy ready(&window, &MainWindow::cacheReady);
        window.openDataset(QStringLiteral(SEZ_SAMPLE_DIR));
        QVERIFY(ready.wait(120000));
        QVERIFY(checked);
        QCOMPARE(qint64(window.table()->model()->rowCount()), window.store()->size());
        QVERIFY(figures->topLevelItemCount() > 0);
    }

    // A register with nothing for the dataset (a desk's own, never written to) changes no value:
    // the map is drawn once, not drawn again when its (empty) overlay arrives.
    void emptyRegisterDrawsTheMapOnce()
    {
        QTemporaryDir registerDir;
        QVERIFY(registerDir.isValid());
        RegisterLocation location;
        QString error;
        QVERIFY2(RegisterLocation::parse(QStringLiteral("sqlite:") + registerDir.filePath(QStringLiteral("register.sqlite")), &location,
                                         &error), qPrintable(error));
        MainWindow window;
        window.setCacheDirectory(mCacheDir.path());
        window.openRegister(location, &error);
        QSignalSpy rendered(window.canvas(), &MapCanvas::rendered);
        QVERIFY(showAndOpen(window, QStringLiteral(SEZ_SAMPLE_DIR)));
        const std::shared_ptr<const ParcelStore> shown = window.store();
        QTRY_VERIFY(window.registerSession()->overlay());
        QTest::qWait(200);   // what the overlay would start
        QVERIFY(!window.canvas()->isRendering());
        QCOMPARE(rendered.size(), 1);
        QCOMPARE(window.store(), shown);
        QCOMPARE(window.registerSession()->overlay()->store(), shown);
    }

    void cancelledImportLeavesNoCache()
    {
        QTemporaryDir data;
        QTemporaryDir cacheDir;
        GeneratorOptions options;
        options.parcels = 100000;
        options.outDir = data.filePath(QStringLiteral("big"));
        GeneratorResult result;
        QString error;
        QVERIFY2(generateDataset(options, &result, &error), qPrintable(error));

        MainWindow window;
        window.setCacheDirectory(cacheDir.path());
        window.show();
        QSignalSpy progress(window.loader(), &DatasetLoader::progress);
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        window.openDataset(options.outDir);
        QVERIFY(progress.wait(120000));
        window.loader()->cancel();
        QVERIFY(opened.wait(120000));
        QCOMPARE(opened.constFirst().constFirst().toBool(), false);
        QVERIFY(!window.errorBox());   // a cancel is not an error
        QVERIFY(!window.store());
        const QStringList left = QDir(cacheDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
