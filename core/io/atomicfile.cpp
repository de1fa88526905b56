// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include "core/io/outputguard.h"

#include <QSaveFile>

namespace sez {

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write, QString *error)
{
    if (!OutputGuard::check(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QString reason;
    if (!write(file, &reason)) {
        file.cancelWriting();
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sez
