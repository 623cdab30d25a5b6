// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysTrustCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

namespace dd {

KeysTrustCommand::KeysTrustCommand()
    : DatabaseCommand(QStringLiteral("keys trust"),
                      QStringLiteral("trust a partner institution's signing certificate, for the records it sends"))
{
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose certificate it is"),
              Presence::Required);
    addArgument(QStringLiteral("FILE.pem"), QStringLiteral("the partner's certificate (keys export-cert)"));
}

bool KeysTrustCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_file = parser.positionalArguments().value(0);
    return true;
}

int KeysTrustCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    Certificate c;
    if (!InstitutionKeys(db).trustFile(m_institution, m_file, &c, &error)) {
        return context.fail(QStringLiteral("keys trust: %1").arg(TerminalText::escaped(error.message())));
    }
    context.out() << QStringLiteral("trusted as %1's: %2 (sha256 %3)\n")
                         .arg(m_institution, TerminalText::escaped(c.subject()), c.fingerprint());
    return 0;
}

} // namespace dd
