// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transcripts/TranscriptCommand.h"

#include "cli/command/CommandContext.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"

namespace dd {

TranscriptCommand::TranscriptCommand()
    : DatabaseCommand(QStringLiteral("transcript"),
                      QStringLiteral("issue transcripts (PDF), recorded in the issue log"))
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student (or --cohort YEAR)"), Presence::Optional);
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("the issuing institution"),
              Presence::Required);
    addOption(QStringLiteral("lang"), QStringLiteral("en|en-zh|en-th"),
              QStringLiteral("the languages of the page (default: the institution's policy)"));
    addOption(QStringLiteral("out"), QStringLiteral("FILE.pdf"), QStringLiteral("the file to write (one student)"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("every student of a cohort"));
    addOption(QStringLiteral("out-dir"), QStringLiteral("DIR"),
              QStringLiteral("where a cohort's transcripts go, one file a student"));
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"), QStringLiteral("to whom it is issued"));
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"), QStringLiteral("what it is issued for"));
    addFlag(QStringLiteral("pdfa"), QStringLiteral("write PDF/A"));
    addOption(QStringLiteral("issued"), QStringLiteral("DATE"),
              QStringLiteral("the issue date printed (YYYY-MM-DD; default today)"));
}

bool TranscriptCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    m_request.institution = parser.value(QStringLiteral("institution")).toUpper();
    m_request.language = parser.value(QStringLiteral("lang"));
    m_request.recipient = parser.value(QStringLiteral("recipient"));
    m_request.purpose = parser.value(QStringLiteral("purpose"));
    m_request.pdfA = parser.isSet(QStringLiteral("pdfa"));
    m_out = parser.value(QStringLiteral("out"));
    m_outDir = parser.value(QStringLiteral("out-dir"));
    const QString cohort = parser.value(QStringLiteral("cohort"));
    const bool batch = !cohort.isEmpty();
    if (m_request.institution.isEmpty()
        || (batch ? m_outDir.isEmpty() || !positional.isEmpty() : m_out.isEmpty() || positional.size() != 1)) {
        return usageError(context,
                          QStringLiteral("give STUDENT_ID --out FILE.pdf, or --cohort YEAR --out-dir DIR"
                                         " (with --institution and --lang)"));
    }
    if (!readDate(context, parser, QStringLiteral("issued"), &m_request.issued)) {
        return false;
    }
    QString reason;
    if (batch) {
        const std::optional<int> year = FieldRules::year(cohort, &reason);
        if (!year) {
            return usageError(context, QStringLiteral("--cohort: %1").arg(reason));
        }
        m_cohort = *year;
    } else {
        m_request.studentId = positional.first();
    }
    return true;
}

int TranscriptCommand::runWithDatabase(CommandContext& context, Database& db)
{
    TranscriptIssuer issuer(db);
    Error error;
    if (!issuer.load(&error)) {
        return context.fail(QStringLiteral("transcript: %1").arg(error.message()));
    }
    if (m_cohort > 0) {
        return issueCohort(context, issuer);
    }
    TranscriptIssue issued;
    if (!issuer.issue(m_request, m_out, &issued, &error)) {
        return context.fail(error.message());
    }
    context.out() << QStringLiteral("%1: %2 transcript of %3 (%4); verification code %5; SHA-256 of the record %6\n")
                         .arg(m_out, issued.institution, issued.studentId, issued.language, issued.verificationCode,
                              issued.contentDigest);
    return 0;
}

int TranscriptCommand::issueCohort(CommandContext& context, TranscriptIssuer& issuer) const
{
    TranscriptIssuer::BatchResult result;
    Error error;
    if (!issuer.issueCohort(m_cohort, m_request, m_outDir, nullptr, &result, &error)) {
        return context.fail(error.message());
    }
    for (const QString& problem : std::as_const(result.problems)) {
        context.fail(problem);
    }
    context.out() << QStringLiteral("%1 of %2 transcripts of cohort %3 issued into %4\n")
                         .arg(result.issued)
                         .arg(result.total)
                         .arg(m_cohort)
                         .arg(m_outDir);
    return result.problems.isEmpty() ? 0 : 1;
}

} // namespace dd
