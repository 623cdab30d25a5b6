// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/UserActiveCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

namespace dd {

UserActiveCommand::UserActiveCommand(Change change)
    : DatabaseCommand(change == Change::Enable ? QStringLiteral("user enable") : QStringLiteral("user disable"),
                      change == Change::Enable ? QStringLiteral("let an account log in again")
                                               : QStringLiteral("stop an account from logging in"))
    , m_change(change)
{
    addArgument(QStringLiteral("NAME"), QStringLiteral("the login name"));
}

bool UserActiveCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_username = parser.positionalArguments().constFirst();
    return true;
}

int UserActiveCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!Accounts(db).setActive(m_username, m_change == Change::Enable, &error)) {
        return context.fail(QStringLiteral("%1: %2").arg(name(), error.message()));
    }
    context.out() << QStringLiteral("%1 %2: done").arg(name(), m_username) << Qt::endl;
    return 0;
}

} // namespace dd
