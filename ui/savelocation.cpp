// SPDX-License-Identifier: GPL-3.0-or-later
#include "savelocation.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace sez {

namespace {

const QString kLastFolderKey = QStringLiteral("lastSaveFolder");

} // namespace

QString SaveLocation::lastFolder()
{
    const QString folder = QSettings().value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void SaveLocation::remember(const QString &savedPath)
{
    if (!savedPath.isEmpty())
        QSettings().setValue(kLastFolderKey, QFileInfo(savedPath).absolutePath());
}

QString SaveLocation::suggestedName(const QString &datasetPath, const QString &what, const QString &extension)
{
    QFileInfo dataset(datasetPath);
    // A dataset.json names its folder's dataset; a layer file names itself.
    QString name = dataset.isDir() || dataset.fileName() == QLatin1String("dataset.json") || dataset.suffix() == QLatin1String("json")
                       ? (dataset.isDir() ? dataset.fileName() : dataset.dir().dirName())
                       : dataset.completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("sezview");
    return QStringLiteral("%1-%2-%3.%4").arg(name, what, QDate::currentDate().toString(Qt::ISODate), extension);
}

QString SaveLocation::ask(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                          QString *selectedFilter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName), filter,
                                                      selectedFilter);
    remember(path);
    return path;
}

} // namespace sez
