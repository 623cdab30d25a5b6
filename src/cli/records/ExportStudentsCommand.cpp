// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExportStudentsCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/import/StudentExporter.h"
#include "data/repositories/DisclosureRepository.h"

namespace dd {

ExportStudentsCommand::ExportStudentsCommand()
    : DatabaseCommand(QStringLiteral("export students"),
                      QStringLiteral("student records, recorded in the disclosure log"))
{
    addArgument(QStringLiteral("FILE.csv"), QStringLiteral("the file to write"));
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"), QStringLiteral("who receives the records"),
              Presence::Required);
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"), QStringLiteral("what they are for"),
              Presence::Required);
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("only this cohort"));
}

bool ExportStudentsCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_path = parser.positionalArguments().constFirst();
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    if (m_recipient.trimmed().isEmpty() || m_purpose.trimmed().isEmpty()) {
        return usageError(context,
                          QStringLiteral("personal data leaves only with --recipient and --purpose,"
                                         " recorded in the disclosure log"));
    }
    bool cohortOk = true;
    const QString cohort = parser.value(QStringLiteral("cohort"));
    m_cohort = cohort.isEmpty() ? 0 : cohort.toInt(&cohortOk);
    if (!cohortOk) {
        return usageError(context, QStringLiteral("--cohort must be a year"));
    }
    return true;
}

int ExportStudentsCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Disclosure released;
    released.recipient = m_recipient;
    released.purpose = m_purpose;
    Error error;
    if (!StudentExporter::exportStudents(db, m_cohort, m_path, released, &error)) {
        return context.fail(QStringLiteral("export students: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("wrote %1 students to %2 for %3 (%4); recorded in the disclosure log")
                         .arg(released.records.size())
                         .arg(m_path, released.recipient, released.purpose)
                  << Qt::endl;
    return 0;
}

} // namespace dd
