// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/**
 * dualdegree-cli log adopt: an administrator accepts a database file as it is when its
 * chain head says otherwise (an older copy put back, a copy without a head, an edited
 * head); recorded in its change log, after which it takes changes again.
 */
class LogAdoptCommand : public DatabaseCommand
{
public:
    LogAdoptCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_reason;
};

} // namespace dd
