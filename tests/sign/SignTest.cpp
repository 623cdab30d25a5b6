// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sign layer on its own: the demo authority's profile, key files, JWS and CMS.

#include "sign/CmsSignature.h"
#include "sign/DemoAuthority.h"
#include "sign/Jws.h"
#include "sign/SigningKey.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <openssl/ec.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

using namespace dd;

namespace {

struct Demo
{
    QTemporaryDir dir;
    DemoAuthority::Files files;
    Certificate ca;

    Demo()
    {
        Error error;
        REQUIRE(DemoAuthority::make({QStringLiteral("CQUPT"), QStringLiteral("RUTS")}, "demo", &files, &error));
        ca = Certificate::read(files.caPem, &error).value(0);
        for (auto it = files.pkcs12.cbegin(); it != files.pkcs12.cend(); ++it) {
            QFile f(dir.filePath(it.key() + QStringLiteral(".p12")));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
    }
    QString p12(const QString& institution) const { return dir.filePath(institution + QStringLiteral(".p12")); }
    SigningKey key(const QString& institution) const
    {
        Error error;
        const SigningKey k = SigningKey::fromPkcs12(p12(institution), "demo", &error);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(k.isNull());
        return k;
    }
};

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("The demo authority: EC P-256, DEMO subjects, CA and signer profiles, 2020-01-01 to 2040-12-31", "[sign]")
{
    const Demo demo;
    REQUIRE(demo.files.pkcs12.size() == 2);
    CHECK(demo.ca.isCertificateAuthority());
    CHECK(demo.ca.isSelfIssued());
    CHECK(demo.ca.subject().contains(QStringLiteral("DEMO \u2014 not valid")));
    CHECK((X509_get_key_usage(demo.ca.handle()) & KU_KEY_CERT_SIGN) != 0);
    const SigningKey ruts = demo.key(QStringLiteral("RUTS"));
    const Certificate& c = ruts.certificate();
    CHECK(c.keyDescription() == QStringLiteral("EC P-256"));
    CHECK(c.jwsAlgorithm() == QStringLiteral("ES256"));
    CHECK(c.subject().contains(QStringLiteral("DEMO \u2014 not valid")));
    CHECK(c.names(QStringLiteral("RUTS")));
    CHECK_FALSE(c.names(QStringLiteral("CQUPT")));
    CHECK_FALSE(c.names(QStringLiteral("RUT")));
    CHECK_FALSE(c.isCertificateAuthority());
    const uint32_t usage = X509_get_key_usage(c.handle());
    CHECK((usage & KU_DIGITAL_SIGNATURE) != 0);
    CHECK((usage & KU_NON_REPUDIATION) != 0);
    CHECK((usage & KU_KEY_CERT_SIGN) == 0);
    CHECK(c.notBefore() == QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()));
    CHECK(c.notAfter() == QDateTime(QDate(2040, 12, 31), QTime(23, 59, 59), QTimeZone::utc()));
    CHECK(ruts.chain().size() == 1);
    QString reason;
    CHECK(Certificate::chainsTo(c, ruts.chain(), {demo.ca}, utc(2026, 11, 30), &reason));
    CHECK_FALSE(Certificate::chainsTo(c, ruts.chain(), {demo.ca}, utc(2041, 6, 1), &reason));
    CHECK(reason.contains(QStringLiteral("expired")));
    // Another authority does not vouch for it.
    const Demo other;
    CHECK_FALSE(Certificate::chainsTo(c, ruts.chain(), {other.ca}, utc(2026, 11, 30), &reason));
}

TEST_CASE("A key file opens only with its passphrase, and only when key and certificate belong together", "[sign]")
{
    const Demo demo;
    Error error;
    CHECK(SigningKey::fromPkcs12(demo.p12(QStringLiteral("CQUPT")), "Demo", &error).isNull());
    CHECK(error.message().contains(QStringLiteral("wrong passphrase")));
    error = Error();
    CHECK(SigningKey::fromPkcs12(demo.dir.filePath(QStringLiteral("missing.p12")), "demo", &error).isNull());
    CHECK(error.is(Error::Kind::Storage));

    // A PKCS#12 file whose key is not its certificate's (the CQUPT certificate with the RUTS key).
    const SigningKey cqupt = demo.key(QStringLiteral("CQUPT"));
    const SigningKey ruts = demo.key(QStringLiteral("RUTS"));
    // PKCS12_create refuses such a pair, so the bags are put together by hand, tied by one local key id.
    STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
    unsigned char id[] = {1, 2, 3, 4};
    PKCS12_SAFEBAG* certBag = PKCS12_add_cert(&bags, cqupt.certificate().handle());
    PKCS12_SAFEBAG* keyBag = PKCS12_add_key(&bags, ruts.handle(), 0, PKCS12_DEFAULT_ITER, -1, nullptr);
    REQUIRE((certBag && keyBag));
    PKCS12_add_localkeyid(certBag, id, sizeof id);
    PKCS12_add_localkeyid(keyBag, id, sizeof id);
    STACK_OF(PKCS7)* safes = nullptr;
    REQUIRE(PKCS12_add_safe(&safes, bags, -1, 0, nullptr) == 1);
    PKCS12* p12 = PKCS12_add_safes(safes, 0);
    REQUIRE(p12 != nullptr);
    REQUIRE(PKCS12_set_mac(p12, "demo", -1, nullptr, 0, PKCS12_DEFAULT_ITER, nullptr) == 1);
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    sk_PKCS7_pop_free(safes, PKCS7_free);
    unsigned char* der = nullptr;
    const int length = i2d_PKCS12(p12, &der);
    PKCS12_free(p12);
    const QString mixed = demo.dir.filePath(QStringLiteral("mixed.p12"));
    QFile f(mixed);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(reinterpret_cast<const char*>(der), length);
    f.close();
    OPENSSL_free(der);
    error = Error();
    CHECK(SigningKey::fromPkcs12(mixed, "demo", &error).isNull());
    INFO(error.message().toStdString());
    // OpenSSL pairs a key only with a certificate that matches it: the other is left aside.
    CHECK(error.message().contains(QStringLiteral("holds no certificate for its key")));
}

TEST_CASE("JWS: ES256 round trip, and any changed byte of header, claims or signature fails", "[sign]")
{
    const Demo demo;
    const SigningKey key = demo.key(QStringLiteral("CQUPT"));
    QJsonObject claims;
    claims.insert(QStringLiteral("gpa"), QStringLiteral("1.17"));
    claims.insert(QStringLiteral("degree"), false);
    Error error;
    const QString token = Jws::sign(claims, key, &error);
    REQUIRE(token.count(QLatin1Char('.')) == 2);
    Jws::Parts parts;
    REQUIRE(Jws::parse(token, &parts, &error));
    CHECK(parts.algorithm == QStringLiteral("ES256"));
    CHECK(parts.keyId == key.certificate().fingerprint());
    CHECK(parts.signature.size() == 64);
    QString problem;
    CHECK(Jws::verify(parts, key.certificate(), &problem));
    CHECK_FALSE(Jws::verify(parts, demo.key(QStringLiteral("RUTS")).certificate(), &problem));
    for (int i = 0; i < token.size(); i += 7) {
        QString changed = token;
        if (changed[i] == QLatin1Char('.')) {
            continue;
        }
        changed[i] = changed[i] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        Jws::Parts p;
        Error e;
        const bool accepted = Jws::parse(changed, &p, &e) && Jws::verify(p, key.certificate(), &problem);
        INFO("changed position " << i);
        CHECK_FALSE(accepted);
    }
    // "none" and other algorithms are not accepted at all.
    CHECK_FALSE(Jws::parse(QStringLiteral("eyJhbGciOiJub25lIn0.e30."), &parts, &error));
}

TEST_CASE("CMS: a detached signature with PAdES attributes verifies over its bytes and nothing else", "[sign]")
{
    const Demo demo;
    const SigningKey key = demo.key(QStringLiteral("RUTS"));
    const QByteArray content = "the bytes of a transcript";
    Error error;
    const QByteArray cms = CmsSignature::sign(key, content, &error);
    REQUIRE_FALSE(cms.isEmpty());
    const CmsSignature::Verification good = CmsSignature::verify(cms, content);
    CHECK(good.intact);
    CHECK(good.signer == key.certificate());
    CHECK(good.signingCertificateV2);
    CHECK_FALSE(good.signingTimeAttribute);
    CHECK(good.certificates.size() == 2); // the signer and the authority above it
    CHECK(good.timeStampToken.isEmpty());
    CHECK_FALSE(CmsSignature::verify(cms, content + " ").intact);
    QByteArray broken = cms;
    broken[broken.size() - 5] = char(broken.at(broken.size() - 5) ^ 1);
    CHECK_FALSE(CmsSignature::verify(broken, content).intact);
    CHECK_FALSE(CmsSignature::verify("not DER", content).intact);
}
