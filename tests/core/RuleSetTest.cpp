// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/RuleSet.h"

#include "GoldenCases.h"
#include "PolicyFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace dd;

TEST_CASE("The shipped rule files read, with the structure the demo policies describe", "[rules]")
{
    const QDir dir(QStringLiteral(DD_SOURCE_DIR "/data/programmes"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")})) {
        RuleSet rules;
        QString error;
        INFO(name.toStdString());
        if (!RuleSet::fromJson(ddtest::readBytes(dir.filePath(name)), name, &rules, &error)) {
            FAIL(error.toStdString());
        }
        CHECK_FALSE(rules.graduation().isEmpty());
    }
    RuleSet cqupt;
    QString error;
    REQUIRE(RuleSet::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("CQUPT-CST-2020.json"))),
                              QStringLiteral("c"), &cqupt, &error));
    CHECK(cqupt.programme().institution == QStringLiteral("CQUPT"));
    CHECK(cqupt.requirement(QStringLiteral("prj"))->parentId == QStringLiteral("pra"));
    CHECK(cqupt.children(QStringLiteral("pra")) == QStringList {QStringLiteral("prj")});
    CHECK(cqupt.isAncestor(QStringLiteral("pra"), QStringLiteral("prj")));
    CHECK_FALSE(cqupt.isAncestor(QStringLiteral("prj"), QStringLiteral("pra")));
    CHECK(cqupt.requirement(QStringLiteral("hsk"))->minScore == 180);
    CHECK(cqupt.degree() == QStringList {QStringLiteral("gpa"), QStringLiteral("hsk")});
    CHECK_FALSE(cqupt.honours().has_value());

    RuleSet ruts;
    REQUIRE(RuleSet::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("RUTS-CS-2020.json"))), QStringLiteral("r"),
                              &ruts, &error));
    REQUIRE(ruts.honours().has_value());
    CHECK(ruts.honours()->classes.first().name == QStringLiteral("first"));
    CHECK(ruts.honours()->classes.first().minGpaScaled == 360);
    CHECK(ruts.requirement(QStringLiteral("transfer_cap"))->fractionPermille == 750);
    CHECK(ruts.totalCreditsHalves() == 240);
    CHECK(ruts.transferCapHalves() == 180); // 3/4 of 120
    CHECK(cqupt.transferCapHalves() == 0);

    RuleSet next;
    REQUIRE(RuleSet::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("CQUPT-CST-2024.json"))),
                              QStringLiteral("n"), &next, &error));
    CHECK(next.mayShare(QStringLiteral("bas"), QStringLiteral("core")));
    CHECK_FALSE(next.mayShare(QStringLiteral("gen"), QStringLiteral("core")));
}

// Golden cases: tests/fixtures/rules/<case>/rules.json and the exact message in expected-error.txt.
TEST_CASE("The broken rule files of the golden set are at least ten", "[rules][golden]")
{
    CHECK(ddtest::goldenCaseCount(QStringLiteral("rules")) >= 10);
}

TEST_CASE("A rule file with an error is refused with its file, path and reason", "[.][golden-rules]")
{
    const QDir root = ddtest::goldenRoot(QStringLiteral("rules"));
    for (const QString& name : ddtest::goldenCases(QStringLiteral("rules"))) {
        const QDir dir(root.filePath(name));
        RuleSet rules;
        QString error;
        INFO("case " << name.toStdString());
        CHECK_FALSE(RuleSet::fromJson(ddtest::readBytes(dir.filePath(QStringLiteral("rules.json"))),
                                      QStringLiteral("rules.json"), &rules, &error));
        CHECK(error.toStdString()
              == QString::fromUtf8(ddtest::readBytes(dir.filePath(QStringLiteral("expected-error.txt"))))
                     .trimmed()
                     .toStdString());
    }
}
