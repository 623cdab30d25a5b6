// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "data/import/ListExport.h"

namespace dd {

/**
 * dualdegree-cli export students|courses|results|equivalencies FILE.csv|FILE.xlsx: one
 * list in the columns of its import file; students and results only for a named
 * recipient and purpose, recorded in the disclosure log.
 */
class ExportListCommand : public DatabaseCommand
{
public:
    explicit ExportListCommand(ListExport::Kind kind);

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    ListExport::Request m_request;
    QString m_path;
};

} // namespace dd
