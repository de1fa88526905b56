// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sez {

/// The language the viewer speaks: English, Russian or Kazakh. Applying one installs the program's
/// translations, Qt's own for its dialogs (Debian's qtbase_ru; Kazakh from our qt_kk, since Qt
/// ships none) and the locale's number formats. Choosing one in the menu applies it to this
/// session only; it becomes the default for later starts only when the user says so.
class UiLanguage
{
public:
    /// "en", "ru", "kk".
    static QStringList codes();
    /// A language's name in that language ("Русский"), so anyone can find theirs.
    static QString nativeName(const QString &code);
    /// The language applied last ("en" before any).
    static QString current();
    /// The language to start in: \a requested (--lang), else the one the user made the default,
    /// else the system's when it is Russian or Kazakh, else English.
    static QString atStart(const QString &requested);
    /// Installs \a code's translations and locale.
    static void apply(const QString &code);
    /// The language the user made the default, or empty.
    static QString saved();
    static void save(const QString &code);
};

} // namespace sez
