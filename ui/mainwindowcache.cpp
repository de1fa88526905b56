// SPDX-License-Identifier: GPL-3.0-or-later
// The window while an import's derived fields, cache file and full-text index are prepared in the
// background (ParcelCache::Options::deferWrite): the map is shown at once from the source store, the
// status bar says what is still being prepared and how far it is, and nothing on this thread waits
// for it. The complete store then replaces the source store everywhere, as the register's values do.
// Until then the table and card say "being computed…" for the derived fields, a query that needs
// them runs once they are there (the builder and the table say so), search waits for its index,
// and the exports, statistics and dashboard, whose figures add computed areas, are disabled.
#include "mainwindow.h"

#include "attributetable.h"
#include "dashboard.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "parcelcard.h"
#include "statisticspanel.h"
#include "querybuilder.h"
#include "registersession.h"
#include "searchbox.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"
#include "core/cache/parcelcache.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"
#include "core/register/registeroverlay.h"
#include "core/render/mapstyle.h"

#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QThreadPool>

namespace sez {

// Null while the write runs: asking the cache for its index then would wait for it.
const TextSearch *MainWindow::readySearch() const
{
    return mCache && mCache->cacheReady() ? mCache->textSearch() : nullptr;
}

// After showDataset() gave the widgets readySearch(): when that was null (\a pending), they get the
// index once written. A cache replaced while still writing is let go on the pool: its end waits.
void MainWindow::watchCache(bool pending, std::shared_ptr<ParcelCache> replaced)
{
    letGo(std::move(replaced));
    for (QFutureWatcher<void> **watcher : {&mCacheWatcher, &mDeriveWatcher}) {
        if (*watcher) {
            (*watcher)->disconnect(this);
            (*watcher)->deleteLater();
            *watcher = nullptr;
        }
    }
    mPreparing->setVisible(pending);
    if (!pending)
        return;
    showPreparing({}, -1);
    // Emitted on the pool: only the shown cache's counts are shown.
    Feedback *feedback = mCache->backgroundFeedback();
    feedback->disconnect(this);
    connect(feedback, &Feedback::changed, this, [this, feedback](const FeedbackState &s) {
        if (mCache && mCache->backgroundFeedback() == feedback)
            showPreparing(s.phase, s.total > 0 ? int(100 * s.done / s.total) : -1);
    }, Qt::QueuedConnection);
    // Also when derive() ended since showDataset() looked: the watcher then reports at once.
    mDeriveWatcher = new QFutureWatcher<void>(this);
    connect(mDeriveWatcher, &QFutureWatcherBase::finished, this, &MainWindow::derivedComputed);
    mDeriveWatcher->setFuture(mCache->derived());
    mCacheWatcher = new QFutureWatcher<void>(this);
    connect(mCacheWatcher, &QFutureWatcherBase::finished, this, &MainWindow::cacheWritten);
    mCacheWatcher->setFuture(mCache->cacheWritten());
}

// A cache no longer shown: its counts are not shown, and one still writing ends on the pool.
void MainWindow::letGo(std::shared_ptr<ParcelCache> replaced)
{
    if (replaced && replaced != mCache)
        replaced->backgroundFeedback()->disconnect(this);
    if (replaced && !replaced->cacheReady())
        threadPool()->start([replaced = std::move(replaced)]() mutable { replaced.reset(); });
}

// What the status bar's label says is still being prepared: the derived fields, then search and
// the cache file, with how far the step shown is when known (\a phase of the cache's background
// feedback, \a percent of it).
void MainWindow::showPreparing(const QString &phase, int percent)
{
    const bool deriving = mCache && !mCache->derivedReady();
    QString text = deriving ? tr("Computing areas and distances…") : tr("Preparing search and the cache file…");
    if (percent >= 0 && phase == QLatin1String(deriving ? "deriving" : "writing"))
        text += QLatin1Char(' ') + tr("%1 %").arg(percent);
    mPreparing->setText(text);
    mPreparing->setToolTip(deriving ? tr("The map is shown. Queries that use computed areas, the city limits, districts or "
                                         "distances run once these are computed; search waits for its index.")
                                    : tr("Search runs once its index is written."));
}

void MainWindow::derivedComputed()
{
    if (mDeriveWatcher) {
        mDeriveWatcher->deleteLater();
        mDeriveWatcher = nullptr;
    }
    if (!mCache || !mCache->derivedReady())
        return;
    const std::shared_ptr<const ParcelStore> derived = mCache->derivedStore();   // ready: no wait
    if (derived && derived != mBaseStore) {
        // Shown now; the register's values follow over it, as when a dataset opens (showRegisterValues()).
        mBaseStore = derived;
        replaceShownStore(derived);
        mRegister->setSource(derived);
    }
    enableWhatNeedsDerived(true);
    showPreparing({}, -1);
    Q_EMIT derivedReady();
}

void MainWindow::enableWhatNeedsDerived(bool ready)
{
    const QString why = ready ? QString() : QueryBuilder::computingMessage();
    for (QAction *action : {mExportSelection, mExportReport}) {
        action->setEnabled(ready);
        action->setToolTip(ready ? action->text().remove(QLatin1Char('&')) : why);
    }
    for (QWidget *panel : std::initializer_list<QWidget *>{mStatistics, mDashboard}) {
        panel->setEnabled(ready);
        panel->setToolTip(why);
    }
}

void MainWindow::replaceShownStore(std::shared_ptr<const ParcelStore> store, std::shared_ptr<const RegisterOverlay> overlay)
{
    showTheRest();   // every widget first gets the store this one replaces
    mStore = std::move(store);
    const auto style = std::make_shared<const MapStyle>(*mStore);
    const qint64 shown = mCard->parcel();
    mCanvas->replaceStore(mStore, style);
    mLayers->setStore(mStore, style);
    if (overlay)
        mCard->setOverlay(std::move(overlay));
    else
        mCard->setStore(mStore);
    mStatistics->setStore(mStore);
    mDashboard->setStore(mStore, style);
    mTable->replaceStore(mStore);
    mSearch->replaceStore(mStore);
    mQueryBuilder->replaceStore(mStore);
    selectionChanged();
    if (shown >= 0 && mCard->parcel() != shown)
        mCard->showParcel(shown);
}

void MainWindow::cacheWritten()
{
    // Its first part, the derived fields, is taken first whatever order the watchers report in.
    if (mDeriveWatcher)
        derivedComputed();
    mCacheWatcher->deleteLater();
    mCacheWatcher = nullptr;
    mPreparing->hide();
    const TextSearch *search = mCache->textSearch();   // written: no wait
    mTable->setSearch(search);
    mQueryBuilder->setSearch(search);
    mSearch->setSearch(search);
    announceLoaded();
    Q_EMIT cacheReady();
}

// What the status bar says once the dataset is all there: how many parcels, whether they were
// imported, and the import's warnings (their list, too, when they were just read).
void MainWindow::announceLoaded()
{
    const QStringList warnings = mCache->warnings();
    QString message = tr("%1 loaded").arg(HumanLabels::parcels(mStore->size()));
    if (mCache->rebuilt())
        message += tr(" (imported: %1)").arg(mCache->rebuildReason());
    if (!warnings.isEmpty())
        message += tr("; warnings while reading: %1").arg(QLocale().toString(warnings.size()));
    statusBar()->showMessage(message, 15000);
    if (!warnings.isEmpty() && mCache->rebuilt()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Warnings while reading"),
                                    tr("%n warning(s) while reading %1:", nullptr, int(warnings.size()))
                                        .arg(QDir::toNativeSeparators(mDatasetPath)), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("readingWarnings"));
        box->setInformativeText(warnings.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace sez
