// SPDX-License-Identifier: GPL-3.0-or-later
// sezview: the viewer of the Alatau SEZ land parcels.
#include "core/base/languages.h"
#include "core/io/dataset.h"
#include "ui/mainwindow.h"
#include "core/imagery/imagerysource.h"
#include "ui/mapcanvas.h"
#include "ui/mapimagery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

// The language to start in: the user's choice, else the system's when it is Russian or Kazakh.
QString startLanguage(const QString &requested)
{
    for (const QString &code : {requested, QSettings().value(QStringLiteral("language")).toString()})
        if (sez::Language::isKnown(code))
            return code;
    return sez::Language::code(QLocale::system());
}

// Installs the program's and Qt's own translations (standard dialogs) and the locale's formats.
void applyLanguage(const QString &code)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto &t : installed)
        QCoreApplication::removeTranslator(t.get());
    installed.clear();
    if (code != QLatin1String("en")) {
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/i18n/sezview_%1.qm").arg(code)))
            installed.push_back(std::move(own));
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installed.push_back(std::move(qt));
        for (auto &t : installed)
            QCoreApplication::installTranslator(t.get());
    }
    QLocale::setDefault(sez::Language::locale(code));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sezview"));
    QApplication::setOrganizationName(QStringLiteral("sezview"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Alatau SEZ"));

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
    parser.process(app);
    applyLanguage(startLanguage(parser.value(language)));

    QString path;
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (!parser.isSet(screenshot))
        path = QSettings().value(QStringLiteral("lastDataset")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = parser.positionalArguments().isEmpty() ? sez::bundledSamplePath() : path;

    // The window is rebuilt when the language changes, so every label is read again.
    std::unique_ptr<sez::MainWindow> window;
    std::function<void()> build = [&] {
        window = std::make_unique<sez::MainWindow>();
        if (parser.isSet(cacheDir))
            window->setCacheDirectory(parser.value(cacheDir));
        for (const QString &location : parser.values(imagery)) {
            QString error;
            const bool added = sez::isTileAddress(location)
                                   ? window->imagery()->setBasemap(location, parser.value(attribution), &error, false)
                                   : window->imagery()->addFile(location, &error, false);
            if (!added)
                std::fprintf(stderr, "sezview: %s\n", qPrintable(error));
        }
        QObject::connect(window.get(), &sez::MainWindow::languageChangeRequested, &app, [&](const QString &code) {
            QSettings().setValue(QStringLiteral("language"), code);
            applyLanguage(code);
            QTimer::singleShot(0, &app, [&] {
                const QString current = window->datasetPath();
                window->close();   // saves the layout
                build();
                window->openDataset(current);
            });
        });
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            window->resize(1600, 1000);
            QObject::connect(window.get(), &sez::MainWindow::datasetOpened, &app, [&window, file](bool ok) {
                if (!ok) {
                    std::fprintf(stderr, "sezview: %s: the dataset could not be opened\n", qPrintable(file));
                    QApplication::exit(1);
                    return;
                }
                QTimer::singleShot(100, window.get(), [&window, file] {
                    window->canvas()->waitForRender(120000);
                    const bool saved = window->grab().save(file);
                    QApplication::exit(saved ? 0 : 1);
                });
            });
        }
        window->show();
    };
    build();
    window->openDataset(path);
    return app.exec();
}
