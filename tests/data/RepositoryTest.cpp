// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoFacts.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/ExceptionRepository.h"
#include "data/repositories/MilestoneRepository.h"
#include "data/repositories/PolicyRepository.h"
#include "data/repositories/ProgrammeRepository.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/repositories/TermRepository.h"
#include "data/repositories/TranscriptIssueRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/repositories/UserRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace dd;

namespace {

Student sampleStudent(const QString& id)
{
    Student s;
    s.studentId = id;
    s.cquptNo = id + QStringLiteral("C");
    s.rutsNo = id + QStringLiteral("R");
    s.familyName = QStringLiteral("Phuengphum");
    s.givenName = QStringLiteral("Namfon");
    s.nameTh = QStringLiteral("น้ำฝน ผึ้งภูมิ");
    s.nameZh = QStringLiteral("南芳");
    s.dateOfBirth = QDate(2002, 3, 4);
    s.nationality = QStringLiteral("TH");
    s.passportNo = QStringLiteral("AA1234567");
    s.email = QStringLiteral("namfon@students.example.edu");
    s.cohort = 2021;
    return s;
}

Course sampleCourse(const QString& institution, const QString& code)
{
    Course c;
    c.institution = institution;
    c.code = code;
    c.titleEn = QStringLiteral("Data Structures");
    c.titleZh = QStringLiteral("数据结构");
    c.creditsHalves = 7;
    c.lectureHours = 48;
    c.labHours = 24;
    c.selfStudyHours = 48;
    c.category = institution == QLatin1String("CQUPT") ? QStringLiteral("BAS") : QStringLiteral("SP");
    return c;
}

} // namespace

TEST_CASE("Students round-trip, with Thai and Chinese names", "[repository]")
{
    ddtest::TempDatabase t;
    StudentRepository repo(t.db());
    Student s = sampleStudent(QStringLiteral("DD2021900"));
    Error error;
    REQUIRE(repo.insert(s, &error));
    CHECK(s.id > 0);
    CHECK(s.rowVersion == 1);
    const std::optional<Student> back = repo.find(QStringLiteral("DD2021900"), &error);
    REQUIRE(back);
    CHECK(back->sameContent(s));
    CHECK(back->nameTh == QStringLiteral("น้ำฝน ผึ้งภูมิ"));
    CHECK_FALSE(repo.find(QStringLiteral("DD0000000"), &error).has_value());
    CHECK(!error.isSet());

    Student dup = sampleStudent(QStringLiteral("DD2021900"));
    CHECK_FALSE(repo.insert(dup, &error));
    CHECK(error.message().contains(QStringLiteral("unique"), Qt::CaseInsensitive));
}

TEST_CASE("A second save of a stale student is refused as a conflict", "[repository][conflict]")
{
    ddtest::TempDatabase t;
    StudentRepository repo(t.db());
    Student s = sampleStudent(QStringLiteral("DD2021901"));
    Error error;
    REQUIRE(repo.insert(s, &error));
    Student first = *repo.find(s.studentId, &error);
    Student second = first;
    first.email = QStringLiteral("first@example.edu");
    second.email = QStringLiteral("second@example.edu");
    REQUIRE(repo.update(first, &error));
    CHECK(first.rowVersion == 2);
    CHECK_FALSE(repo.update(second, &error));
    CHECK(error.is(Error::Kind::Conflict));
    CHECK(error.message().contains(QStringLiteral("changed or deleted by someone else")));
    CHECK(repo.find(s.studentId, &error)->email == QStringLiteral("first@example.edu"));

    // A stale delete is refused too.
    CHECK_FALSE(repo.remove(second, &error));
    CHECK(error.is(Error::Kind::Conflict));
    REQUIRE(repo.remove(first, &error));
    CHECK_FALSE(repo.find(s.studentId, &error).has_value());
}

TEST_CASE("Student search binds its text and matches every script", "[repository]")
{
    ddtest::TempDatabase t(true);
    StudentRepository repo(t.db());
    Error error;
    CHECK(repo.search(QString(), 0, &error).size() == ddtest::kDemoStudents);
    CHECK(repo.search(QString(), 2021, &error).size() == 26);
    const QList<Student> thai = repo.search(QStringLiteral("ผึ้งภูมิ"), 0, &error);
    REQUIRE_FALSE(thai.isEmpty());
    for (const Student& s : thai) {
        CHECK(s.nameTh.contains(QStringLiteral("ผึ้งภูมิ")));
    }
    CHECK(repo.search(QStringLiteral("王浩"), 0, &error).size() >= 1);
    CHECK(repo.search(QStringLiteral("DD2020001"), 0, &error).size() == 1);
    // LIKE wildcards and quotes in the text are literal.
    CHECK(repo.search(QStringLiteral("%"), 0, &error).isEmpty());
    CHECK(repo.search(QStringLiteral("_"), 0, &error).isEmpty());
    CHECK(repo.search(QStringLiteral("' OR 1=1 --"), 0, &error).isEmpty());
    CHECK(!error.isSet());
    CHECK(repo.cohorts(&error) == QList<int> {2020, 2021, 2022, 2023});
}

TEST_CASE("Attack: control and invisible characters in the search text separate words, never fail the search",
          "[repository][attack][unicode]")
{
    ddtest::TempDatabase t(true);
    StudentRepository repo(t.db());
    Error error;
    const int plain = int(repo.search(QStringLiteral("DD2020001"), 0, &error).size());
    REQUIRE(plain == 1);
    for (const QChar odd : {QChar(0), QChar(0x1b), QChar(0xFEFF), QChar(0xFFFF), QChar(0x202E)}) {
        INFO(int(odd.unicode()));
        error = Error();
        CHECK(repo.search(QStringLiteral("DD2020001") + odd, 0, &error).size() == plain);
        CHECK(repo.searchCount(odd + QStringLiteral("DD2020001"), 0, &error) == plain);
        CHECK_FALSE(error.isSet());
    }
}

TEST_CASE("Courses round-trip and detect conflicts", "[repository][conflict]")
{
    ddtest::TempDatabase t;
    CourseRepository repo(t.db());
    Course c = sampleCourse(QStringLiteral("CQUPT"), QStringLiteral("BAS900"));
    Error error;
    REQUIRE(repo.insert(c, &error));
    std::optional<Course> back = repo.find(QStringLiteral("CQUPT"), QStringLiteral("BAS900"), &error);
    REQUIRE(back);
    CHECK(back->sameContent(c));
    CHECK(back->creditsHalves == 7);
    Course stale = *back;
    back->titleEn = QStringLiteral("Data Structures and Algorithms");
    REQUIRE(repo.update(*back, &error));
    CHECK_FALSE(repo.update(stale, &error));
    CHECK(error.is(Error::Kind::Conflict));
    CHECK(repo.all(QStringLiteral("CQUPT"), &error).size() == 1);
    CHECK(repo.all(QStringLiteral("RUTS"), &error).isEmpty());
}

TEST_CASE("Results: insert, grade change with reason, delete refused while referenced", "[repository]")
{
    ddtest::TempDatabase t;
    Error error;
    Student s = sampleStudent(QStringLiteral("DD2021902"));
    REQUIRE(StudentRepository(t.db()).insert(s, &error));
    Course c = sampleCourse(QStringLiteral("CQUPT"), QStringLiteral("BAS901"));
    REQUIRE(CourseRepository(t.db()).insert(c, &error));
    TermInfo term;
    term.code = QStringLiteral("2023-2024-1");
    term.academicYear = 2023;
    term.semester = 1;
    term.startDate = QDate(2023, 9, 1);
    term.endDate = QDate(2024, 1, 20);
    TermRepository terms(t.db());
    const qint64 termId = terms.ensure(QStringLiteral("CQUPT"), term, &error);
    REQUIRE(termId > 0);
    CHECK(terms.ensure(QStringLiteral("CQUPT"), term, &error) == termId);

    ResultRepository results(t.db());
    CourseResult r;
    r.studentId = s.studentId;
    r.institution = QStringLiteral("CQUPT");
    r.courseCode = c.code;
    r.term = term.code;
    r.mark = QStringLiteral("55");
    REQUIRE(results.insert(r, &error));
    CHECK(r.recordedBy == DatabaseSetup::defaultAdministrator());

    CourseResult makeup = r;
    makeup.attempt = Attempt::Makeup;
    makeup.mark = QStringLiteral("66");
    REQUIRE(results.insert(makeup, &error));
    CHECK(results.forStudent(s.studentId, &error).size() == 2);

    CourseResult unknown = r;
    unknown.courseCode = QStringLiteral("NOPE");
    CHECK_FALSE(results.insert(unknown, &error));
    CHECK(error.message().contains(QStringLiteral("unknown student, course or term")));

    CHECK_FALSE(results.changeMark(r, QStringLiteral("58"), QString(), &error));
    CHECK(error.message().contains(QStringLiteral("needs a reason")));
    REQUIRE(results.changeMark(r, QStringLiteral("58"), QStringLiteral("exam re-marked"), &error));
    const std::optional<CourseResult> back
        = results.find(s.studentId, QStringLiteral("CQUPT"), c.code, term.code, Attempt::Regular, &error);
    REQUIRE(back);
    CHECK(back->mark == QStringLiteral("58"));
    CHECK(back->rowVersion == 2);
    const auto changes = results.gradeChanges(r.id, &error);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().oldMark == QStringLiteral("55"));
    CHECK(changes.first().reason == QStringLiteral("exam re-marked"));

    const Student stored = *StudentRepository(t.db()).find(s.studentId, &error);
    StudentRepository::Holdings held;
    REQUIRE(StudentRepository(t.db()).holdings(stored, &held, &error));
    CHECK(held.results == 2);
    CHECK_FALSE(StudentRepository(t.db()).remove(stored, &error));
    CHECK(error.message().contains(QStringLiteral("2 results")));
    // Below the repository, the foreign key refuses it too.
    QSqlQuery raw(t.db().connection());
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM students WHERE id = %1").arg(stored.id)));
    CHECK(raw.lastError().text().contains(QStringLiteral("foreign key"), Qt::CaseInsensitive));
}

TEST_CASE("Equivalencies only ever gain versions", "[repository]")
{
    ddtest::TempDatabase t;
    Error error;
    Course source = sampleCourse(QStringLiteral("RUTS"), QStringLiteral("SP901"));
    Course target = sampleCourse(QStringLiteral("CQUPT"), QStringLiteral("BAS902"));
    REQUIRE(CourseRepository(t.db()).insert(source, &error));
    REQUIRE(CourseRepository(t.db()).insert(target, &error));
    EquivalencyRepository repo(t.db());
    Equivalency e;
    e.fromInstitution = QStringLiteral("RUTS");
    e.fromCodes = {QStringLiteral("SP901")};
    e.toInstitution = QStringLiteral("CQUPT");
    e.toCodes = {QStringLiteral("BAS902")};
    e.status = QStringLiteral("proposed");
    e.validFromCohort = 2020;
    REQUIRE(repo.addVersion(e, &error));
    CHECK(e.version == 1);
    CHECK(e.decidedBy.isEmpty());

    Equivalency approved = e;
    approved.status = QStringLiteral("approved");
    REQUIRE(repo.addVersion(approved, &error));
    CHECK(approved.version == 2);
    CHECK(approved.lineageId == e.id);
    CHECK(approved.decidedBy == DatabaseSetup::defaultAdministrator());

    const QList<Equivalency> history = repo.history(e.id, &error);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).status == QStringLiteral("proposed")); // the old decision stays readable
    CHECK(history.at(1).status == QStringLiteral("approved"));
    const QList<Equivalency> current = repo.current(&error);
    REQUIRE(current.size() == 1);
    CHECK(current.first().version == 2);
    CHECK(current.first().fromCodes == QStringList {QStringLiteral("SP901")});

    Equivalency block = e;
    block.toCodes.clear();
    block.blockCategory = QStringLiteral("GEN");
    block.blockCreditsHalves = 6;
    REQUIRE(repo.addVersion(block, &error));
    CHECK(block.version == 1);
    CHECK(repo.findById(block.id, &error)->toSpec() == QStringLiteral("GEN:3"));
}

TEST_CASE("Milestones, exceptions, transfers and transcript issues round-trip", "[repository]")
{
    ddtest::TempDatabase t(true);
    Error error;
    const QString sid = QStringLiteral("DD2020001");

    MilestoneRepository milestones(t.db());
    Milestone m;
    m.studentId = sid;
    m.kind = QStringLiteral("HSK");
    m.level = QStringLiteral("6");
    m.score = 250;
    m.date = QDate(2024, 12, 1);
    REQUIRE(milestones.insert(m, &error));
    CHECK(milestones.find(sid, QStringLiteral("HSK"), QDate(2024, 12, 1), &error)->score == 250);
    m.score = 255;
    REQUIRE(milestones.update(m, &error));
    CHECK(milestones.find(sid, QStringLiteral("HSK"), QDate(2024, 12, 1), &error)->score == 255);

    ExceptionRepository exceptions(t.db());
    StudentException x;
    x.studentId = sid;
    x.institution = QStringLiteral("RUTS");
    x.kind = QStringLiteral("substitute");
    x.requirement = QStringLiteral("sp");
    x.courseCode = QStringLiteral("SP215");
    x.reason = QStringLiteral("Course not offered in 2/2564");
    x.approvedBy = QStringLiteral("Programme chair");
    REQUIRE(exceptions.insert(x, &error));
    REQUIRE(exceptions.findActive(x, &error));
    REQUIRE(exceptions.revoke(x, &error));
    CHECK_FALSE(exceptions.findActive(x, &error).has_value());
    CHECK(exceptions.forStudent(sid, &error).last().revoked);

    const QList<Equivalency> rules = EquivalencyRepository(t.db()).current(&error);
    REQUIRE_FALSE(rules.isEmpty());
    const CourseResult source = ResultRepository(t.db()).forStudent(sid, &error).first();
    TransferCreditRepository transfers(t.db());
    TransferCredit tc;
    tc.studentId = sid;
    tc.equivalencyId = rules.first().id;
    tc.toInstitution = QStringLiteral("CQUPT");
    tc.targetCategory = QStringLiteral("GEN");
    tc.creditsHalves = 6;
    tc.convertedGrade = QStringLiteral("95");
    tc.conversionTable = QStringLiteral("RUTS-to-CQUPT");
    tc.conversionVersion = QStringLiteral("2020.1");
    tc.asOf = QDate(2021, 3, 31);
    tc.sourceResultIds = {source.id};
    REQUIRE(transfers.insert(tc, &error));
    CHECK_FALSE(transfers.reverse(tc, QString(), &error));
    REQUIRE(transfers.reverse(tc, QStringLiteral("entered for the wrong student"), &error));
    const std::optional<TransferCredit> stored = transfers.findById(tc.id, &error);
    REQUIRE(stored);
    CHECK(stored->status == QStringLiteral("reversed"));
    CHECK(stored->reason == QStringLiteral("entered for the wrong student"));
    CHECK(stored->reversedBy == t.db().session().username());
    CHECK(stored->reversedAt.isValid());
    CHECK(stored->sourceResultIds == QList<qint64> {source.id});
    CHECK(stored->conversionVersion == QStringLiteral("2020.1"));
    CHECK(stored->equivalencyVersion == 1);
    CHECK(transfers.forStudent(sid, &error).last().id == tc.id);
    CHECK_FALSE(transfers.reverse(tc, QStringLiteral("twice"), &error));

    TranscriptIssueRepository issues(t.db());
    TranscriptIssue ti;
    ti.studentId = sid;
    ti.institution = QStringLiteral("RUTS");
    ti.language = QStringLiteral("en-th");
    ti.recipient = QStringLiteral("Graduate admissions");
    ti.contentDigest = QStringLiteral("ab");
    ti.verificationCode = QStringLiteral("DD-TEST-0001");
    ti.canonicalContent = QStringLiteral("{}");
    REQUIRE(issues.insert(ti, &error));
    CHECK(issues.findByCode(QStringLiteral("DD-TEST-0001"), &error)->recipient
          == QStringLiteral("Graduate admissions"));
    CHECK_FALSE(issues.findByCode(QStringLiteral("nope"), &error).has_value());
}

TEST_CASE("Users, programmes and stored policies", "[repository]")
{
    ddtest::TempDatabase t;
    Error error;
    UserRepository users(t.db());
    User u;
    u.username = QStringLiteral("registrar.cq");
    u.role = QStringLiteral("cqupt_registrar");
    REQUIRE(users.insert(u, QString(), &error));
    CHECK(users.find(QStringLiteral("registrar.cq"), &error)->role == QStringLiteral("cqupt_registrar"));
    User bad;
    bad.username = QStringLiteral("x");
    bad.role = QStringLiteral("superuser");
    CHECK_FALSE(users.insert(bad, QString(), &error));
    CHECK(users.all(&error).size() == 2);
    CHECK_FALSE(DatabaseSetup::actAs(t.db(), QStringLiteral("nobody"), &error));
    CHECK(error.message().contains(QStringLiteral("unknown user")));

    ProgrammeRepository programmes(t.db());
    CHECK(programmes.all(&error).size() == 10);
    CHECK(programmes.find(QStringLiteral("RUTS-CS-2022"), &error)->catalogueYear == 2022);

    PolicySet policies;
    REQUIRE(PolicyRepository(t.db()).load(&policies, &error));
    CHECK(policies.institutionCodes() == QStringList {QStringLiteral("CQUPT"), QStringLiteral("RUTS")});
    REQUIRE(policies.conversion(QStringLiteral("RUTS"), QStringLiteral("CQUPT")));
    CHECK(policies.conversion(QStringLiteral("RUTS"), QStringLiteral("CQUPT"))->version() == QStringLiteral("2020.1"));
    // Loading the same files again stores nothing new.
    const int before = t.count(QStringLiteral("policies"));
    QStringList log;
    REQUIRE(DatabaseSetup::loadRegulations(t.db(), ddtest::sourceDataDir(), &log, &error));
    CHECK(t.count(QStringLiteral("policies")) == before);
}
