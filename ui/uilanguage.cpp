// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "core/base/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sez {

namespace {

const QString kLanguageKey = QStringLiteral("language");

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QStringList UiLanguage::codes()
{
    return programLanguages();
}

QString UiLanguage::nativeName(const QString &code)
{
    return Language::nativeName(code);
}

QString UiLanguage::current()
{
    return currentCode();
}

QString UiLanguage::atStart(const QString &requested)
{
    for (const QString &code : {requested, saved()})
        if (codes().contains(code))
            return code;
    return Language::code(QLocale::system());
}

void UiLanguage::apply(const QString &code)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto &t : installed)
        QCoreApplication::removeTranslator(t.get());
    installed.clear();
    if (code != QLatin1String("en")) {
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral(":/i18n/sezview_%1.qm").arg(code)))
            installed.push_back(std::move(own));
        // Qt's own widgets: Debian's translation where there is one, else ours (Kazakh).
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(code)))
            installed.push_back(std::move(qt));
        for (auto &t : installed)
            QCoreApplication::installTranslator(t.get());
    }
    QLocale::setDefault(Language::locale(code));
    currentCode() = codes().contains(code) ? code : QStringLiteral("en");
}

QString UiLanguage::saved()
{
    return QSettings().value(kLanguageKey).toString();
}

void UiLanguage::save(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

} // namespace sez
