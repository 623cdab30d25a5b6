// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "data/services/CohortLists.h"

namespace dd {

/**
 * dualdegree-cli report graduation|degree: a cohort's graduation list or
 * degree-committee list at one institution, as PDF, xlsx or CSV; its rows are
 * `audit --cohort`'s. It names students: recorded in the disclosure log.
 */
class ReportCommand : public DatabaseCommand
{
public:
    ReportCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    CohortLists::Kind m_kind = CohortLists::Kind::Graduation;
    int m_cohort = 0;
    QString m_institution;
    QString m_format;
    QString m_out;
    QString m_recipient;
    QString m_purpose;
};

} // namespace dd
