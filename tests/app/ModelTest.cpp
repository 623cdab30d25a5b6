// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoFacts.h"
#include "TestSupport.h"
#include "app/common/StudentListModel.h"
#include "app/courses/CourseListModel.h"
#include "data/db/Database.h"
#include "data/repositories/PolicyRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace dd;

TEST_CASE("StudentListModel stays consistent while filtering", "[model]")
{
    ddtest::TempDatabase t(true);
    StudentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setDatabase(&t.db());
    Error error;
    REQUIRE(model.setFilter(QString(), 0, &error));
    CHECK(model.rowCount() == ddtest::kDemoStudents);
    CHECK(model.columnCount() == StudentListModel::ColumnCount);
    CHECK(model.data(model.index(0, StudentListModel::StudentIdColumn)).toString() == QStringLiteral("DD2020001"));
    CHECK(model.headerData(StudentListModel::CohortColumn, Qt::Horizontal).toString() == QStringLiteral("Cohort"));
    REQUIRE(model.setFilter(QString(), 2022, &error));
    CHECK(model.rowCount() == 22);
    REQUIRE(model.setFilter(QStringLiteral("ผึ้ง"), 0, &error));
    CHECK(model.rowCount() >= 1);
    CHECK(model.data(model.index(0, StudentListModel::NativeNameColumn)).toString().contains(QStringLiteral("ผึ้ง")));
    REQUIRE(model.setFilter(QStringLiteral("no such student"), 0, &error));
    CHECK(model.rowCount() == 0);
    CHECK(model.studentAt(0) == nullptr);
    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("CourseListModel shows each institution's credit notation", "[model]")
{
    ddtest::TempDatabase t(true);
    PolicySet policies;
    Error error;
    REQUIRE(PolicyRepository(t.db()).load(&policies, &error));
    CourseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&t.db(), policies);
    REQUIRE(model.setInstitution(QString(), &error));
    CHECK(model.rowCount() == ddtest::kDemoCourses);
    REQUIRE(model.setInstitution(QStringLiteral("RUTS"), &error));
    CHECK(model.rowCount() == 45);
    // RUTS GE104 Chinese Language I: 3 credits, 2 lecture, 2 lab, 5 self-study hours a week.
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, CourseListModel::CodeColumn)).toString() == QLatin1String("GE104")) {
            CHECK(model.data(model.index(row, CourseListModel::CreditsColumn)).toString()
                  == QStringLiteral("3(2-2-5)"));
            CHECK(model.data(model.index(row, CourseListModel::TitleNativeColumn)).toString()
                  == QStringLiteral("ภาษาจีน 1"));
            found = true;
        }
    }
    CHECK(found);
    REQUIRE(model.setInstitution(QStringLiteral("CQUPT"), &error));
    CHECK(model.data(model.index(0, CourseListModel::CreditsColumn)).toString() == QStringLiteral("5")); // BAS101
}

TEST_CASE("StudentListModel reads a page at a time and sorts in the database", "[model][scale]")
{
    ddtest::TempDatabase t;
    QByteArray csv = "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,nationality,"
                     "passport_no,email,cohort,status\n";
    for (int i = 1; i <= 450; ++i) {
        csv += QStringLiteral("DD2099%1,20992100%2,6934040%3,Family%4,Given%5,,,2003-01-01,TH,P%6,s%7@example.edu,%8,"
                              "active\n")
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(QChar(QLatin1Char('A' + i % 26)))
                   .arg(i)
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 2 ? 2021 : 2022)
                   .toUtf8();
    }
    REQUIRE(ddtest::importCsv(t.db(), QStringLiteral("students"), csv).isEmpty());

    StudentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&t.db());
    Error error;
    REQUIRE(model.setFilter(QString(), 0, &error));
    CHECK(model.rowCount() == StudentListModel::PageSize);
    CHECK(model.matchingCount() == 450);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 400);
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    CHECK(model.data(model.index(449, StudentListModel::StudentIdColumn)).toString() == QStringLiteral("DD2099450"));

    model.sort(StudentListModel::FamilyNameColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == StudentListModel::PageSize);
    CHECK(model.data(model.index(0, StudentListModel::FamilyNameColumn)).toString() == QStringLiteral("FamilyZ"));
    // Ties keep the student id order, so that pages never overlap.
    CHECK(model.data(model.index(0, StudentListModel::StudentIdColumn)).toString()
          > model.data(model.index(1, StudentListModel::StudentIdColumn)).toString());

    REQUIRE(model.setFilter(QStringLiteral("Given12"), 2022, &error));
    CHECK(model.matchingCount() == 6); // Given12, Given120..Given128 with an even number
    REQUIRE(model.setFilter(QStringLiteral("100%"), 0, &error)); // the % is a character, not a wildcard
    CHECK(model.matchingCount() == 0);
}
