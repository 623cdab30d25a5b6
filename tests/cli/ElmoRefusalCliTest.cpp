// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A partner's record that must not get in: unsigned, changed, signed by a key not
// trusted for it, wrapped, or signed well but about someone or something this
// installation does not have. The attacker's files are signed by xmlsec1.

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
