// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/ResultRepository.h"
#include "data/services/MarkEntryService.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dd;
using ddtest::child;

namespace {

struct Demo
{
    ddtest::TempDatabase t {true};
    QString path = t.path();
    MainWindow window;

    Demo()
    {
        t.db().close();
        window.show();
        Error error;
        REQUIRE(window.openDatabase(path, &error));
        window.showView(QStringLiteral("results"));
    }

    std::optional<CourseResult> stored(const QString& student, const QString& course, const QString& term,
                                       Attempt attempt = Attempt::Regular)
    {
        Database db;
        Error error;
        REQUIRE(db.open(path, Database::OpenMode::OpenExisting, &error));
        return ResultRepository(db).find(student, QStringLiteral("CQUPT"), course, term, attempt, &error);
    }
};

int rowOf(QAbstractItemModel* model, const QString& student, const QString& attempt = QStringLiteral("regular"))
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, MarkSheetModel::StudentColumn).data().toString() == student
            && model->index(r, MarkSheetModel::AttemptColumn).data().toString() == attempt) {
            return r;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("MarkSheetModel refuses a mark off the scale and adds attempts", "[model][results]")
{
    ddtest::TempDatabase t(true);
    MarkEntryService service(t.db());
    Error error;
    REQUIRE(service.load(&error));
    MarkSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setService(&service);
    model.setSheet(ResultRepository(t.db()).forCourse(QStringLiteral("RUTS"), QStringLiteral("GE101"),
                                                      QStringLiteral("1/2566"), &error),
                   {});
    REQUIRE(model.rowCount() > 0);
    QString rejected;
    QObject::connect(&model, &MarkSheetModel::markRejected,
                     [&rejected](const QString&, const QString&, const QString& r) { rejected = r; });
    const QModelIndex mark = model.index(0, MarkSheetModel::MarkColumn);
    CHECK(model.flags(mark) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(0, MarkSheetModel::RecordedColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(mark, QStringLiteral("85")));
    CHECK_FALSE(rejected.isEmpty());
    CHECK(model.changedCount() == 0);
    const QString recorded = model.index(0, MarkSheetModel::RecordedColumn).data().toString();
    const QString other = recorded == QLatin1String("B+") ? QStringLiteral("C") : QStringLiteral("B+");
    REQUIRE(model.setData(mark, other));
    CHECK(model.changedCount() == 1);
    CHECK(model.index(0, MarkSheetModel::ChangeColumn).data().toString() == QStringLiteral("grade change"));
    const int before = model.rowCount();
    const int added = model.addAttempt(0, Attempt::Retake);
    CHECK(added > 0);
    CHECK(model.rowCount() == before + 1);
    CHECK(model.addAttempt(added, Attempt::Retake) == -1);
    CHECK(model.index(added, MarkSheetModel::ChangeColumn).data().toString() == QStringLiteral("new attempt"));
}

TEST_CASE("Results entry: an invalid mark is rejected, a save then undo restores the value", "[gui][results]")
{
    Demo d;
    ResultsEntryView* view = d.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"), QStringLiteral("MAJ309")));
    auto* table = child<QTableView>(d.window, "markTable");
    const int row = rowOf(table->model(), QStringLiteral("DD2023002"));
    REQUIRE(row >= 0);
    const QModelIndex mark = table->model()->index(row, MarkSheetModel::MarkColumn);

    // Typed into the grid's editor: 105 is not a CQUPT mark.
    table->setCurrentIndex(mark);
    table->edit(mark);
    QLineEdit* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("105"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor queued
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // and the closed editor goes
    CHECK(
        child<QLabel>(d.window, "entryMessage")->text().startsWith(QStringLiteral("DD2023002: “105” is not accepted")));
    CHECK(mark.data().toString().isEmpty());
    CHECK_FALSE(child<QPushButton>(d.window, "saveMarksButton")->isEnabled());

    table->edit(mark);
    editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("良好")); // a five-level word
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(mark.data().toString() == QStringLiteral("良好"));
    QTest::mouseClick(child<QPushButton>(d.window, "saveMarksButton"), Qt::LeftButton);
    REQUIRE(d.stored(QStringLiteral("DD2023002"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1")));
    CHECK(d.stored(QStringLiteral("DD2023002"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1"))->mark
          == QStringLiteral("良好"));

    child<QAction>(d.window, "actionUndo")->trigger();
    CHECK(
        d.stored(QStringLiteral("DD2023002"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1"))->mark.isEmpty());
    child<QAction>(d.window, "actionRedo")->trigger();
    CHECK(d.stored(QStringLiteral("DD2023002"), QStringLiteral("MAJ309"), QStringLiteral("2026-2027-1"))->mark
          == QStringLiteral("良好"));
}

TEST_CASE("Results entry: a make-up attempt is added and a grade change keeps its reason", "[gui][results]")
{
    Demo d;
    ResultsEntryView* view = d.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2025-2026-1"), QStringLiteral("GEN201")));
    auto* table = child<QTableView>(d.window, "markTable");
    auto* model = table->model();
    const QString student = model->index(0, MarkSheetModel::StudentColumn).data().toString();
    const QString old = model->index(0, MarkSheetModel::RecordedColumn).data().toString();
    REQUIRE_FALSE(old.isEmpty());
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), QStringLiteral("91")));
    table->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(child<QPushButton>(d.window, "addMakeupButton"), Qt::LeftButton);
    const int makeup = rowOf(model, student, QStringLiteral("make-up exam"));
    REQUIRE(makeup >= 0);
    REQUIRE(model->setData(model->index(makeup, MarkSheetModel::MarkColumn), QStringLiteral("64")));
    REQUIRE(view->saveMarks(QStringLiteral("Re-marked after appeal")));
    CHECK(d.stored(student, QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"))->mark == QStringLiteral("91"));
    CHECK(d.stored(student, QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"), Attempt::Makeup)->mark
          == QStringLiteral("64"));

    Database db;
    Error error;
    REQUIRE(db.open(d.path, Database::OpenMode::OpenExisting, &error));
    const auto changes = ResultRepository(db).gradeChanges(
        d.stored(student, QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"))->id, &error);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().reason == QStringLiteral("Re-marked after appeal"));

    // Undo removes the added attempt and restores the old mark.
    child<QAction>(d.window, "actionUndo")->trigger();
    CHECK_FALSE(d.stored(student, QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"), Attempt::Makeup));
    CHECK(d.stored(student, QStringLiteral("GEN201"), QStringLiteral("2025-2026-1"))->mark == old);
}

TEST_CASE("Results entry: a conflicting save shows both values and keeps the typed mark", "[gui][results]")
{
    Demo d;
    ResultsEntryView* view = d.window.resultsView();
    REQUIRE(view->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"), QStringLiteral("MAJ310")));
    auto* model = child<QTableView>(d.window, "markTable")->model();
    const QString student = model->index(0, MarkSheetModel::StudentColumn).data().toString();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), QStringLiteral("77")));

    // Someone else records a mark for the same result meanwhile.
    {
        Database other;
        Error error;
        ddtest::openAsSomeoneElse(other, d.path);
        std::optional<CourseResult> r
            = ResultRepository(other).find(student, QStringLiteral("CQUPT"), QStringLiteral("MAJ310"),
                                           QStringLiteral("2026-2027-1"), Attempt::Regular, &error);
        REQUIRE(r);
        REQUIRE(ResultRepository(other).changeMark(*r, QStringLiteral("81"), QStringLiteral("first mark recorded"),
                                                   &error));
    }
    QString shown;
    ddtest::closeNextMessageBox(&shown);
    CHECK_FALSE(view->saveMarks());
    CHECK(shown.contains(QStringLiteral("Your mark: 77")));
    CHECK(shown.contains(QStringLiteral("Recorded now: 81")));
    CHECK(model->index(0, MarkSheetModel::MarkColumn).data().toString() == QStringLiteral("77")); // kept
    CHECK(d.stored(student, QStringLiteral("MAJ310"), QStringLiteral("2026-2027-1"))->mark == QStringLiteral("81"));
}

TEST_CASE("A mark sheet saved while another program holds the file is told so in the window's language, "
          "and nothing is lost",
          "[gui][results][file][slow]")
{
    ddtest::DemoWindow demo;
    demo.window.setLanguage(QStringLiteral("th"));
    demo.window.showView(QStringLiteral("results"));
    REQUIRE(demo.window.resultsView()->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"),
                                                 QStringLiteral("MAJ309")));
    auto* model = child<QTableView>(demo.window, "markTable")->model();
    REQUIRE(model->setData(model->index(0, MarkSheetModel::MarkColumn), QStringLiteral("81")));

    Database other;
    ddtest::openAsSomeoneElse(other, demo.path());
    Error error;
    Transaction holding(other, Transaction::Mode::Immediate, &error);
    REQUIRE(holding.isActive());
    // The refusal comes from the data layer (Database), in Thai, after the busy wait.
    CHECK_FALSE(demo.window.resultsView()->saveMarks());
    const QString shown = child<QLabel>(demo.window, "entryMessage")->text();
    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("ผู้ใช้หรือโปรแกรมอื่นกำลังบันทึกลงฐานข้อมูลนี้")));
    CHECK(demo.window.resultsView()->hasUnsavedMarks());

    holding.rollback();
    CHECK(demo.window.resultsView()->saveMarks());
    CHECK_FALSE(demo.window.resultsView()->hasUnsavedMarks());
    demo.window.setLanguage(QStringLiteral("en"));
}
