// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/ReportCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/policy/PolicySet.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "report/CohortListDocument.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

ReportCommand::ReportCommand()
    : DatabaseCommand(QStringLiteral("report"),
                      QStringLiteral("a cohort's graduation list or degree-committee list at one institution (the"
                                     " audit's outcome, GPA, credits, HSK or honours, and why not eligible)"))
{
    addArgument(QStringLiteral("graduation|degree"), QStringLiteral("which list"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"), QStringLiteral("the cohort"), Presence::Required);
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose outcome"),
              Presence::Required);
    addOption(QStringLiteral("format"), QStringLiteral("pdf|xlsx|csv"), QStringLiteral("what to write"),
              Presence::Required);
    addOption(QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the file to write"), Presence::Required);
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"),
              QStringLiteral("who receives it (default: the institution's committee)"));
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"),
              QStringLiteral("what it is for (default: the list's)"));
}

bool ReportCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const std::optional<CohortLists::Kind> kind = CohortLists::kindOf(parser.positionalArguments().value(0));
    if (!kind) {
        return usageError(context, QStringLiteral("give graduation or degree"));
    }
    m_kind = *kind;
    QString reason;
    const std::optional<int> year = FieldRules::year(parser.value(QStringLiteral("cohort")), &reason);
    if (!year) {
        return usageError(context, QStringLiteral("--cohort: %1").arg(reason));
    }
    m_cohort = *year;
    m_institution = parser.value(QStringLiteral("institution")).toUpper();
    m_format = parser.value(QStringLiteral("format")).toLower();
    if (m_format != QLatin1String("pdf") && m_format != QLatin1String("xlsx") && m_format != QLatin1String("csv")) {
        return usageError(context, QStringLiteral("--format: pdf, xlsx or csv"));
    }
    m_out = parser.value(QStringLiteral("out"));
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    return true;
}

int ReportCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    const QString name = CohortLists::nameOf(m_kind);
    if (!db.session().permits(Permissions::Action::ExportPersonalData, &error)
        || !OutputFile::checkTarget(m_out, &error)) {
        return context.fail(QStringLiteral("report %1: %2").arg(name, error.message()));
    }
    CohortLists::List list;
    if (!CohortLists::build(db, m_kind, m_cohort, m_institution, &list, &error)) {
        return context.fail(QStringLiteral("report %1: %2").arg(name, TerminalText::escaped(error.message())));
    }
    QByteArray bytes;
    if (m_format == QLatin1String("pdf")) {
        PolicySet policies;
        if (!PolicyRepository(db).load(&policies, &error)
            || !CohortListDocument::writePdf(list, *policies.institution(m_institution), QDate::currentDate(), &bytes,
                                             &error)) {
            return context.fail(QStringLiteral("report %1: %2").arg(name, error.message()));
        }
    } else if (m_format == QLatin1String("csv")) {
        bytes = TableFile::csv(CohortLists::table(list));
    } else if (!TableFile::xlsx(CohortLists::table(list), &bytes, &error)) {
        return context.fail(QStringLiteral("report %1: %2").arg(name, error.message()));
    }
    // The list names every student of the cohort: it leaves with its entry in the disclosure log.
    Disclosure d;
    d.kind = QStringLiteral("report %1 %2").arg(name, m_institution);
    d.recipient = m_recipient.isEmpty()
        ? (m_kind == CohortLists::Kind::Degree ? QStringLiteral("%1 degree committee").arg(m_institution)
                                               : QStringLiteral("%1 graduation office").arg(m_institution))
        : m_recipient;
    d.purpose = m_purpose.isEmpty() ? QStringLiteral("%1 list of cohort %2").arg(name).arg(m_cohort) : m_purpose;
    d.fileName = QFileInfo(m_out).fileName();
    for (const CohortLists::Line& l : std::as_const(list.lines)) {
        d.records << l.studentId;
    }
    Transaction tx(db, Transaction::Mode::Immediate, &error);
    if (!tx.isActive() || !DisclosureRepository::checkRecipientAndPurpose(d.recipient, d.purpose, &error)
        || !DisclosureRepository(db).record(d, &error) || !OutputFile::write(m_out, bytes, &error)) {
        return context.fail(QStringLiteral("report %1: %2").arg(name, TerminalText::escaped(error.message())));
    }
    if (!tx.commit(&error)) {
        QFile::remove(m_out);
        return context.fail(QStringLiteral("report %1: %2").arg(name, error.message()));
    }
    context.out() << QStringLiteral("%1: the %2 list of cohort %3 at %4: %5 students, %6 eligible; in the disclosure"
                                    " log")
                         .arg(m_out, name)
                         .arg(m_cohort)
                         .arg(m_institution)
                         .arg(list.lines.size())
                         .arg(list.eligible())
                  << Qt::endl;
    return 0;
}

} // namespace dd
