// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli equivalency list: the current version of every equivalency. */
class EquivalencyListCommand : public DatabaseCommand
{
public:
    EquivalencyListCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_status;
    bool m_json = false;
};

} // namespace dd
