// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewersession.h"

#include "mainwindow.h"
#include "uilanguage.h"

#include <QGuiApplication>
#include <QStatusBar>
#include <QTimer>

namespace sez {

ViewerSession::ViewerSession(const QString &language, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , mCacheDirectory(cacheDirectory)
{
    // Qt adds the display name to every window title that does not end with it already; the
    // window's own title ends with it, so it is said once.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("sezview"));
    UiLanguage::apply(language);
    mWindow = build();
}

ViewerSession::~ViewerSession() = default;

std::unique_ptr<MainWindow> ViewerSession::build()
{
    auto window = std::make_unique<MainWindow>();
    if (!mCacheDirectory.isEmpty())
        window->setCacheDirectory(mCacheDirectory);
    // Queued: the old window's menu, which asked for the switch, must be done before it goes.
    connect(window.get(), &MainWindow::languageChangeRequested, this, &ViewerSession::switchLanguage, Qt::QueuedConnection);
    return window;
}

void ViewerSession::switchLanguage(const QString &language)
{
    if (language == UiLanguage::current() || !mWindow)
        return;
    mWindow->showTheRest();   // its table and query are part of the state taken over
    const MainWindow::ViewerState state = mWindow->viewerState();
    const QByteArray geometry = mWindow->saveGeometry(), layout = mWindow->saveState();
    const bool shown = mWindow->isVisible();
    const QString openedPath = mWindow->datasetPath();
    UiLanguage::apply(language);
    std::unique_ptr<MainWindow> old = std::exchange(mWindow, build());
    mWindow->restoreGeometry(geometry);
    mWindow->restoreState(layout);
    QString kept;
    if (state.cache)
        kept = mWindow->adoptViewerState(state);
    else if (!openedPath.isEmpty())
        mWindow->openDataset(openedPath);
    if (shown)
        mWindow->show();
    old->hide();
    old.reset();
    const QString message = MainWindow::tr("Language: %1, for this session (View ▸ Language makes it the default). %2")
                                .arg(UiLanguage::nativeName(language), kept);
    mWindow->statusBar()->showMessage(message.trimmed(), 20000);
    Q_EMIT windowReplaced(mWindow.get());
}

} // namespace sez
