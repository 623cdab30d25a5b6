// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli keys distrust: withdraw the trust in a partner's certificate (by its SHA-256 fingerprint). */
class KeysDistrustCommand : public DatabaseCommand
{
public:
    KeysDistrustCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_institution;
    QString m_fingerprint;
};

} // namespace dd
