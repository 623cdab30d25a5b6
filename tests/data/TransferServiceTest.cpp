// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/TransferService.h"
#include "TestSupport.h"
#include "data/db/Database.h"
#include "data/repositories/AuditLoader.h"
#include "data/repositories/EquivalencyRepository.h"
#include "data/repositories/TransferCreditRepository.h"
#include "data/repositories/UserRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace dd;
using ddtest::importCsv;
using Reason = TransferCandidate::Reason;

namespace {

const QByteArray kStudents
    = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,passport_no,email,"
      "cohort,status\n"
      "DD2020001,2020210001,6334040001,Boonmee,Anan,,อนันต์ บุญมี,2002-02-03,TH,AA1111111,anan@example.edu,2020,active\n"
      "DD2020002,2020210002,6334040002,Wang,Lei,王磊,,2002-05-06,CN,E22222222,lei@example.edu,2020,active\n";
const QByteArray kCourses
    = "institution,code,title_en,title_zh,title_th,credits,lecture_hours,lab_hours,self_study_hours,category,grading\n"
      "CQUPT,MAJ301,Operating Systems,操作系统,,3,48,0,48,MAJ,graded\n"
      "CQUPT,MAJ302,Computer Networks,计算机网络,,3,32,24,48,MAJ,graded\n"
      "CQUPT,MAJ303,Compilers,编译原理,,3,48,0,48,MAJ,graded\n"
      "CQUPT,BAS101,Advanced Mathematics,高等数学,,5,80,0,80,BAS,graded\n"
      "RUTS,SP301,Operating Systems,,ระบบปฏิบัติการ,3,45,0,90,SP,graded\n"
      "RUTS,SP302,Computer Networks,,เครือข่ายคอมพิวเตอร์,3,30,30,75,SP,graded\n"
      "RUTS,SP201,Calculus I,,แคลคูลัส 1,3,45,0,90,SP,graded\n"
      "RUTS,SP202,Calculus II,,แคลคูลัส 2,3,45,0,90,SP,graded\n";
const QByteArray kResults = "student_id,institution,course_code,term,mark,attempt\n"
                            "DD2020001,CQUPT,MAJ301,2021-2022-1,85,\n"
                            "DD2020001,CQUPT,MAJ302,2021-2022-1,65,\n"
                            "DD2020001,RUTS,SP201,1/2563,B+,\n"
                            "DD2020001,RUTS,SP202,2/2563,C,\n"
                            "DD2020002,CQUPT,MAJ301,2021-2022-1,72,\n";
const QByteArray kEquivalenciesHeader
    = "from_institution,from_codes,to_institution,to_codes,status,valid_from_cohort,valid_to_cohort,note\n";
const QByteArray kEquivalencies = kEquivalenciesHeader
    + "CQUPT,MAJ301,RUTS,SP301,approved,2020,,\n"
      "CQUPT,MAJ302,RUTS,SP302,approved,2020,,\n"
      "RUTS,SP201+SP202,CQUPT,BAS101,approved,2020,,\n"
      "CQUPT,MAJ303,RUTS,SP:3,proposed,2020,,\n";

struct Fixture
{
    ddtest::TempDatabase t;
    TransferService service {t.db()};

    Fixture()
    {
        for (const auto& [kind, csv] :
             {std::make_pair("students", kStudents), std::make_pair("courses", kCourses),
              std::make_pair("results", kResults), std::make_pair("equivalencies", kEquivalencies)}) {
            const QString error = importCsv(t.db(), QString::fromLatin1(kind), csv);
            INFO(error.toStdString());
            REQUIRE(error.isEmpty());
        }
        Error error;
        REQUIRE(service.load(&error));
    }

    Equivalency rule(const QString& key)
    {
        for (const Equivalency& e : service.current()) {
            if (e.key() == key) {
                return e;
            }
        }
        FAIL("no equivalency " << key.toStdString());
        return {};
    }

    void actAs(const QString& username, const QString& role)
    {
        UserRepository users(t.db());
        Error error;
        std::optional<User> u = users.find(username, &error);
        if (!u) {
            REQUIRE(DatabaseSetup::actAs(t.db(), DatabaseSetup::defaultAdministrator(), &error));
            User nu;
            nu.username = username;
            nu.role = role;
            REQUIRE(users.insert(nu, QString(), &error));
            u = nu;
        }
        t.db().setActingUser(*u);
    }

    TransferService::StudentTransfers plan(const QString& student, const QString& to, const QDate& asOf)
    {
        TransferService::StudentTransfers out;
        Error error;
        INFO(error.message().toStdString());
        REQUIRE(service.plan(student, to, asOf, &out, &error));
        return out;
    }
};

const TransferCandidate& candidate(const TransferService::StudentTransfers& s, const QString& from)
{
    for (const TransferCandidate& c : s.plan.candidates) {
        if (c.fromSpec() == from) {
            return c;
        }
    }
    FAIL("no candidate from " << from.toStdString());
    return s.plan.candidates.first();
}

const QString kOs = QStringLiteral("CQUPT:MAJ301>RUTS:SP301");

} // namespace

TEST_CASE("A student's transfers are listed with converted grades and refusals", "[transfer]")
{
    Fixture f;
    const TransferService::StudentTransfers s
        = f.plan(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15));
    CHECK(s.programme == QStringLiteral("RUTS-CS-2020"));
    CHECK(s.plan.capHalves == 180);
    REQUIRE(s.plan.candidates.size() == 2);
    const TransferCandidate& os = candidate(s, QStringLiteral("MAJ301"));
    CHECK(os.allowed());
    CHECK(os.convertedGrade == QStringLiteral("B+"));
    CHECK(os.conversionVersion == QStringLiteral("2020.1"));
    CHECK(os.creditsHalves == 6);
    CHECK(os.sources.first().resultId > 0);
    const TransferCandidate& net = candidate(s, QStringLiteral("MAJ302"));
    CHECK(net.reason == Reason::GradeTooLow);
    CHECK(net.detail == QStringLiteral("MAJ302 65 converts to D+, below the minimum C"));

    const TransferService::StudentTransfers late
        = f.plan(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2030, 1, 1));
    CHECK(candidate(late, QStringLiteral("MAJ301")).reason == Reason::TooOld);

    // Many-to-one into CQUPT: the lower of B+ and C converts, to 72.
    const TransferService::StudentTransfers in
        = f.plan(QStringLiteral("DD2020001"), QStringLiteral("CQUPT"), QDate(2024, 1, 15));
    const TransferCandidate& calculus = candidate(in, QStringLiteral("SP201+SP202"));
    CHECK(calculus.allowed());
    CHECK(calculus.convertedGrade == QStringLiteral("72"));
    CHECK(calculus.creditsHalves == 10);

    TransferService::StudentTransfers none;
    Error error;
    CHECK_FALSE(f.service.plan(QStringLiteral("DD1999999"), QStringLiteral("RUTS"), QDate(), &none, &error));
    CHECK(error.message() == QStringLiteral("unknown student DD1999999"));
    CHECK_FALSE(f.service.plan(QStringLiteral("DD2020001"), QStringLiteral("MIT"), QDate(), &none, &error));
    CHECK(error.message().startsWith(QStringLiteral("unknown institution 'MIT'")));
}

TEST_CASE("Applying records the allowed transfers, which feed the audit — a reversal needs a reason", "[transfer]")
{
    Fixture f;
    QList<TransferCredit> applied;
    Error error;
    REQUIRE(f.service.apply(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15), &applied, &error));
    REQUIRE(applied.size() == 1);
    CHECK(applied.first().targetCourseCode == QStringLiteral("SP301"));
    CHECK(applied.first().decidedBy == QStringLiteral("admin"));
    CHECK(applied.first().asOf == QDate(2024, 1, 15));

    TransferService::StudentTransfers s
        = f.plan(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15));
    REQUIRE(s.recorded.size() == 1);
    CHECK(s.recorded.first().fromCodes == QStringList {QStringLiteral("MAJ301")});
    CHECK(s.recorded.first().equivalencyVersion == 1);
    CHECK(s.plan.recordedHalves == 6);
    CHECK(s.plan.allowed().isEmpty()); // nothing is offered twice

    // Applying again records nothing new.
    REQUIRE(f.service.apply(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15), &applied, &error));
    CHECK(applied.isEmpty());
    CHECK(f.t.count(QStringLiteral("transfer_credits")) == 1);

    StudentRecord record;
    REQUIRE(AuditLoader(f.t.db()).loadStudent(QStringLiteral("DD2020001"), &record, &error));
    REQUIRE(record.transfers.size() == 1);
    CHECK(record.transfers.first().code == QStringLiteral("SP301"));
    CHECK(record.transfers.first().grade == QStringLiteral("B+"));
    CHECK(record.transfers.first().fromCodes == QStringLiteral("MAJ301"));

    QList<TransferCredit> reversed;
    CHECK_FALSE(f.service.reverse(s.recorded.first().id, QStringLiteral("  "), &reversed, &error));
    CHECK(error.message() == QStringLiteral("reversing a transfer needs a reason"));
    REQUIRE(f.service.reverse(s.recorded.first().id, QStringLiteral("Applied under the wrong catalogue"), &reversed,
                              &error));
    REQUIRE(reversed.size() == 1);
    CHECK(reversed.first().reversedBy == QStringLiteral("admin"));
    CHECK_FALSE(f.service.reverse(s.recorded.first().id, QStringLiteral("again"), &reversed, &error));
    CHECK(error.message().contains(QStringLiteral("already reversed")));

    REQUIRE(AuditLoader(f.t.db()).loadStudent(QStringLiteral("DD2020001"), &record, &error));
    CHECK(record.transfers.isEmpty());
    s = f.plan(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15));
    CHECK(s.plan.allowed().size() == 1); // offered again after the reversal
    CHECK(s.recorded.first().status == QStringLiteral("reversed"));
}

TEST_CASE("Only the receiving institution's side records transfers and decides", "[transfer]")
{
    Fixture f;
    Error error;
    f.actAs(QStringLiteral("cqupt.registrar"), QStringLiteral("cqupt_registrar"));
    QList<TransferCredit> applied;
    CHECK_FALSE(
        f.service.apply(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15), &applied, &error));
    CHECK(error.message() == QStringLiteral("cqupt.registrar (cqupt_registrar) cannot record transfers into RUTS"));
    CHECK(f.t.count(QStringLiteral("transfer_credits")) == 0);

    const Equivalency proposal = f.rule(QStringLiteral("CQUPT:MAJ303>RUTS:SP:3"));
    CHECK(f.service.decisionProblem(proposal, QStringLiteral("approved"))
          == QStringLiteral(
              "cqupt.registrar (cqupt_registrar) cannot decide for RUTS: the receiving institution's side decides"));
    CHECK_FALSE(f.service.decide(proposal, QStringLiteral("approved"), QStringLiteral("ok"), nullptr, &error));

    f.actAs(QStringLiteral("viewer"), QStringLiteral("viewer"));
    CHECK_FALSE(f.service.decisionProblem(proposal, QStringLiteral("approved")).isEmpty());

    f.actAs(QStringLiteral("ruts.coordinator"), QStringLiteral("ruts_coordinator"));
    CHECK_FALSE(f.service.decide(proposal, QStringLiteral("approved"), QString(), nullptr, &error));
    CHECK(error.message() == QStringLiteral("a decision on an equivalency needs a reason"));
    Equivalency decided;
    REQUIRE(f.service.decide(proposal, QStringLiteral("approved"), QStringLiteral("Syllabus matches SP electives"),
                             &decided, &error));
    CHECK(decided.version == 2);
    CHECK(decided.status == QStringLiteral("approved"));
    CHECK(decided.decidedBy == QStringLiteral("ruts.coordinator"));
    CHECK(decided.reason == QStringLiteral("Syllabus matches SP electives"));

    // The old version stays readable; a decision on it is a conflict.
    const QList<Equivalency> history = EquivalencyRepository(f.t.db()).history(decided.lineageId, &error);
    REQUIRE(history.size() == 2);
    CHECK(history.first().status == QStringLiteral("proposed"));
    CHECK_FALSE(f.service.decide(proposal, QStringLiteral("rejected"), QStringLiteral("stale"), nullptr, &error));
    CHECK(error.is(Error::Kind::Conflict));
    CHECK(error.message().contains(QStringLiteral("version 2 is approved (by ruts.coordinator)")));

    // Approved can only be retired.
    CHECK(f.service.decisionProblem(decided, QStringLiteral("rejected"))
          == QStringLiteral("a approved equivalency can only become retired, not rejected"));
}

TEST_CASE("A full equivalent beyond the hours cannot be approved, in the service or by import", "[transfer]")
{
    Fixture f;
    Error error;
    // SP201 alone: 45 hours = 2.5 CQUPT credits against BAS101's 5.
    REQUIRE(importCsv(f.t.db(), QStringLiteral("equivalencies"),
                      kEquivalenciesHeader + "RUTS,SP201,CQUPT,BAS101,proposed,2020,,\n")
                .isEmpty());
    REQUIRE(f.service.load(&error));
    const Equivalency shortRule = f.rule(QStringLiteral("RUTS:SP201>CQUPT:BAS101"));
    CHECK(f.service.decisionProblem(shortRule, QStringLiteral("approved"))
          == QStringLiteral("cannot approve as a full equivalent: 45 lecture and 0 lab hours make 2.5 CQUPT credits;"
                            " the target carries 5, 2.5 more than the hours allow (at most 1): not a full equivalent;"
                            " block credit is possible"));
    CHECK(f.service.decisionProblem(shortRule, QStringLiteral("rejected")).isEmpty());

    const QString importError = importCsv(f.t.db(), QStringLiteral("equivalencies"),
                                          kEquivalenciesHeader + "RUTS,SP202,CQUPT,BAS101,approved,2020,,\n");
    CHECK(importError.startsWith(QStringLiteral("equivalencies.csv:2: column 'to_codes': cannot be approved as a full"
                                                " equivalent: 45 lecture and 0 lab hours make 2.5 CQUPT credits")));
    // As block credit it may be approved.
    CHECK(importCsv(f.t.db(), QStringLiteral("equivalencies"),
                    kEquivalenciesHeader + "RUTS,SP202,CQUPT,BAS:3,approved,2020,,\n")
              .isEmpty());
}

TEST_CASE("Decided transfers keep their version — a new version reports whom it treats differently", "[transfer]")
{
    Fixture f;
    Error error;
    QList<TransferCredit> applied;
    REQUIRE(f.service.apply(QStringLiteral("DD2020001"), QStringLiteral("RUTS"), QDate(2024, 1, 15), &applied, &error));
    REQUIRE(applied.size() == 1);
    const qint64 firstVersionId = f.rule(kOs).id;

    // The rule is narrowed to later cohorts: a new version.
    REQUIRE(importCsv(f.t.db(), QStringLiteral("equivalencies"),
                      kEquivalenciesHeader + "CQUPT,MAJ301,RUTS,SP301,approved,2022,,Only from the 2022 syllabus\n")
                .isEmpty());
    REQUIRE(f.service.load(&error));
    const Equivalency next = f.rule(kOs);
    CHECK(next.version == 2);

    // The decided transfer still points at version 1, unchanged.
    const QList<TransferCredit> recorded
        = TransferCreditRepository(f.t.db()).forStudent(QStringLiteral("DD2020001"), &error);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.first().equivalencyId == firstVersionId);
    CHECK(recorded.first().equivalencyVersion == 1);
    CHECK(recorded.first().isApplied());
    CHECK(recorded.first().convertedGrade == QStringLiteral("B+"));

    QList<TransferService::Impact> impact;
    REQUIRE(f.service.impact(next, QDate(2024, 1, 15), &impact, &error));
    REQUIRE(impact.size() == 2);
    CHECK(impact.at(0).studentId == QStringLiteral("DD2020001"));
    CHECK(impact.at(0).recorded);
    CHECK(impact.at(0).before == QStringLiteral("recorded under version 1: SP301 B+, 3 credits"));
    CHECK(impact.at(0).after == QStringLiteral("not offered"));
    CHECK(impact.at(1).studentId == QStringLiteral("DD2020002"));
    CHECK_FALSE(impact.at(1).recorded);
    CHECK(impact.at(1).before == QStringLiteral("SP301 C, 3 credits"));
    CHECK(impact.at(1).after == QStringLiteral("not offered"));

    // A version that treats nobody differently reports nobody.
    REQUIRE(f.service.impact(f.rule(QStringLiteral("CQUPT:MAJ302>RUTS:SP302")), QDate(2024, 1, 15), &impact, &error));
    CHECK(impact.isEmpty());
}

TEST_CASE("Evidence files are stored with their digest and stay with the lineage", "[transfer]")
{
    Fixture f;
    Error error;
    EquivalencyRepository repository(f.t.db());
    const Equivalency proposal = f.rule(QStringLiteral("CQUPT:MAJ303>RUTS:SP:3"));
    const QByteArray syllabus = "%PDF-1.4 syllabus of Compilers, 48 lecture hours";
    EquivalencyRepository::Evidence added;
    REQUIRE(repository.addEvidence(proposal.id, QStringLiteral("MAJ303-syllabus.pdf"), syllabus, &added, &error));
    CHECK_FALSE(repository.addEvidence(proposal.id, QStringLiteral("empty.pdf"), QByteArray(), nullptr, &error));
    Equivalency decided;
    REQUIRE(f.service.decide(proposal, QStringLiteral("approved"), QStringLiteral("Matches"), &decided, &error));
    const QList<EquivalencyRepository::Evidence> evidence = repository.evidence(decided.lineageId, &error);
    REQUIRE(evidence.size() == 1);
    CHECK(evidence.first().version == 1);
    CHECK(evidence.first().size == syllabus.size());
    CHECK(evidence.first().sha256
          == QString::fromLatin1(QCryptographicHash::hash(syllabus, QCryptographicHash::Sha256).toHex()));
    CHECK(repository.evidenceContent(evidence.first().id, &error) == syllabus);
}

TEST_CASE("The demo has every allowed transfer applied as of the end of its source term", "[transfer][demo]")
{
    ddtest::TempDatabase t(true);
    Database& db = t.db();
    CHECK(t.count(QStringLiteral("transfer_credits")) > 1000);
    TransferService service(db);
    Error error;
    REQUIRE(service.load(&error));
    // Nothing more is allowed as of the source terms: the demo is complete.
    for (const QString& student : {QStringLiteral("DD2020001"), QStringLiteral("DD2021007"),
                                   QStringLiteral("DD2022010"), QStringLiteral("DD2023003")}) {
        for (const QString& to : {QStringLiteral("CQUPT"), QStringLiteral("RUTS")}) {
            TransferService::StudentTransfers s;
            REQUIRE(service.plan(student, to, QDate(), &s, &error));
            INFO(student.toStdString() << " to " << to.toStdString());
            CHECK(s.plan.allowed().isEmpty());
        }
    }
    int applied = -1;
    REQUIRE(service.applyAllAtSourceTerms(&applied, &error));
    CHECK(applied == 0);

    // Each transfer is decided on the day its (last) source term ended: at most the day of the newest source's end.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM transfer_credits t WHERE t.as_of NOT IN ("
                                  " SELECT max(tm.end_date) FROM transfer_credit_sources x"
                                  " JOIN results r ON r.id = x.result_ref JOIN terms tm ON tm.id = r.term_ref"
                                  " WHERE x.transfer_ref = t.id)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    // No RUTS transfer below C, no CQUPT transfer below 60.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM transfer_credits WHERE (to_institution = 'RUTS' AND"
                                  " converted_grade IN ('D+', 'D', 'F')) OR (to_institution = 'CQUPT' AND"
                                  " converted_grade NOT IN ('P') AND CAST(converted_grade AS INTEGER) < 60)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

namespace {

/** RUTS SP301 as CQUPT MAJ301 from the 2021 cohort: not in the fixture's catalogue yet. */
Equivalency newProposal()
{
    Equivalency e;
    e.fromInstitution = QStringLiteral("RUTS");
    e.toInstitution = QStringLiteral("CQUPT");
    e.fromCodes = {QStringLiteral("SP301")};
    e.toCodes = {QStringLiteral("MAJ301")};
    e.validFromCohort = 2021;
    return e;
}

} // namespace

TEST_CASE("A new equivalency is proposed once, with known courses and categories", "[transfer]")
{
    Fixture f;
    Error error;
    Equivalency e = newProposal();
    CHECK(f.service.proposalProblem(e).isEmpty());

    Equivalency bad = e;
    bad.fromCodes = {QStringLiteral("SP999")};
    CHECK(f.service.proposalProblem(bad) == QStringLiteral("SP999 is not a RUTS course"));
    bad = e;
    bad.toInstitution = QStringLiteral("RUTS");
    CHECK(f.service.proposalProblem(bad) == QStringLiteral("an equivalency links two different institutions"));
    bad = e;
    bad.toCodes.clear();
    bad.blockCategory = QStringLiteral("FE");
    bad.blockCreditsHalves = 6;
    CHECK(f.service.proposalProblem(bad)
          == QStringLiteral("'FE' is not a CQUPT category (expected GEN, BAS, MAJ, PRA, PRJ)"));
    bad = e;
    bad.validToCohort = 2020;
    CHECK(f.service.proposalProblem(bad).startsWith(QStringLiteral("the cohorts run from 2021 to 2020")));
    bad = e;
    bad.fromCodes = {QStringLiteral("MAJ301")};
    bad.fromInstitution = QStringLiteral("CQUPT");
    bad.toInstitution = QStringLiteral("RUTS");
    bad.toCodes = {QStringLiteral("SP301")};
    CHECK(f.service.proposalProblem(bad).startsWith(
        QStringLiteral("this equivalency exists already (version 1, approved)")));

    f.actAs(QStringLiteral("viewer"), QStringLiteral("viewer"));
    CHECK_FALSE(f.service.propose(e, &error));
    CHECK(error.message()
          == QStringLiteral("viewer (viewer) may not decide transfer credit and equivalencies for CQUPT"));
    f.actAs(QStringLiteral("ruts.coordinator"), QStringLiteral("ruts_coordinator"));
    REQUIRE(f.service.propose(e, &error)); // the sending side may propose
    CHECK(e.version == 1);
    CHECK(e.version == 1);
    CHECK(e.status == QStringLiteral("proposed"));
    CHECK(e.decidedBy.isEmpty());
    Equivalency again = e;
    CHECK_FALSE(f.service.propose(again, &error));
    CHECK(error.message().startsWith(QStringLiteral("this equivalency exists already")));
    REQUIRE(f.service.load(&error));
    CHECK(f.rule(QStringLiteral("RUTS:SP301>CQUPT:MAJ301")).status == QStringLiteral("proposed"));
}

TEST_CASE("Where people log in, whoever proposed an equivalency does not approve it", "[transfer][roles]")
{
    Fixture f;
    Error error;
    Equivalency e = newProposal();
    f.actAs(QStringLiteral("li.na"), QStringLiteral("cqupt_registrar"));
    REQUIRE(f.service.propose(e, &error));

    // A single-user database: the one registrar may decide their own proposal.
    CHECK(f.service.decisionProblem(e, QStringLiteral("approved")).isEmpty());

    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'login_required'")));
    CHECK(f.service.decisionProblem(e, QStringLiteral("approved"))
          == QStringLiteral("li.na proposed this equivalency and cannot also approve it: another person of CQUPT"
                            " decides"));
    CHECK_FALSE(f.service.decide(e, QStringLiteral("approved"), QStringLiteral("syllabus checked"), nullptr, &error));
    // Rejecting one's own proposal (withdrawing it) stays possible; another registrar approves.
    CHECK(f.service.decisionProblem(e, QStringLiteral("rejected")).isEmpty());
    f.actAs(QStringLiteral("wang.wei"), QStringLiteral("cqupt_registrar"));
    REQUIRE(f.service.decide(e, QStringLiteral("approved"), QStringLiteral("syllabus checked"), nullptr, &error));
}

TEST_CASE("The four-eyes rule holds when who proposed cannot be read: the approval is refused, not let through",
          "[transfer][roles]")
{
    Fixture f;
    Error error;
    Equivalency e = newProposal();
    f.actAs(QStringLiteral("li.na"), QStringLiteral("cqupt_registrar"));
    REQUIRE(f.service.propose(e, &error));
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'login_required'")));
    // The lookup of the proposer fails (its table is gone from under the query): before, an
    // unread error left the proposer unknown and the proposer's own approval went through.
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE users RENAME TO users_elsewhere")));
    CHECK(
        f.service.decisionProblem(e, QStringLiteral("approved"))
            .startsWith(QStringLiteral("who proposed this equivalency cannot be read, so it cannot be approved now")));
    CHECK_FALSE(f.service.decide(e, QStringLiteral("approved"), QStringLiteral("syllabus checked"), nullptr, &error));
    CHECK(error.message().startsWith(QStringLiteral("who proposed this equivalency cannot be read")));
}
