// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcelcard.h"

#include "allocationeditor.h"
#include "historyview.h"
#include "registersession.h"

#include "core/model/humanlabels.h"
#include "core/register/registeroverlay.h"

#include "core/geo/crs.h"
#include "core/model/parcelstore.h"
#include "core/model/rules.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sez {

ParcelCard::ParcelCard(QWidget *parent)
    : CardView(parent)
    , mCopy(new QPushButton(tr("Copy as text"), this))
    , mExtract(new QPushButton(tr("Extract…"), this))
    , mNearest(new QPushButton(tr("Nearest infrastructure on the map"), this))
    , mTabs(new QTabWidget(this))
    , mHistory(new HistoryView(this))
    , mEdit(new QPushButton(tr("Edit allocation…"), this))
    , mReadOnly(new QLabel(this))
{
    mTabs->addTab(body(), tr("Attributes"));
    mTabs->addTab(mHistory, tr("History"));
    mReadOnly->setWordWrap(true);
    mReadOnly->setForegroundRole(QPalette::PlaceholderText);
    // Two rows: four buttons in one made the card's dock wide enough to squeeze the map.
    auto *buttons = new QGridLayout;
    buttons->addWidget(mEdit, 0, 0);
    buttons->addWidget(mExtract, 0, 1);
    buttons->addWidget(mNearest, 1, 0);
    buttons->addWidget(mCopy, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title());
    layout->addWidget(mTabs, 1);
    layout->addWidget(mReadOnly);
    layout->addLayout(buttons);
    mExtract->setToolTip(tr("The parcel's extract as a PDF: plan, boundary points, neighbours, attributes"));
    connect(mCopy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(mExtract, &QPushButton::clicked, this, [this] {
        if (mRow >= 0)
            Q_EMIT extractRequested(mRow);
    });
    connect(mNearest, &QPushButton::clicked, this, [this] { Q_EMIT nearestRequested(mRow); });
    connect(mEdit, &QPushButton::clicked, this, &ParcelCard::editAllocation);
    // The history is read when it is looked at.
    connect(mTabs, &QTabWidget::currentChanged, this, [this] { showParcel(mRow); });
    showParcel(-1);
}

ParcelCard::~ParcelCard() = default;

void ParcelCard::setStore(std::shared_ptr<const ParcelStore> store)
{
    mStore = std::move(store);
    mOverlay.reset();
    setMapEpsg(mStore ? mStore->mapEpsg() : 0);
    showParcel(-1);
}

QString ParcelCard::origin(const QString &fieldLabel) const
{
    for (int r = 0; rows() && r < rows()->rowCount(); ++r) {
        const QLayoutItem *name = rows()->itemAtPosition(r, 0), *from = rows()->itemAtPosition(r, 2);
        if (name && from && qobject_cast<QLabel *>(name->widget())->text() == fieldLabel)
            return qobject_cast<QLabel *>(from->widget())->text();
    }
    return {};
}

void ParcelCard::showParcel(qint64 row)
{
    beginRows();
    mRow = (mStore && row >= 0 && row < mStore->size()) ? row : -1;
    mCopy->setEnabled(mRow >= 0);
    mExtract->setEnabled(mRow >= 0);
    mNearest->setEnabled(mRow >= 0);
    updateEditing();
    if (mRow < 0) {
        title()->setText(tr("Click a parcel on the map to see its card."));
        showRows(false);
        mHistory->showParcel({});
        return;
    }
    const ParcelStore &s = *mStore;
    title()->setText(tr("Parcel %1").arg(HumanLabels::displayValue(s, mRow, ParcelField::CadastralNumber)));
    // Where an allocation field's value comes from: the register (its version), or the source.
    const auto origin = [&](const FieldSpec &spec) -> QString {
        if (!mOverlay || spec.origin != FieldOrigin::Register)
            return {};
        return mOverlay->fromRegister(mRow, spec.id) ? tr("register, v. %1").arg(mOverlay->record(mRow).version) : tr("source");
    };
    // Every field with a value, group by group in the field table's order, then the source's own
    // columns under their own names. The official and computed areas are compared here.
    for (FieldGroup group : {FieldGroup::Parcel, FieldGroup::Infrastructure, FieldGroup::Allocation, FieldGroup::Conditions}) {
        for (const FieldSpec &spec : FieldTable::all()) {
            if (spec.group != group)
                continue;
            const QString v = HumanLabels::displayValue(s, mRow, spec.id, true);
            QString note;
            if (spec.id == ParcelField::ComputedAreaHa) {
                const double official = s.officialAreaHa(mRow), computed = s.computedAreaHa(mRow);
                if (hasAreaMismatch(official, computed))
                    note = tr("differs from the official area by %1 %")
                               .arg(QLocale().toString(100.0 * areaDifferenceShare(official, computed), 'f', 1));
            }
            addRow(FieldTable::label(spec), v, note, origin(spec));
        }
    }
    for (int f = int(ParcelField::Count); f < s.fieldCount(); ++f)
        addRow(s.field(f).label(), HumanLabels::displayValue(s, mRow, f, true));

    addPositionRows(tr("Centre (lon, lat)"), tr("Centre (EPSG:%1)").arg(s.mapEpsg()), s.labelPoint(mRow));
    showRows();
}

void ParcelCard::setSession(RegisterSession *session)
{
    mSession = session;
    mHistory->setSession(session);
    updateEditing();
}

void ParcelCard::setOverlay(std::shared_ptr<const RegisterOverlay> overlay)
{
    mOverlay = std::move(overlay);
    mStore = mOverlay ? mOverlay->store() : mStore;
    showParcel(mRow);
}

QString ParcelCard::editReason() const
{
    if (!mSession)
        return RegisterSession::tr("No allocation register is open.");
    if (!mSession->canWrite())
        return mSession->readOnlyReason();
    if (!mOverlay)
        return tr("The allocation register is being read…");
    return {};
}

void ParcelCard::updateEditing()
{
    const QString reason = editReason();
    mEdit->setEnabled(mRow >= 0 && reason.isEmpty());
    mEdit->setToolTip(reason);
    // A role that may only read says so where the button is, in the user's language.
    mReadOnly->setText(mSession && !mSession->canWrite() ? reason : QString());
    mReadOnly->setVisible(!mReadOnly->text().isEmpty());
    if (mRow >= 0 && mTabs->currentWidget() == mHistory)
        mHistory->showParcel(mStore->value(mRow, ParcelField::CadastralNumber).toString());
}

AllocationEditor *ParcelCard::editAllocation()
{
    if (mRow < 0 || !editReason().isEmpty())
        return nullptr;
    auto *editor = new AllocationEditor(mSession, mOverlay, mRow, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

} // namespace sez
