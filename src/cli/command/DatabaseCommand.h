// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/Command.h"

namespace dd {

class Database;

/**
 * A command that works on an existing database: it is opened, and the user
 * logged in, once here, after the arguments were read and before runWithDatabase() is
 * called with it.
 */
class DatabaseCommand : public Command
{
protected:
    using Command::Command;

    /** Does the work on the open database; returns the exit code. */
    virtual int runWithDatabase(CommandContext& context, Database& db) = 0;

private:
    int run(CommandContext& context) final;
};

} // namespace dd
