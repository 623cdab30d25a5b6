// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysDistrustCommand.h"

#include "cli/command/CommandContext.h"
#include "data/db/Database.h"
#include "data/repositories/InstitutionKeyRepository.h"

namespace dd {

KeysDistrustCommand::KeysDistrustCommand()
    : DatabaseCommand(QStringLiteral("keys distrust"),
                      QStringLiteral("stop trusting a partner's certificate (a renewed or compromised one): its"
                                     " records are refused from now on"))
{
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose certificate it is"),
              Presence::Required);
    addArgument(QStringLiteral("SHA256"), QStringLiteral("the certificate's SHA-256 fingerprint (keys show)"));
}

bool KeysDistrustCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_fingerprint = parser.positionalArguments().value(0).remove(QLatin1Char(':')).toLower();
    return true;
}

int KeysDistrustCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    if (!InstitutionKeyRepository(db).distrust(m_institution, m_fingerprint, &error)) {
        return context.fail(QStringLiteral("keys distrust: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("no longer trusted as %1's: sha256 %2\n").arg(m_institution, m_fingerprint);
    return 0;
}

} // namespace dd
