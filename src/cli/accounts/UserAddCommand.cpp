// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/UserAddCommand.h"

#include "cli/command/CommandContext.h"
#include "core/policy/Permissions.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

namespace dd {

UserAddCommand::UserAddCommand()
    : DatabaseCommand(QStringLiteral("user add"),
                      QStringLiteral("a new account; its password from DUALDEGREE_NEW_PASSWORD or a prompt"))
{
    addArgument(QStringLiteral("NAME"), QStringLiteral("the login name"));
    addOption(QStringLiteral("role"), QStringLiteral("ROLE"), Permissions::allRoles().join(QStringLiteral(", ")),
              Presence::Required);
    addOption(QStringLiteral("name"), QStringLiteral("TEXT"), QStringLiteral("the name shown for the account"));
}

bool UserAddCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_username = parser.positionalArguments().constFirst();
    m_role = parser.value(QStringLiteral("role"));
    m_displayName = parser.value(QStringLiteral("name"));
    if (m_role.isEmpty()) {
        return usageError(
            context, QStringLiteral("--role is needed (%1)").arg(Permissions::allRoles().join(QStringLiteral(", "))));
    }
    return true;
}

int UserAddCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QString password;
    Error error;
    if (!context.readPassword(QStringLiteral("New password for %1: ").arg(m_username),
                              CommandContext::PasswordVariable::NewPassword, &password, &error)) {
        return context.fail(QStringLiteral("user add: %1").arg(error.message()));
    }
    User user;
    user.username = m_username;
    user.displayName = m_displayName;
    user.role = m_role;
    if (!Accounts(db).addUser(user, password, &error)) {
        return context.fail(QStringLiteral("user add: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("added %1 (%2)").arg(m_username, m_role) << Qt::endl;
    return 0;
}

} // namespace dd
