// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ProgrammesCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/repositories/ProgrammeRepository.h"

namespace dd {

ProgrammesCommand::ProgrammesCommand()
    : DatabaseCommand(QStringLiteral("programmes"), QStringLiteral("list the programme codes"))
{
    addFlag(QStringLiteral("verbose"), QStringLiteral("with institution, catalogue year, name and degree"));
}

bool ProgrammesCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_verbose = parser.isSet(QStringLiteral("verbose"));
    return true;
}

int ProgrammesCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    const QList<Programme> programmes = ProgrammeRepository(db).all(&error);
    if (error.isSet()) {
        return context.fail(QStringLiteral("programmes: %1").arg(error.message()));
    }
    for (const Programme& p : programmes) {
        if (m_verbose) {
            context.out() << p.code << '\t' << p.institution << '\t' << p.catalogueYear << '\t' << p.nameEn << '\t'
                          << p.degreeEn << Qt::endl;
        } else {
            context.out() << p.code << Qt::endl;
        }
    }
    return 0;
}

} // namespace dd
