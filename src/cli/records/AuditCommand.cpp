// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/AuditCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "data/db/Database.h"
#include "data/services/AuditService.h"

#include <QJsonDocument>

namespace dd {

AuditCommand::AuditCommand()
    : DatabaseCommand(QStringLiteral("audit"),
                      QStringLiteral("audit one student, or a cohort as JSON lines, against an institution's rules"))
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student (or --cohort YEAR)"), Presence::Optional);
    addOption(QStringLiteral("institution"), QStringLiteral("CQUPT|RUTS"), QStringLiteral("whose rules apply"),
              Presence::Required);
    addOption(QStringLiteral("what-if"), QStringLiteral("PROGRAMME"),
              QStringLiteral("audit against another programme (see 'programmes')"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"),
              QStringLiteral("every student of a cohort, one JSON line each (with --json)"));
    addFlag(QStringLiteral("json"), QStringLiteral("the audit as JSON"));
}

bool AuditCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    m_institution = parser.value(QStringLiteral("institution"));
    m_whatIf = parser.value(QStringLiteral("what-if"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (m_institution.isEmpty()) {
        return usageError(context, QStringLiteral("--institution CQUPT|RUTS is required"));
    }
    if (parser.isSet(QStringLiteral("cohort")) == !positional.isEmpty()) {
        return usageError(context, QStringLiteral("give one STUDENT_ID, or --cohort YEAR"));
    }
    if (!positional.isEmpty()) {
        m_studentId = positional.first();
        return true;
    }
    // A year that is not a number matches no student, as it always has.
    m_cohort = parser.value(QStringLiteral("cohort")).toInt();
    return true;
}

int AuditCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    AuditService service(db);
    if (!service.load(&error)) {
        return context.fail(QStringLiteral("audit: %1").arg(error.message()));
    }
    QList<AuditResult> results;
    AuditService::Problem problem = AuditService::Problem::None;
    bool ok = false;
    if (m_cohort) {
        if (!m_json && service.policies().institution(m_institution)) {
            return context.fail(QStringLiteral("audit: --cohort writes JSON lines; add --json"), usageExitCode());
        }
        ok = service.auditCohort(*m_cohort, m_institution, m_whatIf, &results, &error, &problem);
    } else {
        AuditResult result;
        ok = service.auditStudent(m_studentId, m_institution, m_whatIf, &result, &error, &problem);
        results.append(result);
    }
    if (!ok) {
        const bool usage = problem == AuditService::Problem::UnknownInstitution
            || problem == AuditService::Problem::WrongInstitution;
        return context.fail(QStringLiteral("audit: %1").arg(error.message()), usage ? usageExitCode() : 1);
    }
    for (const AuditResult& result : std::as_const(results)) {
        if (m_json) {
            context.out() << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact))
                          << Qt::endl;
        } else {
            printText(context.out(), result);
        }
    }
    return 0;
}

void AuditCommand::printText(QTextStream& out, const AuditResult& result) const
{
    out << QStringLiteral("%1 at %2, %3%4")
               .arg(result.studentId, result.institution, result.programme,
                    result.whatIf ? QStringLiteral(" (what-if)") : QString())
        << Qt::endl;
    out << QStringLiteral("GPA %1, %2 of %3 credits earned")
               .arg(result.gpa.isEmpty() ? QStringLiteral("-") : result.gpa,
                    QString::number(result.creditsEarnedHalves / 2.0),
                    QString::number(result.creditsRequiredHalves / 2.0))
        << Qt::endl;
    out << QStringLiteral("graduation: %1, degree: %2, honours: %3")
               .arg(result.graduationEligible ? QStringLiteral("eligible") : QStringLiteral("not yet"),
                    result.degreeEligible ? QStringLiteral("eligible") : QStringLiteral("not yet"),
                    result.honours.isEmpty() ? QStringLiteral("none") : result.honours)
        << Qt::endl;
    for (const AuditResult::Row& row : std::as_const(result.requirements)) {
        QString credits;
        if (row.creditsRequiredHalves) {
            credits = QStringLiteral(" %1/%2")
                          .arg(row.creditsAppliedHalves.value_or(0) / 2.0)
                          .arg(*row.creditsRequiredHalves / 2.0);
        }
        out << QStringLiteral("  %1%2 %3%4%5")
                   .arg(row.parent.isEmpty() ? QString() : QStringLiteral("  "),
                        AuditResult::statusName(row.status).leftJustified(11), TerminalText::escaped(row.label),
                        credits,
                        row.detail.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + TerminalText::escaped(row.detail) + QLatin1Char(')'))
            << Qt::endl;
    }
    for (const QString& reason : std::as_const(result.honoursReasons)) {
        out << QStringLiteral("  no honours: %1").arg(TerminalText::escaped(reason)) << Qt::endl;
    }
}

} // namespace dd
