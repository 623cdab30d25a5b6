// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class CommandContext;

/**
 * One command of dualdegree-cli ("audit", "log verify"): its name, what it does,
 * the arguments and options it takes, parsed with QCommandLineParser. The usage
 * text of the whole tool and each command's --help are generated from these.
 *
 * A subclass declares its arguments and options in its constructor, reads the
 * parsed values in readArguments() and does its work in run().
 */
class Command
{
public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /** The words that select the command: "audit", "log verify". */
    const QString& name() const { return m_name; }
    /** One line on what it does. */
    const QString& description() const { return m_description; }
    /** The command with its arguments and options: "audit STUDENT_ID --institution CQUPT|RUTS [--json]". */
    QString synopsis() const;
    /** What "COMMAND --help" prints: the synopsis, the description, every argument and option. */
    QString helpText() const;

    /** "  LEAD" padded to \a width, then \a description; the description on a line of its own under a wider lead. */
    static QString helpLine(const QString& lead, const QString& description, int width);

    /** What went wrong in QCommandLineParser::parse(), as a clause: "unknown option 'x'". */
    static QString parserError(const QCommandLineParser& parser);

    /** Parses \a arguments (those after the command's name) and runs the command; returns the exit code. */
    int execute(CommandContext& context, const QStringList& arguments);

protected:
    /** Whether an argument or option must be given. */
    enum class Presence { Required, Optional };

    Command(const QString& name, const QString& description);

    void addArgument(const QString& name, const QString& description, Presence presence = Presence::Required);
    /** An option without a value ("--json"). */
    void addFlag(const QString& name, const QString& description);
    /** An option with a value ("--institution CQUPT|RUTS"). */
    void addOption(const QString& name, const QString& valueName, const QString& description,
                   Presence presence = Presence::Optional);

    /** What the exit codes of a command mean. */
    enum class ExitCodes {
        Usual, ///< 0 done, 1 failed or could not run, 2 a usage mistake
        Verdict ///< 0 and 2 verdicts, 1 "not genuine"; a usage mistake or a check that could not be made is 3
    };
    void setExitCodes(ExitCodes codes);
    int usageExitCode() const { return m_usageExitCode; }
    int couldNotRunExitCode() const { return m_couldNotRunExitCode; }

    /**
     * Reads the date option \a option (YYYY-MM-DD) into \a date where it is given;
     * false after usageError() where it is not a date.
     */
    bool readDate(const CommandContext& context, const QCommandLineParser& parser, const QString& option,
                  QDate* date) const;

    /** Reports a usage mistake ("NAME: reason"); returns false, for readArguments() to return. */
    bool usageError(const CommandContext& context, const QString& reason) const;

    /**
     * Reads the parsed arguments into the command and checks them beyond their
     * number; false after usageError(). Required options are checked after it,
     * so that a command can say more than "is required".
     */
    virtual bool readArguments(const CommandContext& context, const QCommandLineParser& parser);
    /** Does the work; returns the exit code. */
    virtual int run(CommandContext& context) = 0;

private:
    struct Argument
    {
        QString name;
        QString description;
        Presence presence;
    };
    struct Option
    {
        QCommandLineOption option;
        Presence presence;
    };

    static QString optionSynopsis(const Option& option);

    QString m_name;
    QString m_description;
    QList<Argument> m_arguments;
    QList<Option> m_options;
    int m_usageExitCode = 2;
    int m_couldNotRunExitCode = 1;
};

} // namespace dd
