// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GoldenCases.h"
#include "PolicyFixtures.h"
#include "core/policy/ConversionTable.h"
#include "core/policy/InstitutionPolicy.h"
#include "core/policy/Programme.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace dd;

TEST_CASE("Shipped policies read and carry the demo numbers as data", "[policy]")
{
    const InstitutionPolicy cqupt = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    CHECK(cqupt.code() == QStringLiteral("CQUPT"));
    CHECK(cqupt.nameZh() == QStringLiteral("重庆邮电大学"));
    CHECK(cqupt.lectureHoursPerCredit() == 16);
    CHECK(cqupt.labHoursPerCredit() == 24);
    CHECK(cqupt.categoryCodes()
          == QStringList {QStringLiteral("GEN"), QStringLiteral("BAS"), QStringLiteral("MAJ"), QStringLiteral("PRA"),
                          QStringLiteral("PRJ")});
    CHECK(cqupt.categories().last().countsToward == QStringLiteral("PRA"));
    CHECK(cqupt.gpa().rounding == InstitutionPolicy::Rounding::HalfUp);
    CHECK(cqupt.gpa().attempts == InstitutionPolicy::AttemptsInGpa::Best);

    const InstitutionPolicy ruts = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    CHECK(ruts.nameTh() == QStringLiteral("มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย"));
    CHECK(ruts.lectureHoursPerCredit() == 15);
    CHECK(ruts.labHoursPerCredit() == 30);
    CHECK(ruts.gpa().rounding == InstitutionPolicy::Rounding::Truncate);
    CHECK(ruts.gpa().attempts == InstitutionPolicy::AttemptsInGpa::All);
    REQUIRE(ruts.transferIn().minimumGrade);
    CHECK(ruts.transferIn().minimumGrade->raw == QStringLiteral("C"));
    CHECK(ruts.transferIn().maxAgeYears == 5);
    REQUIRE(cqupt.transferIn().minimumGrade);
    CHECK(cqupt.transferIn().minimumGrade->markTenths == 600);
    CHECK(cqupt.transferIn().maxAgeYears == 0);
}

TEST_CASE("Credits are written in each institution's notation", "[policy]")
{
    Course c;
    c.creditsHalves = 6;
    c.lectureHours = 30;
    c.labHours = 30;
    c.selfStudyHours = 75;
    CHECK(ddtest::shippedPolicy(QStringLiteral("RUTS")).formatCredits(c) == QStringLiteral("3(2-2-5)"));
    CHECK(ddtest::shippedPolicy(QStringLiteral("CQUPT")).formatCredits(c) == QStringLiteral("3"));
    c.creditsHalves = 5;
    CHECK(ddtest::shippedPolicy(QStringLiteral("CQUPT")).formatCredits(c) == QStringLiteral("2.5"));
}

TEST_CASE("Shipped conversion tables convert both ways with a version", "[policy]")
{
    QList<ConversionTable> tables;
    QString error;
    REQUIRE(ConversionTable::listFromJson(
        ddtest::readBytes(QStringLiteral(DD_SOURCE_DIR "/data/policies/conversions.json")),
        QStringLiteral("conversions.json"), &tables, &error));
    REQUIRE(tables.size() == 2);
    const ConversionTable& toCqupt = tables.at(0);
    const ConversionTable& toRuts = tables.at(1);
    CHECK(toCqupt.version() == QStringLiteral("2020.1"));

    const InstitutionPolicy ruts = ddtest::shippedPolicy(QStringLiteral("RUTS"));
    const InstitutionPolicy cqupt = ddtest::shippedPolicy(QStringLiteral("CQUPT"));
    const std::pair<const char*, const char*> letterToMark[]
        = {{"A", "95"}, {"B+", "87"}, {"B", "82"}, {"C+", "77"}, {"C", "72"}, {"D+", "67"}, {"D", "62"}, {"F", "50"}};
    for (const auto& [letter, mark] : letterToMark) {
        QString reason;
        const std::optional<Grade> g
            = ruts.grading().classify(QString::fromLatin1(letter), GradingMode::Graded, &reason);
        REQUIRE(g);
        CHECK(toCqupt.convert(*g) == QString::fromLatin1(mark));
    }
    const std::pair<const char*, const char*> markToLetter[] = {
        {"100", "A"}, {"90", "A"}, {"89", "B+"}, {"85", "B+"}, {"84", "B"}, {"80", "B"}, {"79", "C+"}, {"75", "C+"},
        {"74", "C"},  {"70", "C"}, {"69", "D+"}, {"65", "D+"}, {"64", "D"}, {"60", "D"}, {"59", "F"},  {"良好", "B+"}};
    for (const auto& [mark, letter] : markToLetter) {
        INFO(mark);
        QString reason;
        const std::optional<Grade> g = cqupt.grading().classify(QString::fromUtf8(mark), GradingMode::Graded, &reason);
        REQUIRE(g);
        CHECK(toRuts.convert(*g) == QString::fromLatin1(letter));
    }
    QString reason;
    const std::optional<Grade> pass = cqupt.grading().classify(QStringLiteral("P"), GradingMode::PassFail, &reason);
    CHECK(toRuts.convert(*pass) == QStringLiteral("S"));
}

TEST_CASE("Shipped programme files read", "[policy]")
{
    const QDir dir(QStringLiteral(DD_SOURCE_DIR "/data/programmes"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    CHECK(files.size() == 10);
    for (const QString& name : files) {
        Programme p;
        QString error;
        INFO(name.toStdString() << ": " << error.toStdString());
        REQUIRE(Programme::fromJson(ddtest::readBytes(dir.filePath(name)), name, &p, &error));
        CHECK(name == p.code + QStringLiteral(".json"));
    }
}

// Golden cases: tests/fixtures/policies/<case>/ holds a broken file (institution.json,
// conversions.json or programme.json) and expected-error.txt, the exact message.
TEST_CASE("The broken policy files of the golden set are at least eight", "[policy][golden]")
{
    CHECK(ddtest::goldenCaseCount(QStringLiteral("policies")) >= 8);
}

TEST_CASE("Broken policy files are refused with file, path and reason", "[.][golden-policies]")
{
    const QDir root = ddtest::goldenRoot(QStringLiteral("policies"));
    for (const QString& name : ddtest::goldenCases(QStringLiteral("policies"))) {
        const QDir dir(root.filePath(name));
        const QString expected
            = QString::fromUtf8(ddtest::readBytes(dir.filePath(QStringLiteral("expected-error.txt")))).trimmed();
        QString error;
        bool ok = true;
        if (dir.exists(QStringLiteral("institution.json"))) {
            InstitutionPolicy p;
            ok = InstitutionPolicy::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("institution.json"))),
                                             QStringLiteral("institution.json"), &p, &error);
        } else if (dir.exists(QStringLiteral("conversions.json"))) {
            QList<ConversionTable> tables;
            ok = ConversionTable::listFromJson(ddtest::readBytes(dir.filePath(QStringLiteral("conversions.json"))),
                                               QStringLiteral("conversions.json"), &tables, &error);
        } else {
            Programme p;
            ok = Programme::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("programme.json"))),
                                     QStringLiteral("programme.json"), &p, &error);
        }
        INFO("case " << name.toStdString());
        CHECK_FALSE(ok);
        CHECK(error.toStdString() == expected.toStdString());
    }
}
