// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/StudentImporter.h"

#include "data/db/Database.h"
#include "data/repositories/StudentChecks.h"
#include "data/repositories/StudentRepository.h"

namespace dd {

StudentImporter::StudentImporter(Database& db)
    : Importer(QStringLiteral("students"), db)
{
}

QStringList StudentImporter::columns() const
{
    return {QStringLiteral("student_id"),  QStringLiteral("cqupt_no"),      QStringLiteral("ruts_no"),
            QStringLiteral("family_name"), QStringLiteral("given_name"),    QStringLiteral("name_zh"),
            QStringLiteral("name_th"),     QStringLiteral("date_of_birth"), QStringLiteral("nationality"),
            QStringLiteral("passport_no"), QStringLiteral("email"),         QStringLiteral("cohort"),
            QStringLiteral("status")};
}

QStringList StudentImporter::optionalColumns() const
{
    return {QStringLiteral("national_id")};
}

void StudentImporter::validateRow(const Row& row)
{
    QHash<QString, QString> fields;
    for (const QString& column : columns() + optionalColumns()) {
        fields.insert(column, row.value(column));
    }
    Error sqlError;
    StudentRepository students(m_db);
    const std::optional<Student> existing = students.find(row.value(QStringLiteral("student_id")), &sqlError);
    if (sqlError.isSet()) {
        error(row, QString(), sqlError.message());
        return;
    }
    if (!row.has(QStringLiteral("national_id")) && existing) {
        fields.insert(QStringLiteral("national_id"), existing->nationalId); // a file without the column keeps it
    }
    Student s;
    for (const StudentChecks::Problem& p : StudentChecks::check(m_db, fields, &s)) {
        error(row, p.column, p.reason);
    }
    // Within one file: an id or a number given twice.
    if (m_seenIds.contains(s.studentId) && !s.studentId.isEmpty()) {
        error(row, QStringLiteral("student_id"),
              QStringLiteral("duplicate student id %1 (also on line %2)")
                  .arg(s.studentId)
                  .arg(m_seenIds.value(s.studentId)));
    }
    m_seenIds.insert(s.studentId, row.line());
    const QList<QPair<QString, QString>> numbers
        = {{QStringLiteral("cqupt_no"), s.cquptNo}, {QStringLiteral("ruts_no"), s.rutsNo}};
    for (const auto& [column, number] : numbers) {
        if (number.isEmpty()) {
            continue;
        }
        const QString key = column + QLatin1Char(':') + number;
        if (m_seenNumbers.contains(key)) {
            error(row, column, QStringLiteral("%1 is also given on line %2").arg(number).arg(m_seenNumbers.value(key)));
        }
        m_seenNumbers.insert(key, row.line());
    }

    const bool same = existing && existing->sameContent(s);
    if (!same && !permitted(row, Permissions::Action::EditStudents, QString(), QStringLiteral("student_id"))) {
        return;
    }
    plan(m_plan, existing, s, same, QStringLiteral("student %1").arg(s.studentId));
}

bool StudentImporter::apply(Error* error)
{
    StudentRepository students(m_db);
    return m_plan.apply(students, error);
}

} // namespace dd
