// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/ExceptionRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

ExceptionRepository::ExceptionRepository(Database& db)
    : m_db(db)
{
}

QList<StudentException> ExceptionRepository::select(const QString& where, const QVariantList& values,
                                                    Error* error) const
{
    QList<StudentException> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("SELECT x.id, s.student_id, x.institution, x.kind, x.requirement, coalesce(c.code, ''),"
                           " x.reason, x.approved_by, x.created_at, x.revoked_at, x.row_version"
                           " FROM exceptions x JOIN students s ON s.id = x.student_ref"
                           " LEFT JOIN courses c ON c.id = x.course_ref")
                + where,
            values, error)) {
        return out;
    }
    while (q.next()) {
        StudentException e;
        e.id = q.value(0).toLongLong();
        e.studentId = q.value(1).toString();
        e.institution = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.requirement = q.value(4).toString();
        e.courseCode = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.approvedBy = q.value(7).toString();
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.revoked = !q.value(9).isNull();
        e.rowVersion = q.value(10).toInt();
        out.append(e);
    }
    return out;
}

std::optional<StudentException> ExceptionRepository::findActive(const StudentException& like, Error* error) const
{
    const QList<StudentException> list
        = select(QStringLiteral(" WHERE s.student_id = ? AND x.institution = ? AND x.kind = ? AND x.requirement = ?"
                                " AND coalesce(c.code, '') = ? AND x.revoked_at IS NULL"),
                 {like.studentId, like.institution, like.kind, like.requirement, like.courseCode}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<StudentException> ExceptionRepository::forStudent(const QString& studentId, Error* error) const
{
    return select(QStringLiteral(" WHERE s.student_id = ? ORDER BY x.id"), {studentId}, error);
}

bool ExceptionRepository::insert(StudentException& e, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageExceptions, e.institution, error)) {
        return false;
    }
    const ChangeReason why(m_db, e.reason);
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db.connection());
    // The course (when named) belongs to the institution the exception is about.
    if (!Sql::run(q,
                  QStringLiteral(
                      "INSERT INTO exceptions (student_ref, institution, kind, requirement, course_ref, reason,"
                      " approved_by, created_by, created_at)"
                      " SELECT s.id, ?, ?, ?, (SELECT id FROM courses WHERE institution = ? AND code = ?), ?, ?, ?, ?"
                      " FROM students s WHERE s.student_id = ?"),
                  {e.institution, e.kind, e.requirement, e.institution, e.courseCode, e.reason, e.approvedBy,
                   m_db.session().userId(), now, e.studentId},
                  error)) {
        *error = error->withMessage(tr("cannot record the exception for %1: %2").arg(e.studentId, error->message()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::notFound(tr("cannot record the exception for %1: unknown student").arg(e.studentId));
        return false;
    }
    e.id = q.lastInsertId().toLongLong();
    e.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    e.rowVersion = 1;
    return true;
}

bool ExceptionRepository::update(StudentException& e, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageExceptions, e.institution, error)) {
        return false;
    }
    const ChangeReason why(m_db, e.reason);
    const Sql::Assignments f = {
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("approved_by"), e.approvedBy},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("exceptions"), e.id, e.rowVersion, f, error)) {
        return false;
    }
    ++e.rowVersion;
    return true;
}

bool ExceptionRepository::revoke(StudentException& e, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageExceptions, e.institution, error)) {
        return false;
    }
    const ChangeReason why(m_db, e.reason);
    const Sql::Assignments f = {
        {QStringLiteral("revoked_by"), m_db.session().userId()},
        {QStringLiteral("revoked_at"), Database::nowUtc()},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("exceptions"), e.id, e.rowVersion, f, error)) {
        return false;
    }
    e.revoked = true;
    ++e.rowVersion;
    return true;
}

} // namespace dd
