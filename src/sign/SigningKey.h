// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

struct evp_pkey_st;

namespace dd {

/**
 * An institution's private key with its certificate, held in memory only while
 * something is signed: read from a PKCS#12 file with its passphrase, or used on a
 * PKCS#11 token through OpenSSL's pkcs11 engine (the key never leaves the token).
 * Never stored anywhere by DualDegree.
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(dd::SigningKey)

public:
    SigningKey() = default;

    /** Reads \a path; a wrong passphrase, no key or a key that is not the certificate's is an error. */
    static SigningKey fromPkcs12(const QString& path, const QByteArray& passphrase, Error* error);
    /**
     * The key named by the PKCS#11 URI \a uri, logged in with \a pin, with its certificate
     * on the token, or \a certificate where the token holds the key alone.
     */
    static SigningKey fromPkcs11(const QString& uri, const QByteArray& pin, const Certificate& certificate,
                                 Error* error);
    /** A key and certificate already in memory (for the demo authority and tests). */
    static SigningKey fromParts(evp_pkey_st* key, const Certificate& certificate, const QList<Certificate>& chain);

    bool isNull() const { return !m_key; }
    const Certificate& certificate() const { return m_certificate; }
    /** The certificates above it that came with it (not including it). */
    const QList<Certificate>& chain() const { return m_chain; }
    evp_pkey_st* handle() const { return m_key.get(); }

    /** A SHA-256 signature of \a data (from any thread, one at a time): DER ECDSA for EC keys, PKCS#1 v1.5 for RSA. */
    QByteArray signSha256(const QByteArray& data, Error* error) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    std::shared_ptr<std::mutex> m_lock
        = std::make_shared<std::mutex>(); ///< one signature at a time (tokens are not re-entrant)
    Certificate m_certificate;
    QList<Certificate> m_chain;
};

} // namespace dd
