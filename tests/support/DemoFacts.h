// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Facts of the demo data set (data/demo/, made by scripts/make_demo_data.py) that tests
// count on, named once here: when the demo grows, one line changes.

namespace ddtest {

/** Students in data/demo/students.csv. */
constexpr int kDemoStudents = 100;
/** Cohorts among them (2020 to 2023). */
constexpr int kDemoCohorts = 4;
/** Students of cohort 2021 (ids DD2021…). */
constexpr int kDemoStudentsOf2021 = 26;
/** Courses in both catalogues together (data/demo/courses.csv). */
constexpr int kDemoCourses = 100;

} // namespace ddtest
