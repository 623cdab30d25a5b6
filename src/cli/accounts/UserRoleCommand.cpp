// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/UserRoleCommand.h"

#include "cli/command/CommandContext.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

namespace dd {

UserRoleCommand::UserRoleCommand()
    : DatabaseCommand(QStringLiteral("user role"), QStringLiteral("give an account another role"))
{
    addArgument(QStringLiteral("NAME"), QStringLiteral("the login name"));
    addArgument(QStringLiteral("ROLE"), Permissions::allRoles().join(QStringLiteral(", ")));
}

bool UserRoleCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_username = parser.positionalArguments().at(0);
    m_role = parser.positionalArguments().at(1);
    return true;
}

int UserRoleCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!Accounts(db).setRole(m_username, m_role, &error)) {
        return context.fail(QStringLiteral("user role: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("user role %1: done").arg(m_username) << Qt::endl;
    return 0;
}

} // namespace dd
