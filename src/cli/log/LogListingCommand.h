// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** What "log show" and "log disclosures" share: rows newest first, of one student (--student) or all, --limit N. */
class LogListingCommand : public DatabaseCommand
{
protected:
    /** \a studentHelp says what --student selects. */
    LogListingCommand(const QString& name, const QString& description, const QString& studentHelp);

    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;

    QString m_studentId;
    int m_limit = 50;
};

} // namespace dd
