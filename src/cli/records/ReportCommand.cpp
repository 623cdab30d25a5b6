// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ReportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "report/CohortListFile.h"

namespace dd {

ReportCommand::ReportCommand()
    : DatabaseCommand(QStringLiteral("report"),
                      QStringLiteral("a cohort's graduation list or degree-committee list at one institution (the"
                                     " audit's outcome, GPA, credits, HSK or honours, and why not eligible)"))
{
    addArgument(QStringLiteral("graduation|degree"), QStringLiteral("which list"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("the cohort"), Presence::Required);
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose outcome"),
              Presence::Required);
    addOption(QStringLiteral("format"), QStringLiteral("pdf|xlsx|csv"), QStringLiteral("what to write"),
              Presence::Required);
    addOption(QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the file to write"), Presence::Required);
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"),
              QStringLiteral("who receives it (default: the institution's committee)"));
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"),
              QStringLiteral("what it is for (default: the list's)"));
}

bool ReportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const std::optional<CohortLists::Kind> kind = CohortLists::kindOf(parser.positionalArguments().value(0));
    if (!kind) {
        return usageError(context, QStringLiteral("give graduation or degree"));
    }
    m_kind = *kind;
    QString reason;
    const std::optional<int> year = FieldRules::year(parser.value(QStringLiteral("cohort")), &reason);
    if (!year) {
        return usageError(context, QStringLiteral("--cohort: %1").arg(reason));
    }
    m_cohort = *year;
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_format = parser.value(QStringLiteral("format")).toLower();
    if (m_format != QLatin1String("pdf") && m_format != QLatin1String("xlsx") && m_format != QLatin1String("csv")) {
        return usageError(context, QStringLiteral("--format: pdf, xlsx or csv"));
    }
    m_out = parser.value(QStringLiteral("out"));
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    return true;
}

int ReportCommand::runWithDatabase(CommandContext& context, Database& db)
{
    CohortListFile::Request request;
    request.kind = m_kind;
    request.cohort = m_cohort;
    request.institution = m_institution;
    request.format = m_format;
    request.recipient = m_recipient;
    request.purpose = m_purpose;
    CohortLists::List list;
    Error error;
    if (!CohortListFile::write(db, request, m_out, &list, &error)) {
        return context.fail(
            QStringLiteral("report %1: %2").arg(CohortLists::nameOf(m_kind), TerminalText::escaped(error.message())));
    }
    context.out() << QStringLiteral("%1: the %2 list of cohort %3 at %4: %5 students, %6 eligible; in the disclosure"
                                    " log")
                         .arg(m_out, CohortLists::nameOf(m_kind))
                         .arg(m_cohort)
                         .arg(m_institution)
                         .arg(list.lines.size())
                         .arg(list.eligible())
                  << Qt::endl;
    return 0;
}

} // namespace dd
