// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests share: settings and caches apart from the user's, and a main window that has
// opened a dataset and drawn its map.
#pragma once

#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace sez::test {

/// Never the user's settings or caches: Qt's test locations, and settings under the test's name.
inline void useTestSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sezview-tests"));
    QCoreApplication::setApplicationName(testName);
}

/// Opens \a path in \a window and waits for the outcome and, when it opened, for its cache (the
/// full-text search and an import's warnings come with it); true when it opened, false when it did
/// not or nothing came within \a timeoutMs.
inline bool openAndWait(MainWindow &window, const QString &path, int timeoutMs = 300000)
{
    QSignalSpy opened(&window, &MainWindow::datasetOpened);
    QSignalSpy ready(&window, &MainWindow::cacheReady);
    window.openDataset(path);
    // A dataset refused at once says so before the wait begins.
    if (opened.isEmpty() && !opened.wait(timeoutMs))
        return false;
    if (!opened.constFirst().constFirst().toBool())
        return false;
    return !ready.isEmpty() || ready.wait(timeoutMs);
}

/// Shows \a window at the size the GUI tests look at, opens \a path in it and waits for the map to
/// be drawn; false when any of it fails.
inline bool showAndOpen(MainWindow &window, const QString &path, int timeoutMs = 300000)
{
    window.resize(1400, 900);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && openAndWait(window, path, timeoutMs) && window.canvas()->waitForRender();
}

} // namespace sez::test
