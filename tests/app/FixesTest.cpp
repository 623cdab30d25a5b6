// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What registrars and coordinators hit in the window: impossible dates, letter
// grades in lower case, an empty cohort overview.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/audit/AuditPanel.h"
#include "app/audit/AuditView.h"
#include "app/common/DateField.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/transfer/CreditTransferView.h"
#include "app/transfer/TransferPlanModel.h"
#include "app/window/LoginDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
        Error error;
        ddtest::openAsSomeoneElse(other, demo.path());
        std::optional<CourseResult> r = ResultRepository(other).find(
            QStringLiteral("DD2023002"), QStringLiteral("CQUPT"), QStringLiteral("MAJ309"),
            QStringLiteral("2026-2027-1"), Attempt::Regular, &error);
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
    StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020001"));
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
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    const std::optional<CourseResult> r = ResultRepository(db).find(
        student, QStringLiteral("RUTS"), QStringLiteral("GE101"), QStringLiteral("1/2566"), Attempt::Regular, &error);
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

TEST_CASE("Search finds a student by given name first, and double-click opens the record", "[gui][fixes]")
{
    ddtest::DemoWindow demo;
    auto* students = child<QTableView>(demo.window, "studentTable");
    auto* search = child<QLineEdit>(demo.window, "studentSearch");
    for (const char* typed : {"Thitima Nuchnoi", "Nuchnoi Thitima", "thitima nuch", "ฐิติมา นุชน้อย"}) {
        search->setText(QString::fromUtf8(typed));
        INFO(typed);
        REQUIRE(students->model()->rowCount() == 1);
        CHECK(students->model()->index(0, 0).data().toString() == QStringLiteral("DD2020001"));
    }
    search->setText(QStringLiteral("Thitima Nobody"));
    CHECK(students->model()->rowCount() == 0);

    search->setText(QStringLiteral("Thitima Nuchnoi"));
    const QModelIndex first = students->model()->index(0, 0);
    QTest::mouseClick(students->viewport(), Qt::LeftButton, {}, students->visualRect(first).center());
    QTest::mouseDClick(students->viewport(), Qt::LeftButton, {}, students->visualRect(first).center());
    auto* dialog = demo.window.findChild<StudentDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle().contains(QStringLiteral("DD2020001")));
    dialog->reject();
}

TEST_CASE("What a role may not do is disabled with the reason shown beside it", "[gui][fixes][roles]")
{
    ddtest::DemoWindow demo;
    // Log in as the CQUPT registrar (File › Log In As…).
    QTimer::singleShot(0, []() {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(*dialog, "userEdit")->setText(QStringLiteral("cqupt.registrar"));
        child<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("cqupt-demo-2020"));
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    });
    REQUIRE(demo.window.logIn());

    // Students: the registrar may add and change, not delete.
    auto* students = child<QLabel>(demo.window, "studentsRoleNote");
    CHECK(students->isVisibleTo(&demo.window));
    CHECK(students->text().contains(QStringLiteral("may not delete students")));
    CHECK_FALSE(child<QPushButton>(demo.window, "deleteStudentButton")->isEnabled());
    CHECK(child<QPushButton>(demo.window, "newStudentButton")->isEnabled());
    CHECK(child<QLabel>(demo.window, "coursesRoleNote")->text().contains(QStringLiteral("for RUTS")));

    // RUTS marks are read only, CQUPT ones editable.
    demo.window.showView(QStringLiteral("results"));
    ResultsEntryView* results = demo.window.resultsView();
    REQUIRE(results->showSheet(QStringLiteral("RUTS"), QStringLiteral("1/2566"), QStringLiteral("GE101")));
    auto* note = child<QLabel>(demo.window, "entryRoleNote");
    CHECK(note->isVisibleTo(&demo.window));
    CHECK(note->text().contains(QStringLiteral("may not enter or change results for RUTS")));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    CHECK_FALSE(model->flags(model->index(0, MarkSheetModel::MarkColumn)) & Qt::ItemIsEditable);
    REQUIRE(results->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"), QStringLiteral("MAJ309")));
    CHECK_FALSE(note->isVisibleTo(&demo.window));
    CHECK(model->flags(model->index(0, MarkSheetModel::MarkColumn)) & Qt::ItemIsEditable);

    // Exceptions at RUTS are not offered; at CQUPT they are.
    demo.window.showView(QStringLiteral("audit"));
    demo.window.auditView()->showStudent(QStringLiteral("DD2020008"));
    AuditPanel* ruts = demo.window.auditView()->panel(QStringLiteral("RUTS"));
    AuditPanel* cqupt = demo.window.auditView()->panel(QStringLiteral("CQUPT"));
    CHECK_FALSE(child<QPushButton>(*ruts, "addExceptionButton")->isEnabled());
    CHECK(child<QLabel>(*ruts, "exceptionRoleNote")->text().contains(QStringLiteral("exceptions for RUTS")));
    CHECK(child<QPushButton>(*cqupt, "addExceptionButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(*cqupt, "exceptionRoleNote")->isVisibleTo(cqupt));

    // Transfers into RUTS are decided at RUTS.
    demo.window.showView(QStringLiteral("transfer"));
    demo.window.creditTransferView()->showStudent(QStringLiteral("DD2023002"), QStringLiteral("RUTS"));
    CHECK(child<QLabel>(demo.window, "transferRoleNote")->text().contains(QStringLiteral("for RUTS")));
    CHECK_FALSE(child<QPushButton>(demo.window, "applyButton")->isEnabled());
}
