// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "sign/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace dd {

class Database;

/**
 * The institutions' signing keys as the office uses them: binding a PKCS#12 file or
 * a PKCS#11 token to an institution (the certificate must name it, be valid now and
 * match its key), and opening the bound key to sign — asking for its passphrase or
 * PIN each time, never keeping it.
 */
class InstitutionKeys
{
    Q_DECLARE_TR_FUNCTIONS(dd::InstitutionKeys)

public:
    /** Asks for the passphrase (or PIN) of \a what; false when none can be had (the error says why). */
    using SecretSource = std::function<bool(const QString& what, QByteArray* secret, Error* error)>;

    /** How many days before a certificate ends the office is warned. */
    static constexpr int kExpiryWarningDays = 60;

    explicit InstitutionKeys(Database& db);

    /** Binds the key file \a path (PKCS#12) to \a institution. */
    [[nodiscard]] bool usePkcs12(const QString& institution, const QString& path, const SecretSource& secret,
                                 InstitutionKey* bound, Error* error);
    /**
     * Binds the key named by the PKCS#11 URI \a uri to \a institution; \a certificate
     * is its certificate where the token holds the key alone.
     */
    [[nodiscard]] bool usePkcs11(const QString& institution, const QString& uri, const Certificate& certificate,
                                 const SecretSource& secret, InstitutionKey* bound, Error* error);

    /**
     * Trusts the one certificate in the file at \a path as partner \a institution's (it must
     * name the institution and be valid now); \a trusted receives it.
     */
    [[nodiscard]] bool trustFile(const QString& institution, const QString& path, Certificate* trusted, Error* error);

    /** Whether \a institution has a key bound (an error reading the table is an error). */
    bool hasKey(const QString& institution, Error* error) const;
    /**
     * Opens \a institution's bound key to sign now: it must still be the certificate
     * that was bound, name the institution and be valid; \a secret is asked for its
     * passphrase or PIN.
     */
    SigningKey open(const QString& institution, const SecretSource& secret, Error* error) const;

    /** The key file's full path (a relative location is relative to the database's folder). */
    QString resolve(const QString& location) const;
    /** Why \a certificate cannot sign for \a institution at \a time (empty when it can). */
    static QString fitness(const Certificate& certificate, const QString& institution, const QDateTime& time);

    InstitutionKeyRepository& repository() { return m_repository; }

private:
    [[nodiscard]] bool bindLoaded(const QString& institution, const QString& kind, const QString& location,
                                  const SigningKey& key, InstitutionKey* bound, Error* error);
    QString stored(const QString& path) const;

    Database& m_db;
    InstitutionKeyRepository m_repository;
};

} // namespace dd
