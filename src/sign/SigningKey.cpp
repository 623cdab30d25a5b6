// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pkcs11 engine is OpenSSL 3.0's only packaged way to a PKCS#11 token (libp11).
#define OPENSSL_SUPPRESS_DEPRECATED

#include "sign/SigningKey.h"

#include "sign/OpenSsl.h"

#include <QFile>

#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>

namespace dd {

using namespace openssl;

namespace {

std::shared_ptr<EVP_PKEY> shareKey(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

} // namespace

SigningKey SigningKey::fromParts(EVP_PKEY* key, const Certificate& certificate, const QList<Certificate>& chain)
{
    SigningKey result;
    EVP_PKEY_up_ref(key);
    result.m_key = shareKey(key);
    result.m_certificate = certificate;
    result.m_chain = chain;
    return result;
}

SigningKey SigningKey::fromPkcs12(const QString& path, const QByteArray& passphrase, Error* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(tr("cannot read the key file %1: %2").arg(path, file.errorString()));
        return SigningKey();
    }
    const QByteArray bytes = file.readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, long(bytes.size()));
    if (!p12) {
        ERR_clear_error();
        *error = Error::invalid(tr("%1 is not a PKCS#12 key file").arg(path));
        return SigningKey();
    }
    if (!PKCS12_verify_mac(p12, passphrase.constData(), int(passphrase.size()))) {
        PKCS12_free(p12);
        ERR_clear_error();
        *error = Error::refused(tr("wrong passphrase for the key file %1").arg(path));
        return SigningKey();
    }
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    const int parsed = PKCS12_parse(p12, passphrase.constData(), &key, &cert, &ca);
    PKCS12_free(p12);
    SigningKey result;
    if (!parsed) {
        *error = Error::invalid(takeErrors(tr("the key file %1 cannot be read").arg(path)));
    } else if (!key) {
        *error = Error::invalid(tr("the key file %1 holds no private key").arg(path));
    } else if (!cert) {
        *error = Error::invalid(tr("the key file %1 holds no certificate for its key").arg(path));
    } else if (X509_check_private_key(cert, key) != 1) {
        ERR_clear_error();
        *error = Error::invalid(tr("the key in %1 does not match its certificate").arg(path));
    } else {
        result.m_key = shareKey(key);
        key = nullptr;
        result.m_certificate = Certificate(cert);
        cert = nullptr;
        for (int i = 0; ca && i < sk_X509_num(ca); ++i) {
            X509* c = sk_X509_value(ca, i);
            X509_up_ref(c);
            result.m_chain << Certificate(c);
        }
    }
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(ca, X509_free);
    return result;
}

SigningKey SigningKey::fromPkcs11(const QString& uri, const QByteArray& pin, const Certificate& certificate,
                                  Error* error)
{
    if (!uri.startsWith(QLatin1String("pkcs11:"))) {
        *error = Error::invalid(tr("not a PKCS#11 URI (pkcs11:token=…;object=…): %1").arg(uri));
        return SigningKey();
    }
    ENGINE_load_builtin_engines();
    ENGINE* engine = ENGINE_by_id("pkcs11");
    if (!engine) {
        ERR_clear_error();
        *error = Error::storage(tr("OpenSSL's pkcs11 engine is not installed (Debian: libengine-pkcs11-openssl)"));
        return SigningKey();
    }
    SigningKey result;
    const QByteArray uriBytes = uri.toUtf8();
    if (!ENGINE_init(engine)) {
        *error = Error::storage(takeErrors(tr("the pkcs11 engine cannot start")));
    } else {
        if (!pin.isEmpty()) {
            ENGINE_ctrl_cmd_string(engine, "PIN", pin.constData(), 0);
        }
        struct
        {
            const char* id;
            X509* cert;
        } certRequest = {uriBytes.constData(), nullptr};
        EVP_PKEY* key = ENGINE_load_private_key(engine, uriBytes.constData(), nullptr, nullptr);
        if (key && (!ENGINE_ctrl_cmd(engine, "LOAD_CERT_CTRL", 0, &certRequest, nullptr, 0) || !certRequest.cert)) {
            ERR_clear_error();
            if (!certificate.isNull()) {
                // The token holds the key alone: the certificate comes from where it was bound.
                X509_up_ref(certificate.handle());
                certRequest.cert = certificate.handle();
            }
        }
        if (!key) {
            *error = Error::refused(
                takeErrors(tr("the token has no key %1 that opens with this PIN (or the token is missing)").arg(uri)));
        } else if (!certRequest.cert) {
            EVP_PKEY_free(key);
            *error = Error::invalid(tr("the token holds no certificate for %1 (give it with --cert)").arg(uri));
        } else if (X509_check_private_key(certRequest.cert, key) != 1) {
            ERR_clear_error();
            EVP_PKEY_free(key);
            X509_free(certRequest.cert);
            *error = Error::invalid(tr("the key on the token does not match its certificate"));
        } else {
            result.m_key = shareKey(key);
            result.m_certificate = Certificate(certRequest.cert);
        }
        ENGINE_finish(engine);
    }
    ENGINE_free(engine);
    return result;
}

QByteArray SigningKey::signSha256(const QByteArray& data, Error* error) const
{
    const std::lock_guard<std::mutex> lock(*m_lock);
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (isNull() || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSignUpdate(ctx.get(), data.constData(), size_t(data.size())) != 1
        || EVP_DigestSignFinal(ctx.get(), nullptr, &length) != 1) {
        *error = Error::storage(takeErrors(tr("the key cannot sign")));
        return QByteArray();
    }
    QByteArray signature(int(length), Qt::Uninitialized);
    if (EVP_DigestSignFinal(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length) != 1) {
        *error = Error::storage(takeErrors(tr("the key cannot sign")));
        return QByteArray();
    }
    signature.truncate(int(length));
    return signature;
}

} // namespace dd
