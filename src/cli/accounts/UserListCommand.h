// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli user list: the accounts, their roles, and whether login is required. */
class UserListCommand : public DatabaseCommand
{
public:
    UserListCommand();

private:
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
