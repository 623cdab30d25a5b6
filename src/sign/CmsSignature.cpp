// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/CmsSignature.h"

#include "sign/OpenSsl.h"
#include "sign/SigningKey.h"

#include <openssl/err.h>
#include <openssl/ess.h>

#include <algorithm>
#include <vector>

namespace dd {

using namespace openssl;

namespace {

QByteArray derLength(int length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
        return out;
    }
    QByteArray digits;
    for (int n = length; n > 0; n >>= 8) {
        digits.prepend(char(n & 0xff));
    }
    out.append(char(0x80 | digits.size()));
    return out + digits;
}

/**
 * The DER of the signed attributes as a SET OF (RFC 5652 5.4): what the signature is
 * over. OpenSSL's own signing step always adds a signing-time, which PAdES forbids,
 * so the attributes are encoded and signed here.
 */
QByteArray signedAttributesDer(CMS_SignerInfo* si)
{
    std::vector<QByteArray> parts;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char* out = nullptr;
        const int length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &out);
        parts.emplace_back(reinterpret_cast<const char*>(out), std::max(length, 0));
        OPENSSL_free(out);
    }
    std::sort(parts.begin(), parts.end()); // DER orders a SET OF by its encodings
    QByteArray body;
    for (const QByteArray& p : parts) {
        body += p;
    }
    return QByteArray(1, char(0x31)) + derLength(int(body.size())) + body;
}

Owned<CMS_ContentInfo> readCms(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return Owned<CMS_ContentInfo>(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
}

QByteArray writeCms(CMS_ContentInfo* cms)
{
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &out);
    const QByteArray bytes(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    return bytes;
}

CMS_SignerInfo* onlySigner(CMS_ContentInfo* cms)
{
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    return signers && sk_CMS_SignerInfo_num(signers) == 1 ? sk_CMS_SignerInfo_value(signers, 0) : nullptr;
}

} // namespace

QByteArray CmsSignature::sign(const SigningKey& key, const QByteArray& content, Error* error)
{
    const unsigned flags = CMS_PARTIAL | CMS_DETACHED | CMS_BINARY;
    Owned<CMS_ContentInfo> cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    CMS_SignerInfo* si = cms
        ? CMS_add1_signer(cms.get(), key.certificate().handle(), key.handle(), EVP_sha256(), flags | CMS_NOSMIMECAP)
        : nullptr;
    if (!si) {
        *error = Error::storage(takeErrors(tr("the signature cannot be made")));
        return QByteArray();
    }
    CMS_set_detached(cms.get(), 1);
    for (const Certificate& c : key.chain()) {
        CMS_add1_cert(cms.get(), c.handle());
    }
    // content-type, message-digest, signing-certificate-v2 (ETSI EN 319 122-1 5.2.2).
    const QByteArray digest = sha256(content);
    ESS_SIGNING_CERT_V2* essV2
        = OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), key.certificate().handle(), nullptr, 1);
    unsigned char* essDer = nullptr;
    const int essLength = essV2 ? i2d_ESS_SIGNING_CERT_V2(essV2, &essDer) : -1;
    ESS_SIGNING_CERT_V2_free(essV2);
    ASN1_STRING* essValue = ASN1_STRING_new();
    const bool attributes = essLength > 0 && ASN1_STRING_set(essValue, essDer, essLength)
        && CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1)
        && CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.constData(),
                                       int(digest.size()))
        && CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE, essValue, -1);
    OPENSSL_free(essDer);
    ASN1_STRING_free(essValue);
    if (!attributes) {
        *error = Error::storage(takeErrors(tr("the signature's attributes cannot be made")));
        return QByteArray();
    }
    const QByteArray value = key.signSha256(signedAttributesDer(si), error);
    if (value.isEmpty()) {
        return QByteArray();
    }
    ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), value.constData(), int(value.size()));
    return writeCms(cms.get());
}

QByteArray CmsSignature::signatureValue(const QByteArray& cms, Error* error)
{
    Owned<CMS_ContentInfo> info = readCms(cms);
    CMS_SignerInfo* si = info ? onlySigner(info.get()) : nullptr;
    if (!si) {
        ERR_clear_error();
        *error = Error::invalid(tr("not a CMS signature with one signer"));
        return QByteArray();
    }
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

QByteArray CmsSignature::withTimeStamp(const QByteArray& cms, const QByteArray& token, Error* error)
{
    Owned<CMS_ContentInfo> info = readCms(cms);
    CMS_SignerInfo* si = info ? onlySigner(info.get()) : nullptr;
    ASN1_STRING* value = ASN1_STRING_new();
    const bool ok = si && ASN1_STRING_set(value, token.constData(), int(token.size()))
        && CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, value, -1);
    ASN1_STRING_free(value);
    if (!ok) {
        *error = Error::storage(takeErrors(tr("the time-stamp cannot be added to the signature")));
        return QByteArray();
    }
    return writeCms(info.get());
}

CmsSignature::Verification CmsSignature::verify(const QByteArray& cms, const QByteArray& content)
{
    Verification result;
    Owned<CMS_ContentInfo> info = readCms(cms);
    if (!info || OBJ_obj2nid(CMS_get0_type(info.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        result.problem = tr("the signature is not a CMS SignedData");
        return result;
    }
    CMS_SignerInfo* si = onlySigner(info.get());
    if (!si) {
        result.problem = tr("the signature does not have exactly one signer");
        return result;
    }
    STACK_OF(X509)* certs = CMS_get1_certs(info.get());
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        X509* c = sk_X509_value(certs, i);
        X509_up_ref(c);
        result.certificates << Certificate(c);
    }
    sk_X509_pop_free(certs, X509_free);
    result.signingCertificateV2 = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0;
    result.signingTimeAttribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;
    const int tsIndex = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (tsIndex >= 0) {
        ASN1_TYPE* any = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, tsIndex), 0);
        if (any && any->type == V_ASN1_SEQUENCE) {
            result.timeStampToken
                = QByteArray(reinterpret_cast<const char*>(any->value.sequence->data), any->value.sequence->length);
        }
    }
    Owned<BIO> data = memoryReader(content);
    // The chain is checked apart, at the signing time and against the caller's anchors.
    if (CMS_verify(info.get(), nullptr, nullptr, data.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        result.problem = takeErrors(tr("the signature does not match the signed bytes"));
        return result;
    }
    STACK_OF(X509)* signers = CMS_get0_signers(info.get());
    if (signers && sk_X509_num(signers) == 1) {
        X509* c = sk_X509_value(signers, 0);
        X509_up_ref(c);
        result.signer = Certificate(c);
    }
    sk_X509_free(signers);
    result.intact = !result.signer.isNull();
    if (!result.intact) {
        result.problem = tr("the signer's certificate is not in the signature");
    }
    return result;
}

} // namespace dd
