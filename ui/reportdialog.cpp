// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "core/base/languages.h"
#include "core/model/parcelstore.h"
#include "core/report/extract.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sez {

namespace {

constexpr int kFieldNameRole = Qt::UserRole;

} // namespace

ReportDialog::ReportDialog(const ParcelStore &store, QWidget *parent)
    : QDialog(parent)
{
    build(store, -1);
}

ReportDialog::ReportDialog(const ParcelStore &store, qint64 extractRow, QWidget *parent)
    : QDialog(parent)
{
    build(store, extractRow);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::build(const ParcelStore &store, qint64 extractRow)
{
    const bool extract = extractRow >= 0;
    setWindowTitle(extract ? tr("Parcel extract %1").arg(store.value(extractRow, ParcelField::CadastralNumber).toString())
                           : tr("Export a report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mLanguage = new QComboBox(this);
    mLanguage->setObjectName(QStringLiteral("language"));
    for (const QString &code : programLanguages())
        mLanguage->addItem(Language::nativeName(code), code);
    setLanguage(Language::code(QLocale()));
    if (!extract) {
        mKind = new QComboBox(this);
        mKind->setObjectName(QStringLiteral("kind"));
        mKind->addItem(tr("Parcel report"), int(ReportKind::Parcels));
        mKind->addItem(tr("Investor report"), int(ReportKind::Investor));
        mKind->addItem(tr("The SEZ at a glance"), int(ReportKind::Summary));
        form->addRow(tr("&Kind:"), mKind);
    }
    form->addRow(tr("&Language:"), mLanguage);
    layout->addLayout(form);
    layout->addWidget(extract ? extractChoices() : reportChoices(store), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(extract ? tr("Write the extract…") : tr("Write the report…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (mKind) {
        connect(mKind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
        kindChanged();
    }
}

QWidget *ReportDialog::reportChoices(const ParcelStore &store)
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    mPaper = new QComboBox(box);
    mPaper->setObjectName(QStringLiteral("paper"));
    mPaper->addItem(QStringLiteral("A4"), int(ReportPaper::Size::A4));
    mPaper->addItem(QStringLiteral("A3"), int(ReportPaper::Size::A3));
    mOrientation = new QComboBox(box);
    mOrientation->setObjectName(QStringLiteral("orientation"));
    mOrientation->addItem(tr("Portrait"), false);
    mOrientation->addItem(tr("Landscape"), true);
    auto *paper = new QHBoxLayout;
    paper->addWidget(mPaper);
    paper->addWidget(mOrientation, 1);
    auto *paperLabel = new QLabel(tr("&Paper:"), box);   // a layout is no buddy: the label names the size
    paperLabel->setBuddy(mPaper);
    form->addRow(paperLabel, paper);
    // Every field of the store, extra source columns too; the kind's default checked.
    mColumns = new QListWidget(box);
    mColumns->setObjectName(QStringLiteral("columns"));
    for (int f = 0; f < store.fieldCount(); ++f) {
        const StoreField &field = store.field(f);
        auto *item = new QListWidgetItem(field.header(), mColumns);
        item->setData(kFieldNameRole, field.name);
        item->setToolTip(field.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Unchecked);
        // The cadastral number identifies a parcel: the table always has it.
        if (field.name == parcelFieldName(ParcelField::CadastralNumber))
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    }
    mColumns->setDragDropMode(QAbstractItemView::InternalMove);
    mColumns->setMinimumHeight(220);
    connect(mColumns, &QListWidget::itemChanged, this, [this] { mColumnsEdited = true; });
    auto *label = new QLabel(tr("&Columns of the parcel table (drag to reorder):"), box);
    label->setBuddy(mColumns);
    form->addRow(label);
    form->addRow(mColumns);
    return box;
}

QWidget *ReportDialog::extractChoices()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    mCrs = new QComboBox(box);
    mCrs->setObjectName(QStringLiteral("crs"));
    mCrs->addItem(tr("None"), 0);
    mCrs->addItem(tr("Pulkovo 1942 / Gauss-Krüger (the parcel's zone)"), kPulkovoZoneEpsg);
    mCrs->addItem(tr("Another EPSG code"), 1);
    mEpsg = new QSpinBox(box);
    mEpsg->setObjectName(QStringLiteral("epsg"));
    mEpsg->setRange(2000, 999999);
    mEpsg->setValue(28413);
    mEpsg->setPrefix(QStringLiteral("EPSG:"));
    mEpsg->setEnabled(false);
    connect(mCrs, &QComboBox::currentIndexChanged, this, [this] { mEpsg->setEnabled(mCrs->currentData().toInt() == 1); });
    form->addRow(tr("&Extra coordinates:"), mCrs);
    form->addRow(QString(), mEpsg);
    return box;
}

void ReportDialog::kindChanged()
{
    const ReportKind kind = this->kind();
    if (mColumns) {
        mColumns->setEnabled(kind != ReportKind::Summary);
        if (!mColumnsEdited) {
            setColumns(defaultReportColumns(kind));
            mColumnsEdited = false;
        }
    }
}

ReportKind ReportDialog::kind() const
{
    return mKind ? ReportKind(mKind->currentData().toInt()) : ReportKind::Extract;
}

void ReportDialog::setKind(ReportKind kind)
{
    if (mKind)
        mKind->setCurrentIndex(mKind->findData(int(kind)));
}

QString ReportDialog::language() const
{
    return mLanguage->currentData().toString();
}

void ReportDialog::setLanguage(const QString &code)
{
    const int index = mLanguage->findData(code);
    if (index >= 0)
        mLanguage->setCurrentIndex(index);
}

QStringList ReportDialog::columns() const
{
    QStringList names;
    if (!mColumns)
        return names;
    for (int i = 0; i < mColumns->count(); ++i)
        if (mColumns->item(i)->checkState() == Qt::Checked)
            names << mColumns->item(i)->data(kFieldNameRole).toString();
    return names;
}

void ReportDialog::setColumns(const QStringList &names)
{
    if (!mColumns)
        return;
    const QSignalBlocker blocker(mColumns);
    // The chosen first, in their order, then the others as they were.
    for (qsizetype n = names.size(); n-- > 0;)
        for (int i = 0; i < mColumns->count(); ++i)
            if (mColumns->item(i)->data(kFieldNameRole).toString() == names.at(n)) {
                mColumns->insertItem(0, mColumns->takeItem(i));
                break;
            }
    for (int i = 0; i < mColumns->count(); ++i) {
        QListWidgetItem *item = mColumns->item(i);
        item->setCheckState(names.contains(item->data(kFieldNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

ReportPaper ReportDialog::paper() const
{
    ReportPaper paper;
    if (mPaper) {
        paper.size = ReportPaper::Size(mPaper->currentData().toInt());
        paper.landscape = mOrientation->currentData().toBool();
    }
    return paper;
}

int ReportDialog::extraEpsg() const
{
    if (!mCrs)
        return 0;
    const int choice = mCrs->currentData().toInt();
    return choice == 1 ? mEpsg->value() : choice;
}

ReportOptions ReportDialog::reportOptions() const
{
    ReportOptions options;
    options.kind = kind();
    options.columns = columns();
    options.paper = paper();
    return options;
}

} // namespace sez
