// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/register/registerlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <libpq-fe.h>

#include <memory>

namespace sez {

namespace {

struct ConninfoDeleter
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};

QString valueOf(const QList<QPair<QString, QString>> &parameters, const char *key)
{
    for (const auto &p : parameters)
        if (p.first == QLatin1String(key))
            return p.second;
    return {};
}

} // namespace

RegisterLocation RegisterLocation::sqliteFile(const QString &path)
{
    RegisterLocation location;
    location.mBackend = Backend::SQLite;
    location.mFilePath = QFileInfo(path).absoluteFilePath();
    location.mText = QStringLiteral("sqlite:") + location.mFilePath;
    return location;
}

RegisterLocation RegisterLocation::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/sezview");
    return sqliteFile(dir + QStringLiteral("/register.sqlite"));
}

bool RegisterLocation::parse(const QString &text, RegisterLocation *location, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        const QString path = trimmed.mid(7);
        if (path.isEmpty()) {
            *error = tr("the register 'sqlite:' names no file: give sqlite:FILE");
            return false;
        }
        *location = sqliteFile(path);
        return true;
    }
    const bool uri = trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"));
    if (!uri && !trimmed.contains(QLatin1Char('='))) {
        *error = tr("'%1' is not a register: give sqlite:FILE, a postgresql:// address or a connection string such as service=NAME")
                     .arg(trimmed);
        return false;
    }
    char *message = nullptr;
    const QByteArray utf8 = trimmed.toUtf8();
    std::unique_ptr<PQconninfoOption, ConninfoDeleter> options(PQconninfoParse(utf8.constData(), &message));
    if (!options) {
        // libpq's message names the problem; it quotes the text only around the faulty part.
        *error = tr("the register address is not valid: %1")
                     .arg(message ? QString::fromUtf8(message).trimmed() : tr("out of memory"));
        PQfreemem(message);
        return false;
    }
    RegisterLocation parsed;
    parsed.mBackend = Backend::PostgreSQL;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("password")) {
            *error = tr("the register address holds a password: keep it in ~/.pgpass or a service file instead");
            return false;
        }
        const QString value = QString::fromUtf8(o->val);
        // Qt's PostgreSQL driver joins its options with ';' turned into spaces.
        if (value.contains(QLatin1Char(';'))) {
            *error = tr("the register address may not contain ';' (in %1)").arg(key);
            return false;
        }
        parsed.mParameters.append({key, value});
    }
    parsed.mText = trimmed;
    *location = parsed;
    return true;
}

QString RegisterLocation::displayName() const
{
    if (mBackend == Backend::SQLite)
        return mFilePath;
    const QString service = valueOf(mParameters, "service");
    const QString user = valueOf(mParameters, "user");
    const QString host = valueOf(mParameters, "host");
    const QString db = valueOf(mParameters, "dbname");
    QString name;
    if (!service.isEmpty())
        name = QStringLiteral("service=%1").arg(service);
    if (!host.isEmpty() || !db.isEmpty()) {
        if (!name.isEmpty())
            name += QLatin1Char(' ');
        name += (user.isEmpty() ? QString() : user + QLatin1Char('@')) + (host.isEmpty() ? QStringLiteral("localhost") : host)
              + QLatin1Char('/') + db;
    }
    return name.isEmpty() ? QStringLiteral("postgresql") : name;
}

} // namespace sez
