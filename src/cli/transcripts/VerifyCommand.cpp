// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transcripts/VerifyCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/TranscriptService.h"
#include "report/verify/TranscriptVerifier.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

VerifyCommand::VerifyCommand()
    : DatabaseCommand(QStringLiteral("verify"),
                      QStringLiteral("exit 0 genuine, 1 not genuine, 2 record changed since issue, 3 could not check"))
{
    addArgument(QStringLiteral("FILE.pdf|CODE"), QStringLiteral("an issued transcript, or its verification code"));
    addOption(QStringLiteral("trust"), QStringLiteral("CA.pem"),
              QStringLiteral("check a signed file offline against this certificate authority (no database)"));
    setExitCodes(ExitCodes::Verdict);
}

bool VerifyCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_what = parser.positionalArguments().constFirst();
    m_trust = parser.value(QStringLiteral("trust"));
    if (!m_trust.isEmpty() && !QFileInfo(m_what).isFile()) {
        context.fail(QStringLiteral("--trust checks a transcript file offline; %1 is not a file").arg(m_what));
        return false;
    }
    // A path that names no file is a typing mistake, not a forged code: could not check.
    const bool looksLikePath = m_what.contains(QLatin1Char('/')) || m_what.contains(QLatin1Char('\\'))
        || m_what.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (looksLikePath && !QFileInfo(m_what).isFile()) {
        context.fail(
            QStringLiteral("cannot read %1: %2")
                .arg(m_what,
                     QFileInfo::exists(m_what) ? QStringLiteral("not a file") : QStringLiteral("no such file")));
        return false;
    }
    return true;
}

int VerifyCommand::runWithoutDatabase(CommandContext& context)
{
    Error error;
    const QList<Certificate> trust = Certificate::readFile(m_trust, &error);
    if (trust.isEmpty()) {
        return context.fail(error.message(), couldNotRunExitCode());
    }
    QFile file(m_what);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(QStringLiteral("cannot read %1: %2").arg(m_what, file.errorString()),
                            couldNotRunExitCode());
    }
    const TranscriptVerifier::Result r = TranscriptVerifier::verify(file.readAll(), trust);
    for (const QString& finding : r.findings) {
        context.out() << TerminalText::escaped(finding) << Qt::endl;
    }
    if (r.verdict != OfflineVerdict::Valid) {
        return context.fail(QStringLiteral("%1%2").arg(
                                r.verdict == OfflineVerdict::NotGenuine ? QStringLiteral("NOT GENUINE: ") : QString(),
                                TerminalText::escaped(r.reason)),
                            int(r.verdict));
    }
    // The record as issued: what a checker compares with the paper.
    const QHash<QString, QString>& t = r.record.transcript;
    context.out() << QStringLiteral("GENUINE: %1 transcript of %2, issued %3, verification code %4\n")
                         .arg(t.value(QStringLiteral("institution")),
                              TerminalText::escaped(t.value(QStringLiteral("name"))), t.value(QStringLiteral("issued")),
                              t.value(QStringLiteral("verificationCode")));
    for (const char* key : {"studentId", "name", "nameNative", "programme", "creditsEarned", "creditsRequired", "gpa",
                            "graduation", "degree", "honours", "recordSha256"}) {
        const QString value = t.value(QLatin1String(key));
        if (!value.isEmpty()) {
            context.out() << QStringLiteral("  %1: %2\n").arg(QLatin1String(key), TerminalText::escaped(value));
        }
    }
    for (const ElmoRecord::Opportunity& o : r.record.opportunities) {
        context.out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                             .arg(o.term, o.code, TerminalText::escaped(o.titles.value(QStringLiteral("en"))),
                                  o.resultLabel.isEmpty() ? QStringLiteral("(in progress)") : o.resultLabel,
                                  o.attempt == QLatin1String("regular") ? QString() : o.attempt);
    }
    return 0;
}

int VerifyCommand::runWithDatabase(CommandContext& context, Database& db)
{
    TranscriptService service(db);
    Error error;
    if (!service.load(&error)) {
        return context.fail(error.message(), couldNotRunExitCode());
    }
    TranscriptService::Verification v;
    bool ok = false;
    if (QFileInfo(m_what).isFile()) {
        QFile file(m_what);
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(QStringLiteral("cannot read %1: %2").arg(m_what, file.errorString()),
                                couldNotRunExitCode());
        }
        ok = service.verifyFile(file.readAll(), &v, &error);
    } else {
        ok = service.verifyCode(m_what, &v, &error);
    }
    if (!ok) {
        return context.fail(error.message(), couldNotRunExitCode());
    }
    const bool genuine = v.verdict != TranscriptService::Verdict::NotGenuine;
    QTextStream& stream = genuine ? context.out() : context.err();
    stream << (genuine ? QString() : QStringLiteral("NOT GENUINE: ")) << TerminalText::escaped(v.message) << Qt::endl;
    if (!v.issue.verificationCode.isEmpty() && genuine) {
        context.out() << QStringLiteral("issued to: %1; purpose: %2\n")
                             .arg(v.issue.recipient.isEmpty() ? QStringLiteral("-")
                                                              : TerminalText::escaped(v.issue.recipient),
                                  v.issue.purpose.isEmpty() ? QStringLiteral("-")
                                                            : TerminalText::escaped(v.issue.purpose));
    }
    if (!v.issue.verificationCode.isEmpty() && genuine) {
        context.out()
            << (v.issue.signerFingerprint.isEmpty()
                    ? QStringLiteral("issued unsigned\n")
                    : QStringLiteral("signed by the certificate with SHA-256 %1\n").arg(v.issue.signerFingerprint));
        // The record as issued: the lines a checker compares with the paper.
        context.out() << QStringLiteral("record as issued:\n");
        for (const QString& line : v.issue.canonicalContent.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            context.out() << QStringLiteral("  ") << TerminalText::escaped(line) << Qt::endl;
        }
    }
    for (const QString& change : std::as_const(v.changes)) {
        context.out() << QStringLiteral("  ") << TerminalText::escaped(change) << Qt::endl;
    }
    return int(v.verdict);
}

} // namespace dd
