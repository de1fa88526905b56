// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributetable.h"

#include "core/model/humanlabels.h"
#include "columnchooser.h"
#include "parcelselection.h"
#include "parceltablemodel.h"
#include "querybuilder.h"
#include "querycompleter.h"
#include "savelocation.h"

#include "core/io/exporter.h"
#include "core/query/parcelquery.h"
#include "core/model/parcelstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace sez {

namespace {

const QString kColumnOrderKey = QStringLiteral("attributeTable/columnOrder");
const QString kHiddenColumnsKey = QStringLiteral("attributeTable/hiddenColumns");

} // namespace

AttributeTable::AttributeTable(ParcelSelection *selection, QWidget *parent)
    : QWidget(parent)
    , mSelection(selection)
    , mModel(new ParcelTableModel(this))
    , mView(new QTableView(this))
    , mQuery(new QLineEdit(this))
    , mError(new QLabel(this))
    , mCount(new QLabel(this))
    , mSelectedOnly(new QCheckBox(tr("Selected only"), this))
{
    mQuery->setPlaceholderText(tr("Filter, e.g. zone = 'industrial' and status = 'free' and area_ha >= 10"));
    mQuery->setClearButtonEnabled(true);
    mCompleter = new QueryCompleter(mQuery);
    auto *run = new QPushButton(tr("Filter"), this);
    auto *exportButton = mExport = new QPushButton(tr("Export to CSV…"), this);
    auto *selectAll = new QPushButton(tr("Select all"), this);
    selectAll->setToolTip(tr("Select every parcel the table shows"));
    auto *invert = new QPushButton(tr("Invert selection"), this);
    invert->setToolTip(tr("Select the parcels the table shows that are not selected, and nothing else"));
    auto *zoom = new QPushButton(tr("Zoom to selected"), this);
    zoom->setToolTip(tr("Show the selected parcels on the map"));
    auto *columns = new QPushButton(tr("Columns…"), this);
    columns->setToolTip(tr("Choose the columns and their order; dragging a header moves its column too"));
    mError->setStyleSheet(QStringLiteral("color: #b00020"));
    mError->setWordWrap(true);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mError->hide();

    mView->setModel(mModel);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->horizontalHeader()->setDefaultSectionSize(130);
    mView->horizontalHeader()->setSectionsMovable(true);
    mView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(mQuery, 1);
    top->addWidget(run);
    top->addWidget(mSelectedOnly);
    top->addWidget(exportButton);
    // A sort of many rows runs on the pool: after 0.3 s the table says so, the rows keep their order meanwhile.
    auto *sorting = new QProgressBar(this);
    sorting->setRange(0, 0);
    sorting->setTextVisible(false);
    sorting->setMaximumWidth(120);
    auto *sortingLabel = new QLabel(tr("Sorting…"), this);
    sorting->hide();
    sortingLabel->hide();
    auto *sortingDelay = new QTimer(this);
    sortingDelay->setSingleShot(true);
    sortingDelay->setInterval(300);
    connect(sortingDelay, &QTimer::timeout, this, [sorting, sortingLabel] {
        sorting->show();
        sortingLabel->show();
    });
    connect(mModel, &ParcelTableModel::sortingChanged, this, [sorting, sortingLabel, sortingDelay](bool on) {
        if (on) {
            sortingDelay->start();
            return;
        }
        sortingDelay->stop();
        sorting->hide();
        sortingLabel->hide();
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mCount, 1);
    bottom->addWidget(sortingLabel);
    bottom->addWidget(sorting);
    for (QPushButton *button : {selectAll, invert, zoom, columns})
        bottom->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(mError);
    layout->addWidget(mView, 1);
    layout->addLayout(bottom);

    connect(run, &QPushButton::clicked, this, &AttributeTable::runQuery);
    connect(mQuery, &QLineEdit::returnPressed, this, &AttributeTable::runQuery);
    connect(mQuery, &QLineEdit::textEdited, mError, &QWidget::hide);
    connect(exportButton, &QPushButton::clicked, this, &AttributeTable::exportClicked);
    connect(mSelectedOnly, &QCheckBox::toggled, this, &AttributeTable::setSelectedOnly);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributeTable::selectionFromTable);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !mSyncing)
            Q_EMIT currentParcelChanged(mModel->storeRow(current.row()));
    });
    connect(mView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT parcelActivated(mModel->storeRow(index.row()));
    });
    connect(mSelection, &ParcelSelection::changed, this, [this] {
        if (mSelectedOnly->isChecked() && !mSyncing)
            mModel->setRows(mSelection->rows());
        selectionToTable();
    });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        selectionToTable();
        updateCount();
    });
    connect(mModel, &QAbstractItemModel::layoutChanged, this, &AttributeTable::selectionToTable);
    connect(mSelection, &ParcelSelection::cleared, this, [this] {
        // A query from elsewhere filtered the table for its selection; with the selection gone the
        // filter must not stay on unseen.
        if (mFilterFollowsSelection)
            showAll();
    });
    connect(selectAll, &QPushButton::clicked, this, &AttributeTable::selectAllShown);
    connect(invert, &QPushButton::clicked, this, &AttributeTable::invertSelection);
    connect(zoom, &QPushButton::clicked, this, [this] {
        if (!mSelection->isEmpty())
            Q_EMIT zoomRequested(mSelection->rows());
    });
    connect(columns, &QPushButton::clicked, this, &AttributeTable::chooseColumns);
    QHeaderView *header = mView->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!mRestoring)
            saveColumns();
    });
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        const int logical = header->logicalIndexAt(at);
        if (logical >= 0 && visibleColumns().size() > 1)
            menu.addAction(tr("Hide the column “%1”").arg(mModel->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString()),
                           this, [this, logical] {
                               QStringList names = visibleColumns();
                               names.removeAll(mStore->field(mModel->fieldIndex(logical)).name);
                               setVisibleColumns(names);
                           });
        menu.addAction(tr("Columns…"), this, &AttributeTable::chooseColumns);
        menu.exec(header->mapToGlobal(at));
    });
}

void AttributeTable::setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search)
{
    mStore = std::move(store);
    mSearch = search;
    mCompleter->setStore(mStore);
    mModel->setStore(mStore);
    enableExport();
    mError->hide();
    showAll();
    fitHeaders();
    restoreColumns();
}

void AttributeTable::showAll()
{
    std::vector<qint64> all(std::size_t(mStore ? mStore->size() : 0));
    std::iota(all.begin(), all.end(), qint64(0));
    mQuery->clear();
    showRows(std::move(all));
}

void AttributeTable::replaceStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    mCompleter->setStore(mStore);
    mModel->replaceStore(mStore);
    enableExport();
    if (!mWaiting.isEmpty() && mWaiting == mQuery->text().trimmed() && !needsDerivedFields(mStore, mWaiting))
        runQuery();
}

void AttributeTable::showRows(std::vector<qint64> rows, const QString &query)
{
    mShown = std::move(rows);
    mFilterFollowsSelection = !query.isNull();
    if (!query.isNull())
        mQuery->setText(query);
    mError->hide();
    if (!mSelectedOnly->isChecked())
        mModel->setRows(mShown);
}

void AttributeTable::reveal(const std::vector<qint64> &rows)
{
    if (rows.empty())
        return;
    if (std::any_of(rows.begin(), rows.end(), [this](qint64 r) { return mModel->modelRow(r) < 0; })) {
        mSelectedOnly->setChecked(false);
        showAll();
    }
    const int modelRow = mModel->modelRow(rows.front());
    if (modelRow >= 0)
        mView->scrollTo(mModel->index(modelRow, std::max(mView->currentIndex().column(), 0)), QAbstractItemView::PositionAtCenter);
}

void AttributeTable::setQueryText(const QString &text)
{
    mQuery->setText(text);
}

QString AttributeTable::queryText() const
{
    return mQuery->text();
}

QString AttributeTable::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

bool AttributeTable::runQuery()
{
    if (!mStore)
        return false;
    mWaiting.clear();
    if (needsDerivedFields(mStore, mQuery->text().trimmed())) {
        mWaiting = mQuery->text().trimmed();
        mError->setText(QueryBuilder::waitingMessage());
        mError->show();
        return false;
    }
    std::vector<qint64> rows;
    QString error;
    if (!selectParcels(mStore, mSearch, mQuery->text().trimmed(), &rows, &error)) {
        mError->setText(error);
        mError->show();
        return false;
    }
    mSelectedOnly->setChecked(false);
    showRows(rows);
    Q_EMIT queryRan(rows);
    return true;
}

void AttributeTable::setSelectedOnly(bool on)
{
    if (mSelectedOnly->isChecked() != on) {
        mSelectedOnly->setChecked(on);   // re-enters through toggled()
        return;
    }
    mModel->setRows(on ? mSelection->rows() : mShown);
}

void AttributeTable::selectionFromTable()
{
    if (mSyncing)
        return;
    // Only the rows this table shows are the table's to change; selected parcels it does not show
    // (filtered out by a query) stay selected.
    std::vector<qint64> rows;
    for (qint64 r : mSelection->rows())
        if (mModel->modelRow(r) < 0)
            rows.push_back(r);
    for (const QItemSelectionRange &range : mView->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(mModel->storeRow(r));
    mSyncing = true;
    mSelection->setRows(std::move(rows));
    mSyncing = false;
    updateCount();
}

void AttributeTable::selectionToTable()
{
    if (mSyncing)
        return;
    std::vector<int> modelRows;
    for (qint64 r : mSelection->rows()) {
        const int m = mModel->modelRow(r);
        if (m >= 0)
            modelRows.push_back(m);
    }
    std::sort(modelRows.begin(), modelRows.end());
    // Contiguous runs become one range each, so selecting thousands of rows stays cheap.
    QItemSelection selection;
    const int lastColumn = mModel->columnCount() - 1;
    for (std::size_t i = 0; i < modelRows.size();) {
        std::size_t j = i;
        while (j + 1 < modelRows.size() && modelRows[j + 1] == modelRows[j] + 1)
            ++j;
        selection.select(mModel->index(modelRows[i], 0), mModel->index(modelRows[j], lastColumn));
        i = j + 1;
    }
    mSyncing = true;
    mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (modelRows.size() == 1)
        mView->scrollTo(mModel->index(modelRows.front(), 0));
    mSyncing = false;
    updateCount();
}

void AttributeTable::selectAllShown()
{
    mView->selectAll();
}

void AttributeTable::invertSelection()
{
    std::vector<qint64> rows;
    for (qint64 r : mModel->rows())
        if (!mSelection->contains(r))
            rows.push_back(r);
    mSelection->setRows(std::move(rows));
}

// Every header readable whole in the user's language ("Официальная площадь, га" was cut to
// "ициальная площадь"), and the values as wide as the first rows need, within reason.
void AttributeTable::fitHeaders()
{
    QHeaderView *header = mView->horizontalHeader();
    const int widest = 24 * mView->fontMetrics().averageCharWidth();
    const QAbstractItemView *view = mView;   // QTableView hides the public sizeHintForColumn()
    for (int c = 0; c < mModel->columnCount(); ++c)
        header->resizeSection(c, std::max(header->sectionSizeHint(c), std::min(view->sizeHintForColumn(c), widest)));
}

QStringList AttributeTable::visibleColumns() const
{
    QStringList names;
    const QHeaderView *header = mView->horizontalHeader();
    for (int v = 0; mStore && v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            names << mStore->field(mModel->fieldIndex(logical)).name;
    }
    return names;
}

void AttributeTable::setVisibleColumns(const QStringList &names)
{
    if (!mStore)
        return;
    QHeaderView *header = mView->horizontalHeader();
    mRestoring = true;
    int position = 0;
    for (const QString &name : names) {
        const int logical = mModel->column(mStore->fieldIndex(name));
        if (logical < 0)
            continue;
        header->moveSection(header->visualIndex(logical), position++);
        header->showSection(logical);
    }
    // The rest keep their order after the chosen ones, hidden.
    for (int v = position; v < header->count(); ++v)
        header->hideSection(header->logicalIndex(v));
    mRestoring = false;
    saveColumns();
}

void AttributeTable::chooseColumns()
{
    if (!mStore)
        return;
    QList<ColumnChooser::Column> columns;
    const QHeaderView *header = mView->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        columns.append({mStore->field(mModel->fieldIndex(logical)).name,
                        mModel->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString(), !header->isSectionHidden(logical)});
    }
    ColumnChooser chooser(columns, this);
    if (chooser.exec() == QDialog::Accepted && !chooser.visibleColumns().isEmpty())
        setVisibleColumns(chooser.visibleColumns());
}

// Saved by field name, so a dataset with other extra columns keeps what it shares.
void AttributeTable::saveColumns() const
{
    QStringList order, hidden;
    const QHeaderView *header = mView->horizontalHeader();
    for (int v = 0; mStore && v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        const QString name = mStore->field(mModel->fieldIndex(logical)).name;
        order << name;
        if (header->isSectionHidden(logical))
            hidden << name;
    }
    QSettings settings;
    settings.setValue(kColumnOrderKey, order);
    settings.setValue(kHiddenColumnsKey, hidden);
}

void AttributeTable::restoreColumns()
{
    QSettings settings;
    if (!mStore || !settings.contains(kColumnOrderKey))
        return;
    QHeaderView *header = mView->horizontalHeader();
    mRestoring = true;
    int position = 0;
    for (const QString &name : settings.value(kColumnOrderKey).toStringList()) {
        const int logical = mModel->column(mStore->fieldIndex(name));
        if (logical >= 0)
            header->moveSection(header->visualIndex(logical), position++);
    }
    for (const QString &name : settings.value(kHiddenColumnsKey).toStringList()) {
        const int logical = mModel->column(mStore->fieldIndex(name));
        if (logical >= 0)
            header->hideSection(logical);
    }
    mRestoring = false;
}

void AttributeTable::updateCount()
{
    const QLocale locale;
    mCount->setText(tr("Shown: %1; selected: %2")
                        .arg(HumanLabels::parcels(mModel->rowCount()), locale.toString(mSelection->size())));
}

bool AttributeTable::exportSelection(const QString &path, QString *error)
{
    if (!mStore) {
        *error = tr("No dataset is open.");
        return false;
    }
    // With nothing selected, what the table shows is what the user means.
    const std::vector<qint64> rows = mSelection->isEmpty() ? mModel->rows() : mSelection->rows();
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.excelBom = true;
    return exportParcels(*mStore, rows, options, path, error);
}

// An export of a store whose derived fields are still computed would write them empty.
void AttributeTable::enableExport()
{
    const bool computing = mStore && HumanLabels::isBeingComputed(*mStore, int(ParcelField::ComputedAreaHa));
    mExport->setEnabled(!computing);
    mExport->setToolTip(computing ? QueryBuilder::computingMessage() : QString());
}

void AttributeTable::exportClicked()
{
    const QString path = SaveLocation::ask(this, tr("Export parcels to CSV"),
                                           SaveLocation::suggestedName({}, QStringLiteral("parcels"), QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSelection(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace sez
