// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/PolicyRepository.h"

#include "core/policy/RuleSet.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/repositories/ProgrammeRepository.h"

#include <QCryptographicHash>

namespace dd {

PolicyRepository::PolicyRepository(Database& db)
    : m_db(db)
{
}

bool PolicyRepository::store(const QString& kind, const QString& name, const QString& version, const QByteArray& bytes,
                             Error* error)
{
    if (!m_db.session().permits(Permissions::Action::LoadPolicies, error)) {
        return false;
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVariant existing;
    if (!Sql::scalar(m_db.connection(),
                     QStringLiteral("SELECT id FROM policies WHERE kind = ? AND name = ? AND sha256 = ?"),
                     {kind, name, sha}, &existing, error)) {
        return false;
    }
    if (existing.isValid()) {
        return true;
    }
    const Sql::Assignments f = {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("content"), QString::fromUtf8(bytes)},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("loaded_by"), m_db.session().userId()},
        {QStringLiteral("loaded_at"), Database::nowUtc()},
    };
    if (!Sql::insert(m_db.connection(), QStringLiteral("policies"), f, nullptr, error)) {
        *error = error->withMessage(tr("cannot store %1 policy %2: %3").arg(kind, name, error->message()));
        return false;
    }
    return true;
}

bool PolicyRepository::storeInstitution(const QByteArray& bytes, const QString& fileName, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::LoadPolicies, error)) {
        return false;
    }
    InstitutionPolicy policy;
    QString reason;
    if (!InstitutionPolicy::fromJson(bytes, fileName, &policy, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("INSERT INTO institutions (code, name_en, name_zh, name_th) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh,"
                           " name_th = excluded.name_th, row_version = institutions.row_version + 1"),
            {policy.code(), policy.nameEn(), policy.nameZh(), policy.nameTh()}, error)) {
        return false;
    }
    return store(QStringLiteral("institution"), policy.code(), policy.version(), bytes, error);
}

bool PolicyRepository::storeConversions(const QByteArray& bytes, const QString& fileName, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::LoadPolicies, error)) {
        return false;
    }
    QList<ConversionTable> tables;
    QString reason;
    if (!ConversionTable::listFromJson(bytes, fileName, &tables, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    QStringList versions;
    for (const ConversionTable& t : tables) {
        versions << t.id() + QLatin1Char('@') + t.version();
    }
    return store(QStringLiteral("conversions"), QStringLiteral("conversions"), versions.join(QLatin1Char(' ')), bytes,
                 error);
}

bool PolicyRepository::storeProgramme(const QByteArray& bytes, const QString& fileName, Error* error)
{
    // The whole rule file is checked, so a broken requirement is refused when loaded, not at audit time.
    RuleSet rules;
    QString reason;
    if (!RuleSet::fromJson(bytes, fileName, &rules, &reason)) {
        *error = Error::invalid(reason);
        return false;
    }
    Programme programme = rules.programme();
    ProgrammeRepository programmes(m_db);
    if (!programmes.save(programme, error)) {
        return false;
    }
    return store(QStringLiteral("programme"), programme.code, QString::number(programme.catalogueYear), bytes, error);
}

bool PolicyRepository::load(PolicySet* policies, Error* error) const
{
    *policies = PolicySet();
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral(
                      "SELECT p.kind, p.name, p.content FROM policies p WHERE p.kind IN ('institution', 'conversions')"
                      " AND p.id = (SELECT max(id) FROM policies l WHERE l.kind = p.kind AND l.name = p.name)"
                      " ORDER BY p.kind, p.name"),
                  {}, error)) {
        return false;
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString name = QStringLiteral("stored %1 policy %2").arg(kind, q.value(1).toString());
        const QByteArray bytes = q.value(2).toString().toUtf8();
        if (kind == QLatin1String("institution")) {
            InstitutionPolicy policy;
            QString reason;
            if (!InstitutionPolicy::fromJson(bytes, name, &policy, &reason)) {
                *error = Error::invalid(reason);
                return false;
            }
            policies->addInstitution(policy);
        } else {
            QList<ConversionTable> tables;
            QString reason;
            if (!ConversionTable::listFromJson(bytes, name, &tables, &reason)) {
                *error = Error::invalid(reason);
                return false;
            }
            for (const ConversionTable& t : tables) {
                policies->addConversion(t);
            }
        }
    }
    return true;
}

} // namespace dd
