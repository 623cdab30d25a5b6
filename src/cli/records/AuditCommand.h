// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "core/audit/AuditResult.h"

#include <QTextStream>

#include <optional>

namespace dd {

/** dualdegree-cli audit: one student, or a cohort as JSON lines, against one institution's rules. */
class AuditCommand : public DatabaseCommand
{
public:
    AuditCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    void printText(QTextStream& out, const AuditResult& result) const;

    QString m_studentId;
    QString m_institution;
    QString m_whatIf;
    std::optional<int> m_cohort;
    bool m_json = false;
};

} // namespace dd
