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
    /** Whether this call needs the database (an offline check does not); read after the arguments. */
    virtual bool needsDatabase() const { return true; }
    /** Does the work when needsDatabase() is false; returns the exit code. */
    virtual int runWithoutDatabase(CommandContext& context);

private:
    int run(CommandContext& context) final;
};

} // namespace dd
