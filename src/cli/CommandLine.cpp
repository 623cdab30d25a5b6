// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include "cli/accounts/RequireLoginCommand.h"
#include "cli/accounts/UserActiveCommand.h"
#include "cli/accounts/UserAddCommand.h"
#include "cli/accounts/UserListCommand.h"
#include "cli/accounts/UserPasswordCommand.h"
#include "cli/accounts/UserRoleCommand.h"
#include "cli/database/BackupCommand.h"
#include "cli/database/CheckCommand.h"
#include "cli/database/InitCommand.h"
#include "cli/database/MigrateCommand.h"
#include "cli/database/RestoreCommand.h"
#include "cli/exchange/ElmoExportCommand.h"
#include "cli/exchange/ElmoImportCommand.h"
#include "cli/keys/KeysDemoCommand.h"
#include "cli/keys/KeysDistrustCommand.h"
#include "cli/keys/KeysExportCertCommand.h"
#include "cli/keys/KeysShowCommand.h"
#include "cli/keys/KeysTrustCommand.h"
#include "cli/keys/KeysUseCommand.h"
#include "cli/log/LogAdoptCommand.h"
#include "cli/log/LogCheckpointCommand.h"
#include "cli/log/LogDisclosuresCommand.h"
#include "cli/log/LogShowCommand.h"
#include "cli/log/LogVerifyCommand.h"
#include "cli/records/AuditCommand.h"
#include "cli/records/ExceptionAddCommand.h"
#include "cli/records/ExceptionRevokeCommand.h"
#include "cli/records/ExportListCommand.h"
#include "cli/records/ImportCommand.h"
#include "cli/records/PlanCommand.h"
#include "cli/records/ProgrammesCommand.h"
#include "cli/records/ReportCommand.h"
#include "cli/transcripts/TranscriptCommand.h"
#include "cli/transcripts/VerifyCommand.h"
#include "cli/transcripts/VerifyQrCommand.h"
#include "cli/transfer/EquivalencyDecisionCommand.h"
#include "cli/transfer/EquivalencyEvidenceCommand.h"
#include "cli/transfer/EquivalencyImpactCommand.h"
#include "cli/transfer/EquivalencyListCommand.h"
#include "cli/transfer/EquivalencyShowCommand.h"
#include "cli/transfer/TransferCommand.h"
#include "data/setup/DatabaseSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

constexpr int kUsageError = 2;
/** Where a command's description and the rest of a long synopsis start in the usage text. */
constexpr int kDescriptionIndent = 6;

const QString kDatabaseOption = QStringLiteral("db");
const QString kUserOption = QStringLiteral("user");
const QString kDataOption = QStringLiteral("data");
const QString kHelpOption = QStringLiteral("help");
const QString kVersionOption = QStringLiteral("version");

template<typename T, typename... Args> void add(std::vector<std::unique_ptr<Command>>& commands, Args... args)
{
    commands.push_back(std::make_unique<T>(args...));
}

/** A synopsis in lines of at most 100 characters, broken between words; later lines start at column \a indent. */
QString wrapped(const QString& synopsis, int indent)
{
    static const QRegularExpression word(QStringLiteral("\\[[^\\]]*\\]|\\S+"));
    constexpr int width = 100;
    QString text;
    QString line = QStringLiteral(" ");
    QRegularExpressionMatchIterator words = word.globalMatch(synopsis);
    while (words.hasNext()) {
        const QString next = words.next().captured();
        if (line.size() + 1 + next.size() > width && !line.trimmed().isEmpty()) {
            text += line + QLatin1Char('\n');
            line = QString(indent - 1, QLatin1Char(' '));
        }
        line += QLatin1Char(' ') + next;
    }
    return text + line + QLatin1Char('\n');
}

} // namespace

CommandLine::CommandLine(QTextStream& out, QTextStream& err)
    : m_context(out, err)
{
    // In the order the usage lists them.
    add<InitCommand>(m_commands);
    add<ImportCommand>(m_commands);
    add<ProgrammesCommand>(m_commands);
    add<AuditCommand>(m_commands);
    add<PlanCommand>(m_commands);
    add<ExceptionAddCommand>(m_commands);
    add<ExceptionRevokeCommand>(m_commands);
    add<TransferCommand>(m_commands);
    add<EquivalencyListCommand>(m_commands);
    add<EquivalencyShowCommand>(m_commands);
    add<EquivalencyImpactCommand>(m_commands);
    add<EquivalencyEvidenceCommand>(m_commands);
    add<EquivalencyDecisionCommand>(m_commands, QStringLiteral("propose"), QStringLiteral("proposed"));
    add<EquivalencyDecisionCommand>(m_commands, QStringLiteral("approve"), QStringLiteral("approved"));
    add<EquivalencyDecisionCommand>(m_commands, QStringLiteral("reject"), QStringLiteral("rejected"));
    add<EquivalencyDecisionCommand>(m_commands, QStringLiteral("retire"), QStringLiteral("retired"));
    add<ExportListCommand>(m_commands, ListExport::Kind::Students);
    add<ExportListCommand>(m_commands, ListExport::Kind::Courses);
    add<ExportListCommand>(m_commands, ListExport::Kind::Results);
    add<ExportListCommand>(m_commands, ListExport::Kind::Equivalencies);
    add<ReportCommand>(m_commands);
    add<TranscriptCommand>(m_commands);
    add<VerifyCommand>(m_commands);
    add<VerifyQrCommand>(m_commands);
    add<ElmoExportCommand>(m_commands);
    add<ElmoImportCommand>(m_commands);
    add<KeysDemoCommand>(m_commands);
    add<KeysUseCommand>(m_commands);
    add<KeysShowCommand>(m_commands);
    add<KeysExportCertCommand>(m_commands);
    add<KeysTrustCommand>(m_commands);
    add<KeysDistrustCommand>(m_commands);
    add<LogVerifyCommand>(m_commands);
    add<LogCheckpointCommand>(m_commands);
    add<LogShowCommand>(m_commands);
    add<LogDisclosuresCommand>(m_commands);
    add<LogAdoptCommand>(m_commands);
    add<UserListCommand>(m_commands);
    add<UserAddCommand>(m_commands);
    add<UserPasswordCommand>(m_commands);
    add<UserRoleCommand>(m_commands);
    add<UserActiveCommand>(m_commands, UserActiveCommand::Change::Disable);
    add<UserActiveCommand>(m_commands, UserActiveCommand::Change::Enable);
    add<RequireLoginCommand>(m_commands);
    add<MigrateCommand>(m_commands);
    add<BackupCommand>(m_commands);
    add<RestoreCommand>(m_commands);
    add<CheckCommand>(m_commands);
}

CommandLine::~CommandLine() = default;

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {
        QCommandLineOption(kDatabaseOption,
                           QStringLiteral("the database (default: %1)").arg(DatabaseSetup::defaultDatabasePath()),
                           QStringLiteral("FILE|URL")),
        QCommandLineOption(kUserOption,
                           QStringLiteral("act as NAME; a user with a password gives it in DUALDEGREE_PASSWORD or at"
                                          " the prompt"),
                           QStringLiteral("NAME")),
        QCommandLineOption(kDataOption, QStringLiteral("the regulations and demo data (default: those built in)"),
                           QStringLiteral("DIR")),
        QCommandLineOption(kHelpOption, QStringLiteral("this text")),
        QCommandLineOption(kVersionOption, QStringLiteral("the version of dualdegree-cli")),
    };
}

QString CommandLine::usage() const
{
    constexpr int width = 38;
    QString text = QStringLiteral("usage: dualdegree-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS AND OPTIONS]\n"
                                  "global options:\n");
    for (const QCommandLineOption& option : globalOptions()) {
        const QString value = option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName();
        text += Command::helpLine(QStringLiteral("--") + option.names().constFirst() + value, option.description(),
                                  width);
    }
    text += QStringLiteral("commands:\n");
    for (const std::unique_ptr<Command>& command : m_commands) {
        text += wrapped(command->synopsis(), int(command->name().size()) + 3)
            + QString(kDescriptionIndent, QLatin1Char(' ')) + command->description() + QLatin1Char('\n');
    }
    text += QStringLiteral("'dualdegree-cli COMMAND --help' explains a command's arguments and options.\n");
    return text;
}

Command* CommandLine::find(QStringList& words) const
{
    for (const qsizetype length : {2, 1}) {
        if (words.size() < length) {
            continue;
        }
        const QString name = QStringList(words.mid(0, length)).join(QLatin1Char(' '));
        for (const std::unique_ptr<Command>& command : m_commands) {
            if (command->name() == name) {
                words.remove(0, length);
                return command.get();
            }
        }
    }
    return nullptr;
}

QStringList CommandLine::actionsOf(const QString& group) const
{
    QStringList actions;
    const QString prefix = group + QLatin1Char(' ');
    for (const std::unique_ptr<Command>& command : m_commands) {
        if (command->name().startsWith(prefix)) {
            actions.append(command->name().mid(prefix.size()));
        }
    }
    return actions;
}

int CommandLine::run(const QStringList& arguments)
{
    // Global options stand before the command; what follows the command is its own.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions());
    if (!parser.parse(QStringList {QStringLiteral("dualdegree-cli")} + arguments)) {
        return m_context.fail(Command::parserError(parser), kUsageError);
    }
    if (parser.isSet(kHelpOption)) {
        m_context.out() << usage() << Qt::flush;
        return 0;
    }
    if (parser.isSet(kVersionOption)) {
        m_context.out() << QStringLiteral("dualdegree-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    }
    m_context.setDatabasePath(parser.isSet(kDatabaseOption) ? parser.value(kDatabaseOption)
                                                            : DatabaseSetup::defaultDatabasePath());
    m_context.setUser(parser.value(kUserOption));
    m_context.setDataDir(parser.isSet(kDataOption) ? parser.value(kDataOption) : DatabaseSetup::embeddedDataDir());

    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        m_context.err() << usage() << Qt::flush;
        return kUsageError;
    }
    const QString first = words.constFirst();
    Command* command = find(words);
    if (command != nullptr) {
        return command->execute(m_context, words);
    }
    const QStringList actions = actionsOf(first);
    if (!actions.isEmpty()) {
        const QString action = words.size() > 1 ? words.at(1) : QString();
        return m_context.fail(
            action.isEmpty() || action.startsWith(QLatin1Char('-'))
                ? QStringLiteral("%1: say %2").arg(first, actions.join(QStringLiteral(", ")))
                : QStringLiteral("%1: unknown action '%2' (%3)").arg(first, action, actions.join(QStringLiteral(", "))),
            kUsageError);
    }
    return m_context.fail(QStringLiteral("unknown command '%1' (see --help)").arg(first), kUsageError);
}

} // namespace dd
