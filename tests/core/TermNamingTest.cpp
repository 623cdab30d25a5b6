// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/TermNaming.h"
#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("CQUPT terms: 2020-2021-1 and 2020-2021-2", "[terms]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    const TermNaming& t = policy.terms();
    QString reason;
    const std::optional<TermInfo> first = t.parse(QStringLiteral("2020-2021-1"), &reason);
    REQUIRE(first);
    CHECK(first->academicYear == 2020);
    CHECK(first->semester == 1);
    CHECK(first->regular);
    CHECK(first->startDate == QDate(2020, 9, 1));
    CHECK(first->endDate == QDate(2021, 1, 20));
    const std::optional<TermInfo> second = t.parse(QStringLiteral("2020-2021-2"), &reason);
    REQUIRE(second);
    CHECK(second->startDate == QDate(2021, 2, 25));
    CHECK(second->ordinal() > first->ordinal());
    CHECK(t.format(2022, 1) == QStringLiteral("2022-2023-1"));

    for (const char* bad : {"2020-2022-1", "2020-2021-3", "1/2563", "2020/2021/1", "20-21-1", "1989-1990-1"}) {
        INFO(bad);
        CHECK_FALSE(t.parse(QString::fromLatin1(bad), &reason).has_value());
        CHECK_FALSE(reason.isEmpty());
    }
}

TEST_CASE("RUTS terms: semester/Buddhist-Era year, 3 = summer", "[terms]")
{
    const InstitutionPolicy policy = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    const TermNaming& t = policy.terms();
    QString reason;
    const std::optional<TermInfo> first = t.parse(QStringLiteral("1/2563"), &reason);
    REQUIRE(first);
    CHECK(first->academicYear == 2020); // BE = CE + 543
    CHECK(first->regular);
    const std::optional<TermInfo> summer = t.parse(QStringLiteral("3/2563"), &reason);
    REQUIRE(summer);
    CHECK_FALSE(summer->regular);
    CHECK(summer->endDate == QDate(2021, 5, 31));
    CHECK(t.format(2023, 2) == QStringLiteral("2/2566"));
    CHECK_FALSE(t.parse(QStringLiteral("4/2563"), &reason).has_value());
    CHECK(reason.contains(QStringLiteral("semester 4 does not exist")));
    CHECK_FALSE(t.parse(QStringLiteral("2020-2021-1"), &reason).has_value());
    CHECK(reason.contains(QStringLiteral("1/2563")));
}
