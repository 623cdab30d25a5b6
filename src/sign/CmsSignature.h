// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace dd {

class SigningKey;

/**
 * A detached CMS SignedData as PAdES baseline wants it (ETSI EN 319 142-1): SHA-256,
 * signed attributes content-type, message-digest and signing-certificate-v2 and no
 * signing-time (the time belongs in the PDF signature dictionary), the signer's
 * certificate and the chain above it, and optionally an RFC 3161 signature
 * time-stamp as an unsigned attribute (B-T).
 */
class CmsSignature
{
    Q_DECLARE_TR_FUNCTIONS(dd::CmsSignature)

public:
    /** Signs \a content; DER. */
    static QByteArray sign(const SigningKey& key, const QByteArray& content, Error* error);
    /** The signer's signature value (what a signature time-stamp is taken over). */
    static QByteArray signatureValue(const QByteArray& cms, Error* error);
    /** \a cms with the RFC 3161 time-stamp token \a token added as the signer's unsigned attribute. */
    static QByteArray withTimeStamp(const QByteArray& cms, const QByteArray& token, Error* error);

    struct Verification
    {
        bool intact = false; ///< the signature verifies over the content with the certificate inside
        QString problem; ///< why not, or a structural fault of an intact one
        Certificate signer;
        QList<Certificate> certificates; ///< every certificate carried, the signer's included
        bool signingCertificateV2 = false;
        bool signingTimeAttribute = false;
        QByteArray timeStampToken; ///< DER, empty when none
    };
    /** Checks \a cms over \a content, its signer's certificate taken from inside (trust is checked apart). */
    static Verification verify(const QByteArray& cms, const QByteArray& content);
};

} // namespace dd
