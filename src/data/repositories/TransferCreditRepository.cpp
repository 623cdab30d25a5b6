// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/TransferCreditRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QHash>

namespace dd {

TransferCreditRepository::TransferCreditRepository(Database& db)
    : m_db(db)
{
}

QList<TransferCredit> TransferCreditRepository::select(const QString& where, const QVariantList& values,
                                                       Error* error) const
{
    QList<TransferCredit> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // where is one of the fixed filters of this class; the values are bound.
    if (!Sql::run(q,
                  QStringLiteral("SELECT t.id, s.student_id, t.equivalency_ref, t.to_institution, coalesce(c.code, ''),"
                                 " coalesce(t.target_category, ''), t.credits, t.converted_grade, t.conversion_table,"
                                 " t.conversion_version, t.status, t.as_of, u.username, t.decided_at, t.row_version,"
                                 " coalesce(e.lineage_id, e.id), e.version, e.from_institution, t.reason,"
                                 " coalesce(r.username, ''), t.reversed_at"
                                 " FROM transfer_credits t JOIN students s ON s.id = t.student_ref"
                                 " JOIN users u ON u.id = t.decided_by"
                                 " JOIN equivalencies e ON e.id = t.equivalency_ref"
                                 " LEFT JOIN users r ON r.id = t.reversed_by"
                                 " LEFT JOIN courses c ON c.id = t.target_course_ref"
                                 " WHERE %1 ORDER BY s.student_id, t.id")
                      .arg(where),
                  values, error)) {
        return out;
    }
    QHash<qint64, int> index;
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
        t.lineageId = q.value(15).toLongLong();
        t.equivalencyVersion = q.value(16).toInt();
        t.fromInstitution = q.value(17).toString();
        t.reason = q.value(18).toString();
        t.reversedBy = q.value(19).toString();
        t.reversedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
        index.insert(t.id, int(out.size()));
        out.append(t);
    }
    if (out.isEmpty()) {
        return out;
    }
    QSqlQuery src(m_db.connection());
    src.setForwardOnly(true);
    if (!Sql::run(src,
                  QStringLiteral("SELECT x.transfer_ref, x.result_ref, c.code FROM transfer_credit_sources x"
                                 " JOIN transfer_credits t ON t.id = x.transfer_ref"
                                 " JOIN students s ON s.id = t.student_ref"
                                 " JOIN results r ON r.id = x.result_ref JOIN courses c ON c.id = r.course_ref"
                                 " WHERE %1 ORDER BY x.transfer_ref, c.code")
                      .arg(where),
                  values, error)) {
        return {};
    }
    while (src.next()) {
        const int i = index.value(src.value(0).toLongLong(), -1);
        if (i >= 0) {
            out[i].sourceResultIds.append(src.value(1).toLongLong());
            out[i].fromCodes.append(src.value(2).toString());
        }
    }
    return out;
}

QList<TransferCredit> TransferCreditRepository::forStudent(const QString& studentId, Error* error) const
{
    return select(QStringLiteral("s.student_id = ?"), {studentId}, error);
}

QList<TransferCredit> TransferCreditRepository::forLineage(qint64 lineageId, Error* error) const
{
    return select(QStringLiteral("t.equivalency_ref IN (SELECT id FROM equivalencies WHERE id = ? OR lineage_id = ?)"),
                  {lineageId, lineageId}, error);
}

QList<TransferCredit> TransferCreditRepository::all(Error* error) const
{
    return select(QStringLiteral("1 = 1"), {}, error);
}

std::optional<TransferCredit> TransferCreditRepository::findById(qint64 id, Error* error) const
{
    const QList<TransferCredit> list = select(QStringLiteral("t.id = ?"), {id}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

bool TransferCreditRepository::insert(TransferCredit& t, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::DecideTransfers, t.toInstitution, error)) {
        return false;
    }
    const QString now = Database::nowUtc();
    // Prepared once per connection: the demo and bulk applications insert thousands.
    QSqlQuery* q = Sql::runCached(
        m_db,
        QStringLiteral("INSERT INTO transfer_credits (student_ref, equivalency_ref, to_institution, target_course_ref,"
                       " target_category, credits, converted_grade, conversion_table, conversion_version, status,"
                       " as_of, decided_by, decided_at)"
                       " SELECT s.id, ?, ?, (SELECT id FROM courses WHERE institution = ? AND code = ?), ?, ?, ?, ?, ?,"
                       " 'applied', ?, ?, ? FROM students s WHERE s.student_id = ?"),
        {t.equivalencyId, t.toInstitution, t.toInstitution, t.targetCourseCode, Sql::nullIfEmpty(t.targetCategory),
         Sql::credits(t.creditsHalves), t.convertedGrade, t.conversionTable, t.conversionVersion,
         t.asOf.toString(Qt::ISODate), m_db.session().userId(), now, t.studentId},
        error);
    if (!q) {
        *error = error->withMessage(tr("cannot record the transfer for %1: %2").arg(t.studentId, error->message()));
        return false;
    }
    if (q->numRowsAffected() != 1) {
        *error = Error::notFound(tr("cannot record the transfer for %1: unknown student").arg(t.studentId));
        return false;
    }
    t.id = q->lastInsertId().toLongLong();
    for (const qint64 resultId : t.sourceResultIds) {
        if (!Sql::runCached(
                m_db, QStringLiteral("INSERT INTO transfer_credit_sources (transfer_ref, result_ref) VALUES (?, ?)"),
                {t.id, resultId}, error)) {
            return false;
        }
    }
    t.status = QStringLiteral("applied");
    t.decidedBy = m_db.session().username();
    t.decidedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    t.rowVersion = 1;
    return true;
}

bool TransferCreditRepository::reverse(TransferCredit& t, const QString& reason, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::DecideTransfers, t.toInstitution, error)) {
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = Error::invalid(tr("reversing a transfer needs a reason"));
        return false;
    }
    if (!t.isApplied()) {
        *error = Error::conflict(tr("transfer %1 is already reversed").arg(t.id));
        return false;
    }
    const QString now = Database::nowUtc();
    const Sql::Assignments f = {
        {QStringLiteral("status"), QStringLiteral("reversed")},
        {QStringLiteral("reason"), reason.trimmed()},
        {QStringLiteral("reversed_by"), m_db.session().userId()},
        {QStringLiteral("reversed_at"), now},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("transfer_credits"), t.id, t.rowVersion, f, error)) {
        return false;
    }
    t.status = QStringLiteral("reversed");
    t.reason = reason.trimmed();
    t.reversedBy = m_db.session().username();
    t.reversedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    ++t.rowVersion;
    return true;
}

} // namespace dd
