// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

struct x509_st;

namespace dd {

/**
 * One X.509 certificate, shared and immutable: what a key's holder is called, when
 * it is valid, its SHA-256 fingerprint, and whether it chains to a trust anchor.
 * A certificate never carries a private key.
 */
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(dd::Certificate)

public:
    Certificate() = default;
    /** Takes ownership of \a handle. */
    explicit Certificate(x509_st* handle);

    /** Every certificate of a PEM bundle, or of one DER certificate; none is an error. */
    static QList<Certificate> read(const QByteArray& bytes, Error* error);
    /** Every certificate of the file at \a path (a trust bundle); none, or a file that cannot be read, is an error
     * naming it. */
    static QList<Certificate> readFile(const QString& path, Error* error);
    static Certificate fromDer(const QByteArray& der, Error* error);

    bool isNull() const { return !m_x509; }
    x509_st* handle() const { return m_x509.get(); }

    QByteArray der() const;
    QByteArray pem() const;
    /** The subject as one line, most significant part first ("CN=…, O=…, C=…"). */
    QString subject() const;
    QString issuerName() const;
    QString commonName() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    /** SHA-256 of the DER encoding, lower-case hex (a JWS `kid`). */
    QString fingerprint() const;
    /** "EC P-256", "RSA 3072", … */
    QString keyDescription() const;
    /** The JWS algorithm its key signs with: ES256 (EC P-256) or RS256 (RSA); empty otherwise. */
    QString jwsAlgorithm() const;
    bool isCertificateAuthority() const;
    bool isSelfIssued() const;
    /** Whether its subject names \a institution (a code such as CQUPT) in its CN or O as a word. */
    bool names(const QString& institution) const;
    /** Why it is not valid at \a time (empty when it is). */
    QString validityProblem(const QDateTime& time) const;
    bool operator==(const Certificate& other) const;

    /**
     * Whether \a signature is its key's SHA-256 signature of \a data: DER ECDSA for an
     * EC key, PKCS#1 v1.5 for RSA (what `openssl dgst -sha256 -verify` checks).
     */
    bool verifiesSha256(const QByteArray& data, const QByteArray& signature) const;

    /**
     * Whether \a leaf chains through \a intermediates to one of \a anchors at \a time
     * (signatures, validity periods, CA constraints and key usage for signing);
     * \a reason says why not.
     */
    static bool chainsTo(const Certificate& leaf, const QList<Certificate>& intermediates,
                         const QList<Certificate>& anchors, const QDateTime& time, QString* reason);

private:
    std::shared_ptr<x509_st> m_x509;
};

} // namespace dd
