// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/records/ExceptionCommand.h"

namespace dd {

/** dualdegree-cli exception add: a waiver or substitution, with its reason and who approved it. */
class ExceptionAddCommand : public ExceptionCommand
{
public:
    ExceptionAddCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
