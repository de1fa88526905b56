// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerypanel.h"

#include "imagerylayercontrols.h"
#include "mapimagery.h"

#include "core/base/feedback.h"
#include "core/base/parallel.h"

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

namespace sez {

ImageryPanel::ImageryPanel(MapImagery *imagery, QWidget *parent) : QWidget(parent), mImagery(imagery)
{
    auto *content = new QWidget(this);
    mList = new QVBoxLayout(content);
    mEmpty = new QLabel(tr("No imagery. Add an orthophoto or a tile basemap to see the parcels against the ground; "
                           "nothing is fetched from the network until you add a basemap."), content);
    static_cast<QLabel *>(mEmpty)->setWordWrap(true);
    mList->addWidget(mEmpty);
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

QList<ImageryLayerControls *> ImageryPanel::controls() const
{
    return findChildren<ImageryLayerControls *>();
}

void ImageryPanel::rebuild()
{
    // Later: the Remove button of one of them may be what is being clicked now.
    for (ImageryLayerControls *c : controls()) {
        c->hide();
        c->setParent(nullptr);
        c->deleteLater();
    }
    const auto &entries = mImagery->entries();
    mEmpty->setVisible(entries.empty());
    // The top layer first, as in a layers panel.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        auto *controls = new ImageryLayerControls(mImagery, *it, ImageryLayerControls::Host::ImageryPanel, mList->parentWidget());
        mList->insertWidget(mList->count() - 1, controls);
        connect(controls, &ImageryLayerControls::overviewsRequested, this, &ImageryPanel::buildOverviews);
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
