// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

/** dualdegree-cli migrate: moves the whole database between a file and a server, then compares every table. */
class MigrateCommand : public Command
{
public:
    MigrateCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int run(CommandContext& context) override;

    QString m_from;
    QString m_to;
    QString m_reason;
};

} // namespace dd
