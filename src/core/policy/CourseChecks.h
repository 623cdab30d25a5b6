// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/PolicySet.h"
#include "core/records/Course.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dd {

/** The checks of a course's fields, shared by courses.csv and the course form. */
namespace CourseChecks {

struct Problem
{
    QString column; ///< the courses.csv column, e.g. "credits"
    QString reason;
};

/**
 * Reads \a fields (the courses.csv columns, as text) into \a course and returns
 * every problem: the institution, code, English title, credits in halves,
 * whole hours, the institution's categories and the grading mode.
 */
QList<Problem> check(const PolicySet& policies, const QHash<QString, QString>& fields, Course* course);

} // namespace CourseChecks

} // namespace dd
