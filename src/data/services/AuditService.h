// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/audit/AuditResult.h"
#include "core/audit/StudentRecord.h"
#include "core/policy/PolicySet.h"
#include "core/policy/RuleSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

class Database;

/**
 * Audits stored students: finds the programme of the student's cohort at an
 * institution (or a what-if programme), reads each rule file once, and runs the
 * AuditEngine. Used by the command line and the Audit view alike.
 */
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditService)

public:
    /** Why an audit could not be made. */
    enum class Problem {
        None,
        Storage, ///< the database could not be read
        UnknownStudent,
        UnknownInstitution,
        NoProgramme, ///< no programme of the institution for the cohort
        WrongInstitution, ///< the what-if programme belongs to the other institution
    };

    explicit AuditService(Database& db);

    /** Reads the policies in force. */
    [[nodiscard]] bool load(Error* error);
    const PolicySet& policies() const { return m_policies; }

    /** The programme codes of \a institution, by catalogue year. */
    QStringList programmes(const QString& institution, Error* error) const;

    /** The audit of \a record at \a institution, against \a whatIf or the cohort's programme. */
    [[nodiscard]] bool audit(const StudentRecord& record, const QString& institution, const QString& whatIf,
                             AuditResult* result, Error* error, Problem* problem = nullptr);
    /** Reads \a studentId's record and audits it. */
    [[nodiscard]] bool auditStudent(const QString& studentId, const QString& institution, const QString& whatIf,
                                    AuditResult* result, Error* error, Problem* problem = nullptr);
    /** Every student of \a cohort, by student id. */
    [[nodiscard]] bool auditCohort(int cohort, const QString& institution, const QString& whatIf,
                                   QList<AuditResult>* results, Error* error, Problem* problem = nullptr);

private:
    [[nodiscard]] bool rulesFor(const QString& code, RuleSet* rules, Error* error);

    Database& m_db;
    PolicySet m_policies;
    QHash<QString, RuleSet> m_rules;
};

} // namespace dd
