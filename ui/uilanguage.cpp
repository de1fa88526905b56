// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

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
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")};
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
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
    switch (QLocale::system().language()) {
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Kazakh: return QStringLiteral("kk");
    default: return QStringLiteral("en");
    }
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
    QLocale::setDefault(code == QLatin1String("ru")   ? QLocale(QLocale::Russian, QLocale::Kazakhstan)
                        : code == QLatin1String("kk") ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
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
