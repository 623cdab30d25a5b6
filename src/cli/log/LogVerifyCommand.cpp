// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogVerifyCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/db/Database.h"

#include <QFile>

namespace dd {

LogVerifyCommand::LogVerifyCommand()
    : DatabaseCommand(QStringLiteral("log verify"),
                      QStringLiteral("is the change log complete and unaltered? (exit 0 yes, 1 no, 3 could not check)"))
{
    setExitCodes(ExitCodes::Verdict);
    addOption(QStringLiteral("trust"), QStringLiteral("CA.pem"),
              QStringLiteral("the authority every checkpoint's certificate must chain to (the certificates stored in"
                             " the database are not trusted by themselves)"));
    addOption(
        QStringLiteral("checkpoint"), QStringLiteral("FILE"),
        QStringLiteral("a checkpoint kept outside the database (log checkpoint --out), which must still be in it"));
}

bool LogVerifyCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_trustFile = parser.value(QStringLiteral("trust"));
    m_checkpointFile = parser.value(QStringLiteral("checkpoint"));
    return true;
}

int LogVerifyCommand::runWithDatabase(CommandContext& context, Database& db)
{
    ChangeLogTrust trust;
    Error error;
    if (!m_trustFile.isEmpty()) {
        trust.anchors = Certificate::readFile(m_trustFile, &error);
        if (trust.anchors.isEmpty()) {
            return context.fail(QStringLiteral("log verify: %1").arg(error.message()), couldNotRunExitCode());
        }
    }
    if (!m_checkpointFile.isEmpty()) {
        QFile file(m_checkpointFile);
        LogCheckpoint outside;
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(
                QStringLiteral("log verify: cannot read %1: %2").arg(m_checkpointFile, file.errorString()),
                couldNotRunExitCode());
        }
        if (!LogCheckpoint::fromFile(file.read(4 << 20), &outside, &trust.outsideCertificate, &error)) {
            return context.fail(QStringLiteral("log verify: %1: %2").arg(m_checkpointFile, error.message()),
                                couldNotRunExitCode());
        }
        trust.outside = outside;
    }
    ChangeLogReport report;
    if (!ChangeLogVerifier::verify(db, trust, &report, &error)) {
        return context.fail(QStringLiteral("log verify: %1").arg(error.message()), couldNotRunExitCode());
    }
    QTextStream& out = context.out();
    for (const QString& note : std::as_const(report.notes)) {
        out << QStringLiteral("note: ") << note << Qt::endl;
    }
    if (!report.intact()) {
        for (const ChangeLogProblem& p : std::as_const(report.problems)) {
            out << p.toString() << Qt::endl;
        }
        return context.fail(QStringLiteral("log verify: %1 problem(s); first: %2")
                                .arg(report.problems.size())
                                .arg(report.problems.first().toString()));
    }
    out << QStringLiteral("the change log is complete and unaltered: %1 rows, the last (%2) sealed %3")
               .arg(report.rows)
               .arg(report.lastSeq)
               .arg(report.lastHash)
        << Qt::endl;
    if (report.lastCheckpoint) {
        const LogCheckpoint& c = *report.lastCheckpoint;
        out << QStringLiteral("last signed checkpoint: row %1, %2, %3's key (%4), made by %5; %6 checkpoint(s)%7")
                   .arg(c.seq)
                   .arg(c.madeAt, c.institution, TerminalText::escaped(report.lastSigner), c.madeBy)
                   .arg(report.checkpoints)
                   .arg(trust.anchors.isEmpty() ? QString() : QStringLiteral(", each chaining to %1").arg(m_trustFile))
            << Qt::endl;
    }
    if (report.unsignedRows > 0) {
        const qint64 first = report.lastSeq - report.unsignedRows + 1;
        const QStringList authors = LogCheckpoints(db).authorsAfter(first - 1, &error);
        out << QStringLiteral("warning: %1 row(s) (%2–%3, by %4) come after the last signed checkpoint and are not"
                              " signed; a script that knows the log's functions could have written them (log"
                              " checkpoint)")
                   .arg(report.unsignedRows)
                   .arg(first)
                   .arg(report.lastSeq)
                   .arg(TerminalText::escaped(authors.join(QStringLiteral(", "))))
            << Qt::endl;
    } else if (report.lastCheckpoint) {
        out << QStringLiteral("every row is under a signed checkpoint") << Qt::endl;
    }
    return 0;
}

} // namespace dd
