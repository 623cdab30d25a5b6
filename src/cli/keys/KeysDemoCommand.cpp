// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/keys/KeysDemoCommand.h"

#include "cli/command/CommandContext.h"
#include "data/setup/DatabaseSetup.h"

#include <QDir>

namespace dd {

KeysDemoCommand::KeysDemoCommand()
    : Command(QStringLiteral("keys demo"),
              QStringLiteral("make a DEMO certificate authority and a key file per institution (passphrase \"demo\")"
                             " for tests and the demo; not valid outside them"))
{
    addOption(QStringLiteral("out-dir"), QStringLiteral("DIR"),
              QStringLiteral("where ca.pem, CQUPT.p12 and RUTS.p12 are written"), Presence::Required);
}

bool KeysDemoCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    m_folder = parser.value(QStringLiteral("out-dir"));
    return true;
}

int KeysDemoCommand::run(CommandContext& context)
{
    Error error;
    const QStringList institutions = {QStringLiteral("CQUPT"), QStringLiteral("RUTS")};
    if (!DatabaseSetup::writeDemoKeys(m_folder, institutions, &error)) {
        return context.fail(QStringLiteral("keys demo: %1").arg(error.message()));
    }
    const QDir folder(m_folder);
    context.out() << QStringLiteral("%1: DEMO certificate authority (not valid outside tests and the demo)\n")
                         .arg(folder.filePath(QStringLiteral("ca.pem")));
    for (const QString& institution : institutions) {
        context.out() << QStringLiteral("%1: %2's DEMO key and certificate, passphrase \"%3\"\n")
                             .arg(folder.filePath(institution + QStringLiteral(".p12")), institution,
                                  QString::fromLatin1(DatabaseSetup::demoPassphrase()));
    }
    return 0;
}

} // namespace dd
