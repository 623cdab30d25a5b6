// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/command/CommandContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace dd {

class Command;

/**
 * dualdegree-cli: the product's operations without a window.
 *
 *   dualdegree-cli [--db FILE|URL] [--user NAME] [--data DIR] COMMAND ...
 *
 * Reads the global options, finds the command (one word, or two for a group
 * such as "log verify") and hands it the rest. Every command exits 0 on success
 * and non-zero with a one-line reason on standard error otherwise; with bad
 * input nothing is written. The usage text is made from the commands.
 */
class CommandLine
{
public:
    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();
    CommandLine(const CommandLine&) = delete;
    CommandLine& operator=(const CommandLine&) = delete;

    /** Runs the command in \a arguments (without the program name); returns the exit code. */
    int run(const QStringList& arguments);

    /** The usage text: the global options and every command's synopsis and description. */
    QString usage() const;

private:
    /** --db, --user, --data, --help and --version, with what they mean. */
    static QList<QCommandLineOption> globalOptions();
    /** The command named by the first one or two of \a words; it takes the words that name it. */
    Command* find(QStringList& words) const;
    /** The actions of a group ("verify, show, disclosures" for "log"); empty for a word that is no group. */
    QStringList actionsOf(const QString& group) const;

    CommandContext m_context;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace dd
