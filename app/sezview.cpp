// SPDX-License-Identifier: GPL-3.0-or-later
// sezview: the viewer. For now a window with the dataset's summary; the map comes next.
#include "core/dataset.h"
#include "core/summary.h"
#include "ui/summarypanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sezview"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dataset"), QApplication::translate("main", "A dataset.json or a layer file."));
    parser.process(app);
    const QString path = parser.positionalArguments().isEmpty() ? sez::bundledSamplePath() : parser.positionalArguments().constFirst();

    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "sezview — Alatau SEZ"));
    auto *panel = new sez::SummaryPanel(&window);
    window.setCentralWidget(panel);
    window.resize(900, 700);
    window.show();

    QString error;
    auto dataset = sez::Dataset::open(path, &error);
    if (!dataset) {
        QMessageBox::critical(&window, QApplication::translate("main", "Cannot open the dataset"), error);
        return 1;
    }
    panel->setSummary(sez::summarize(*dataset));
    window.setWindowTitle(QApplication::translate("main", "sezview — %1").arg(dataset->manifest().name()));
    window.statusBar()->showMessage(QApplication::translate("main", "%n warning(s) while reading", nullptr,
                                                            int(dataset->warnings().size())));
    return app.exec();
}
