// SPDX-License-Identifier: GPL-3.0-or-later
// sezview: the viewer of the Alatau SEZ land parcels.
#include "core/geo/placetext.h"
#include "core/imagery/imagerysource.h"
#include "core/io/dataset.h"
#include "core/register/registerlocation.h"
#include "ui/mainwindow.h"
#include "ui/mapcanvas.h"
#include "ui/mapimagery.h"
#include "ui/registersession.h"
#include "ui/uilanguage.h"
#include "ui/viewersession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sezview"));
    QApplication::setOrganizationName(QStringLiteral("sezview"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Land parcels of the Alatau special economic zone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QApplication::translate("main", "A dataset.json or a layer file (.shp, .gpkg). "
                                                                 "Default: the last one opened, else the bundled sample."));
    // Hidden: grabs the window once the first map is drawn, for documentation and smoke tests.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    // Hidden: once the first map is drawn, creates the given (empty) marker file and quits, so
    // sezview-bench can time the process to its first map apart from the cache write that a first
    // import finishes before the process ends.
    QCommandLineOption quitOnFirstMap(QStringLiteral("quit-on-first-map"), QString(), QStringLiteral("marker"));
    quitOnFirstMap.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOnFirstMap);
    QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QApplication::translate("main", "Where to keep dataset caches."),
                                QStringLiteral("dir"));
    parser.addOption(cacheDir);
    QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Language: en, ru or kk."), QStringLiteral("code"));
    parser.addOption(language);
    QCommandLineOption imagery(QStringLiteral("imagery"),
                               QApplication::translate("main", "A raster file or tile address shown under the map for this session."),
                               QStringLiteral("file|url"));
    parser.addOption(imagery);
    QCommandLineOption attribution(QStringLiteral("attribution"), QApplication::translate("main", "The credit of a tile address."),
                                   QStringLiteral("text"));
    parser.addOption(attribution);
    QCommandLineOption view(QStringLiteral("view"),
                            QApplication::translate("main", "Open at this view: longitude,latitude,scale (View ▸ Copy the view)."),
                            QStringLiteral("lon,lat,scale"));
    parser.addOption(view);
    QCommandLineOption registerOption(QStringLiteral("register"),
                                      QApplication::translate("main", "The allocation register: sqlite:FILE or postgresql://… "
                                                                      "(default: the one chosen in Tools ▸ Allocation register)."),
                                      QStringLiteral("address"));
    parser.addOption(registerOption);
    parser.process(app);
    std::optional<sez::ViewLink> startView;
    if (parser.isSet(view)) {
        startView = sez::ViewLink::parse(parser.value(view));
        if (!startView) {
            std::fprintf(stderr, "sezview: --view %s: expected longitude,latitude,scale, e.g. 77.05120,43.79230,25000\n",
                         qPrintable(parser.value(view)));
            return 2;
        }
    }

    sez::RegisterLocation registerLocation = sez::RegisterSession::configuredLocation();
    if (parser.isSet(registerOption)) {
        QString error;
        if (!sez::RegisterLocation::parse(parser.value(registerOption), &registerLocation, &error)) {
            std::fprintf(stderr, "sezview: --register: %s\n", qPrintable(error));
            return 2;
        }
    }

    QString path;
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (!parser.isSet(screenshot))
        path = QSettings().value(QStringLiteral("lastDataset")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = parser.positionalArguments().isEmpty() ? sez::bundledSamplePath() : path;

    sez::ViewerSession session(sez::UiLanguage::atStart(parser.value(language)),
                               parser.isSet(cacheDir) ? parser.value(cacheDir) : QString());
    sez::MainWindow *window = session.window();
    // Each window opens the register itself (a switch of language builds a new one); on failure the
    // window says why.
    const auto openRegister = [registerLocation](sez::MainWindow *w) {
        QString registerError;
        w->openRegister(registerLocation, &registerError);
    };
    openRegister(window);
    QObject::connect(&session, &sez::ViewerSession::windowReplaced, &app, openRegister);
    // For this session only; a new window of a language switch takes them over with the rest.
    for (const QString &location : parser.values(imagery)) {
        QString error;
        const bool added = sez::isTileAddress(location) ? window->imagery()->setBasemap(location, parser.value(attribution), &error, false)
                                                        : window->imagery()->addFile(location, &error, false);
        if (!added)
            std::fprintf(stderr, "sezview: %s\n", qPrintable(error));
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        window->resize(1600, 1000);
        QObject::connect(window, &sez::MainWindow::datasetOpened, &app, [window, file](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "sezview: %s: the dataset could not be opened\n", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QTimer::singleShot(100, window, [window, file] {
                window->canvas()->waitForRender(120000);
                window->showTheRest();   // the whole window, table and figures too
                const bool saved = window->grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    if (parser.isSet(quitOnFirstMap)) {
        // The marker is made by the paint that put the first map on the screen, before the table
        // and figures the window gives the dataset after it (MainWindow::showTheRest()).
        QObject::connect(window->canvas(), &sez::MapCanvas::mapShown, &app, [marker = parser.value(quitOnFirstMap)] {
            QFile file(marker);
            QApplication::exit(file.open(QIODevice::WriteOnly) ? 0 : 1);
        });
        QObject::connect(window, &sez::MainWindow::datasetOpened, &app, [](bool ok) {
            if (!ok)
                QApplication::exit(1);
            else   // as waitForRender() bounded it before: a map that never comes is a failure
                QTimer::singleShot(120000, qApp, [] { QApplication::exit(1); });
        });
    }
    window->show();
    window->openDataset(path);
    if (startView)
        window->showView(*startView);
    return app.exec();
}
