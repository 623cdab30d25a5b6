// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What registrars and coordinators hit in the window: impossible dates, letter
// grades in lower case, an empty cohort overview.

#include "AuditView.h"
#include "CreditTransferView.h"
#include "Database.h"
#include "DateField.h"
#include "MainWindow.h"
#include "MarkSheetModel.h"
#include "ResultRepository.h"
#include "ResultsEntryView.h"
#include "StudentDialog.h"
#include "TestSupport.h"
#include "TransferPlanModel.h"
#include "WidgetTestSupport.h"

#include <catch2/catch.hpp>

#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dd;
using ddtest::child;

TEST_CASE("A date field refuses an impossible date as typed and never turns it into another", "[gui][fixes]")
{
    DateField field;
    field.setDate(QDate(2026, 2, 1));
    QSignalSpy changed(&field, &DateField::dateChanged);
    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("2026-02-31"));
    QTest::keyClick(&field, Qt::Key_Return);
    CHECK(field.date() == QDate(2026, 2, 1)); // not 2026-02-03, not 2026-03-03
    CHECK(field.text() == QStringLiteral("2026-02-31")); // what was typed stays to be corrected
    CHECK(field.problem().contains(QStringLiteral("'2026-02-31' is not a date")));
    CHECK_FALSE(field.isAcceptable());
    CHECK(changed.isEmpty());

    field.selectAll();
    QTest::keyClicks(&field, QStringLiteral("2024-02-29")); // a leap day is a date
    CHECK(field.isAcceptable());
    CHECK(field.date() == QDate(2024, 2, 29));
    CHECK(changed.size() == 1);
    for (const char* bad : {"2023-02-29", "2026-13-01", "2026-04-31", "26-04-01", "2026-4-1"}) {
        field.setText(QString::fromLatin1(bad));
        Q_EMIT field.editingFinished();
        INFO(bad);
        CHECK_FALSE(field.isAcceptable());
        CHECK(field.date() == QDate(2024, 2, 29));
    }
}

TEST_CASE("The credit transfer view decides nothing on an impossible decision date", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    demo.window.showView(QStringLiteral("transfer"));
    demo.window.creditTransferView()->showStudent(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    auto* date = child<DateField>(demo.window, "asOfDate");
    date->setDate(QDate(2027, 2, 1));
    CHECK(child<QTableView>(demo.window, "transferTable")->model()->rowCount() > 0);
    date->setText(QStringLiteral("2026-02-31"));
    Q_EMIT date->editingFinished();
    CHECK(child<QLabel>(demo.window, "transferSummary")->text().contains(QStringLiteral("'2026-02-31' is not a date")));
    CHECK(child<QTableView>(demo.window, "transferTable")->model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(demo.window, "applyButton")->isEnabled());
}

TEST_CASE("A backdated decision date refuses the transfer with the reason in the window", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    {
        // MAJ309 (2026-2027-1) passed, so its transfer to SP309 becomes possible.
        Database other;
        QString error;
        ddtest::openAsSomeoneElse(other, demo.path());
        std::optional<CourseResult> r = ResultRepository(other).find(
            QStringLiteral("DD2023002"), QStringLiteral("CQUPT"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1"),
            Attempt::Regular, &error);
        REQUIRE(r);
        REQUIRE(ResultRepository(other).changeMark(*r, QStringLiteral("85"), QStringLiteral("first mark recorded"),
                                                   &error));
    }
    demo.window.showView(QStringLiteral("transfer"));
    demo.window.creditTransferView()->showStudent(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    auto* date = child<DateField>(demo.window, "asOfDate");
    date->setDate(QDate(2027, 2, 1));
    CHECK(child<QPushButton>(demo.window, "applyButton")->isEnabled());
    date->setDate(QDate(2026, 12, 31));
    auto* model = child<QTableView>(demo.window, "transferTable")->model();
    bool backdated = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        backdated = backdated
            || model->index(r, TransferPlanModel::DetailColumn)
                   .data()
                   .toString()
                   .startsWith(QStringLiteral("decision date before the source term ended"));
    }
    CHECK(backdated);
    CHECK_FALSE(child<QPushButton>(demo.window, "applyButton")->isEnabled());
}

TEST_CASE("The student form refuses an impossible date of birth next to the field", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    StudentDialog* dialog = demo.window.openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    auto* dob = child<QLineEdit>(*dialog, "dateOfBirthEdit");
    const QString old = dob->text();
    dob->setText(QStringLiteral("2002-02-31"));
    CHECK_FALSE(dialog->save());
    CHECK(dialog->problem(QStringLiteral("date_of_birth")).contains(QStringLiteral("2002-02-31")));
    dob->setText(old);
    dialog->reject();
}

TEST_CASE("A letter grade typed in lower case is kept as the scale writes it", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    demo.window.showView(QStringLiteral("results"));
    ResultsEntryView* view = demo.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("RUTS"), QStringLiteral("1/2566"), QStringLiteral("GE101")));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    const QString student = model->index(0, MarkSheetModel::StudentColumn).data().toString();
    const QString recorded = model->index(0, MarkSheetModel::RecordedColumn).data().toString();
    const QString typed = recorded == QLatin1String("C+") ? QStringLiteral("b+") : QStringLiteral("c+");
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), typed));
    CHECK(model->index(0, MarkSheetModel::MarkColumn).data().toString() == typed.toUpper());
    REQUIRE(view->saveMarks(QStringLiteral("Re-marked")));
    Database db;
    QString error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    const std::optional<CourseResult> r = ResultRepository(db).find(student, QStringLiteral("RUTS"), QStringLiteral("GE101"),
                                                                    QStringLiteral("1/2566"), Attempt::Regular, &error);
    REQUIRE(r);
    CHECK(r->mark == typed.toUpper());
}

TEST_CASE("The cohort overview shows the first cohort's audits and charts when first opened", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    demo.window.showView(QStringLiteral("audit"));
    AuditView* view = demo.window.auditView();
    child<QTabWidget>(*view, "auditTabs")->setCurrentWidget(child<QWidget>(*view, "cohortAuditPage"));
    CHECK(child<QTableView>(*view, "cohortTable")->model()->rowCount() > 0);
    CHECK_FALSE(child<QLabel>(*view, "cohortSummary")->text().isEmpty());
    for (const char* name : {"progressChart", "gpaChart"}) {
        INFO(name);
        CHECK_FALSE(child<QChartView>(*view, name)->chart()->series().isEmpty());
    }
}
