// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transcripts/VerifyCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/TranscriptService.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

VerifyCommand::VerifyCommand()
    : DatabaseCommand(QStringLiteral("verify"),
                      QStringLiteral("exit 0 genuine, 1 not genuine, 2 record changed since issue, 3 could not check"))
{
    addArgument(QStringLiteral("FILE.pdf|CODE"), QStringLiteral("an issued transcript, or its verification code"));
    setExitCodes(ExitCodes::Verdict);
}

bool VerifyCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_what = parser.positionalArguments().constFirst();
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
    for (const QString& change : std::as_const(v.changes)) {
        context.out() << QStringLiteral("  ") << TerminalText::escaped(change) << Qt::endl;
    }
    return int(v.verdict);
}

} // namespace dd
