// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysUseCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

#include <QFile>

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
    addOption(QStringLiteral("cert"), QStringLiteral("FILE.pem"),
              QStringLiteral("the key's certificate, where the token holds the key alone"));
}

bool KeysUseCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_pkcs12 = parser.value(QStringLiteral("pkcs12"));
    m_pkcs11 = parser.value(QStringLiteral("pkcs11"));
    m_certFile = parser.value(QStringLiteral("cert"));
    if (m_pkcs12.isEmpty() == m_pkcs11.isEmpty()) {
        return usageError(context, QStringLiteral("give one of --pkcs12 FILE or --pkcs11 URI"));
    }
    if (!m_certFile.isEmpty() && m_pkcs11.isEmpty()) {
        return usageError(context,
                          QStringLiteral("--cert goes with --pkcs11 (a PKCS#12 file carries its certificate)"));
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
    Certificate certificate;
    if (!m_certFile.isEmpty()) {
        QFile file(m_certFile);
        const QList<Certificate> read
            = file.open(QIODevice::ReadOnly) ? Certificate::read(file.read(1 << 20), &error) : QList<Certificate>();
        if (read.size() != 1) {
            return context.fail(
                QStringLiteral("keys use: --cert %1: %2")
                    .arg(m_certFile, error.isSet() ? error.message() : QStringLiteral("one certificate expected")));
        }
        certificate = read.first();
    }
    const bool ok = m_pkcs12.isEmpty() ? keys.usePkcs11(m_institution, m_pkcs11, certificate, secret, &bound, &error)
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
