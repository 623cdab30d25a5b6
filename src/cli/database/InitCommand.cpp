// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/database/InitCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

namespace dd {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), QStringLiteral("create the database (with the demo data set)"))
{
    addFlag(QStringLiteral("demo"), QStringLiteral("load the demo data set from the data folder"));
}

bool InitCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_demo = parser.isSet(QStringLiteral("demo"));
    return true;
}

int InitCommand::run(CommandContext& context)
{
    Database db;
    QStringList log;
    Error error;
    if (!DatabaseSetup::createDatabase(db, context.databasePath(), context.dataDir(), m_demo, &log, &error)) {
        return context.fail(QStringLiteral("init: %1").arg(error.message()));
    }
    for (const QString& line : std::as_const(log)) {
        context.out() << line << Qt::endl;
    }
    return 0;
}

} // namespace dd
