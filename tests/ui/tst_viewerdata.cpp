// SPDX-License-Identifier: GPL-3.0-or-later
// The parcel data on screen, as a user drives the viewer: the card, the attribute table, the query
// builder and the help. Each test first reproduced a defect of issue 12 (its number in the name).
#include "core/cache/parcelcache.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/query/parcelquery.h"
#include "core/query/queryguide.h"
#include "ui/attributetable.h"
#include "ui/distancebox.h"
#include "ui/helpdialog.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/parcelcard.h"
#include "ui/parcelselection.h"
#include "ui/parceltablemodel.h"
#include "ui/querybuilder.h"
#include "ui/querycompleter.h"
#include "ui/searchbox.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QCompleter>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <climits>

using namespace sez;

class TestViewerData : public QObject
{
    Q_OBJECT

private:
    // A parcel large enough to click reliably.
    qint64 pickParcel(qint64 from) const
    {
        const auto &store = *mWindow->store();
        qint64 best = from;
        for (qint64 r = from; r < std::min(store.size(), from + 500); ++r)
            if (store.computedAreaHa(r) > store.computedAreaHa(best))
                best = r;
        return best;
    }

    void clickParcel(qint64 row)
    {
        MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToParcel(row);
        QVERIFY(canvas->waitForRender());
        const QPoint at = canvas->mapToWidget(mWindow->store()->labelPoint(row)).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, at);
    }

    void search(const QString &text)
    {
        SearchBox *box = mWindow->searchBox();
        box->setFocus();
        box->setText(text);
        QTest::keyClick(box, Qt::Key_Return);
    }

    QString number(qint64 row) const { return mWindow->store()->value(row, ParcelField::CadastralNumber).toString(); }

    // The program's translation of \a language installed for the life of the object, as the
    // viewer installs it; English when it goes.
    struct Language
    {
        explicit Language(const QString &code)
        {
            QVERIFY(translator.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(code)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(code == QLatin1String("kk") ? QLocale::Kazakh : QLocale::Russian, QLocale::Kazakhstan));
        }
        ~Language()
        {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
        QTranslator translator;
    };

    // sezview-cli with \a args on the sample, through a cache of its own; exit code and output.
    int cli(const QStringList &args, QString *out, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(SEZ_CLI_PATH), args + QStringList{QStringLiteral("--dataset"), QStringLiteral(SEZ_SAMPLE_DIR),
                                                                      QStringLiteral("--cache"), mCacheDir.filePath(QStringLiteral("cli.gpkg"))});
        if (!process.waitForFinished(300'000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    std::vector<qint64> select(const QString &query, QString *error = nullptr)
    {
        std::vector<qint64> rows;
        QString ignored;
        selectParcels(mWindow->store(), mWindow->cache()->textSearch(), query, &rows, error ? error : &ignored);
        return rows;
    }

    // Whether \a label shows its whole text: the text wrapped to the label's width fits in it.
    static bool showsWhole(const QLabel *label)
    {
        const QRect box = label->contentsRect();
        const QRect needed = label->fontMetrics().boundingRect(QRect(0, 0, box.width(), INT_MAX), Qt::TextWordWrap, label->text());
        return needed.width() <= box.width() && needed.height() <= box.height();
    }

    QTemporaryDir mCacheDir;
    std::unique_ptr<MainWindow> mWindow;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sezview-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewerdata"));
        QVERIFY(mCacheDir.isValid());
        mWindow = std::make_unique<MainWindow>();
        mWindow->setCacheDirectory(mCacheDir.path());
        mWindow->resize(1400, 900);
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
        QSignalSpy opened(mWindow.get(), &MainWindow::datasetOpened);
        QSignalSpy ready(mWindow.get(), &MainWindow::cacheReady);   // the search comes with it
        mWindow->openDataset(QStringLiteral(SEZ_SAMPLE_DIR));
        QVERIFY(opened.wait(300000));
        QVERIFY(opened.constFirst().constFirst().toBool());
        QVERIFY(!ready.isEmpty() || ready.wait(300000));
        QVERIFY(mWindow->canvas()->waitForRender());
    }

    void cleanupTestCase()
    {
        mWindow.reset();
    }

    // Defect 1: click a parcel, click a row inside the card, search another number and press
    // Enter: every value on the card is the new parcel's, as a fresh card draws it.
    void defect1_cardShowsTheSearchedParcel()
    {
        ParcelCard *card = mWindow->card();
        const qint64 first = pickParcel(2000), second = pickParcel(9000);
        clickParcel(first);
        QCOMPARE(card->parcel(), first);
        auto *body = card->findChild<QAbstractScrollArea *>();
        QVERIFY(body);
        QTest::mouseClick(body->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(40, 30));
        QTest::qWait(50);
        search(number(second));
        QCOMPARE(card->parcel(), second);
        QTest::qWait(50);

        // The widget texts: each field the card shows is the second parcel's.
        const QString text = card->text();
        for (ParcelField f : {ParcelField::CadastralNumber, ParcelField::AreaHa, ParcelField::Zone, ParcelField::Status,
                              ParcelField::District}) {
            const QString value = HumanLabels::displayValue(*mWindow->store(), second, f, true);
            if (!value.isEmpty())
                QVERIFY2(text.contains(FieldTable::label(FieldTable::spec(f)) + QStringLiteral(": ") + value), qPrintable(text));
        }
        // The pixels: what the window shows where the card is (its backing store) is what the card
        // paints now. Before the fix the card's item view kept the first parcel's rows there.
        QTest::qWait(200);
        const QPoint at = card->mapTo(mWindow.get(), QPoint(0, 0));
        const QImage screen = mWindow->screen()
                                  ->grabWindow(mWindow->winId(), at.x(), at.y(), card->width(), card->height())
                                  .toImage()
                                  .convertToFormat(QImage::Format_RGB32);
        const QImage now = card->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(screen.size(), now.size());
        QVERIFY2(screen == now, "the screen shows other pixels than the card paints");

        // Clearing the selection clears the card.
        mWindow->selection()->clear();
        QCOMPARE(card->parcel(), qint64(-1));
        QVERIFY(!card->text().contains(number(second)));
    }

    // Defect 3: the computed area once, in the card and in the table, and it sorts as a number.
    void defect3_computedAreaOnce()
    {
        const QString computed = FieldTable::label(FieldTable::spec(ParcelField::ComputedAreaHa));
        ParcelCard *card = mWindow->card();
        card->showParcel(pickParcel(3000));
        const QStringList lines = card->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^%1").arg(QRegularExpression::escape(computed)))).size(), 1);
        QCOMPARE(lines.filter(QStringLiteral("ellipsoidal"), Qt::CaseInsensitive).size(), 0);

        AttributeTable *table = mWindow->table();
        table->showAll();
        ParcelTableModel *model = table->model();
        QHeaderView *header = table->view()->horizontalHeader();
        int column = -1, count = 0;
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(computed)) {
                column = c;
                ++count;
            }
        QCOMPARE(count, 1);
        QVERIFY(!header->isSectionHidden(column));
        model->sort(column, Qt::AscendingOrder);
        const ParcelStore &store = *mWindow->store();
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(store.computedAreaHa(model->storeRow(r - 1)) <= store.computedAreaHa(model->storeRow(r)));
        // As text, "10.5" would come before "9.1": a number sort puts the small areas first.
        QVERIFY(store.computedAreaHa(model->storeRow(0)) < 1.0);
        model->sort(-1, Qt::AscendingOrder);
    }

    // Defect 4: every value of the card is shown whole, in every language, for the parcel with
    // the longest texts.
    void defect4_cardValuesWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("kk") << QStringLiteral("kk");
    }

    void defect4_cardValuesWhole()
    {
        QFETCH(QString, language);
        std::unique_ptr<Language> installed;
        if (language != QLatin1String("en"))
            installed = std::make_unique<Language>(language);
        const ParcelStore &store = *mWindow->store();
        qint64 longest = 0;
        qsizetype longestSize = 0;
        for (qint64 r = 0; r < store.size(); ++r) {
            const qsizetype size = HumanLabels::displayValue(store, r, ParcelField::PermittedUse).size()
                                   + HumanLabels::displayValue(store, r, ParcelField::Address).size()
                                   + HumanLabels::displayValue(store, r, ParcelField::LandCategory).size();
            if (size > longestSize) {
                longest = r;
                longestSize = size;
            }
        }
        ParcelCard *card = mWindow->card();
        QDockWidget *dock = nullptr;   // the card shares its dock with the feature card (issue 12, feature 18)
        for (QWidget *w = card->parentWidget(); w && !dock; w = w->parentWidget())
            dock = qobject_cast<QDockWidget *>(w);
        QVERIFY(dock);
        dock->show();
        dock->raise();
        card->showParcel(longest);
        QTest::qWait(50);
        const QList<QLabel *> values = card->valueLabels();
        QVERIFY(values.size() > 10);
        QStringList expected;
        for (const FieldSpec &spec : FieldTable::all())
            if (const QString v = HumanLabels::displayValue(store, longest, spec.id, true); !v.isEmpty())
                expected << v;
        for (const QString &v : expected)
            QVERIFY2(std::any_of(values.begin(), values.end(), [&v](const QLabel *l) { return l->text() == v || l->text().startsWith(v + QStringLiteral("  ⚠")); }),
                     qPrintable(v));
        auto *scroll = card->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), "the card needs a horizontal scroll bar");
        for (const QLabel *label : values) {
            QVERIFY2(showsWhole(label), qPrintable(label->text()));
            QVERIFY(label->isVisibleTo(card));
            const QRect inBody = QRect(label->mapTo(scroll->widget(), QPoint(0, 0)), label->size());
            QVERIFY2(inBody.right() <= scroll->viewport()->width(), qPrintable(label->text()));
        }
        QVERIFY(showsWhole(card->findChild<QLabel *>()));   // the title
        card->showParcel(-1);
    }

    // Defect 6: a category by its label in any language, or as the source writes it; otherwise
    // an error with a suggestion, in the UI's language; the same through sezview-cli.
    void defect6_categoryValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("same");
        QTest::newRow("legend label") << QStringLiteral("zone = 'Industrial'") << QStringLiteral("zone = 'industrial'");
        QTest::newRow("Russian label") << QStringLiteral("zone = 'Промышленная'") << QStringLiteral("zone = 'industrial'");
        QTest::newRow("Kazakh label") << QStringLiteral("status = 'Бос'") << QStringLiteral("status = 'free'");
        QTest::newRow("source word") << QStringLiteral("status = 'свободен'") << QStringLiteral("status = 'free'");
        QTest::newRow("Russian UI label") << QStringLiteral("status = 'Свободен'") << QStringLiteral("status = 'free'");
        QTest::newRow("in list") << QStringLiteral("status in ('свободен', 'Reserved') and gas = 'да'")
                                 << QStringLiteral("status in ('free', 'reserved') and gas = 'yes'");
        QTest::newRow("not equal") << QStringLiteral("zone != 'логистическая'") << QStringLiteral("zone != 'logistics'");
    }

    void defect6_categoryValues()
    {
        QFETCH(QString, query);
        QFETCH(QString, same);
        QString error;
        const std::vector<qint64> expected = select(same, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!expected.empty());
        QCOMPARE(select(query, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QueryBuilder *builder = mWindow->queryBuilder();
        builder->setQueryText(query);
        QVERIFY2(builder->run(), qPrintable(builder->errorText()));
        QCOMPARE(builder->result(), expected);

        QString out;
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--where"), query, QStringLiteral("--fields"), QStringLiteral("cadastral_number")}, &out), 0);
        QCOMPARE(out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() - 1, qsizetype(expected.size()));
    }

    void defect6_unknownValueIsAnError()
    {
        QueryBuilder *builder = mWindow->queryBuilder();
        builder->setQueryText(QStringLiteral("status = 'свабоден'"));
        QVERIFY(!builder->run());
        QCOMPARE(builder->errorText(), QStringLiteral("unknown status value 'свабоден' at column 10 — did you mean 'Свободен'?"));
        builder->setQueryText(QStringLiteral("zone = 'Industrail'"));
        QVERIFY(!builder->run());
        QVERIFY2(builder->errorText().endsWith(QStringLiteral("did you mean 'industrial'?")), qPrintable(builder->errorText()));
        {
            Language russian(QStringLiteral("ru"));
            QVERIFY(!builder->run());
            QVERIFY2(builder->errorText().contains(QStringLiteral("неизвестное значение")), qPrintable(builder->errorText()));
            QVERIFY2(builder->errorText().contains(QStringLiteral("позиция")), qPrintable(builder->errorText()));
        }
        QString out, err;
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--where"), QStringLiteral("zone = 'Industrail'")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("unknown zone value 'Industrail' at column 8 — did you mean 'industrial'?")), qPrintable(err));
    }

    // Defect 7: the distance box says its unit, and 2000 is 2 km.
    void defect7_distanceUnit()
    {
        QueryBuilder *builder = mWindow->queryBuilder();
        DistanceBox *box = builder->distanceBox(QStringLiteral("substation"));
        QVERIFY(box);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("2000"));
        box->interpretText();
        QCOMPARE(box->value(), 2000);
        QVERIFY2(builder->builtQuery().contains(QStringLiteral("distance('substation') <= 2000")), qPrintable(builder->builtQuery()));
        QVERIFY2(box->text().endsWith(QStringLiteral(" m")), qPrintable(box->text()));
        QCOMPARE(box->text(), QLocale().toString(2000) + QStringLiteral(" m"));
        QCOMPARE(DistanceBox::metresFromText(QStringLiteral("2 km")), 2000);
        QCOMPARE(DistanceBox::metresFromText(QStringLiteral("2,5 км")), 2500);
        QCOMPARE(DistanceBox::metresFromText(QStringLiteral("750 м")), 750);
        QCOMPARE(DistanceBox::metresFromText(QStringLiteral("2000")), 2000);
        box->setValue(0);
        QCOMPARE(box->text(), QStringLiteral("any"));
        QVERIFY(!builder->builtQuery().contains(QStringLiteral("distance")));
    }

    // Defect 8: an empty result says which condition emptied it, in the builder and the CLI; and
    // the builder's result does not stay on as the table's filter once the selection is cleared.
    void defect8_emptyResultExplained()
    {
        const QString query = QStringLiteral("zone = 'industrial' and status = 'free' and area_ha >= 5 and outside_city "
                                             "and distance('substation') <= 2000 and area_ha > 1000");
        QueryBuilder *builder = mWindow->queryBuilder();
        builder->setQueryText(query);
        QVERIFY(builder->run());
        QVERIFY(builder->result().empty());
        const std::vector<QueryStep> &steps = builder->steps();
        QCOMPARE(steps.size(), std::size_t(6));
        QCOMPARE(steps[0].condition, QStringLiteral("zone = 'industrial'"));
        QCOMPARE(steps[0].remaining, qint64(select(QStringLiteral("zone = 'industrial'")).size()));
        QCOMPARE(steps[1].remaining, qint64(select(QStringLiteral("zone = 'industrial' and status = 'free'")).size()));
        QCOMPARE(steps[4].alone, qint64(select(QStringLiteral("distance('substation') <= 2000")).size()));
        QCOMPARE(steps[5].remaining, qint64(0));
        const QString shown = builder->explanationText();
        // Read whole where the user sees it: the builder's dock in front, the explanation as tall
        // as its text needs.
        auto *dock = qobject_cast<QDockWidget *>(builder->parentWidget());
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QTest::qWait(50);
        QLabel *explanation = builder->findChild<QLabel *>(QStringLiteral("explanation"));
        QVERIFY(explanation && explanation->isVisibleTo(mWindow.get()));
        QVERIFY2(explanation->height() >= explanation->heightForWidth(explanation->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(explanation->height()).arg(explanation->heightForWidth(explanation->width()))));
        QVERIFY2(shown.contains(QStringLiteral("area_ha > 1000")), qPrintable(shown));
        QVERIFY2(shown.contains(QLocale().toString(steps[1].remaining)), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("No parcel is left after")), qPrintable(shown));

        QString out;
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--where"), query, QStringLiteral("--explain"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray conditions = json.value(QStringLiteral("conditions")).toArray();
        QCOMPARE(conditions.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(conditions[i].toObject().value(QStringLiteral("condition")).toString(), steps[std::size_t(i)].condition);
            QCOMPARE(qint64(conditions[i].toObject().value(QStringLiteral("remaining")).toDouble()), steps[std::size_t(i)].remaining);
            QCOMPARE(qint64(conditions[i].toObject().value(QStringLiteral("parcels")).toDouble()), steps[std::size_t(i)].alone);
        }
        QCOMPARE(json.value(QStringLiteral("selected")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--where"), query, QStringLiteral("--explain")}, &out), 0);
        // On the sample the question is emptied by "outside_city": the free industrial
        // parcels of 5 ha or more are all inside the city.
        QVERIFY(steps[2].remaining > 0);
        QCOMPARE(steps[3].remaining, qint64(0));
        QVERIFY2(out.contains(QStringLiteral("none is left after: outside_city")), qPrintable(out));
        QVERIFY2(shown.contains(QStringLiteral("No parcel is left after “outside_city”")), qPrintable(shown));

        // A result that selects parcels filters the table; clearing the selection ends the filter.
        builder->setQueryText(QStringLiteral("zone = 'industrial' and status = 'free'"));
        QVERIFY(builder->run());
        AttributeTable *table = mWindow->table();
        QCOMPARE(qint64(table->model()->rowCount()), qint64(builder->result().size()));
        mWindow->selection()->clear();
        QCOMPARE(qint64(table->model()->rowCount()), mWindow->store()->size());
        // Also after an empty result, when there was no selection to clear.
        builder->setQueryText(query);
        QVERIFY(builder->run());
        QCOMPARE(table->model()->rowCount(), 0);
        mWindow->selection()->clear();
        QCOMPARE(qint64(table->model()->rowCount()), mWindow->store()->size());
    }

    // Defect 14: a parcel found by its number gets its label on the map, and the table scrolls to it.
    void defect14_foundParcelLabelledAndShown()
    {
        const ParcelStore &store = *mWindow->store();
        MapCanvas *canvas = mWindow->canvas();
        // A parcel narrower than a label at the scale a search shows it, with no other parcel's
        // number near where its own goes: the pixels there are its number or nothing.
        qint64 found = -1;
        QPointF at;
        for (qint64 r = 15000; r < store.size() && found < 0; ++r) {
            const QRectF b = store.bounds(r);
            if (std::max(b.width(), b.height()) > 25 || std::min(b.width(), b.height()) < 8)
                continue;
            search(number(r));
            QCOMPARE(mWindow->selection()->rows(), std::vector<qint64>{r});
            at = canvas->mapToWidget(store.labelPoint(r));
            bool crowded = false;
            for (qint64 n : store.parcelsIn(canvas->view()))
                if (n != r) {
                    const QPointF p = canvas->mapToWidget(store.labelPoint(n));
                    crowded = crowded || (std::abs(p.x() - at.x()) < 140 && std::abs(p.y() - at.y()) < 24);
                }
            if (!crowded)
                found = r;
        }
        QVERIFY(found >= 0);
        QVERIFY(canvas->waitForRender());
        const QImage withLabels = canvas->renderedImage();
        canvas->setLabels(false);
        QVERIFY(canvas->waitForRender());
        const QImage without = canvas->renderedImage();
        canvas->setLabels(true);
        QVERIFY(canvas->waitForRender());
        const qreal dpr = withLabels.devicePixelRatio();
        int differing = 0;
        for (int y = int((at.y() - 6) * dpr); y <= int((at.y() + 6) * dpr); ++y)
            for (int x = int((at.x() - 40) * dpr); x <= int((at.x() + 40) * dpr); ++x)
                if (withLabels.rect().contains(x, y) && withLabels.pixel(x, y) != without.pixel(x, y))
                    ++differing;
        QVERIFY2(differing > 30, qPrintable(QStringLiteral("%1 pixels of the number drawn").arg(differing)));

        QTableView *view = mWindow->table()->view();
        const int modelRow = mWindow->table()->model()->modelRow(found);
        QVERIFY(modelRow >= 0);
        const QRect rowRect = view->visualRect(mWindow->table()->model()->index(modelRow, 0));
        QVERIFY2(view->viewport()->rect().intersects(rowRect), "the table does not show the found parcel");
    }

    // Feature 20: columns chosen and ordered (kept for the next start), select all, invert, zoom
    // to the selected rows, headers in the user's language and never clipped.
    void feature20_columnsChosenAndKept()
    {
        AttributeTable *table = mWindow->table();
        const QStringList all = table->visibleColumns();
        QVERIFY(all.size() > 10);
        const QStringList chosen = {QStringLiteral("zone"), QStringLiteral("cadastral_number"), QStringLiteral("computed_area_ha")};
        table->setVisibleColumns(chosen);
        QCOMPARE(table->visibleColumns(), chosen);
        QHeaderView *header = table->view()->horizontalHeader();
        QCOMPARE(header->count() - header->hiddenSectionCount(), 3);
        // Kept: a table made later (the next start) shows the same.
        AttributeTable later(mWindow->selection());
        later.setData(mWindow->store(), mWindow->cache()->textSearch());
        QCOMPARE(later.visibleColumns(), chosen);
        table->setVisibleColumns(all);
        QCOMPARE(table->visibleColumns(), all);
    }

    void feature20_selectAllInvertZoom()
    {
        AttributeTable *table = mWindow->table();
        ParcelSelection *selection = mWindow->selection();
        table->setQueryText(QStringLiteral("zone = 'logistics'"));
        QVERIFY(table->runQuery());
        const std::vector<qint64> shown = select(QStringLiteral("zone = 'logistics'"));
        selection->clear();
        table->setQueryText(QStringLiteral("zone = 'logistics'"));
        QVERIFY(table->runQuery());
        QCOMPARE(table->model()->rowCount(), int(shown.size()));
        table->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        auto button = [table](const QString &text) {
            for (QPushButton *b : table->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        selection->setRows({shown[0], shown[1]});
        QTest::mouseClick(button(QStringLiteral("Invert selection")), Qt::LeftButton);
        QCOMPARE(selection->size(), qint64(shown.size()) - 2);
        QVERIFY(!selection->contains(shown[0]) && selection->contains(shown[2]));
        QTest::mouseClick(button(QStringLiteral("Select all")), Qt::LeftButton);
        QCOMPARE(selection->rows(), shown);

        selection->setRows({shown[3], shown[40]});
        mWindow->canvas()->zoomToExtent();
        QTest::mouseClick(button(QStringLiteral("Zoom to selected")), Qt::LeftButton);
        const QRectF view = mWindow->canvas()->view();
        QVERIFY(view.contains(mWindow->store()->bounds(shown[3])));
        QVERIFY(view.contains(mWindow->store()->bounds(shown[40])));
        QVERIFY(view.width() < mWindow->store()->extent().width() / 2);
        selection->clear();
        table->showAll();
    }

    void feature20_headersWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("kk") << QStringLiteral("kk");
    }

    void feature20_headersWhole()
    {
        QFETCH(QString, language);
        Language installed(language);
        AttributeTable table(mWindow->selection());
        table.resize(1200, 400);
        table.setData(mWindow->store(), mWindow->cache()->textSearch());
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QHeaderView *header = table.view()->horizontalHeader();
        const QString official = table.model()->headerData(int(ParcelField::AreaHa), Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(official.startsWith(language == QLatin1String("ru") ? QStringLiteral("Официальная площадь") : QStringLiteral("Ресми")),
                 qPrintable(official));
        for (int c = 0; c < header->count(); ++c) {
            const QString text = table.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))), qPrintable(text));   // no raw field name
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(text));
        }
    }

    // Feature 22: the query language's guide from the Help menu, in the user's language, with
    // every field and examples that all run; autocompletion of fields and values; the shortcuts.
    void feature22_queryGuide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("industrial");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Industrial") << QStringLiteral("The query language");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Промышленная") << QStringLiteral("Язык запросов");
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Өнеркәсіптік") << QStringLiteral("Сұрау тілі");
    }

    void feature22_queryGuide()
    {
        QFETCH(QString, language);
        QFETCH(QString, industrial);
        QFETCH(QString, heading);
        std::unique_ptr<Language> installed;
        if (language != QLatin1String("en"))
            installed = std::make_unique<Language>(language);
        QAction *action = nullptr;
        for (QAction *a : mWindow->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                action = a;
        QVERIFY(action);
        action->trigger();
        HelpDialog *guide = mWindow->findChild<HelpDialog *>();
        QVERIFY(guide);
        const QString html = guide->html();
        guide->close();
        QTest::qWait(10);
        for (const FieldSpec &spec : FieldTable::all()) {
            QVERIFY2(html.contains(QStringLiteral("<code>%1</code>").arg(QString::fromLatin1(spec.name))), spec.name);
            QVERIFY2(html.contains(FieldTable::label(spec).toHtmlEscaped()), spec.name);
        }
        QVERIFY(html.contains(industrial));
        QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(heading)), qPrintable(html.left(200)));
        QVERIFY(html.contains(QStringLiteral("distance('substation')")));
        for (const QueryGuide::Example &example : QueryGuide::examples(mWindow->store().get())) {
            QString error;
            select(example.query, &error);
            QVERIFY2(error.isEmpty(), qPrintable(example.query + QStringLiteral(": ") + error));
            QVERIFY(!example.meaning.isEmpty());
        }
    }

    void feature22_autocomplete()
    {
        QueryBuilder *builder = mWindow->queryBuilder();
        QLineEdit *edit = builder->queryEdit();
        QueryCompleter *completer = builder->completer();
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("sta"));
        QVERIFY2(completer->shown().contains(QStringLiteral("status — Status")), qPrintable(completer->shown().join(QLatin1Char('|'))));
        completer->choose(int(completer->shown().indexOf(QStringLiteral("status — Status"))));
        QCOMPARE(edit->text(), QStringLiteral("status"));
        QTest::keyClicks(edit, QStringLiteral(" = 'fr"));
        QCOMPARE(completer->shown(), QStringList{QStringLiteral("'free' — Free")});
        completer->choose(0);
        QCOMPARE(edit->text(), QStringLiteral("status = 'free'"));
        QTest::keyClicks(edit, QStringLiteral(" and distance('sub"));
        QVERIFY2(completer->shown().contains(QStringLiteral("'substation' — Substation")), qPrintable(completer->shown().join(QLatin1Char('|'))));
        completer->choose(0);
        QCOMPARE(edit->text(), QStringLiteral("status = 'free' and distance('substation'"));
        // Values of a field without a code list come from the data; Ctrl+Space asks anywhere.
        edit->setText(QStringLiteral("district = "));
        edit->setCursorPosition(int(edit->text().size()));
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QStringList districts = mWindow->store()->dictionary(ParcelField::District);
        districts.removeAll(QString());
        QCOMPARE(completer->shown().size(), districts.size());
        QTest::keyClick(completer->completer()->popup(), Qt::Key_Escape);
        edit->clear();
        // The table's filter box completes too.
        auto *filter = mWindow->table()->findChild<QLineEdit *>();
        QVERIFY(filter);
        QVERIFY(filter->findChild<QueryCompleter *>() || mWindow->table()->findChild<QueryCompleter *>());
    }

    void feature22_shortcuts()
    {
        QAction *action = nullptr;
        for (QAction *a : mWindow->findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Keyboard shortcuts"))
                action = a;
        QVERIFY(action);
        action->trigger();
        HelpDialog *dialog = nullptr;
        for (HelpDialog *d : mWindow->findChildren<HelpDialog *>())
            if (d->windowTitle() == QStringLiteral("Keyboard shortcuts"))
                dialog = d;
        QVERIFY(dialog);
        const QString html = dialog->html();
        dialog->close();
        int listed = 0;
        for (QAction *a : mWindow->findChildren<QAction *>())
            if (!a->shortcut().isEmpty()) {
                QVERIFY2(html.contains(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(a->text()));
                ++listed;
            }
        QVERIFY(listed >= 6);
        QVERIFY(html.contains(QStringLiteral("Shift+drag")));
    }
};

QTEST_MAIN(TestViewerData)
#include "tst_viewerdata.moc"
