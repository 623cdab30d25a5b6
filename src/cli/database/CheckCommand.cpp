// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/database/CheckCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/db/Integrity.h"

namespace dd {

CheckCommand::CheckCommand()
    : DatabaseCommand(QStringLiteral("check"), QStringLiteral("integrity and foreign-key check"))
{
}

int CheckCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QStringList problems;
    Error error;
    if (!Integrity::check(db, &problems, &error)) {
        return context.fail(QStringLiteral("check: %1").arg(error.message()));
    }
    if (!problems.isEmpty()) {
        for (qsizetype i = 1; i < problems.size(); ++i) {
            context.out() << problems.at(i) << Qt::endl;
        }
        return context.fail(
            QStringLiteral("check: %1 problem(s); first: %2").arg(problems.size()).arg(problems.first()));
    }
    context.out() << QStringLiteral("%1: integrity ok, foreign keys ok (schema %2)")
                         .arg(context.databasePath())
                         .arg(db.migrator().version())
                  << Qt::endl;
    return 0;
}

} // namespace dd
