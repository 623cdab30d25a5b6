// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/**
 * dualdegree-cli elmo export: a student's record at one institution as ELMO XML
 * (valid against the official schema), or one file per student of a cohort; each
 * file in the disclosure log, signed by the institution's key when it has one bound,
 * with its transcript PDF attached on request.
 */
class ElmoExportCommand : public DatabaseCommand
{
public:
    ElmoExportCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;

    QString m_studentId;
    QString m_institution;
    QString m_out;
    QString m_outDir;
    QString m_recipient;
    QString m_purpose;
    int m_cohort = 0;
    bool m_unsigned = false;
    bool m_attachPdf = false;
};

} // namespace dd
