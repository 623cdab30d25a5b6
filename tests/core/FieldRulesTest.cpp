// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FieldRules.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Field rules: dates are ISO 8601 calendar dates", "[fields]")
{
    QString reason;
    CHECK(FieldRules::isoDate(QStringLiteral("2001-03-04"), &reason) == QDate(2001, 3, 4));
    for (const char* bad : {"2001-13-04", "2001-02-30", "04/03/2001", "2001-3-4", "20010304", ""}) {
        INFO(bad);
        CHECK_FALSE(FieldRules::isoDate(QString::fromLatin1(bad), &reason).has_value());
        CHECK(reason.contains(QStringLiteral("YYYY-MM-DD")));
    }
}

TEST_CASE("Field rules: nationality is ISO 3166-1 alpha-2", "[fields]")
{
    QString reason;
    CHECK(FieldRules::nationality(QStringLiteral("TH"), &reason));
    CHECK(FieldRules::nationality(QStringLiteral("CN"), &reason));
    CHECK(FieldRules::nationality(QStringLiteral("LA"), &reason));
    for (const char* bad : {"th", "THA", "XX", "Thai", ""}) {
        INFO(bad);
        CHECK_FALSE(FieldRules::nationality(QString::fromLatin1(bad), &reason));
    }
}

TEST_CASE("Field rules: credits in halves, hours whole, years plausible", "[fields]")
{
    QString reason;
    CHECK(FieldRules::creditsHalves(QStringLiteral("3"), &reason) == 6);
    CHECK(FieldRules::creditsHalves(QStringLiteral("2.5"), &reason) == 5);
    CHECK(FieldRules::creditsHalves(QStringLiteral("0"), &reason) == 0);
    CHECK_FALSE(FieldRules::creditsHalves(QStringLiteral("2.25"), &reason).has_value());
    CHECK_FALSE(FieldRules::creditsHalves(QStringLiteral("-1"), &reason).has_value());
    CHECK_FALSE(FieldRules::creditsHalves(QStringLiteral("three"), &reason).has_value());
    CHECK(FieldRules::hours(QStringLiteral("48"), &reason) == 48);
    CHECK_FALSE(FieldRules::hours(QStringLiteral("4.5"), &reason).has_value());
    CHECK(FieldRules::year(QStringLiteral("2020"), &reason) == 2020);
    CHECK_FALSE(FieldRules::year(QStringLiteral("20"), &reason).has_value());
    CHECK_FALSE(FieldRules::year(QStringLiteral("1850"), &reason).has_value());
}

TEST_CASE("Field rules: e-mail and identifiers", "[fields]")
{
    QString reason;
    CHECK(FieldRules::email(QStringLiteral("somchai.s@students.example.edu"), &reason));
    CHECK_FALSE(FieldRules::email(QStringLiteral("somchai@"), &reason));
    CHECK_FALSE(FieldRules::email(QStringLiteral("a b@example.edu"), &reason));
    CHECK(FieldRules::identifier(QStringLiteral("DD2020001"), &reason));
    CHECK(FieldRules::identifier(QStringLiteral("2022210001"), &reason));
    CHECK_FALSE(FieldRules::identifier(QStringLiteral("DD 2020"), &reason));
    CHECK_FALSE(FieldRules::identifier(QStringLiteral("x';DROP"), &reason));
}
