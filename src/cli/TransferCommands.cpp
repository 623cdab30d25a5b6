// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// dualdegree-cli transfer, equivalency and export: credit transfer without a window.

#include "cli/CommandLine.h"
#include "data/import/StudentExporter.h"
#include "data/repositories/DisclosureRepository.h"

#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/import/EquivalencyExporter.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/services/TransferService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

std::optional<QDate> parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        return std::nullopt;
    }
    return d;
}

} // namespace

int CommandLine::cmdTransfer(QStringList args)
{
    QString to;
    QString asOfText;
    QString reverseId;
    QString reason;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool apply = takeFlag(args, QStringLiteral("--apply"));
    if (!takeOption(args, QStringLiteral("--to"), &to) || !takeOption(args, QStringLiteral("--as-of"), &asOfText)
        || !takeOption(args, QStringLiteral("--reverse"), &reverseId)
        || !takeOption(args, QStringLiteral("--reason"), &reason)) {
        return fail(QStringLiteral("transfer: %1").arg(m_optionError), 2);
    }
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        return fail(QStringLiteral("transfer: give one STUDENT_ID, then --to CQUPT|RUTS"), 2);
    }
    const QString studentId = args.first();
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    TransferService service(db);
    Error error;
    if (!service.load(&error)) {
        return fail(QStringLiteral("transfer: %1").arg(error.message()));
    }

    if (!reverseId.isEmpty()) {
        bool ok = false;
        const qint64 id = reverseId.toLongLong(&ok);
        const std::optional<TransferCredit> t
            = ok ? TransferCreditRepository(db).findById(id, &error) : std::optional<TransferCredit>();
        if (!t || t->studentId != studentId) {
            return fail(QStringLiteral("transfer: %1 has no transfer %2").arg(studentId, reverseId));
        }
        QList<TransferCredit> reversed;
        if (!service.reverse(id, reason, &reversed, &error)) {
            return fail(QStringLiteral("transfer: %1").arg(error.message()));
        }
        for (const TransferCredit& r : reversed) {
            m_out << QStringLiteral("reversed transfer %1 (%2 -> %3 %4): %5")
                         .arg(r.id)
                         .arg(r.fromCodes.join(QLatin1Char('+')), r.toInstitution,
                              r.targetCourseCode.isEmpty() ? r.targetCategory : r.targetCourseCode, r.reason)
                  << Qt::endl;
        }
        return 0;
    }

    if (to.isEmpty()) {
        return fail(QStringLiteral("transfer: --to CQUPT|RUTS is required"), 2);
    }
    QDate asOf = QDate::currentDate();
    if (!asOfText.isEmpty()) {
        const std::optional<QDate> d = parseDate(asOfText);
        if (!d) {
            return fail(QStringLiteral("transfer: --as-of '%1' is not a date (YYYY-MM-DD)").arg(asOfText), 2);
        }
        asOf = *d;
    }
    TransferService::StudentTransfers plan;
    if (!service.plan(studentId, to, asOf, &plan, &error)) {
        return fail(QStringLiteral("transfer: %1").arg(error.message()));
    }
    QList<TransferCredit> applied;
    if (apply && !service.apply(studentId, to, asOf, &applied, &error)) {
        return fail(QStringLiteral("transfer: %1").arg(error.message()));
    }

    if (json) {
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
            {QStringLiteral("student_id"), studentId},
            {QStringLiteral("to_institution"), to},
            {QStringLiteral("programme"), plan.programme.isEmpty() ? QJsonValue() : QJsonValue(plan.programme)},
            {QStringLiteral("as_of"), dateValue(asOf)},
            {QStringLiteral("cap_credits"), plan.plan.capHalves > 0 ? creditsValue(plan.plan.capHalves) : QJsonValue()},
            {QStringLiteral("recorded_credits"), creditsValue(plan.plan.recordedHalves)},
            {QStringLiteral("allowed"), allowed},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("recorded"), recorded},
        };
        if (apply) {
            o.insert(QStringLiteral("applied"), added);
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }

    m_out << QStringLiteral("%1 -> %2 (%3), as of %4")
                 .arg(studentId, to, plan.programme.isEmpty() ? QStringLiteral("no programme") : plan.programme,
                      asOf.toString(Qt::ISODate));
    if (plan.plan.capHalves > 0) {
        m_out << QStringLiteral("; cap %1 credits, %2 recorded")
                     .arg(Decimal::formatHalves(plan.plan.capHalves), Decimal::formatHalves(plan.plan.recordedHalves));
    }
    m_out << Qt::endl;
    for (const TransferCandidate& c : std::as_const(plan.plan.candidates)) {
        if (c.allowed()) {
            m_out << QStringLiteral("  allowed   %1 -> %2  %3, %4 credits (table %5 %6)")
                         .arg(sourcesText(c), targetText(c), c.convertedGrade, Decimal::formatHalves(c.creditsHalves),
                              c.conversionTable, c.conversionVersion)
                  << Qt::endl;
        } else {
            m_out << QStringLiteral("  refused   %1 -> %2  %3: %4")
                         .arg(sourcesText(c), targetText(c), TransferCandidate::reasonName(c.reason), c.detail)
                  << Qt::endl;
        }
    }
    for (const TransferCredit& t : std::as_const(plan.recorded)) {
        m_out << QStringLiteral("  %1  #%2 %3 -> %4  %5, %6 credits, version %7, as of %8 by %9")
                     .arg(t.isApplied() ? QStringLiteral("recorded") : QStringLiteral("reversed"))
                     .arg(t.id)
                     .arg(t.fromCodes.join(QLatin1Char('+')),
                          t.targetCourseCode.isEmpty() ? t.targetCategory + QStringLiteral(" block credit")
                                                       : t.targetCourseCode,
                          t.convertedGrade, Decimal::formatHalves(t.creditsHalves))
                     .arg(t.equivalencyVersion)
                     .arg(t.asOf.toString(Qt::ISODate), t.decidedBy);
        if (plan.passedHere.contains(t.id)) {
            m_out << QStringLiteral("; %1 also passed at %2 in %3, counted once")
                         .arg(t.targetCourseCode, to, plan.passedHere.value(t.id));
        }
        m_out << Qt::endl;
    }
    if (apply) {
        m_out << QStringLiteral("applied %1 transfer credit%2")
                     .arg(applied.size())
                     .arg(applied.size() == 1 ? QString() : QStringLiteral("s"))
              << Qt::endl;
    } else if (!plan.plan.allowed().isEmpty()) {
        m_out << QStringLiteral("(nothing recorded yet: add --apply)") << Qt::endl;
    }
    return 0;
}

int CommandLine::cmdEquivalency(QStringList args)
{
    if (args.isEmpty()) {
        return fail(QStringLiteral("equivalency: list, show, impact, evidence, propose, approve, reject or retire"), 2);
    }
    const QString sub = args.takeFirst();
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString reason;
    QString status;
    QString asOfText;
    if (!takeOption(args, QStringLiteral("--reason"), &reason) || !takeOption(args, QStringLiteral("--status"), &status)
        || !takeOption(args, QStringLiteral("--as-of"), &asOfText)) {
        return fail(QStringLiteral("equivalency: %1").arg(m_optionError), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    TransferService service(db);
    Error error;
    if (!service.load(&error)) {
        return fail(QStringLiteral("equivalency: %1").arg(error.message()));
    }
    EquivalencyRepository repository(db);

    if (sub == QLatin1String("list")) {
        for (const Equivalency& e : service.current()) {
            if (!status.isEmpty() && e.status != status) {
                continue;
            }
            if (json) {
                m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), e.id},
                                                    {QStringLiteral("version"), e.version},
                                                    {QStringLiteral("from_institution"), e.fromInstitution},
                                                    {QStringLiteral("from_codes"), e.fromCodes.join(QLatin1Char('+'))},
                                                    {QStringLiteral("to_institution"), e.toInstitution},
                                                    {QStringLiteral("to_codes"), e.toSpec()},
                                                    {QStringLiteral("status"), e.status},
                                                    {QStringLiteral("valid_from_cohort"), e.validFromCohort},
                                                    {QStringLiteral("valid_to_cohort"),
                                                     e.validToCohort > 0 ? QJsonValue(e.validToCohort) : QJsonValue()},
                                                    {QStringLiteral("decided_by"), e.decidedBy}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            } else {
                m_out << QStringLiteral("%1\tv%2\t%3 %4 -> %5 %6\t%7\t%8-%9")
                             .arg(e.id)
                             .arg(e.version)
                             .arg(e.fromInstitution, e.fromCodes.join(QLatin1Char('+')), e.toInstitution, e.toSpec(),
                                  e.status, QString::number(e.validFromCohort),
                                  e.validToCohort > 0 ? QString::number(e.validToCohort) : QString())
                      << Qt::endl;
            }
        }
        return 0;
    }

    if (args.isEmpty()) {
        return fail(QStringLiteral("equivalency %1: give the equivalency ID (see 'equivalency list')").arg(sub), 2);
    }
    bool ok = false;
    const qint64 id = args.takeFirst().toLongLong(&ok);
    const std::optional<Equivalency> e = ok ? repository.findById(id, &error) : std::nullopt;
    if (!e) {
        return fail(QStringLiteral("equivalency %1: no equivalency with that ID").arg(sub));
    }

    if (sub == QLatin1String("show")) {
        const TransferPlanner::CreditCheck check = service.checkCredits(*e);
        m_out << QStringLiteral("%1 %2 -> %3 %4\n")
                     .arg(e->fromInstitution, e->fromCodes.join(QLatin1Char('+')), e->toInstitution, e->toSpec());
        m_out << QStringLiteral("hours: %1%2\n")
                     .arg(check.detail, check.approvable ? QString() : QStringLiteral(" (cannot be approved)"));
        for (const Equivalency& v : repository.history(e->lineageId, &error)) {
            m_out << QStringLiteral("version %1 (id %2): %3, cohorts %4-%5%6%7\n")
                         .arg(v.version)
                         .arg(v.id)
                         .arg(v.status, QString::number(v.validFromCohort),
                              v.validToCohort > 0 ? QString::number(v.validToCohort) : QString(),
                              v.decidedBy.isEmpty()
                                  ? QString()
                                  : QStringLiteral(", by %1 at %2").arg(v.decidedBy, v.decidedAt.toString(Qt::ISODate)),
                              v.reason.isEmpty() ? QString() : QStringLiteral(": %1").arg(v.reason));
        }
        for (const EquivalencyRepository::Evidence& ev : repository.evidence(e->lineageId, &error)) {
            m_out << QStringLiteral("evidence %1 (version %2): %3, %4 bytes, sha256 %5, by %6\n")
                         .arg(ev.id)
                         .arg(ev.version)
                         .arg(ev.fileName)
                         .arg(ev.size)
                         .arg(ev.sha256, ev.addedBy);
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("impact")) {
        QDate asOf = QDate::currentDate();
        if (!asOfText.isEmpty()) {
            const std::optional<QDate> d = parseDate(asOfText);
            if (!d) {
                return fail(QStringLiteral("equivalency impact: --as-of '%1' is not a date").arg(asOfText), 2);
            }
            asOf = *d;
        }
        QList<TransferService::Impact> impact;
        if (!service.impact(*e, asOf, &impact, &error)) {
            return fail(QStringLiteral("equivalency impact: %1").arg(error.message()));
        }
        for (const TransferService::Impact& i : std::as_const(impact)) {
            if (json) {
                m_out << QJsonDocument(QJsonObject {{QStringLiteral("student_id"), i.studentId},
                                                    {QStringLiteral("before"), i.before},
                                                    {QStringLiteral("after"), i.after},
                                                    {QStringLiteral("recorded"), i.recorded}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            } else {
                m_out << QStringLiteral("%1\t%2\t->\t%3").arg(i.studentId, i.before, i.after) << Qt::endl;
            }
        }
        if (!json) {
            m_out << QStringLiteral("%1 student%2 treated differently by version %3")
                         .arg(impact.size())
                         .arg(impact.size() == 1 ? QString() : QStringLiteral("s"))
                         .arg(e->version)
                  << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("evidence")) {
        if (args.size() != 1) {
            return fail(QStringLiteral("equivalency evidence: give ID and FILE"), 2);
        }
        QFile file(args.first());
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(
                QStringLiteral("equivalency evidence: cannot read %1: %2").arg(args.first(), file.errorString()));
        }
        EquivalencyRepository::Evidence added;
        if (!repository.addEvidence(e->id, QFileInfo(file).fileName(), file.readAll(), &added, &error)) {
            return fail(QStringLiteral("equivalency evidence: %1").arg(error.message()));
        }
        m_out << QStringLiteral("attached %1 (%2 bytes, sha256 %3) to version %4")
                     .arg(added.fileName)
                     .arg(added.size)
                     .arg(added.sha256)
                     .arg(e->version)
              << Qt::endl;
        return 0;
    }
    const QHash<QString, QString> decisions = {{QStringLiteral("propose"), QStringLiteral("proposed")},
                                               {QStringLiteral("approve"), QStringLiteral("approved")},
                                               {QStringLiteral("reject"), QStringLiteral("rejected")},
                                               {QStringLiteral("retire"), QStringLiteral("retired")}};
    if (decisions.contains(sub)) {
        Equivalency decided;
        if (!service.decide(*e, decisions.value(sub), reason, &decided, &error)) {
            return fail(QStringLiteral("equivalency %1: %2").arg(sub, error.message()));
        }
        m_out << QStringLiteral("%1 %2 -> %3 %4 is %5 as version %6 (id %7)")
                     .arg(decided.fromInstitution, decided.fromCodes.join(QLatin1Char('+')), decided.toInstitution,
                          decided.toSpec(), decided.status)
                     .arg(decided.version)
                     .arg(decided.id)
              << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("equivalency: unknown subcommand '%1'").arg(sub), 2);
}

int CommandLine::cmdExport(QStringList args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("students")) {
        return exportStudents(args.mid(1));
    }
    if (args.size() != 2 || args.first() != QLatin1String("equivalencies")) {
        return fail(QStringLiteral("export: usage: export equivalencies FILE.csv | export students FILE.csv"
                                   " --recipient TEXT --purpose TEXT [--cohort YEAR]"),
                    2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    QByteArray csv;
    Error error;
    if (!EquivalencyExporter::exportCurrent(db, &csv, &error)) {
        return fail(QStringLiteral("export: %1").arg(error.message()));
    }
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        return fail(QStringLiteral("export: cannot write %1: %2").arg(args.at(1), file.errorString()));
    }
    m_out << QStringLiteral("wrote %1 equivalencies to %2").arg(csv.count('\n') - 1).arg(args.at(1)) << Qt::endl;
    return 0;
}

int CommandLine::exportStudents(QStringList args)
{
    Disclosure released;
    QString cohortText;
    if (!takeOption(args, QStringLiteral("--recipient"), &released.recipient)
        || !takeOption(args, QStringLiteral("--purpose"), &released.purpose)
        || !takeOption(args, QStringLiteral("--cohort"), &cohortText)) {
        return fail(QStringLiteral("export students: %1").arg(m_optionError), 2);
    }
    if (args.size() != 1) {
        return fail(QStringLiteral("export students: expected the FILE.csv"), 2);
    }
    if (released.recipient.trimmed().isEmpty() || released.purpose.trimmed().isEmpty()) {
        return fail(QStringLiteral("export students: personal data leaves only with --recipient and --purpose,"
                                   " recorded in the disclosure log"),
                    2);
    }
    bool cohortOk = true;
    const int cohort = cohortText.isEmpty() ? 0 : cohortText.toInt(&cohortOk);
    if (!cohortOk) {
        return fail(QStringLiteral("export students: --cohort must be a year"), 2);
    }
    Database db;
    if (!openDatabase(db)) {
        return 1;
    }
    Error error;
    if (!StudentExporter::exportStudents(db, cohort, args.first(), released, &error)) {
        return fail(QStringLiteral("export students: %1").arg(error.message()));
    }
    m_out << QStringLiteral("wrote %1 students to %2 for %3 (%4); recorded in the disclosure log")
                 .arg(released.records.size())
                 .arg(args.first(), released.recipient, released.purpose)
          << Qt::endl;
    return 0;
}

} // namespace dd
