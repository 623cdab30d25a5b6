// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/MilestoneRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

MilestoneRepository::MilestoneRepository(Database& db)
    : m_db(db)
{
}

QList<Milestone> MilestoneRepository::select(const QString& where, const QVariantList& values, Error* error) const
{
    QList<Milestone> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT m.id, s.student_id, m.kind, m.level, m.score, m.date, m.row_version"
                                 " FROM milestones m JOIN students s ON s.id = m.student_ref")
                      + where,
                  values, error)) {
        return out;
    }
    while (q.next()) {
        Milestone m;
        m.id = q.value(0).toLongLong();
        m.studentId = q.value(1).toString();
        m.kind = q.value(2).toString();
        m.level = q.value(3).toString();
        m.score = q.value(4).isNull() ? -1 : q.value(4).toInt();
        m.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        m.rowVersion = q.value(6).toInt();
        out.append(m);
    }
    return out;
}

std::optional<Milestone> MilestoneRepository::find(const QString& studentId, const QString& kind, const QDate& date,
                                                   Error* error) const
{
    const QList<Milestone> list = select(QStringLiteral(" WHERE s.student_id = ? AND m.kind = ? AND m.date = ?"),
                                         {studentId, kind, date.toString(Qt::ISODate)}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<Milestone> MilestoneRepository::forStudent(const QString& studentId, Error* error) const
{
    return select(QStringLiteral(" WHERE s.student_id = ? ORDER BY m.date, m.kind"), {studentId}, error);
}

bool MilestoneRepository::insert(Milestone& m, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::RecordMilestones, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("INSERT INTO milestones (student_ref, kind, level, score, date, recorded_by, recorded_at)"
                           " SELECT id, ?, ?, ?, ?, ?, ? FROM students WHERE student_id = ?"),
            {m.kind, m.level, m.score >= 0 ? QVariant(m.score) : QVariant(QMetaType::fromType<int>()),
             m.date.toString(Qt::ISODate), m_db.session().userId(), Database::nowUtc(), m.studentId},
            error)) {
        *error = error->withMessage(tr("cannot record %1 of %2: %3").arg(m.kind, m.studentId, error->message()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::notFound(tr("cannot record %1 of %2: unknown student").arg(m.kind, m.studentId));
        return false;
    }
    m.id = q.lastInsertId().toLongLong();
    m.rowVersion = 1;
    return true;
}

bool MilestoneRepository::update(Milestone& m, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::RecordMilestones, error)) {
        return false;
    }
    const Sql::Assignments f = {
        {QStringLiteral("level"), m.level},
        {QStringLiteral("score"), m.score >= 0 ? QVariant(m.score) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("recorded_by"), m_db.session().userId()},
        {QStringLiteral("recorded_at"), Database::nowUtc()},
    };
    if (!Sql::updateVersioned(m_db.connection(), QStringLiteral("milestones"), m.id, m.rowVersion, f, error)) {
        return false;
    }
    ++m.rowVersion;
    return true;
}

bool MilestoneRepository::remove(const Milestone& m, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::RecordMilestones, error)) {
        return false;
    }
    return Sql::removeVersioned(m_db.connection(), QStringLiteral("milestones"), m.id, m.rowVersion, error);
}

} // namespace dd
