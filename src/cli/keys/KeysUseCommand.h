// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli keys use: binds an institution's signing key (a PKCS#12 file or a PKCS#11 token); the database keeps
 * its certificate only. */
class KeysUseCommand : public DatabaseCommand
{
public:
    KeysUseCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_institution;
    QString m_pkcs12;
    QString m_pkcs11;
    QString m_certFile;
};

} // namespace dd
