// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace dd::openssl {

/** Owning handles for OpenSSL objects, freed by their own free functions. */
struct Free
{
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(BIO* p) const { BIO_free_all(p); }
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template<typename T> using Owned = std::unique_ptr<T, Free>;

/** OpenSSL's queued error lines (cleared), or \a fallback when there are none. */
QString takeErrors(const QString& fallback);
/** A read-only memory BIO over \a bytes (which must outlive it). */
Owned<BIO> memoryReader(const QByteArray& bytes);
/** Everything written into a memory BIO. */
QByteArray bioBytes(BIO* bio);
/** SHA-256 of \a bytes. */
QByteArray sha256(const QByteArray& bytes);

} // namespace dd::openssl
