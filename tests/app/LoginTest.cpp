// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/students/StudentDialog.h"
#include "app/students/StudentsView.h"
#include "app/window/DatabaseCare.h"
#include "app/window/LoginDialog.h"
#include "app/window/MainWindow.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/Accounts.h"
#include "data/setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

using namespace dd;
using ddtest::child;

namespace {

/** When the login dialog comes up: types \a user and \a password, presses Log In; then, if
 * it is still open (refused), reads its error into \a refusal and cancels. */
void answerLogin(const QString& user, const QString& password, QString* refusal)
{
    QTimer::singleShot(0, [=]() {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QLineEdit>(*dialog, "userEdit")->setText(user);
        child<QLineEdit>(*dialog, "passwordEdit")->setText(password);
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) {
            *refusal = dialog->errorText();
            CHECK(child<QLineEdit>(*dialog, "passwordEdit")->text().isEmpty());
            dialog->reject();
        }
    });
}

} // namespace

TEST_CASE("Attack: the window asks for the administrator's password also where login is not required",
          "[gui][login][attack]")
{
    ddtest::TempDatabase data(true);
    data.db().close();
    {
        // The demo is a single-user database: its administrator has no password, and the window says so.
        MainWindow window;
        window.show();
        Error error;
        REQUIRE(window.openDatabase(data.path(), &error));
        CHECK(child<QLabel>(window, "databaseStatus")->text().contains(QLatin1String("single-user database")));
    }
    {
        Database db;
        Error error;
        REQUIRE(db.open(data.path(), Database::OpenMode::OpenExisting, &error));
        REQUIRE(DatabaseSetup::actAs(db, QStringLiteral("admin"), &error));
        REQUIRE(Accounts(db).setPassword(QStringLiteral("admin"), QStringLiteral("the admin's own"), &error));
        CHECK_FALSE(Accounts::loginRequired(db));
    }
    MainWindow window;
    window.show();
    QString refusal;
    Error error;
    answerLogin(QStringLiteral("admin"), QStringLiteral("a guess"), &refusal);
    CHECK_FALSE(window.openDatabase(data.path(), &error));
    CHECK(refusal == QStringLiteral("wrong user name or password"));
    CHECK(window.databasePath().isEmpty());
    answerLogin(QStringLiteral("admin"), QStringLiteral("the admin's own"), &refusal);
    REQUIRE(window.openDatabase(data.path(), &error));
    const QString status = child<QLabel>(window, "databaseStatus")->text();
    CHECK(status.contains(QLatin1String("admin (")));
    CHECK_FALSE(status.contains(QLatin1String("single-user")));
}

TEST_CASE("A database that requires login opens only after a successful login", "[gui][login]")
{
    ddtest::TempDatabase data(true);
    Error error;
    REQUIRE(Accounts(data.db()).setPassword(QStringLiteral("admin"), QStringLiteral("the admin's own"), &error));
    REQUIRE(Accounts(data.db()).setLoginRequired(true, &error));
    data.db().close();

    MainWindow window;
    window.show();
    QString refusal;
    answerLogin(QStringLiteral("viewer"), QStringLiteral("not the password"), &refusal);
    CHECK_FALSE(window.openDatabase(data.path(), &error));
    CHECK(refusal == QStringLiteral("wrong user name or password"));
    CHECK(error.message().contains(QLatin1String("requires logging in")));
    CHECK(window.databasePath().isEmpty());

    answerLogin(QStringLiteral("viewer"), QStringLiteral("viewer-demo-2020"), &refusal);
    REQUIRE(window.openDatabase(data.path(), &error));
    const QString status = child<QLabel>(window, "databaseStatus")->text();
    CHECK(status.contains(QLatin1String("viewer (viewer)")));
    // What the role may not do is not offered.
    CHECK_FALSE(child<QPushButton>(window, "newStudentButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "deleteStudentButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "newCourseButton")->isEnabled());
    CHECK_FALSE(child<QAction>(window, "actionBackup")->isEnabled());

    // The viewer sees the student with passport and date of birth masked, and cannot save.
    window.showView(QStringLiteral("students"));
    StudentDialog* dialog = window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(*dialog, "passportEdit")->text() == StudentRepository::maskedText());
    CHECK(child<QLineEdit>(*dialog, "dateOfBirthEdit")->text().isEmpty());
    dialog->close();

    // File › Log In As… switches to the registrar, who sees the details.
    answerLogin(QStringLiteral("cqupt.registrar"), QStringLiteral("cqupt-demo-2020"), &refusal);
    REQUIRE(window.logIn());
    CHECK(child<QLabel>(window, "databaseStatus")->text().contains(QLatin1String("cqupt.registrar (CQUPT registrar)")));
    CHECK(child<QPushButton>(window, "newStudentButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "deleteStudentButton")->isEnabled());
    CHECK(child<QPushButton>(window, "newCourseButton")->isEnabled());
    dialog = window.studentsView()->openStudent(QStringLiteral("DD2020001"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(*dialog, "passportEdit")->text() == QStringLiteral("AA3928024"));
    dialog->close();
}

TEST_CASE("File › Verify the Change Log reports an intact log, then what another tool did", "[gui][changelog]")
{
    ddtest::DemoWindow demo;
    QString summary;
    CHECK(demo.window.databaseCare()->verifyChangeLog(&summary));
    CHECK(summary.startsWith(QLatin1String("The change log is complete and unaltered:")));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        other.setDatabaseName(demo.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER change_log_students_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE students SET email = 'someone@else.example' WHERE id = 3")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    CHECK_FALSE(demo.window.databaseCare()->verifyChangeLog(&summary));
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QLatin1String("The change log fails its check: 2 problem(s).")));
    CHECK(summary.contains(QLatin1String("the trigger change_log_students_update is missing")));
    CHECK(summary.contains(QLatin1String("students #3: changed without being logged (email:")));
}
