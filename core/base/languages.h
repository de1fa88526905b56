// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sez {

/// The languages sezview speaks, as ISO 639-1 codes: "en" (the source texts), "ru" and "kk".
const QStringList &programLanguages();

/// The translation of \a source in \a context into \a language, whichever language the program
/// runs in now: for what must be understood in every language at once (a category typed in
/// Russian while the window speaks English). The source itself for "en" or when untranslated.
/// Thread-safe; the translations are read once from the program's resources.
QString translateIn(const QString &language, const char *context, const char *source);

} // namespace sez
