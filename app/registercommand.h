// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sez {

/// `sezview-cli register …`: the allocation register from the command line. \a args are the program
/// name followed by the subcommand and its options; returns the exit code (0, 1 bad input, 2 usage).
int runRegisterCommand(const QStringList &args);

} // namespace sez
