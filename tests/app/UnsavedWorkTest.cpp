// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Typed work is never dropped silently: every view that edits asks Save / Discard /
// Cancel before it would load something else or close.

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/courses/CourseDialog.h"
#include "app/courses/CoursesView.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/transfer/CreditTransferView.h"
#include "app/transfer/EquivalencyDialog.h"
#include "app/transfer/NewEquivalencyDialog.h"
#include "app/window/DatabaseCare.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>

using namespace dd;
using ddtest::child;

namespace {

const QString kTerm = QStringLiteral("2026-2027-1");

QString storedMark(const QString& path, const QString& student, const QString& course)
{
    Database db;
    Error error;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    const std::optional<CourseResult> r
        = ResultRepository(db).find(student, QStringLiteral("CQUPT"), course, kTerm, Attempt::Regular, &error);
    REQUIRE(r);
    return r->mark;
}

/** The MAJ309 sheet with one mark typed for its first student; returns that student. */
QString typeOneMark(MainWindow& window, const QString& mark)
{
    window.showView(QStringLiteral("results"));
    REQUIRE(window.resultsView()->showSheet(QStringLiteral("CQUPT"), kTerm, QStringLiteral("MAJ309")));
    auto* model = child<QTableView>(window, "markTable")->model();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), mark));
    REQUIRE(window.resultsView()->hasUnsavedMarks());
    return model->index(0, MarkSheetModel::StudentColumn).data().toString();
}

} // namespace

TEST_CASE("Changing the course with typed marks asks first: Cancel keeps them, Discard drops them", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    const QString student = typeOneMark(demo.window, QStringLiteral("77"));
    auto* course = child<QComboBox>(demo.window, "entryCourse");
    const int shown = course->currentIndex();
    REQUIRE(course->count() > 1);
    const int other = shown == 0 ? 1 : 0;

    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    course->setCurrentIndex(other);
    CHECK(asked.contains(QStringLiteral("MAJ309")));
    CHECK(course->currentIndex() == shown); // the choice goes back to the sheet on screen
    CHECK(demo.window.resultsView()->hasUnsavedMarks());
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    CHECK(model->index(0, MarkSheetModel::MarkColumn).data().toString() == QStringLiteral("77"));

    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    course->setCurrentIndex(other);
    CHECK(course->currentIndex() == other);
    CHECK_FALSE(demo.window.resultsView()->hasUnsavedMarks());
    CHECK(storedMark(demo.path(), student, QStringLiteral("MAJ309")).isEmpty());
}

TEST_CASE("Changing the term with typed marks can save them first", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    const QString student = typeOneMark(demo.window, QStringLiteral("81"));
    auto* term = child<QComboBox>(demo.window, "entryTerm");
    REQUIRE(term->count() > 1);
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Save, &asked);
    term->setCurrentIndex(term->currentIndex() - 1);
    CHECK_FALSE(asked.isEmpty());
    CHECK(storedMark(demo.path(), student, QStringLiteral("MAJ309")) == QStringLiteral("81"));
    CHECK(term->currentData().toString() != kTerm);
}

TEST_CASE("Closing the window or opening another database with typed marks asks first", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    const QString student = typeOneMark(demo.window, QStringLiteral("66"));
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    CHECK_FALSE(demo.window.close());
    CHECK(demo.window.isVisible());
    CHECK(asked.contains(QStringLiteral("quitting")));
    CHECK(demo.window.resultsView()->hasUnsavedMarks());

    // Restoring a copy replaces the database: asked too, and refused on Cancel.
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    Error error;
    CHECK_FALSE(demo.window.databaseCare()->restoreFrom(demo.path(), &error));
    CHECK(demo.window.resultsView()->hasUnsavedMarks());

    ddtest::answerNextMessageBox(QMessageBox::Save, &asked);
    CHECK(demo.window.close());
    CHECK(storedMark(demo.path(), student, QStringLiteral("MAJ309")) == QStringLiteral("66"));
}

TEST_CASE("Switching the language keeps typed marks and typed form fields", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    typeOneMark(demo.window, QStringLiteral("72"));
    StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    child<QLineEdit>(*dialog, "emailEdit")->setText(QStringLiteral("typed@students.example.edu"));
    demo.window.setLanguage(QStringLiteral("th"));
    demo.window.setLanguage(QStringLiteral("en"));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    CHECK(model->index(0, MarkSheetModel::MarkColumn).data().toString() == QStringLiteral("72"));
    CHECK(child<QLineEdit>(*dialog, "emailEdit")->text() == QStringLiteral("typed@students.example.edu"));
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    dialog->reject();
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    demo.window.close();
}

TEST_CASE("A student form with typed changes asks before it closes", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    StudentDialog* dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    // Nothing typed: closes without a question.
    dialog->reject();
    CHECK_FALSE(dialog->isVisible());

    dialog = demo.window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    auto* email = child<QLineEdit>(*dialog, "emailEdit");
    const QString old = email->text();
    email->setText(QStringLiteral("new.address@students.example.edu"));
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    dialog->reject();
    CHECK(asked.contains(QStringLiteral("DD2020001")));
    CHECK(dialog->isVisible());
    CHECK(email->text() == QStringLiteral("new.address@students.example.edu"));

    ddtest::answerNextMessageBox(QMessageBox::Save, &asked);
    dialog->reject();
    CHECK_FALSE(dialog->isVisible());
    Database db;
    Error error;
    REQUIRE(db.open(demo.path(), Database::OpenMode::OpenExisting, &error));
    REQUIRE(DatabaseSetup::actAs(db, DatabaseSetup::defaultAdministrator(), &error));
    CHECK(StudentRepository(db).find(QStringLiteral("DD2020001"), &error)->email
          == QStringLiteral("new.address@students.example.edu"));
    CHECK(old != QStringLiteral("new.address@students.example.edu"));
}

TEST_CASE("A course form with typed changes asks before it closes, and Discard leaves the course as it was",
          "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    CourseDialog* dialog = demo.window.coursesView()->openCourse(QStringLiteral("CQUPT"), QStringLiteral("MAJ309"));
    REQUIRE(dialog);
    auto* title = child<QLineEdit>(*dialog, "titleEnEdit");
    const QString old = title->text();
    title->setText(old + QStringLiteral(" II"));
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    dialog->reject();
    CHECK(dialog->isVisible());
    CHECK_FALSE(asked.isEmpty());
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    dialog->reject();
    CHECK_FALSE(dialog->isVisible());
    dialog = demo.window.coursesView()->openCourse(QStringLiteral("CQUPT"), QStringLiteral("MAJ309"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(*dialog, "titleEnEdit")->text() == old);
    dialog->reject();
}

TEST_CASE("A typed decision reason or a half-filled proposal is not dropped without a question", "[gui][unsaved]")
{
    ddtest::DemoWindow demo;
    demo.window.showView(QStringLiteral("transfer"));
    CreditTransferView* view = demo.window.creditTransferView();
    EquivalencyDialog* dialog = qobject_cast<EquivalencyDialog*>(view->openEquivalency(1));
    REQUIRE(dialog);
    child<QPlainTextEdit>(*dialog, "reasonEdit")->setPlainText(QStringLiteral("Syllabus checked"));
    QString asked;
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    dialog->reject();
    CHECK(dialog->isVisible());
    CHECK(asked.contains(QStringLiteral("reason")));
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    dialog->reject();
    CHECK_FALSE(dialog->isVisible());

    NewEquivalencyDialog* proposal = view->proposeNew();
    REQUIRE(proposal);
    child<QLineEdit>(*proposal, "sourceCodes")->setText(QStringLiteral("MAJ309"));
    asked.clear();
    ddtest::answerNextMessageBox(QMessageBox::Cancel, &asked);
    proposal->reject();
    CHECK_FALSE(asked.isEmpty());
    CHECK(proposal->isVisible());
    ddtest::answerNextMessageBox(QMessageBox::Discard, &asked);
    proposal->reject();
    CHECK_FALSE(proposal->isVisible());
}
