// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExceptionAddCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/import/ExceptionImporter.h"

namespace dd {

ExceptionAddCommand::ExceptionAddCommand()
    : ExceptionCommand(QStringLiteral("exception add"),
                       QStringLiteral("record an exception to a requirement, with its reason and approver"))
{
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why it was granted"));
    addOption(QStringLiteral("approved-by"), QStringLiteral("NAME"), QStringLiteral("who approved it"));
}

bool ExceptionAddCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_exception.reason = parser.value(QStringLiteral("reason"));
    m_exception.approvedBy = parser.value(QStringLiteral("approved-by"));
    return ExceptionCommand::readArguments(context, parser);
}

int ExceptionAddCommand::runWithDatabase(CommandContext& context, Database& db)
{
    ImportReport report;
    if (!ExceptionImporter::recordOne(db, m_exception, &report)) {
        if (report.errors.isEmpty()) {
            return context.fail(QStringLiteral("exception add: failed"));
        }
        // Name the option the user typed, not the CSV column behind it.
        const ImportIssue& issue = report.errors.first();
        QString option = issue.column == QLatin1String("course_code") ? QStringLiteral("course") : issue.column;
        option.replace(QLatin1Char('_'), QLatin1Char('-'));
        return context.fail(option.isEmpty() ? QStringLiteral("exception add: %1").arg(issue.message)
                                             : QStringLiteral("exception add: --%1: %2").arg(option, issue.message));
    }
    context.out() << (report.inserted ? QStringLiteral("exception recorded")
                                      : QStringLiteral("exception already recorded"))
                  << Qt::endl;
    return 0;
}

} // namespace dd
