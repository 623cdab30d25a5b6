// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/records/PlanCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/services/PlanService.h"

#include <QJsonDocument>

namespace dd {

PlanCommand::PlanCommand()
    : DatabaseCommand(QStringLiteral("plan"),
                      QStringLiteral("the terms and courses that give a student both degrees soonest, or a cohort's"
                                     " plans as JSON lines"))
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student (or --cohort YEAR)"), Presence::Optional);
    addOption(QStringLiteral("from"), QStringLiteral("TERM"),
              QStringLiteral("the first term to plan, in either institution's naming (default: the term in progress,"
                             " else the one after the record)"));
    addOption(QStringLiteral("assume"), QStringLiteral("CQUPT=85,RUTS=B+"),
              QStringLiteral("the grade assumed for every course still to be taken (default: each policy's"
                             " planning.assumed_grade)"));
    addOption(QStringLiteral("cohort"), QStringLiteral("YEAR"),
              QStringLiteral("every student of a cohort, one JSON line each (with --json)"));
    addOption(QStringLiteral("report"), QStringLiteral("FILE.csv|FILE.xlsx"),
              QStringLiteral("with --cohort: who can finish both degrees on time, who needs a summer term, who"
                             " finishes late, who cannot (personal data: in the disclosure log)"));
    addOption(QStringLiteral("recipient"), QStringLiteral("TEXT"),
              QStringLiteral("who receives the report (default: the programme coordinators)"));
    addOption(QStringLiteral("purpose"), QStringLiteral("TEXT"),
              QStringLiteral("what the report is for (default: planning the cohort's remaining terms)"));
    addFlag(QStringLiteral("json"), QStringLiteral("the plan as JSON"));
}

bool PlanCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    m_from = parser.value(QStringLiteral("from"));
    m_assume = parser.value(QStringLiteral("assume"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_report = parser.value(QStringLiteral("report"));
    m_recipient = parser.value(QStringLiteral("recipient"));
    m_purpose = parser.value(QStringLiteral("purpose"));
    if (parser.isSet(QStringLiteral("cohort")) == !positional.isEmpty()) {
        return usageError(context, QStringLiteral("give one STUDENT_ID, or --cohort YEAR"));
    }
    if (!positional.isEmpty()) {
        m_studentId = positional.first();
        return true;
    }
    bool ok = false;
    m_cohort = parser.value(QStringLiteral("cohort")).toInt(&ok);
    if (!ok) {
        return usageError(context,
                          QStringLiteral("--cohort: '%1' is not a year").arg(parser.value(QStringLiteral("cohort"))));
    }
    if (m_json == !m_report.isEmpty()) {
        return usageError(context,
                          QStringLiteral("--cohort writes JSON lines (add --json) or a report (--report FILE)"));
    }
    return true;
}

int PlanCommand::runWithDatabase(CommandContext& context, Database& db)
{
    Error error;
    PlanService service(db);
    if (!service.load(&error)) {
        return context.fail(QStringLiteral("plan: %1").arg(error.message()));
    }
    PlanService::Options options;
    options.from = m_from;
    QString problem;
    if (!service.parseAssume(m_assume, &options.assumed, &problem)) {
        return context.fail(QStringLiteral("plan: %1").arg(problem), usageExitCode());
    }
    if (!m_report.isEmpty()) {
        return writeReport(context, service, options);
    }
    QList<DegreePlan> plans;
    bool ok = false;
    if (m_cohort) {
        ok = service.planCohort(*m_cohort, options, &plans, &error);
    } else {
        DegreePlan plan;
        ok = service.planStudent(m_studentId, options, &plan, &error);
        plans.append(plan);
    }
    if (!ok) {
        const bool usage = error.kind() == Error::Kind::Invalid;
        return context.fail(QStringLiteral("plan: %1").arg(error.message()), usage ? usageExitCode() : 1);
    }
    for (const DegreePlan& plan : std::as_const(plans)) {
        if (m_json) {
            context.out() << QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            printText(context.out(), plan);
        }
    }
    return 0;
}

int PlanCommand::writeReport(CommandContext& context, PlanService& service, const PlanService::Options& options)
{
    Error error;
    Table table;
    if (!service.writeReport(*m_cohort, options, m_report, m_recipient, m_purpose, &table, &error)) {
        return context.fail(QStringLiteral("plan: %1").arg(TerminalText::escaped(error.message())));
    }
    context.out() << QStringLiteral("%1: plans of cohort %2: %3 students; met %4, on time %5, with a summer term %6,"
                                    " late %7, cannot %8; in the disclosure log")
                         .arg(m_report)
                         .arg(*m_cohort)
                         .arg(table.rows.size())
                         .arg(PlanService::countOutcome(table, QStringLiteral("met")))
                         .arg(PlanService::countOutcome(table, QStringLiteral("on_time")))
                         .arg(PlanService::countOutcome(table, QStringLiteral("summer")))
                         .arg(PlanService::countOutcome(table, QStringLiteral("late")))
                         .arg(PlanService::countOutcome(table, QStringLiteral("cannot")))
                  << Qt::endl;
    return 0;
}

void PlanCommand::printText(QTextStream& out, const DegreePlan& plan) const
{
    if (!plan.reachable()) {
        out << QStringLiteral("%1: no plan reaches both degrees before the time limit").arg(plan.studentId) << Qt::endl;
        for (const QString& reason : plan.unreachable) {
            out << QStringLiteral("  - %1").arg(TerminalText::escaped(reason)) << Qt::endl;
        }
        return;
    }
    out << QStringLiteral("%1: both degrees after %2, %3 credits in %4 term(s)%5")
               .arg(plan.studentId, plan.bothDegreesTerm, Decimal::formatHalves(plan.plannedHalves()))
               .arg(plan.terms.size())
               .arg(!plan.shortestProven ? QStringLiteral(" (not proven shortest: the search stopped at its limit)")
                        : !plan.fewestCreditsProven
                        ? QStringLiteral(" (fewest credits not proven: the search stopped at its limit)")
                        : QString())
        << Qt::endl;
    for (const PlanTerm& t : plan.terms) {
        out << QStringLiteral("  %1 %2 (%3 credits): %4")
                   .arg(t.institution.leftJustified(5), t.term.leftJustified(11),
                        Decimal::formatHalves(t.creditsHalves),
                        t.courses.isEmpty() ? QStringLiteral("-") : t.courses.join(QStringLiteral(" ")))
            << Qt::endl;
    }
    for (const DegreePlan::MilestoneNeed& m : plan.milestones) {
        out << QStringLiteral("  milestone %1 (%2 %3) by %4")
                   .arg(m.kind, m.institution, TerminalText::escaped(m.label), m.byTerm)
            << Qt::endl;
    }
    for (const QString& note : plan.notes) {
        out << QStringLiteral("  note: %1").arg(TerminalText::escaped(note)) << Qt::endl;
    }
}

} // namespace dd
