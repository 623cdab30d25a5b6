// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/Certificate.h"

#include "sign/OpenSsl.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace dd {

using namespace openssl;

namespace {

QString nameText(const X509_NAME* name)
{
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), name, 0, (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_COMMA_PLUS);
    return QString::fromUtf8(bioBytes(out.get()));
}

QString nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return QString();
    }
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) {
        return QString();
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME* t)
{
    struct tm parts = {};
    if (!t || ASN1_TIME_to_tm(t, &parts) != 1) {
        return QDateTime();
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

} // namespace

Certificate::Certificate(x509_st* handle)
    : m_x509(handle, X509_free)
{
}

QList<Certificate> Certificate::readFile(const QString& path, Error* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::storage(tr("cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    const QList<Certificate> read = Certificate::read(file.read(4 << 20), error);
    if (read.isEmpty()) {
        *error = error->withMessage(QStringLiteral("%1: %2").arg(path, error->message()));
    }
    return read;
}

QList<Certificate> Certificate::read(const QByteArray& bytes, Error* error)
{
    QList<Certificate> result;
    if (bytes.contains("-----BEGIN")) {
        Owned<BIO> in = memoryReader(bytes);
        while (X509* x = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)) {
            result << Certificate(x);
        }
        ERR_clear_error(); // the end of the bundle reads as an error
    } else {
        const Certificate one = fromDer(bytes, error);
        if (!one.isNull()) {
            result << one;
        }
    }
    if (result.isEmpty() && !error->isSet()) {
        *error = Error::invalid(tr("no certificate in it (PEM or DER expected)"));
    }
    return result;
}

Certificate Certificate::fromDer(const QByteArray& der, Error* error)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        X509_free(x);
        *error = Error::invalid(takeErrors(tr("not a DER certificate")));
        return Certificate();
    }
    return Certificate(x);
}

QByteArray Certificate::der() const
{
    if (isNull()) {
        return QByteArray();
    }
    unsigned char* out = nullptr;
    const int length = i2d_X509(m_x509.get(), &out);
    const QByteArray bytes(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    return bytes;
}

QByteArray Certificate::pem() const
{
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    if (!isNull()) {
        PEM_write_bio_X509(out.get(), m_x509.get());
    }
    return bioBytes(out.get());
}

QString Certificate::subject() const
{
    return isNull() ? QString() : nameText(X509_get_subject_name(m_x509.get()));
}

QString Certificate::issuerName() const
{
    return isNull() ? QString() : nameText(X509_get_issuer_name(m_x509.get()));
}

QString Certificate::commonName() const
{
    return isNull() ? QString() : nameEntry(X509_get_subject_name(m_x509.get()), NID_commonName);
}

QDateTime Certificate::notBefore() const
{
    return isNull() ? QDateTime() : timeOf(X509_get0_notBefore(m_x509.get()));
}

QDateTime Certificate::notAfter() const
{
    return isNull() ? QDateTime() : timeOf(X509_get0_notAfter(m_x509.get()));
}

bool Certificate::verifiesSha256(const QByteArray& data, const QByteArray& signature) const
{
    if (isNull() || signature.isEmpty()) {
        return false;
    }
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, X509_get0_pubkey(m_x509.get())) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                            size_t(data.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

QString Certificate::fingerprint() const
{
    return QString::fromLatin1(sha256(der()).toHex());
}

QString Certificate::keyDescription() const
{
    if (isNull()) {
        return QString();
    }
    EVP_PKEY* key = X509_get0_pubkey(m_x509.get());
    if (!key) {
        return QString();
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_group_name(key, group, sizeof group, &length);
        const QString name = QString::fromLatin1(group, int(length));
        return QStringLiteral("EC %1").arg(name == QLatin1String("prime256v1") ? QStringLiteral("P-256") : name);
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

QString Certificate::jwsAlgorithm() const
{
    const QString key = keyDescription();
    if (key == QLatin1String("EC P-256")) {
        return QStringLiteral("ES256");
    }
    return key.startsWith(QLatin1String("RSA ")) ? QStringLiteral("RS256") : QString();
}

bool Certificate::isCertificateAuthority() const
{
    return !isNull() && X509_check_ca(m_x509.get()) > 0;
}

bool Certificate::isSelfIssued() const
{
    return !isNull() && X509_check_issued(m_x509.get(), m_x509.get()) == X509_V_OK;
}

bool Certificate::names(const QString& institution) const
{
    if (isNull() || institution.isEmpty()) {
        return false;
    }
    const X509_NAME* name = X509_get_subject_name(m_x509.get());
    const QRegularExpression word(QStringLiteral("(^|\\W)%1(\\W|$)").arg(QRegularExpression::escape(institution)),
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(nameEntry(name, NID_commonName)).hasMatch()
        || word.match(nameEntry(name, NID_organizationName)).hasMatch();
}

QString Certificate::validityProblem(const QDateTime& time) const
{
    if (isNull()) {
        return tr("no certificate");
    }
    if (time < notBefore()) {
        return tr("the certificate is not valid before %1").arg(notBefore().toString(Qt::ISODate));
    }
    if (time > notAfter()) {
        return tr("the certificate expired on %1").arg(notAfter().toString(Qt::ISODate));
    }
    return QString();
}

bool Certificate::operator==(const Certificate& other) const
{
    if (isNull() || other.isNull()) {
        return isNull() == other.isNull();
    }
    return X509_cmp(m_x509.get(), other.m_x509.get()) == 0;
}

bool Certificate::chainsTo(const Certificate& leaf, const QList<Certificate>& intermediates,
                           const QList<Certificate>& anchors, const QDateTime& time, QString* reason)
{
    if (leaf.isNull()) {
        *reason = tr("no certificate");
        return false;
    }
    Owned<X509_STORE> store(X509_STORE_new());
    for (const Certificate& anchor : anchors) {
        X509_STORE_add_cert(store.get(), anchor.handle());
    }
    Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    for (const Certificate& c : intermediates) {
        X509_up_ref(c.handle());
        sk_X509_push(untrusted.get(), c.handle());
    }
    Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!X509_STORE_CTX_init(ctx.get(), store.get(), leaf.handle(), untrusted.get())) {
        *reason = takeErrors(tr("the chain could not be checked"));
        return false;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, time_t(time.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_ANY);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        *reason = tr("the certificate does not chain to the trusted authority at %1: %2")
                      .arg(time.toString(Qt::ISODate), QString::fromUtf8(X509_verify_cert_error_string(code)));
        ERR_clear_error();
        return false;
    }
    // A signing certificate must be allowed to sign documents.
    const uint32_t usage = X509_get_key_usage(leaf.handle());
    if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
        *reason = tr("the certificate's key usage does not allow signing");
        return false;
    }
    return true;
}

} // namespace dd
