// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/StudentChecks.h"

#include "core/text/FieldLimits.h"
#include "core/text/FieldRules.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QCoreApplication>

namespace dd {

namespace StudentChecks {

QStringList statuses()
{
    return {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("withdrawn"),
            QStringLiteral("graduated")};
}

QList<Problem> check(Database& db, const QHash<QString, QString>& fields, Student* s)
{
    QList<Problem> problems;
    QString reason;
    auto value = [&fields](const char* column) { return fields.value(QString::fromLatin1(column)).trimmed(); };
    auto required = [&](const char* column) {
        const QString v = value(column);
        if (v.isEmpty()) {
            problems.append(
                {QString::fromLatin1(column), QCoreApplication::translate("dd::StudentChecks", "is required")});
        }
        return v;
    };

    s->studentId = required("student_id");
    if (!s->studentId.isEmpty() && !FieldRules::identifier(s->studentId, &reason)) {
        problems.append({QStringLiteral("student_id"), reason});
    }
    s->cquptNo = value("cqupt_no");
    s->rutsNo = value("ruts_no");
    const QList<QPair<QString, QString>> numbers
        = {{QStringLiteral("cqupt_no"), s->cquptNo}, {QStringLiteral("ruts_no"), s->rutsNo}};
    for (const auto& [column, number] : numbers) {
        if (number.isEmpty()) {
            continue;
        }
        if (!FieldRules::identifier(number, &reason)) {
            problems.append({column, reason});
            continue;
        }
        Error sqlError;
        // column is one of two fixed names, never user text.
        QSqlQuery* q = Sql::runCached(db, QStringLiteral("SELECT student_id FROM students WHERE %1 = ?").arg(column),
                                      {number}, &sqlError);
        if (!q) {
            // Not known to be free is not free: the check could not be made.
            problems.append(
                {column,
                 QCoreApplication::translate("dd::StudentChecks", "could not be checked against other students: %1")
                     .arg(sqlError.message())});
            continue;
        }
        if (q->next() && q->value(0).toString() != s->studentId) {
            problems.append({column,
                             QCoreApplication::translate("dd::StudentChecks", "%1 belongs to student %2 already")
                                 .arg(number, q->value(0).toString())});
        }
        q->finish();
    }
    s->familyName = required("family_name");
    s->givenName = required("given_name");
    s->nameZh = value("name_zh");
    s->nameTh = value("name_th");
    // Names are printed on transcripts: bounded, and nothing invisible or reordering in them.
    for (const char* column : {"family_name", "given_name", "name_zh", "name_th"}) {
        if (!FieldRules::text(value(column), FieldLimits::kName, FieldRules::TextKind::Line, &reason)) {
            problems.append({QString::fromLatin1(column), reason});
        }
    }
    const QString dob = required("date_of_birth");
    if (!dob.isEmpty()) {
        const std::optional<QDate> date = FieldRules::isoDate(dob, &reason);
        if (!date) {
            problems.append({QStringLiteral("date_of_birth"), reason});
        } else if (*date > QDate::currentDate() || date->year() < 1900) {
            problems.append(
                {QStringLiteral("date_of_birth"),
                 QCoreApplication::translate("dd::StudentChecks", "%1 is not a plausible date of birth").arg(dob)});
        } else {
            s->dateOfBirth = *date;
        }
    }
    s->nationality = required("nationality");
    if (!s->nationality.isEmpty() && !FieldRules::nationality(s->nationality, &reason)) {
        problems.append({QStringLiteral("nationality"), reason});
    }
    s->passportNo = value("passport_no");
    if (!FieldRules::text(s->passportNo, FieldLimits::kPassport, FieldRules::TextKind::Line, &reason)) {
        problems.append({QStringLiteral("passport_no"), reason});
    }
    s->email = value("email");
    if (!FieldRules::text(s->email, FieldLimits::kEmail, FieldRules::TextKind::Line, &reason)) {
        problems.append({QStringLiteral("email"), reason});
    } else if (!s->email.isEmpty() && !FieldRules::email(s->email, &reason)) {
        problems.append({QStringLiteral("email"), reason});
    }
    s->nationalId = value("national_id");
    if (!s->nationalId.isEmpty()) {
        if (!FieldRules::nationalId(s->nationalId, s->nationality, s->dateOfBirth, &reason)) {
            problems.append({QStringLiteral("national_id"), reason});
        } else {
            Error sqlError;
            QSqlQuery* q = Sql::runCached(db, QStringLiteral("SELECT student_id FROM students WHERE national_id = ?"),
                                          {s->nationalId}, &sqlError);
            if (!q) {
                problems.append(
                    {QStringLiteral("national_id"),
                     QCoreApplication::translate("dd::StudentChecks", "could not be checked against other students: %1")
                         .arg(sqlError.message())});
            } else {
                if (q->next() && q->value(0).toString() != s->studentId) {
                    problems.append({QStringLiteral("national_id"),
                                     QCoreApplication::translate("dd::StudentChecks", "belongs to student %1 already")
                                         .arg(q->value(0).toString())});
                }
                q->finish();
            }
        }
    }
    const QString cohort = required("cohort");
    if (!cohort.isEmpty()) {
        const std::optional<int> year = FieldRules::year(cohort, &reason);
        if (!year) {
            problems.append({QStringLiteral("cohort"), reason});
        } else {
            s->cohort = *year;
        }
    }
    s->status = required("status");
    if (!s->status.isEmpty() && !statuses().contains(s->status)) {
        problems.append({QStringLiteral("status"),
                         QCoreApplication::translate("dd::StudentChecks", "'%1' is not a status (expected %2)")
                             .arg(s->status, statuses().join(QStringLiteral(", ")))});
    }
    return problems;
}

} // namespace StudentChecks

} // namespace dd
