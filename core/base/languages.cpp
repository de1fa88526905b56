// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/languages.h"

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

} // namespace sez
