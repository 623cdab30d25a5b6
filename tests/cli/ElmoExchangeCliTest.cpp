// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The exchange between two installations, as the two offices run it: the RUTS side
// exports signed ELMO records, the CQUPT side trusts RUTS's certificate and imports
// them. Checked by tools DualDegree did not write (xmlsec1, xmllint with the official
// schema, openssl, pdfsig), and attacked with files those tools sign: another key,
// the partner's key on the wrong institution's record, edited content.

#include "ElmoSupport.h"
#include "TestSupport.h"
#include "core/exchange/ElmoReader.h"
#include "core/exchange/ElmoWriter.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ddtest;
using namespace ddtest::elmo;

TEST_CASE("A cohort's RUTS records go signed from one installation to the other, and both audit alike", "[cli][elmo]")
{
    const Exchange& masters = exchangeMasters();
    QTemporaryDir dir;
    QTemporaryDir cquptDir;
    const QString ruts = copyOf(masters.rutsSide, dir);
    const QString cqupt = copyOf(masters.cquptSide, cquptDir);
    const QString ca = ruts + QStringLiteral(".keys/ca.pem");

    // The RUTS office exports the cohort, each file signed and in the disclosure log.
    const QString out = dir.filePath(QStringLiteral("to-cqupt"));
    const Run exported
        = on(ruts,
             {QStringLiteral("elmo"), QStringLiteral("export"), QStringLiteral("--cohort"), QStringLiteral("2021"),
              QStringLiteral("--institution"), QStringLiteral("RUTS"), QStringLiteral("--out-dir"), out});
    ok(exported);
    CHECK(exported.out.contains(QStringLiteral("signed by CN=RUTS DEMO")));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    const int cohort = sqlValue(ruts, QStringLiteral("SELECT count(*) FROM students WHERE cohort = 2021")).toInt();
    REQUIRE(cohort > 20);
    REQUIRE(files.size() == cohort);
    CHECK(sqlValue(ruts, QStringLiteral("SELECT count(*) FROM disclosures WHERE kind = 'elmo RUTS'")).toInt()
          == cohort);

    // Every file verifies with xmlsec1 against the authority, and (with the schema here) validates.
    QStringList paths;
    for (const QString& f : files) {
        paths << QDir(out).filePath(f);
        const Tool verified = xmlsecVerify(paths.last(), ca);
        INFO(f.toStdString() << ": " << verified.err.toStdString());
        CHECK(verified.exitCode == 0);
        CHECK(verified.out.contains(QStringLiteral("OK")) + verified.err.contains(QStringLiteral("OK")) > 0);
    }
    if (haveSchema()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XML_CATALOG_FILES"),
                   QDir(schemaDir()).absoluteFilePath(QStringLiteral("catalog.xml")));
        const Tool valid = runTool(QStringLiteral("xmllint"),
                                   QStringList {QStringLiteral("--nonet"), QStringLiteral("--noout"),
                                                QStringLiteral("--schema"), schemaDir() + QStringLiteral("/schema.xsd")}
                                       + paths,
                                   env);
        INFO(valid.err.toStdString());
        CHECK(valid.exitCode == 0);
        CHECK(valid.err.count(QStringLiteral(" validates")) == cohort);
    } else {
        WARN("the official ELMO schema is not at " << schemaDir().toStdString() << ": not validated");
    }

    // The CQUPT office imports them: every result added, the signer and the learner named.
    const QString fingerprint
        = sqlValue(ruts, QStringLiteral("SELECT fingerprint FROM institution_keys WHERE institution = 'RUTS'"));
    int added = 0;
    for (const QString& path : std::as_const(paths)) {
        const Run r = importInto(cqupt, path);
        ok(r);
        const QString student = QFileInfo(path).fileName().section(QLatin1Char('-'), 0, 0);
        CHECK(r.out.contains(QStringLiteral("signed by CN=RUTS DEMO")));
        CHECK(r.out.contains(QStringLiteral("SHA-256 %1").arg(fingerprint)));
        CHECK(r.out.contains(QStringLiteral("is %1 here").arg(student)));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("(\\d+) rows: (\\d+) added, 0 changed, 0 unchanged")).match(r.out);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == m.captured(2));
        added += m.captured(2).toInt();
    }
    CHECK(added
          == sqlValue(ruts,
                      QStringLiteral("SELECT count(*) FROM results r JOIN students s ON s.id = r.student_ref"
                                     " JOIN courses c ON c.id = r.course_ref"
                                     " WHERE s.cohort = 2021 AND c.institution = 'RUTS'"))
                 .toInt());
    // The change log records who imported which file, its digest and its signer.
    CHECK(sqlValue(cqupt,
                   QStringLiteral("SELECT count(*) FROM import_runs WHERE kind = 'elmo' AND"
                                  " signer_fingerprint = '%1' AND signer_subject LIKE 'CN=RUTS DEMO%'")
                       .arg(fingerprint))
              .toInt()
          == cohort);
    CHECK(sqlValue(cqupt,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'import_runs' AND"
                                  " new_values LIKE '%%1%' AND new_values LIKE '%file_sha256%'")
                       .arg(fingerprint))
              .toInt()
          == cohort);

    // Again: nothing changes.
    const Run again = importInto(cqupt, paths.first());
    ok(again);
    CHECK(again.out.contains(QStringLiteral(" 0 added, 0 changed, ")));

    // The coordinator applies the transfers; both installations then give the same audits.
    for (const QString& path : std::as_const(paths)) {
        const QString student = QFileInfo(path).fileName().section(QLatin1Char('-'), 0, 0);
        for (const QString& to : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
            ok(on(cqupt, {QStringLiteral("transfer"), student, QStringLiteral("--to"), to, QStringLiteral("--apply")}));
        }
    }
    for (const QString& institution : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
        const QStringList audit = {QStringLiteral("audit"),
                                   QStringLiteral("--cohort"),
                                   QStringLiteral("2021"),
                                   QStringLiteral("--institution"),
                                   institution,
                                   QStringLiteral("--json")};
        const Run there = on(ruts, audit);
        const Run here = on(cqupt, audit);
        ok(there);
        ok(here);
        INFO(institution.toStdString());
        CHECK(here.out.count(QLatin1Char('\n')) == cohort);
        CHECK(here.out == there.out);
    }
}

TEST_CASE("Only the receiving office imports a partner's signed record", "[cli][elmo][roles]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString pem = dir.filePath(QStringLiteral("ruts.pem"));
    ok(on(db,
          {QStringLiteral("keys"), QStringLiteral("export-cert"), QStringLiteral("--institution"),
           QStringLiteral("RUTS"), QStringLiteral("--out"), pem}));
    ok(on(db,
          {QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--institution"), QStringLiteral("RUTS"),
           pem}));
    const QString file = exportRecord(db, QStringLiteral("DD2020001"), QStringLiteral("RUTS"),
                                      dir.filePath(QStringLiteral("ruts.xml")));
    const auto as = [&](const QString& user) {
        QProcessEnvironment env = loggedIn(user);
        env.insert(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"), QStringLiteral("demo"));
        return cli({QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("elmo"),
                    QStringLiteral("import"), file},
                   env);
    };
    refused(as(QStringLiteral("ruts.coordinator")),
            QStringLiteral("ruts.coordinator (ruts_coordinator) may not import a partner institution's signed records "
                           "for RUTS"));
    refused(as(QStringLiteral("viewer")), QStringLiteral("viewer (viewer) may not import"));
    // The trust withdrawn (an administrator's act, logged): the same file is refused from then on.
    const QString fingerprint
        = sqlValue(db, QStringLiteral("SELECT fingerprint FROM partner_certificates WHERE institution = 'RUTS'"));
    REQUIRE(fingerprint.size() == 64);
    const Run coordinator = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("ruts.coordinator"), QStringLiteral("keys"), QStringLiteral("distrust"),
                                 QStringLiteral("--institution"), QStringLiteral("RUTS"), fingerprint},
                                loggedIn(QStringLiteral("ruts.coordinator")));
    CHECK(coordinator.exitCode == 1);
    CHECK(coordinator.err.contains(QStringLiteral("may not bind signing keys or trust certificates")));
    const Run registrar = as(QStringLiteral("cqupt.registrar"));
    ok(registrar);
    CHECK(registrar.out.contains(QStringLiteral(" 0 added, 0 changed, ")));
    const Run withdrawn = on(db,
                             {QStringLiteral("keys"), QStringLiteral("distrust"), QStringLiteral("--institution"),
                              QStringLiteral("RUTS"), fingerprint});
    ok(withdrawn);
    CHECK(withdrawn.out.contains(QStringLiteral("no longer trusted as RUTS's")));
    CHECK(sqlValue(db,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'partner_certificates' AND"
                                  " operation = 'delete'"))
              .toInt()
          == 1);
    refused(as(QStringLiteral("cqupt.registrar")), QStringLiteral("which is not a partner certificate trusted here"));
    const Run again = on(db,
                         {QStringLiteral("keys"), QStringLiteral("distrust"), QStringLiteral("--institution"),
                          QStringLiteral("RUTS"), fingerprint});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("is trusted as RUTS's")));
}

TEST_CASE("The standard's own example is refused for its signer, and read whole when the check is skipped",
          "[cli][elmo]")
{
    if (!haveSchema()) {
        WARN("the official ELMO example is not at " << schemaDir().toStdString());
        return;
    }
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString example = schemaDir() + QStringLiteral("/example.xml");
    const QString before = written(db);
    refused(importInto(db, example), QStringLiteral("example.xml: signed by O=UiO,L=Oslo,ST=Some-State,C=NO"));
    CHECK(written(db) == before);

    dd::Database database;
    dd::Error error;
    REQUIRE(database.open(db, dd::Database::OpenMode::OpenExisting, &error));
    dd::ElmoImporter importer(database);
    importer.skipSignatureCheckForTest();
    dd::Importer::Options options;
    options.dryRun = true;
    dd::ImportReport report;
    CHECK_FALSE(importer.run(readFile(example), example, options, &report));
    REQUIRE(report.errors.size() == 1);
    const QString reason = report.errors.first().toString();
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("is not an institution of this programme")));
    CHECK(reason.contains(QStringLiteral("no student here is the learner")));
    const dd::ElmoRecord& record = importer.found().record;
    CHECK_FALSE(record.familyName.isEmpty());
    CHECK(record.birthDate.isValid());
    CHECK(record.opportunities.size() == 2); // its two of type Course (the others are a programme and classes)
    CHECK_FALSE(record.issuerTitles.isEmpty());
    // Never so when it would write.
    options.dryRun = false;
    CHECK_FALSE(importer.run(readFile(example), example, options, &report));
    CHECK(report.errors.first().toString().contains(QStringLiteral("never imported")));
    database.close();
    CHECK(written(db) == before);
}

TEST_CASE("A record carries its signed transcript, and leaves out a citizenship the schema does not list",
          "[cli][elmo]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    // A student from Hong Kong (HK is not in ELMO's country list).
    QString students = QString::fromUtf8(readFile(sourceDataDir() + QStringLiteral("/demo/students.csv")));
    const QStringList lines = students.split(QLatin1Char('\n'));
    QStringList row = lines.filter(QStringLiteral("DD2020008,")).first().split(QLatin1Char(','));
    row[8] = QStringLiteral("HK");
    row[13] = QString();
    const QString csv = dir.filePath(QStringLiteral("hk.csv"));
    writeFile(csv, (lines.first() + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    ok(on(db, {QStringLiteral("import"), QStringLiteral("students"), csv}));
    CHECK_FALSE(dd::ElmoWriter::acceptsCountry(QStringLiteral("HK")));
    CHECK_FALSE(dd::ElmoWriter::acceptsCountry(QStringLiteral("MO")));
    CHECK_FALSE(dd::ElmoWriter::acceptsCountry(QStringLiteral("TW")));
    CHECK(dd::ElmoWriter::acceptsCountry(QStringLiteral("TH")));

    const QString file = dir.filePath(QStringLiteral("DD2020008-CQUPT.xml"));
    const Run r = on(db,
                     {QStringLiteral("elmo"), QStringLiteral("export"), QStringLiteral("DD2020008"),
                      QStringLiteral("--institution"), QStringLiteral("CQUPT"), QStringLiteral("--out"), file,
                      QStringLiteral("--attach-pdf"), QStringLiteral("--recipient"), QStringLiteral("RUTS"),
                      QStringLiteral("--purpose"), QStringLiteral("dual degree")});
    ok(r);
    CHECK(r.out.contains(QStringLiteral("with the transcript PDF attached; signed by CN=CQUPT DEMO")));
    const QByteArray xml = readFile(file);
    CHECK_FALSE(xml.contains("<citizenship>"));
    CHECK(xmlsecVerify(file, db + QStringLiteral(".keys/ca.pem")).exitCode == 0);
    if (haveSchema()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XML_CATALOG_FILES"),
                   QDir(schemaDir()).absoluteFilePath(QStringLiteral("catalog.xml")));
        const Tool valid = runTool(QStringLiteral("xmllint"),
                                   {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                                    schemaDir() + QStringLiteral("/schema.xsd"), file},
                                   env);
        INFO(valid.err.toStdString());
        CHECK(valid.exitCode == 0);
    }
    // The attached transcript is the one issued (in the issue log), and its own signature holds.
    dd::ElmoRecord record;
    QString problem;
    REQUIRE(dd::ElmoReader::read(xml, &record, &problem));
    REQUIRE(record.pdfAttachments.size() == 1);
    const QString pdf = dir.filePath(QStringLiteral("attached.pdf"));
    writeFile(pdf, record.pdfAttachments.first());
    const Tool sig = runTool(QStringLiteral("pdfsig"), {pdf});
    CHECK(sig.out.contains(QStringLiteral("Signature is Valid.")));
    ok(on(db, {QStringLiteral("verify"), pdf, QStringLiteral("--trust"), db + QStringLiteral(".keys/ca.pem")}));
    CHECK(sqlValue(db,
                   QStringLiteral("SELECT count(*) FROM transcript_issues WHERE student_ref ="
                                  " (SELECT id FROM students WHERE student_id = 'DD2020008')"))
              .toInt()
          == 1);
}
