// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Signed transcripts checked by tools DualDegree did not write: Poppler's pdfsig,
// pdfdetach and pdftotext, OpenSSL's cms and ts, NSS's certutil, zbarimg and a small
// decoder of the QR in tests/tools, and the attacks on them.

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ddtest;

namespace {

QProcessEnvironment withPassphrase(const QString& passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (passphrase.isNull()) {
        env.remove(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"));
    } else {
        env.insert(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"), passphrase);
    }
    return env;
}

/** Issues a transcript; REQUIREs success. */
QString issue(const QString& db, const QString& student, const QString& institution, const QString& pdf,
              const QStringList& extra = {})
{
    const Run r = cli(QStringList {QStringLiteral("--db"), db, QStringLiteral("transcript"), student,
                                   QStringLiteral("--institution"), institution, QStringLiteral("--out"), pdf}
                      + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.contains(QStringLiteral("signed by")));
    return r.out;
}

/** The byte range and the CMS of the one signature, read here apart from the product's own reader. */
struct Extracted
{
    QByteArray cms;
    QByteArray content;
};

Extracted extract(const QByteArray& pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+) (\\d+) (\\d+) (\\d+)"))
              .match(QString::fromLatin1(pdf));
    REQUIRE(m.hasMatch());
    const qint64 a = m.captured(2).toLongLong();
    const qint64 b = m.captured(3).toLongLong();
    const qint64 c = m.captured(4).toLongLong();
    Extracted e;
    e.content = pdf.left(a) + pdf.mid(b, c);
    QByteArray hex = pdf.mid(a + 1, b - a - 2);
    while (hex.endsWith("00")) {
        hex.chop(2);
    }
    e.cms = QByteArray::fromHex(hex);
    return e;
}

QString fingerprint(const QString& pem)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-outform"), QStringLiteral("DER")});
    REQUIRE(p.waitForFinished());
    return QString::fromLatin1(QCryptographicHash::hash(p.readAllStandardOutput(), QCryptographicHash::Sha256).toHex());
}

int countIssues(const QString& db)
{
    return countRows(db, QStringLiteral("transcript_issues"));
}

} // namespace

TEST_CASE("A signed transcript: pdfsig says valid and trusted, openssl cms verifies it, one changed byte breaks it",
          "[cli][signing]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString ca = db + QStringLiteral(".keys/ca.pem");
    const QString pdf = dir.filePath(QStringLiteral("DD2020008-RUTS.pdf"));
    issue(db, QStringLiteral("DD2020008"), QStringLiteral("RUTS"), pdf,
          {QStringLiteral("--lang"), QStringLiteral("en-th")});
    const QByteArray bytes = readFile(pdf);

    // Poppler, without and with the demo CA in an NSS database.
    const Tool plain = runTool(QStringLiteral("pdfsig"), {pdf});
    CHECK(plain.out.contains(QStringLiteral("Signature Validation: Signature is Valid.")));
    CHECK(plain.out.contains(QStringLiteral("Signature Type: ETSI.CAdES.detached")));
    CHECK(plain.out.contains(QStringLiteral("Total document signed")));
    const QString nss = dir.filePath(QStringLiteral("nss"));
    QDir().mkpath(nss);
    REQUIRE(runTool(QStringLiteral("certutil"),
                    {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
                     QStringLiteral("--empty-password")})
                .exitCode
            == 0);
    REQUIRE(
        runTool(QStringLiteral("certutil"),
                {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + nss, QStringLiteral("-n"),
                 QStringLiteral("demo-ca"), QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"), ca})
            .exitCode
        == 0);
    const Tool trusted
        = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss, pdf});
    CHECK(trusted.out.contains(QStringLiteral("Signature is Valid.")));
    CHECK(trusted.out.contains(QStringLiteral("Certificate is Trusted.")));

    // OpenSSL on the signature taken out of the file by this test.
    const Extracted e = extract(bytes);
    writeFile(dir.filePath(QStringLiteral("sig.der")), e.cms);
    writeFile(dir.filePath(QStringLiteral("content.bin")), e.content);
    const Tool cms = runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
         QStringLiteral("DER"), QStringLiteral("-in"), dir.filePath(QStringLiteral("sig.der")),
         QStringLiteral("-content"), dir.filePath(QStringLiteral("content.bin")), QStringLiteral("-CAfile"), ca,
         QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    INFO(cms.err.toStdString());
    CHECK(cms.exitCode == 0);
    CHECK(cms.err.contains(QStringLiteral("Verification successful")));
    const Tool printed = runTool(QStringLiteral("openssl"),
                                 {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                                  QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                  dir.filePath(QStringLiteral("sig.der"))});
    CHECK(printed.out.contains(QStringLiteral("id-smime-aa-signingCertificateV2")));
    CHECK_FALSE(printed.out.contains(QStringLiteral("signingTime"))); // PAdES: the time is the dictionary's /M
    CHECK(printed.out.contains(QStringLiteral("DualDegree Demo CA"))); // the chain travels in the CMS

    // The record inside, and the Thai name as typed (SARA AM, not NIKHAHIT + SARA AA).
    CHECK(runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf})
              .out.contains(QStringLiteral("record.xml")));
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).out;
    CHECK(text.contains(QStringLiteral("น้ำฝน แสงทอง")));
    CHECK_FALSE(text.contains(QStringLiteral("นํ้าฝน")));

    // The issue log knows who signed it.
    QSqlDatabase con = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("signing-check"));
    {
        con.setDatabaseName(db);
        REQUIRE(con.open());
        QSqlQuery q(con);
        REQUIRE(q.exec(QStringLiteral("SELECT signer_fingerprint FROM transcript_issues")));
        REQUIRE(q.next());
        const QString ruts = dir.filePath(QStringLiteral("ruts.pem"));
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export-cert"),
                     QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out"), ruts})
                    .exitCode
                == 0);
        CHECK(q.value(0).toString() == fingerprint(ruts));
        con.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("signing-check"));

    // Offline verification by DualDegree itself.
    const Run good = cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), ca});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("PAdES B-B")));
    CHECK(good.out.contains(QStringLiteral("GENUINE: RUTS transcript of SANGTHONG Namfon")));

    // One byte of the signed range changed.
    QByteArray tampered = bytes;
    const int gapEnd = int(bytes.indexOf(">", bytes.indexOf("/Contents <")) + 1);
    const int at = gapEnd + int(bytes.size() - gapEnd) / 2; // in the signed range after the signature
    tampered[at] = char(tampered.at(at) ^ 0x20);
    const QString bad = dir.filePath(QStringLiteral("tampered.pdf"));
    writeFile(bad, tampered);
    const Tool badSig = runTool(QStringLiteral("pdfsig"), {bad});
    CHECK_FALSE(badSig.out.contains(QStringLiteral("Signature is Valid.")));
    const Run badVerify = cli({QStringLiteral("verify"), bad, QStringLiteral("--trust"), ca});
    CHECK(badVerify.exitCode == 1);
    CHECK(badVerify.err.contains(QStringLiteral("NOT GENUINE")));
}

TEST_CASE("Attack: an update appended after the signature is refused offline", "[cli][signing]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString ca = db + QStringLiteral(".keys/ca.pem");
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    issue(db, QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), pdf);
    // An incremental update that overrides the Info dictionary (a reader would show the new one).
    QByteArray bytes = readFile(pdf);
    const qint64 start = bytes.size();
    bytes += "\n99 0 obj\n<< /Title (GPA 3.97, Degree awarded) >>\nendobj\nxref\n0 1\n0000000000 65535 f \n"
             "trailer\n<< /Size 100 /Info 99 0 R >>\nstartxref\n"
        + QByteArray::number(start) + "\n%%EOF\n";
    const QString updated = dir.filePath(QStringLiteral("updated.pdf"));
    writeFile(updated, bytes);
    const Run r = cli({QStringLiteral("verify"), updated, QStringLiteral("--trust"), ca});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("added after the signature")));
    CHECK_FALSE(runTool(QStringLiteral("pdfsig"), {updated}).out.contains(QStringLiteral("Total document signed")));

    // An unsigned transcript cannot be verified offline; a non-PDF could not be checked.
    const QString unsignedPdf = dir.filePath(QStringLiteral("unsigned.pdf"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020001"),
                 QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--out"), unsignedPdf,
                 QStringLiteral("--unsigned")})
                .exitCode
            == 0);
    const Run u = cli({QStringLiteral("verify"), unsignedPdf, QStringLiteral("--trust"), ca});
    CHECK(u.exitCode == 1);
    CHECK(u.err.contains(QStringLiteral("carries no signature")));
    CHECK(runTool(QStringLiteral("pdftotext"), {unsignedPdf, QStringLiteral("-")})
              .out.contains(QStringLiteral("Not digitally signed")));
    writeFile(dir.filePath(QStringLiteral("x.pdf")), "not a pdf");
    CHECK(cli({QStringLiteral("verify"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--trust"), ca}).exitCode
          == 3);
    CHECK(cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), pdf}).exitCode == 3);
}

TEST_CASE("verify-qr: a 200 dpi scan of the first page is valid, an altered claim is not, and an independent decoder"
          " agrees",
          "[cli][signing][qr]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    issue(db, QStringLiteral("DD2020008"), QStringLiteral("RUTS"), pdf);
    REQUIRE(runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"),
                     QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                     dir.filePath(QStringLiteral("page"))})
                .exitCode
            == 0);
    const QString scan = dir.filePath(QStringLiteral("page.png"));
    QByteArray bundle = readFile(db + QStringLiteral(".keys/ca.pem"));
    for (const char* institution : {"RUTS", "CQUPT"}) {
        const QString pem = dir.filePath(QLatin1String(institution) + QStringLiteral(".pem"));
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export-cert"),
                     QStringLiteral("--institution"), QLatin1String(institution), QStringLiteral("--out"), pem})
                    .exitCode
                == 0);
        bundle += readFile(pem);
    }
    const QString bundlePath = dir.filePath(QStringLiteral("bundle.pem"));
    writeFile(bundlePath, bundle);

    const Run valid = cli({QStringLiteral("verify-qr"), scan, QStringLiteral("--trust"), bundlePath});
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(QStringLiteral("student_id: DD2020008")));
    CHECK(valid.out.contains(QStringLiteral("institution: RUTS")));
    CHECK(valid.out.contains(QStringLiteral("date_of_birth: 2003-08-05")));
    const Tool independent
        = runTool(QStringLiteral("python3"), {toolsDir() + QStringLiteral("/check_qr.py"), scan, bundlePath});
    INFO(independent.out.toStdString());
    CHECK(independent.exitCode == 0);
    CHECK(independent.out.contains(QStringLiteral("student_id: DD2020008")));

    // The token as zbarimg reads it, with one claim changed (a better GPA) and re-encoded.
    const Tool zbar = runTool(QStringLiteral("zbarimg"),
                              {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                               QStringLiteral("-Sqrcode.enable"), scan});
    QString token;
    for (const QString& line : zbar.out.split(QLatin1Char('\n'))) {
        if (line.count(QLatin1Char('.')) == 2) {
            token = line.trimmed();
        }
    }
    REQUIRE_FALSE(token.isEmpty());
    const QStringList parts = token.split(QLatin1Char('.'));
    QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    REQUIRE(claims.contains(QStringLiteral("gpa")));
    claims.insert(QStringLiteral("gpa"), QStringLiteral("3.97"));
    claims.insert(QStringLiteral("degree"), true);
    const QString forged = parts[0] + QLatin1Char('.')
        + QString::fromLatin1(QJsonDocument(claims)
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QLatin1Char('.') + parts[2];
    const Run notGenuine = cli({QStringLiteral("verify-qr"), forged, QStringLiteral("--trust"), bundlePath});
    CHECK(notGenuine.exitCode == 1);
    CHECK(notGenuine.err.contains(QStringLiteral("NOT GENUINE")));
    CHECK(runTool(QStringLiteral("python3"), {toolsDir() + QStringLiteral("/check_qr.py"), forged, bundlePath}).exitCode
          == 1);
    CHECK(cli({QStringLiteral("verify-qr"), token, QStringLiteral("--trust"), bundlePath}).exitCode == 0);

    // A bundle without the authority cannot check; a bundle without the signer says not genuine.
    const QString onlyCa = db + QStringLiteral(".keys/ca.pem");
    CHECK(cli({QStringLiteral("verify-qr"), token, QStringLiteral("--trust"), dir.filePath(QStringLiteral("RUTS.pem"))})
              .exitCode
          == 3);
    const Run unknown = cli({QStringLiteral("verify-qr"), token, QStringLiteral("--trust"), onlyCa});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("not in the bundle")));
}

TEST_CASE("A time-stamp from a local authority (B-T) is verified by openssl ts and by verify --trust",
          "[cli][signing][tsa]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString tsaDir = dir.filePath(QStringLiteral("tsa"));
    QProcess server;
    server.start(QStringLiteral("python3"), {toolsDir() + QStringLiteral("/tsa_server.py"), tsaDir});
    REQUIRE(server.waitForStarted());
    QString portLine;
    for (int i = 0; i < 100 && !portLine.startsWith(QLatin1String("PORT")); ++i) {
        server.waitForReadyRead(300);
        portLine += QString::fromLatin1(server.readAllStandardOutput());
    }
    REQUIRE(portLine.startsWith(QLatin1String("PORT ")));
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(portLine.mid(5).trimmed());
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    issue(db, QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), pdf, {QStringLiteral("--tsa"), url});

    const QString tsaCa = tsaDir + QStringLiteral("/tsa-ca.pem");
    const Tool ts = runTool(QStringLiteral("openssl"),
                            {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                             tsaDir + QStringLiteral("/reply-1.tsr"), QStringLiteral("-queryfile"),
                             tsaDir + QStringLiteral("/query-1.tsq"), QStringLiteral("-CAfile"), tsaCa});
    INFO(ts.err.toStdString());
    CHECK(ts.out.contains(QStringLiteral("Verification: OK")));
    // The token the authority answered is the one inside the PDF's signature.
    REQUIRE(runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-in"),
                     tsaDir + QStringLiteral("/reply-1.tsr"), QStringLiteral("-token_out"), QStringLiteral("-out"),
                     dir.filePath(QStringLiteral("token.der"))})
                .exitCode
            == 0);
    CHECK(extract(readFile(pdf)).cms.contains(readFile(dir.filePath(QStringLiteral("token.der")))));

    const QString trust = dir.filePath(QStringLiteral("trust.pem"));
    writeFile(trust, readFile(db + QStringLiteral(".keys/ca.pem")) + readFile(tsaCa));
    const Run r = cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), trust});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("PAdES B-T")));
    CHECK(r.out.contains(QStringLiteral("attested by the time-stamp authority")));
    // Without the authority's root the time-stamp cannot be trusted.
    CHECK(cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), db + QStringLiteral(".keys/ca.pem")}).exitCode
          == 1);
    server.kill();
    server.waitForFinished();

    // An authority that does not answer: nothing issued, nothing logged.
    const int before = countIssues(db);
    const Run down = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020001"),
                          QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("down.pdf")), QStringLiteral("--tsa"), url});
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(QStringLiteral("did not answer")));
    CHECK(countIssues(db) == before);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("down.pdf"))));
}

TEST_CASE("Bad keys are refused before anything is written or logged", "[cli][signing]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString keys = db + QStringLiteral(".keys/");
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    const QStringList issueArgs {QStringLiteral("--db"),          db,
                                 QStringLiteral("transcript"),    QStringLiteral("DD2020001"),
                                 QStringLiteral("--institution"), QStringLiteral("CQUPT"),
                                 QStringLiteral("--out"),         out};
    auto refused = [&](const Run& r, const QString& reason) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(reason));
        CHECK(countIssues(db) == 0);
        CHECK_FALSE(QFile::exists(out));
    };

    SECTION("a wrong passphrase")
    {
        refused(cli(issueArgs, withPassphrase(QStringLiteral("wrong"))), QStringLiteral("wrong passphrase"));
    }
    SECTION("no passphrase and no terminal")
    {
        QProcess p;
        p.setProcessEnvironment(withPassphrase(QString()));
        p.start(QStringLiteral("setsid"), QStringList {QStringLiteral("-w"), QStringLiteral(DD_CLI_PATH)} + issueArgs);
        REQUIRE(p.waitForFinished(60000));
        refused(Run {p.exitCode(), QString(), QString::fromUtf8(p.readAllStandardError())},
                QStringLiteral("a passphrase is needed: set DUALDEGREE_KEY_PASSPHRASE or run in a terminal"));
    }
    SECTION("the key file swapped for another institution's")
    {
        QFile::remove(keys + QStringLiteral("CQUPT.p12"));
        REQUIRE(QFile::copy(keys + QStringLiteral("RUTS.p12"), keys + QStringLiteral("CQUPT.p12")));
        refused(cli(issueArgs), QStringLiteral("is not the one bound to CQUPT"));
    }
    SECTION("the key file gone")
    {
        QFile::remove(keys + QStringLiteral("CQUPT.p12"));
        refused(cli(issueArgs), QStringLiteral("cannot read the key file"));
    }
    SECTION("another institution's certificate cannot be bound")
    {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("use"),
                           QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--pkcs12"),
                           keys + QStringLiteral("RUTS.p12")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("does not name CQUPT")));
    }
    SECTION("a missing token")
    {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("use"),
                           QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--pkcs11"),
                           QStringLiteral("pkcs11:token=no-such-token;object=cqupt;type=private")},
                          withPassphrase(QStringLiteral("1234")));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("or the token is missing")));
    }
    SECTION("a viewer may not bind keys, nor is asked for a passphrase to issue")
    {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("viewer"),
                           QStringLiteral("keys"), QStringLiteral("use"), QStringLiteral("--institution"),
                           QStringLiteral("CQUPT"), QStringLiteral("--pkcs12"), keys + QStringLiteral("CQUPT.p12")},
                          loggedIn(QStringLiteral("viewer")));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("may not bind signing keys")));
        QProcessEnvironment env = loggedIn(QStringLiteral("viewer"));
        env.remove(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"));
        refused(cli(QStringList {QStringLiteral("--user"), QStringLiteral("viewer")} + issueArgs, env),
                QStringLiteral("may not issue transcripts"));
    }
}

TEST_CASE("Certificates from an office's own authority: expired and not yet valid refused, RSA signs", "[cli][signing]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString ca = dir.filePath(QStringLiteral("ca"));
    QDir().mkpath(ca);
    auto openssl = [&](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(ca);
        p.start(QStringLiteral("openssl"), args);
        REQUIRE(p.waitForFinished(60000));
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    };
    writeFile(ca + QStringLiteral("/ca.cnf"),
              "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
              "default_md=sha256\npolicy=p\nunique_subject=no\n[p]\ncommonName=supplied\norganizationName=optional\n");
    writeFile(ca + QStringLiteral("/index.txt"), "");
    writeFile(ca + QStringLiteral("/serial"), "1000\n");
    writeFile(ca + QStringLiteral("/leaf.ext"),
              "basicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature,nonRepudiation\n");
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:3072"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("root.key"), QStringLiteral("-out"),
             QStringLiteral("root.pem"), QStringLiteral("-days"), QStringLiteral("7000"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Office Test Root"), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign")});
    auto makeKey = [&](const QString& name, const QString& start, const QString& end) {
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:3072"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                 name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                 QStringLiteral("/O=CQUPT/CN=CQUPT Registry Test")});
        openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                 QStringLiteral("-cert"), QStringLiteral("root.pem"), QStringLiteral("-keyfile"),
                 QStringLiteral("root.key"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                 QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-startdate"), start,
                 QStringLiteral("-enddate"), end, QStringLiteral("-extfile"), QStringLiteral("leaf.ext")});
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                 name + QStringLiteral(".key"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
                 QStringLiteral("-certfile"), QStringLiteral("root.pem"), QStringLiteral("-out"),
                 name + QStringLiteral(".p12"), QStringLiteral("-passout"), QStringLiteral("pass:office")});
        return ca + QLatin1Char('/') + name + QStringLiteral(".p12");
    };
    const QProcessEnvironment office = withPassphrase(QStringLiteral("office"));
    auto use = [&](const QString& p12) {
        return cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("use"),
                    QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--pkcs12"), p12},
                   office);
    };
    const Run expired
        = use(makeKey(QStringLiteral("expired"), QStringLiteral("20200101000000Z"), QStringLiteral("20210101000000Z")));
    CHECK(expired.exitCode == 1);
    CHECK(expired.err.contains(QStringLiteral("expired on 2021-01-01")));
    const Run early
        = use(makeKey(QStringLiteral("early"), QStringLiteral("20990101000000Z"), QStringLiteral("20991231000000Z")));
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("not valid before 2099-01-01")));

    // One that ends in 30 days signs, and says so 60 days ahead.
    const QString soonEnd = QDateTime::currentDateTimeUtc().addDays(30).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    const Run soon = use(makeKey(QStringLiteral("soon"), QStringLiteral("20250101000000Z"), soonEnd));
    INFO(soon.err.toStdString());
    REQUIRE(soon.exitCode == 0);
    const Run shown = cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("show")});
    CHECK(shown.out.contains(QRegularExpression(QStringLiteral("warning: expires in (29|30) days"))));

    const Run rsa
        = use(makeKey(QStringLiteral("rsa"), QStringLiteral("20250101000000Z"), QStringLiteral("20390101000000Z")));
    INFO(rsa.err.toStdString());
    REQUIRE(rsa.exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("rsa.pdf"));
    const Run issued = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020001"),
                            QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--out"), pdf},
                           office);
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(runTool(QStringLiteral("pdfsig"), {pdf}).out.contains(QStringLiteral("Signature is Valid.")));
    const Run offline
        = cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), ca + QStringLiteral("/root.pem")});
    INFO(offline.err.toStdString());
    CHECK(offline.exitCode == 0);
    // The demo authority does not vouch for the office's certificate.
    CHECK(cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), db + QStringLiteral(".keys/ca.pem")}).exitCode
          == 1);
}

TEST_CASE("A key on a PKCS#11 token (SoftHSM) signs, a wrong PIN is refused", "[cli][signing][pkcs11]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString tokens = dir.filePath(QStringLiteral("tokens"));
    QDir().mkpath(tokens);
    const QString conf = dir.filePath(QStringLiteral("softhsm2.conf"));
    writeFile(conf,
              QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                  .arg(tokens)
                  .toUtf8());
    QProcessEnvironment env = withPassphrase(QStringLiteral("1234"));
    env.insert(QStringLiteral("SOFTHSM2_CONF"), conf);
    REQUIRE(runTool(QStringLiteral("softhsm2-util"),
                    {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                     QStringLiteral("registry"), QStringLiteral("--pin"), QStringLiteral("1234"),
                     QStringLiteral("--so-pin"), QStringLiteral("5678")},
                    env)
                .exitCode
            == 0);
    // The demo key goes onto the token; the token then holds the key alone.
    const QString plain = dir.filePath(QStringLiteral("key.pem"));
    const Tool pem = runTool(QStringLiteral("openssl"),
                             {QStringLiteral("pkcs12"), QStringLiteral("-in"), db + QStringLiteral(".keys/RUTS.p12"),
                              QStringLiteral("-nocerts"), QStringLiteral("-nodes"), QStringLiteral("-passin"),
                              QStringLiteral("pass:demo")});
    writeFile(dir.filePath(QStringLiteral("key-in.pem")), pem.out.toLatin1());
    REQUIRE(runTool(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                     QStringLiteral("-in"), dir.filePath(QStringLiteral("key-in.pem")), QStringLiteral("-out"), plain})
                .exitCode
            == 0);
    REQUIRE(runTool(QStringLiteral("softhsm2-util"),
                    {QStringLiteral("--import"), plain, QStringLiteral("--token"), QStringLiteral("registry"),
                     QStringLiteral("--label"), QStringLiteral("ruts-signing"), QStringLiteral("--id"),
                     QStringLiteral("01"), QStringLiteral("--pin"), QStringLiteral("1234")},
                    env)
                .exitCode
            == 0);
    QFile::remove(plain);
    QFile::remove(dir.filePath(QStringLiteral("key-in.pem")));
    QFile::remove(db + QStringLiteral(".keys/RUTS.p12")); // from now on the key is only on the token
    const QString cert = dir.filePath(QStringLiteral("ruts.pem"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export-cert"),
                 QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out"), cert})
                .exitCode
            == 0);
    const QString uri = QStringLiteral("pkcs11:token=registry;object=ruts-signing;type=private");
    const Run bound = cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("use"),
                           QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--pkcs11"), uri,
                           QStringLiteral("--cert"), cert},
                          env);
    INFO(bound.err.toStdString());
    REQUIRE(bound.exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("show")}, env)
              .out.contains(QStringLiteral("pkcs11 ") + uri));
    const QString pdf = dir.filePath(QStringLiteral("token.pdf"));
    const Run issued = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020008"),
                            QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out"), pdf},
                           env);
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(runTool(QStringLiteral("pdfsig"), {pdf}).out.contains(QStringLiteral("Signature is Valid.")));
    CHECK(cli({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), db + QStringLiteral(".keys/ca.pem")}).exitCode
          == 0);

    env.insert(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"), QStringLiteral("9999"));
    const int before = countIssues(db);
    const Run wrongPin = cli({QStringLiteral("--db"), db, QStringLiteral("transcript"), QStringLiteral("DD2020008"),
                              QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("no.pdf"))},
                             env);
    CHECK(wrongPin.exitCode == 1);
    CHECK(wrongPin.err.contains(QStringLiteral("PIN incorrect")));
    CHECK(countIssues(db) == before);
}
