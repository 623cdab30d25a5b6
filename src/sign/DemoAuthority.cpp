// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/DemoAuthority.h"

#include "sign/OpenSsl.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace dd {

using namespace openssl;

namespace {

Owned<EVP_PKEY> newP256Key()
{
    return Owned<EVP_PKEY>(EVP_EC_gen("P-256"));
}

bool addName(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.data()),
                                      int(utf8.size()), -1, 0)
        == 1;
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

/** A certificate for \a subjectKey named \a cn / \a org, signed by \a issuerKey (itself when no issuer). */
Owned<X509> makeCertificate(EVP_PKEY* subjectKey, const QString& cn, const QString& org, X509* issuer,
                            EVP_PKEY* issuerKey, bool authority)
{
    Owned<X509> cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    ASN1_TIME_set_string_X509(X509_getm_notBefore(cert.get()), "20200101000000Z");
    ASN1_TIME_set_string_X509(X509_getm_notAfter(cert.get()), "20401231235959Z");
    X509_NAME* name = X509_get_subject_name(cert.get());
    if (!addName(name, "C", QStringLiteral("XX")) || !addName(name, "O", org) || !addName(name, "CN", cn)) {
        return nullptr;
    }
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(cert.get(), subjectKey);
    X509* issuerCert = issuer ? issuer : cert.get();
    bool ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (authority) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature,nonRepudiation");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return cert;
}

} // namespace

bool DemoAuthority::isDemoSubject(const QString& subject)
{
    return subject.contains(QStringLiteral("DEMO \u2014 not valid"));
}

bool DemoAuthority::make(const QStringList& institutions, const QByteArray& passphrase, Files* files, Error* error)
{
    *files = Files();
    const QString notValid = QStringLiteral("DEMO \u2014 not valid");
    Owned<EVP_PKEY> caKey = newP256Key();
    Owned<X509> ca = caKey ? makeCertificate(caKey.get(), QStringLiteral("DualDegree Demo CA (%1)").arg(notValid),
                                             QStringLiteral("DualDegree DEMO"), nullptr, caKey.get(), true)
                           : nullptr;
    if (!ca) {
        *error = Error::storage(takeErrors(tr("the demo certificate authority cannot be made")));
        return false;
    }
    Owned<BIO> pem(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(pem.get(), ca.get());
    files->caPem = bioBytes(pem.get());
    for (const QString& institution : institutions) {
        Owned<EVP_PKEY> key = newP256Key();
        Owned<X509> cert = key
            ? makeCertificate(key.get(), QStringLiteral("%1 %2").arg(institution, notValid),
                              QStringLiteral("%1 DEMO").arg(institution), ca.get(), caKey.get(), false)
            : nullptr;
        Owned<STACK_OF(X509)> chain(sk_X509_new_null());
        X509_up_ref(ca.get());
        sk_X509_push(chain.get(), ca.get());
        const QByteArray friendly = institution.toUtf8();
        PKCS12* p12 = cert ? PKCS12_create(passphrase.constData(), friendly.constData(), key.get(), cert.get(),
                                           chain.get(), 0, 0, 0, 0, 0)
                           : nullptr;
        if (!p12) {
            *error = Error::storage(takeErrors(tr("the demo key of %1 cannot be made").arg(institution)));
            return false;
        }
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        i2d_PKCS12_bio(out.get(), p12);
        PKCS12_free(p12);
        files->pkcs12.insert(institution, bioBytes(out.get()));
    }
    return true;
}

} // namespace dd
