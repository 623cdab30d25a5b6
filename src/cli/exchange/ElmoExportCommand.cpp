// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exchange/ElmoExportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/services/ElmoExport.h"

namespace dd {

ElmoExportCommand::ElmoExportCommand()
    : DatabaseCommand(QStringLiteral("elmo export"),
                      QStringLiteral("a student's record at one institution as ELMO XML (EMREX): its own results only,"
                                     " recorded in the disclosure log"))
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student (or --cohort YEAR)"), Presence::Optional);
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose record"),
              Presence::Required);
    addOption(QStringLiteral("out"), QStringLiteral("FILE.xml"), QStringLiteral("the file to write (one student)"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("every student of a cohort"));
    addOption(QStringLiteral("out-dir"), QStringLiteral("DIR"),
              QStringLiteral("where a cohort's files go, STUDENTID-INSTITUTION.xml"));
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"), QStringLiteral("to whom it is sent"));
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"), QStringLiteral("what it is sent for"));
}

bool ElmoExportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_out = parser.value(QStringLiteral("out"));
    m_outDir = parser.value(QStringLiteral("out-dir"));
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    const QString cohort = parser.value(QStringLiteral("cohort"));
    const bool batch = !cohort.isEmpty();
    if (batch ? m_outDir.isEmpty() || !positional.isEmpty() : m_out.isEmpty() || positional.size() != 1) {
        return usageError(context, QStringLiteral("give STUDENT_ID --out FILE.xml, or --cohort YEAR --out-dir DIR"));
    }
    if (batch) {
        QString reason;
        const std::optional<int> year = FieldRules::year(cohort, &reason);
        if (!year) {
            return usageError(context, QStringLiteral("--cohort: %1").arg(reason));
        }
        m_cohort = *year;
    } else {
        m_studentId = positional.first();
    }
    return true;
}

int ElmoExportCommand::runWithDatabase(CommandContext& context, Database& db)
{
    ElmoExport exporter(db);
    Error error;
    if (!exporter.load(&error)) {
        return context.fail(QStringLiteral("elmo export: %1").arg(error.message()));
    }
    if (m_cohort == 0) {
        if (!exporter.write(m_studentId, m_institution, m_out, m_recipient, m_purpose, &error)) {
            return context.fail(QStringLiteral("elmo export: %1").arg(TerminalText::escaped(error.message())));
        }
        context.out() << QStringLiteral("%1: the %2 record of %3 in ELMO\n")
                             .arg(m_out, m_institution, TerminalText::escaped(m_studentId));
        return 0;
    }
    QStringList files;
    QStringList problems;
    if (!exporter.writeCohort(m_cohort, m_institution, m_outDir, nullptr, &files, &problems, &error)) {
        return context.fail(QStringLiteral("elmo export: %1").arg(error.message()));
    }
    for (const QString& problem : std::as_const(problems)) {
        context.fail(TerminalText::escaped(problem));
    }
    context.out() << QStringLiteral("%1 ELMO files of cohort %2 (%3) written into %4\n")
                         .arg(files.size())
                         .arg(m_cohort)
                         .arg(m_institution, m_outDir);
    return problems.isEmpty() ? 0 : 1;
}

} // namespace dd
