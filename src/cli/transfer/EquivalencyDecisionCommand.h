// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/transfer/EquivalencyCommand.h"

namespace dd {

/** dualdegree-cli equivalency propose, approve, reject or retire ID: a decision, with its reason. */
class EquivalencyDecisionCommand : public EquivalencyCommand
{
public:
    /** \a action is propose, approve, reject or retire; \a status what it makes the version. */
    EquivalencyDecisionCommand(const QString& action, const QString& status);

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                           const Equivalency& equivalency) override;

    QString m_status;
    QString m_reason;
};

} // namespace dd
