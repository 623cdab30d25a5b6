// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/log/LogListingCommand.h"

namespace dd {

LogListingCommand::LogListingCommand(const QString& name, const QString& description, const QString& studentHelp)
    : DatabaseCommand(name, description)
{
    addOption(QStringLiteral("student"), QStringLiteral("ID"), studentHelp);
    addOption(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default %1)").arg(m_limit));
}

bool LogListingCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_studentId = parser.value(QStringLiteral("student"));
    const QString limit = parser.value(QStringLiteral("limit"));
    bool ok = true;
    m_limit = limit.isEmpty() ? m_limit : limit.toInt(&ok);
    if (!ok || m_limit <= 0) {
        return usageError(context, QStringLiteral("--limit must be a positive number"));
    }
    return true;
}

} // namespace dd
