// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli keys export-cert: writes an institution's signing certificate as PEM, for recipients and partners. */
class KeysExportCertCommand : public DatabaseCommand
{
public:
    KeysExportCertCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_institution;
    QString m_out;
};

} // namespace dd
