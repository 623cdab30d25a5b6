// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd {

class SigningKey;

/**
 * JSON Web Signatures in compact serialization (RFC 7515): a header with `alg`
 * (ES256 for EC P-256 keys, RS256 for RSA) and `kid` = the SHA-256 of the signing
 * certificate's DER in hex, a JSON payload, and the signature (ECDSA as the raw
 * 64-byte r‖s, RFC 7518 3.4).
 */
class Jws
{
    Q_DECLARE_TR_FUNCTIONS(dd::Jws)

public:
    /** `header.payload.signature`, each part base64url without padding. */
    static QString sign(const QJsonObject& payload, const SigningKey& key, Error* error);

    struct Parts
    {
        QString algorithm;
        QString keyId;
        QByteArray payload; ///< the payload's bytes as signed
        QByteArray signingInput; ///< header.payload, what the signature is over
        QByteArray signature; ///< as carried (raw r‖s for ES256)
    };
    /** Splits \a compact and reads its header; a malformed token is an error. */
    static bool parse(const QString& compact, Parts* parts, Error* error);
    /** Whether \a parts' signature verifies with \a certificate's key under its algorithm. */
    static bool verify(const Parts& parts, const Certificate& certificate, QString* problem);
};

} // namespace dd
