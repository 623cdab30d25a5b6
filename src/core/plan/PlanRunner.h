// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/plan/DegreePlan.h"

#include <QCoreApplication>

namespace dd {

/**
 * Carries a plan out on paper: the terms the programme path leaves a student (the
 * institution of each year of study, each institution's semesters and loads, up to
 * the time limit), and what a schedule of courses does when every planned course
 * is passed with the assumed mark in its term and the transfers that approved
 * equivalencies then allow are applied at the term's end — audited by the
 * AuditEngine, as the office would audit it. Pure: values in, values out.
 */
class PlanRunner
{
    Q_DECLARE_TR_FUNCTIONS(dd::PlanRunner)

public:
    explicit PlanRunner(const PlanInput& input);

    /**
     * The terms from the first one to plan to the end of the time limit, each with
     * the courses already in progress in it; empty with the reasons in \a problems
     * when the data do not say where or how much the student studies.
     */
    QList<PlanTerm> termsAhead(QStringList* problems) const;

    /** Carries out \a terms; audits after each term when \a everyTerm, else after the last. */
    PlanCheck check(const QList<PlanTerm>& terms, bool everyTerm = true) const;

    /**
     * Whether \a audit meets what a plan aims at: every graduation requirement, and
     * every degree requirement a plan can reach (all but milestones).
     */
    static bool met(const AuditResult& audit, const RuleSet& rules);

    /** The mark assumed for a course graded in \a mode at \a institution. */
    QString assumedMark(const QString& institution, GradingMode mode) const;
    /** The credits of \a code at \a institution, 0 when it is not in the catalogue. */
    int creditsOf(const QString& institution, const QString& code) const;
    /** Whether \a record has passed \a code at \a institution. */
    bool passed(const StudentRecord& record, const QString& institution, const QString& code) const;
    /** "INSTITUTION id" of each requirement a planned course fills at both institutions, from \a final. */
    QHash<QString, QStringList> fills(const QList<PlanTerm>& terms, const PlanCheck& final) const;

    const PlanInput& input() const { return m_input; }

private:
    void applyTransfers(StudentRecord& record, QHash<QString, TransferPlanner::Recorded>& recorded,
                        const QDate& asOf) const;
    int firstOrdinal() const;

    const PlanInput& m_input;
};

} // namespace dd
