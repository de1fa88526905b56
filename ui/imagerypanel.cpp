// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerypanel.h"

#include "mapimagery.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sez {

ImageryPanel::ImageryPanel(MapImagery *imagery, QWidget *parent) : QWidget(parent), mImagery(imagery)
{
    auto *content = new QWidget(this);
    mList = new QVBoxLayout(content);
    mEmpty = new QLabel(tr("No imagery. Add an orthophoto or a tile basemap to see the parcels against the ground; "
                           "nothing is fetched from the network until you add a basemap."), content);
    mEmpty->setWordWrap(true);
    mList->addWidget(mEmpty);
    mWhere = new QLabel(tr("Show, fade, brighten or remove each layer under its row in the Layers panel."), content);
    mWhere->setWordWrap(true);
    mList->addWidget(mWhere);
    mList->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *add = new QPushButton(tr("Add imagery…"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(add);
    connect(add, &QPushButton::clicked, this, &ImageryPanel::addRequested);
    connect(mImagery, &MapImagery::changed, this, &ImageryPanel::rebuild);
    rebuild();
}

QStringList ImageryPanel::layerTitles() const
{
    QStringList titles;
    for (const QLabel *name : mNames)
        titles << name->text();
    return titles;
}

void ImageryPanel::rebuild()
{
    qDeleteAll(std::exchange(mNames, {}));
    const auto &entries = mImagery->entries();
    mEmpty->setVisible(entries.empty());
    mWhere->setVisible(!entries.empty());
    // The top layer first, as in a layers panel.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        auto *name = new QLabel(MapImagery::title(*it), mList->parentWidget());
        name->setToolTip(QDir::toNativeSeparators(it->location));
        mList->insertWidget(mList->indexOf(mWhere), name);
        mNames << name;
    }
}

void ImageryPanel::buildOverviews(const QString &id, const QString &path)
{
    auto feedback = std::make_shared<Feedback>();
    auto *progress = new QProgressDialog(tr("Building the overviews of %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(feedback.get(), &Feedback::changed, progress, [progress](const FeedbackState &s) { progress->setValue(int(s.done)); });
    connect(progress, &QProgressDialog::canceled, feedback.get(), &Feedback::cancel, Qt::DirectConnection);
    auto error = std::make_shared<QString>();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, progress, feedback, error, id] {
        const bool built = watcher->result();
        watcher->deleteLater();
        progress->close();
        QString reopenError;
        if (!built && !feedback->isCancelled())
            QMessageBox::warning(this, tr("Overviews"), *error);
        else if (built && !mImagery->reopen(id, &reopenError))
            QMessageBox::warning(this, tr("Overviews"), reopenError);
    });
    watcher->setFuture(QtConcurrent::run(threadPool(), [path, feedback, error] {
        return MapImagery::buildOverviews(path, feedback.get(), error.get());
    }));
}

} // namespace sez
