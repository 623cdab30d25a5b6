// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli user require-login on|off: whether every door asks for a password. */
class RequireLoginCommand : public DatabaseCommand
{
public:
    RequireLoginCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    bool m_required = false;
};

} // namespace dd
