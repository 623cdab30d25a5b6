// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TransferCreditRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace dd {

TransferCreditRepository::TransferCreditRepository(Database& db)
    : m_db(db)
{
}

QList<TransferCredit> TransferCreditRepository::forStudent(const QString& studentId, QString* error) const
{
    QList<TransferCredit> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT t.id, s.student_id, t.equivalency_ref, t.to_institution, coalesce(c.code, ''),"
                                 " coalesce(t.target_category, ''), t.credits, t.converted_grade, t.conversion_table,"
                                 " t.conversion_version, t.status, t.as_of, u.username, t.decided_at, t.row_version"
                                 " FROM transfer_credits t JOIN students s ON s.id = t.student_ref"
                                 " JOIN users u ON u.id = t.decided_by"
                                 " LEFT JOIN courses c ON c.id = t.target_course_ref"
                                 " WHERE s.student_id = ? ORDER BY t.id"),
                  {studentId}, error)) {
        return out;
    }
    while (q.next()) {
        TransferCredit t;
        t.id = q.value(0).toLongLong();
        t.studentId = q.value(1).toString();
        t.equivalencyId = q.value(2).toLongLong();
        t.toInstitution = q.value(3).toString();
        t.targetCourseCode = q.value(4).toString();
        t.targetCategory = q.value(5).toString();
        t.creditsHalves = Sql::creditsHalves(q.value(6));
        t.convertedGrade = q.value(7).toString();
        t.conversionTable = q.value(8).toString();
        t.conversionVersion = q.value(9).toString();
        t.status = q.value(10).toString();
        t.asOf = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        t.decidedBy = q.value(12).toString();
        t.decidedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        t.rowVersion = q.value(14).toInt();
        out.append(t);
    }
    for (TransferCredit& t : out) {
        QSqlQuery s(m_db.connection());
        if (!Sql::run(s,
                      QStringLiteral(
                          "SELECT result_ref FROM transfer_credit_sources WHERE transfer_ref = ? ORDER BY result_ref"),
                      {t.id}, error)) {
            return {};
        }
        while (s.next()) {
            t.sourceResultIds.append(s.value(0).toLongLong());
        }
    }
    return out;
}

bool TransferCreditRepository::insert(TransferCredit& t, QString* error)
{
    const QString now = Database::nowUtc();
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral(
                      "INSERT INTO transfer_credits (student_ref, equivalency_ref, to_institution, target_course_ref,"
                      " target_category, credits, converted_grade, conversion_table, conversion_version, status,"
                      " as_of, decided_by, decided_at)"
                      " SELECT s.id, ?, ?, (SELECT id FROM courses WHERE institution = ? AND code = ?), ?, ?, ?, ?, ?,"
                      " 'applied', ?, ?, ? FROM students s WHERE s.student_id = ?"),
                  {t.equivalencyId, t.toInstitution, t.toInstitution, t.targetCourseCode,
                   Sql::nullIfEmpty(t.targetCategory), Sql::credits(t.creditsHalves), t.convertedGrade,
                   t.conversionTable, t.conversionVersion, t.asOf.toString(Qt::ISODate), m_db.actingUserId(), now,
                   t.studentId},
                  error)) {
        *error = QStringLiteral("cannot record the transfer for %1: %2").arg(t.studentId, *error);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("cannot record the transfer for %1: unknown student").arg(t.studentId);
        return false;
    }
    t.id = q.lastInsertId().toLongLong();
    for (const qint64 resultId : t.sourceResultIds) {
        const Sql::Assignments f = {{QStringLiteral("transfer_ref"), t.id}, {QStringLiteral("result_ref"), resultId}};
        if (!Sql::insert(m_db.connection(), QStringLiteral("transfer_credit_sources"), f, nullptr, error)) {
            return false;
        }
    }
    t.status = QStringLiteral("applied");
    t.decidedBy = m_db.actingUsername();
    t.decidedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    t.rowVersion = 1;
    return true;
}

bool TransferCreditRepository::reverse(TransferCredit& t, const QString& reason, QString* error, bool* conflict)
{
    if (reason.trimmed().isEmpty()) {
        *error = QStringLiteral("reversing a transfer needs a reason");
        return false;
    }
    const Sql::Assignments f = {
        {QStringLiteral("status"), QStringLiteral("reversed")},
        {QStringLiteral("reason"), reason.trimmed()},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("transfer_credits"), t.id, t.rowVersion, f, error,
                              conflict)) {
        return false;
    }
    t.status = QStringLiteral("reversed");
    ++t.rowVersion;
    return true;
}

} // namespace dd
