// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli log checkpoint: signs the change log's chain head with an institution's key. */
class LogCheckpointCommand : public DatabaseCommand
{
public:
    LogCheckpointCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_institution;
    QString m_out;
};

} // namespace dd
