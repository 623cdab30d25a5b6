// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysTrustCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/InstitutionKeys.h"

#include <QFile>

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
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(QStringLiteral("keys trust: cannot read %1: %2").arg(m_file, file.errorString()));
    }
    Error error;
    const QList<Certificate> certificates = Certificate::read(file.read(1 << 20), &error);
    if (certificates.size() != 1) {
        return context.fail(QStringLiteral("keys trust: %1: %2")
                                .arg(m_file,
                                     error.isSet()
                                         ? error.message()
                                         : QStringLiteral("holds %1 certificates; give one").arg(certificates.size())));
    }
    const Certificate& c = certificates.first();
    const QString unfit = InstitutionKeys::fitness(c, m_institution, QDateTime::currentDateTimeUtc());
    if (!unfit.isEmpty()) {
        return context.fail(QStringLiteral("keys trust: %1: %2").arg(m_file, TerminalText::escaped(unfit)));
    }
    if (!InstitutionKeys(db).repository().trust(m_institution, c, &error)) {
        return context.fail(QStringLiteral("keys trust: %1").arg(error.message()));
    }
    context.out() << QStringLiteral("trusted as %1's: %2 (sha256 %3)\n")
                         .arg(m_institution, TerminalText::escaped(c.subject()), c.fingerprint());
    return 0;
}

} // namespace dd
