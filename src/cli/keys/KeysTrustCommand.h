// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli keys trust: trusts a partner institution's certificate (for exchange). */
class KeysTrustCommand : public DatabaseCommand
{
public:
    KeysTrustCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_institution;
    QString m_file;
};

} // namespace dd
