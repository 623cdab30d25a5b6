// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli check: the integrity and foreign-key check. */
class CheckCommand : public DatabaseCommand
{
public:
    CheckCommand();

private:
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
