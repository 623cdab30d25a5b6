// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/Student.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dd {

class Database;

/** The checks of a student's fields, shared by the import file and the student form. */
namespace StudentChecks {

struct Problem
{
    QString column; ///< the students.csv column, e.g. "date_of_birth"
    QString reason;
};

/**
 * Reads \a fields (the students.csv columns, as text) into \a student and
 * returns every problem: required fields, formats, a plausible date of birth,
 * the status, and CQUPT and RUTS numbers that belong to another student.
 */
QList<Problem> check(Database& db, const QHash<QString, QString>& fields, Student* student);

/** The statuses a student may have. */
QStringList statuses();

} // namespace StudentChecks

} // namespace dd
