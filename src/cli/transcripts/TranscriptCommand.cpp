// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transcripts/TranscriptCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

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
    addFlag(QStringLiteral("pdfa"), QStringLiteral("write PDF/A (issued transcripts are always PDF/A-3b)"));
    addFlag(QStringLiteral("unsigned"),
            QStringLiteral("issue without the institution's signature (recorded, and printed on the page)"));
    addOption(QStringLiteral("tsa"), QStringLiteral("URL"),
              QStringLiteral("an RFC 3161 time-stamp authority for the signature's time (PAdES B-T)"));
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
    m_unsigned = parser.isSet(QStringLiteral("unsigned"));
    m_request.timeStampUrl = parser.value(QStringLiteral("tsa"));
    if (m_unsigned && !m_request.timeStampUrl.isEmpty()) {
        return usageError(context, QStringLiteral("--tsa time-stamps a signature; --unsigned issues without one"));
    }
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
    if (!m_unsigned) {
        // With a key bound, issuing signs: the key opens before anything is drawn, written or logged.
        InstitutionKeys keys(db);
        const bool hasKey = keys.hasKey(m_request.institution, &error);
        if (error.isSet()) {
            return context.fail(QStringLiteral("transcript: %1").arg(error.message()));
        }
        if (hasKey) {
            if (!db.session().permits(Permissions::Action::IssueTranscripts, m_request.institution, &error)) {
                return context.fail(QStringLiteral("transcript: %1").arg(error.message()));
            }
            const SigningKey key = keys.open(
                m_request.institution,
                [&context](const QString& what, QByteArray* secret, Error* e) {
                    return context.readKeySecret(what, secret, e);
                },
                &error);
            if (key.isNull()) {
                return context.fail(QStringLiteral("transcript: not issued: %1 (or give --unsigned)")
                                        .arg(TerminalText::escaped(error.message())));
            }
            issuer.setSigningKey(key);
        } else if (!m_request.timeStampUrl.isEmpty()) {
            return context.fail(QStringLiteral("transcript: --tsa: %1 has no signing key to time-stamp (keys use)")
                                    .arg(m_request.institution));
        }
    }
    if (m_cohort > 0) {
        return issueCohort(context, issuer);
    }
    TranscriptIssue issued;
    if (!issuer.issue(m_request, m_out, &issued, &error)) {
        return context.fail(error.message());
    }
    context.out() << QStringLiteral(
                         "%1: %2 transcript of %3 (%4); verification code %5; SHA-256 of the record %6; %7\n")
                         .arg(m_out, issued.institution, issued.studentId, issued.language, issued.verificationCode,
                              issued.contentDigest,
                              issued.signerFingerprint.isEmpty()
                                  ? QStringLiteral("not signed")
                                  : QStringLiteral("signed by %1")
                                        .arg(TerminalText::escaped(issuer.signingKey().certificate().subject())));
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
    context.out() << QStringLiteral("%1 of %2 transcripts of cohort %3 issued into %4 (%5)\n")
                         .arg(result.issued)
                         .arg(result.total)
                         .arg(m_cohort)
                         .arg(m_outDir,
                              issuer.signingKey().isNull() ? QStringLiteral("not signed") : QStringLiteral("signed"));
    return result.problems.isEmpty() ? 0 : 1;
}

} // namespace dd
