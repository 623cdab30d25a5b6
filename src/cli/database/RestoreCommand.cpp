// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/database/RestoreCommand.h"

#include "cli/command/CommandContext.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"

#include <QFileInfo>

namespace dd {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              QStringLiteral("put a backup in the database's place (the database as it was is kept beside it)"))
{
    addArgument(QStringLiteral("BACKUP"), QStringLiteral("a file written by 'backup'"));
}

bool RestoreCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_backup = parser.positionalArguments().constFirst();
    return true;
}

int RestoreCommand::run(CommandContext& context)
{
    QString previous;
    Error error;
    // Replacing a database is its administrator's decision.
    if (QFileInfo::exists(context.databasePath())) {
        Database current;
        if (!context.openDatabase(current)) {
            return couldNotRunExitCode();
        }
        if (!current.session().permits(Permissions::Action::BackupRestore, &error)) {
            return context.fail(QStringLiteral("restore: %1").arg(error.message()));
        }
    }
    if (!DatabaseBackup::restore(m_backup, context.databasePath(), &previous, &error)) {
        return context.fail(QStringLiteral("restore: %1").arg(error.message()));
    }
    // The restore goes into the restored database's own log, by whom its accounts let act.
    Database restored;
    if (!context.openDatabase(restored)) {
        return couldNotRunExitCode();
    }
    if (!DatabaseBackup::recordRestore(restored, m_backup, previous, &error)) {
        return context.fail(QStringLiteral("restore: %1 is in place, but the restore could not be recorded in its"
                                           " change log (it refuses changes until it is): %2")
                                .arg(context.databasePath(), error.message()));
    }
    context.out() << QStringLiteral("restored %1 from %2").arg(context.databasePath(), m_backup) << Qt::endl;
    if (!previous.isEmpty()) {
        context.out() << QStringLiteral("the database as it was before: %1").arg(previous) << Qt::endl;
    }
    return 0;
}

} // namespace dd
