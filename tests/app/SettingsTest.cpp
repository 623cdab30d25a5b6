// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/Translations.h"
#include "app/results/MarkSheetModel.h"
#include "app/results/ResultsEntryView.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using ddtest::child;

TEST_CASE("The language switch changes visible text at once and keeps typed marks", "[gui][i18n]")
{
    ddtest::TempDatabase t(true);
    const QString path = t.path();
    t.db().close();
    Translations::install(QStringLiteral("en"));
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(path, &error));
    window.showView(QStringLiteral("results"));
    REQUIRE(window.resultsView()->showSheet(QStringLiteral("CQUPT"), QStringLiteral("2026-2027-1"),
                                            QStringLiteral("MAJ309")));
    auto* sheet = child<QTableView>(window, "markTable")->model();
    REQUIRE(sheet->setData(sheet->index(0, MarkSheetModel::MarkColumn), QStringLiteral("88")));
    auto* tabs = child<QTabWidget>(window, "viewTabs");
    CHECK(tabs->tabText(0) == QStringLiteral("Students"));

    child<QAction>(window, "actionLanguage_zh_CN")->trigger();
    CHECK(tabs->tabText(0) == QStringLiteral("学生"));
    CHECK(tabs->tabText(2) == QStringLiteral("成绩录入"));
    CHECK(sheet->headerData(MarkSheetModel::MarkColumn, Qt::Horizontal).toString() == QStringLiteral("成绩"));
    CHECK(sheet->index(0, MarkSheetModel::MarkColumn).data().toString() == QStringLiteral("88")); // not lost
    CHECK(child<QPushButton>(window, "saveMarksButton")->text() == QStringLiteral("保存 1 条成绩(&M)"));
    CHECK(child<QAction>(window, "actionLanguage_zh_CN")->isChecked());
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));

    // Qt's own standard buttons follow too (the system's Chinese, the shipped Thai).
    auto standardCancel = []() { return QDialogButtonBox(QDialogButtonBox::Cancel).buttons().value(0)->text(); };
    CHECK(standardCancel() == QStringLiteral("取消"));

    child<QAction>(window, "actionLanguage_th")->trigger();
    CHECK(tabs->tabText(0) == QStringLiteral("นักศึกษา"));
    CHECK(standardCancel() == QStringLiteral("ยกเลิก"));
    child<QAction>(window, "actionLanguage_en")->trigger();
    CHECK(tabs->tabText(0) == QStringLiteral("Students"));
    CHECK(standardCancel() == QStringLiteral("Cancel"));
    CHECK(window.resultsView()->hasUnsavedMarks());
}

TEST_CASE("First run offers a new, an existing or the demo database — opened ones are remembered", "[gui]")
{
    Translations::install(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("recentDatabases"));
    MainWindow window;
    window.show();
    auto* stack = child<QStackedWidget>(window, "mainStack");
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    CHECK(child<QPushButton>(window, "welcomeNewButton")->isVisible());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.db"));
    Error error;
    REQUIRE(window.createDatabase(path, &error));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("viewsPage"));
    CHECK(child<QTableView>(window, "studentTable")->model()->rowCount() == 0);
    CHECK(child<QTableView>(window, "courseTable")->model()->rowCount() == 0);
    CHECK(window.recentDatabases().first() == QFileInfo(path).absoluteFilePath());
    CHECK(QSettings().value(QStringLiteral("lastDatabase")).toString() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(window.createDatabase(path, &error)); // never over an existing file
    CHECK(error.message().contains(QStringLiteral("exists already")));
}
