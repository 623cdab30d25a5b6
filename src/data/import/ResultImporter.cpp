// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ResultImporter.h"

#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TermRepository.h"

namespace dd {

ResultImporter::ResultImporter(Database& db)
    : Importer(QStringLiteral("results"), db)
{
}

ResultImporter::ResultImporter(const QString& kind, Database& db)
    : Importer(kind, db)
{
}

QStringList ResultImporter::columns() const
{
    return {QStringLiteral("student_id"), QStringLiteral("institution"), QStringLiteral("course_code"),
            QStringLiteral("term"),       QStringLiteral("mark"),        QStringLiteral("attempt")};
}

std::optional<Course> ResultImporter::course(const QString& institution, const QString& code)
{
    const QString key = institution + QLatin1Char(':') + code;
    const auto it = m_courses.constFind(key);
    if (it != m_courses.cend()) {
        return it.value();
    }
    Error sqlError;
    const std::optional<Course> found = CourseRepository(m_db).find(institution, code, &sqlError);
    if (sqlError.isSet()) {
        // Not known to exist is not unknown: the whole file is refused with the reason.
        error(0, QString(), QStringLiteral("the catalogue cannot be read: %1").arg(sqlError.message()));
    }
    m_courses.insert(key, found);
    return found;
}

bool ResultImporter::studentExists(const QString& studentId)
{
    const auto it = m_students.constFind(studentId);
    if (it != m_students.cend()) {
        return it.value();
    }
    Error sqlError;
    const bool exists = StudentRepository(m_db).find(studentId, &sqlError).has_value();
    m_students.insert(studentId, exists);
    if (exists) {
        for (const CourseResult& r : ResultRepository(m_db).forStudent(studentId, &sqlError)) {
            const QStringList key {r.studentId, r.institution, r.courseCode, r.term, attemptName(r.attempt)};
            m_stored.insert(key.join(QLatin1Char('|')), r);
        }
    }
    if (sqlError.isSet()) {
        error(0, QString(), QStringLiteral("the stored results cannot be read: %1").arg(sqlError.message()));
    }
    return exists;
}

void ResultImporter::validateRow(const Row& row)
{
    CourseResult r;
    r.studentId = required(row, QStringLiteral("student_id"));
    if (!r.studentId.isEmpty() && !studentExists(r.studentId)) {
        error(row, QStringLiteral("student_id"),
              QStringLiteral("unknown student %1 (import the student first)").arg(r.studentId));
    }
    const InstitutionPolicy* policy = institution(row, QStringLiteral("institution"));
    r.institution = row.value(QStringLiteral("institution"));
    r.courseCode = required(row, QStringLiteral("course_code"));
    std::optional<Course> c;
    if (policy && !r.courseCode.isEmpty()) {
        c = course(r.institution, r.courseCode);
        if (!c) {
            error(row, QStringLiteral("course_code"),
                  QStringLiteral("unknown course code %1 at %2").arg(r.courseCode, r.institution));
        }
    }
    r.term = required(row, QStringLiteral("term"));
    if (policy && !r.term.isEmpty()) {
        QString reason;
        const std::optional<TermInfo> term = policy->terms().parse(r.term, &reason);
        if (!term) {
            error(row, QStringLiteral("term"),
                  QStringLiteral("unknown term format: %1 at %2").arg(reason, r.institution));
        } else {
            r.term = term->code;
            m_terms.insert(r.institution + QLatin1Char(':') + term->code, *term);
        }
    }
    const std::optional<Attempt> attempt = attemptFromName(row.value(QStringLiteral("attempt")));
    if (!attempt) {
        error(row, QStringLiteral("attempt"),
              QStringLiteral("'%1' is not an attempt (expected regular, makeup or retake, or empty)")
                  .arg(row.value(QStringLiteral("attempt"))));
    }
    r.attempt = attempt.value_or(Attempt::Regular);
    r.mark = row.value(QStringLiteral("mark"));
    bool markValid = false;
    if (policy && c) {
        QString reason;
        const std::optional<Grade> grade = policy->grading().classify(r.mark, c->grading, &reason);
        if (!grade) {
            error(row, QStringLiteral("mark"), QStringLiteral("%1 (%2 %3)").arg(reason, r.institution, r.courseCode));
        } else {
            r.mark = grade->raw;
            markValid = true;
        }
    }

    const QString key
        = QStringList {r.studentId, r.institution, r.courseCode, r.term, attemptName(r.attempt)}.join(QLatin1Char('|'));
    if (m_seen.contains(key)) {
        error(row, QString(),
              QStringLiteral("the same result (student, course, term, attempt) is also on line %1")
                  .arg(m_seen.value(key)));
    }
    m_seen.insert(key, row.line());

    if (!markValid || r.studentId.isEmpty()) {
        return;
    }
    const auto stored = m_stored.constFind(key);
    const std::optional<CourseResult> existing
        = stored == m_stored.cend() ? std::nullopt : std::optional<CourseResult>(stored.value());
    const QString what = QStringLiteral("result %1 %2 %3 %4 (%5)")
                             .arg(r.studentId, r.institution, r.courseCode, r.term, attemptName(r.attempt));
    if ((!existing || existing->mark != r.mark)
        && !permitted(row, m_writes, r.institution, QStringLiteral("institution"))) {
        return;
    }
    if (!existing) {
        m_inserts.append(r);
        planInsert(QStringLiteral("%1: %2").arg(what, r.mark.isEmpty() ? QStringLiteral("in progress") : r.mark));
    } else if (existing->mark == r.mark) {
        planUnchanged();
    } else if (existing->mark.isEmpty()) {
        m_changes.append({*existing, r.mark, QStringLiteral("first mark recorded")});
        planUpdate(QStringLiteral("%1: in progress -> %2").arg(what, r.mark));
    } else if (m_options.reason.trimmed().isEmpty()) {
        error(
            row, QStringLiteral("mark"),
            QStringLiteral("the recorded mark is %1; changing it to %2 is a grade change and needs a reason (--reason)")
                .arg(existing->mark, r.mark.isEmpty() ? QStringLiteral("in progress") : r.mark));
    } else {
        m_changes.append({*existing, r.mark, m_options.reason});
        planUpdate(QStringLiteral("%1: %2 -> %3").arg(what, existing->mark, r.mark));
    }
}

bool ResultImporter::apply(Error* error)
{
    TermRepository terms(m_db);
    for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it) {
        const QString institution = it.key().section(QLatin1Char(':'), 0, 0);
        if (terms.ensure(institution, it.value(), error) == 0) {
            return false;
        }
    }
    ResultRepository results(m_db, m_writes);
    for (Change& c : m_changes) {
        if (!results.changeMark(c.result, c.newMark, c.reason, error)) {
            return false;
        }
    }
    return results.insertAll(m_inserts, error);
}

} // namespace dd
