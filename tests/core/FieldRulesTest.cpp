// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/FieldRules.h"

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

TEST_CASE("Field rules: a Thai national ID needs 13 digits and its check digit", "[fields]")
{
    QString reason;
    CHECK(FieldRules::nationalId(QStringLiteral("1101700230708"), QStringLiteral("TH"), QDate(), &reason));
    CHECK(FieldRules::nationalId(QStringLiteral("3100600445155"), QStringLiteral("TH"), QDate(), &reason));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("1101700230704"), QStringLiteral("TH"), QDate(), &reason));
    CHECK(reason == QStringLiteral("'1101700230704' is not a Thai national ID: its check digit should be 8"));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("110170023070"), QStringLiteral("TH"), QDate(), &reason));
    CHECK(reason.contains(QStringLiteral("13 digits")));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("1-1017-00230-70-5"), QStringLiteral("TH"), QDate(), &reason));
}

TEST_CASE("Field rules: a Chinese resident ID needs its MOD 11-2 check character and the birth date", "[fields]")
{
    QString reason;
    // GB 11643-1999's own example: 11010519491231002X, born 1949-12-31.
    CHECK(FieldRules::nationalId(QStringLiteral("11010519491231002X"), QStringLiteral("CN"), QDate(1949, 12, 31),
                                 &reason));
    CHECK(FieldRules::nationalId(QStringLiteral("440524188001010014"), QStringLiteral("CN"), QDate(), &reason));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("110105194912310021"), QStringLiteral("CN"), QDate(), &reason));
    CHECK(reason
          == QStringLiteral("'110105194912310021' is not a Chinese resident ID: its check character should be X"));
    CHECK_FALSE(
        FieldRules::nationalId(QStringLiteral("11010519491231002X"), QStringLiteral("CN"), QDate(1950, 1, 1), &reason));
    CHECK(reason
          == QStringLiteral("the resident ID gives the birth date 1949-12-31, not the date of birth 1950-01-01"));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("11010519491231002x"), QStringLiteral("CN"), QDate(), &reason));
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("1101700230708"), QStringLiteral("CN"), QDate(), &reason));
    // Nobody else has one recorded.
    CHECK_FALSE(FieldRules::nationalId(QStringLiteral("1101700230708"), QStringLiteral("LA"), QDate(), &reason));
    CHECK(reason == QStringLiteral("a national ID is recorded for nationality TH or CN only, not LA"));
}

TEST_CASE("Field rules: typed text is bounded and holds nothing invisible or reordering", "[fields]")
{
    using FieldRules::TextKind;
    QString reason;
    CHECK(FieldRules::text(QStringLiteral("ฐิติมา นุชน้อย"), 100, TextKind::Line, &reason));
    CHECK(FieldRules::text(QStringLiteral("王磊"), 100, TextKind::Line, &reason));
    CHECK(FieldRules::text(QString(100, QLatin1Char('a')), 100, TextKind::Line, &reason));
    CHECK_FALSE(FieldRules::text(QString(5000, QLatin1Char('a')), 100, TextKind::Line, &reason));
    CHECK(reason == QStringLiteral("is 5000 characters long; at most 100 are allowed"));
    CHECK(FieldRules::text(QStringLiteral("line one\nline two\tend"), 1000, TextKind::Paragraph, &reason));
    CHECK_FALSE(FieldRules::text(QStringLiteral("line one\nline two"), 1000, TextKind::Line, &reason));
    CHECK(reason == QStringLiteral("has a control character (U+000A) at position 9"));
    const struct
    {
        char16_t c;
        const char* what;
    } refused[] = {{0x0007, "control character (U+0007)"},
                   {0x007f, "control character (U+007F)"},
                   {0x0085, "control character (U+0085)"},
                   {0x202a, "bidirectional control (U+202A)"},
                   {0x202e, "bidirectional control (U+202E)"},
                   {0x2066, "bidirectional control (U+2066)"},
                   {0x2069, "bidirectional control (U+2069)"},
                   {0xfeff, "(U+FEFF)"},
                   {0xffff, "(U+FFFF)"},
                   {0xfffe, "(U+FFFE)"},
                   {0xfdd0, "(U+FDD0)"},
                   {0xd800, "half of a surrogate pair"}};
    for (const auto& r : refused) {
        const QString value = QStringLiteral("Ab") + QChar(r.c) + QStringLiteral("cd");
        INFO(r.what);
        CHECK_FALSE(FieldRules::text(value, 100, TextKind::Paragraph, &reason));
        CHECK(reason.contains(QString::fromLatin1(r.what)));
        CHECK(reason.contains(QStringLiteral("position 3")));
    }
    // A character outside the BMP is one position, and U+1FFFF is a noncharacter.
    CHECK(FieldRules::text(QStringLiteral("😀 ok"), 100, TextKind::Line, &reason));
    CHECK_FALSE(FieldRules::text(QString::fromUcs4(U"a\U0001FFFF"), 100, TextKind::Line, &reason));
    CHECK(reason.contains(QStringLiteral("U+1FFFF")));
}
