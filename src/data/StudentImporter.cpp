// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StudentImporter.h"

#include "Database.h"
#include "FieldRules.h"
#include "SqlUtil.h"
#include "StudentRepository.h"

namespace dd {

namespace {

const QStringList kStatuses
    = {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("withdrawn"), QStringLiteral("graduated")};

} // namespace

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

void StudentImporter::validateRow(const Row& row)
{
    QString reason;
    Student s;
    s.studentId = required(row, QStringLiteral("student_id"));
    if (!s.studentId.isEmpty() && !FieldRules::identifier(s.studentId, &reason)) {
        error(row, QStringLiteral("student_id"), reason);
    }
    if (m_seenIds.contains(s.studentId) && !s.studentId.isEmpty()) {
        error(row, QStringLiteral("student_id"),
              QStringLiteral("duplicate student id %1 (also on line %2)")
                  .arg(s.studentId)
                  .arg(m_seenIds.value(s.studentId)));
    }
    m_seenIds.insert(s.studentId, row.line());

    s.cquptNo = row.value(QStringLiteral("cqupt_no"));
    s.rutsNo = row.value(QStringLiteral("ruts_no"));
    const QList<QPair<QString, QString>> numbers
        = {{QStringLiteral("cqupt_no"), s.cquptNo}, {QStringLiteral("ruts_no"), s.rutsNo}};
    for (const auto& [column, number] : numbers) {
        if (number.isEmpty()) {
            continue;
        }
        if (!FieldRules::identifier(number, &reason)) {
            error(row, column, reason);
            continue;
        }
        const QString key = column + QLatin1Char(':') + number;
        if (m_seenNumbers.contains(key)) {
            error(row, column, QStringLiteral("%1 is also given on line %2").arg(number).arg(m_seenNumbers.value(key)));
        }
        m_seenNumbers.insert(key, row.line());
        QString sqlError;
        // column is one of two fixed names, never user text.
        QSqlQuery* q = Sql::runCached(m_db, QStringLiteral("SELECT student_id FROM students WHERE %1 = ?").arg(column),
                                      {number}, &sqlError);
        if (q && q->next() && q->value(0).toString() != s.studentId) {
            error(row, column, QStringLiteral("%1 belongs to student %2 already").arg(number, q->value(0).toString()));
        }
        if (q) {
            q->finish();
        }
    }

    s.familyName = required(row, QStringLiteral("family_name"));
    s.givenName = required(row, QStringLiteral("given_name"));
    s.nameZh = row.value(QStringLiteral("name_zh"));
    s.nameTh = row.value(QStringLiteral("name_th"));
    const QString dob = required(row, QStringLiteral("date_of_birth"));
    if (!dob.isEmpty()) {
        const std::optional<QDate> date = FieldRules::isoDate(dob, &reason);
        if (!date) {
            error(row, QStringLiteral("date_of_birth"), reason);
        } else if (*date > QDate::currentDate() || date->year() < 1900) {
            error(row, QStringLiteral("date_of_birth"), QStringLiteral("%1 is not a plausible date of birth").arg(dob));
        } else {
            s.dateOfBirth = *date;
        }
    }
    s.nationality = required(row, QStringLiteral("nationality"));
    if (!s.nationality.isEmpty() && !FieldRules::nationality(s.nationality, &reason)) {
        error(row, QStringLiteral("nationality"), reason);
    }
    s.passportNo = row.value(QStringLiteral("passport_no"));
    s.email = row.value(QStringLiteral("email"));
    if (!s.email.isEmpty() && !FieldRules::email(s.email, &reason)) {
        error(row, QStringLiteral("email"), reason);
    }
    const QString cohort = required(row, QStringLiteral("cohort"));
    if (!cohort.isEmpty()) {
        const std::optional<int> year = FieldRules::year(cohort, &reason);
        if (!year) {
            error(row, QStringLiteral("cohort"), reason);
        } else {
            s.cohort = *year;
        }
    }
    s.status = required(row, QStringLiteral("status"));
    if (!s.status.isEmpty() && !kStatuses.contains(s.status)) {
        error(row, QStringLiteral("status"),
              QStringLiteral("'%1' is not a status (expected %2)").arg(s.status, kStatuses.join(QStringLiteral(", "))));
    }

    QString sqlError;
    StudentRepository students(m_db);
    const std::optional<Student> existing = students.find(s.studentId, &sqlError);
    if (!sqlError.isEmpty()) {
        error(row, QString(), sqlError);
        return;
    }
    plan(m_plan, existing, s, existing && existing->sameContent(s), QStringLiteral("student %1").arg(s.studentId));
}

bool StudentImporter::apply(QString* error)
{
    StudentRepository students(m_db);
    return m_plan.apply(students, error);
}

} // namespace dd
