// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/TimeStampAuthority.h"

#include "sign/OpenSsl.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace dd {

using namespace openssl;

namespace {

struct TsFree
{
    void operator()(TS_REQ* p) const { TS_REQ_free(p); }
    void operator()(TS_RESP* p) const { TS_RESP_free(p); }
    void operator()(TS_VERIFY_CTX* p) const { TS_VERIFY_CTX_free(p); }
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(TS_TST_INFO* p) const { TS_TST_INFO_free(p); }
};
template<typename T> using TsOwned = std::unique_ptr<T, TsFree>;

TsOwned<TS_REQ> makeRequest(const QByteArray& digest)
{
    TsOwned<TS_REQ> req(TS_REQ_new());
    TS_MSG_IMPRINT* imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR* algorithm = X509_ALGOR_new();
    X509_ALGOR_set_md(algorithm, EVP_sha256());
    TS_MSG_IMPRINT_set_algo(imprint, algorithm);
    TS_MSG_IMPRINT_set_msg(imprint, reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_msg_imprint(req.get(), imprint);
    TS_MSG_IMPRINT_free(imprint);
    X509_ALGOR_free(algorithm);
    unsigned char random[8];
    RAND_bytes(random, sizeof random);
    random[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(random, sizeof random, nullptr);
    ASN1_INTEGER* nonce = BN_to_ASN1_INTEGER(bn, nullptr);
    TS_REQ_set_nonce(req.get(), nonce);
    ASN1_INTEGER_free(nonce);
    BN_free(bn);
    TS_REQ_set_version(req.get(), 1);
    TS_REQ_set_cert_req(req.get(), 1);
    return req;
}

QDateTime tokenTime(PKCS7* token)
{
    TsOwned<TS_TST_INFO> info(PKCS7_to_TS_TST_INFO(token));
    struct tm parts = {};
    if (!info || ASN1_TIME_to_tm(TS_TST_INFO_get_time(info.get()), &parts) != 1) {
        return QDateTime();
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

} // namespace

TimeStampAuthority::TimeStampAuthority(const QUrl& url)
    : m_url(url)
{
}

QByteArray TimeStampAuthority::stamp(const QByteArray& data, Error* error) const
{
    TsOwned<TS_REQ> req = makeRequest(sha256(data));
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(req.get(), &der);
    const QByteArray body(reinterpret_cast<const char*>(der), std::max(length, 0));
    OPENSSL_free(der);

    QNetworkAccessManager network;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/timestamp-query"));
    request.setTransferTimeout(30000);
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError) {
        *error = Error::storage(
            tr("the time-stamp authority %1 did not answer: %2").arg(m_url.toDisplayString(), reply->errorString()));
        return QByteArray();
    }
    const QByteArray answer = reply->readAll();
    const auto* p = reinterpret_cast<const unsigned char*>(answer.constData());
    TsOwned<TS_RESP> resp(d2i_TS_RESP(nullptr, &p, long(answer.size())));
    if (!resp) {
        ERR_clear_error();
        *error = Error::storage(tr("the time-stamp authority %1 answered with something else than a time-stamp")
                                    .arg(m_url.toDisplayString()));
        return QByteArray();
    }
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
    if (status != 0 && status != 1) {
        *error = Error::refused(
            tr("the time-stamp authority %1 refused the request (status %2)").arg(m_url.toDisplayString()).arg(status));
        return QByteArray();
    }
    // The answer must be for this request: its imprint and nonce (its signature is checked when verifying).
    TsOwned<TS_VERIFY_CTX> ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (TS_RESP_verify_response(ctx.get(), resp.get()) != 1) {
        *error = Error::storage(takeErrors(tr("the time-stamp does not answer this request")));
        return QByteArray();
    }
    unsigned char* tokenDer = nullptr;
    const int tokenLength = i2d_PKCS7(TS_RESP_get_token(resp.get()), &tokenDer);
    const QByteArray token(reinterpret_cast<const char*>(tokenDer), std::max(tokenLength, 0));
    OPENSSL_free(tokenDer);
    return token;
}

TimeStampAuthority::Check TimeStampAuthority::verify(const QByteArray& token, const QByteArray& data,
                                                     const QList<Certificate>& anchors)
{
    Check check;
    const auto* p = reinterpret_cast<const unsigned char*>(token.constData());
    TsOwned<PKCS7> pkcs7(d2i_PKCS7(nullptr, &p, long(token.size())));
    if (!pkcs7) {
        ERR_clear_error();
        check.problem = tr("the time-stamp is not a time-stamp token");
        return check;
    }
    check.time = tokenTime(pkcs7.get());
    STACK_OF(X509)* signers = PKCS7_get0_signers(pkcs7.get(), nullptr, 0);
    if (signers && sk_X509_num(signers) == 1) {
        X509* c = sk_X509_value(signers, 0);
        X509_up_ref(c);
        check.authority = Certificate(c);
    }
    sk_X509_free(signers);
    ERR_clear_error();
    TsOwned<TS_VERIFY_CTX> ctx(TS_VERIFY_CTX_new());
    X509_STORE* store = X509_STORE_new();
    for (const Certificate& anchor : anchors) {
        X509_STORE_add_cert(store, anchor.handle());
    }
    TS_VERIFY_CTX_set_store(ctx.get(), store); // owned by the context from now on
    TS_VERIFY_CTX_set_data(ctx.get(), BIO_new_mem_buf(data.constData(), int(data.size())));
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_DATA);
    if (TS_RESP_verify_token(ctx.get(), pkcs7.get()) != 1) {
        check.problem = takeErrors(tr("the time-stamp does not verify"));
        return check;
    }
    check.valid = check.time.isValid();
    if (!check.valid) {
        check.problem = tr("the time-stamp carries no readable time");
    }
    return check;
}

} // namespace dd
