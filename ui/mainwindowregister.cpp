// SPDX-License-Identifier: GPL-3.0-or-later
// The window's part of the allocation register: opening it, swapping in the store with its values,
// the changes since a date on the map, the changes report and the register's settings.
#include "mainwindow.h"

#include "attributetable.h"
#include "dashboard.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "parcelcard.h"
#include "parcelselection.h"
#include "querybuilder.h"
#include "registersession.h"
#include "registersettingsdialog.h"
#include "searchbox.h"
#include "statisticspanel.h"

#include "core/cache/parcelcache.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/register/registeroverlay.h"
#include "core/render/mapstyle.h"
#include "core/report/changesreport.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include <set>

namespace sez {

namespace {

// Asks for a day (and, with \a to, a last day); false when cancelled.
bool askDays(QWidget *parent, const QString &title, QDate *from, QDate *to)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *fromEdit = new QDateEdit(*from, &dialog);
    fromEdit->setCalendarPopup(true);
    fromEdit->setDisplayFormat(HumanLabels::dateFormat(QLocale()));
    form->addRow(to ? MainWindow::tr("From") : MainWindow::tr("Since"), fromEdit);
    QDateEdit *toEdit = nullptr;
    if (to) {
        toEdit = new QDateEdit(*to, &dialog);
        toEdit->setCalendarPopup(true);
        toEdit->setDisplayFormat(fromEdit->displayFormat());
        form->addRow(MainWindow::tr("To (included)"), toEdit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *from = fromEdit->date();
    if (to)
        *to = std::max(toEdit->date(), *from);
    return true;
}

} // namespace

void MainWindow::createRegisterActions(QAction *fileEnd, QMenu *view, QMenu *tools)
{
    auto *report = new QAction(tr("Export allocation &changes (PDF)…"), this);
    connect(report, &QAction::triggered, this, &MainWindow::chooseChangesReport);
    if (auto *file = qobject_cast<QMenu *>(fileEnd->parent()))
        file->insertAction(fileEnd, report);
    view->addSeparator();
    view->addAction(tr("Show parcels &changed since…"), this, &MainWindow::chooseChangesSince);
    tools->addSeparator();
    tools->addAction(tr("Allocation &register…"), this, &MainWindow::chooseRegister);
}

bool MainWindow::openRegister(const RegisterLocation &location, QString *error)
{
    const bool ok = mRegister->open(location, error);
    mCard->setSession(mRegister);
    if (!ok)
        statusBar()->showMessage(mRegister->problem(), 15000);
    return ok;
}

// Another snapshot of the dataset shown, with the register's values: everything that reads the
// store gets it, and keeps what the user was doing (view, selection, query, sort, the parcel shown).
void MainWindow::showRegisterValues(std::shared_ptr<const RegisterOverlay> overlay, const std::vector<qint64> &rows, bool full)
{
    if (!mCache || !overlay || overlay->source() != mBaseStore)
        return;   // made for a dataset, or a snapshot of it, no longer shown
    // A register with nothing for these parcels (a desk's own, still empty) leaves the store as it
    // is: only the card needs the overlay, for the records' versions. Everything else already
    // shows these very values, and replacing it would redo the map, the table and the figures.
    if (overlay->store() == mStore) {
        mCard->setOverlay(std::move(overlay));
        return;
    }
    replaceShownStore(overlay->store(), overlay);
    if (!full && !rows.empty()) {
        const AllocationRecord last = overlay->record(rows.back());
        statusBar()->showMessage(rows.size() == 1
                                     ? tr("%1 changed in the register (version %2, by %3).")
                                           .arg(last.cadastralNumber).arg(last.version).arg(last.updatedBy)
                                     : tr("%1 changed in the register.").arg(HumanLabels::parcels(qint64(rows.size()))),
                                 10000);
    }
}

int MainWindow::showChangesSince(const QDateTime &since, QString *error)
{
    const auto overlay = mRegister->overlay();
    std::vector<AllocationChange> changes;
    if (!mStore || !overlay || !mRegister->changesBetween(since, QDateTime(), &changes, error)) {
        if (error->isEmpty())
            *error = mRegister->readOnlyReason();
        return -1;
    }
    std::set<qint64> rows;
    for (const AllocationChange &c : changes)
        if (const qint64 row = mStore->findCadastralNumber(c.cadastralNumber); row >= 0)
            rows.insert(row);
    const std::vector<qint64> list(rows.begin(), rows.end());
    mSelection->setRows(list);
    mCanvas->setHighlight(list);
    statusBar()->showMessage(tr("Changed in the register since %1: %2.")
                                 .arg(HumanLabels::dateTime(since, QLocale()), HumanLabels::parcels(qint64(list.size()))),
                             15000);
    return int(list.size());
}

bool MainWindow::exportChangesReport(const QDate &from, const QDate &to, const QString &path, QString *error)
{
    std::vector<AllocationChange> changes;
    if (!mStore || !mRegister->changesBetween(from.startOfDay(), to.addDays(1).startOfDay(), &changes, error))
        return false;
    ChangesReportOptions options;
    options.from = from;
    options.to = to;
    options.registerName = mRegister->location().displayName();
    return writeChangesReport(*mStore, changes, options, path, error);
}

void MainWindow::chooseRegister()
{
    RegisterSettingsDialog dialog(mRegister->isOpen() ? mRegister->location() : RegisterSession::configuredLocation(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RegisterLocation location;
    QString error;
    if (!dialog.location(&location, &error))
        return;
    RegisterSession::setConfiguredLocation(location);
    if (!openRegister(location, &error))
        QMessageBox::warning(this, tr("Allocation register"), mRegister->problem());
    else
        statusBar()->showMessage(tr("Allocation register: %1").arg(location.displayName()), 8000);
}

void MainWindow::chooseChangesSince()
{
    QDate since = QDate::currentDate().addDays(-7);
    if (!askDays(this, tr("Parcels changed since"), &since, nullptr))
        return;
    QString error;
    if (showChangesSince(since.startOfDay(), &error) < 0)
        QMessageBox::warning(this, tr("Allocation register"), error);
}

void MainWindow::chooseChangesReport()
{
    QDate from = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), to = QDate::currentDate();
    if (!askDays(this, tr("Allocation changes"), &from, &to))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export allocation changes"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChangesReport(from, to, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace sez
