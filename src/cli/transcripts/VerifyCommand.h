// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

/**
 * dualdegree-cli verify FILE.pdf|CODE: is a transcript genuine, and still true to the record? Exit 0 genuine, 1 not
 * genuine, 2 the record changed since issue, 3 could not check. With --trust CA.pem a file is checked offline, without
 * any database: exit 0 valid, 1 not genuine, 3 could not check.
 */
class VerifyCommand : public DatabaseCommand
{
public:
    VerifyCommand();

private:
    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;
    int runWithDatabase(CommandContext& context, Database& db) override;
    /** FILE.pdf --trust CA.pem: no database. */
    bool needsDatabase() const override { return m_trust.isEmpty(); }
    int runWithoutDatabase(CommandContext& context) override;

    QString m_what;
    QString m_trust;
};

} // namespace dd
