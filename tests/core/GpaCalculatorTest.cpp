// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/audit/GpaCalculator.h"
#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace dd;

namespace {

AttemptRecord rec(const char* course, double credits, const char* mark, Attempt attempt = Attempt::Regular,
                  GradingMode mode = GradingMode::Graded, bool transferred = false)
{
    AttemptRecord r;
    r.courseKey = QString::fromLatin1(course);
    r.creditsHalves = int(credits * 2);
    r.mark = QString::fromUtf8(mark);
    r.attempt = attempt;
    r.mode = mode;
    r.transferred = transferred;
    return r;
}

struct GpaCase
{
    const char* name;
    QList<AttemptRecord> records;
    const char* gpa; // "" = no GPA
    double earned;
    double inGpa;
};

void run(const InstitutionPolicy& policy, const QList<GpaCase>& cases)
{
    const GpaCalculator calc(policy);
    for (const GpaCase& c : cases) {
        INFO(c.name);
        const GpaCalculator::Result r = calc.compute(c.records);
        CHECK(r.gpaText().toStdString() == std::string(c.gpa));
        CHECK(r.earnedCreditsHalves == int(c.earned * 2));
        CHECK(r.gpaCreditsHalves == int(c.inGpa * 2));
    }
}

/** The shipped policy with one GPA setting changed, to show the rule is data. */
InstitutionPolicy variant(const QString& institution, const QByteArray& from, const QByteArray& to)
{
    QFile f(QStringLiteral(DD_SOURCE_DIR "/data/policies/") + institution + QStringLiteral(".json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    REQUIRE(bytes.contains(from));
    bytes.replace(from, to);
    InstitutionPolicy p;
    QString error;
    REQUIRE(InstitutionPolicy::fromJson(bytes, institution, &p, &error));
    return p;
}

const auto PF = GradingMode::PassFail;
const auto G = GradingMode::Graded;

} // namespace

TEST_CASE("CQUPT GPA: best attempt, make-up at 60, transfers count, half-up", "[gpa]")
{
    const InstitutionPolicy cqupt = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    run(cqupt,
        {
            {"one course", {rec("MAJ301", 3, "85")}, "3.70", 3, 3},
            {"credit-weighted", {rec("MAJ301", 3, "90"), rec("MAJ302", 2, "75")}, "3.48", 5, 5},
            {"a passed make-up counts as 60, credits once",
             {rec("MAJ301", 3, "45"), rec("MAJ301", 3, "75", Attempt::Makeup)},
             "1.00",
             3,
             3},
            {"a failed make-up stays as scored",
             {rec("MAJ301", 3, "45"), rec("MAJ301", 3, "55", Attempt::Makeup)},
             "0.00",
             0,
             3},
            {"a retake keeps its mark; the best attempt counts",
             {rec("MAJ301", 3, "45"), rec("MAJ301", 3, "50", Attempt::Makeup), rec("MAJ301", 3, "88", Attempt::Retake)},
             "3.70",
             3,
             3},
            {"pass/fail courses are earned but not in the GPA",
             {rec("PRA304", 4, "P", Attempt::Regular, PF), rec("MAJ301", 3, "85")},
             "3.70",
             7,
             3},
            {"a five-level word counts as its mark", {rec("PRA301", 2, "良好")}, "3.70", 2, 2},
            {"in-progress courses are neither earned nor graded",
             {rec("MAJ301", 3, ""), rec("MAJ302", 2, "90")},
             "4.00",
             2,
             2},
            {"converted transfer marks count",
             {rec("BAS101", 5, "95", Attempt::Regular, G, true), rec("MAJ301", 3, "75")},
             "3.51",
             8,
             8},
            {"half-up at the third decimal (2.875)",
             {rec("A", 1, "85"), rec("B", 1, "78"), rec("C", 1, "82"), rec("D", 1, "64")},
             "2.88",
             4,
             4},
            {"nothing graded: no GPA", {rec("PRA304", 4, "P", Attempt::Regular, PF)}, "", 4, 0},
            {"a failed pass/fail course is not earned", {rec("PRA304", 4, "F", Attempt::Regular, PF)}, "", 0, 0},
            {"half credits", {rec("A", 0.5, "90"), rec("B", 1.5, "60")}, "1.75", 2, 2},
        });
    const GpaCalculator::Result inProgress
        = GpaCalculator(cqupt).compute({rec("MAJ301", 3, ""), rec("MAJ302", 2, "90")});
    CHECK(inProgress.inProgressCreditsHalves == 6);
}

TEST_CASE("RUTS GPA: every attempt, TR excluded, truncation", "[gpa]")
{
    const InstitutionPolicy ruts = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    run(ruts,
        {
            {"every attempt counts, credits once",
             {rec("SP203", 3, "F"), rec("SP203", 3, "B", Attempt::Retake)},
             "1.50",
             3,
             6},
            {"W is ignored, S earned without points, U not earned",
             {rec("SP201", 3, "W"), rec("SP202", 3, "A"), rec("GE111", 1, "S", Attempt::Regular, PF),
              rec("GE112", 1, "U", Attempt::Regular, PF)},
             "4.00",
             4,
             3},
            {"transferred (TR) credits are earned, not graded",
             {rec("SP301", 3, "B+", Attempt::Regular, G, true), rec("SP202", 3, "C")},
             "2.00",
             6,
             3},
            {"truncated, not rounded (3.357)", {rec("A", 3, "B+"), rec("B", 3, "B"), rec("C", 1, "A")}, "3.35", 7, 7},
            {"D is a pass", {rec("A", 3, "D")}, "1.00", 3, 3},
            {"I (incomplete) is neither earned nor graded", {rec("A", 3, "I"), rec("B", 3, "C+")}, "2.50", 3, 3},
            {"only transfers: no GPA", {rec("SP301", 3, "A", Attempt::Regular, G, true)}, "", 3, 0},
        });
}

TEST_CASE("GPA rules come from the policy file", "[gpa]")
{
    const QList<AttemptRecord> records = {rec("A", 3, "B+"), rec("B", 3, "B"), rec("C", 1, "A")};
    const InstitutionPolicy halfUp
        = variant(QStringLiteral("RUTS"), "\"rounding\": \"truncate\"", "\"rounding\": \"half-up\"");
    CHECK(GpaCalculator(halfUp).compute(records).gpaText() == QStringLiteral("3.36"));
    const InstitutionPolicy threeDecimals = variant(QStringLiteral("RUTS"), "\"decimals\": 2", "\"decimals\": 3");
    CHECK(GpaCalculator(threeDecimals).compute(records).gpaText() == QStringLiteral("3.357"));
    const InstitutionPolicy bestOnly
        = variant(QStringLiteral("RUTS"), "\"attempts\": \"all\"", "\"attempts\": \"best\"");
    CHECK(GpaCalculator(bestOnly).compute({rec("SP203", 3, "F"), rec("SP203", 3, "B", Attempt::Retake)}).gpaText()
          == QStringLiteral("3.00"));
    const InstitutionPolicy makeup70
        = variant(QStringLiteral("CQUPT"), "\"makeup_passed_mark\": 60", "\"makeup_passed_mark\": 70");
    CHECK(GpaCalculator(makeup70).compute({rec("A", 3, "45"), rec("A", 3, "90", Attempt::Makeup)}).gpaText()
          == QStringLiteral("2.00"));
}
