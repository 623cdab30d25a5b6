// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/ResultRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, s.student_id, c.institution, c.code, t.code, r.mark, r.attempt, u.username, r.recorded_at,"
    " r.row_version"
    " FROM results r"
    " JOIN students s ON s.id = r.student_ref"
    " JOIN courses c ON c.id = r.course_ref"
    " JOIN terms t ON t.id = r.term_ref"
    " JOIN users u ON u.id = r.recorded_by");

CourseResult readResult(const QSqlQuery& q)
{
    CourseResult r;
    r.id = q.value(0).toLongLong();
    r.studentId = q.value(1).toString();
    r.institution = q.value(2).toString();
    r.courseCode = q.value(3).toString();
    r.term = q.value(4).toString();
    r.mark = q.value(5).toString();
    r.attempt = attemptFromName(q.value(6).toString()).value_or(Attempt::Regular);
    r.recordedBy = q.value(7).toString();
    r.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.rowVersion = q.value(9).toInt();
    return r;
}

} // namespace

ResultRepository::ResultRepository(Database& db, Permissions::Action writes)
    : m_db(db)
    , m_writes(writes)
{
}

std::optional<CourseResult> ResultRepository::find(const QString& studentId, const QString& institution,
                                                   const QString& courseCode, const QString& term, Attempt attempt,
                                                   Error* error) const
{
    QSqlQuery* q
        = Sql::runCached(m_db,
                         kSelect
                             + QStringLiteral(" WHERE s.student_id = ? AND c.institution = ? AND c.code = ?"
                                              " AND t.institution = c.institution AND t.code = ? AND r.attempt = ?"),
                         {studentId, institution, courseCode, term, attemptName(attempt)}, error);
    if (!q || !q->next()) {
        return std::nullopt;
    }
    const CourseResult r = readResult(*q);
    q->finish();
    return r;
}

QList<CourseResult> ResultRepository::forStudent(const QString& studentId, Error* error) const
{
    QList<CourseResult> out;
    QSqlQuery* q = Sql::runCached(
        m_db, kSelect + QStringLiteral(" WHERE s.student_id = ? ORDER BY t.start_date, c.institution, c.code, r.id"),
        {studentId}, error);
    if (q) {
        while (q->next()) {
            out.append(readResult(*q));
        }
        q->finish();
    }
    return out;
}

QList<CourseResult> ResultRepository::forCourse(const QString& institution, const QString& courseCode,
                                                const QString& term, Error* error) const
{
    QList<CourseResult> out;
    QSqlQuery q(m_db.connection());
    if (Sql::run(q,
                 kSelect
                     + QStringLiteral(" WHERE c.institution = ? AND c.code = ? AND t.code = ? AND t.institution = ?"
                                      " ORDER BY s.student_id, r.attempt, r.id"),
                 {institution, courseCode, term, institution}, error)) {
        while (q.next()) {
            out.append(readResult(q));
        }
    }
    return out;
}

QStringList ResultRepository::coursesInTerm(const QString& institution, const QString& term, Error* error) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (Sql::run(q,
                 QStringLiteral("SELECT DISTINCT c.code FROM results r JOIN courses c ON c.id = r.course_ref"
                                " JOIN terms t ON t.id = r.term_ref WHERE c.institution = ? AND t.code = ?"
                                " ORDER BY c.code"),
                 {institution, term}, error)) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

int ResultRepository::count(Error* error) const
{
    QVariant v;
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM results"), {}, &v, error) ? v.toInt()
                                                                                                         : -1;
}

bool ResultRepository::insert(CourseResult& result, Error* error)
{
    if (!m_db.session().permits(m_writes, result.institution, error)) {
        return false;
    }
    const QString now = Database::nowUtc();
    // One statement resolves the three keys, so a missing student, course or term inserts nothing.
    QSqlQuery* q = Sql::runCached(
        m_db,
        QStringLiteral(
            "INSERT INTO results (student_ref, course_ref, term_ref, attempt, mark, recorded_by, recorded_at)"
            " SELECT s.id, c.id, t.id, ?, ?, ?, ? FROM students s, courses c, terms t"
            " WHERE s.student_id = ? AND c.institution = ? AND c.code = ?"
            " AND t.institution = c.institution AND t.code = ?"),
        {attemptName(result.attempt), result.mark, m_db.session().userId(), now, result.studentId, result.institution,
         result.courseCode, result.term},
        error);
    if (!q) {
        *error
            = error->withMessage(tr("cannot record the result of %1 in %2 %3: %4")
                                     .arg(result.studentId, result.institution, result.courseCode, error->message()));
        return false;
    }
    if (q->numRowsAffected() != 1) {
        *error = Error::notFound(tr("cannot record the result of %1 in %2 %3 (%4): unknown student, course or term")
                                     .arg(result.studentId, result.institution, result.courseCode, result.term));
        return false;
    }
    result.id = q->lastInsertId().toLongLong();
    result.recordedBy = m_db.session().username();
    result.recordedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    result.rowVersion = 1;
    return true;
}

bool ResultRepository::insertAll(const QList<CourseResult>& results, Error* error)
{
    QStringList institutions;
    for (const CourseResult& r : results) {
        institutions << r.institution;
    }
    institutions.removeDuplicates();
    if (!m_db.session().permitsEach(m_writes, institutions, error)) {
        return false;
    }
    // The keys of the three referenced tables, read once: a lookup per row would
    // be a round trip per row on a server.
    const auto keys = [this, error](const QString& sql, QHash<QString, qint64>* out) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!Sql::run(q, sql, {}, error)) {
            return false;
        }
        while (q.next()) {
            out->insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        return true;
    };
    QHash<QString, qint64> students;
    QHash<QString, qint64> courses;
    QHash<QString, qint64> terms;
    if (!keys(QStringLiteral("SELECT student_id, id FROM students"), &students)
        || !keys(QStringLiteral("SELECT institution || ':' || code, id FROM courses"), &courses)
        || !keys(QStringLiteral("SELECT institution || ':' || code, id FROM terms"), &terms)) {
        return false;
    }
    const QString now = Database::nowUtc();
    Sql::BatchInsert batch(m_db, QStringLiteral("results"),
                           {QStringLiteral("student_ref"), QStringLiteral("course_ref"), QStringLiteral("term_ref"),
                            QStringLiteral("attempt"), QStringLiteral("mark"), QStringLiteral("recorded_by"),
                            QStringLiteral("recorded_at")});
    for (const CourseResult& r : results) {
        const qint64 student = students.value(r.studentId);
        const qint64 course = courses.value(r.institution + QLatin1Char(':') + r.courseCode);
        const qint64 term = terms.value(r.institution + QLatin1Char(':') + r.term);
        if (student == 0 || course == 0 || term == 0) {
            *error = Error::notFound(tr("cannot record the result of %1 in %2 %3 (%4): unknown student, course or term")
                                         .arg(r.studentId, r.institution, r.courseCode, r.term));
            return false;
        }
        if (!batch.add({student, course, term, attemptName(r.attempt), r.mark, m_db.session().userId(), now}, error)) {
            return false;
        }
    }
    return batch.flush(error);
}

bool ResultRepository::changeMark(CourseResult& result, const QString& newMark, const QString& reason, Error* error)
{
    if (!m_db.session().permits(m_writes, result.institution, error)) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = Error::invalid(tr("a grade change needs a reason"));
        return false;
    }
    // Checked before the mark changes: the reason is written after it.
    if (!Sql::storable({reason.trimmed()}, error)) {
        return false;
    }
    const ChangeReason why(m_db, reason.trimmed());
    const QString now = Database::nowUtc();
    const Sql::Assignments f = {
        {QStringLiteral("mark"), newMark},
        {QStringLiteral("recorded_by"), m_db.session().userId()},
        {QStringLiteral("recorded_at"), now},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("results"), result.id, result.rowVersion, f, error)) {
        return false;
    }
    const Sql::Assignments change = {
        {QStringLiteral("result_ref"), result.id},
        {QStringLiteral("old_mark"), result.mark},
        {QStringLiteral("new_mark"), newMark},
        {QStringLiteral("reason"), reason.trimmed()},
        {QStringLiteral("changed_by"), m_db.session().userId()},
        {QStringLiteral("changed_at"), now},
    };
    if (!Sql::insert(m_db.connection(), QStringLiteral("grade_changes"), change, nullptr, error)) {
        return false;
    }
    result.mark = newMark;
    result.recordedBy = m_db.session().username();
    result.recordedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    ++result.rowVersion;
    return true;
}

bool ResultRepository::remove(const CourseResult& result, Error* error)
{
    if (!m_db.session().permits(m_writes, result.institution, error)) {
        return false;
    }
    return Sql::removeVersioned(m_db.connection(), QStringLiteral("results"), result.id, result.rowVersion, error);
}

QList<ResultRepository::GradeChange> ResultRepository::gradeChanges(qint64 resultId, Error* error) const
{
    return selectGradeChanges(QStringLiteral("g.result_ref = ? ORDER BY g.id"), {resultId}, error);
}

QList<ResultRepository::GradeChange> ResultRepository::studentGradeChanges(const QString& studentId, Error* error) const
{
    return selectGradeChanges(QStringLiteral("s.student_id = ? ORDER BY g.id DESC"), {studentId}, error);
}

QList<ResultRepository::GradeChange>
ResultRepository::selectGradeChanges(const QString& whereAndOrder, const QVariantList& values, Error* error) const
{
    QList<GradeChange> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Sql::run(q,
                 QStringLiteral("SELECT c.institution, c.code, t.code, r.attempt, g.old_mark, g.new_mark, g.reason,"
                                " u.username, g.changed_at FROM grade_changes g"
                                " JOIN results r ON r.id = g.result_ref JOIN students s ON s.id = r.student_ref"
                                " JOIN courses c ON c.id = r.course_ref JOIN terms t ON t.id = r.term_ref"
                                " JOIN users u ON u.id = g.changed_by WHERE %1")
                     .arg(whereAndOrder),
                 values, error)) {
        while (q.next()) {
            GradeChange g;
            g.institution = q.value(0).toString();
            g.courseCode = q.value(1).toString();
            g.term = q.value(2).toString();
            g.attempt = attemptFromName(q.value(3).toString()).value_or(Attempt::Regular);
            g.oldMark = q.value(4).toString();
            g.newMark = q.value(5).toString();
            g.reason = q.value(6).toString();
            g.changedBy = q.value(7).toString();
            g.changedAt = q.value(8).toString();
            out.append(g);
        }
    }
    return out;
}

} // namespace dd
