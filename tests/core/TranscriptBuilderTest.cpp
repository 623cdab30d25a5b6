// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyFixtures.h"
#include "core/transcript/Transcript.h"

#include <catch2/catch.hpp>

using namespace dd;

namespace {

Course course(const char* inst, const char* code, const char* title, int halves, int lecture = 32, int lab = 0,
              int self = 0)
{
    Course c;
    c.institution = QString::fromLatin1(inst);
    c.code = QString::fromLatin1(code);
    c.titleEn = QString::fromLatin1(title);
    c.titleZh = QStringLiteral("中文") + c.code;
    c.titleTh = QStringLiteral("ไทย") + c.code;
    c.creditsHalves = halves;
    c.lectureHours = lecture;
    c.labHours = lab;
    c.selfStudyHours = self;
    c.category = QStringLiteral("MAJ");
    return c;
}

CourseResult result(const char* code, const char* term, const char* mark, Attempt attempt = Attempt::Regular)
{
    CourseResult r;
    r.courseCode = QString::fromLatin1(code);
    r.term = QString::fromLatin1(term);
    r.mark = QString::fromUtf8(mark);
    r.attempt = attempt;
    return r;
}

TranscriptSource cquptSource(const InstitutionPolicy& policy)
{
    TranscriptSource s;
    s.policy = &policy;
    s.student.studentId = QStringLiteral("DD2021007");
    s.student.cquptNo = QStringLiteral("2021210007");
    s.student.rutsNo = QStringLiteral("6434040007");
    s.student.familyName = QStringLiteral("Wang");
    s.student.givenName = QStringLiteral("Lei");
    s.student.nameZh = QStringLiteral("王磊");
    s.student.dateOfBirth = QDate(2003, 5, 6);
    s.student.cohort = 2021;
    for (const Course& c : {course("CQUPT", "MAJ101", "Circuits", 6), course("CQUPT", "MAJ102", "Signals", 4),
                            course("CQUPT", "MAJ201", "Networks", 6), course("CQUPT", "BAS101", "Calculus", 10)}) {
        s.courses.insert(c.code, c);
    }
    s.results = {result("MAJ101", "2021-2022-1", "92"), result("MAJ102", "2021-2022-1", "55"),
                 result("MAJ102", "2021-2022-2", "70", Attempt::Makeup), result("MAJ201", "2021-2022-2", "良好"),
                 result("MAJ201", "2022-2023-1", "")};
    TransferCredit t;
    t.fromInstitution = QStringLiteral("RUTS");
    t.fromCodes = {QStringLiteral("SP201")};
    t.toInstitution = QStringLiteral("CQUPT");
    t.targetCourseCode = QStringLiteral("BAS101");
    t.creditsHalves = 10;
    t.convertedGrade = QStringLiteral("85");
    s.transfers = {t};
    s.sourceTerms.insert(QStringLiteral("RUTS SP201"), QStringLiteral("1/2564"));
    s.audit.gpa = QStringLiteral("3.41");
    s.audit.creditsEarnedHalves = 24;
    s.audit.creditsRequiredHalves = 320;
    s.issued = QDate(2026, 11, 28);
    return s;
}

} // namespace

TEST_CASE("A CQUPT transcript: terms in order, term and cumulative GPA by the policy, make-up and transfer marked",
          "[transcript]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    Transcript t;
    QString error;
    REQUIRE(TranscriptBuilder::build(cquptSource(policy), &t, &error));
    CHECK(t.language == QStringLiteral("en-zh"));
    CHECK(t.institutionNameNative == QStringLiteral("重庆邮电大学"));
    CHECK(t.nameLatin == QStringLiteral("WANG Lei"));
    CHECK(t.nameNative == QStringLiteral("王磊"));
    CHECK(t.institutionNo == QStringLiteral("2021210007"));
    REQUIRE(t.terms.size() == 3);
    CHECK(t.terms.at(0).code == QStringLiteral("2021-2022-1"));
    // 92 (4.0) x 3 + 55 (0) x 2 = 12 / 5 = 2.40; only 3 credits passed.
    CHECK(t.terms.at(0).termGpa == QStringLiteral("2.40"));
    CHECK(t.terms.at(0).earnedHalves == 6);
    // Transfer BAS101 85 (3.7 x 5) counts in every cumulative GPA: (12 + 18.5) / 10 = 3.05.
    CHECK(t.terms.at(0).cumulativeGpa == QStringLiteral("3.05"));
    const Transcript::Line& makeup = t.terms.at(1).lines.at(0);
    CHECK(makeup.code == QStringLiteral("MAJ102"));
    CHECK(makeup.grade == QStringLiteral("70"));
    CHECK(makeup.points == QStringLiteral("1.00")); // a passed make-up counts as 60
    CHECK(makeup.noteEn == QStringLiteral("make-up exam, counts as 60"));
    CHECK(makeup.noteNative == QStringLiteral("补考，按60分计")); // the Chinese note says it counts as 60 too
    CHECK(t.terms.at(1).lines.at(1).points == QStringLiteral("3.70")); // 良好 = 85
    CHECK(t.terms.at(2).lines.at(0).noteEn == QStringLiteral("in progress"));
    REQUIRE(t.transferred.size() == 1);
    CHECK(t.transferred.at(0).grade == QStringLiteral("转入 85"));
    CHECK(t.transferred.at(0).noteEn == QStringLiteral("from RUTS SP201 (1/2564)"));
    CHECK(t.issuedNative == QStringLiteral("2026年11月28日"));
    CHECK(t.gpa == QStringLiteral("3.41"));
    bool legendHasTop = false;
    for (const Transcript::LegendEntry& e : t.legend) {
        legendHasTop = legendHasTop || (e.grade == QStringLiteral("90–100") && e.meaning == QStringLiteral("4.0"));
    }
    CHECK(legendHasTop);
}

TEST_CASE("A course credited by transfer and later passed here shows both lines and counts once", "[transcript]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    TranscriptSource source = cquptSource(policy);
    source.results.append(result("BAS101", "2022-2023-1", "70"));
    Transcript t;
    QString error;
    REQUIRE(TranscriptBuilder::build(source, &t, &error));
    REQUIRE(t.terms.size() == 3);
    REQUIRE(t.transferred.size() == 1);
    CHECK(t.transferred.at(0).noteEn
          == QStringLiteral("from RUTS SP201 (1/2564); also passed here in 2022-2023-1, credits counted once"));
    CHECK(t.transferred.at(0).noteNative == QStringLiteral("学分只计一次"));
    bool nativeLine = false;
    for (const Transcript::Line& l : t.terms.at(2).lines) {
        nativeLine = nativeLine || (l.code == QStringLiteral("BAS101") && l.grade == QStringLiteral("70"));
    }
    CHECK(nativeLine);
    // Best attempt of BAS101 is the transfer (85 = 3.7), five credits once:
    // (3.7 x 5 + 4.0 x 3 + 1.0 x 2 + 3.7 x 3) / 13 = 43.6 / 13 = 3.35.
    CHECK(t.terms.at(2).cumulativeGpa == QStringLiteral("3.35"));
}

TEST_CASE("A RUTS transcript writes credits with weekly hours, TR grades and the Buddhist-Era date", "[transcript]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    TranscriptSource s;
    s.policy = &policy;
    s.student.studentId = QStringLiteral("DD2020001");
    s.student.nameTh = QStringLiteral("ฐิติมา นุชน้อย");
    const Course sp = course("RUTS", "SP301", "Artificial Intelligence", 6, 30, 30, 75);
    s.courses.insert(sp.code, sp);
    s.results = {result("SP301", "1/2565", "B+")};
    TransferCredit t;
    t.fromInstitution = QStringLiteral("CQUPT");
    t.fromCodes = {QStringLiteral("MAJ301")};
    t.toInstitution = QStringLiteral("RUTS");
    t.targetCategory = QStringLiteral("FE");
    t.creditsHalves = 5;
    t.convertedGrade = QStringLiteral("A");
    s.transfers = {t};
    s.issued = QDate(2026, 11, 28);
    Transcript out;
    QString error;
    REQUIRE(TranscriptBuilder::build(s, &out, &error));
    CHECK(out.terms.at(0).lines.at(0).credits == QStringLiteral("3(2-2-5)"));
    CHECK(out.terms.at(0).lines.at(0).points == QStringLiteral("3.50"));
    CHECK(out.transferred.at(0).grade == QStringLiteral("TR A"));
    CHECK(out.transferred.at(0).points.isEmpty()); // RUTS keeps transfers out of the GPA
    CHECK(out.transferred.at(0).titleNative == QStringLiteral("หน่วยกิตแบบกลุ่ม: หมวดวิชาเลือกเสรี"));
    CHECK(out.issuedNative == QStringLiteral("28 พฤศจิกายน 2569"));
    CHECK(out.nameNative == QStringLiteral("ฐิติมา นุชน้อย"));

    // English only: no native texts at all.
    s.language = QStringLiteral("en");
    REQUIRE(TranscriptBuilder::build(s, &out, &error));
    CHECK(out.nameNative.isEmpty());
    CHECK(out.issuedNative.isEmpty());
    CHECK(out.institutionNameNative.isEmpty());
}

TEST_CASE("The canonical form changes with any shown fact, and the differences name the lines", "[transcript]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    TranscriptSource s = cquptSource(policy);
    Transcript before;
    QString error;
    REQUIRE(TranscriptBuilder::build(s, &before, &error));
    Transcript same;
    REQUIRE(TranscriptBuilder::build(s, &same, &error));
    CHECK(before.canonical() == same.canonical());
    CHECK(before.digest() == same.digest());
    CHECK(before.digest().size() == 64);

    s.results[0].mark = QStringLiteral("82");
    Transcript after;
    REQUIRE(TranscriptBuilder::build(s, &after, &error));
    CHECK(after.digest() != before.digest());
    const QStringList diff = Transcript::differences(before.canonical(), after.canonical());
    CHECK(diff.contains(QStringLiteral("- course 2021-2022-1: MAJ101 | Circuits | 中文MAJ101 | 3 | 92 | 4.00 |  | ")));
    CHECK(diff.contains(QStringLiteral("+ course 2021-2022-1: MAJ101 | Circuits | 中文MAJ101 | 3 | 82 | 3.30 |  | ")));
    CHECK(Transcript::differences(before.canonical(), same.canonical()).isEmpty());

    s.results.append(result("XYZ999", "2021-2022-1", "80"));
    CHECK_FALSE(TranscriptBuilder::build(s, &after, &error));
    CHECK(error == QStringLiteral("CQUPT XYZ999 is not in the catalogue"));
}
