// SPDX-License-Identifier: GPL-3.0-or-later
// The window while an import's cache file and full-text index are written in the background
// (ParcelCache::Options::deferWrite): the map is shown at once, the status bar says what is still
// being prepared, and nothing on this thread waits for the write; search waits for its index.
#include "mainwindow.h"

#include "attributetable.h"
#include "querybuilder.h"
#include "searchbox.h"

#include "core/base/parallel.h"
#include "core/cache/parcelcache.h"
#include "core/model/humanlabels.h"
#include "core/model/parcelstore.h"

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
    if (replaced && !replaced->cacheReady())
        threadPool()->start([replaced = std::move(replaced)]() mutable { replaced.reset(); });
    if (mCacheWatcher) {
        mCacheWatcher->disconnect(this);
        mCacheWatcher->deleteLater();
        mCacheWatcher = nullptr;
    }
    mPreparing->setVisible(pending);
    if (!pending)
        return;
    mCacheWatcher = new QFutureWatcher<void>(this);
    connect(mCacheWatcher, &QFutureWatcherBase::finished, this, &MainWindow::cacheWritten);
    mCacheWatcher->setFuture(mCache->cacheWritten());
}

void MainWindow::cacheWritten()
{
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
