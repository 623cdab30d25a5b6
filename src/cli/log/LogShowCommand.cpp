// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogShowCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/changelog/ChangeLogReader.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

namespace {

QString describe(const ChangeLogEntry& e)
{
    QString line = QStringLiteral("%1  %2  %3  %4 %5 #%6")
                       .arg(e.seq, 6)
                       .arg(e.at, e.username.isEmpty() ? QStringLiteral("(set-up)") : TerminalText::escaped(e.username),
                            e.operation, e.table)
                       .arg(e.key);
    if (!e.reason.isEmpty()) {
        line += QStringLiteral("  reason: %1").arg(TerminalText::escaped(e.reason));
    }
    if (e.operation == QLatin1String("update")) {
        line += QStringLiteral("  ") + TerminalText::escaped(e.differences().join(QStringLiteral("; ")));
    }
    return line;
}

} // namespace

LogShowCommand::LogShowCommand()
    : LogListingCommand(QStringLiteral("log show"),
                        QStringLiteral("the change log (newest first), or one student's history"),
                        QStringLiteral("only this student's history"))
{
}

int LogShowCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QList<ChangeLogEntry> entries;
    Error error;
    if (m_studentId.isEmpty()) {
        if (!ChangeLogReader::latest(db, m_limit, &entries, &error)) {
            return context.fail(QStringLiteral("log show: %1").arg(error.message()));
        }
    } else {
        const std::optional<Student> student = StudentRepository(db).find(m_studentId, &error);
        if (!student) {
            return context.fail(!error.isSet() ? QStringLiteral("log show: no student %1").arg(m_studentId)
                                               : QStringLiteral("log show: %1").arg(error.message()));
        }
        if (!ChangeLogReader::studentHistory(db, student->id, &entries, &error)) {
            return context.fail(QStringLiteral("log show: %1").arg(error.message()));
        }
    }
    for (const ChangeLogEntry& e : std::as_const(entries)) {
        context.out() << describe(e) << Qt::endl;
    }
    return 0;
}

} // namespace dd
