// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/log/LogListingCommand.h"

namespace dd {

/** dualdegree-cli log disclosures: transcripts and exports of personal data released. */
class LogDisclosuresCommand : public LogListingCommand
{
public:
    LogDisclosuresCommand();

private:
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
