// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/courses/CourseDialog.h"
#include "DemoFacts.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/courses/CoursesView.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/CourseRepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dd;
using ddtest::child;

namespace {

std::optional<Course> stored(const QString& path, const QString& institution, const QString& code)
{
    Database db;
    Error error;
    REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
    return CourseRepository(db).find(institution, code, &error);
}

} // namespace

TEST_CASE("Courses filter by institution and category and are edited with checks and undo", "[gui][courses]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString path = demo.path();
    window.showView(QStringLiteral("courses"));
    auto* table = child<QTableView>(window, "courseTable");
    auto* institution = child<QComboBox>(window, "institutionFilter");
    auto* category = child<QComboBox>(window, "categoryFilter");
    CHECK(table->model()->rowCount() == ddtest::kDemoCourses);
    institution->setCurrentIndex(institution->findData(QStringLiteral("RUTS")));
    CHECK(category->count() == 4); // any + GE, SP, FE
    category->setCurrentIndex(category->findData(QStringLiteral("FE")));
    const int free = table->model()->rowCount();
    CHECK(free > 0);
    CHECK(free < 45);

    CourseDialog* dialog = window.coursesView()->openCourse(QStringLiteral("RUTS"), QStringLiteral("SP301"));
    REQUIRE(dialog);
    CHECK_FALSE(child<QComboBox>(*dialog, "institutionCombo")->isEnabled());
    auto* credits = child<QLineEdit>(*dialog, "creditsEdit");
    CHECK(credits->text() == QStringLiteral("3"));
    credits->setText(QStringLiteral("3.25"));
    child<QLineEdit>(*dialog, "labHoursEdit")->setText(QStringLiteral("-4"));
    CHECK_FALSE(dialog->save());
    CHECK_FALSE(dialog->problem(QStringLiteral("credits")).isEmpty());
    CHECK_FALSE(dialog->problem(QStringLiteral("lab_hours")).isEmpty());
    CHECK(dialog->problem(QStringLiteral("title_en")).isEmpty());
    credits->setText(QStringLiteral("3.5"));
    child<QLineEdit>(*dialog, "labHoursEdit")->setText(QStringLiteral("15"));
    REQUIRE(dialog->save());
    CHECK(stored(path, QStringLiteral("RUTS"), QStringLiteral("SP301"))->creditsHalves == 7);
    dialog->close();

    window.showView(QStringLiteral("courses"));
    child<QAction>(window, "actionUndo")->trigger();
    CHECK(stored(path, QStringLiteral("RUTS"), QStringLiteral("SP301"))->creditsHalves == 6);
    CHECK(stored(path, QStringLiteral("RUTS"), QStringLiteral("SP301"))->labHours == 0);

    // A new course, refused while its code is taken.
    CourseDialog* added = window.coursesView()->openCourse(QString(), QString());
    REQUIRE(added);
    auto* inst = child<QComboBox>(*added, "institutionCombo");
    inst->setCurrentIndex(inst->findData(QStringLiteral("CQUPT")));
    child<QLineEdit>(*added, "codeEdit")->setText(QStringLiteral("MAJ301"));
    child<QLineEdit>(*added, "titleEnEdit")->setText(QStringLiteral("Cloud Computing"));
    child<QLineEdit>(*added, "creditsEdit")->setText(QStringLiteral("2"));
    auto* cat = child<QComboBox>(*added, "categoryCombo");
    cat->setCurrentIndex(cat->findData(QStringLiteral("MAJ")));
    CHECK_FALSE(added->save());
    CHECK(added->problem(QStringLiteral("code")) == QStringLiteral("CQUPT MAJ301 exists already"));
    child<QLineEdit>(*added, "codeEdit")->setText(QStringLiteral("MAJ399"));
    REQUIRE(added->save());
    CHECK(stored(path, QStringLiteral("CQUPT"), QStringLiteral("MAJ399"))->titleEn
          == QStringLiteral("Cloud Computing"));
    added->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Deleting: a course with results is refused; the new one goes, and undo brings it back.
    window.showView(QStringLiteral("courses"));
    institution->setCurrentIndex(institution->findData(QStringLiteral("CQUPT")));
    category->setCurrentIndex(category->findData(QStringLiteral("MAJ")));
    auto* remove = child<QPushButton>(window, "deleteCourseButton");
    auto rowOf = [table](const QString& code) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data().toString() == code) {
                return row;
            }
        }
        return -1;
    };
    REQUIRE(rowOf(QStringLiteral("MAJ301")) >= 0);
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("MAJ301")), 0));
    QString shown;
    ddtest::closeNextMessageBox(&shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(shown.contains(QStringLiteral("CQUPT MAJ301 cannot be deleted")));
    CHECK(stored(path, QStringLiteral("CQUPT"), QStringLiteral("MAJ301")));
    REQUIRE(rowOf(QStringLiteral("MAJ399")) >= 0);
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("MAJ399")), 0));
    ddtest::answerNextMessageBox(QMessageBox::Yes, &shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(stored(path, QStringLiteral("CQUPT"), QStringLiteral("MAJ399")));
    CHECK(rowOf(QStringLiteral("MAJ399")) == -1);
    child<QAction>(window, "actionUndo")->trigger();
    CHECK(stored(path, QStringLiteral("CQUPT"), QStringLiteral("MAJ399")));
    CHECK(rowOf(QStringLiteral("MAJ399")) >= 0);
}
