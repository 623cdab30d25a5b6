// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ExportListCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"

namespace dd {

namespace {

QString describe(ListExport::Kind kind)
{
    switch (kind) {
    case ListExport::Kind::Students:
        return QStringLiteral("student records, recorded in the disclosure log");
    case ListExport::Kind::Courses:
        return QStringLiteral("the course catalogues in the import format");
    case ListExport::Kind::Results:
        return QStringLiteral("results in the import format, recorded in the disclosure log");
    case ListExport::Kind::Equivalencies:
        return QStringLiteral("the equivalency catalogue in the import format");
    }
    return QString();
}

} // namespace

ExportListCommand::ExportListCommand(ListExport::Kind kind)
    : DatabaseCommand(QStringLiteral("export %1").arg(ListExport::nameOf(kind)), describe(kind))
{
    m_request.kind = kind;
    addArgument(QStringLiteral("FILE.csv|FILE.xlsx"), QStringLiteral("the file to write; its suffix says the format"));
    const bool personal = ListExport::personal(kind);
    if (personal) {
        addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"), QStringLiteral("who receives the records"),
                  Presence::Required);
        addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"), QStringLiteral("what they are for"),
                  Presence::Required);
        addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("only this cohort"));
    }
    if (kind == ListExport::Kind::Courses || kind == ListExport::Kind::Results) {
        addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"),
                  QStringLiteral("only this institution's"));
    }
}

bool ExportListCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_path = parser.positionalArguments().constFirst();
    if (!ListExport::personal(m_request.kind)) {
        m_request.institution = parser.isSet(QStringLiteral("institution"))
            ? parser.value(QStringLiteral("institution")).toUpper()
            : QString();
        return true;
    }
    m_request.recipient = parser.value(QStringLiteral("recipient"));
    m_request.purpose = parser.value(QStringLiteral("purpose"));
    if (m_request.recipient.trimmed().isEmpty() || m_request.purpose.trimmed().isEmpty()) {
        return usageError(context,
                          QStringLiteral("personal data leaves only with --recipient and --purpose,"
                                         " recorded in the disclosure log"));
    }
    if (m_request.kind == ListExport::Kind::Results && parser.isSet(QStringLiteral("institution"))) {
        m_request.institution = parser.value(QStringLiteral("institution")).toUpper();
    }
    const QString cohort = parser.value(QStringLiteral("cohort"));
    if (!cohort.isEmpty()) {
        QString reason;
        const std::optional<int> year = FieldRules::year(cohort, &reason);
        if (!year) {
            return usageError(context, QStringLiteral("--cohort must be a year: %1").arg(reason));
        }
        m_request.cohort = *year;
    }
    return true;
}

int ExportListCommand::runWithDatabase(CommandContext& context, Database& db)
{
    int rows = 0;
    Error error;
    const QString name = ListExport::nameOf(m_request.kind);
    if (!ListExport::write(db, m_request, m_path, &rows, &error)) {
        return context.fail(QStringLiteral("export %1: %2").arg(name, TerminalText::escaped(error.message())));
    }
    context.out() << (ListExport::personal(m_request.kind)
                          ? QStringLiteral("wrote %1 %2 to %3 for %4 (%5); recorded in the disclosure log")
                                .arg(rows)
                                .arg(name, m_path, TerminalText::escaped(m_request.recipient),
                                     TerminalText::escaped(m_request.purpose))
                          : QStringLiteral("wrote %1 %2 to %3").arg(rows).arg(name, m_path))
                  << Qt::endl;
    return 0;
}

} // namespace dd
