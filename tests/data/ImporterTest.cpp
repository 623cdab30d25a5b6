// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/Importer.h"
#include "DemoFacts.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/import/Importers.h"
#include "data/repositories/ResultRepository.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace dd;
using ddtest::importCsv;

namespace {

const QByteArray kStudentsHeader = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                   "nationality,passport_no,email,cohort,status\n";
const QByteArray kCoursesHeader
    = "institution,code,title_en,title_zh,title_th,credits,lecture_hours,lab_hours,self_study_hours,category,grading\n";
const QByteArray kResultsHeader = "student_id,institution,course_code,term,mark,attempt\n";
const QByteArray kEquivalenciesHeader
    = "from_institution,from_codes,to_institution,to_codes,status,valid_from_cohort,valid_to_cohort,note\n";
const QByteArray kMilestonesHeader = "student_id,kind,level,score,date\n";
const QByteArray kExceptionsHeader = "student_id,institution,kind,requirement,course_code,reason,approved_by\n";

const QByteArray kGoodStudent = "DD2024001,2026210001,6734040001,Boonmee,Anan,,อนันต์ "
                                "บุญมี,2006-02-03,TH,AA1111111,anan@students.example.edu,2024,active\n";

struct ErrorCase
{
    const char* kind;
    QByteArray csv;
    const char* expected; // the first error, exactly
};

} // namespace

TEST_CASE("Every invalid field is refused with file, line, column and reason", "[import]")
{
    ddtest::TempDatabase t(true);
    const ErrorCase cases[] = {
        // students
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-30,TH,,,2024,active\n",
         "students.csv:2: column 'date_of_birth': '2006-02-30' is not a valid date (YYYY-MM-DD)"},
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,THA,,,2024,active\n",
         "students.csv:2: column 'nationality': 'THA' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)"},
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,24,active\n",
         "students.csv:2: column 'cohort': '24' is not a year between 1990 and 2100"},
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,2024,enrolled\n",
         "students.csv:2: column 'status': 'enrolled' is not a status (expected active, suspended, withdrawn, "
         "graduated)"},
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,anan@,2024,active\n",
         "students.csv:2: column 'email': 'anan@' is not an e-mail address"},
        {"students", kStudentsHeader + kGoodStudent + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,2024,active\n",
         "students.csv:3: column 'student_id': duplicate student id DD2024001 (also on line 2)"},
        {"students", kStudentsHeader + "DD2024001,2022210001,,Boonmee,Anan,,,2006-02-03,TH,,,2024,active\n",
         "students.csv:2: column 'cqupt_no': 2022210001 belongs to student DD2020001 already"},
        {"students", kStudentsHeader + "DD2024001,,,,Anan,,,2006-02-03,TH,,,2024,active\n",
         "students.csv:2: column 'family_name': is required"},
        {"students", kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,2024\n",
         "students.csv:2: expected 13 fields, found 12"},
        // courses
        {"courses", kCoursesHeader + "MIT,CS101,Intro,,,3,48,0,48,MAJ,graded\n",
         "courses.csv:2: column 'institution': unknown institution 'MIT' (expected CQUPT or RUTS)"},
        {"courses", kCoursesHeader + "CQUPT,MAJ900,Intro,,,3,48,0,48,SP,graded\n",
         "courses.csv:2: column 'category': 'SP' is not a CQUPT category (expected GEN, BAS, MAJ, PRA, PRJ)"},
        {"courses", kCoursesHeader + "CQUPT,MAJ900,Intro,,,2.25,48,0,48,MAJ,graded\n",
         "courses.csv:2: column 'credits': '2.25' is not a number of credits (0 to 100 in steps of 0.5)"},
        {"courses", kCoursesHeader + "CQUPT,MAJ900,Intro,,,3,-3,0,48,MAJ,graded\n",
         "courses.csv:2: column 'lecture_hours': '-3' is not a whole number of hours"},
        {"courses", kCoursesHeader + "RUTS,SP900,Intro,,,3,45,0,90,SP,letter\n",
         "courses.csv:2: column 'grading': 'letter' is not a grading mode (expected graded or pass_fail)"},
        // results
        {"results", kResultsHeader + "DD2020001,CQUPT,MAJ301,2022-2023-1,95,\nDD2020001,CQUPT,CS999,2022-2023-1,80,\n",
         "results.csv:3: column 'course_code': unknown course code CS999 at CQUPT"},
        {"results", kResultsHeader + "DD2020001,CQUPT,MAJ301,2023-2024-1,105,\n",
         "results.csv:2: column 'mark': mark 105 is outside the scale 0-100 (CQUPT MAJ301)"},
        {"results", kResultsHeader + "DD2020001,RUTS,SP201,2020-2021-1,A,\n",
         "results.csv:2: column 'term': unknown term format: '2020-2021-1' is not a term of the form 1/2563 at RUTS"},
        {"results", kResultsHeader + "DD2020001,CQUPT,MAJ301,2022-2023-3,95,\n",
         "results.csv:2: column 'term': unknown term format: '2022-2023-3': semester 3 does not exist (semesters are "
         "1, 2) at CQUPT"},
        {"results", kResultsHeader + "DD9999999,CQUPT,MAJ301,2022-2023-1,95,\n",
         "results.csv:2: column 'student_id': unknown student DD9999999 (import the student first)"},
        {"results", kResultsHeader + "DD2020001,CQUPT,MAJ301,2023-2024-1,95,second\n",
         "results.csv:2: column 'attempt': 'second' is not an attempt (expected regular, makeup or retake, or empty)"},
        {"results", kResultsHeader + "DD2020001,RUTS,SP201,1/2566,S,\n",
         "results.csv:2: column 'mark': 'S' is a pass/fail mark, but the course is graded (expected A, B+, B, C+, C, "
         "D+, D, F, W, I) (RUTS SP201)"},
        {"results", kResultsHeader + "DD2020001,RUTS,GE111,1/2566,A,\n",
         "results.csv:2: column 'mark': 'A' is not a mark for a pass/fail course (expected S, U, W, I) (RUTS GE111)"},
        {"results",
         kResultsHeader + "DD2020001,CQUPT,MAJ301,2023-2024-1,95,\nDD2020001,CQUPT,MAJ301,2023-2024-1,96,regular\n",
         "results.csv:3: the same result (student, course, term, attempt) is also on line 2"},
        // equivalencies
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP999,CQUPT,BAS101,approved,2020,,\n",
         "equivalencies.csv:2: column 'from_codes': unknown course code SP999 at RUTS"},
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP201,RUTS,SP202,approved,2020,,\n",
         "equivalencies.csv:2: column 'to_institution': an equivalency links two different institutions"},
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP201,CQUPT,XYZ:3,approved,2020,,\n",
         "equivalencies.csv:2: column 'to_codes': 'XYZ' is not a CQUPT category (expected GEN, BAS, MAJ, PRA, PRJ)"},
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP201,CQUPT,GEN:0,approved,2020,,\n",
         "equivalencies.csv:2: column 'to_codes': block credit must be CATEGORY:credits with credits above 0, e.g. "
         "FE:3 (0)"},
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP201,CQUPT,BAS101,maybe,2020,,\n",
         "equivalencies.csv:2: column 'status': 'maybe' is not a status (expected proposed, approved, rejected, "
         "retired)"},
        {"equivalencies", kEquivalenciesHeader + "RUTS,SP201,CQUPT,BAS101,approved,2022,2021,\n",
         "equivalencies.csv:2: column 'valid_to_cohort': 2021 is before valid_from_cohort 2022"},
        // milestones
        {"milestones", kMilestonesHeader + "DD2020001,TOEFL,,90,2023-01-01\n",
         "milestones.csv:2: column 'kind': 'TOEFL' is not a milestone (expected HSK, THESIS or INTERNSHIP)"},
        {"milestones", kMilestonesHeader + "DD2020001,HSK,10,250,2023-01-01\n",
         "milestones.csv:2: column 'level': '10' is not an HSK level (1 to 9)"},
        {"milestones", kMilestonesHeader + "DD2020001,HSK,4,350,2023-01-01\n",
         "milestones.csv:2: column 'score': '350' is not an HSK score (0 to 300)"},
        {"milestones", kMilestonesHeader + "DD2020001,THESIS,ok,,2023-01-01\n",
         "milestones.csv:2: column 'level': 'ok' is not an outcome for THESIS (expected passed or failed)"},
        {"milestones", kMilestonesHeader + "DD2020001,HSK,4,200,2099-01-01\n",
         "milestones.csv:2: column 'date': 2099-01-01 is in the future"},
        // exceptions
        {"exceptions", kExceptionsHeader + "DD2020001,CQUPT,ignore,hsk,,because,Dean\n",
         "exceptions.csv:2: column 'kind': 'ignore' is not an exception kind (expected waive, substitute, "
         "force-complete, also-allow)"},
        {"exceptions", kExceptionsHeader + "DD2020001,RUTS,substitute,sp,,course cancelled,Chair\n",
         "exceptions.csv:2: column 'course_code': a substitute exception names the course it is about"},
        {"exceptions", kExceptionsHeader + "DD2020001,RUTS,waive,fe,,,Chair\n",
         "exceptions.csv:2: column 'reason': is required"},
    };
    for (const ErrorCase& c : cases) {
        const QString kind = QString::fromLatin1(c.kind);
        INFO(c.kind << ": " << c.csv.constData());
        CHECK(importCsv(t.db(), kind, c.csv).toStdString() == std::string(c.expected));
    }
    CHECK(t.count(QStringLiteral("students")) == ddtest::kDemoStudents);
    CHECK(t.count(QStringLiteral("import_runs")) == 6); // the demo's own imports only
}

TEST_CASE("Header problems are refused before any row is read", "[import]")
{
    ddtest::TempDatabase t;
    CHECK(importCsv(t.db(), QStringLiteral("results"), "student_id,institution,course_code,term,mark\n").toStdString()
          == "results.csv:1: column 'attempt': the column is missing from the header");
    CHECK(importCsv(t.db(), QStringLiteral("results"), "student_id,institution,course_code,term,mark,attempt,grade\n")
              .toStdString()
          == "results.csv:1: column 'grade': unknown column (the columns of a results file are "
             "student_id,institution,course_code,term,mark,attempt)");
    CHECK(importCsv(t.db(), QStringLiteral("results"),
                    "student_id,student_id,institution,course_code,term,mark,attempt\n")
              .toStdString()
          == "results.csv:1: column 'student_id': the column is named twice");
    CHECK(
        importCsv(t.db(), QStringLiteral("results"), "").startsWith(QStringLiteral("results.csv: the file is empty")));
    CHECK(importCsv(t.db(), QStringLiteral("results"), kResultsHeader + "a,\"b\n")
              .startsWith(QStringLiteral("results.csv: line 2: a quoted field is not closed")));
    // Columns may come in any order, and a BOM and CRLF are fine.
    CHECK(importCsv(t.db(), QStringLiteral("students"),
                    QByteArray("\xEF\xBB\xBF")
                        + "status,cohort,email,passport_no,nationality,date_of_birth,name_th,name_zh,given_name,family_"
                          "name,ruts_no,cqupt_no,student_id\r\n"
                        + "active,2024,,,TH,2006-02-03,,,Anan,Boonmee,,,DD2024001\r\n")
              .isEmpty());
    CHECK(t.count(QStringLiteral("students")) == 1);
}

TEST_CASE("An error on the last row leaves the database unchanged", "[import][atomic]")
{
    ddtest::TempDatabase t(true);
    const int results = t.count(QStringLiteral("results"));
    const int terms = t.count(QStringLiteral("terms"));
    const QByteArray csv = kResultsHeader
        + "DD2020001,CQUPT,MAJ301,2024-2025-1,90,retake\n"
          "DD2020002,CQUPT,MAJ301,2024-2025-1,91,retake\n"
          "DD2020003,RUTS,SP201,1/2567,B,retake\n"
          "DD2020004,CQUPT,MAJ301,2024-2025-1,900,retake\n";
    CHECK(importCsv(t.db(), QStringLiteral("results"), csv).startsWith(QStringLiteral("results.csv:5: column 'mark'")));
    CHECK(t.count(QStringLiteral("results")) == results);
    CHECK(t.count(QStringLiteral("terms")) == terms);
}

TEST_CASE("A write failing on the last row rolls back the rows before it", "[import][atomic]")
{
    ddtest::TempDatabase t(true);
    const int results = t.count(QStringLiteral("results"));
    const int terms = t.count(QStringLiteral("terms"));
    const int runs = t.count(QStringLiteral("import_runs"));
    // Make the database itself refuse the last insert, after validation has passed.
    QSqlQuery q(t.db().connection());
    if (t.db().dialect() == Database::Dialect::PostgreSQL) {
        REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION refuse_last() RETURNS trigger LANGUAGE plpgsql AS"
                                      " 'BEGIN IF NEW.mark = ''77'' THEN RAISE EXCEPTION ''the device is full'';"
                                      " END IF; RETURN NEW; END'")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE INSERT ON results FOR EACH ROW"
                                      " EXECUTE FUNCTION refuse_last()")));
    } else {
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON main.results WHEN"
                                      " NEW.mark = '77' BEGIN SELECT RAISE(ABORT, 'the device is full'); END")));
    }
    const QByteArray csv = kResultsHeader
        + "DD2020001,CQUPT,MAJ301,2024-2025-1,90,retake\n"
          "DD2020002,CQUPT,MAJ302,2024-2025-1,91,retake\n"
          "DD2020003,CQUPT,MAJ303,2024-2025-1,77,retake\n";
    const QString error = importCsv(t.db(), QStringLiteral("results"), csv);
    CHECK(error.contains(QStringLiteral("nothing was imported")));
    CHECK(error.contains(QStringLiteral("the device is full")));
    CHECK(t.count(QStringLiteral("results")) == results);
    CHECK(t.count(QStringLiteral("terms")) == terms);
    CHECK(t.count(QStringLiteral("import_runs")) == runs);
}

TEST_CASE("A dry run reports the changes and writes nothing", "[import]")
{
    ddtest::TempDatabase t(true);
    std::unique_ptr<Importer> importer = Importers::create(QStringLiteral("students"), t.db());
    Importer::Options options;
    options.dryRun = true;
    ImportReport report;
    const QByteArray changed = ddtest::readFile(ddtest::sourceDataDir() + QStringLiteral("/demo/students.csv"))
                                   .replace("thitima.nuchnoi1@students.example.edu", "thitima@example.edu");
    REQUIRE(importer->run(changed + kGoodStudent.trimmed() + ",\n", QStringLiteral("students.csv"), options, &report));
    CHECK(report.dryRun);
    CHECK_FALSE(report.written);
    CHECK(report.rows == 101);
    CHECK(report.inserted == 1);
    CHECK(report.updated == 1);
    CHECK(report.unchanged == ddtest::kDemoStudents - 1);
    CHECK(report.changes.contains(QStringLiteral("add student DD2024001")));
    CHECK(report.changes.contains(QStringLiteral("change student DD2020001")));
    CHECK(report.summary().contains(QStringLiteral("dry run, nothing written")));
    CHECK(t.count(QStringLiteral("students")) == ddtest::kDemoStudents);
}

TEST_CASE("Importing the same file twice changes nothing the second time", "[import]")
{
    ddtest::TempDatabase t(true);
    for (const QString& kind : Importers::kinds()) {
        const QByteArray csv = ddtest::readFile(QStringLiteral("%1/demo/%2.csv").arg(ddtest::sourceDataDir(), kind));
        std::unique_ptr<Importer> importer = Importers::create(kind, t.db());
        ImportReport report;
        REQUIRE(importer->run(csv, kind + QStringLiteral(".csv"), Importer::Options(), &report));
        INFO(kind.toStdString());
        CHECK(report.inserted == 0);
        CHECK(report.updated == 0);
        CHECK(report.unchanged == report.rows);
        CHECK_FALSE(report.written);
    }
}

TEST_CASE("A changed mark is a grade change and needs a reason", "[import]")
{
    ddtest::TempDatabase t(true);
    const QByteArray csv = kResultsHeader + "DD2020001,CQUPT,MAJ301,2022-2023-1,88,\n";
    const QString refusal = importCsv(t.db(), QStringLiteral("results"), csv);
    CHECK(refusal.startsWith(QStringLiteral("results.csv:2: column 'mark': the recorded mark is ")));
    CHECK(refusal.endsWith(QStringLiteral("changing it to 88 is a grade change and needs a reason (--reason)")));
    CHECK(t.count(QStringLiteral("grade_changes")) == 0);

    CHECK(importCsv(t.db(), QStringLiteral("results"), csv, false, QStringLiteral("re-marked after appeal")).isEmpty());
    Error error;
    const std::optional<CourseResult> r
        = ResultRepository(t.db()).find(QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QStringLiteral("MAJ301"),
                                        QStringLiteral("2022-2023-1"), Attempt::Regular, &error);
    REQUIRE(r);
    CHECK(r->mark == QStringLiteral("88"));
    const auto changes = ResultRepository(t.db()).gradeChanges(r->id, &error);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().reason == QStringLiteral("re-marked after appeal"));
}

TEST_CASE("The first mark of an in-progress course needs no reason", "[import]")
{
    ddtest::TempDatabase t(true);
    Error error;
    const std::optional<CourseResult> before
        = ResultRepository(t.db()).find(QStringLiteral("DD2023001"), QStringLiteral("CQUPT"), QStringLiteral("MAJ309"),
                                        QStringLiteral("2026-2027-1"), Attempt::Regular, &error);
    REQUIRE(before);
    CHECK(before->mark.isEmpty());
    CHECK(importCsv(t.db(), QStringLiteral("results"), kResultsHeader + "DD2023001,CQUPT,MAJ309,2026-2027-1,良好,\n")
              .isEmpty());
    CHECK(ResultRepository(t.db())
              .find(QStringLiteral("DD2023001"), QStringLiteral("CQUPT"), QStringLiteral("MAJ309"),
                    QStringLiteral("2026-2027-1"), Attempt::Regular, &error)
              ->mark
          == QStringLiteral("良好"));
}

TEST_CASE("A changed equivalency row becomes a new version", "[import]")
{
    ddtest::TempDatabase t(true);
    const int before = t.count(QStringLiteral("equivalencies"));
    CHECK(importCsv(t.db(), QStringLiteral("equivalencies"),
                    kEquivalenciesHeader + "RUTS,SP203,CQUPT,BAS102,retired,2020,2023,Replaced by the 2024 catalogue\n")
              .isEmpty());
    CHECK(t.count(QStringLiteral("equivalencies")) == before + 1);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT version, status FROM equivalencies WHERE rule_key = 'RUTS:SP203>CQUPT:BAS102' ORDER BY version")));
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QStringLiteral("approved"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(q.value(1).toString() == QStringLiteral("retired"));
}

TEST_CASE("Names, titles, notes and reasons are bounded and refuse invisible or reordering characters",
          "[import][limits]")
{
    ddtest::TempDatabase t(true);
    const QByteArray longName(150, 'A');
    const QByteArray rlo = QStringLiteral("\u202E").toUtf8();
    const ErrorCase cases[] = {
        {"students", kStudentsHeader + "DD2024001,,,Boonmee," + longName + ",,,2006-02-03,TH,,,2024,active\n",
         "students.csv:2: column 'given_name': is 150 characters long; at most 100 are allowed"},
        {"students", kStudentsHeader + "DD2024001,,,Boon" + rlo + "mee,Anan,,,2006-02-03,TH,,,2024,active\n",
         "students.csv:2: column 'family_name': has a bidirectional control (U+202E) at position 5, which can make"
         " the text read differently from how it is stored"},
        {"students",
         kStudentsHeader
             + "DD2024001,,,Boonmee,An\x07"
               "an,,,2006-02-03,TH,,,2024,active\n",
         "students.csv:2: column 'given_name': has a control character (U+0007) at position 3"},
        {"students",
         kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,\"" + QByteArray(250, 'a')
             + "@example.edu\",2024,active\n",
         "students.csv:2: column 'email': is 262 characters long; at most 254 are allowed"},
        {"courses", kCoursesHeader + "RUTS,SP999," + QByteArray(201, 'T') + ",,,3,45,0,90,SP,graded\n",
         "courses.csv:2: column 'title_en': is 201 characters long; at most 200 are allowed"},
        {"courses", kCoursesHeader + "RUTS,SP999,Data \xEF\xBF\xBF Mining,,,3,45,0,90,SP,graded\n",
         "courses.csv:2: column 'title_en': has an invisible or non-text character (U+FFFF) at position 6"},
        {"equivalencies",
         kEquivalenciesHeader + "CQUPT,MAJ301,RUTS,SP301,proposed,2020,," + QByteArray(2001, 'n') + "\n",
         "equivalencies.csv:2: column 'note': is 2001 characters long; at most 2000 are allowed"},
        {"exceptions", kExceptionsHeader + "DD2020001,RUTS,waive,fe,,\"" + QByteArray(1001, 'r') + "\",Chair\n",
         "exceptions.csv:2: column 'reason': is 1001 characters long; at most 1000 are allowed"},
        {"students",
         kStudentsHeader + "DD2024001,,,Boonmee,\"" + QByteArray(4001, 'A') + "\",,,2006-02-03,TH,,,2024,active\n",
         "students.csv: line 2, field 5: longer than 4000 characters"},
    };
    for (const ErrorCase& c : cases) {
        const QString kind = QString::fromLatin1(c.kind);
        INFO(c.kind << ": " << c.csv.left(200).constData());
        CHECK(importCsv(t.db(), kind, c.csv).toStdString() == std::string(c.expected));
    }
    // A multi-line reason is a paragraph: accepted.
    CHECK(importCsv(t.db(), QStringLiteral("exceptions"),
                    kExceptionsHeader
                        + "DD2020001,RUTS,waive,fe,,\"Course cancelled.\nApproved in the meeting.\",Chair\n")
              .isEmpty());
    CHECK(importCsv(t.db(), QStringLiteral("results"), kResultsHeader, false, QString(1001, QLatin1Char('r')))
              .contains(QStringLiteral("the reason is 1001 characters long")));
}

TEST_CASE("A national ID is optional, checked for TH and CN, unique, and kept by files without the column",
          "[import][national-id]")
{
    ddtest::TempDatabase t(true);
    const QByteArray header = kStudentsHeader.trimmed() + ",national_id\n";
    const ErrorCase cases[] = {
        {"students", header + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,2024,active,1101700230704\n",
         "students.csv:2: column 'national_id': '1101700230704' is not a Thai national ID: its check digit should be "
         "8"},
        {"students", header + "DD2024001,,,Wang,Lei,王磊,,2006-02-03,CN,,,2024,active,11010519491231002X\n",
         "students.csv:2: column 'national_id': the resident ID gives the birth date 1949-12-31, not the date of birth"
         " 2006-02-03"},
        {"students", header + "DD2024001,,,Sisavang,Noy,,,2006-02-03,LA,,,2024,active,1101700230708\n",
         "students.csv:2: column 'national_id': a national ID is recorded for nationality TH or CN only, not LA"},
    };
    for (const ErrorCase& c : cases) {
        INFO(c.csv.constData());
        CHECK(importCsv(t.db(), QString::fromLatin1(c.kind), c.csv).toStdString() == std::string(c.expected));
    }
    REQUIRE(importCsv(t.db(), QStringLiteral("students"),
                      header
                          + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,,2024,active,1101700230708\n"
                            "DD2024002,,,Wang,Lei,王磊,,1949-12-31,CN,,,2024,active,11010519491231002X\n")
                .isEmpty());
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT national_id FROM students WHERE student_id = 'DD2024002'"))
              .toString()
          == QStringLiteral("11010519491231002X"));
    // Another student with the same ID is refused.
    CHECK(importCsv(t.db(), QStringLiteral("students"),
                    header + "DD2024003,,,Boonmee,Anon,,,2006-02-03,TH,,,2024,active,1101700230708\n")
          == QStringLiteral("students.csv:2: column 'national_id': belongs to student DD2024001 already"));
    // A file without the column changes the e-mail and keeps the ID.
    REQUIRE(importCsv(t.db(), QStringLiteral("students"),
                      kStudentsHeader + "DD2024001,,,Boonmee,Anan,,,2006-02-03,TH,,anan@example.edu,2024,active\n")
                .isEmpty());
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT national_id FROM students WHERE student_id = 'DD2024001'"))
              .toString()
          == QStringLiteral("1101700230708"));
    // The demo's national IDs came in with the demo and all check.
    CHECK(ddtest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM students WHERE national_id <> ''")).toInt() > 50);
}

TEST_CASE("The database itself refuses text beyond the limits, whatever writes it", "[import][limits]")
{
    ddtest::TempDatabase t(true);
    QSqlQuery q(t.db().connection());
    // Written past the checks, as a script through our own connection would.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE students SET family_name = '%1' WHERE student_id = 'DD2020001'")
                           .arg(QString(101, QLatin1Char('x')))));
    CHECK(q.lastError().text().contains(QStringLiteral("family_name"))); // the trigger's or the CHECK's name
    CHECK_FALSE(q.exec(
        QStringLiteral("UPDATE courses SET title_th = '%1' WHERE code = 'SP301'").arg(QString(201, QLatin1Char('x')))));
    CHECK(q.lastError().text().contains(QStringLiteral("title_th")));
    CHECK(q.exec(QStringLiteral("UPDATE students SET family_name = '%1' WHERE student_id = 'DD2020001'")
                     .arg(QString(100, QLatin1Char('x')))));
}
