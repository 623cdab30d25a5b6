// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/records/ExceptionCommand.h"

namespace dd {

/** dualdegree-cli exception revoke: ends an exception in force. */
class ExceptionRevokeCommand : public ExceptionCommand
{
public:
    ExceptionRevokeCommand();

private:
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
