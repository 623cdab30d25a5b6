// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PolicyFixtures.h"

#include "core/plan/DegreePlanner.h"
#include "core/plan/PlanRunner.h"
#include "core/policy/ConversionTable.h"
#include "core/policy/PolicySet.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

using namespace dd;

namespace {

/** The shipped policy of \a institution with the loads of a small case. */
InstitutionPolicy policyWithLoad(const QString& institution, int max, int summerMax)
{
    QJsonObject root = QJsonDocument::fromJson(ddtest::readBytes(QStringLiteral(DD_SOURCE_DIR "/data/policies/")
                                                                 + institution + QStringLiteral(".json")))
                           .object();
    root.insert(QStringLiteral("load"),
                QJsonObject {{QStringLiteral("min_credits"), 0},
                             {QStringLiteral("max_credits"), max},
                             {QStringLiteral("summer_max_credits"), summerMax}});
    InstitutionPolicy policy;
    QString error;
    const bool ok = InstitutionPolicy::fromJson(QJsonDocument(root).toJson(), institution, &policy, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return policy;
}

QJsonObject credits(const QString& id, const QString& kind, int credits, const QStringList& categories = {})
{
    QJsonObject r {{QStringLiteral("id"), id},
                   {QStringLiteral("label"), id},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("credits"), credits}};
    if (!categories.isEmpty()) {
        r.insert(QStringLiteral("from"),
                 QJsonObject {{QStringLiteral("categories"), QJsonArray::fromStringList(categories)}});
    }
    return r;
}

RuleSet rules(const QString& institution, const QJsonArray& requirements, const QStringList& graduation, int year)
{
    const QJsonObject root {
        {QStringLiteral("format"), QStringLiteral("dualdegree-programme")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("code"), institution + QStringLiteral("-SMALL")},
        {QStringLiteral("institution"), institution},
        {QStringLiteral("catalogue_year"), 2024},
        {QStringLiteral("names"), QJsonObject {{QStringLiteral("en"), QStringLiteral("Small")}}},
        {QStringLiteral("degree"), QJsonObject {{QStringLiteral("en"), QStringLiteral("Small degree")}}},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("graduation_requires"), QJsonArray::fromStringList(graduation)},
        {QStringLiteral("degree_requires"), QJsonArray()},
        {QStringLiteral("study"),
         QJsonObject {{QStringLiteral("years"), QJsonArray {year}}, {QStringLiteral("time_limit_years"), 2}}},
    };
    RuleSet r;
    QString error;
    const bool ok = RuleSet::fromJson(QJsonDocument(root).toJson(), QStringLiteral("small.json"), &r, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return r;
}

struct SmallCase
{
    PolicySet policies;
    QHash<QString, Course> courses;
    PlanInput input;
};

/** A random small programme pair: three courses at each institution, one year at each, small loads. */
void makeCase(std::mt19937& rng, SmallCase* c)
{
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    c->policies = PolicySet();
    c->policies.addInstitution(policyWithLoad(QStringLiteral("CQUPT"), 3 + pick(4), 0));
    c->policies.addInstitution(policyWithLoad(QStringLiteral("RUTS"), 3 + pick(4), 1 + pick(3)));
    ddtest::addShippedConversions(c->policies);
    c->courses.clear();
    const QStringList cquptOffered {QString(), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1+2")};
    const QStringList rutsOffered {
        QString(),          QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1+3"), QStringLiteral("2+3"),
        QStringLiteral("3")};
    const QStringList cquptCategories {QStringLiteral("GEN"), QStringLiteral("MAJ")};
    const QStringList rutsCategories {QStringLiteral("GE"), QStringLiteral("SP")};
    for (int i = 0; i < 3; ++i) {
        Course k;
        k.institution = QStringLiteral("CQUPT");
        k.code = QStringLiteral("C%1").arg(i + 1);
        k.creditsHalves = 2 * (1 + pick(3));
        k.lectureHours = 16 * k.creditsHalves / 2;
        k.category = cquptCategories.at(pick(2));
        k.offered = cquptOffered.at(pick(4));
        c->courses.insert(TransferPlanner::courseKey(k.institution, k.code), k);
        Course r;
        r.institution = QStringLiteral("RUTS");
        r.code = QStringLiteral("R%1").arg(i + 1);
        r.creditsHalves = 2 * (1 + pick(3));
        r.lectureHours = 15 * r.creditsHalves / 2;
        r.category = rutsCategories.at(pick(2));
        r.offered = rutsOffered.at(pick(6));
        c->courses.insert(TransferPlanner::courseKey(r.institution, r.code), r);
    }
    PlanInput& in = c->input;
    in = PlanInput();
    in.policies = &c->policies;
    in.courses = &c->courses;
    const int rutsFirst = pick(2);
    in.rules.insert(
        QStringLiteral("CQUPT"),
        rules(QStringLiteral("CQUPT"),
              {credits(QStringLiteral("total"), QStringLiteral("total_credits"), 1 + pick(5)),
               credits(QStringLiteral("maj"), QStringLiteral("credits"), 1 + pick(2), {QStringLiteral("MAJ")}),
               credits(QStringLiteral("gen"), QStringLiteral("credits"), 1 + pick(2), {QStringLiteral("GEN")})},
              {QStringLiteral("total"), QStringLiteral("maj"), QStringLiteral("gen")}, rutsFirst ? 2 : 1));
    in.rules.insert(
        QStringLiteral("RUTS"),
        rules(QStringLiteral("RUTS"),
              {credits(QStringLiteral("total"), QStringLiteral("total_credits"), 1 + pick(5)),
               credits(QStringLiteral("sp"), QStringLiteral("credits"), 1 + pick(2), {QStringLiteral("SP")})},
              {QStringLiteral("total"), QStringLiteral("sp")}, rutsFirst ? 1 : 2));
    for (int e = 0; e < pick(4); ++e) {
        Equivalency q;
        q.id = q.lineageId = e + 1;
        const bool toRuts = pick(2) == 0;
        q.fromInstitution = toRuts ? QStringLiteral("CQUPT") : QStringLiteral("RUTS");
        q.toInstitution = toRuts ? QStringLiteral("RUTS") : QStringLiteral("CQUPT");
        q.fromCodes = {(toRuts ? QStringLiteral("C%1") : QStringLiteral("R%1")).arg(1 + pick(3))};
        if (pick(3) == 0) {
            q.blockCategory = toRuts ? QStringLiteral("SP") : QStringLiteral("MAJ");
            q.blockCreditsHalves = 2;
        } else {
            q.toCodes = {(toRuts ? QStringLiteral("R%1") : QStringLiteral("C%1")).arg(1 + pick(3))};
        }
        q.status = QStringLiteral("approved");
        q.validFromCohort = 2020;
        in.equivalencies.append(q);
    }
    in.record.studentId = QStringLiteral("SMALL");
    in.record.cohort = 2024;
    in.assumed = {{QStringLiteral("CQUPT"), QStringLiteral("80")}, {QStringLiteral("RUTS"), QStringLiteral("B")}};
}

/** The case in words, for a failure's message. */
std::string describe(const SmallCase& c)
{
    std::string out;
    for (auto it = c.input.rules.cbegin(); it != c.input.rules.cend(); ++it) {
        const InstitutionPolicy* p = c.policies.institution(it.key());
        out += it.key().toStdString() + " load " + std::to_string(p->load().maxHalves) + "/"
            + std::to_string(p->load().summerMaxHalves) + " halves;";
        for (const Requirement& r : it.value().requirements()) {
            out += " " + r.id.toStdString() + " " + std::to_string(r.creditsHalves) + " halves;";
        }
    }
    for (const Course& k : c.courses) {
        out += " " + k.code.toStdString() + " " + std::to_string(k.creditsHalves) + " " + k.category.toStdString()
            + " offered '" + k.offered.toStdString() + "';";
    }
    for (const Equivalency& e : c.input.equivalencies) {
        out += " " + e.fromCodes.join(QLatin1Char('+')).toStdString() + " -> " + e.toSpec().toStdString() + ";";
    }
    return out;
}

struct Best
{
    int terms = -1; ///< terms up to the one after which both are met; -1: no schedule meets both
    int halves = 0;
};

/** Every way to take each course in one of its terms or not at all, carried out and audited. */
Best exhaustive(const SmallCase& c)
{
    const PlanRunner runner(c.input);
    QStringList problems;
    const QList<PlanTerm> terms = runner.termsAhead(&problems);
    REQUIRE(problems.isEmpty());
    QList<QPair<Course, QList<int>>> options;
    for (const Course& k : c.courses) {
        QList<int> where {-1};
        for (int t = 0; t < terms.size(); ++t) {
            if (terms.at(t).institution == k.institution && k.offeredIn(terms.at(t).semester, terms.at(t).regular)) {
                where.append(t);
            }
        }
        options.append({k, where});
    }
    Best best;
    QList<int> choice(options.size(), 0);
    while (true) {
        QList<PlanTerm> schedule = terms;
        for (int i = 0; i < options.size(); ++i) {
            const int t = options.at(i).second.at(choice.at(i));
            if (t >= 0) {
                schedule[t].courses.append(options.at(i).first.code);
            }
        }
        const PlanCheck check = runner.check(schedule, true);
        if (check.problems.isEmpty() && check.metAfter >= 0) {
            int halves = 0;
            for (int t = 0; t <= check.metAfter; ++t) {
                for (const QString& code : schedule.at(t).courses) {
                    halves += runner.creditsOf(schedule.at(t).institution, code);
                }
            }
            const int n = check.metAfter + 1;
            if (best.terms < 0 || n < best.terms || (n == best.terms && halves < best.halves)) {
                best = {n, halves};
            }
        }
        int i = 0;
        while (i < choice.size() && ++choice[i] == options.at(i).second.size()) {
            choice[i++] = 0;
        }
        if (i == choice.size()) {
            return best;
        }
    }
}

} // namespace

TEST_CASE("planner: on small generated programmes the plan is as short and as light as the best of every schedule",
          "[plan]")
{
    // DD_SEED=N runs another 120 cases.
    std::mt19937 rng(qEnvironmentVariableIsSet("DD_SEED") ? qEnvironmentVariableIntValue("DD_SEED") : 20261130);
    int reachable = 0;
    int unreachable = 0;
    int withTransfer = 0;
    for (int n = 0; n < 120; ++n) {
        SmallCase c;
        makeCase(rng, &c);
        const Best best = exhaustive(c);
        const DegreePlan plan = DegreePlanner(c.input).plan();
        INFO(describe(c));
        INFO("case " << n << ": best " << best.terms << " terms, " << best.halves / 2.0 << " credits; plan "
                     << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact).toStdString());
        CHECK(plan.shortestProven);
        if (best.terms < 0) {
            ++unreachable;
            CHECK_FALSE(plan.reachable());
            CHECK_FALSE(plan.unreachable.isEmpty());
            continue;
        }
        ++reachable;
        REQUIRE(plan.reachable());
        CHECK(plan.terms.size() == best.terms);
        CHECK(plan.plannedHalves() == best.halves);
        // The plan itself, carried out, meets both.
        const PlanCheck check = PlanRunner(c.input).check(plan.terms, true);
        CHECK(check.problems.isEmpty());
        CHECK(check.metAfter == best.terms - 1);
        withTransfer += check.record.transfers.isEmpty() ? 0 : 1;
    }
    INFO(reachable << " reachable, " << unreachable << " not, " << withTransfer << " plans using a transfer");
    CHECK(reachable > 30);
    CHECK(unreachable > 5);
    CHECK(withTransfer > 5);
}

TEST_CASE("planner: a required course offered only in a semester the time limit leaves no room for is named", "[plan]")
{
    std::mt19937 rng(7);
    SmallCase c;
    makeCase(rng, &c);
    // CQUPT requires C1, offered in semester 2 only; the time limit leaves only CQUPT's semester 1.
    Course& k = c.courses[TransferPlanner::courseKey(QStringLiteral("CQUPT"), QStringLiteral("C1"))];
    k.offered = QStringLiteral("2");
    QJsonObject must {{QStringLiteral("id"), QStringLiteral("core")},
                      {QStringLiteral("label"), QStringLiteral("Core")},
                      {QStringLiteral("kind"), QStringLiteral("courses")},
                      {QStringLiteral("courses"), QJsonArray {QStringLiteral("C1")}}};
    c.input.rules.insert(QStringLiteral("CQUPT"), rules(QStringLiteral("CQUPT"), {must}, {QStringLiteral("core")}, 2));
    c.input.fromOrdinal = 0;
    // From the second year's first semester on, at CQUPT only.
    c.input.rules.insert(QStringLiteral("RUTS"),
                         rules(QStringLiteral("RUTS"),
                               {credits(QStringLiteral("total"), QStringLiteral("total_credits"), 1)},
                               {QStringLiteral("total")}, 1));
    const PlanRunner runner(c.input);
    QStringList problems;
    QList<PlanTerm> terms = runner.termsAhead(&problems);
    REQUIRE(problems.isEmpty());
    c.input.fromOrdinal = terms.last().ordinal(); // only CQUPT's last term left: semester 2 offers C1
    DegreePlan plan = DegreePlanner(c.input).plan();
    REQUIRE(plan.reachable());
    CHECK(plan.terms.last().courses.contains(QStringLiteral("C1")));

    k.offered = QStringLiteral("1");
    plan = DegreePlanner(c.input).plan();
    REQUIRE_FALSE(plan.reachable());
    INFO(plan.unreachable.join(QLatin1Char('\n')).toStdString());
    CHECK(plan.unreachable.first().contains(QStringLiteral("CQUPT core (Core) needs C1, offered in semester 1")));
    CHECK(plan.unreachable.first().contains(QStringLiteral("2025-2026-2")));
}
