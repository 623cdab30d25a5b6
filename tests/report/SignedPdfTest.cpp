// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Signed transcripts inside the report layer: what the offline verifier accepts and
// refuses, including a validly signed file whose record and pages disagree.

#include "report/pdf/SignedPdf.h"
#include "TestSupport.h"
#include "core/exchange/ElmoWriter.h"
#include "data/services/InstitutionKeys.h"
#include "report/TranscriptDocument.h"
#include "report/TranscriptIssuer.h"
#include "report/verify/TranscriptVerifier.h"

#include <catch2/catch.hpp>

#include <QDir>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>

#include "report/pdf/ThaiActualText.h"

using namespace dd;

namespace {

QList<Certificate> demoAuthority(const ddtest::TempDatabase& t)
{
    Error error;
    return Certificate::read(ddtest::readFile(t.keysDir() + QStringLiteral("/ca.pem")), &error);
}

} // namespace

TEST_CASE("An issued signed transcript verifies offline, the unsigned one does not", "[report][signing][file]")
{
    ddtest::TempDatabase t(true);
    TranscriptIssuer issuer(t.db());
    Error error;
    REQUIRE(issuer.load(&error));
    TranscriptIssuer::Request request;
    request.studentId = QStringLiteral("DD2020008");
    request.institution = QStringLiteral("RUTS");
    const QString unsignedPdf = QDir(t.dir()).filePath(QStringLiteral("unsigned.pdf"));
    TranscriptIssue issued;
    REQUIRE(issuer.issue(request, unsignedPdf, &issued, &error));
    CHECK(issued.signerFingerprint.isEmpty());
    const QList<Certificate> ca = demoAuthority(t);
    REQUIRE(ca.size() == 1);
    TranscriptVerifier::Result r = TranscriptVerifier::verify(ddtest::readFile(unsignedPdf), ca);
    CHECK(r.verdict == OfflineVerdict::NotGenuine);

    issuer.setSigningKey(ddtest::demoKey(t.db(), QStringLiteral("RUTS")));
    const QString signedPdf = QDir(t.dir()).filePath(QStringLiteral("signed.pdf"));
    REQUIRE(issuer.issue(request, signedPdf, &issued, &error));
    CHECK(issued.signerFingerprint == issuer.signingKey().certificate().fingerprint());
    r = TranscriptVerifier::verify(ddtest::readFile(signedPdf), ca);
    INFO(r.reason.toStdString());
    CHECK(r.verdict == OfflineVerdict::Valid);
    CHECK(r.record.transcript.value(QStringLiteral("verificationCode")) == issued.verificationCode);
    CHECK(r.record.transcript.value(QStringLiteral("recordSha256")) == issued.contentDigest);
    CHECK(r.findings.join(QLatin1Char('\n')).contains(QStringLiteral("not independently attested")));

    // A key of the other institution is refused before anything is recorded.
    issuer.setSigningKey(ddtest::demoKey(t.db(), QStringLiteral("CQUPT")));
    const int before = t.count(QStringLiteral("transcript_issues"));
    CHECK_FALSE(issuer.issue(request, QDir(t.dir()).filePath(QStringLiteral("wrong.pdf")), &issued, &error));
    CHECK(error.message().contains(QStringLiteral("is not RUTS's")));
    CHECK(t.count(QStringLiteral("transcript_issues")) == before);
}

TEST_CASE("Attack: a validly signed file whose record says other marks than its pages is not genuine",
          "[report][signing][file]")
{
    ddtest::TempDatabase t(true);
    TranscriptService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    Transcript transcript;
    TranscriptSource source;
    REQUIRE(service.build(QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en-zh"),
                          QDate::currentDate(), &transcript, &error, &source));
    TranscriptDocument document(transcript,
                                TranscriptDocument::Seal(QStringLiteral("TEST-CODE-0000-0000"), transcript.digest()));
    QByteArray pdf;
    REQUIRE(document.writePdf(&pdf, true, &error));
    // The issuer's own mistake or malice: the record inside raises one mark.
    REQUIRE_FALSE(source.results.isEmpty());
    const QString was = source.results[0].mark;
    source.results[0].mark = was == QLatin1String("99") ? QStringLiteral("98") : QStringLiteral("99");
    SignedPdf::Attachment record;
    record.fileName = QStringLiteral("record.xml");
    record.mimeType = QStringLiteral("text/xml");
    record.data = ElmoWriter::write(source, transcript, QDateTime::currentDateTimeUtc(),
                                    {QStringLiteral("TEST-CODE-0000-0000"), transcript.digest()});
    SignedPdf::Signature signature;
    signature.time = QDateTime::currentDateTimeUtc();
    const SigningKey key = ddtest::demoKey(t.db(), QStringLiteral("CQUPT"));
    QByteArray signedPdf;
    REQUIRE(SignedPdf::make(pdf, record, &key, signature, &signedPdf, &error));
    const TranscriptVerifier::Result r = TranscriptVerifier::verify(signedPdf, demoAuthority(t));
    CHECK(r.verdict == OfflineVerdict::NotGenuine);
    CHECK(r.reason.contains(QStringLiteral("is not printed so")));
    CHECK(r.reason.contains(source.results[0].courseCode));
}

TEST_CASE("Thai SARA AM shaped as NIKHAHIT + SARA AA gets its typed text back", "[report][pdf][file]")
{
    ddtest::TempDatabase t(true);
    TranscriptService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    Transcript transcript;
    REQUIRE(service.build(QStringLiteral("DD2020008"), QStringLiteral("RUTS"), QStringLiteral("en-th"),
                          QDate::currentDate(), &transcript, &error));
    REQUIRE(transcript.nameNative.contains(QStringLiteral("น้ำ")));
    TranscriptDocument document(transcript, TranscriptDocument::Seal());
    QByteArray pdf;
    REQUIRE(document.writePdf(&pdf, true, &error));
    QPDF qpdf;
    qpdf.processMemoryFile("t", pdf.constData(), size_t(pdf.size()));
    // น้ำฝน in the name, คำ of the legend, สำเร็จ of the outcome: every page with them.
    CHECK(ThaiActualText::apply(qpdf) >= 3);
    // A document without Thai is left as it is.
    Transcript english;
    REQUIRE(service.build(QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("en"),
                          QDate::currentDate(), &english, &error));
    TranscriptDocument plain(english, TranscriptDocument::Seal());
    REQUIRE(plain.writePdf(&pdf, true, &error));
    QPDF other;
    other.processMemoryFile("e", pdf.constData(), size_t(pdf.size()));
    CHECK(ThaiActualText::apply(other) == 0);
}
