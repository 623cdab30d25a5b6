// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogAdoptCommand.h"

#include "cli/command/CommandContext.h"
#include "core/text/FieldRules.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/Database.h"

namespace dd {

LogAdoptCommand::LogAdoptCommand()
    : DatabaseCommand(QStringLiteral("log adopt"),
                      QStringLiteral("accept the database as it is when its chain head says otherwise (an older copy"
                                     " put back, a copy without a head); recorded in its change log"))
{
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"),
              QStringLiteral("why this state of the database is the right one, for the change log"),
              Presence::Required);
}

bool LogAdoptCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    if (m_reason.isEmpty()) {
        return usageError(context, QStringLiteral("--reason says why this state of the database is the right one"));
    }
    QString why;
    if (!FieldRules::storable(m_reason, &why)) {
        return usageError(context, QStringLiteral("--reason: %1").arg(why));
    }
    return true;
}

int LogAdoptCommand::runWithDatabase(CommandContext& context, Database& db)
{
    if (db.dialect() != Database::Dialect::SQLite) {
        return context.fail(QStringLiteral("log adopt: a database on a server keeps no chain head to adopt"));
    }
    Error error;
    QString detail;
    if (!ChangeLogHead::adoptAsItIs(db, m_reason, &detail, &error)) {
        return context.fail(QStringLiteral("log adopt: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("%1 adopted as it is (%2); it takes changes again").arg(db.path(), detail)
                  << Qt::endl;
    return 0;
}

} // namespace dd
