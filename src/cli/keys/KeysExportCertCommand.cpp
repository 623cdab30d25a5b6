// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysExportCertCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/services/InstitutionKeys.h"

namespace dd {

KeysExportCertCommand::KeysExportCertCommand()
    : DatabaseCommand(QStringLiteral("keys export-cert"),
                      QStringLiteral("write an institution's signing certificate as PEM (for recipients who verify"
                                     " its transcripts and for the partner institution)"))
{
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose certificate"),
              Presence::Required);
    addOption(QStringLiteral("out"), QStringLiteral("FILE.pem"), QStringLiteral("the file to write"),
              Presence::Required);
}

bool KeysExportCertCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_out = parser.value(QStringLiteral("out"));
    return true;
}

int KeysExportCertCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    const std::optional<InstitutionKey> key = InstitutionKeys(db).repository().find(m_institution, &error);
    if (!key) {
        return context.fail(QStringLiteral("keys export-cert: %1")
                                .arg(error.isSet()
                                         ? error.message()
                                         : QStringLiteral("no signing key is bound to %1").arg(m_institution)));
    }
    QByteArray pem = key->certificate.pem();
    if (!OutputFile::write(m_out, pem, &error)) {
        return context.fail(QStringLiteral("keys export-cert: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("%1: the certificate of %2 (sha256 %3)\n")
                         .arg(m_out, m_institution, key->certificate.fingerprint());
    return 0;
}

} // namespace dd
