// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"
#include "report/TranscriptIssuer.h"

namespace dd {

/** dualdegree-cli transcript: issues a transcript (PDF) of one student or a cohort, recorded in the issue log. */
class TranscriptCommand : public DatabaseCommand
{
public:
    TranscriptCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    int issueCohort(CommandContext& context, TranscriptIssuer& issuer) const;

    TranscriptIssuer::Request m_request;
    QString m_out;
    bool m_unsigned = false;
    QString m_outDir;
    int m_cohort = 0;
};

} // namespace dd
