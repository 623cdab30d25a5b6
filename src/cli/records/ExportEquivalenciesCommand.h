// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli export equivalencies FILE.csv: the catalogue in the import format. */
class ExportEquivalenciesCommand : public DatabaseCommand
{
public:
    ExportEquivalenciesCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_path;
};

} // namespace dd
