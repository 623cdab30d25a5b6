// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/EquivalencyRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QCryptographicHash>

namespace dd {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.lineage_id, e.version, e.from_institution, e.to_institution, e.block_category,"
    " e.block_credits, e.status, e.valid_from_cohort, e.valid_to_cohort, e.note, u.username, e.decided_at,"
    " e.row_version, e.reason FROM equivalencies e LEFT JOIN users u ON u.id = e.decided_by");

} // namespace

EquivalencyRepository::EquivalencyRepository(Database& db)
    : m_db(db)
{
}

bool EquivalencyRepository::loadCodes(Equivalency& e, Error* error) const
{
    QSqlQuery q(m_db.connection());
    if (!Sql::run(
            q,
            QStringLiteral("SELECT 'from', c.code FROM equivalency_sources x JOIN courses c ON c.id = x.course_ref"
                           " WHERE x.equivalency_ref = ?"
                           " UNION ALL"
                           " SELECT 'to', c.code FROM equivalency_targets x JOIN courses c ON c.id = x.course_ref"
                           " WHERE x.equivalency_ref = ?"),
            {e.id, e.id}, error)) {
        return false;
    }
    while (q.next()) {
        (q.value(0).toString() == QLatin1String("from") ? e.fromCodes : e.toCodes).append(q.value(1).toString());
    }
    e.fromCodes.sort();
    e.toCodes.sort();
    return true;
}

QList<Equivalency> EquivalencyRepository::select(const QString& where, const QVariantList& values, Error* error) const
{
    QList<Equivalency> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, kSelect + where, values, error)) {
        return out;
    }
    while (q.next()) {
        Equivalency e;
        e.id = q.value(0).toLongLong();
        e.lineageId = q.value(1).isNull() ? e.id : q.value(1).toLongLong();
        e.version = q.value(2).toInt();
        e.fromInstitution = q.value(3).toString();
        e.toInstitution = q.value(4).toString();
        e.blockCategory = q.value(5).toString();
        e.blockCreditsHalves = q.value(6).isNull() ? 0 : Sql::creditsHalves(q.value(6));
        e.status = q.value(7).toString();
        e.validFromCohort = q.value(8).toInt();
        e.validToCohort = q.value(9).isNull() ? 0 : q.value(9).toInt();
        e.note = q.value(10).toString();
        e.decidedBy = q.value(11).toString();
        e.decidedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        e.rowVersion = q.value(13).toInt();
        e.reason = q.value(14).toString();
        out.append(e);
    }
    for (Equivalency& e : out) {
        if (!loadCodes(e, error)) {
            return {};
        }
    }
    return out;
}

std::optional<Equivalency> EquivalencyRepository::latest(const QString& key, Error* error) const
{
    const QList<Equivalency> list
        = select(QStringLiteral(" WHERE e.rule_key = ? ORDER BY e.version DESC LIMIT 1"), {key}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

std::optional<Equivalency> EquivalencyRepository::findById(qint64 id, Error* error) const
{
    const QList<Equivalency> list = select(QStringLiteral(" WHERE e.id = ?"), {id}, error);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<Equivalency> EquivalencyRepository::history(qint64 lineageId, Error* error) const
{
    return select(QStringLiteral(" WHERE e.id = ? OR e.lineage_id = ? ORDER BY e.version"), {lineageId, lineageId},
                  error);
}

QList<Equivalency> EquivalencyRepository::all(Error* error) const
{
    return select(QStringLiteral(" ORDER BY e.id"), {}, error);
}

QList<Equivalency> EquivalencyRepository::current(Error* error) const
{
    return select(
        QStringLiteral(" WHERE e.version = (SELECT max(v.version) FROM equivalencies v WHERE v.rule_key = e.rule_key)"
                       " ORDER BY e.from_institution, e.rule_key"),
        {}, error);
}

bool EquivalencyRepository::addVersion(Equivalency& e, Error* error)
{
    // Either side's office may propose; the receiving side decides (TransferService).
    if (!Permissions::allows(m_db.session().user(), Permissions::Action::DecideTransfers, e.fromInstitution)
        && !m_db.session().permits(Permissions::Action::DecideTransfers, e.toInstitution, error)) {
        return false;
    }
    const QString key = e.key();
    Error lookupError;
    const std::optional<Equivalency> previous = latest(key, &lookupError);
    if (lookupError.isSet()) {
        *error = lookupError;
        return false;
    }
    const QString now = Database::nowUtc();
    const bool decided = e.status != QLatin1String("proposed");
    Sql::Assignments f = {
        {QStringLiteral("lineage_id"),
         previous ? QVariant(previous->lineageId) : QVariant(QMetaType::fromType<qint64>())},
        {QStringLiteral("version"), previous ? previous->version + 1 : 1},
        {QStringLiteral("rule_key"), key},
        {QStringLiteral("from_institution"), e.fromInstitution},
        {QStringLiteral("to_institution"), e.toInstitution},
        {QStringLiteral("block_category"), Sql::nullIfEmpty(e.blockCategory)},
        {QStringLiteral("block_credits"),
         e.isBlockCredit() ? Sql::credits(e.blockCreditsHalves) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("valid_from_cohort"), e.validFromCohort},
        {QStringLiteral("valid_to_cohort"),
         e.validToCohort > 0 ? QVariant(e.validToCohort) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("decided_by"),
         decided ? QVariant(m_db.session().userId()) : QVariant(QMetaType::fromType<qint64>())},
        {QStringLiteral("decided_at"), decided ? QVariant(now) : QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("created_by"), m_db.session().userId()},
        {QStringLiteral("created_at"), now},
    };
    qint64 id = 0;
    if (!Sql::insert(m_db.connection(), QStringLiteral("equivalencies"), f, &id, error)) {
        *error = error->withMessage(tr("cannot store equivalency %1: %2").arg(key, error->message()));
        return false;
    }
    auto link = [&](const QString& table, const QString& institution, const QStringList& codes) {
        for (const QString& code : codes) {
            QSqlQuery q(m_db.connection());
            if (!Sql::run(q,
                          QStringLiteral("INSERT INTO %1 (equivalency_ref, course_ref)"
                                         " SELECT ?, id FROM courses WHERE institution = ? AND code = ?")
                              .arg(table),
                          {id, institution, code}, error)) {
                return false;
            }
            if (q.numRowsAffected() != 1) {
                *error = Error::notFound(
                    tr("cannot store equivalency %1: unknown course %2 %3").arg(key, institution, code));
                return false;
            }
        }
        return true;
    };
    if (!link(QStringLiteral("equivalency_sources"), e.fromInstitution, e.fromCodes)
        || !link(QStringLiteral("equivalency_targets"), e.toInstitution, e.toCodes)) {
        return false;
    }
    e.id = id;
    e.lineageId = previous ? previous->lineageId : id;
    e.version = previous ? previous->version + 1 : 1;
    e.decidedBy = decided ? m_db.session().username() : QString();
    e.decidedAt = decided ? QDateTime::fromString(now, Qt::ISODateWithMs) : QDateTime();
    e.rowVersion = 1;
    return true;
}

bool EquivalencyRepository::addEvidence(qint64 equivalencyId, const QString& fileName, const QByteArray& content,
                                        Evidence* added, Error* error)
{
    // Evidence is part of the decision: the receiving institution's side attaches it.
    QVariant receiving;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT to_institution FROM equivalencies WHERE id = ?"),
                     {equivalencyId}, &receiving, error)) {
        return false;
    }
    if (receiving.isNull()) {
        *error = Error::notFound(tr("no equivalency with the ID %1").arg(equivalencyId));
        return false;
    }
    if (!m_db.session().permits(Permissions::Action::DecideTransfers, receiving.toString(), error)) {
        return false;
    }
    if (content.isEmpty()) {
        *error = Error::invalid(tr("evidence file %1 is empty").arg(fileName));
        return false;
    }
    Evidence ev;
    ev.equivalencyId = equivalencyId;
    ev.fileName = fileName;
    ev.size = content.size();
    ev.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    ev.addedBy = m_db.session().username();
    const QString now = Database::nowUtc();
    ev.addedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    const Sql::Assignments f = {
        {QStringLiteral("equivalency_ref"), equivalencyId},
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("content"), content},
        {QStringLiteral("sha256"), ev.sha256},
        {QStringLiteral("added_by"), m_db.session().userId()},
        {QStringLiteral("added_at"), now},
    };
    if (!Sql::insert(m_db.connection(), QStringLiteral("equivalency_evidence"), f, &ev.id, error)) {
        *error = error->withMessage(tr("cannot store evidence %1: %2").arg(fileName, error->message()));
        return false;
    }
    if (added) {
        *added = ev;
    }
    return true;
}

QList<EquivalencyRepository::Evidence> EquivalencyRepository::evidence(qint64 lineageId, Error* error) const
{
    QList<Evidence> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT x.id, x.equivalency_ref, e.version, x.file_name, length(x.content), x.sha256,"
                                 " u.username, x.added_at FROM equivalency_evidence x"
                                 " JOIN equivalencies e ON e.id = x.equivalency_ref JOIN users u ON u.id = x.added_by"
                                 " WHERE e.id = ? OR e.lineage_id = ? ORDER BY x.id"),
                  {lineageId, lineageId}, error)) {
        return out;
    }
    while (q.next()) {
        Evidence ev;
        ev.id = q.value(0).toLongLong();
        ev.equivalencyId = q.value(1).toLongLong();
        ev.version = q.value(2).toInt();
        ev.fileName = q.value(3).toString();
        ev.size = q.value(4).toLongLong();
        ev.sha256 = q.value(5).toString();
        ev.addedBy = q.value(6).toString();
        ev.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out.append(ev);
    }
    return out;
}

std::optional<QByteArray> EquivalencyRepository::evidenceContent(qint64 evidenceId, Error* error) const
{
    QVariant content;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT content FROM equivalency_evidence WHERE id = ?"),
                     {evidenceId}, &content, error)) {
        return std::nullopt;
    }
    if (!content.isValid()) {
        *error = Error::notFound(tr("no evidence with id %1").arg(evidenceId));
        return std::nullopt;
    }
    return content.toByteArray();
}

} // namespace dd
