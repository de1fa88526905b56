// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace sez {

/// Where the viewer's save dialogs start and what they suggest: the folder the user last saved
/// to (remembered between runs; the documents folder at first, never the program's), and a file
/// name made from the dataset, what is saved and the date ("alatau-report-2025-11-21.pdf").
class SaveLocation
{
public:
    /// Asks where to save, starting in the last folder with \a suggestedName; the chosen path
    /// (its folder then remembered), or empty when cancelled. \a selectedFilter gets the filter
    /// chosen.
    static QString ask(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                       QString *selectedFilter = nullptr);
    /// The folder a save dialog starts in.
    static QString lastFolder();
    static void remember(const QString &savedPath);
    /// "<dataset>-<what>-<date>.<extension>", the dataset's name as the file system spells it.
    static QString suggestedName(const QString &datasetPath, const QString &what, const QString &extension);
};

} // namespace sez
