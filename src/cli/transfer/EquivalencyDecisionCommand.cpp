// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyDecisionCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/TransferService.h"

namespace dd {

EquivalencyDecisionCommand::EquivalencyDecisionCommand(const QString& action, const QString& status)
    : EquivalencyCommand(QStringLiteral("equivalency %1").arg(action),
                         QStringLiteral("a new version of the equivalency, %1, by the receiving side").arg(status))
    , m_status(status)
{
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why; recorded with the decision"));
}

bool EquivalencyDecisionCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_reason = parser.value(QStringLiteral("reason"));
    return EquivalencyCommand::readArguments(context, parser);
}

int EquivalencyDecisionCommand::runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                                                   const Equivalency& equivalency)
{
    Q_UNUSED(db)
    Equivalency decided;
    Error error;
    if (!service.decide(equivalency, m_status, m_reason, &decided, &error)) {
        return context.fail(QStringLiteral("%1: %2").arg(name(), error.message()));
    }
    context.out() << QStringLiteral("%1 %2 -> %3 %4 is %5 as version %6 (id %7)")
                         .arg(decided.fromInstitution, decided.fromCodes.join(QLatin1Char('+')), decided.toInstitution,
                              decided.toSpec(), decided.status)
                         .arg(decided.version)
                         .arg(decided.id)
                  << Qt::endl;
    return 0;
}

} // namespace dd
