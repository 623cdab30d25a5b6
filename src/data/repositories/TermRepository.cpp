// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/TermRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

TermRepository::TermRepository(Database& db)
    : m_db(db)
{
}

qint64 TermRepository::find(const QString& institution, const QString& code, Error* error) const
{
    QVariant id;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM terms WHERE institution = ? AND code = ?"),
                     {institution, code}, &id, error)) {
        return 0;
    }
    return id.toLongLong();
}

qint64 TermRepository::ensure(const QString& institution, const TermInfo& term, Error* error)
{
    Error findError;
    const qint64 existing = find(institution, term.code, &findError);
    if (findError.isSet()) {
        *error = findError;
        return 0;
    }
    if (existing != 0) {
        return existing;
    }
    qint64 id = 0;
    const Sql::Assignments f = {
        {QStringLiteral("institution"), institution},
        {QStringLiteral("code"), term.code},
        {QStringLiteral("academic_year"), term.academicYear},
        {QStringLiteral("semester"), term.semester},
        {QStringLiteral("regular"), term.regular ? 1 : 0},
        {QStringLiteral("start_date"), term.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end_date"), term.endDate.toString(Qt::ISODate)},
    };
    if (!Sql::insert(m_db.connection(), QStringLiteral("terms"), f, &id, error)) {
        *error = error->withMessage(tr("cannot add term %1 %2: %3").arg(institution, term.code, error->message()));
        return 0;
    }
    return id;
}

QList<TermInfo> TermRepository::all(const QString& institution, Error* error) const
{
    QList<TermInfo> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT code, academic_year, semester, regular, start_date, end_date FROM terms"
                                 " WHERE institution = ? ORDER BY academic_year, semester"),
                  {institution}, error)) {
        return out;
    }
    while (q.next()) {
        TermInfo t;
        t.code = q.value(0).toString();
        t.academicYear = q.value(1).toInt();
        t.semester = q.value(2).toInt();
        t.regular = q.value(3).toInt() != 0;
        t.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        t.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        out.append(t);
    }
    return out;
}

} // namespace dd
