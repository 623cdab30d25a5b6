// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exchange/ElmoExportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/services/ElmoExport.h"
#include "data/services/InstitutionKeys.h"
#include "report/TranscriptIssuer.h"

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
    addFlag(QStringLiteral("attach-pdf"),
            QStringLiteral("issue the student's transcript and attach its PDF (logged as an issued transcript)"));
    addFlag(QStringLiteral("unsigned"),
            QStringLiteral("write without the institution's XML signature (a partner's import refuses such a file)"));
}

bool ElmoExportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_out = parser.value(QStringLiteral("out"));
    m_outDir = parser.value(QStringLiteral("out-dir"));
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    m_unsigned = parser.isSet(QStringLiteral("unsigned"));
    m_attachPdf = parser.isSet(QStringLiteral("attach-pdf"));
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
    // With a key bound, the record is signed: the key opens before anything is written or logged.
    SigningKey key;
    if (!m_unsigned) {
        InstitutionKeys keys(db);
        const bool hasKey = keys.hasKey(m_institution, &error);
        if (error.isSet()) {
            return context.fail(QStringLiteral("elmo export: %1").arg(error.message()));
        }
        if (hasKey) {
            key = keys.open(
                m_institution,
                [&context](const QString& what, QByteArray* secret, Error* e) {
                    return context.readKeySecret(what, secret, e);
                },
                &error);
            if (key.isNull()) {
                return context.fail(QStringLiteral("elmo export: not written: %1 (or give --unsigned)")
                                        .arg(TerminalText::escaped(error.message())));
            }
            exporter.setSigningKey(key);
        }
    }
    TranscriptIssuer issuer(db);
    if (m_attachPdf) {
        if (!issuer.load(&error)) {
            return context.fail(QStringLiteral("elmo export: %1").arg(error.message()));
        }
        issuer.setSigningKey(key);
        exporter.setTranscriptPdf(issuer.attachments(m_institution, m_recipient, m_purpose));
    }
    if (m_cohort == 0) {
        if (!exporter.write(m_studentId, m_institution, m_out, m_recipient, m_purpose, &error)) {
            return context.fail(QStringLiteral("elmo export: %1").arg(TerminalText::escaped(error.message())));
        }
        context.out()
            << QStringLiteral("%1: the %2 record of %3 in ELMO%4; %5\n")
                   .arg(m_out, m_institution, TerminalText::escaped(m_studentId),
                        m_attachPdf ? QStringLiteral(" with the transcript PDF attached") : QString(),
                        key.isNull()
                            ? QStringLiteral("not signed")
                            : QStringLiteral("signed by %1").arg(TerminalText::escaped(key.certificate().subject())));
        return 0;
    }
    QStringList files;
    QStringList problems;
    if (!exporter.writeCohort(m_cohort, m_institution, m_outDir, m_recipient, m_purpose, nullptr, &files, &problems,
                              &error)) {
        return context.fail(QStringLiteral("elmo export: %1").arg(error.message()));
    }
    for (const QString& problem : std::as_const(problems)) {
        context.fail(TerminalText::escaped(problem));
    }
    context.out()
        << QStringLiteral("%1 ELMO files of cohort %2 (%3) written into %4; %5\n")
               .arg(files.size())
               .arg(m_cohort)
               .arg(m_institution, m_outDir,
                    key.isNull()
                        ? QStringLiteral("not signed")
                        : QStringLiteral("signed by %1").arg(TerminalText::escaped(key.certificate().subject())));
    return problems.isEmpty() ? 0 : 1;
}

} // namespace dd
