// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace sez {

/// Writes \a path through a temporary file that is renamed into place only when \a write succeeds,
/// so a failure never leaves a half-written output. A source of the open dataset or its cache is
/// refused (OutputGuard). \a error gets one line naming the file.
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &device, QString *error)> &write,
                         QString *error);

} // namespace sez
