// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/records/Student.h"
#include "data/import/Importer.h"

#include <QHash>
#include <QList>

namespace dd {

/** Imports students.csv: one row per student, keyed by student_id; a changed row updates the student. */
class StudentImporter : public Importer
{
public:
    explicit StudentImporter(Database& db);
    QStringList columns() const override;
    QStringList optionalColumns() const override;

protected:
    void validateRow(const Row& row) override;
    [[nodiscard]] bool apply(Error* error) override;

private:
    RecordPlan<Student> m_plan;
    QHash<QString, int> m_seenIds; // student_id -> line
    QHash<QString, int> m_seenNumbers; // CQUPT:no or RUTS:no -> line
};

} // namespace dd
