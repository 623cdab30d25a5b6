// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/transfer/EquivalencyCommand.h"

namespace dd {

/** dualdegree-cli equivalency show ID: the versions, decisions and evidence of an equivalency. */
class EquivalencyShowCommand : public EquivalencyCommand
{
public:
    EquivalencyShowCommand();

private:
    int runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                           const Equivalency& equivalency) override;
};

} // namespace dd
