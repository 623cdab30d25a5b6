// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/DatabaseCommand.h"

namespace dd {

struct Equivalency;
class TransferService;

/**
 * A command about one equivalency, named by its ID ("equivalency show 12"): the
 * transfer rules are loaded and the equivalency found here, once.
 */
class EquivalencyCommand : public DatabaseCommand
{
protected:
    EquivalencyCommand(const QString& name, const QString& description);

    bool readArguments(const CommandContext& context, const QCommandLineParser& parser) override;

    /** Does the work on \a equivalency; returns the exit code. */
    virtual int runWithEquivalency(CommandContext& context, Database& db, TransferService& service,
                                   const Equivalency& equivalency)
        = 0;

private:
    int runWithDatabase(CommandContext& context, Database& db) final;

    QString m_id;
};

} // namespace dd
