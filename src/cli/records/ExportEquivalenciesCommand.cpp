// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExportEquivalenciesCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/import/EquivalencyExporter.h"

namespace dd {

ExportEquivalenciesCommand::ExportEquivalenciesCommand()
    : DatabaseCommand(QStringLiteral("export equivalencies"),
                      QStringLiteral("the equivalency catalogue in the import format"))
{
    addArgument(QStringLiteral("FILE.csv"), QStringLiteral("the file to write"));
}

bool ExportEquivalenciesCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_path = parser.positionalArguments().constFirst();
    return true;
}

int ExportEquivalenciesCommand::runWithDatabase(CommandContext& context, Database& db)
{
    QByteArray csv;
    Error error;
    if (!EquivalencyExporter::exportCurrent(db, &csv, &error)) {
        return context.fail(QStringLiteral("export: %1").arg(error.message()));
    }
    if (!OutputFile::write(m_path, csv, &error)) {
        return context.fail(QStringLiteral("export: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("wrote %1 equivalencies to %2").arg(csv.count('\n') - 1).arg(m_path) << Qt::endl;
    return 0;
}

} // namespace dd
