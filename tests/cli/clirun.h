// SPDX-License-Identifier: GPL-3.0-or-later
// Runs sezview-cli (SEZ_CLI_PATH) as a script would and keeps what it said: the CLI tests' one runner.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace sez::test {

struct CliRun
{
    int exitCode = -1;   ///< -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs the CLI with \a args in \a env, killing it after five minutes.
inline CliRun runCli(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SEZ_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(300'000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace sez::test
