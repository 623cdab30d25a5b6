// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/MainWindow.h"
#include "DemoFacts.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/common/StudentListModel.h"
#include "app/common/Translations.h"
#include "app/window/DatabaseCare.h"
#include "data/backup/DatabaseBackup.h"
#include "data/db/Database.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dd;
using ddtest::child;

TEST_CASE("The main window shows the demo database and searches as the user types", "[gui]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    CHECK(window.windowTitle().contains(QStringLiteral("test.db")));

    auto* table = child<QTableView>(window, "studentTable");
    auto* search = child<QLineEdit>(window, "studentSearch");
    auto* cohort = child<QComboBox>(window, "cohortFilter");
    CHECK(table->model()->rowCount() == ddtest::kDemoStudents);
    CHECK(cohort->count() == 1 + ddtest::kDemoCohorts); // "All cohorts" and each

    QTest::keyClicks(search, QStringLiteral("DD2021"));
    CHECK(table->model()->rowCount() == ddtest::kDemoStudentsOf2021);
    CHECK(child<QLabel>(window, "databaseStatus")
              ->text()
              .startsWith(QStringLiteral("%1 student(s) shown").arg(ddtest::kDemoStudentsOf2021)));
    search->clear();
    CHECK(table->model()->rowCount() == ddtest::kDemoStudents);
    search->setText(QStringLiteral("น้ำฝน"));
    CHECK(table->model()->rowCount() >= 1);
    search->clear();

    cohort->setCurrentIndex(cohort->findData(2023));
    CHECK(table->model()->rowCount() == 28);

    // Sorting by a column header works on the real view.
    table->sortByColumn(0, Qt::DescendingOrder);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("DD2023028"));
}

TEST_CASE("The courses view lists both catalogues and filters by institution", "[gui]")
{
    ddtest::TempDatabase t(true);
    const QString path = t.path();
    t.db().close();
    MainWindow window;
    Error error;
    REQUIRE(window.openDatabase(path, &error));
    child<QAction>(window, "actionCourses")->trigger();
    CHECK(child<QTabWidget>(window, "viewTabs")->currentWidget()->objectName() == QStringLiteral("coursesPage"));
    auto* table = child<QTableView>(window, "courseTable");
    auto* institution = child<QComboBox>(window, "institutionFilter");
    CHECK(table->model()->rowCount() == ddtest::kDemoStudents);
    institution->setCurrentIndex(institution->findData(QStringLiteral("CQUPT")));
    CHECK(table->model()->rowCount() == 55);
}

TEST_CASE("The main window refuses a file that is not a DualDegree database", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    ddtest::writeFile(path, QByteArray("not a database"));
    MainWindow window;
    Error error;
    CHECK_FALSE(window.openDatabase(path, &error));
    CHECK(error.message().contains(QStringLiteral("is not a DualDegree database")));
    CHECK(window.databasePath().isEmpty());
    CHECK_FALSE(child<QAction>(window, "actionBackup")->isEnabled());
}

TEST_CASE("The interface speaks Chinese and Thai", "[gui][i18n]")
{
    CHECK(Translations::install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    {
        MainWindow window;
        auto* tabs = child<QTabWidget>(window, "viewTabs");
        CHECK(tabs->tabText(0) == QStringLiteral("学生"));
        CHECK(tabs->tabText(1) == QStringLiteral("课程"));
        CHECK(child<QLabel>(window, "cohortLabel")->text() == QStringLiteral("年级："));
        CHECK(StudentListModel::statusText(QStringLiteral("graduated")) == QStringLiteral("已毕业"));
    }
    CHECK(Translations::install(QStringLiteral("th_TH")) == QStringLiteral("th"));
    {
        MainWindow window;
        CHECK(child<QTabWidget>(window, "viewTabs")->tabText(0) == QStringLiteral("นักศึกษา"));
        CHECK(child<QLineEdit>(window, "studentSearch")->placeholderText().startsWith(QStringLiteral("ค้นหา")));
    }
    CHECK(Translations::install(QStringLiteral("de_DE")) == QStringLiteral("en"));
    {
        MainWindow window;
        CHECK(child<QTabWidget>(window, "viewTabs")->tabText(0) == QStringLiteral("Students"));
    }
}

TEST_CASE("File › Restore puts a copy back and the views show it", "[gui][backup]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    const QString copy = QDir(demo.dir()).filePath(QStringLiteral("copy.db"));
    {
        Database other;
        ddtest::openAsSomeoneElse(other, demo.path());
        Error error;
        REQUIRE(DatabaseBackup::backupTo(other, copy, &error));
        REQUIRE(ddtest::importCsv(other, QStringLiteral("students"),
                                  "student_id,cqupt_no,ruts_no,family_name,given_name,name_zh,name_th,date_of_birth,"
                                  "nationality,passport_no,email,cohort,status\n"
                                  "DD2024901,,,Kaewmanee,Ploy,,,2006-02-03,TH,,,2024,active\n")
                    .isEmpty());
    }
    auto* table = child<QTableView>(window, "studentTable");
    auto* search = child<QLineEdit>(window, "studentSearch");
    search->setText(QStringLiteral("DD2024901"));
    CHECK(table->model()->rowCount() == 1);

    Error error;
    REQUIRE(window.databaseCare()->restoreFrom(copy, &error));
    search->setText(QString());
    search->setText(QStringLiteral("DD2024901"));
    CHECK(table->model()->rowCount() == 0);
    CHECK(window.databasePath() == demo.path());
    // A file that is not a database is refused, and the window keeps working on the database it had.
    const QString junk = QDir(demo.dir()).filePath(QStringLiteral("junk.db"));
    ddtest::writeFile(junk, "not a database");
    CHECK_FALSE(window.databaseCare()->restoreFrom(junk, &error));
    CHECK(error.message().contains(QStringLiteral("not restoring")));
    search->setText(QStringLiteral("DD2020001"));
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("A database behind its chain head opens with its changes refused and the reason in view, until adopted",
          "[gui][head]")
{
    ddtest::TempDatabase data(true);
    data.db().close();
    // The chain head goes missing: a bare copy, as far as the window can tell.
    REQUIRE(QFile::remove(data.path() + QStringLiteral(".loghead")));
    MainWindow window;
    window.show();
    Error error;
    REQUIRE(window.openDatabase(data.path(), &error));
    CHECK(window.windowTitle().contains(QLatin1String("changes refused")));
    auto* newStudent = child<QPushButton>(window, "newStudentButton");
    auto* note = child<QLabel>(window, "studentsRoleNote");
    CHECK_FALSE(newStudent->isEnabled());
    CHECK(note->isVisibleTo(&window));
    CHECK(note->text().contains(QLatin1String("Adopt Database As It Is")));
    auto* adopt = window.findChild<QAction*>(QStringLiteral("actionAdopt"));
    REQUIRE(adopt);
    CHECK(adopt->isEnabled());
    CHECK_FALSE(window.databaseCare()->adoptAsItIs(QStringLiteral("   "), &error));

    REQUIRE(window.databaseCare()->adoptAsItIs(QStringLiteral("copied from the registry's laptop"), &error));
    CHECK_FALSE(window.windowTitle().contains(QLatin1String("changes refused")));
    CHECK(newStudent->isEnabled());
    CHECK_FALSE(note->isVisibleTo(&window));
    CHECK_FALSE(adopt->isEnabled());
    QString summary;
    CHECK(window.databaseCare()->verifyChangeLog(&summary));
    CHECK(summary.contains(QLatin1String("copied from the registry's laptop")));
}

TEST_CASE("The window counts the rows waiting for a signed checkpoint, offers one before the database is left, and the"
          " log check shows the last one",
          "[gui][signedhistory]")
{
    ddtest::DemoWindow demo;
    MainWindow& window = demo.window;
    auto* status = child<QLabel>(window, "databaseStatus");
    CHECK(status->text().contains(QStringLiteral("wait for a signed checkpoint")));
    QString summary;
    REQUIRE(window.databaseCare()->verifyChangeLog(&summary));
    CHECK(summary.contains(QStringLiteral("after the last signed checkpoint are not signed yet")));

    // The offer, as the window makes it before it leaves the database: the administrator chooses
    // whose key, the office signs now.
    DatabaseCare::setOffersCheckpoints(true);
    QStringList seen;
    std::function<void()> answer = [&]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* which = qobject_cast<QInputDialog*>(modal);
            which && which->objectName() == QLatin1String("checkpointInstitution")) {
            seen << which->comboBoxItems().join(QLatin1Char(','));
            which->setTextValue(QStringLiteral("RUTS"));
            which->accept();
        } else if (auto* offer = qobject_cast<QMessageBox*>(modal);
                   offer && offer->objectName() == QLatin1String("checkpointOffer")) {
            seen << offer->text() + QLatin1Char(' ') + offer->informativeText();
            for (QAbstractButton* b : offer->buttons()) {
                if (b->text() == QLatin1String("Sign Now")) {
                    b->click();
                }
            }
        }
        if (seen.size() < 2) {
            QTimer::singleShot(20, answer);
        }
    };
    QTimer::singleShot(0, answer);
    window.databaseCare()->offerCheckpoint(QStringLiteral("Before quitting"));
    DatabaseCare::setOffersCheckpoints(false);
    REQUIRE(seen.size() == 2);
    CHECK(seen.at(0) == QStringLiteral("CQUPT,RUTS"));
    CHECK(seen.at(1).startsWith(QStringLiteral("Before quitting. ")));
    CHECK(seen.at(1).contains(QStringLiteral("with RUTS's key")));
    CHECK(seen.at(1).contains(QStringLiteral("They were made by: (set-up)")));
    CHECK_FALSE(status->text().contains(QStringLiteral("wait for a signed checkpoint")));
    REQUIRE(window.databaseCare()->verifyChangeLog(&summary));
    CHECK(summary.contains(QStringLiteral("Last signed checkpoint: row")));
    CHECK(summary.contains(QStringLiteral("with RUTS's key (CN=RUTS DEMO")));
    CHECK(summary.contains(QStringLiteral("Every row is under a signed checkpoint.")));
    // Nothing waits: no offer is made (a modal box would stop the test here).
    DatabaseCare::setOffersCheckpoints(true);
    window.databaseCare()->offerCheckpoint(QStringLiteral("Before quitting"));
    DatabaseCare::setOffersCheckpoints(false);
}

TEST_CASE("Thai and Chinese names are set in sans-serif faces in every interface language", "[gui][fonts]")
{
    const QString thai = QStringLiteral("Noto Sans Thai");
    const QString chinese = QStringLiteral("Noto Sans CJK SC");
    for (const char* language : {"en", "th", "zh_CN"}) {
        INFO(language);
        Translations::install(QString::fromLatin1(language));
        const QStringList families = QApplication::font().families();
        REQUIRE(families.contains(thai));
        REQUIRE(families.contains(chinese));
        // The interface language's own script first after the system face.
        CHECK((families.indexOf(chinese) < families.indexOf(thai)) == (qstrcmp(language, "zh_CN") == 0));
    }
    Translations::install(QStringLiteral("en"));
}
