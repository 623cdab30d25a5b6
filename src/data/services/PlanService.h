// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/plan/DegreePlan.h"
#include "core/records/Student.h"
#include "core/text/Error.h"
#include "data/files/TableFile.h"
#include "data/services/TransferService.h"

#include <QCoreApplication>

#include <functional>

namespace dd {

class Database;

/**
 * Plans to both degrees for stored students: reads the catalogues with their
 * offerings, the policies' loads and assumed grades, the cohort's programmes at
 * both institutions with their study years, the current equivalencies and each
 * student's record with the transfers recorded, and runs the DegreePlanner.
 * Writes nothing.
 */
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(dd::PlanService)

public:
    struct Options
    {
        QHash<QString, QString> assumed; ///< institution -> mark; the policy's assumed grade for the others
        QString from; ///< a term in either institution's naming; empty: after the record
    };

    explicit PlanService(Database& db);

    /** Reads the policies, catalogues and equivalencies. */
    [[nodiscard]] bool load(Error* error);
    const PolicySet& policies() const { return m_transfers.policies(); }
    const QHash<QString, Course>& courses() const { return m_transfers.courses(); }

    /**
     * Parses "CQUPT=85,RUTS=B+" into \a assumed: known institutions, passing graded
     * marks on each one's scale. False with the reason in \a error.
     */
    [[nodiscard]] bool parseAssume(const QString& text, QHash<QString, QString>* assumed, QString* error) const;

    /** What the planner needs for \a studentId. \a input refers to this service's catalogues: keep it alive. */
    [[nodiscard]] bool inputFor(const QString& studentId, const Options& options, PlanInput* input, Error* error);

    /** The plan of \a studentId. */
    [[nodiscard]] bool planStudent(const QString& studentId, const Options& options, DegreePlan* plan, Error* error);

    /**
     * The plans of every student of \a cohort, by student id; \a progress is told how
     * many of how many are done and stops the work when it returns false.
     */
    [[nodiscard]] bool planCohort(int cohort, const Options& options, QList<DegreePlan>* plans, Error* error,
                                  const std::function<bool(int, int)>& progress = {});

    /**
     * The cohort's plans as a report: who has both degrees' requirements met, who can
     * finish on time, who needs a summer term, who finishes late, who cannot — with
     * the term, the credits and the reasons.
     */
    [[nodiscard]] bool cohortReport(int cohort, const Options& options, Table* table, Error* error,
                                    const std::function<bool(int, int)>& progress = {});
    /**
     * What the planner needs for \a record, with \a recorded its transfers so far (the
     * records of a cohort read at once). \a input refers to this service's catalogues.
     */
    [[nodiscard]] bool prepare(StudentRecord record, const QList<TransferCredit>& recorded, const Options& options,
                               PlanInput* input, Error* error);
    /**
     * The cohort report written as \a path (.csv or .xlsx) for \a recipient and \a purpose
     * (defaults: the programme coordinators, planning the cohort's remaining terms), with
     * its entry in the disclosure log, or neither; \a table gets what was written.
     */
    [[nodiscard]] bool writeReport(int cohort, const Options& options, const QString& path, const QString& recipient,
                                   const QString& purpose, Table* table, Error* error);
    /** How many rows of \a table (a cohort report) have \a outcome (DegreePlan::outcomeName). */
    static int countOutcome(const Table& table, const QString& outcome);
    /** \a plans of the students of \a students as the report's table. */
    static Table reportTable(int cohort, const QList<DegreePlan>& plans, const QList<Student>& students);

private:
    [[nodiscard]] bool rulesFor(const QString& institution, int cohort, RuleSet* rules, Error* error);

    Database& m_db;
    TransferService m_transfers;
    QHash<QString, RuleSet> m_rules; ///< "INSTITUTION:cohort"
};

} // namespace dd
