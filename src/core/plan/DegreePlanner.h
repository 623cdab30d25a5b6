// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/plan/DegreePlan.h"

#include <QCoreApplication>

namespace dd {

/**
 * The shortest plan to both degrees. For each number of terms, from one up to the
 * time limit, a branch-and-bound search chooses the courses still open to the
 * student (each at the institution where the path puts them in a term it is
 * offered), counting what the approved equivalencies carry to the other
 * institution, with the fewest credits that cover what both audits still lack;
 * the terms' loads must hold them, and the AuditEngine must find both programmes
 * met when the schedule is carried out (PlanRunner). The first number of terms
 * with such a plan is the answer. The search over what is lacking is a relaxation
 * of the audit (a course is counted toward every requirement it matches), so it
 * never rules out a plan the audit would accept; only equivalencies needing
 * several source courses of which some are still to be taken are not counted.
 * Pure: values in, values out.
 */
class DegreePlanner
{
    Q_DECLARE_TR_FUNCTIONS(dd::DegreePlanner)

public:
    explicit DegreePlanner(const PlanInput& input);

    /** The plan; \a nodeLimit bounds the search per number of terms (then the plan is not proven shortest). */
    DegreePlan plan(int nodeLimit = 400000) const;

    /** The plan JSON's term list and milestones for \a terms as they stand, re-checked (the window's drag). */
    DegreePlan recheck(const QList<PlanTerm>& terms) const;

private:
    int normalEnd() const;
    DegreePlan finish(const QList<PlanTerm>& terms, const PlanCheck& check, const QStringList& notes) const;

    const PlanInput& m_input;
};

} // namespace dd
