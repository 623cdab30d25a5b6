// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/accounts/UserPasswordCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/services/Accounts.h"

namespace dd {

UserPasswordCommand::UserPasswordCommand()
    : DatabaseCommand(QStringLiteral("user passwd"),
                      QStringLiteral("set an account's password, from DUALDEGREE_NEW_PASSWORD or a prompt"))
{
    addArgument(QStringLiteral("NAME"), QStringLiteral("the login name"));
}

bool UserPasswordCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_username = parser.positionalArguments().constFirst();
    return true;
}

int UserPasswordCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QString password;
    Error error;
    if (!context.readPassword(QStringLiteral("New password for %1: ").arg(m_username),
                              CommandContext::PasswordVariable::NewPassword, &password, &error)
        || !Accounts(db).setPassword(m_username, password, &error)) {
        return context.fail(QStringLiteral("user passwd: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("user passwd %1: done").arg(m_username) << Qt::endl;
    return 0;
}

} // namespace dd
