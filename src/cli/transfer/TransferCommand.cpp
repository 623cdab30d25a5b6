// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/transfer/TransferCommand.h"

#include "cli/command/CommandContext.h"
#include "cli/command/TerminalText.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/services/TransferService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {

QJsonValue creditsValue(int halves)
{
    return halves % 2 ? QJsonValue(halves / 2.0) : QJsonValue(halves / 2);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QJsonObject candidateJson(const TransferCandidate& c)
{
    QJsonArray sources;
    for (const TransferSource& s : c.sources) {
        sources.append(QJsonObject {{QStringLiteral("code"), s.code},
                                    {QStringLiteral("term"), s.term},
                                    {QStringLiteral("mark"), s.mark},
                                    {QStringLiteral("grade"), s.grade},
                                    {QStringLiteral("attempt"), attemptName(s.attempt)},
                                    {QStringLiteral("result_id"), s.resultId}});
    }
    QStringList toCodes;
    for (const TransferTarget& t : c.targets) {
        if (!t.code.isEmpty()) {
            toCodes.append(t.code);
        }
    }
    return QJsonObject {
        {QStringLiteral("status"), c.allowed() ? QStringLiteral("allowed") : QStringLiteral("refused")},
        {QStringLiteral("reason"), c.allowed() ? QJsonValue() : QJsonValue(TransferCandidate::reasonName(c.reason))},
        {QStringLiteral("detail"), c.detail},
        {QStringLiteral("equivalency_id"), c.equivalency.id},
        {QStringLiteral("equivalency_version"), c.equivalency.version},
        {QStringLiteral("from_institution"), c.equivalency.fromInstitution},
        {QStringLiteral("from_codes"), stringArray(c.equivalency.fromCodes)},
        {QStringLiteral("to_codes"), stringArray(toCodes)},
        {QStringLiteral("block_category"),
         c.equivalency.isBlockCredit() ? QJsonValue(c.equivalency.blockCategory) : QJsonValue()},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("source_grade"), c.sourceGrade},
        {QStringLiteral("converted_grade"), c.convertedGrade.isEmpty() ? QJsonValue() : QJsonValue(c.convertedGrade)},
        {QStringLiteral("conversion_table"), c.conversionTable},
        {QStringLiteral("conversion_version"), c.conversionVersion},
        {QStringLiteral("credits"), creditsValue(c.creditsHalves)},
        {QStringLiteral("converted_credits"), creditsValue(c.convertedCreditsHalves)},
        {QStringLiteral("as_of"), dateValue(c.asOf)},
    };
}

QJsonObject recordedJson(const TransferCredit& t)
{
    return QJsonObject {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("status"), t.isApplied() ? QStringLiteral("recorded") : QStringLiteral("reversed")},
        {QStringLiteral("equivalency_id"), t.equivalencyId},
        {QStringLiteral("equivalency_version"), t.equivalencyVersion},
        {QStringLiteral("from_institution"), t.fromInstitution},
        {QStringLiteral("from_codes"), stringArray(t.fromCodes)},
        {QStringLiteral("to_code"), t.targetCourseCode.isEmpty() ? QJsonValue() : QJsonValue(t.targetCourseCode)},
        {QStringLiteral("block_category"), t.targetCategory.isEmpty() ? QJsonValue() : QJsonValue(t.targetCategory)},
        {QStringLiteral("converted_grade"), t.convertedGrade},
        {QStringLiteral("conversion_table"), t.conversionTable},
        {QStringLiteral("conversion_version"), t.conversionVersion},
        {QStringLiteral("credits"), creditsValue(t.creditsHalves)},
        {QStringLiteral("as_of"), dateValue(t.asOf)},
        {QStringLiteral("decided_by"), t.decidedBy},
        {QStringLiteral("decided_at"), t.decidedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), t.reason.isEmpty() ? QJsonValue() : QJsonValue(t.reason)},
        {QStringLiteral("reversed_by"), t.reversedBy.isEmpty() ? QJsonValue() : QJsonValue(t.reversedBy)},
    };
}

QString targetText(const TransferCandidate& c)
{
    return c.equivalency.isBlockCredit() ? QStringLiteral("%1 block credit").arg(c.equivalency.blockCategory)
                                         : c.equivalency.toCodes.join(QLatin1Char('+'));
}

QString sourcesText(const TransferCandidate& c)
{
    QStringList parts;
    for (const TransferSource& s : c.sources) {
        parts.append(QStringLiteral("%1 %2 %3").arg(s.code, s.term, s.mark));
    }
    return parts.isEmpty() ? c.fromSpec() : parts.join(QStringLiteral(", "));
}

} // namespace

TransferCommand::TransferCommand()
    : DatabaseCommand(QStringLiteral("transfer"),
                      QStringLiteral("the transfers approved equivalencies allow a student, or a reviewed reversal"))
{
    addArgument(QStringLiteral("STUDENT_ID"), QStringLiteral("the student"));
    addOption(QStringLiteral("to"), QStringLiteral("CQUPT|RUTS"),
              QStringLiteral("the receiving institution (required unless --reverse)"));
    addFlag(QStringLiteral("apply"), QStringLiteral("record the allowed transfers"));
    addOption(QStringLiteral("as-of"), QStringLiteral("DATE"), QStringLiteral("decide as on this day (YYYY-MM-DD)"));
    addFlag(QStringLiteral("json"), QStringLiteral("the plan as JSON"));
    addOption(QStringLiteral("reverse"), QStringLiteral("TRANSFER_ID"),
              QStringLiteral("reverse a recorded transfer (with --reason)"));
    addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why it is reversed"));
}

bool TransferCommand::readArguments(const CommandContext& context, const QCommandLineParser& parser)
{
    m_studentId = parser.positionalArguments().constFirst();
    m_to = parser.value(QStringLiteral("to"));
    m_apply = parser.isSet(QStringLiteral("apply"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_reason = parser.value(QStringLiteral("reason"));
    m_reverse = parser.value(QStringLiteral("reverse"));
    if (!m_reverse.isEmpty()) {
        return true;
    }
    if (m_to.isEmpty()) {
        return usageError(context, QStringLiteral("--to CQUPT|RUTS is required"));
    }
    m_asOf = QDate::currentDate();
    if (!readDate(context, parser, QStringLiteral("as-of"), &m_asOf)) {
        return false;
    }
    return true;
}

int TransferCommand::reverse(CommandContext& context, Database& db, TransferService& service)
{
    Error error;
    bool isNumber = false;
    const qint64 id = m_reverse.toLongLong(&isNumber);
    const std::optional<TransferCredit> t
        = isNumber ? TransferCreditRepository(db).findById(id, &error) : std::optional<TransferCredit>();
    if (error.isSet()) {
        return context.fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    if (!t || t->studentId != m_studentId) {
        return context.fail(QStringLiteral("transfer: %1 has no transfer %2").arg(m_studentId, m_reverse));
    }
    QList<TransferCredit> reversed;
    if (!service.reverse(id, m_reason, &reversed, &error)) {
        return context.fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    for (const TransferCredit& r : std::as_const(reversed)) {
        context.out() << QStringLiteral("reversed transfer %1 (%2 -> %3 %4): %5")
                             .arg(r.id)
                             .arg(r.fromCodes.join(QLatin1Char('+')), r.toInstitution,
                                  r.targetCourseCode.isEmpty() ? r.targetCategory : r.targetCourseCode,
                                  TerminalText::escaped(r.reason))
                      << Qt::endl;
    }
    return 0;
}

int TransferCommand::runWithDatabase(CommandContext& context, Database& db)
{
    TransferService service(db);
    Error error;
    if (!service.load(&error)) {
        return context.fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    if (!m_reverse.isEmpty()) {
        return reverse(context, db, service);
    }
    TransferService::StudentTransfers plan;
    if (!service.plan(m_studentId, m_to, m_asOf, &plan, &error)) {
        return context.fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    QList<TransferCredit> applied;
    if (m_apply && !service.apply(m_studentId, m_to, m_asOf, &applied, &error)) {
        return context.fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    if (m_json) {
        printJson(context.out(), plan, applied);
    } else {
        printText(context.out(), plan, applied);
    }
    return 0;
}

void TransferCommand::printJson(QTextStream& out, const TransferService::StudentTransfers& plan,
                                const QList<TransferCredit>& applied) const
{
    QJsonArray allowed;
    QJsonArray refused;
    QJsonArray recorded;
    QJsonArray added;
    for (const TransferCandidate& c : std::as_const(plan.plan.candidates)) {
        (c.allowed() ? allowed : refused).append(candidateJson(c));
    }
    for (const TransferCredit& t : std::as_const(plan.recorded)) {
        QJsonObject o = recordedJson(t);
        // Passed at the receiving institution after the transfer: the course counts once, as passed there.
        const QString term = plan.passedHere.value(t.id);
        o.insert(QStringLiteral("also_passed_in"), term.isEmpty() ? QJsonValue() : QJsonValue(term));
        recorded.append(o);
    }
    for (const TransferCredit& t : std::as_const(applied)) {
        added.append(recordedJson(t));
    }
    QJsonObject o {
        {QStringLiteral("student_id"), m_studentId},
        {QStringLiteral("to_institution"), m_to},
        {QStringLiteral("programme"), plan.programme.isEmpty() ? QJsonValue() : QJsonValue(plan.programme)},
        {QStringLiteral("as_of"), dateValue(m_asOf)},
        {QStringLiteral("cap_credits"), plan.plan.capHalves > 0 ? creditsValue(plan.plan.capHalves) : QJsonValue()},
        {QStringLiteral("recorded_credits"), creditsValue(plan.plan.recordedHalves)},
        {QStringLiteral("allowed"), allowed},
        {QStringLiteral("refused"), refused},
        {QStringLiteral("recorded"), recorded},
    };
    if (m_apply) {
        o.insert(QStringLiteral("applied"), added);
    }
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

void TransferCommand::printText(QTextStream& out, const TransferService::StudentTransfers& plan,
                                const QList<TransferCredit>& applied) const
{
    out << QStringLiteral("%1 -> %2 (%3), as of %4")
               .arg(m_studentId, m_to, plan.programme.isEmpty() ? QStringLiteral("no programme") : plan.programme,
                    m_asOf.toString(Qt::ISODate));
    if (plan.plan.capHalves > 0) {
        out << QStringLiteral("; cap %1 credits, %2 recorded")
                   .arg(Decimal::formatHalves(plan.plan.capHalves), Decimal::formatHalves(plan.plan.recordedHalves));
    }
    out << Qt::endl;
    for (const TransferCandidate& c : std::as_const(plan.plan.candidates)) {
        if (c.allowed()) {
            out << QStringLiteral("  allowed   %1 -> %2  %3, %4 credits (table %5 %6)")
                       .arg(sourcesText(c), targetText(c), c.convertedGrade, Decimal::formatHalves(c.creditsHalves),
                            c.conversionTable, c.conversionVersion)
                << Qt::endl;
        } else {
            out << QStringLiteral("  refused   %1 -> %2  %3: %4")
                       .arg(sourcesText(c), targetText(c), TransferCandidate::reasonName(c.reason),
                            TerminalText::escaped(c.detail))
                << Qt::endl;
        }
    }
    for (const TransferCredit& t : std::as_const(plan.recorded)) {
        out << QStringLiteral("  %1  #%2 %3 -> %4  %5, %6 credits, version %7, as of %8 by %9")
                   .arg(t.isApplied() ? QStringLiteral("recorded") : QStringLiteral("reversed"))
                   .arg(t.id)
                   .arg(t.fromCodes.join(QLatin1Char('+')),
                        t.targetCourseCode.isEmpty() ? t.targetCategory + QStringLiteral(" block credit")
                                                     : t.targetCourseCode,
                        t.convertedGrade, Decimal::formatHalves(t.creditsHalves))
                   .arg(t.equivalencyVersion)
                   .arg(t.asOf.toString(Qt::ISODate), TerminalText::escaped(t.decidedBy));
        if (plan.passedHere.contains(t.id)) {
            out << QStringLiteral("; %1 also passed at %2 in %3, counted once")
                       .arg(t.targetCourseCode, m_to, plan.passedHere.value(t.id));
        }
        out << Qt::endl;
    }
    if (m_apply) {
        out << QStringLiteral("applied %1 transfer credit%2")
                   .arg(applied.size())
                   .arg(applied.size() == 1 ? QString() : QStringLiteral("s"))
            << Qt::endl;
    } else if (!plan.plan.allowed().isEmpty()) {
        out << QStringLiteral("(nothing recorded yet: add --apply)") << Qt::endl;
    }
}

} // namespace dd
