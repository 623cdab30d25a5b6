// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogVerifyCommand.h"

#include "cli/command/CommandContext.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/Database.h"

namespace dd {

LogVerifyCommand::LogVerifyCommand()
    : DatabaseCommand(QStringLiteral("log verify"),
                      QStringLiteral("is the change log complete and unaltered? (exit 0 yes, 1 no, 3 could not check)"))
{
    setExitCodes(ExitCodes::Verdict);
}

int LogVerifyCommand::runWithDatabase(CommandContext& context, Database& db)
{
    ChangeLogReport report;
    Error error;
    if (!ChangeLogVerifier::verify(db, &report, &error)) {
        return context.fail(QStringLiteral("log verify: %1").arg(error.message()), couldNotRunExitCode());
    }
    QTextStream& out = context.out();
    for (const QString& note : std::as_const(report.notes)) {
        out << QStringLiteral("note: ") << note << Qt::endl;
    }
    if (!report.intact()) {
        for (const ChangeLogProblem& p : std::as_const(report.problems)) {
            out << p.toString() << Qt::endl;
        }
        return context.fail(QStringLiteral("log verify: %1 problem(s); first: %2")
                                .arg(report.problems.size())
                                .arg(report.problems.first().toString()));
    }
    out << QStringLiteral("the change log is complete and unaltered: %1 rows, the last (%2) sealed %3")
               .arg(report.rows)
               .arg(report.lastSeq)
               .arg(report.lastHash)
        << Qt::endl;
    return 0;
}

} // namespace dd
