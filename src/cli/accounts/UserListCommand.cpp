// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/UserListCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/repositories/UserRepository.h"
#include "data/services/Accounts.h"

namespace dd {

UserListCommand::UserListCommand()
    : DatabaseCommand(QStringLiteral("user list"),
                      QStringLiteral("the accounts with their roles, and whether login is required"))
{
}

int UserListCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!db.session().permits(Permissions::Action::ManageUsers, &error)) {
        return context.fail(QStringLiteral("user list: %1").arg(error.message()));
    }
    const QList<User> users = UserRepository(db).all(&error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("user list: %1").arg(error.message()));
    }
    for (const User& u : users) {
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(TerminalText::escaped(u.username), u.role,
                                  u.active ? QStringLiteral("active") : QStringLiteral("disabled"),
                                  u.hasPassword ? QStringLiteral("password set") : QStringLiteral("no password"),
                                  TerminalText::escaped(u.displayName))
                      << Qt::endl;
    }
    context.out() << (Accounts::loginRequired(db) ? QStringLiteral("login is required")
                                                  : QStringLiteral("login is not required"))
                  << Qt::endl;
    return 0;
}

} // namespace dd
