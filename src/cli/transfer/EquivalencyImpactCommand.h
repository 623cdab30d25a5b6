// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/transfer/EquivalencyCommand.h"

#include <QDate>

namespace dd {

/** dualdegree-cli equivalency impact ID: the students a version treats differently from the one before. */
class EquivalencyImpactCommand : public EquivalencyCommand
{
public:
    EquivalencyImpactCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                           const Equivalency& equivalency) override;

    QDate m_asOf;
    bool m_json = false;
};

} // namespace dd
