// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyShowCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/services/TransferService.h"

namespace dd {

EquivalencyShowCommand::EquivalencyShowCommand()
    : EquivalencyCommand(QStringLiteral("equivalency show"),
                         QStringLiteral("the hours check, every version with its decision, and the evidence"))
{
}

int EquivalencyShowCommand::runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                                               const Equivalency& equivalency)
{
    EquivalencyRepository repository(db);
    Error error;
    const QList<Equivalency> versions = repository.history(equivalency.lineageId, &error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("equivalency show: %1").arg(error.message()));
    }
    const QList<EquivalencyRepository::Evidence> evidence = repository.evidence(equivalency.lineageId, &error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("equivalency show: %1").arg(error.message()));
    }
    QTextStream& out = context.out();
    const TransferPlanner::CreditCheck check = service.checkCredits(equivalency);
    out << QStringLiteral("%1 %2 -> %3 %4\n")
               .arg(equivalency.fromInstitution, equivalency.fromCodes.join(QLatin1Char('+')),
                    equivalency.toInstitution, equivalency.toSpec());
    out << QStringLiteral("hours: %1%2\n")
               .arg(check.detail, check.approvable ? QString() : QStringLiteral(" (cannot be approved)"));
    for (const Equivalency& v : versions) {
        out << QStringLiteral("version %1 (id %2): %3, cohorts %4-%5%6%7\n")
                   .arg(v.version)
                   .arg(v.id)
                   .arg(v.status, QString::number(v.validFromCohort),
                        v.validToCohort > 0 ? QString::number(v.validToCohort) : QString(),
                        v.decidedBy.isEmpty()
                            ? QString()
                            : QStringLiteral(", by %1 at %2")
                                  .arg(TerminalText::escaped(v.decidedBy), v.decidedAt.toString(Qt::ISODate)),
                        v.reason.isEmpty() ? QString() : QStringLiteral(": %1").arg(TerminalText::escaped(v.reason)));
    }
    for (const EquivalencyRepository::Evidence& ev : evidence) {
        out << QStringLiteral("evidence %1 (version %2): %3, %4 bytes, sha256 %5, by %6\n")
                   .arg(ev.id)
                   .arg(ev.version)
                   .arg(TerminalText::escaped(ev.fileName))
                   .arg(ev.size)
                   .arg(ev.sha256, TerminalText::escaped(ev.addedBy));
    }
    out.flush();
    return 0;
}

} // namespace dd
