// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/PlanService.h"

#include "core/plan/DegreePlanner.h"
#include "core/policy/Permissions.h"
#include "core/policy/PolicySet.h"
#include "core/text/Decimal.h"
#include "data/db/Database.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/services/DisclosedFile.h"

#include <algorithm>

namespace dd {

PlanService::PlanService(Database& db)
    : m_db(db)
    , m_transfers(db)
{
}

bool PlanService::load(Error* error)
{
    m_rules.clear();
    return m_transfers.load(error);
}

bool PlanService::parseAssume(const QString& text, QHash<QString, QString>* assumed, QString* error) const
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString institution = part.left(eq).trimmed();
        const QString mark = part.mid(eq + 1).trimmed();
        const InstitutionPolicy* policy = eq > 0 ? policies().institution(institution) : nullptr;
        if (!policy) {
            *error = tr("--assume: '%1' is not INSTITUTION=GRADE with one of %2")
                         .arg(part, policies().institutionCodes().join(QStringLiteral(", ")));
            return false;
        }
        QString reason;
        const std::optional<Grade> g = policy->grading().classify(mark, GradingMode::Graded, &reason);
        if (!g || !g->passed || !g->pointsHundredths) {
            *error = tr("--assume: '%1' is not a passing graded mark at %2 (%3)")
                         .arg(mark, institution,
                              policy->grading().acceptedMarks(GradingMode::Graded).join(QStringLiteral(", ")));
            return false;
        }
        assumed->insert(institution, mark);
    }
    return true;
}

bool PlanService::rulesFor(const QString& institution, int cohort, RuleSet* rules, Error* error)
{
    const QString key = QStringLiteral("%1:%2").arg(institution).arg(cohort);
    if (m_rules.contains(key)) {
        *rules = m_rules.value(key);
        return true;
    }
    AuditLoader loader(m_db);
    const QString code = loader.programmeFor(institution, cohort, error);
    if (error->isSet()) {
        return false;
    }
    if (code.isEmpty()) {
        *error = Error::notFound(tr("no %1 programme for catalogue year %2").arg(institution).arg(cohort));
        return false;
    }
    if (!loader.loadRules(code, rules, error)) {
        return false;
    }
    m_rules.insert(key, *rules);
    return true;
}

bool PlanService::prepare(StudentRecord record, const QList<TransferCredit>& recorded, const Options& options,
                          PlanInput* input, Error* error)
{
    *input = PlanInput();
    input->policies = &policies();
    input->courses = &courses();
    input->equivalencies = m_transfers.current();
    for (const QString& institution : policies().institutionCodes()) {
        RuleSet rules;
        if (!rulesFor(institution, record.cohort, &rules, error)) {
            return false;
        }
        input->rules.insert(institution, rules);
        input->recorded.insert(institution, TransferService::recordedSet(recorded, institution));
        const QString mark = options.assumed.value(institution, policies().institution(institution)->plannedGrade());
        if (mark.isEmpty()) {
            *error = Error::invalid(tr("the %1 policy names no grade to assume (planning.assumed_grade): give --assume"
                                       " %1=GRADE")
                                        .arg(institution));
            return false;
        }
        input->assumed.insert(institution, mark);
    }
    if (!options.from.isEmpty()) {
        QStringList examples;
        for (const QString& institution : policies().institutionCodes()) {
            QString reason;
            const std::optional<TermInfo> term
                = policies().institution(institution)->terms().parse(options.from, &reason);
            if (term) {
                input->fromOrdinal = term->ordinal();
                break;
            }
            examples << policies().institution(institution)->terms().example();
        }
        if (input->fromOrdinal == 0) {
            *error = Error::invalid(tr("--from: '%1' is not a term of either institution (for example %2)")
                                        .arg(options.from, examples.join(tr(" or "))));
            return false;
        }
    }
    input->today = QDate::currentDate();
    input->record = std::move(record);
    return true;
}

bool PlanService::inputFor(const QString& studentId, const Options& options, PlanInput* input, Error* error)
{
    StudentRecord record;
    if (!AuditLoader(m_db).loadStudent(studentId, &record, error)) {
        return false;
    }
    const QList<TransferCredit> recorded = TransferCreditRepository(m_db).forStudent(studentId, error);
    if (error->isSet()) {
        return false;
    }
    return prepare(record, recorded, options, input, error);
}

bool PlanService::planStudent(const QString& studentId, const Options& options, DegreePlan* plan, Error* error)
{
    PlanInput input;
    if (!inputFor(studentId, options, &input, error)) {
        return false;
    }
    *plan = DegreePlanner(input).plan();
    return true;
}

bool PlanService::planCohort(int cohort, const Options& options, QList<DegreePlan>* plans, Error* error,
                             const std::function<bool(int, int)>& progress)
{
    QList<StudentRecord> records;
    if (!AuditLoader(m_db).loadCohort(cohort, &records, error)) {
        return false;
    }
    QHash<QString, QList<TransferCredit>> byStudent;
    for (const TransferCredit& t : TransferCreditRepository(m_db).all(error)) {
        byStudent[t.studentId].append(t);
    }
    if (error->isSet()) {
        return false;
    }
    plans->clear();
    for (int i = 0; i < records.size(); ++i) {
        if (progress && !progress(i, int(records.size()))) {
            *error = Error::invalid(tr("cancelled"));
            return false;
        }
        PlanInput input;
        const QString id = records.at(i).studentId;
        if (!prepare(records.at(i), byStudent.value(id), options, &input, error)) {
            return false;
        }
        plans->append(DegreePlanner(input).plan());
    }
    if (progress) {
        progress(int(records.size()), int(records.size()));
    }
    return true;
}

bool PlanService::cohortReport(int cohort, const Options& options, Table* table, Error* error,
                               const std::function<bool(int, int)>& progress)
{
    QList<DegreePlan> plans;
    if (!planCohort(cohort, options, &plans, error, progress)) {
        return false;
    }
    const QList<Student> students = StudentRepository(m_db).cohort(cohort, error);
    if (error->isSet()) {
        return false;
    }
    *table = reportTable(cohort, plans, students);
    return true;
}

bool PlanService::writeReport(int cohort, const Options& options, const QString& path, const QString& recipient,
                              const QString& purpose, Table* table, Error* error)
{
    QString format;
    if (!TableFile::formatOf(path, &format, error)
        || !m_db.session().permits(Permissions::Action::ExportPersonalData, error)
        || !cohortReport(cohort, options, table, error)) {
        return false;
    }
    QByteArray bytes = TableFile::csv(*table);
    if (format == QLatin1String("xlsx") && !TableFile::xlsx(*table, &bytes, error)) {
        return false;
    }
    Disclosure d;
    d.kind = QStringLiteral("report plans");
    d.recipient = recipient.trimmed().isEmpty() ? QStringLiteral("programme coordinators") : recipient.trimmed();
    d.purpose = purpose.trimmed().isEmpty() ? QStringLiteral("planning the remaining terms of cohort %1").arg(cohort)
                                            : purpose.trimmed();
    for (const QStringList& row : std::as_const(table->rows)) {
        d.records << row.first();
    }
    return DisclosureRepository::checkRecipientAndPurpose(d.recipient, d.purpose, error)
        && DisclosedFile::write(m_db, d, path, bytes, error);
}

int PlanService::countOutcome(const Table& table, const QString& outcome)
{
    const int column = int(table.headers.indexOf(QStringLiteral("outcome")));
    return int(std::count_if(table.rows.cbegin(), table.rows.cend(),
                             [&](const QStringList& row) { return row.value(column) == outcome; }));
}

Table PlanService::reportTable(int cohort, const QList<DegreePlan>& plans, const QList<Student>& students)
{
    using Type = Table::Type;
    Table t;
    t.sheet = QStringLiteral("plans %1").arg(cohort);
    t.headers = {QStringLiteral("student_id"), QStringLiteral("family_name"),  QStringLiteral("given_name"),
                 QStringLiteral("status"),     QStringLiteral("outcome"),      QStringLiteral("both_degrees_term"),
                 QStringLiteral("terms"),      QStringLiteral("summer_terms"), QStringLiteral("credits"),
                 QStringLiteral("milestones"), QStringLiteral("reasons")};
    t.types = {Type::Text,   Type::Text,   Type::Text,   Type::Text, Type::Text, Type::Text,
               Type::Number, Type::Number, Type::Number, Type::Text, Type::Text};
    QHash<QString, Student> byId;
    for (const Student& s : students) {
        byId.insert(s.studentId, s);
    }
    for (const DegreePlan& p : plans) {
        const Student s = byId.value(p.studentId);
        int summer = 0;
        for (const PlanTerm& term : p.terms) {
            summer += !term.regular && !term.courses.isEmpty() ? 1 : 0;
        }
        QStringList milestones;
        for (const DegreePlan::MilestoneNeed& m : p.milestones) {
            milestones << QStringLiteral("%1 (%2) by %3").arg(m.kind, m.institution, m.byTerm);
        }
        t.rows << QStringList {p.studentId,
                               s.familyName,
                               s.givenName,
                               s.status,
                               DegreePlan::outcomeName(p.outcome()),
                               p.bothDegreesTerm,
                               QString::number(p.terms.size()),
                               QString::number(summer),
                               Decimal::formatHalves(p.plannedHalves()),
                               milestones.join(QStringLiteral("; ")),
                               p.unreachable.join(QStringLiteral("; "))};
    }
    return t;
}

} // namespace dd
