// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transcripts/VerifyQrCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "report/verify/SignedSummary.h"

#include <QFileInfo>
#include <QImage>

namespace dd {

VerifyQrCommand::VerifyQrCommand()
    : Command(QStringLiteral("verify-qr"),
              QStringLiteral("check a transcript's signed QR offline, from its text or a scan (PNG); exit 0 valid,"
                             " 1 not genuine, 3 could not check"))
{
    addArgument(QStringLiteral("TEXT|IMAGE.png"), QStringLiteral("the QR's text, or an image of the page"));
    addOption(QStringLiteral("trust"), QStringLiteral("BUNDLE.pem"),
              QStringLiteral("the certificate authority and the institutions' certificates (keys export-cert)"),
              Presence::Required);
    setExitCodes(ExitCodes::Verdict);
}

bool VerifyQrCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_what = parser.positionalArguments().constFirst();
    m_trust = parser.value(QStringLiteral("trust"));
    return true;
}

int VerifyQrCommand::run(CommandContext& context)
{
    Error error;
    const QList<Certificate> bundle = Certificate::readFile(m_trust, &error);
    if (bundle.isEmpty()) {
        return context.fail(error.message(), couldNotRunExitCode());
    }
    QString text = m_what;
    if (QFileInfo(m_what).isFile()) {
        const QImage image(m_what);
        if (image.isNull()) {
            return context.fail(QStringLiteral("cannot read the image %1").arg(m_what), couldNotRunExitCode());
        }
        text.clear();
        for (const QString& code : SignedSummary::decode(image)) {
            if (code.count(QLatin1Char('.')) == 2 && !code.contains(QLatin1Char(' '))) {
                text = code;
            }
        }
        if (text.isEmpty()) {
            return context.fail(QStringLiteral("no signed QR code found in %1").arg(m_what), couldNotRunExitCode());
        }
    }
    const SignedSummary::Check check = SignedSummary::verify(text, bundle);
    if (check.verdict != OfflineVerdict::Valid) {
        return context.fail(QStringLiteral("%1%2").arg(check.verdict == OfflineVerdict::NotGenuine
                                                           ? QStringLiteral("NOT GENUINE: ")
                                                           : QString(),
                                                       TerminalText::escaped(check.reason)),
                            int(check.verdict));
    }
    for (const QString& line : check.lines()) {
        context.out() << TerminalText::escaped(line) << Qt::endl;
    }
    context.out() << QStringLiteral("signed by: %1 (sha256 %2)\n")
                         .arg(TerminalText::escaped(check.signer.subject()), check.signer.fingerprint());
    context.out() << QStringLiteral("VALID: compare these lines with the paper\n");
    return 0;
}

} // namespace dd
