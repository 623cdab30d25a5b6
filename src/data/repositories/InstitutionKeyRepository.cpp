// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/repositories/InstitutionKeyRepository.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"

#include <QSqlQuery>

namespace dd {

namespace {

QString pemOf(const QList<Certificate>& certificates)
{
    QByteArray pem;
    for (const Certificate& c : certificates) {
        pem += c.pem();
    }
    return QString::fromLatin1(pem);
}

} // namespace

InstitutionKeyRepository::InstitutionKeyRepository(Database& db)
    : m_db(db)
{
}

bool InstitutionKeyRepository::bind(const InstitutionKey& key, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, QStringLiteral("DELETE FROM institution_keys WHERE institution = ?"), {key.institution}, error)
        || !Sql::run(q,
                     QStringLiteral("INSERT INTO institution_keys (institution, key_kind, key_location, certificate,"
                                    " chain, fingerprint, bound_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {key.institution, key.kind, key.location, QString::fromLatin1(key.certificate.pem()),
                      pemOf(key.chain), key.certificate.fingerprint(), Database::nowUtc()},
                     error)) {
        return false;
    }
    return tx.commit(error);
}

std::optional<InstitutionKey> InstitutionKeyRepository::find(const QString& institution, Error* error) const
{
    for (const InstitutionKey& key : all(error)) {
        if (key.institution == institution) {
            return key;
        }
    }
    return std::nullopt;
}

QList<InstitutionKey> InstitutionKeyRepository::all(Error* error) const
{
    QList<InstitutionKey> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT institution, key_kind, key_location, certificate, chain, bound_at"
                                 " FROM institution_keys ORDER BY institution"),
                  {}, error)) {
        return out;
    }
    while (q.next()) {
        InstitutionKey key;
        key.institution = q.value(0).toString();
        key.kind = q.value(1).toString();
        key.location = q.value(2).toString();
        Error bad;
        const QList<Certificate> certs = Certificate::read(q.value(3).toString().toLatin1(), &bad);
        if (certs.size() != 1) {
            *error = Error::storage(tr("the certificate stored for %1 cannot be read").arg(key.institution));
            return {};
        }
        key.certificate = certs.first();
        const QByteArray chain = q.value(4).toString().toLatin1();
        if (!chain.isEmpty()) {
            key.chain = Certificate::read(chain, &bad);
        }
        key.boundAt = q.value(5).toDateTime();
        out << key;
    }
    return out;
}

bool InstitutionKeyRepository::trust(const QString& institution, const Certificate& certificate, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    for (const Certificate& known : trusted(institution, error)) {
        if (known == certificate) {
            return true;
        }
    }
    if (error->isSet()) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    return Sql::run(
        q,
        QStringLiteral("INSERT INTO partner_certificates (institution, certificate, fingerprint, trusted_at)"
                       " VALUES (?, ?, ?, ?)"),
        {institution, QString::fromLatin1(certificate.pem()), certificate.fingerprint(), Database::nowUtc()}, error);
}

bool InstitutionKeyRepository::distrust(const QString& institution, const QString& fingerprint, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, QStringLiteral("DELETE FROM partner_certificates WHERE institution = ? AND fingerprint = ?"),
                  {institution, fingerprint.toLower()}, error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Error::notFound(
            tr("no certificate with the SHA-256 fingerprint %1 is trusted as %2's").arg(fingerprint, institution));
        return false;
    }
    return true;
}

QList<Certificate> InstitutionKeyRepository::trusted(const QString& institution, Error* error) const
{
    QList<Certificate> out;
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT certificate FROM partner_certificates WHERE institution = ? ORDER BY id"),
                  {institution}, error)) {
        return out;
    }
    while (q.next()) {
        Error bad;
        out << Certificate::read(q.value(0).toString().toLatin1(), &bad);
    }
    return out;
}

} // namespace dd
