// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "core/plan/DegreePlan.h"
#include "data/services/PlanService.h"

#include <QTextStream>

#include <optional>

namespace dd {

/** dualdegree-cli plan: the term-by-term path to both degrees for one student, or a cohort as JSON lines. */
class PlanCommand : public DatabaseCommand
{
public:
    PlanCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;
    void printText(QTextStream& out, const DegreePlan& plan) const;
    int writeReport(CommandContext& context, PlanService& service, const PlanService::Options& options);

    QString m_studentId;
    QString m_from;
    QString m_assume;
    std::optional<int> m_cohort;
    QString m_report;
    QString m_recipient;
    QString m_purpose;
    bool m_json = false;
};

} // namespace dd
