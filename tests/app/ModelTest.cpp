// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CourseListModel.h"
#include "Database.h"
#include "PolicyRepository.h"
#include "StudentListModel.h"
#include "TestSupport.h"

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
    QString error;
    REQUIRE(model.setFilter(QString(), 0, &error));
    CHECK(model.rowCount() == 100);
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
    QString error;
    REQUIRE(PolicyRepository(t.db()).load(&policies, &error));
    CourseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&t.db(), policies);
    REQUIRE(model.setInstitution(QString(), &error));
    CHECK(model.rowCount() == 100);
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
