// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/** dualdegree-cli keys show: each institution's signing certificate (subject, validity, fingerprint, where the key is)
 * and the partners' trusted certificates. */
class KeysShowCommand : public DatabaseCommand
{
public:
    KeysShowCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;
};

} // namespace dd
