// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogDisclosuresCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/repositories/DisclosureRepository.h"

namespace dd {

LogDisclosuresCommand::LogDisclosuresCommand()
    : LogListingCommand(QStringLiteral("log disclosures"),
                        QStringLiteral("transcripts and exports of personal data released, newest first"),
                        QStringLiteral("only what named this student"))
{
}

int LogDisclosuresCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    const QList<Disclosure> all = DisclosureRepository(db).list(m_studentId, m_limit, &error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("log disclosures: %1").arg(error.message()));
    }
    for (const Disclosure& d : all) {
        context.out() << QStringLiteral("%1  %2  %3  to: %4  purpose: %5  %6 record(s): %7%8")
                             .arg(d.at, TerminalText::escaped(d.username), TerminalText::escaped(d.kind),
                                  d.recipient.isEmpty() ? QStringLiteral("(not stated)")
                                                        : TerminalText::escaped(d.recipient),
                                  d.purpose.isEmpty() ? QStringLiteral("(not stated)")
                                                      : TerminalText::escaped(d.purpose))
                             .arg(d.recordCount)
                             .arg(TerminalText::escaped(d.records.join(QLatin1Char(' '))),
                                  d.fileName.isEmpty() ? QString()
                                                       : QStringLiteral("  file: ") + TerminalText::escaped(d.fileName))
                      << Qt::endl;
    }
    return 0;
}

} // namespace dd
