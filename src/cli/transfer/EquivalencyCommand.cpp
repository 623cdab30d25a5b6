// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/EquivalencyCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/services/TransferService.h"

namespace dd {

EquivalencyCommand::EquivalencyCommand(const QString& name, const QString& description)
    : DatabaseCommand(name, description)
{
    addArgument(QStringLiteral("ID"), QStringLiteral("the equivalency (see 'equivalency list')"));
}

bool EquivalencyCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_id = parser.positionalArguments().constFirst();
    return true;
}

int EquivalencyCommand::runWithDatabase(CommandContext& context, Database& db)
{
    TransferService service(db);
    Error error;
    if (!service.load(&error)) {
        return context.fail(QStringLiteral("%1: %2").arg(name(), error.message()));
    }
    bool isNumber = false;
    const qint64 id = m_id.toLongLong(&isNumber);
    const std::optional<Equivalency> equivalency
        = isNumber ? EquivalencyRepository(db).findById(id, &error) : std::nullopt;
    if (error.isSet()) {
        return context.fail(QStringLiteral("%1: %2").arg(name(), error.message()));
    }
    if (!equivalency) {
        return context.fail(QStringLiteral("%1: no equivalency with the ID %2").arg(name(), m_id));
    }
    return runWithEquivalency(context, db, service, *equivalency);
}

} // namespace dd
