// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/CourseRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, institution, code, title_en, title_zh, title_th, credits, lecture_hours, lab_hours,"
                     " self_study_hours, category, grading, row_version, offered FROM courses");

Course readCourse(const QSqlQuery& q)
{
    Course c;
    c.id = q.value(0).toLongLong();
    c.institution = q.value(1).toString();
    c.code = q.value(2).toString();
    c.titleEn = q.value(3).toString();
    c.titleZh = q.value(4).toString();
    c.titleTh = q.value(5).toString();
    c.creditsHalves = Sql::creditsHalves(q.value(6));
    c.lectureHours = q.value(7).toInt();
    c.labHours = q.value(8).toInt();
    c.selfStudyHours = q.value(9).toInt();
    c.category = q.value(10).toString();
    c.grading = gradingModeFromName(q.value(11).toString()).value_or(GradingMode::Graded);
    c.rowVersion = q.value(12).toInt();
    c.offered = q.value(13).toString();
    return c;
}

Sql::Assignments fields(const Course& c)
{
    return {
        {QStringLiteral("institution"), c.institution},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("title_en"), c.titleEn},
        {QStringLiteral("title_zh"), c.titleZh},
        {QStringLiteral("title_th"), c.titleTh},
        {QStringLiteral("credits"), Sql::credits(c.creditsHalves)},
        {QStringLiteral("lecture_hours"), c.lectureHours},
        {QStringLiteral("lab_hours"), c.labHours},
        {QStringLiteral("self_study_hours"), c.selfStudyHours},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("grading"), gradingModeName(c.grading)},
        {QStringLiteral("offered"), c.offered},
    };
}

} // namespace

CourseRepository::CourseRepository(Database& db)
    : m_db(db)
{
}

std::optional<Course> CourseRepository::findWhere(const QString& where, const QVariantList& values, Error* error) const
{
    QSqlQuery* q = Sql::runCached(m_db, kSelect + where, values, error);
    if (!q || !q->next()) {
        return std::nullopt;
    }
    const Course c = readCourse(*q);
    q->finish();
    return c;
}

std::optional<Course> CourseRepository::find(const QString& institution, const QString& code, Error* error) const
{
    return findWhere(QStringLiteral(" WHERE institution = ? AND code = ?"), {institution, code}, error);
}

std::optional<Course> CourseRepository::findById(qint64 id, Error* error) const
{
    return findWhere(QStringLiteral(" WHERE id = ?"), {id}, error);
}

QList<Course> CourseRepository::all(const QString& institution, Error* error) const
{
    QList<Course> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool ok = institution.isEmpty()
        ? Sql::run(q, kSelect + QStringLiteral(" ORDER BY institution, code"), {}, error)
        : Sql::run(q, kSelect + QStringLiteral(" WHERE institution = ? ORDER BY code"), {institution}, error);
    if (ok) {
        while (q.next()) {
            out.append(readCourse(q));
        }
    }
    return out;
}

bool CourseRepository::insert(Course& course, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditCourses, course.institution, error)) {
        return false;
    }
    Sql::Assignments f = fields(course);
    Sql::stampCreated(f, m_db.session().userId());
    if (!Sql::insert(m_db.connection(), QStringLiteral("courses"), f, &course.id, error)) {
        *error = error->withMessage(
            tr("cannot add course %1 %2: %3").arg(course.institution, course.code, error->message()));
        return false;
    }
    course.rowVersion = 1;
    return true;
}

bool CourseRepository::insertAll(const QList<Course>& courses, Error* error)
{
    QStringList institutions;
    for (const Course& c : courses) {
        institutions << c.institution;
    }
    institutions.removeDuplicates();
    if (!m_db.session().permitsEach(Permissions::Action::EditCourses, institutions, error)) {
        return false;
    }
    QList<Sql::Assignments> rows;
    rows.reserve(courses.size());
    for (const Course& record : courses) {
        Sql::Assignments f = fields(record);
        Sql::stampCreated(f, m_db.session().userId());
        rows.append(f);
    }
    if (!Sql::insertAll(m_db, QStringLiteral("courses"), rows, error)) {
        *error = error->withMessage(tr("cannot add the courses: %1").arg(error->message()));
        return false;
    }
    return true;
}

bool CourseRepository::update(Course& course, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditCourses, course.institution, error)) {
        return false;
    }
    Sql::Assignments f = fields(course);
    Sql::stampUpdated(f, m_db.session().userId());
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("courses"), course.id, course.rowVersion, f, error)) {
        *error = error->withMessage(
            tr("cannot save course %1 %2: %3").arg(course.institution, course.code, error->message()));
        return false;
    }
    ++course.rowVersion;
    return true;
}

bool CourseRepository::holdings(const Course& course, Holdings* out, Error* error) const
{
    QList<int> n;
    if (!Sql::countReferences(m_db.connection(),
                              {{QStringLiteral("results"), QStringLiteral("course_ref")},
                               {QStringLiteral("equivalency_sources"), QStringLiteral("course_ref")},
                               {QStringLiteral("equivalency_targets"), QStringLiteral("course_ref")},
                               {QStringLiteral("transfer_credits"), QStringLiteral("target_course_ref")},
                               {QStringLiteral("exceptions"), QStringLiteral("course_ref")}},
                              course.id, &n, error)) {
        return false;
    }
    *out = Holdings {n[0], n[1] + n[2], n[3], n[4]};
    return true;
}

bool CourseRepository::remove(const Course& course, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::EditCourses, course.institution, error)) {
        return false;
    }
    Holdings held;
    if (!holdings(course, &held, error)) {
        return false;
    }
    if (held.any()) {
        *error
            = Error::refused(tr("cannot delete course %1 %2: %3 results, %4 equivalency versions, %5 transfers and %6"
                                " exceptions refer to it")
                                 .arg(course.institution, course.code)
                                 .arg(held.results)
                                 .arg(held.equivalencies)
                                 .arg(held.transfers)
                                 .arg(held.exceptions));
        return false;
    }
    if (!Sql::removeVersioned(m_db.connection(), QStringLiteral("courses"), course.id, course.rowVersion, error)) {
        *error = error->withMessage(
            tr("cannot delete course %1 %2: %3").arg(course.institution, course.code, error->message()));
        return false;
    }
    return true;
}

} // namespace dd
