// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;

/** Where an institution's signing key is kept, and its certificate (the key itself never is). */
struct InstitutionKey
{
    QString institution;
    QString kind; ///< pkcs12 or pkcs11
    QString location; ///< the file (relative to the database's folder when inside it) or the PKCS#11 URI
    Certificate certificate;
    QList<Certificate> chain; ///< the certificates above it, as the key came with them
    QDateTime boundAt;
};

/** The institutions' bound keys and the partners' trusted certificates (tables institution_keys, partner_certificates).
 */
class InstitutionKeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(dd::InstitutionKeyRepository)

public:
    explicit InstitutionKeyRepository(Database& db);

    /** Binds (or rebinds) \a key to its institution; needs the manage-keys right. */
    [[nodiscard]] bool bind(const InstitutionKey& key, Error* error);
    std::optional<InstitutionKey> find(const QString& institution, Error* error) const;
    QList<InstitutionKey> all(Error* error) const;

    /** Trusts \a certificate as \a institution's (a partner), once; needs the manage-keys right. */
    [[nodiscard]] bool trust(const QString& institution, const Certificate& certificate, Error* error);
    /**
     * Withdraws the trust in \a institution's certificate of SHA-256 \a fingerprint (a partner's
     * renewed or compromised certificate); needs the manage-keys right. Not trusted: an error.
     */
    [[nodiscard]] bool distrust(const QString& institution, const QString& fingerprint, Error* error);
    /** The certificates trusted as \a institution's. */
    QList<Certificate> trusted(const QString& institution, Error* error) const;

private:
    Database& m_db;
};

} // namespace dd
