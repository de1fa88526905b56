// SPDX-License-Identifier: GPL-3.0-or-later
// sezview-cli run as a user runs it, for the system tests.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace sez::test {

struct CliRun
{
    int exitCode = -1;   ///< -1: it did not finish in time; -2: it crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs SEZ_CLI_PATH with \a args (and \a environment, the caller's when empty) for at most \a timeoutMs.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &environment = {}, int timeoutMs = 600'000)
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(QStringLiteral(SEZ_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace sez::test
