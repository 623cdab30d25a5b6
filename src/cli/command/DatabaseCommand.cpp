// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/command/DatabaseCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"

namespace dd {

int DatabaseCommand::runWithoutDatabase(CommandContext& context)
{
    return context.fail(QStringLiteral("%1 needs a database").arg(name()), couldNotRunExitCode());
}

int DatabaseCommand::run(CommandContext& context)
{
    if (!needsDatabase()) {
        return runWithoutDatabase(context);
    }
    Database db;
    if (!context.openDatabase(db)) {
        return couldNotRunExitCode();
    }
    return runWithDatabase(context, db);
}

} // namespace dd
