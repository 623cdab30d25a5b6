// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/transfer/TransferPlanner.h"
#include "PolicyFixtures.h"
#include "core/policy/PolicySet.h"

#include <catch2/catch.hpp>

using namespace dd;
using Reason = TransferCandidate::Reason;

namespace {

PolicySet shippedPolicies()
{
    PolicySet set;
    set.addInstitution(ddtest::shippedPolicy(QStringLiteral("CQUPT")));
    set.addInstitution(ddtest::shippedPolicy(QStringLiteral("RUTS")));
    ddtest::addShippedConversions(set);
    return set;
}

Course course(const char* institution, const char* code, double credits, int lecture, int lab, const char* category,
              GradingMode grading = GradingMode::Graded)
{
    Course c;
    c.institution = QString::fromLatin1(institution);
    c.code = QString::fromLatin1(code);
    c.creditsHalves = int(credits * 2);
    c.lectureHours = lecture;
    c.labHours = lab;
    c.category = QString::fromLatin1(category);
    c.grading = grading;
    return c;
}

QHash<QString, Course> catalogue()
{
    QHash<QString, Course> courses;
    for (const Course& c : {
             course("CQUPT", "MAJ301", 3, 48, 0, "MAJ"),
             course("CQUPT", "MAJ302", 3, 32, 24, "MAJ"),
             course("CQUPT", "MAJ303", 3, 48, 0, "MAJ"),
             course("CQUPT", "MAJ304", 1, 16, 0, "MAJ"),
             course("CQUPT", "PRA101", 2, 0, 48, "PRA", GradingMode::PassFail),
             course("CQUPT", "BAS101", 5, 80, 0, "BAS"),
             course("CQUPT", "GEN101", 3, 48, 0, "GEN"),
             course("RUTS", "SP301", 3, 45, 0, "SP"),
             course("RUTS", "SP302", 3, 30, 30, "SP"),
             course("RUTS", "SP303", 3, 45, 0, "SP"),
             course("RUTS", "SP304", 1, 15, 0, "SP"),
             course("RUTS", "SP201", 3, 45, 0, "SP"),
             course("RUTS", "SP202", 3, 45, 0, "SP"),
             course("RUTS", "GE101", 3, 45, 0, "GE"),
             course("RUTS", "GE201", 1, 0, 30, "GE", GradingMode::PassFail),
         }) {
        courses.insert(TransferPlanner::courseKey(c.institution, c.code), c);
    }
    return courses;
}

Equivalency rule(qint64 id, const char* from, const char* fromCodes, const char* to, const char* toSpec,
                 const char* status = "approved", int validFrom = 2020, int validTo = 0)
{
    Equivalency e;
    e.id = id;
    e.lineageId = id;
    e.fromInstitution = QString::fromLatin1(from);
    e.fromCodes = QString::fromLatin1(fromCodes).split(QLatin1Char('+'));
    e.toInstitution = QString::fromLatin1(to);
    const QString spec = QString::fromLatin1(toSpec);
    if (spec.contains(QLatin1Char(':'))) {
        e.blockCategory = spec.section(QLatin1Char(':'), 0, 0);
        e.blockCreditsHalves = spec.section(QLatin1Char(':'), 1).toInt() * 2;
    } else {
        e.toCodes = spec.split(QLatin1Char('+'));
    }
    e.status = QString::fromLatin1(status);
    e.validFromCohort = validFrom;
    e.validToCohort = validTo;
    return e;
}

struct Builder
{
    StudentRecord record;
    qint64 nextId = 1;

    Builder()
    {
        record.studentId = QStringLiteral("DD2020001");
        record.cohort = 2020;
    }

    Builder& take(const char* institution, const char* code, const char* term, const char* mark,
                  Attempt attempt = Attempt::Regular, GradingMode mode = GradingMode::Graded)
    {
        StudentRecord::Taken t;
        t.resultId = nextId++;
        t.institution = QString::fromLatin1(institution);
        t.code = QString::fromLatin1(code);
        t.term = QString::fromLatin1(term);
        t.mark = QString::fromUtf8(mark);
        t.attempt = attempt;
        t.mode = mode;
        t.creditsHalves = 6;
        if (t.institution == QLatin1String("CQUPT")) {
            t.academicYear = t.term.left(4).toInt();
            t.semester = t.term.right(1).toInt();
        } else {
            t.academicYear = t.term.section(QLatin1Char('/'), 1).toInt() - 543;
            t.semester = t.term.section(QLatin1Char('/'), 0, 0).toInt();
        }
        record.attempts.append(t);
        return *this;
    }
};

TransferCandidate only(const TransferPlan& plan)
{
    REQUIRE(plan.candidates.size() == 1);
    return plan.candidates.first();
}

} // namespace

TEST_CASE("Hours convert to credits at the receiving institution, rounded down to a half", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const InstitutionPolicy& ruts = *policies.institution(QStringLiteral("RUTS"));
    const InstitutionPolicy& cqupt = *policies.institution(QStringLiteral("CQUPT"));
    CHECK(ruts.creditsForHours(48, 0) == 6); // 3.2 -> 3
    CHECK(ruts.creditsForHours(32, 24) == 5); // 2.13 + 0.8 -> 2.5
    CHECK(ruts.creditsForHours(0, 96) == 6); // 3.2 -> 3
    CHECK(ruts.creditsForHours(45, 0) == 6); // exactly 3
    CHECK(cqupt.creditsForHours(45, 0) == 5); // 2.81 -> 2.5
    CHECK(cqupt.creditsForHours(30, 30) == 6); // 1.875 + 1.25 -> 3
    CHECK(cqupt.creditsForHours(0, 0) == 0);
}

TEST_CASE("The credit rule decides whether an equivalency can be a full equivalent", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);

    // SP201 alone: 45 lecture hours = 2.5 CQUPT credits; BAS101 has 5: short by 2.5.
    TransferPlanner::CreditCheck c = planner.checkCredits(rule(1, "RUTS", "SP201", "CQUPT", "BAS101"));
    CHECK(c.convertedHalves == 5);
    CHECK(c.targetHalves == 10);
    CHECK_FALSE(c.approvable);
    CHECK(c.detail.contains(QStringLiteral("block credit is possible")));

    // SP201 + SP202: 90 hours = 5.5 credits; BAS101 fits.
    c = planner.checkCredits(rule(2, "RUTS", "SP201+SP202", "CQUPT", "BAS101"));
    CHECK(c.convertedHalves == 11);
    CHECK(c.approvable);

    // Short by exactly one credit is still a full equivalent.
    c = planner.checkCredits(rule(3, "CQUPT", "MAJ302", "RUTS", "SP302+SP304"));
    CHECK(c.convertedHalves == 5);
    CHECK(c.targetHalves == 8);
    CHECK_FALSE(c.approvable); // 4 - 2.5 = 1.5 > 1
    c = planner.checkCredits(rule(4, "CQUPT", "MAJ302", "RUTS", "SP302"));
    CHECK(c.approvable); // 3 - 2.5 = 0.5

    // Block credit brings the converted credits, at most the credits the rule names.
    c = planner.checkCredits(rule(5, "RUTS", "SP201", "CQUPT", "MAJ:3"));
    CHECK(c.approvable);
    CHECK(c.targetHalves == 5);
    c = planner.checkCredits(rule(6, "CQUPT", "MAJ301", "RUTS", "SP:2"));
    CHECK(c.targetHalves == 4);
}

TEST_CASE("CQUPT results transfer to RUTS as letters, C or better", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QList<Equivalency> rules = {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301")};
    const QDate asOf(2024, 1, 15);

    struct Case
    {
        const char* mark;
        Attempt attempt;
        const char* converted;
        Reason reason;
    };
    const QList<Case> cases = {
        {"85", Attempt::Regular, "B+", Reason::None},
        {"90", Attempt::Regular, "A", Reason::None},
        {"70", Attempt::Regular, "C", Reason::None},
        {"69", Attempt::Regular, "D+", Reason::GradeTooLow},
        {"62", Attempt::Regular, "D", Reason::GradeTooLow},
        {"45", Attempt::Regular, "F", Reason::GradeTooLow},
        {"优秀", Attempt::Regular, "A", Reason::None},
        {"中等", Attempt::Regular, "C+", Reason::None},
        {"及格", Attempt::Regular, "D+", Reason::GradeTooLow},
        // A passed make-up counts as 60 whatever was scored.
        {"88", Attempt::Makeup, "D", Reason::GradeTooLow},
    };
    for (const Case& c : cases) {
        INFO(c.mark);
        Builder b;
        b.take("CQUPT", "MAJ301", "2021-2022-1", c.mark, c.attempt);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, asOf));
        CHECK(t.convertedGrade == QString::fromLatin1(c.converted));
        CHECK(t.reason == c.reason);
        CHECK(t.conversionTable == QStringLiteral("CQUPT-to-RUTS"));
        CHECK(t.conversionVersion == QStringLiteral("2020.1"));
        CHECK(t.creditsHalves == 6);
        CHECK(t.asOf == asOf);
        if (c.reason == Reason::GradeTooLow) {
            CHECK(t.detail.contains(QStringLiteral("below the minimum C")));
        }
    }
}

TEST_CASE("The attempt that counts at the source is the one that transfers", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QDate asOf(2024, 1, 15);

    SECTION("CQUPT: the best attempt")
    {
        Builder b;
        b.take("CQUPT", "MAJ301", "2021-2022-1", "55").take("CQUPT", "MAJ301", "2022-2023-1", "88", Attempt::Retake);
        b.take("CQUPT", "MAJ301", "2022-2023-2", "71", Attempt::Retake);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("RUTS"),
                                                       {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301")}, {}, 180, asOf));
        CHECK(t.sourceGrade == QStringLiteral("88"));
        CHECK(t.convertedGrade == QStringLiteral("B+"));
        REQUIRE(t.sources.size() == 1);
        CHECK(t.sources.first().term == QStringLiteral("2022-2023-1"));
        CHECK(t.sources.first().resultId == 2);
    }
    SECTION("RUTS: the latest attempt, even when an earlier one was better")
    {
        Builder b;
        b.take("RUTS", "SP301", "1/2564", "B").take("RUTS", "SP301", "2/2564", "D", Attempt::Retake);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("CQUPT"),
                                                       {rule(1, "RUTS", "SP301", "CQUPT", "MAJ303")}, {}, 0, asOf));
        CHECK(t.sourceGrade == QStringLiteral("D"));
        CHECK(t.convertedGrade == QStringLiteral("62"));
        CHECK(t.allowed());
    }
    SECTION("A withdrawn retake does not hide the finished attempt")
    {
        Builder b;
        b.take("RUTS", "SP301", "1/2564", "B").take("RUTS", "SP301", "2/2564", "W", Attempt::Retake);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("CQUPT"),
                                                       {rule(1, "RUTS", "SP301", "CQUPT", "MAJ303")}, {}, 0, asOf));
        CHECK(t.sourceGrade == QStringLiteral("B"));
        CHECK(t.allowed());
    }
    SECTION("An in-progress retake does not hide the finished attempt")
    {
        Builder b;
        b.take("RUTS", "SP301", "1/2564", "C+").take("RUTS", "SP301", "2/2564", "", Attempt::Retake);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("CQUPT"),
                                                       {rule(1, "RUTS", "SP301", "CQUPT", "MAJ303")}, {}, 0, asOf));
        CHECK(t.convertedGrade == QStringLiteral("77"));
        CHECK(t.allowed());
    }
}

TEST_CASE("RUTS results transfer to CQUPT as marks, D or better and S", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QDate asOf(2024, 1, 15);
    struct Case
    {
        const char* mark;
        const char* converted;
        Reason reason;
    };
    for (const Case& c : QList<Case> {{"A", "95", Reason::None},
                                      {"C", "72", Reason::None},
                                      {"D", "62", Reason::None},
                                      {"F", "50", Reason::GradeTooLow},
                                      {"W", "", Reason::GradeNotTransferable},
                                      {"I", "", Reason::GradeNotTransferable}}) {
        INFO(c.mark);
        Builder b;
        b.take("RUTS", "SP301", "1/2564", c.mark);
        const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("CQUPT"),
                                                       {rule(1, "RUTS", "SP301", "CQUPT", "MAJ303")}, {}, 0, asOf));
        CHECK(t.convertedGrade == QString::fromLatin1(c.converted));
        CHECK(t.reason == c.reason);
    }

    SECTION("S and U on a pass/fail course")
    {
        Builder b;
        b.take("RUTS", "GE201", "1/2564", "S", Attempt::Regular, GradingMode::PassFail);
        const TransferCandidate& s = only(
            planner.plan(b.record, QStringLiteral("CQUPT"), {rule(1, "RUTS", "GE201", "CQUPT", "GEN:1")}, {}, 0, asOf));
        CHECK(s.convertedGrade == QStringLiteral("P"));
        CHECK(s.allowed());
        Builder u;
        u.take("RUTS", "GE201", "1/2564", "U", Attempt::Regular, GradingMode::PassFail);
        const TransferCandidate& f = only(
            planner.plan(u.record, QStringLiteral("CQUPT"), {rule(1, "RUTS", "GE201", "CQUPT", "GEN:1")}, {}, 0, asOf));
        CHECK_FALSE(f.allowed());
    }
}

TEST_CASE("Many-to-one converts the lowest source grade and needs every source", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QList<Equivalency> rules = {rule(7, "RUTS", "SP201+SP202", "CQUPT", "BAS101")};
    const QDate asOf(2024, 1, 15);

    Builder b;
    b.take("RUTS", "SP201", "1/2563", "B+").take("RUTS", "SP202", "2/2563", "C");
    const TransferCandidate& t = only(planner.plan(b.record, QStringLiteral("CQUPT"), rules, {}, 0, asOf));
    CHECK(t.sourceGrade == QStringLiteral("C"));
    CHECK(t.convertedGrade == QStringLiteral("72"));
    CHECK(t.creditsHalves == 10);
    CHECK(t.sources.size() == 2);
    CHECK(t.allowed());

    Builder one;
    one.take("RUTS", "SP201", "1/2563", "A");
    const TransferCandidate& missing = only(planner.plan(one.record, QStringLiteral("CQUPT"), rules, {}, 0, asOf));
    CHECK(missing.reason == Reason::SourceMissing);
    CHECK(missing.detail.contains(QStringLiteral("SP202 has not been taken")));

    one.take("RUTS", "SP202", "1/2564", "");
    const TransferCandidate& running = only(planner.plan(one.record, QStringLiteral("CQUPT"), rules, {}, 0, asOf));
    CHECK(running.reason == Reason::SourceInProgress);

    Builder none;
    none.take("RUTS", "SP301", "1/2563", "A");
    CHECK(planner.plan(none.record, QStringLiteral("CQUPT"), rules, {}, 0, asOf).candidates.isEmpty());
}

TEST_CASE("A course older than the age limit at the decision date is refused", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QList<Equivalency> rules = {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301")};
    Builder b;
    b.take("CQUPT", "MAJ301", "2020-2021-1", "91"); // CQUPT 2020-2021-1 ends 2021-01-20

    CHECK(only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2026, 1, 20))).allowed());
    const TransferCandidate& old
        = only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2026, 1, 21)));
    CHECK(old.reason == Reason::TooOld);
    CHECK(old.detail.contains(QStringLiteral("2021-01-20")));
    // Without a date, each transfer is decided as of the end of its source term.
    const TransferCandidate& atTermEnd = only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate()));
    CHECK(atTermEnd.allowed());
    CHECK(atTermEnd.asOf == QDate(2021, 1, 20));
    // CQUPT has no age limit.
    Builder r;
    r.take("RUTS", "SP301", "1/2563", "A");
    CHECK(only(planner.plan(r.record, QStringLiteral("CQUPT"), {rule(1, "RUTS", "SP301", "CQUPT", "MAJ303")}, {}, 320,
                            QDate(2040, 1, 1)))
              .allowed());
}

TEST_CASE("The cap on transferred credits refuses the crossing transfer and every later one", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QList<Equivalency> rules = {
        rule(1, "CQUPT", "MAJ303", "RUTS", "SP303"), // 2022-2023-1, 3 credits
        rule(2, "CQUPT", "MAJ301", "RUTS", "SP301"), // 2021-2022-1, 3 credits
        rule(3, "CQUPT", "MAJ304", "RUTS", "SP304"), // 2022-2023-2, 1 credit
        rule(4, "CQUPT", "MAJ302", "RUTS", "SP302"), // 2022-2023-1, 3 credits
    };
    Builder b;
    b.take("CQUPT", "MAJ303", "2022-2023-1", "80")
        .take("CQUPT", "MAJ301", "2021-2022-1", "80")
        .take("CQUPT", "MAJ304", "2022-2023-2", "80")
        .take("CQUPT", "MAJ302", "2022-2023-1", "80");
    TransferPlanner::Recorded recorded;
    recorded.creditsHalves = 2 * 84; // 84 of a cap of 90 (3/4 of 120) used already
    const TransferPlan plan = planner.plan(b.record, QStringLiteral("RUTS"), rules, recorded, 180, QDate(2024, 1, 1));
    CHECK(plan.capHalves == 180);
    REQUIRE(plan.candidates.size() == 4);
    // Term order, then course code.
    CHECK(plan.candidates.at(0).fromSpec() == QStringLiteral("MAJ301"));
    CHECK(plan.candidates.at(1).fromSpec() == QStringLiteral("MAJ302"));
    CHECK(plan.candidates.at(2).fromSpec() == QStringLiteral("MAJ303"));
    CHECK(plan.candidates.at(3).fromSpec() == QStringLiteral("MAJ304"));
    CHECK(plan.candidates.at(0).allowed()); // 87
    CHECK(plan.candidates.at(1).allowed()); // 90: reaches the cap, does not cross it
    CHECK(plan.candidates.at(2).reason == Reason::Cap);
    CHECK(plan.candidates.at(3).reason == Reason::Cap); // would fit alone, but comes later
    CHECK(plan.candidates.at(2).detail.contains(QStringLiteral("cap of 90")));
    CHECK(plan.allowed().size() == 2);

    // A refused transfer for another reason does not use up the cap.
    b.record.attempts[1].mark = QStringLiteral("50");
    const TransferPlan again = planner.plan(b.record, QStringLiteral("RUTS"), rules, recorded, 180, QDate(2024, 1, 1));
    CHECK(again.candidates.at(0).reason == Reason::GradeTooLow);
    CHECK(again.candidates.at(1).allowed());
    CHECK(again.candidates.at(2).allowed());
    CHECK(again.candidates.at(3).reason == Reason::Cap);
}

TEST_CASE("A source result backs one transfer only", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    Builder b;
    b.take("CQUPT", "MAJ301", "2021-2022-1", "80");
    const QList<Equivalency> rules
        = {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301"), rule(2, "CQUPT", "MAJ301", "RUTS", "SP:3")};
    TransferPlan plan = planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2024, 1, 1));
    REQUIRE(plan.candidates.size() == 2);
    CHECK(plan.candidates.at(0).allowed());
    CHECK(plan.candidates.at(1).reason == Reason::SourceUsed);

    TransferPlanner::Recorded recorded;
    recorded.resultIds.insert(1);
    plan = planner.plan(b.record, QStringLiteral("RUTS"), rules, recorded, 180, QDate(2024, 1, 1));
    CHECK(plan.candidates.at(0).reason == Reason::SourceUsed);
    CHECK(plan.candidates.at(1).reason == Reason::SourceUsed);

    // An equivalency already applied is not offered again.
    recorded = {};
    recorded.lineages.insert(1);
    recorded.resultIds.insert(1);
    plan = planner.plan(b.record, QStringLiteral("RUTS"), rules, recorded, 180, QDate(2024, 1, 1));
    REQUIRE(plan.candidates.size() == 1);
    CHECK(plan.candidates.first().equivalency.id == 2);
}

TEST_CASE("Only approved equivalencies valid for the cohort are offered", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    Builder b;
    b.take("CQUPT", "MAJ301", "2021-2022-1", "80").take("CQUPT", "MAJ302", "2021-2022-1", "80");
    b.take("CQUPT", "MAJ303", "2021-2022-1", "80").take("CQUPT", "MAJ304", "2021-2022-1", "80");
    const QList<Equivalency> rules = {
        rule(1, "CQUPT", "MAJ301", "RUTS", "SP301", "proposed"),
        rule(2, "CQUPT", "MAJ302", "RUTS", "SP302", "retired"),
        rule(3, "CQUPT", "MAJ303", "RUTS", "SP303", "approved", 2021),
        rule(4, "CQUPT", "MAJ304", "RUTS", "SP304", "approved", 2018, 2020),
    };
    const TransferPlan plan = planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2024, 1, 1));
    REQUIRE(plan.candidates.size() == 1);
    CHECK(plan.candidates.first().equivalency.id == 4);
}

TEST_CASE("A transfer is refused when the target was already passed or the hours fall short", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    Builder b;
    b.take("CQUPT", "MAJ301", "2021-2022-1", "80").take("RUTS", "SP301", "1/2564", "B");
    const TransferCandidate& taken = only(planner.plan(
        b.record, QStringLiteral("RUTS"), {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301")}, {}, 180, QDate(2024, 1, 1)));
    CHECK(taken.reason == Reason::TargetTaken);

    Builder s;
    s.take("RUTS", "SP201", "1/2564", "A");
    const TransferCandidate& shortfall = only(planner.plan(
        s.record, QStringLiteral("CQUPT"), {rule(2, "RUTS", "SP201", "CQUPT", "BAS101")}, {}, 0, QDate(2024, 1, 1)));
    CHECK(shortfall.reason == Reason::CreditShortfall);
    CHECK(TransferCandidate::reasonName(shortfall.reason) == QStringLiteral("credit_shortfall"));
}

TEST_CASE("A decision dated before the source term ended is refused as backdated", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    const QList<Equivalency> rules = {rule(1, "CQUPT", "MAJ301", "RUTS", "SP301")};
    Builder b;
    b.take("CQUPT", "MAJ301", "2020-2021-1", "91"); // CQUPT 2020-2021-1 ends 2021-01-20

    const TransferCandidate& backdated
        = only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2021, 1, 19)));
    CHECK(backdated.reason == Reason::BeforeSourceEnd);
    CHECK(TransferCandidate::reasonName(backdated.reason) == QStringLiteral("before_source_term_end"));
    CHECK(backdated.detail.contains(QStringLiteral("2021-01-19")));
    CHECK(backdated.detail.contains(QStringLiteral("2020-2021-1")));
    CHECK(backdated.detail.contains(QStringLiteral("2021-01-20")));
    // The day the term ends is the earliest decision date, as the demo's own transfers are dated.
    CHECK(only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate(2021, 1, 20))).allowed());
    CHECK(only(planner.plan(b.record, QStringLiteral("RUTS"), rules, {}, 180, QDate())).allowed());

    // Many-to-one: the latest source term decides.
    Builder m;
    m.take("CQUPT", "MAJ301", "2020-2021-1", "91").take("CQUPT", "MAJ304", "2020-2021-2", "91");
    const QList<Equivalency> many = {rule(2, "CQUPT", "MAJ301+MAJ304", "RUTS", "SP301")};
    const TransferCandidate& early
        = only(planner.plan(m.record, QStringLiteral("RUTS"), many, {}, 180, QDate(2021, 3, 1)));
    CHECK(early.reason == Reason::BeforeSourceEnd);
    CHECK(early.detail.contains(QStringLiteral("2020-2021-2")));
}

TEST_CASE("A recorded transfer into a course later passed here is named as counted once", "[transfer]")
{
    const PolicySet policies = shippedPolicies();
    const QHash<QString, Course> courses = catalogue();
    const TransferPlanner planner(policies, courses);
    Builder b;
    b.take("RUTS", "SP301", "1/2564", "F").take("RUTS", "SP301", "2/2564", "B").take("RUTS", "SP302", "1/2564", "F");
    CHECK(planner.passedHereIn(b.record, QStringLiteral("RUTS"), QStringLiteral("SP301")) == QStringLiteral("2/2564"));
    CHECK(planner.passedHereIn(b.record, QStringLiteral("RUTS"), QStringLiteral("SP302")).isEmpty());
    CHECK(planner.passedHereIn(b.record, QStringLiteral("RUTS"), QString()).isEmpty());
    CHECK(planner.passedHereIn(b.record, QStringLiteral("CQUPT"), QStringLiteral("SP301")).isEmpty());
}
