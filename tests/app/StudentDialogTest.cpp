// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/students/StudentDialog.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/students/StudentsView.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace dd;
using ddtest::child;

namespace {

std::optional<Student> stored(const QString& path, const QString& id)
{
    Database db;
    Error error;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    return StudentRepository(db).find(id, &error);
}

} // namespace

TEST_CASE("The student detail form validates next to each field, saves, and undo restores", "[gui][students]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString path = demo.path();
    auto* table = child<QTableView>(window, "studentTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(window, "studentDetailsButton"), Qt::LeftButton);
    auto* dialog = window.findChild<StudentDialog*>();
    REQUIRE(dialog);
    CHECK(child<QTreeWidget>(*dialog, "resultsTree")->topLevelItemCount() == 2); // CQUPT and RUTS
    CHECK(child<QTableWidget>(*dialog, "transfersTable")->rowCount() > 0);
    CHECK(child<QTableWidget>(*dialog, "milestonesTable")->rowCount() > 0);
    CHECK(child<QLabel>(*dialog, "auditSummary")->text().contains(QStringLiteral("RUTS-CS-2020")));

    auto* email = child<QLineEdit>(*dialog, "emailEdit");
    auto* dob = child<QLineEdit>(*dialog, "dateOfBirthEdit");
    const QString oldEmail = email->text();
    email->setText(QStringLiteral("not an address"));
    dob->setText(QStringLiteral("2030-01-01"));
    CHECK_FALSE(dialog->save());
    CHECK_FALSE(dialog->problem(QStringLiteral("email")).isEmpty());
    CHECK(dialog->problem(QStringLiteral("date_of_birth")).contains(QStringLiteral("not a plausible date of birth")));
    CHECK(dialog->problem(QStringLiteral("family_name")).isEmpty());
    CHECK(stored(path, QStringLiteral("DD2020001"))->email == oldEmail);

    dob->setText(stored(path, QStringLiteral("DD2020001"))->dateOfBirth.toString(Qt::ISODate));
    email->setText(QStringLiteral("thitima.n@students.example.edu"));
    REQUIRE(dialog->save());
    CHECK(stored(path, QStringLiteral("DD2020001"))->email == QStringLiteral("thitima.n@students.example.edu"));
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    child<QAction>(window, "actionUndo")->trigger(); // after the dialog is gone
    CHECK(stored(path, QStringLiteral("DD2020001"))->email == oldEmail);
    child<QAction>(window, "actionRedo")->trigger();
    CHECK(stored(path, QStringLiteral("DD2020001"))->email == QStringLiteral("thitima.n@students.example.edu"));
}

TEST_CASE("A conflicting student save shows both values and keeps the input", "[gui][students]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString path = demo.path();
    Error error;
    StudentDialog* dialog = window.studentsView()->openStudent(QStringLiteral("DD2020002"));
    REQUIRE(dialog);
    child<QLineEdit>(*dialog, "passportEdit")->setText(QStringLiteral("AB1234567"));
    {
        Database other;
        ddtest::openAsSomeoneElse(other, path);
        Student s = StudentRepository(other).find(QStringLiteral("DD2020002"), &error).value();
        s.passportNo = QStringLiteral("ZZ7654321");
        REQUIRE(StudentRepository(other).update(s, &error));
    }
    QString shown;
    ddtest::closeNextMessageBox(&shown);
    CHECK_FALSE(dialog->save());
    CHECK(shown.contains(QStringLiteral("yours: “AB1234567”, saved meanwhile: “ZZ7654321”")));
    CHECK(child<QLineEdit>(*dialog, "passportEdit")->text() == QStringLiteral("AB1234567"));
    CHECK(stored(path, QStringLiteral("DD2020002"))->passportNo == QStringLiteral("ZZ7654321"));
    // Saving again, having seen it, replaces the stored value.
    REQUIRE(dialog->save());
    CHECK(stored(path, QStringLiteral("DD2020002"))->passportNo == QStringLiteral("AB1234567"));
}

TEST_CASE("A new student is added through the form — a duplicate id is refused", "[gui][students]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString path = demo.path();
    StudentDialog* dialog = window.studentsView()->newStudent();
    REQUIRE(dialog);
    const QList<QPair<const char*, QString>> values = {{"studentIdEdit", QStringLiteral("DD2020001")},
                                                       {"familyNameEdit", QStringLiteral("Chaiyaporn")},
                                                       {"givenNameEdit", QStringLiteral("Malee")},
                                                       {"nameThEdit", QStringLiteral("มาลี ชัยพร")},
                                                       {"dateOfBirthEdit", QStringLiteral("2006-04-05")},
                                                       {"nationalityEdit", QStringLiteral("TH")},
                                                       {"cohortEdit", QStringLiteral("2024")}};
    for (const auto& [name, value] : values) {
        QLineEdit* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        REQUIRE(edit);
        edit->setText(value);
    }
    CHECK_FALSE(dialog->save());
    CHECK(dialog->problem(QStringLiteral("student_id")) == QStringLiteral("DD2020001 exists already"));
    child<QLineEdit>(*dialog, "studentIdEdit")->setText(QStringLiteral("DD2024099"));
    REQUIRE(dialog->save());
    REQUIRE(stored(path, QStringLiteral("DD2024099")));
    CHECK(stored(path, QStringLiteral("DD2024099"))->nameTh == QStringLiteral("มาลี ชัยพร"));
    CHECK(child<QTableView>(window, "studentTable")->model()->rowCount() == 101);
    child<QAction>(window, "actionUndo")->trigger();
    CHECK_FALSE(stored(path, QStringLiteral("DD2024099")));
}

TEST_CASE(
    "Deleting a student: one with a record is refused with what holds it — a new one goes, and undo brings it back",
    "[gui][students]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString path = demo.path();
    Error error;
    auto* table = child<QTableView>(window, "studentTable");
    auto* search = child<QLineEdit>(window, "studentSearch");
    auto* remove = child<QPushButton>(window, "deleteStudentButton");

    search->setText(QStringLiteral("DD2020001"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QString shown;
    ddtest::closeNextMessageBox(&shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(shown.contains(QStringLiteral("DD2020001 cannot be deleted")));
    CHECK(shown.contains(QStringLiteral("results")));
    CHECK(stored(path, QStringLiteral("DD2020001")));

    {
        Database other;
        ddtest::openAsSomeoneElse(other, path);
        Student s = StudentRepository(other).find(QStringLiteral("DD2020001"), &error).value();
        s.id = 0;
        s.studentId = QStringLiteral("DD2024098");
        s.cquptNo.clear();
        s.rutsNo.clear();
        s.passportNo.clear();
        s.nationalId.clear(); // unique, like the numbers
        s.email.clear();
        REQUIRE(StudentRepository(other).insert(s, &error));
    }
    search->setText(QStringLiteral("DD2024098"));
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    // Answering No keeps it.
    ddtest::answerNextMessageBox(QMessageBox::No, &shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(shown.contains(QStringLiteral("Delete DD2024098")));
    CHECK(stored(path, QStringLiteral("DD2024098")));
    ddtest::answerNextMessageBox(QMessageBox::Yes, &shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(stored(path, QStringLiteral("DD2024098")));
    CHECK(table->model()->rowCount() == 0);
    child<QAction>(window, "actionUndo")->trigger();
    REQUIRE(stored(path, QStringLiteral("DD2024098")));
    CHECK(stored(path, QStringLiteral("DD2024098"))->familyName
          == stored(path, QStringLiteral("DD2020001"))->familyName);
    CHECK(table->model()->rowCount() == 1);
    child<QAction>(window, "actionRedo")->trigger();
    CHECK_FALSE(stored(path, QStringLiteral("DD2024098")));
}

TEST_CASE("The student detail lists every grade change with its reason and who made it", "[gui][students]")
{
    ddtest::DemoWindow demo;
    Error error;
    {
        Database other;
        ddtest::openAsSomeoneElse(other, demo.path());
        ResultRepository results(other);
        std::optional<CourseResult> r
            = results.find(QStringLiteral("DD2020002"), QStringLiteral("CQUPT"), QStringLiteral("MAJ301"),
                           QStringLiteral("2022-2023-1"), Attempt::Regular, &error);
        REQUIRE(r);
        const QString was = r->mark;
        REQUIRE(results.changeMark(*r, QStringLiteral("77"), QStringLiteral("exam re-marked after appeal"), &error));
        StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020002"));
        REQUIRE(dialog);
        auto* history = child<QTableWidget>(*dialog, "gradeChangesTable");
        REQUIRE(history->rowCount() >= 1);
        CHECK(history->item(0, 1)->text() == QStringLiteral("CQUPT"));
        CHECK(history->item(0, 2)->text() == QStringLiteral("MAJ301"));
        CHECK(history->item(0, 5)->text() == was);
        CHECK(history->item(0, 6)->text() == QStringLiteral("77"));
        CHECK(history->item(0, 7)->text() == QStringLiteral("exam re-marked after appeal"));
        CHECK(history->item(0, 8)->text() == QStringLiteral("admin"));
        auto* tabs = child<QTabWidget>(*dialog, "studentTabs");
        CHECK(tabs->tabText(tabs->indexOf(child<QWidget>(*dialog, "historyPage")))
              == QStringLiteral("History (%1)").arg(history->rowCount()));

        // The change log below: the same change first, then how the record came to be.
        auto* log = child<QTableWidget>(*dialog, "changeLogTable");
        REQUIRE(log->rowCount() > 90); // the student, ~90 results, transfers, milestones
        CHECK(log->item(0, 1)->text() == QStringLiteral("admin"));
        CHECK(log->item(0, 2)->text() == QStringLiteral("result CQUPT MAJ301, 2022-2023-1"));
        CHECK(log->item(0, 3)->text() == QStringLiteral("mark: '%1' → '77'").arg(was));
        CHECK(log->item(0, 4)->text() == QStringLiteral("exam re-marked after appeal"));
        CHECK(log->item(log->rowCount() - 1, 2)->text() == QStringLiteral("student record"));
        CHECK(log->item(log->rowCount() - 1, 3)->text() == QStringLiteral("added"));
    }
}
