// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace sez {

/// The languages sezview speaks, as ISO 639-1 codes: "en" (the source texts), "ru" and "kk".
const QStringList &programLanguages();

/// The translation of \a source in \a context into \a language, whichever language the program
/// runs in now: for what must be understood in every language at once (a category typed in
/// Russian while the window speaks English). The source itself for "en" or when untranslated.
/// Thread-safe; the translations are read once from the program's resources.
QString translateIn(const QString &language, const char *context, const char *source);

/// What is known of each of programLanguages(), by code.
class Language
{
public:
    static bool isKnown(const QString &code) { return programLanguages().contains(code); }
    /// The number and date formats of \a code: Russian and Kazakh as written in Kazakhstan,
    /// English as in the United Kingdom.
    static QLocale locale(const QString &code);
    /// The name of the language in itself ("Қазақша"), so that anyone finds theirs.
    static QString nativeName(const QString &code);
    /// The code of \a locale's language, "en" for any other.
    static QString code(const QLocale &locale);
};

/// Speaks \a code for as long as it lives: the program's translation of that language put over any
/// other (English: the source texts), so that no message falls through to the window's language,
/// and the default locale set; both put back at the end. For a report or an export written in
/// another language than the window's, and for the command line's --lang. Qt's translators are
/// global: make one on the GUI (main) thread, with nothing translating elsewhere meanwhile.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    /// False for an unknown code or a translation that could not be loaded; nothing changed then.
    bool isValid() const { return mTranslator != nullptr; }

private:
    std::unique_ptr<QTranslator> mTranslator;
    QLocale mPrevious;
};

} // namespace sez
