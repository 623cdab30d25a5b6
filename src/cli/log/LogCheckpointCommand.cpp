// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogCheckpointCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/policy/Permissions.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/services/InstitutionKeys.h"

namespace dd {

LogCheckpointCommand::LogCheckpointCommand()
    : DatabaseCommand(QStringLiteral("log checkpoint"),
                      QStringLiteral("sign the change log's chain head (row, seal, time) with the institution's key"))
{
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"),
              QStringLiteral("whose key signs (default: the acting user's office; an administrator names it)"));
    addOption(QStringLiteral("out"), QStringLiteral("FILE"),
              QStringLiteral("also keep the checkpoint in this file, outside the database (log verify --checkpoint)"));
}

bool LogCheckpointCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_out = parser.value(QStringLiteral("out"));
    return true;
}

int LogCheckpointCommand::runWithDatabase(CommandContext& context, Database& db)
{
    const QString institution
        = m_institution.isEmpty() ? Permissions::officeOf(db.session().user().role) : m_institution;
    if (institution.isEmpty()) {
        return context.fail(QStringLiteral("log checkpoint: name the institution whose key signs: --institution"
                                           " CQUPT|RUTS"));
    }
    Error error;
    if (!db.session().permits(Permissions::Action::SignChangeLog, institution, &error)
        || (!m_out.isEmpty() && !OutputFile::checkTarget(m_out, &error))) {
        return context.fail(QStringLiteral("log checkpoint: %1").arg(error.message()));
    }
    LogCheckpoints checkpoints(db);
    qint64 lastRow = 0;
    const std::optional<LogCheckpoint> previous = checkpoints.last(&error);
    if (error.isSet() || !checkpoints.lastRow(&lastRow, &error)) {
        return context.fail(QStringLiteral("log checkpoint: %1").arg(error.message()), couldNotRunExitCode());
    }
    LogCheckpoint made;
    if (previous && previous->seq == lastRow) {
        // Nothing new to sign: the latest checkpoint still stands (and may be kept outside).
        made = *previous;
        context.out() << QStringLiteral("no change-log rows after the last checkpoint (row %1, %2, %3); nothing new"
                                        " to sign\n")
                             .arg(made.seq)
                             .arg(made.madeAt, made.institution);
    } else {
        const SigningKey key = InstitutionKeys(db).open(
            institution,
            [&context](const QString& what, QByteArray* secret, Error* e) {
                return context.readKeySecret(what, secret, e);
            },
            &error);
        if (key.isNull() || !checkpoints.make(key, institution, &made, &error)) {
            return context.fail(QStringLiteral("log checkpoint: %1").arg(TerminalText::escaped(error.message())));
        }
        context.out() << QStringLiteral("signed the change log at row %1 (seal %2) for %3 with %4 at %5; rows %6–%1"
                                        " are under this checkpoint\n")
                             .arg(made.seq)
                             .arg(made.seal, made.institution, TerminalText::escaped(key.certificate().subject()),
                                  made.madeAt)
                             .arg(made.previousSeq + 1);
    }
    if (!m_out.isEmpty()) {
        const Certificate certificate = checkpoints.certificate(made.signerFingerprint, &error);
        if (certificate.isNull() || !OutputFile::write(m_out, made.toFile(certificate), &error)) {
            return context.fail(
                QStringLiteral("log checkpoint: %1: %2")
                    .arg(m_out,
                         error.isSet() ? error.message() : QStringLiteral("the signing certificate is missing")));
        }
        context.out() << QStringLiteral("kept outside the database in %1\n").arg(m_out);
    }
    return 0;
}

} // namespace dd
