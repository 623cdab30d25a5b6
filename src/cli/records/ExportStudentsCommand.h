// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli export students FILE.csv: student records, recorded in the disclosure log. */
class ExportStudentsCommand : public DatabaseCommand
{
public:
    ExportStudentsCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_path;
    QString m_recipient;
    QString m_purpose;
    int m_cohort = 0;
};

} // namespace dd
