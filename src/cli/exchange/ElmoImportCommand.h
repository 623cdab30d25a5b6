// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/**
 * dualdegree-cli elmo import: a partner institution's signed record (ELMO XML) into
 * its results here, after its signature verifies under the partner's trusted
 * certificate; the same rules and messages as importing results.csv, all or nothing.
 */
class ElmoImportCommand : public DatabaseCommand
{
public:
    ElmoImportCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_path;
    QString m_reason;
    bool m_dryRun = false;
};

} // namespace dd
