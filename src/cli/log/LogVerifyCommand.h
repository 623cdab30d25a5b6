// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli log verify: is the change log complete and unaltered? Exit 0 yes, 1 no, 3 could not check. */
class LogVerifyCommand : public DatabaseCommand
{
public:
    LogVerifyCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_trustFile;
    QString m_checkpointFile;
};

} // namespace dd
