// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/AuditService.h"

#include "core/audit/AuditEngine.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/ProgrammeRepository.h"

namespace dd {

AuditService::AuditService(Database& db)
    : m_db(db)
{
}

bool AuditService::load(Error* error)
{
    m_policies = PolicySet();
    m_rules.clear();
    return PolicyRepository(m_db).load(&m_policies, error);
}

QStringList AuditService::programmes(const QString& institution, Error* error) const
{
    QStringList codes;
    for (const Programme& p : ProgrammeRepository(m_db).all(error)) {
        if (p.institution == institution) {
            codes.append(p.code);
        }
    }
    return codes;
}

bool AuditService::rulesFor(const QString& code, RuleSet* rules, Error* error)
{
    const auto it = m_rules.constFind(code);
    if (it != m_rules.cend()) {
        *rules = *it;
        return true;
    }
    if (!AuditLoader(m_db).loadRules(code, rules, error)) {
        return false;
    }
    m_rules.insert(code, *rules);
    return true;
}

bool AuditService::audit(const StudentRecord& record, const QString& institution, const QString& whatIf,
                         AuditResult* result, Error* error, Problem* problem)
{
    Problem ignored;
    Problem& p = problem ? *problem : ignored;
    p = Problem::None;
    if (!m_policies.institution(institution)) {
        p = Problem::UnknownInstitution;
        *error = Error::invalid(tr("unknown institution '%1' (expected %2)")
                                    .arg(institution, m_policies.institutionCodes().join(QStringLiteral(" or "))));
        return false;
    }
    QString code = whatIf;
    if (code.isEmpty()) {
        Error sqlError;
        code = AuditLoader(m_db).programmeFor(institution, record.cohort, &sqlError);
        if (sqlError.isSet()) {
            p = Problem::Storage;
            *error = sqlError;
            return false;
        }
        if (code.isEmpty()) {
            p = Problem::NoProgramme;
            *error = Error::notFound(tr("no %1 programme for catalogue year %2 (student %3)")
                                         .arg(institution)
                                         .arg(record.cohort)
                                         .arg(record.studentId));
            return false;
        }
    }
    RuleSet rules;
    if (!rulesFor(code, &rules, error)) {
        p = Problem::NoProgramme;
        return false;
    }
    if (rules.programme().institution != institution) {
        p = Problem::WrongInstitution;
        *error = Error::invalid(
            tr("%1 is a programme of %2, not %3").arg(code, rules.programme().institution, institution));
        return false;
    }
    *result = AuditEngine::audit(record, rules, m_policies);
    result->whatIf = !whatIf.isEmpty();
    return true;
}

bool AuditService::auditStudent(const QString& studentId, const QString& institution, const QString& whatIf,
                                AuditResult* result, Error* error, Problem* problem)
{
    StudentRecord record;
    if (!AuditLoader(m_db).loadStudent(studentId, &record, error)) {
        if (problem) {
            *problem = error->is(Error::Kind::NotFound) ? Problem::UnknownStudent : Problem::Storage;
        }
        return false;
    }
    return audit(record, institution, whatIf, result, error, problem);
}

bool AuditService::auditCohort(int cohort, const QString& institution, const QString& whatIf,
                               QList<AuditResult>* results, Error* error, Problem* problem)
{
    results->clear();
    QList<StudentRecord> records;
    if (!AuditLoader(m_db).loadCohort(cohort, &records, error)) {
        if (problem) {
            *problem = Problem::Storage;
        }
        return false;
    }
    for (const StudentRecord& record : std::as_const(records)) {
        AuditResult r;
        if (!audit(record, institution, whatIf, &r, error, problem)) {
            return false;
        }
        results->append(r);
    }
    return true;
}

} // namespace dd
