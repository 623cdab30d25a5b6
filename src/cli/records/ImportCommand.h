// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli import KIND FILE.csv: one of the CSV imports, all or nothing. */
class ImportCommand : public DatabaseCommand
{
public:
    ImportCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_kind;
    QString m_path;
    bool m_dryRun = false;
    QString m_reason;
    QString m_encoding;
};

} // namespace dd
