// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/log/LogListingCommand.h"

namespace dd {

/** dualdegree-cli log show: the change log, newest first, or one student's history. */
class LogShowCommand : public LogListingCommand
{
public:
    LogShowCommand();

private:
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
