// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/GradingScale.h"
#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

using namespace dd;

namespace {

struct MarkCase
{
    const char* raw;
    GradingMode mode;
    bool valid;
    Grade::Kind kind;
    int markTenths;
    int points; // hundredths, -1 = none
    bool passed;
};

void checkCases(const GradingScale& scale, const std::initializer_list<MarkCase>& cases)
{
    for (const MarkCase& c : cases) {
        INFO("mark '" << c.raw << "' " << (c.mode == GradingMode::Graded ? "graded" : "pass/fail"));
        QString reason;
        const std::optional<Grade> g = scale.classify(QString::fromUtf8(c.raw), c.mode, &reason);
        REQUIRE(g.has_value() == c.valid);
        if (!c.valid) {
            CHECK_FALSE(reason.isEmpty());
            continue;
        }
        CHECK(g->kind == c.kind);
        if (c.kind == Grade::Kind::Mark) {
            CHECK(g->markTenths == c.markTenths);
        }
        CHECK(g->pointsHundredths.value_or(-1) == c.points);
        CHECK(g->passed == c.passed);
    }
}

} // namespace

TEST_CASE("CQUPT scale: marks, five-level words, stepped grade points", "[grading]")
{
    const InstitutionPolicy cqupt = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    const GradingScale& s = cqupt.grading();
    const auto G = GradingMode::Graded;
    const auto PF = GradingMode::PassFail;
    const auto M = Grade::Kind::Mark;
    checkCases(s,
               {
                   {"100", G, true, M, 1000, 400, true},
                   {"90", G, true, M, 900, 400, true},
                   {"89.5", G, true, M, 895, 370, true},
                   {"89", G, true, M, 890, 370, true},
                   {"85", G, true, M, 850, 370, true},
                   {"84", G, true, M, 840, 330, true},
                   {"82", G, true, M, 820, 330, true},
                   {"81", G, true, M, 810, 300, true},
                   {"78", G, true, M, 780, 300, true},
                   {"77", G, true, M, 770, 270, true},
                   {"75", G, true, M, 750, 270, true},
                   {"74", G, true, M, 740, 230, true},
                   {"72", G, true, M, 720, 230, true},
                   {"71", G, true, M, 710, 200, true},
                   {"68", G, true, M, 680, 200, true},
                   {"67", G, true, M, 670, 150, true},
                   {"64", G, true, M, 640, 150, true},
                   {"63", G, true, M, 630, 100, true},
                   {"60", G, true, M, 600, 100, true},
                   {"59.9", G, true, M, 599, 0, false},
                   {"0", G, true, M, 0, 0, false},
                   {"优秀", G, true, M, 950, 400, true},
                   {"良好", G, true, M, 850, 370, true},
                   {"中等", G, true, M, 750, 270, true},
                   {"及格", G, true, M, 650, 150, true},
                   {"不及格", G, true, M, 500, 0, false},
                   {"", G, true, Grade::Kind::InProgress, 0, -1, false},
                   {"101", G, false, M, 0, 0, false},
                   {"85.25", G, false, M, 0, 0, false},
                   {"A", G, false, M, 0, 0, false},
                   {"-5", G, false, M, 0, 0, false},
                   {"P", G, false, M, 0, 0, false},
                   {"P", PF, true, Grade::Kind::Pass, 0, -1, true},
                   {"F", PF, true, Grade::Kind::Fail, 0, -1, false},
                   {"合格", PF, true, Grade::Kind::Pass, 0, -1, true},
                   {"不合格", PF, true, Grade::Kind::Fail, 0, -1, false},
                   {"85", PF, false, M, 0, 0, false},
                   {"W", G, false, M, 0, 0, false},
               });
    QString reason;
    s.classify(QStringLiteral("105"), G, &reason);
    CHECK(reason == QStringLiteral("mark 105 is outside the scale 0-100"));
    CHECK(s.passMarkTenths() == 600);
}

TEST_CASE("RUTS scale: letters, S/U, W and I", "[grading]")
{
    const InstitutionPolicy ruts = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    const GradingScale& s = ruts.grading();
    const auto G = GradingMode::Graded;
    const auto PF = GradingMode::PassFail;
    const auto L = Grade::Kind::Letter;
    checkCases(s,
               {
                   {"A", G, true, L, 0, 400, true},
                   {"B+", G, true, L, 0, 350, true},
                   {"B", G, true, L, 0, 300, true},
                   {"C+", G, true, L, 0, 250, true},
                   {"C", G, true, L, 0, 200, true},
                   {"D+", G, true, L, 0, 150, true},
                   {"D", G, true, L, 0, 100, true},
                   {"F", G, true, L, 0, 0, false},
                   {"b+", G, true, L, 0, 350, true},
                   {"W", G, true, Grade::Kind::Withdrawn, 0, -1, false},
                   {"I", G, true, Grade::Kind::Incomplete, 0, -1, false},
                   {"S", PF, true, Grade::Kind::Pass, 0, -1, true},
                   {"U", PF, true, Grade::Kind::Fail, 0, -1, false},
                   {"W", PF, true, Grade::Kind::Withdrawn, 0, -1, false},
                   {"S", G, false, L, 0, 0, false},
                   {"A", PF, false, L, 0, 0, false},
                   {"E", G, false, L, 0, 0, false},
                   {"85", G, false, L, 0, 0, false},
                   {"A+", G, false, L, 0, 0, false},
               });
    QString reason;
    const std::optional<Grade> lower = s.classify(QStringLiteral("b+"), G, &reason);
    REQUIRE(lower);
    CHECK(lower->raw == QStringLiteral("B+")); // stored in the scale's own spelling
    CHECK(s.acceptedMarks(PF)
          == QStringList {QStringLiteral("S"), QStringLiteral("U"), QStringLiteral("W"), QStringLiteral("I")});
}
