// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

/** dualdegree-cli keys demo: a DEMO certificate authority and one key file per institution, for tests and the demo. */
class KeysDemoCommand : public Command
{
public:
    KeysDemoCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int run(CommandContext& context) override;

    QString m_folder;
};

} // namespace dd
