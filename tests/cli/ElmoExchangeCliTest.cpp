// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The exchange between two installations, as the two offices run it: the RUTS side
// exports signed ELMO records, the CQUPT side trusts RUTS's certificate and imports
// them. Checked by tools DualDegree did not write (xmlsec1, xmllint with the official
// schema, openssl, pdfsig), and attacked with files those tools sign: another key,
// the partner's key on the wrong institution's record, edited content.

#include "CliRunner.h"
#include "TestSupport.h"
#include "core/exchange/ElmoReader.h"
#include "core/exchange/ElmoWriter.h"
#include "data/db/Database.h"
#include "data/import/ElmoImporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace ddtest;

namespace {

const QString kElmoDir = QStringLiteral(DD_ELMO_DIR);

bool haveSchema()
{
    return QFileInfo::exists(kElmoDir + QStringLiteral("/schema.xsd"));
}

QProcessEnvironment withKey()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"), QStringLiteral("demo"));
    return env;
}

Run on(const QString& db, const QStringList& args, const QProcessEnvironment& env = withKey())
{
    return cli(QStringList {QStringLiteral("--db"), db} + args, env);
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString sqlValue(const QString& path, const QString& sql)
{
    dd::Database db;
    dd::Error error;
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

/** What an import may have written: results, grade changes, import runs and the change log. */
QString written(const QString& db)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(countRows(db, QStringLiteral("results")))
        .arg(countRows(db, QStringLiteral("grade_changes")))
        .arg(countRows(db, QStringLiteral("import_runs")))
        .arg(countRows(db, QStringLiteral("change_log")));
}

/**
 * The CQUPT installation: the demo data set loaded from its CSV files, except the RUTS
 * results of cohort 2021 (which RUTS sends), with no transfer applied yet and RUTS's
 * certificate trusted. Made once; each test works on a copy.
 */
struct Exchange
{
    QString rutsSide; ///< the demo database: the RUTS installation
    QString cquptSide;
    QString rutsCertificate; ///< RUTS's certificate as its office sent it (PEM)
};

const Exchange& exchangeMasters()
{
    static QTemporaryDir dir;
    static Exchange e;
    if (!e.cquptSide.isEmpty()) {
        return e;
    }
    QTemporaryDir scratch;
    e.rutsSide = copyOf(demoCopy(scratch), dir);
    e.cquptSide = dir.filePath(QStringLiteral("cqupt.db"));
    e.rutsCertificate = dir.filePath(QStringLiteral("ruts.pem"));
    ok(on(e.cquptSide, {QStringLiteral("init")}));
    const QString demo = sourceDataDir() + QStringLiteral("/demo/");
    for (const QString& kind :
         {QStringLiteral("students"), QStringLiteral("courses"), QStringLiteral("equivalencies")}) {
        ok(on(e.cquptSide, {QStringLiteral("import"), kind, demo + kind + QStringLiteral(".csv")}));
    }
    QStringList results;
    for (const QString& line :
         QString::fromUtf8(readFile(demo + QStringLiteral("results.csv"))).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("DD2021")) || !line.contains(QLatin1String(",RUTS,"))) {
            results << line;
        }
    }
    const QString resultsCsv = dir.filePath(QStringLiteral("results-without-ruts-2021.csv"));
    writeFile(resultsCsv, results.join(QLatin1Char('\n')).toUtf8());
    ok(on(e.cquptSide, {QStringLiteral("import"), QStringLiteral("results"), resultsCsv}));
    for (const QString& kind : {QStringLiteral("exceptions"), QStringLiteral("milestones")}) {
        ok(on(e.cquptSide, {QStringLiteral("import"), kind, demo + kind + QStringLiteral(".csv")}));
    }
    ok(on(e.rutsSide,
          {QStringLiteral("keys"), QStringLiteral("export-cert"), QStringLiteral("--institution"),
           QStringLiteral("RUTS"), QStringLiteral("--out"), e.rutsCertificate}));
    ok(on(e.cquptSide,
          {QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--institution"), QStringLiteral("RUTS"),
           e.rutsCertificate}));
    return e;
}

QString exportRecord(const QString& db, const QString& student, const QString& institution, const QString& out,
                     const QStringList& more = {})
{
    ok(on(db,
          QStringList {QStringLiteral("elmo"), QStringLiteral("export"), student, QStringLiteral("--institution"),
                       institution, QStringLiteral("--out"), out}
              + more));
    return out;
}

/** A key and its certificate as PEM files, taken out of a PKCS#12 file by openssl. */
struct PemKey
{
    QString key;
    QString certificate;
};

PemKey pemOf(const QString& p12, const QString& folder, const QString& name)
{
    PemKey k {folder + QLatin1Char('/') + name + QStringLiteral("-key.pem"),
              folder + QLatin1Char('/') + name + QStringLiteral("-cert.pem")};
    for (const auto& [what, out] :
         {std::pair {QStringLiteral("-nocerts"), k.key}, std::pair {QStringLiteral("-nokeys"), k.certificate}}) {
        const Tool t = runTool(QStringLiteral("openssl"),
                               {QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                                QStringLiteral("pass:demo"), QStringLiteral("-nodes"), what, QStringLiteral("-clcerts"),
                                QStringLiteral("-out"), out});
        INFO(t.err.toStdString());
        REQUIRE(t.exitCode == 0);
    }
    return k;
}

/**
 * \a signedFile with its signature emptied, edited by \a edit, and signed again by the
 * xmlsec1 tool with \a key: a record as another program following DESIGN would sign it.
 */
QString resign(const QString& signedFile, const PemKey& key, const QString& out,
               const std::function<QString(QString)>& edit = nullptr)
{
    QString xml = QString::fromUtf8(readFile(signedFile));
    for (const char* element : {"DigestValue", "SignatureValue", "X509Certificate"}) {
        const QString name = QString::fromLatin1(element);
        xml.replace(QRegularExpression(QStringLiteral("<%1>[^<]*</%1>").arg(name)),
                    QStringLiteral("<%1></%1>").arg(name));
    }
    if (edit) {
        const QString before = xml;
        xml = edit(xml);
        REQUIRE(xml != before);
    }
    const QString templateFile = out + QStringLiteral(".template.xml");
    writeFile(templateFile, xml.toUtf8());
    const Tool t
        = runTool(QStringLiteral("xmlsec1"),
                  {QStringLiteral("--sign"), QStringLiteral("--privkey-pem"),
                   key.key + QLatin1Char(',') + key.certificate, QStringLiteral("--output"), out, templateFile});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    return out;
}

/** Replaces the first \a from with \a to. */
std::function<QString(QString)> first(const QString& from, const QString& to)
{
    return [from, to](QString xml) {
        const qsizetype at = xml.indexOf(from);
        REQUIRE(at >= 0);
        return xml.replace(at, from.size(), to);
    };
}

Run importInto(const QString& db, const QString& file, const QStringList& more = {},
               const QProcessEnvironment& env = withKey())
{
    return on(db, QStringList {QStringLiteral("elmo"), QStringLiteral("import"), file} + more, env);
}

void refused(const Run& r, const QString& reason)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(reason));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
}

Tool xmlsecVerify(const QString& file, const QString& ca)
{
    return runTool(QStringLiteral("xmlsec1"), {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), ca, file});
}

} // namespace

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
        env.insert(QStringLiteral("XML_CATALOG_FILES"), QDir(kElmoDir).absoluteFilePath(QStringLiteral("catalog.xml")));
        const Tool valid = runTool(QStringLiteral("xmllint"),
                                   QStringList {QStringLiteral("--nonet"), QStringLiteral("--noout"),
                                                QStringLiteral("--schema"), kElmoDir + QStringLiteral("/schema.xsd")}
                                       + paths,
                                   env);
        INFO(valid.err.toStdString());
        CHECK(valid.exitCode == 0);
        CHECK(valid.err.count(QStringLiteral(" validates")) == cohort);
    } else {
        WARN("the official ELMO schema is not at " << kElmoDir.toStdString() << ": not validated");
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

TEST_CASE("A partner file unsigned, changed, or signed by a key not trusted for it is refused before it is read",
          "[cli][elmo]")
{
    const Exchange& masters = exchangeMasters();
    QTemporaryDir dir;
    QTemporaryDir cquptDir;
    const QString ruts = copyOf(masters.rutsSide, dir);
    const QString cqupt = copyOf(masters.cquptSide, cquptDir);
    const QString student = QStringLiteral("DD2021001");
    const QString good = exportRecord(ruts, student, QStringLiteral("RUTS"), dir.filePath(QStringLiteral("good.xml")));
    const QString before = written(cqupt);

    SECTION("unsigned")
    {
        const QString file = exportRecord(ruts, student, QStringLiteral("RUTS"),
                                          dir.filePath(QStringLiteral("unsigned.xml")), {QStringLiteral("--unsigned")});
        refused(importInto(cqupt, file), QStringLiteral("unsigned.xml: the document is not signed"));
    }
    SECTION("one grade changed after signing")
    {
        const QString file = dir.filePath(QStringLiteral("changed.xml"));
        QString xml = QString::fromUtf8(readFile(good));
        xml = first(QStringLiteral("<resultLabel>A</resultLabel>"),
                    QStringLiteral("<resultLabel>B</resultLabel>"))(xml);
        writeFile(file, xml.toUtf8());
        refused(importInto(cqupt, file), QStringLiteral("the signature does not verify"));
        // xmlsec1 agrees.
        CHECK(xmlsecVerify(file, ruts + QStringLiteral(".keys/ca.pem")).exitCode != 0);
    }
    SECTION("signed by another authority's RUTS key")
    {
        const QString other = dir.filePath(QStringLiteral("other-keys"));
        ok(cli({QStringLiteral("keys"), QStringLiteral("demo"), QStringLiteral("--out-dir"), other}));
        const PemKey key = pemOf(other + QStringLiteral("/RUTS.p12"), dir.path(), QStringLiteral("other"));
        const QString file = resign(good, key, dir.filePath(QStringLiteral("forged.xml")));
        refused(importInto(cqupt, file), QStringLiteral("which is not a partner certificate trusted here"));
    }
    SECTION("the RUTS record signed with CQUPT's key, which is trusted as CQUPT's")
    {
        const QString cquptPem = dir.filePath(QStringLiteral("cqupt.pem"));
        ok(on(ruts,
              {QStringLiteral("keys"), QStringLiteral("export-cert"), QStringLiteral("--institution"),
               QStringLiteral("CQUPT"), QStringLiteral("--out"), cquptPem}));
        ok(on(cqupt,
              {QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--institution"),
               QStringLiteral("CQUPT"), cquptPem}));
        const QString trusted = written(cqupt);
        const PemKey key = pemOf(ruts + QStringLiteral(".keys/CQUPT.p12"), dir.path(), QStringLiteral("cqupt"));
        const QString file = resign(good, key, dir.filePath(QStringLiteral("wrong-institution.xml")));
        refused(importInto(cqupt, file),
                QStringLiteral("the record says it is RUTS's, but CQUPT's certificate signed it"));
        CHECK(written(cqupt) == trusted);
        return;
    }
    SECTION("a document type declaration, however well signed")
    {
        const PemKey key = pemOf(ruts + QStringLiteral(".keys/RUTS.p12"), dir.path(), QStringLiteral("ruts"));
        const QString file
            = resign(good, key, dir.filePath(QStringLiteral("doctype.xml")),
                     first(QStringLiteral("<elmo "), QStringLiteral("<!DOCTYPE elmo [ <!ENTITY a \"A\"> ]>\n<elmo ")));
        refused(importInto(cqupt, file), QStringLiteral("document type declaration"));
    }
    SECTION("a second signature, or the signature moved inside the record (signature wrapping)")
    {
        const QString xml = QString::fromUtf8(readFile(good));
        const qsizetype from = xml.indexOf(QStringLiteral("<Signature "));
        const qsizetype to = xml.indexOf(QStringLiteral("</Signature>")) + 12;
        REQUIRE(from > 0);
        const QString signature = xml.mid(from, to - from);
        QString twice = xml;
        twice.insert(twice.indexOf(QStringLiteral("<report>")), signature);
        const QString two = dir.filePath(QStringLiteral("two.xml"));
        writeFile(two, twice.toUtf8());
        refused(importInto(cqupt, two), QStringLiteral("the document holds 2 signatures"));
        QString moved = xml;
        moved.remove(from, to - from);
        moved.insert(moved.indexOf(QStringLiteral("<issuer>")), signature);
        const QString inside = dir.filePath(QStringLiteral("inside.xml"));
        writeFile(inside, moved.toUtf8());
        refused(importInto(cqupt, inside), QStringLiteral("the signature is not a child of the root element"));
    }
    SECTION("a record dated before its certificate was valid, or still to come")
    {
        const PemKey key = pemOf(ruts + QStringLiteral(".keys/RUTS.p12"), dir.path(), QStringLiteral("ruts"));
        const QString xml = QString::fromUtf8(readFile(good));
        const QRegularExpressionMatch generated
            = QRegularExpression(QStringLiteral("<generatedDate>([^<]*)</generatedDate>")).match(xml);
        REQUIRE(generated.hasMatch());
        const QString early = resign(good, key, dir.filePath(QStringLiteral("early.xml")),
                                     first(generated.captured(1), QStringLiteral("2019-06-30T08:00:00Z")));
        refused(importInto(cqupt, early),
                QStringLiteral("the signer's certificate was not valid when the record was made"));
        const QString late = resign(good, key, dir.filePath(QStringLiteral("late.xml")),
                                    first(generated.captured(1), QStringLiteral("2039-06-30T08:00:00Z")));
        refused(importInto(cqupt, late), QStringLiteral("which is still to come"));
    }
    SECTION("not XML at all")
    {
        const QString file = dir.filePath(QStringLiteral("results.xml"));
        writeFile(file, "student_id,institution,course_code,term,mark,attempt\n");
        refused(importInto(cqupt, file), QStringLiteral("results.xml: not well-formed XML"));
    }
    CHECK(written(cqupt) == before);
}

TEST_CASE("A record signed by another tool with the partner's key imports like DualDegree's own", "[cli][elmo]")
{
    const Exchange& masters = exchangeMasters();
    QTemporaryDir dir;
    QTemporaryDir cquptDir;
    const QString ruts = copyOf(masters.rutsSide, dir);
    const QString cqupt = copyOf(masters.cquptSide, cquptDir);
    const QString good = exportRecord(ruts, QStringLiteral("DD2021002"), QStringLiteral("RUTS"),
                                      dir.filePath(QStringLiteral("g.xml")));
    const PemKey key = pemOf(ruts + QStringLiteral(".keys/RUTS.p12"), dir.path(), QStringLiteral("ruts"));
    const QString file = resign(good, key, dir.filePath(QStringLiteral("by-xmlsec1.xml")));
    const Run r = importInto(cqupt, file);
    ok(r);
    CHECK(r.out.contains(QStringLiteral("is DD2021002 here")));
    CHECK(r.out.contains(QStringLiteral(" 0 changed, 0 unchanged")));
}

TEST_CASE("A signed record of someone unknown, two students, an unknown course or an off-scale mark is refused whole",
          "[cli][elmo]")
{
    const Exchange& masters = exchangeMasters();
    QTemporaryDir dir;
    QTemporaryDir cquptDir;
    const QString ruts = copyOf(masters.rutsSide, dir);
    const QString cqupt = copyOf(masters.cquptSide, cquptDir);
    const QString good = exportRecord(ruts, QStringLiteral("DD2021001"), QStringLiteral("RUTS"),
                                      dir.filePath(QStringLiteral("g.xml")));
    const PemKey key = pemOf(ruts + QStringLiteral(".keys/RUTS.p12"), dir.path(), QStringLiteral("ruts"));
    const QString family
        = sqlValue(ruts, QStringLiteral("SELECT family_name FROM students WHERE student_id = 'DD2021001'"));
    const QString given
        = sqlValue(ruts, QStringLiteral("SELECT given_name FROM students WHERE student_id = 'DD2021001'"));
    const QString born
        = sqlValue(ruts, QStringLiteral("SELECT date_of_birth FROM students WHERE student_id = 'DD2021001'"));
    const QString before = written(cqupt);

    SECTION("a learner nobody here is")
    {
        const QString file = resign(good, key, dir.filePath(QStringLiteral("unknown.xml")),
                                    first(QStringLiteral("<familyName>%1</familyName>").arg(family),
                                          QStringLiteral("<familyName>Somebody-Else</familyName>")));
        refused(
            importInto(cqupt, file),
            QStringLiteral("unknown.xml: no student here is the learner Somebody-Else, %1 (born %2)").arg(given, born));
    }
    SECTION("a learner two students here could be")
    {
        // A second record of the same person, its student numbers not yet known.
        const QString twin = dir.filePath(QStringLiteral("twin.csv"));
        writeFile(twin,
                  QStringLiteral("student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                 "nationality,passport_no,email,cohort,status\n"
                                 "DD2021901,,,%1,%2,,,%3,TH,ZZ1,,2021,active\n")
                      .arg(family.toUpper(), given, born)
                      .toUtf8());
        ok(on(cqupt, {QStringLiteral("import"), QStringLiteral("students"), twin}));
        const QString withTwin = written(cqupt);
        refused(importInto(cqupt, good), QStringLiteral("matches 2 students (DD2021001, DD2021901)"));
        CHECK(written(cqupt) == withTwin);
        return;
    }
    SECTION("student numbers that are not this student's")
    {
        const QString number
            = sqlValue(ruts, QStringLiteral("SELECT ruts_no FROM students WHERE student_id = 'DD2021001'"));
        const QString file = resign(good, key, dir.filePath(QStringLiteral("numbers.xml")),
                                    first(QStringLiteral(">%1<").arg(number), QStringLiteral(">9999999999<")));
        refused(importInto(cqupt, file), QStringLiteral("has other student numbers than DD2021001 here"));
    }
    SECTION("a course the RUTS catalogue here does not have")
    {
        const QString code = QStringLiteral("<identifier type=\"local\">GE101</identifier>");
        const QString file = resign(good, key, dir.filePath(QStringLiteral("course.xml")),
                                    first(code, QStringLiteral("<identifier type=\"local\">XYZ999</identifier>")));
        refused(importInto(cqupt, file),
                QStringLiteral("course.xml: course 'XYZ999': unknown course code XYZ999 at RUTS"));
    }
    SECTION("a mark off RUTS's scale")
    {
        const QString file = resign(
            good, key, dir.filePath(QStringLiteral("mark.xml")),
            first(QStringLiteral("<resultLabel>A</resultLabel>"), QStringLiteral("<resultLabel>Q</resultLabel>")));
        const Run r = importInto(cqupt, file);
        refused(r, QStringLiteral("mark.xml: course '"));
        CHECK(r.err.contains(QStringLiteral("'Q'")));
    }
    SECTION("a term outside RUTS's naming")
    {
        const QString file = resign(good, key, dir.filePath(QStringLiteral("term.xml")),
                                    first(QStringLiteral("<title xml:lang=\"en\">1/2564</title>"),
                                          QStringLiteral("<title xml:lang=\"en\">2021-2022-1</title>")));
        refused(importInto(cqupt, file), QStringLiteral("unknown term format"));
    }
    SECTION("a status that contradicts the mark")
    {
        const QString file
            = resign(good, key, dir.filePath(QStringLiteral("status.xml")),
                     first(QStringLiteral("<status>passed</status>"), QStringLiteral("<status>failed</status>")));
        refused(importInto(cqupt, file), QStringLiteral("the record says failed, but"));
        const QString noMark = resign(good, key, dir.filePath(QStringLiteral("no-mark.xml")),
                                      first(QStringLiteral("<resultLabel>A</resultLabel>"), QString()));
        refused(importInto(cqupt, noMark), QStringLiteral("the record says passed but gives no mark"));
    }
    SECTION("a grade that changes a stored mark, without and with a reason")
    {
        ok(importInto(cqupt, good));
        const QString imported = written(cqupt);
        const QString file = resign(
            good, key, dir.filePath(QStringLiteral("regrade.xml")),
            first(QStringLiteral("<resultLabel>A</resultLabel>"), QStringLiteral("<resultLabel>B+</resultLabel>")));
        refused(importInto(cqupt, file), QStringLiteral("is a grade change and needs a reason (--reason)"));
        CHECK(written(cqupt) == imported);
        const Run r = importInto(cqupt, file, {QStringLiteral("--reason"), QStringLiteral("RUTS exam board re-mark")});
        ok(r);
        CHECK(r.out.contains(QStringLiteral(" 0 added, 1 changed, ")));
        CHECK(sqlValue(cqupt,
                       QStringLiteral("SELECT count(*) FROM grade_changes WHERE reason = 'RUTS exam board re-mark'"
                                      " AND old_mark = 'A' AND new_mark = 'B+'"))
                  .toInt()
              == 1);
        return;
    }
    CHECK(written(cqupt) == before);
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
        WARN("the official ELMO example is not at " << kElmoDir.toStdString());
        return;
    }
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString example = kElmoDir + QStringLiteral("/example.xml");
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
        env.insert(QStringLiteral("XML_CATALOG_FILES"), QDir(kElmoDir).absoluteFilePath(QStringLiteral("catalog.xml")));
        const Tool valid = runTool(QStringLiteral("xmllint"),
                                   {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                                    kElmoDir + QStringLiteral("/schema.xsd"), file},
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
