// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocationeditor.h"

#include "allocationconflictdialog.h"
#include "registersession.h"

#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/register/allocationcheck.h"
#include "core/register/allocationfields.h"
#include "core/register/registeroverlay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sez {

namespace {

// A date edit's "no date" is its minimum, shown as a dash.
const QDate kNoDate(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDisplayFormat(HumanLabels::dateFormat(QLocale()));
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

} // namespace

AllocationEditor::AllocationEditor(RegisterSession *session, std::shared_ptr<const RegisterOverlay> overlay, qint64 row,
                                   QWidget *parent)
    : QDialog(parent)
    , mSession(session)
    , mOverlay(std::move(overlay))
    , mRow(row)
    , mBase(mOverlay->record(row))
    , mVersion(new QLabel(this))
    , mStatus(new QComboBox(this))
    , mInvestor(new QComboBox(this))
    , mNewInvestor(new QCheckBox(tr("A new investor, not yet known to the dataset or the register"), this))
    , mProject(new QLineEdit(this))
    , mLeaseStart(dateEdit(this))
    , mLeaseEnd(dateEdit(this))
    , mReason(new QLineEdit(this))
    , mMessage(new QLabel(this))
{
    const ParcelStore &store = *mOverlay->store();
    setWindowTitle(tr("Edit allocation: %1").arg(store.value(row, ParcelField::CadastralNumber).toString()));
    mVersion->setWordWrap(true);
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #a03c00"));
    mMessage->hide();
    mInvestor->setEditable(true);
    mInvestor->setInsertPolicy(QComboBox::NoInsert);
    mReason->setPlaceholderText(tr("e.g. Akimat decision No. 117 of 14.03.2025"));

    auto *form = new QFormLayout;
    form->addRow(HumanLabels::field(ParcelField::Status), mStatus);
    form->addRow(HumanLabels::field(ParcelField::Investor), mInvestor);
    form->addRow(QString(), mNewInvestor);
    form->addRow(HumanLabels::field(ParcelField::Project), mProject);
    form->addRow(HumanLabels::field(ParcelField::LeaseStart), mLeaseStart);
    form->addRow(HumanLabels::field(ParcelField::LeaseEnd), mLeaseEnd);
    form->addRow(tr("Reason"), mReason);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AllocationEditor::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mVersion);
    layout->addLayout(form);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    fill();
}

AllocationEditor::~AllocationEditor() = default;

void AllocationEditor::fill()
{
    const ParcelStore &store = *mOverlay->store();
    if (mBase.version == 0)
        mVersion->setText(tr("The register has no decision on this parcel yet: the values are the source's."));
    else
        mVersion->setText(tr("Version %1 of the register, recorded %2 by %3.")
                              .arg(mBase.version)
                              .arg(HumanLabels::dateTime(mBase.updatedAt.toLocalTime(), QLocale()), mBase.updatedBy));
    const QString status = store.value(mRow, ParcelField::Status).toString();
    if (status.isEmpty())
        mStatus->addItem(HumanLabels::value(ParcelField::Status, QString()), QString());
    for (const QString &code : AllocationFields::codes(ParcelField::Status, &store))
        mStatus->addItem(HumanLabels::value(ParcelField::Status, code), code);
    mStatus->setCurrentIndex(std::max(0, mStatus->findData(status)));

    QStringList investors = store.dictionary(ParcelField::Investor) + mSession->recordedInvestors();
    investors.removeAll(QString());
    investors.removeDuplicates();
    investors.sort(Qt::CaseInsensitive);
    mInvestor->addItems(investors);
    mInvestor->setCurrentText(store.value(mRow, ParcelField::Investor).toString());
    mProject->setText(store.value(mRow, ParcelField::Project).toString());
    for (auto [edit, field] : {std::pair{mLeaseStart, ParcelField::LeaseStart}, std::pair{mLeaseEnd, ParcelField::LeaseEnd}}) {
        const QDate date = store.value(mRow, field).toDate();
        edit->setDate(date.isValid() ? date : kNoDate);
    }
}

// Only what the user changed goes into the edit: a field left as it was stays the source's.
AllocationEdit AllocationEditor::editFromForm() const
{
    const ParcelStore &store = *mOverlay->store();
    AllocationEdit edit;
    edit.cadastralNumber = store.value(mRow, ParcelField::CadastralNumber).toString();
    edit.expectedVersion = mBase.version;
    edit.reason = mReason->text().trimmed();
    const auto text = [&](ParcelField field, const QString &now) {
        if (now != store.value(mRow, field).toString())
            edit.values[field] = now.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(now);   // "" is recorded as none
    };
    text(ParcelField::Status, mStatus->currentData().toString());
    text(ParcelField::Investor, mInvestor->currentText().trimmed());
    text(ParcelField::Project, mProject->text().trimmed());
    for (auto [edit_, field] : {std::pair{mLeaseStart, ParcelField::LeaseStart}, std::pair{mLeaseEnd, ParcelField::LeaseEnd}}) {
        const QDate now = dateOf(edit_);
        if (now != store.value(mRow, field).toDate())
            edit.values[field] = now.isValid() ? QVariant(now) : QVariant();   // no date: back to the source's
    }
    return edit;
}

AllocationConflictDialog *AllocationEditor::conflictDialog() const
{
    return mConflict;
}

QString AllocationEditor::message() const
{
    return mMessage->isVisible() || !mMessage->isHidden() ? mMessage->text() : QString();
}

void AllocationEditor::showMessage(const QString &text)
{
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

void AllocationEditor::submit()
{
    if (!mSession->canWrite()) {
        showMessage(mSession->readOnlyReason());
        return;
    }
    AllocationEdit edit = editFromForm();
    if (edit.values.empty()) {
        showMessage(tr("Nothing was changed: change a value, or Cancel."));
        return;
    }
    if (edit.reason.isEmpty()) {
        showMessage(tr("Say why: the akimat's decision number and date."));
        mReason->setFocus();
        return;
    }
    QString error;
    if (!AllocationCheck(*mOverlay->source(), mSession->recordedInvestors()).check(&edit, mNewInvestor->isChecked(), &error)) {
        showMessage(error);
        return;
    }
    record(edit);
}

void AllocationEditor::record(const AllocationEdit &edit)
{
    const EditResult result = mSession->apply(edit);
    switch (result.outcome) {
    case EditResult::Outcome::Applied:
    case EditResult::Outcome::Unchanged:
        showMessage({});
        Q_EMIT recorded(result);
        accept();
        return;
    case EditResult::Outcome::Conflict: {
        showMessage(result.message);
        mSession->noteRecord(result.current);   // the card and the map show the newer version at once
        if (mConflict)
            mConflict->deleteLater();
        mConflict = new AllocationConflictDialog(edit, result, this);
        connect(mConflict, &QDialog::finished, this, [this, edit, newer = result.current](int choice) {
            if (choice == AllocationConflictDialog::RecordMine) {
                // The user saw the newer version and chose their values over it: an informed edit.
                AllocationEdit again = edit;
                again.expectedVersion = newer.version;
                record(again);
            } else {
                reject();   // the register's values stand; the card shows them
            }
        });
        mConflict->open();
        return;
    }
    default:
        showMessage(result.message);
        return;
    }
}

} // namespace sez
