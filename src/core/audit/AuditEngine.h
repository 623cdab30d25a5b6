// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"
#include "core/audit/StudentRecord.h"
#include "core/policy/PolicySet.h"
#include "core/policy/RuleSet.h"

namespace dd {

/**
 * The degree audit: a pure function of values. One student's record is audited
 * against one programme's rules under that programme's institution policy;
 * results at the other institution count only through recorded transfers.
 *
 * Each course fills at most one requirement (its deepest matching one; credits of
 * sub-requirements count toward their parent), unless the rule file lets two
 * requirements share; totals, GPA, residency and the transfer cap count every
 * course. When a course could fill several requirements, the assignment that
 * meets the most requirements is chosen, whatever the order of the file.
 */
class AuditEngine
{
public:
    static AuditResult audit(const StudentRecord& record, const RuleSet& rules, const PolicySet& policies);
};

} // namespace dd
