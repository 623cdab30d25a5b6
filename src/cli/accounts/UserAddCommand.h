// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli user add NAME --role R: a new account, with a password from DUALDEGREE_NEW_PASSWORD or a prompt. */
class UserAddCommand : public DatabaseCommand
{
public:
    UserAddCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_username;
    QString m_role;
    QString m_displayName;
};

} // namespace dd
