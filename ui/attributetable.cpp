// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributetable.h"

#include "core/model/humanlabels.h"
#include "parcelselection.h"
#include "parceltablemodel.h"

#include "core/io/exporter.h"
#include "core/query/parcelquery.h"
#include "core/model/parcelstore.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace sez {

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
    auto *run = new QPushButton(tr("Filter"), this);
    auto *exportButton = new QPushButton(tr("Export to CSV…"), this);
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

    auto *top = new QHBoxLayout;
    top->addWidget(mQuery, 1);
    top->addWidget(run);
    top->addWidget(mSelectedOnly);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(mError);
    layout->addWidget(mView, 1);
    layout->addWidget(mCount);

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
}

void AttributeTable::setData(std::shared_ptr<const ParcelStore> store, const TextSearch *search)
{
    mStore = std::move(store);
    mSearch = search;
    mModel->setStore(mStore);
    mError->hide();
    mQuery->clear();
    std::vector<qint64> all(std::size_t(mStore ? mStore->size() : 0));
    std::iota(all.begin(), all.end(), qint64(0));
    showRows(std::move(all));
}

void AttributeTable::showRows(std::vector<qint64> rows, const QString &query)
{
    mShown = std::move(rows);
    if (!query.isNull())
        mQuery->setText(query);
    mError->hide();
    if (!mSelectedOnly->isChecked())
        mModel->setRows(mShown);
}

void AttributeTable::setQueryText(const QString &text)
{
    mQuery->setText(text);
}

QString AttributeTable::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

bool AttributeTable::runQuery()
{
    if (!mStore)
        return false;
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

void AttributeTable::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export parcels to CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSelection(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace sez
