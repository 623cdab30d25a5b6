// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/Jws.h"

#include "sign/OpenSsl.h"
#include "sign/SigningKey.h"

#include <QJsonDocument>

#include <openssl/ecdsa.h>
#include <openssl/err.h>

namespace dd {

using namespace openssl;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encode(const QByteArray& bytes)
{
    return bytes.toBase64(base64url);
}

bool decode(const QByteArray& text, QByteArray* out)
{
    // Only the URL alphabet, no padding: anything else is not this serialization.
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            return false;
        }
    }
    const auto result
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return false;
    }
    *out = *result;
    return true;
}

/** A DER ECDSA signature as the fixed-width r‖s of RFC 7518; empty when it is not one. */
QByteArray rawFromDer(const QByteArray& der, int half)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig) {
        return QByteArray();
    }
    QByteArray raw(2 * half, '\0');
    const bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(raw.data()), half) == half
        && BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(raw.data()) + half, half) == half;
    ECDSA_SIG_free(sig);
    return ok ? raw : QByteArray();
}

QByteArray derFromRaw(const QByteArray& raw)
{
    const int half = int(raw.size()) / 2;
    ECDSA_SIG* sig = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), half, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + half, half, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char* out = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &out);
    const QByteArray der(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    ECDSA_SIG_free(sig);
    return der;
}

} // namespace

QString Jws::sign(const QJsonObject& payload, const SigningKey& key, Error* error)
{
    const QString algorithm = key.certificate().jwsAlgorithm();
    if (algorithm.isEmpty()) {
        *error = Error::invalid(
            tr("a %1 key cannot sign a JWS (EC P-256 or RSA)").arg(key.certificate().keyDescription()));
        return QString();
    }
    QJsonObject header;
    header.insert(QStringLiteral("alg"), algorithm);
    header.insert(QStringLiteral("kid"), key.certificate().fingerprint());
    const QByteArray input = encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray signature = key.signSha256(input, error);
    if (signature.isEmpty()) {
        return QString();
    }
    if (algorithm == QLatin1String("ES256")) {
        signature = rawFromDer(signature, 32);
    }
    return QString::fromLatin1(input + '.' + encode(signature));
}

bool Jws::parse(const QString& compact, Parts* parts, Error* error)
{
    const QByteArray text = compact.trimmed().toLatin1();
    const QList<QByteArray> pieces = text.split('.');
    QByteArray header;
    if (pieces.size() != 3 || !decode(pieces[0], &header) || !decode(pieces[1], &parts->payload)
        || !decode(pieces[2], &parts->signature)) {
        *error = Error::invalid(tr("not a JWS in compact serialization (three base64url parts)"));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
    if (!doc.isObject()) {
        *error = Error::invalid(tr("the JWS header is not a JSON object"));
        return false;
    }
    parts->algorithm = doc.object().value(QStringLiteral("alg")).toString();
    parts->keyId = doc.object().value(QStringLiteral("kid")).toString();
    parts->signingInput = pieces[0] + '.' + pieces[1];
    if (parts->algorithm != QLatin1String("ES256") && parts->algorithm != QLatin1String("RS256")) {
        *error = Error::invalid(tr("the JWS algorithm '%1' is not accepted (ES256 or RS256)").arg(parts->algorithm));
        return false;
    }
    return true;
}

bool Jws::verify(const Parts& parts, const Certificate& certificate, QString* problem)
{
    if (certificate.jwsAlgorithm() != parts.algorithm) {
        *problem
            = tr("the JWS says %1 but the certificate's key is %2").arg(parts.algorithm, certificate.keyDescription());
        return false;
    }
    QByteArray signature = parts.signature;
    if (parts.algorithm == QLatin1String("ES256")) {
        if (signature.size() != 64) {
            *problem = tr("an ES256 signature has 64 bytes");
            return false;
        }
        signature = derFromRaw(signature);
    }
    const bool ok = certificate.verifiesSha256(parts.signingInput, signature);
    if (!ok) {
        *problem = tr("the signature does not match the claims");
    }
    return ok;
}

} // namespace dd
