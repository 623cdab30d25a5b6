// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/ProgrammeRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

namespace dd {

ProgrammeRepository::ProgrammeRepository(Database& db)
    : m_db(db)
{
}

bool ProgrammeRepository::save(Programme& p, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::LoadPolicies, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("INSERT INTO programmes (code, institution, catalogue_year, name_en, name_zh, name_th,"
                           " degree_en, degree_zh, degree_th) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (code) DO UPDATE SET institution = excluded.institution,"
                           " catalogue_year = excluded.catalogue_year, name_en = excluded.name_en,"
                           " name_zh = excluded.name_zh, name_th = excluded.name_th, degree_en = excluded.degree_en,"
                           " degree_zh = excluded.degree_zh, degree_th = excluded.degree_th,"
                           " row_version = programmes.row_version + 1"),
            {p.code, p.institution, p.catalogueYear, p.nameEn, p.nameZh, p.nameTh, p.degreeEn, p.degreeZh, p.degreeTh},
            error)) {
        *error = error->withMessage(tr("cannot store programme %1: %2").arg(p.code, error->message()));
        return false;
    }
    const std::optional<Programme> stored = find(p.code, error);
    if (!stored) {
        return false;
    }
    p.id = stored->id;
    return true;
}

QList<Programme> ProgrammeRepository::select(const QString& where, const QVariantList& values, Error* error) const
{
    QList<Programme> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, code, institution, catalogue_year, name_en, name_zh, name_th, degree_en,"
                                 " degree_zh, degree_th FROM programmes")
                      + where,
                  values, error)) {
        return out;
    }
    while (q.next()) {
        Programme p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.institution = q.value(2).toString();
        p.catalogueYear = q.value(3).toInt();
        p.nameEn = q.value(4).toString();
        p.nameZh = q.value(5).toString();
        p.nameTh = q.value(6).toString();
        p.degreeEn = q.value(7).toString();
        p.degreeZh = q.value(8).toString();
        p.degreeTh = q.value(9).toString();
        out.append(p);
    }
    return out;
}

std::optional<Programme> ProgrammeRepository::find(const QString& code, Error* error) const
{
    const QList<Programme> list = select(QStringLiteral(" WHERE code = ?"), {code}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<Programme> ProgrammeRepository::all(Error* error) const
{
    return select(QStringLiteral(" ORDER BY institution, catalogue_year"), {}, error);
}

} // namespace dd
