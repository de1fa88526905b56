// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace sez {

/// `sezview-cli register …`: the allocation register from the command line. \a args are the program
/// name followed by the subcommand and its options; returns the exit code (0, 1 bad input, 2 usage).
int runRegisterCommand(const QStringList &args);

class ParcelStore;

/// The options of the commands that read a dataset: --register ADDRESS and --no-register.
void addRegisterViewOptions(QCommandLineParser &parser);
/// `report --kind changes`: the "allocation changes from … to …" PDF of the register (--register or
/// the user's own) for --since/--until, written to \a output; returns the exit code.
int writeRegisterChangesReport(const QCommandLineParser &parser, const ParcelStore &store, const QString &output);
/// \a source with the allocation register's values over it: the register --register names, else the
/// user's own register when there is one; --no-register leaves the source's values. nullptr and
/// *error when the register named cannot be read.
std::shared_ptr<const ParcelStore> storeWithRegister(const QCommandLineParser &parser,
                                                     std::shared_ptr<const ParcelStore> source, QString *error);

} // namespace sez
