// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

/** dualdegree-cli init [--demo]: creates the database, with the demo data set on request. */
class InitCommand : public Command
{
public:
    InitCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int run(CommandContext& context) override;

    bool m_demo = false;
};

} // namespace dd
