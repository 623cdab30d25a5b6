// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/RequireLoginCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

namespace dd {

RequireLoginCommand::RequireLoginCommand()
    : DatabaseCommand(QStringLiteral("user require-login"),
                      QStringLiteral("whether every door asks for a password (DUALDEGREE_PASSWORD or a prompt)"))
{
    addArgument(QStringLiteral("on|off"), QStringLiteral("on: every user logs in; off: a single-user database"));
}

bool RequireLoginCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QString value = parser.positionalArguments().constFirst();
    if (value != QLatin1String("on") && value != QLatin1String("off")) {
        return usageError(context, QStringLiteral("say on or off"));
    }
    m_required = value == QLatin1String("on");
    return true;
}

int RequireLoginCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!Accounts(db).setLoginRequired(m_required, &error)) {
        return context.fail(QStringLiteral("user require-login: %1").arg(error.message()));
    }
    context.out()
        << QStringLiteral("user require-login %1: done").arg(m_required ? QStringLiteral("on") : QStringLiteral("off"))
        << Qt::endl;
    return 0;
}

} // namespace dd
