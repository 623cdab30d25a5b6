// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

/** dualdegree-cli restore BACKUP: puts a backup in the database's place, keeping the database as it was. */
class RestoreCommand : public Command
{
public:
    RestoreCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int run(CommandContext& context) override;

    QString m_backup;
};

} // namespace dd
