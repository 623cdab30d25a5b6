// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli user enable|disable NAME: lets an account log in again, or no longer. */
class UserActiveCommand : public DatabaseCommand
{
public:
    enum class Change { Enable, Disable };

    explicit UserActiveCommand(Change change);

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    Change m_change;
    QString m_username;
};

} // namespace dd
