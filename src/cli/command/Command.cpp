// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/command/Command.h"

#include "cli/command/CommandContext.h"
#include "core/text/FieldRules.h"

namespace dd {

namespace {

const QString kHelp = QStringLiteral("help");

} // namespace

QString Command::parserError(const QCommandLineParser& parser)
{
    // "Unknown option 'x'." as a clause: "unknown option 'x'".
    QString text = parser.errorText();
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    if (!text.isEmpty()) {
        text[0] = text.at(0).toLower();
    }
    return text;
}

QString Command::helpLine(const QString& lead, const QString& description, int width)
{
    const QString indented = QStringLiteral("  ") + lead;
    if (indented.size() + 2 > width) {
        return indented + QLatin1Char('\n') + QString(width, QLatin1Char(' ')) + description + QLatin1Char('\n');
    }
    return indented.leftJustified(width) + description + QLatin1Char('\n');
}

Command::Command(const QString& name, const QString& description)
    : m_name(name)
    , m_description(description)
{
}

Command::~Command() = default;

void Command::addArgument(const QString& name, const QString& description, Presence presence)
{
    m_arguments.append({name, description, presence});
}

void Command::addFlag(const QString& name, const QString& description)
{
    m_options.append({QCommandLineOption(name, description), Presence::Optional});
}

void Command::addOption(const QString& name, const QString& valueName, const QString& description, Presence presence)
{
    m_options.append({QCommandLineOption(name, description, valueName), presence});
}

void Command::setExitCodes(ExitCodes codes)
{
    constexpr int couldNotCheck = 3;
    m_usageExitCode = codes == ExitCodes::Verdict ? couldNotCheck : 2;
    m_couldNotRunExitCode = codes == ExitCodes::Verdict ? couldNotCheck : 1;
}

bool Command::readDate(const CommandContext& context, const QCommandLineParser& parser, const QString& option,
                       QDate* date) const
{
    const QString text = parser.value(option);
    if (text.isEmpty()) {
        return true;
    }
    QString reason;
    const std::optional<QDate> read = FieldRules::isoDate(text, &reason);
    if (!read) {
        return usageError(context, QStringLiteral("--%1: %2").arg(option, reason));
    }
    *date = *read;
    return true;
}

QString Command::optionSynopsis(const Option& option)
{
    QString text = QStringLiteral("--") + option.option.names().constFirst();
    if (!option.option.valueName().isEmpty()) {
        text += QLatin1Char(' ') + option.option.valueName();
    }
    return option.presence == Presence::Required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

QString Command::synopsis() const
{
    QStringList parts {m_name};
    for (const Argument& argument : m_arguments) {
        parts.append(argument.presence == Presence::Required ? argument.name
                                                             : QLatin1Char('[') + argument.name + QLatin1Char(']'));
    }
    for (const Option& option : m_options) {
        parts.append(optionSynopsis(option));
    }
    return parts.join(QLatin1Char(' '));
}

QString Command::helpText() const
{
    constexpr int width = 30;
    QString text = QStringLiteral("usage: dualdegree-cli [GLOBAL OPTIONS] %1\n\n%2\n").arg(synopsis(), m_description);
    if (!m_arguments.isEmpty()) {
        text += QStringLiteral("\narguments:\n");
        for (const Argument& argument : m_arguments) {
            text += helpLine(argument.name, argument.description, width);
        }
    }
    text += QStringLiteral("\noptions:\n");
    for (const Option& option : m_options) {
        QString name = QStringLiteral("--") + option.option.names().constFirst();
        if (!option.option.valueName().isEmpty()) {
            name += QLatin1Char(' ') + option.option.valueName();
        }
        const QString required = option.presence == Presence::Required ? QStringLiteral(" (required)") : QString();
        text += helpLine(name, option.option.description() + required, width);
    }
    text += helpLine(QStringLiteral("--help"), QStringLiteral("this text"), width);
    return text;
}

bool Command::usageError(const CommandContext& context, const QString& reason) const
{
    context.fail(QStringLiteral("%1: %2").arg(m_name, reason), m_usageExitCode);
    return false;
}

bool Command::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    Q_UNUSED(context)
    Q_UNUSED(parser)
    return true;
}

int Command::execute(CommandContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(kHelp));
    for (const Option& option : std::as_const(m_options)) {
        parser.addOption(option.option);
    }
    // The parser takes the program's name first.
    if (!parser.parse(QStringList {m_name} + arguments)) {
        usageError(context, parserError(parser));
        return m_usageExitCode;
    }
    if (parser.isSet(kHelp)) {
        context.out() << helpText() << Qt::flush;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    qsizetype required = 0;
    for (const Argument& argument : std::as_const(m_arguments)) {
        required += argument.presence == Presence::Required ? 1 : 0;
    }
    if (positional.size() < required) {
        QStringList names;
        for (const Argument& argument : std::as_const(m_arguments)) {
            names.append(argument.name);
        }
        usageError(context, QStringLiteral("expected %1").arg(names.join(QLatin1Char(' '))));
        return m_usageExitCode;
    }
    if (positional.size() > m_arguments.size()) {
        usageError(context, QStringLiteral("unexpected argument '%1'").arg(positional.at(m_arguments.size())));
        return m_usageExitCode;
    }
    // The command's own reading comes first: it may say more than "is required".
    if (!readArguments(context, parser)) {
        return m_usageExitCode;
    }
    for (const Option& option : std::as_const(m_options)) {
        if (option.presence == Presence::Required && !parser.isSet(option.option)) {
            usageError(context, QStringLiteral("%1 is required").arg(optionSynopsis(option)));
            return m_usageExitCode;
        }
    }
    return run(context);
}

} // namespace dd
