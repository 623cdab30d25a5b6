// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysUseCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

namespace dd {

KeysUseCommand::KeysUseCommand()
    : DatabaseCommand(QStringLiteral("keys use"),
                      QStringLiteral("bind an institution's signing key: a PKCS#12 file (its passphrase from"
                                     " DUALDEGREE_KEY_PASSPHRASE or the terminal) or a PKCS#11 token (its PIN the"
                                     " same way); the database keeps the certificate only"))
{
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose key it is"),
              Presence::Required);
    addOption(QStringLiteral("pkcs12"), QStringLiteral("FILE"), QStringLiteral("the key file (.p12)"));
    addOption(QStringLiteral("pkcs11"), QStringLiteral("URI"), QStringLiteral("the key on a token (pkcs11:…)"));
}

bool KeysUseCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_pkcs12 = parser.value(QStringLiteral("pkcs12"));
    m_pkcs11 = parser.value(QStringLiteral("pkcs11"));
    if (m_pkcs12.isEmpty() == m_pkcs11.isEmpty()) {
        return usageError(context, QStringLiteral("give one of --pkcs12 FILE or --pkcs11 URI"));
    }
    return true;
}

int KeysUseCommand::runWithDatabase(CommandContext& context, Database& db)
{
    InstitutionKeys keys(db);
    const auto secret = [&context](const QString& what, QByteArray* out, Error* error) {
        return context.readKeySecret(what, out, error);
    };
    InstitutionKey bound;
    Error error;
    const bool ok = m_pkcs12.isEmpty() ? keys.usePkcs11(m_institution, m_pkcs11, secret, &bound, &error)
                                       : keys.usePkcs12(m_institution, m_pkcs12, secret, &bound, &error);
    if (!ok) {
        return context.fail(QStringLiteral("keys use: %1").arg(TerminalText::escaped(error.message())));
    }
    context.out() << QStringLiteral("%1 signs with %2 (valid %3 to %4, SHA-256 %5)\n")
                         .arg(m_institution, TerminalText::escaped(bound.certificate.subject()),
                              bound.certificate.notBefore().date().toString(Qt::ISODate),
                              bound.certificate.notAfter().date().toString(Qt::ISODate),
                              bound.certificate.fingerprint());
    return 0;
}

} // namespace dd
