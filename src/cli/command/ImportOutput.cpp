// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/command/ImportOutput.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"

namespace dd {

int ImportOutput::refused(CommandContext& context, const ImportReport& report)
{
    const qsizetype n = report.errors.size();
    const QString first = n > 0 ? report.errors.first().toString() : QStringLiteral("import failed");
    context.fail(TerminalText::escaped(QStringLiteral("%1; nothing was imported (%2 error%3)")
                                           .arg(first)
                                           .arg(n)
                                           .arg(n == 1 ? QString() : QStringLiteral("s"))));
    for (qsizetype i = 1; i < n; ++i) {
        context.err() << TerminalText::escaped(report.errors.at(i).toString()) << Qt::endl;
    }
    return 1;
}

void ImportOutput::done(CommandContext& context, const ImportReport& report)
{
    if (report.dryRun) {
        for (const QString& change : std::as_const(report.changes)) {
            context.out() << QStringLiteral("would ") << TerminalText::escaped(change) << Qt::endl;
        }
    }
    context.out() << TerminalText::escaped(report.summary()) << Qt::endl;
    if (!report.backup.isEmpty()) {
        context.out() << QStringLiteral("the database as it was before: %1").arg(report.backup) << Qt::endl;
    }
}

} // namespace dd
