// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/database/BackupCommand.h"

#include "cli/command/CommandContext.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"

namespace dd {

BackupCommand::BackupCommand()
    : DatabaseCommand(QStringLiteral("backup"), QStringLiteral("write a verified copy of the database"))
{
    addArgument(QStringLiteral("FILE"), QStringLiteral("the copy to write; it must not exist yet"));
}

bool BackupCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_target = parser.positionalArguments().constFirst();
    return true;
}

int BackupCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!DatabaseBackup::backupTo(db, m_target, &error)) {
        return context.fail(QStringLiteral("backup: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("backup written to %1 and verified").arg(m_target) << Qt::endl;
    return 0;
}

} // namespace dd
