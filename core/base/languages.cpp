// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/languages.h"

#include <QCoreApplication>
#include <QTranslator>

#include <map>
#include <memory>

namespace sez {

const QStringList &programLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")};
    return languages;
}

QString translateIn(const QString &language, const char *context, const char *source)
{
    // Loaded once, then only read: QTranslator::translate() is const.
    static const std::map<QString, std::unique_ptr<QTranslator>> translators = [] {
        std::map<QString, std::unique_ptr<QTranslator>> loaded;
        for (const QString &code : programLanguages()) {
            auto translator = std::make_unique<QTranslator>();
            if (code != QLatin1String("en") && translator->load(QStringLiteral(":/i18n/sezview_%1.qm").arg(code)))
                loaded.emplace(code, std::move(translator));
        }
        return loaded;
    }();
    const auto it = translators.find(language);
    const QString translated = it == translators.end() ? QString() : it->second->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

namespace {

// One language only: a message it does not translate gives its source text, never the
// translation of a translator installed before (the window's language).
class SoleTranslator : public QTranslator
{
public:
    bool load(const QString &code)
    {
        return code == QLatin1String("en") || mOwn.load(QStringLiteral(":/i18n/sezview_%1.qm").arg(code));
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString text = mOwn.isEmpty() ? QString() : mOwn.translate(context, sourceText, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator mOwn;
};

} // namespace

QLocale Language::locale(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    if (code == QLatin1String("kk"))
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
}

QString Language::code(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Kazakh: return QStringLiteral("kk");
    default: return QStringLiteral("en");
    }
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : mPrevious(QLocale())
{
    if (!Language::isKnown(code))
        return;
    auto translator = std::make_unique<SoleTranslator>();
    if (!translator->load(code) || !QCoreApplication::installTranslator(translator.get()))
        return;
    mTranslator = std::move(translator);
    QLocale::setDefault(Language::locale(code));
}

ScopedLanguage::~ScopedLanguage()
{
    if (!mTranslator)
        return;
    QCoreApplication::removeTranslator(mTranslator.get());
    QLocale::setDefault(mPrevious);
}

} // namespace sez
