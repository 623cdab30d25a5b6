// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/transfer/EquivalencyCommand.h"

namespace dd {

/** dualdegree-cli equivalency evidence ID FILE: attaches a syllabus to a version. */
class EquivalencyEvidenceCommand : public EquivalencyCommand
{
public:
    EquivalencyEvidenceCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                           const Equivalency& equivalency) override;

    QString m_path;
};

} // namespace dd
